import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertNetnsAvailable } from './topology';

/**
 * The small facility run (2 edge hosts, 50 materializations and 20 latency probes, 10 acquisitions, worker kills,
 * an API restart, a PostgreSQL restart) as part of `npm test`. CI runs as root: without root or `ip netns` this
 * fails with the reason, it does not skip, so a runner that cannot build namespaces is noticed. Latencies are
 * printed by the run, never asserted here (no timed assertion in npm test).
 */
const harnessNamespaces = () =>
  execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((n) => /^cs[0-9a-f]{4}-/.test(n));

describe('facility scale harness, small run', () => {
  it('ends every job with 0 duplicates, 0 lost, 0 differing copies, and removes its namespaces', async () => {
    assertNetnsAvailable();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-scale-test-'));
    const json = path.join(dir, 'report.json');
    const repo = path.resolve(__dirname, '..', '..');
    const before = harnessNamespaces();
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          '-r',
          path.join(repo, 'tools', 'register.js'),
          path.join(repo, 'tools', 'scale', 'run.ts'),
          ...['--hosts', '2', '--materializations', '50', '--acquisitions', '10', '--kill-every-ms', '3000'],
          ...['--probes', '20', '--drain-timeout-ms', '120000', '--json', json],
        ],
        { cwd: repo, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CUSTODY_TEST_PG_URL: '' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
      child.stdin?.end();
    });
    const after = harnessNamespaces();
    expect(after.filter((n) => !before.includes(n))).toEqual([]);
    if (code !== 0) throw new Error(`scale run exited ${code}:\n${output.slice(-6000)}`);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.invariants).toEqual({
      duplicateDistributions: 0,
      lostJobs: 0,
      copiesDiffering: 0,
      internalErrors: 0,
    });
    expect(report.materializations.submitted).toBe(70);
    expect(report.materializations.byState).toEqual({ Verified: 70 });
    expect(report.latencyMs.pickupAtSustainableRate.probes).toBe(20);
    expect(report.acquisitions).toMatchObject({ registered: 10, cleared: 10, unfinished: 0 });
    expect(report.chaos.workerKills).toBeGreaterThan(0);
    expect(report.chaos.apiRestarts).toBe(1);
    expect(report.chaos.postgresRestarts).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 330_000);
});
