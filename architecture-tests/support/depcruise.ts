import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sortFindings } from './files';
import { REPO_ROOT } from './repo';

/** The import rules live in `.dependency-cruiser.cjs` at the repo root; these are their names. */
export const IMPORT_RULES = {
  contexts: 'context-imports-no-other-context',
  pureImports: 'pure-imports-only-kernel-and-pure',
  features: 'feature-imports-no-other-feature',
  kernel: 'kernel-imports-only-kernel',
  kernelTests: 'kernel-tests-import-nothing-of-ours',
  platform: 'platform-imports-only-kernel',
  ports: 'ports-imports-only-kernel',
  workerTransport: 'worker-has-no-http-transport',
  cliImports: 'cli-imports-no-lib',
  circular: 'no-circular',
  operationToData: 'operation-never-reaches-data',
} as const;

export type ImportRule = (typeof IMPORT_RULES)[keyof typeof IMPORT_RULES];

const CONFIG = path.join(REPO_ROOT, '.dependency-cruiser.cjs');
const RUNNER = path.join(__dirname, 'cruise-roots.mjs');
const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const CACHE_DIR = path.join(os.tmpdir(), 'custody-architecture-tests');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.custody', '.nx', 'coverage']);

interface CruiseViolation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string; readonly severity: string };
  readonly cycle?: readonly (string | { readonly name: string })[];
}

type Cruised = Record<string, { readonly violations: readonly CruiseViolation[] }>;

/** The repo and every import-gate fixture (a fixture root with its own tsconfig.json for the aliases). */
function importRoots(): string[] {
  const fixtures = fs
    .readdirSync(FIXTURES)
    .map((name) => path.join(FIXTURES, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'tsconfig.json')));
  return [REPO_ROOT, ...fixtures.sort()];
}

/** A digest of everything the cruise reads: the config, the runner, the installed packages and each tree. */
function inputsDigest(roots: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (file: string): void => {
    if (!fs.existsSync(file)) return;
    hash.update(`\0${file}\0`);
    hash.update(fs.readFileSync(file));
  };
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) walk(full);
      else if (entry.isFile()) add(full);
    }
  };
  for (const file of [CONFIG, RUNNER, 'package.json', 'package-lock.json', 'node_modules/.package-lock.json']) {
    add(path.resolve(REPO_ROOT, file));
  }
  for (const root of roots) {
    for (const file of ['tsconfig.json', 'tsconfig.base.json']) add(path.join(root, file));
    for (const dir of ['apps', 'libs', 'tools']) walk(path.join(root, dir));
  }
  return hash.digest('hex').slice(0, 32);
}

/** Runs dependency-cruiser (ESM, in one child process) over apps/ and libs/ of every root. */
function runCruise(roots: readonly string[]): Cruised {
  const run = spawnSync(process.execPath, [RUNNER, CONFIG, ...roots], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  try {
    return JSON.parse(run.stdout) as Cruised;
  } catch {
    throw new Error(`dependency-cruiser failed (exit ${run.status}):\n${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readIfThere(file: string): Cruised | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Cruised;
  } catch {
    return null;
  }
}

function pruneOlderThanADay(): void {
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const entry = path.join(CACHE_DIR, name);
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (stat?.isFile() && Date.now() - stat.mtimeMs > 86_400_000) fs.rmSync(entry, { force: true });
  }
}

/**
 * Every spec file of the import gates needs the same cruise, and Jest gives each file its own module registry
 * (and each worker its own process): the result is kept in a file named after the digest of its inputs, so the
 * first worker cruises once (holding a lock directory) and the others read it. Same inputs, same answer.
 */
function cruiseAll(): Cruised {
  const roots = importRoots();
  const file = path.join(CACHE_DIR, `${inputsDigest(roots)}.json`);
  const lock = `${file}.lock`;
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
  } catch {
    return runCruise(roots); // no writable temp dir: cruise on our own
  }
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; sleep(100)) {
    const ready = readIfThere(file);
    if (ready) return ready;
    try {
      fs.mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return runCruise(roots);
      // Another worker is cruising; a lock older than two minutes belongs to a killed run.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    try {
      const cruised = runCruise(roots);
      fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(cruised));
      fs.renameSync(`${file}.${process.pid}`, file);
      pruneOlderThanADay();
      return cruised;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return runCruise(roots);
}

let cruised: Cruised | undefined;

/** `../../node_modules/@nestjs/common/index.d.ts` → `@nestjs/common`; anything else unchanged. */
function readable(modulePath: string): string {
  const npm = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(modulePath);
  return npm ? npm[1] : modulePath;
}

function explain(violation: CruiseViolation): string {
  const line = `${violation.from} → ${readable(violation.to)}`;
  if (!violation.cycle?.length) return line;
  const cycle = violation.cycle.map((step) => (typeof step === 'string' ? step : step.name));
  return `${line} (cycle: ${[violation.from, ...cycle].join(' → ')})`;
}

/**
 * The breaks of one import rule of `.dependency-cruiser.cjs` under `root` (the repo or an import-gate fixture),
 * as sorted `from → to` lines (npm packages by name; a cycle with its whole path), so a failing gate prints
 * exactly which import to remove.
 */
export function importViolations(root: string, rule: ImportRule): string[] {
  cruised ??= cruiseAll();
  const result = cruised[path.resolve(root)];
  if (!result) throw new Error(`${root} was not cruised: is it the repo or a fixture with a tsconfig.json?`);
  return sortFindings(result.violations.filter((violation) => violation.rule.name === rule).map(explain));
}
