import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './support';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.custody', '.nx', 'coverage', '.git', 'fixtures']);
const CODE = /\.(ts|js|cjs|mjs|json)$/;
const SELF = path.relative(REPO_ROOT, __filename).split(path.sep).join('/');

/**
 * Ways code reaches the folder beside the clone (the shared specs a user's clone does not have): a relative path
 * up into it, joined path segments naming it, or its absolute path. Built from parts so this file does not match
 * itself (and its fixture is written at test time, for the same reason).
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

/** A small tree with each way in (and a harmless use of the word), written where the check can walk it. */
function fixtureTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-no-shared-reads-'));
  const files: Record<string, string> = {
    'libs/pidinst/src/schema.ts': [
      "import * as fs from 'node:fs';",
      "import * as path from 'node:path';",
      '',
      `export const fromParent = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../${SHARED}/pidinst.json'), 'utf8'));`,
      `export const joined = path.resolve(__dirname, '..', '..', '${SHARED}', 'API.md');`,
    ].join('\n'),
    'tools/setup.js': `module.exports = { api: '/work/${SHARED}/API.md' };`,
    'libs/pidinst/src/ok.ts': [
      "import * as path from 'node:path';",
      '',
      "// The repository's own copy: fine.",
      "export const copy = path.join(__dirname, '..', '..', '..', 'schemas', 'pidinst-1.0.json');",
      `export const sharedCount = '${SHARED} by every tier';`,
    ].join('\n'),
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), `${text}\n`);
  }
  return root;
}

describe('a bare clone is self-contained: no code reads the shared folder beside it at test or run time', () => {
  it('holds on the real tree (the schema copies live in schemas/)', () => {
    expect(sharedReads(REPO_ROOT)).toEqual([]);
  });

  it('catches a relative path up into it, joined segments and the absolute folder', () => {
    const root = fixtureTree();
    try {
      expect(sharedReads(root)).toEqual([
        'libs/pidinst/src/schema.ts:4',
        'libs/pidinst/src/schema.ts:5',
        'tools/setup.js:1',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
