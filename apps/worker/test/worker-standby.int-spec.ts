import { setTimeout as sleep } from 'node:timers/promises';
import { AppProcess, TestDatabase, createTestDatabase, freePort, startAppProcess } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

const RUNNING = /custody worker running \(process (\d+)\)/g;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * CUSTODY_WORKER_STANDBYS: the process an edge host starts supervises the worker that works and a warm standby.
 * SIGKILL of the working one (what the scale harness does to edge hosts) is answered by promoting the standby; the
 * supervisor stops them all on SIGTERM.
 */
describe('worker: a warm standby takes over from a killed worker', () => {
  jest.setTimeout(180_000);
  let database: TestDatabase;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
  });

  afterAll(async () => {
    if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
    await database.drop();
  });

  const output = () => (app ? app.stdout() + app.stderr() : '');
  const workingPids = () => [...output().matchAll(RUNNING)].map((m) => Number(m[1]));
  const until = async (what: string, condition: () => boolean) => {
    const deadline = Date.now() + 120_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`never: ${what}\n${output().slice(-4000)}`);
      if (app?.child.exitCode !== null) throw new Error(`the supervisor exited while waiting for ${what}`);
      await sleep(50);
    }
  };

  it('promotes the standby when the working worker is SIGKILLed, boots a new one, and stops all on SIGTERM', async () => {
    const metricsPort = await freePort();
    const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    app = await startAppProcess('apps/worker/src/main.ts', {
      inheritEnv: false,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        CUSTODY_WORKER_METRICS_PORT: String(metricsPort),
        CUSTODY_WORKER_STANDBYS: '1',
        CUSTODY_LOG_LEVEL: 'info',
      },
      readyUrl: metricsUrl,
    });
    const [first] = workingPids();
    expect(first).toBeDefined();
    expect(first).not.toBe(app.child.pid);
    // The serving worker and its standby both report warm.
    await until('a warm standby', () => (output().match(/warm in \d+ ms/g) ?? []).length >= 2);

    process.kill(first, 'SIGKILL');
    await until('another worker running', () => workingPids().some((pid) => pid !== first));
    const second = workingPids().find((pid) => pid !== first)!;
    expect(output()).toMatch(new RegExp(`worker process ${first} exited \\(SIGKILL\\); process ${second} takes over`));
    expect((await fetch(metricsUrl)).status).toBe(200);
    // A new standby boots behind the promoted one.
    await until('a new standby warm', () => (output().match(/warm in \d+ ms/g) ?? []).length >= 3);
    const standby = Number([...output().matchAll(/worker process (\d+) booting as a standby/g)].at(-1)?.[1]);
    expect(Number.isInteger(standby) && standby !== first && standby !== second).toBe(true);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(alive(second)).toBe(false);
    expect(alive(standby)).toBe(false);
  });
});
