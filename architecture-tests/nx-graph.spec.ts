import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './support';

const run = promisify(execFile);
const NX = path.join(REPO_ROOT, 'node_modules', '.bin', 'nx');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };

async function nx(...args: string[]): Promise<string> {
  const { stdout } = await run(NX, args, { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** The projects `nx affected -t test` would run for a change to this file. */
async function affectedByChangeTo(file: string): Promise<string[]> {
  const out = await nx('show', 'projects', '--affected', `--files=${file}`, '-t', 'test', '--json');
  return (JSON.parse(out) as string[]).sort();
}

// Each nx call computes the project graph afresh (no daemon): seconds on a busy 2-core machine.
jest.setTimeout(120_000);

describe('Nx: the project graph tells the truth about the imports', () => {
  let graph: {
    nodes: Record<string, { data: { root: string; targets: Record<string, unknown> } }>;
    dependencies: Record<string, { target: string }[]>;
  };

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-nx-'));
    try {
      await nx('graph', `--file=${path.join(dir, 'graph.json')}`);
      graph = JSON.parse(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).graph;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  const depsOf = (project: string) => [...new Set(graph.dependencies[project].map((d) => d.target))].sort();

  it('has every app and lib as a project with test, lint and typecheck targets, the gates as their own', () => {
    for (const name of [
      'api',
      'worker',
      'cli',
      'web',
      'kernel',
      'platform',
      'ports',
      'equipment',
      'data',
      'operation',
      'artifact',
    ]) {
      expect({ name, targets: Object.keys(graph.nodes[name].data.targets) }).toEqual({
        name,
        targets: expect.arrayContaining(['test', 'lint', 'typecheck']),
      });
    }
    expect(graph.nodes['architecture-tests'].data.root).toBe('architecture-tests');
  });

  it('draws the dependencies the source imports make', () => {
    expect(depsOf('kernel')).toEqual([]);
    expect(depsOf('platform')).toEqual(['kernel']);
    expect(depsOf('data')).toEqual(['kernel', 'platform', 'ports']);
    expect(depsOf('api')).toEqual(
      expect.arrayContaining(['artifact', 'data', 'equipment', 'operation', 'platform', 'ports']),
    );
    expect(depsOf('worker')).not.toContain('cli');
    // The CLI speaks HTTP: it imports no lib.
    expect(depsOf('cli')).toEqual([]);
    // The dashboard speaks HTTP too; the API serves its build, so a change to it reruns the API's tests.
    expect(depsOf('web')).toEqual([]);
    expect(depsOf('api')).toContain('web');
  });

  it('nx affected -t test picks exactly the dependents of a change in libs/kernel', async () => {
    expect(await affectedByChangeTo('libs/kernel/src/index.ts')).toEqual([
      'api',
      'architecture-tests',
      'artifact',
      'data',
      'equipment',
      'kernel',
      'operation',
      'platform',
      'ports',
      'worker',
    ]);
  });

  it('nx affected -t test picks exactly the dependents of a change in libs/data', async () => {
    expect(await affectedByChangeTo('libs/data/src/index.ts')).toEqual(['api', 'architecture-tests', 'data', 'worker']);
  });
});
