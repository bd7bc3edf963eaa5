import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, fixtureRoot } from './support';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.custody', '.nx', 'coverage', '.git', 'fixtures']);
const CODE = /\.(ts|js|cjs|mjs|json)$/;
const SELF = path.relative(REPO_ROOT, __filename).split(path.sep).join('/');

/**
 * Ways code reaches the folder beside the clone (the shared specs a user's clone does not have): a path
 * through `../shared`, path segments `'..', 'shared'`, or the absolute /work/shared. Built from parts so this
 * file does not match itself.
 */
const SHARED = 'shared';
const PATTERNS = [
  new RegExp(`\\.\\./${SHARED}\\b`),
  new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${SHARED}['"]`),
  new RegExp(`/work/${SHARED}\\b`),
];

/** Every `file:line` under `root` (code and config, not docs) that reaches for the shared folder. */
function sharedReads(root: string): string[] {
  const found: string[] = [];
  const walk = (relDir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relDir), { withFileTypes: true })) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(rel);
      } else if (entry.isFile() && CODE.test(entry.name) && rel !== SELF) {
        const lines = fs.readFileSync(path.join(root, rel), 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (PATTERNS.some((p) => p.test(line))) found.push(`${rel}:${i + 1}`);
        });
      }
    }
  };
  walk('');
  return found.sort();
}

describe('a bare clone is self-contained: no code reads ../shared at test or run time', () => {
  it('holds on the real tree (the schema copies live in schemas/)', () => {
    expect(sharedReads(REPO_ROOT)).toEqual([]);
  });

  it('catches a relative ../shared path, joined segments and the absolute folder', () => {
    expect(sharedReads(fixtureRoot('no-shared-reads'))).toEqual([
      'libs/pidinst/src/schema.ts:4',
      'libs/pidinst/src/schema.ts:5',
      'tools/setup.js:1',
    ]);
  });
});
