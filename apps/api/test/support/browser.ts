import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, chromium } from 'playwright-core';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** Screenshots are test output (gitignored), one per view, for a person to look at after a run. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'dashboard');

/** Builds the dashboard with the project's own Vite config into a fresh folder; answers the folder. */
export function buildDashboard(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-web-'));
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'apps/web'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CUSTODY_WEB_OUT_DIR: outDir },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

export const CHROMIUM = process.env.CUSTODY_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's chromium, headless, with the flags a closed network needs (no background fetches). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
