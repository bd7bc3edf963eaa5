import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Runs a process that installs the handler, then rejects `reason` unawaited; answers how it ended. */
function processRejecting(reason: string): { status: number | null; output: string } {
  const script = `
    const { surviveDatabaseOutages } = require('./libs/platform/src/lifecycle/survive-database-outages.ts');
    surviveDatabaseOutages('test');
    Promise.reject(${reason});
    setTimeout(() => { console.log('still alive'); process.exit(0); }, 300);
  `;
  const run = spawnSync(process.execPath, ['-r', './tools/register.js', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('surviveDatabaseOutages', () => {
  it('keeps the process alive through a database outage a library left unawaited, with a warning', () => {
    const run = processRejecting(
      `Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })`,
    );
    expect(run.status).toBe(0);
    expect(run.output).toContain('still alive');
    expect(run.output).toContain('database unavailable (unawaited by a library)');
  });

  it('ends the process on any other unhandled rejection, as Node would', () => {
    const run = processRejecting(`new TypeError('a bug of ours')`);
    expect(run.status).toBe(1);
    expect(run.output).not.toContain('still alive');
    expect(run.output).toContain('a bug of ours');
  });
});
