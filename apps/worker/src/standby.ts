import { ChildProcess, fork } from 'node:child_process';
import { Logger } from '@nestjs/common';
import { BackgroundWorkGate } from '@custody/platform';

/**
 * The worker's own supervision (CUSTODY_WORKER_STANDBYS=N, N ≥ 1). The process an edge host starts supervises: it
 * does no work itself and holds no database connection; it forks the worker that works and N more that boot
 * completely (modules, providers, database pool) and then wait, idle, behind their background-work gate. When the
 * working one dies (SIGKILL, a crash, the OOM killer), a warm standby is promoted at once and a new one boots: the
 * host serves again within the time it takes to subscribe to its queues, not a whole boot. A host loses service
 * only if its workers die faster than standbys boot (N + 1 deaths within one boot), or if the supervisor itself
 * (or the host) dies: that costs a full boot, as without it.
 */

/** Set in the environment of the workers the supervisor forks. */
export const SUPERVISED_ENV = 'CUSTODY_WORKER_SUPERVISED';

type ToChild = { readonly type: 'serve' };
type ToSupervisor = { readonly type: 'warm' } | { readonly type: 'serving' };

/** A child that exits this soon after its start counts towards a crash loop (the next start waits longer). */
const CRASH_LOOP_MS = 10_000;
const MAX_RESPAWN_DELAY_MS = 30_000;

/** Whether this process is a worker forked by the supervisor (it then waits to be promoted). */
export function isSupervisedWorker(): boolean {
  return process.env[SUPERVISED_ENV] === 'true' && typeof process.send === 'function';
}

/**
 * The gate of a supervised worker: shut until the supervisor sends `serve`. The first time a background service
 * asks, every provider has been built (they ask from their bootstrap hooks), so the worker reports itself warm.
 */
export function supervisedGate(): BackgroundWorkGate {
  let promoted = false;
  const serve = new Promise<void>((resolve) =>
    process.on('message', (message: ToChild) => {
      if (message?.type !== 'serve' || promoted) return;
      promoted = true;
      resolve();
    }),
  );
  let warm = false;
  return {
    opened: () => {
      if (!warm) {
        warm = true;
        tellSupervisor({ type: 'warm' });
      }
      return serve;
    },
  };
}

export function tellSupervisor(message: ToSupervisor): void {
  if (process.connected) process.send?.(message);
}

interface Worker {
  readonly child: ChildProcess;
  readonly startedAt: number;
  warm: boolean;
}

/**
 * Runs the supervisor until SIGTERM/SIGINT: one worker serving, `standbys` standing by. Resolves once all stopped.
 * `databaseUrl` goes to the workers (an embedded PostgreSQL is started once, by the supervisor).
 */
export function superviseWorkers(databaseUrl: string, standbys: number, graceMs: number): Promise<void> {
  const logger = new Logger('worker');
  let serving: Worker | undefined;
  /** Whether the serving worker said it serves (standbys boot only then). */
  let servingReady = false;
  const standing: Worker[] = [];
  let stopping = false;
  let respawnDelayMs = 0;
  let respawnTimer: NodeJS.Timeout | undefined;

  const start = (): Worker => {
    const child = fork(process.argv[1], process.argv.slice(2), {
      env: { ...process.env, DATABASE_URL: databaseUrl, [SUPERVISED_ENV]: 'true' },
      execArgv: process.execArgv,
      stdio: 'inherit',
    });
    const worker: Worker = { child, startedAt: Date.now(), warm: false };
    child.on('message', (message: ToSupervisor) => {
      if (message?.type === 'warm') {
        worker.warm = true;
        logger.log(`worker process ${child.pid} warm in ${Date.now() - worker.startedAt} ms`);
        bootStandby();
      }
      // Standbys boot once the working one serves, one after the other: booting them all at once would slow the
      // one that matters.
      if (message?.type === 'serving' && worker === serving) {
        servingReady = true;
        bootStandby();
      }
    });
    child.once('exit', (code, signal) => onExit(worker, signal ?? String(code)));
    return worker;
  };

  const promote = (worker: Worker) => {
    serving = worker;
    servingReady = false;
    worker.child.send({ type: 'serve' } satisfies ToChild);
  };

  /** Starts one more standby when fewer stand by than asked and none of them is still booting. */
  const bootStandby = () => {
    if (stopping || respawnTimer || !servingReady || standing.length >= standbys) return;
    if (standing.some((w) => !w.warm)) return;
    const worker = start();
    standing.push(worker);
    logger.log(`worker process ${worker.child.pid} booting as a standby`);
  };

  const onExit = (worker: Worker, how: string) => {
    if (stopping) return;
    const wasServing = worker === serving;
    if (wasServing) serving = undefined;
    const index = standing.indexOf(worker);
    if (index >= 0) standing.splice(index, 1);
    // A worker that dies soon after its start, again and again, is not replaced in a hot loop.
    const short = Date.now() - worker.startedAt < CRASH_LOOP_MS;
    respawnDelayMs = short ? Math.min(Math.max(respawnDelayMs * 2, 500), MAX_RESPAWN_DELAY_MS) : 0;
    const later = (then: () => void) => {
      respawnTimer = setTimeout(() => {
        respawnTimer = undefined;
        then();
      }, respawnDelayMs);
    };
    if (!wasServing) {
      logger.warn(`standby worker process ${worker.child.pid} exited (${how})`);
      if (!respawnTimer) later(bootStandby);
      return;
    }
    // The warm standby that waited longest, else the one closest to warm.
    const next = standing.find((w) => w.warm) ?? standing[0];
    if (next) {
      standing.splice(standing.indexOf(next), 1);
      logger.warn(
        `worker process ${worker.child.pid} exited (${how}); process ${next.child.pid} takes over${next.warm ? '' : ' once booted'}`,
      );
      promote(next);
      return;
    }
    logger.warn(`worker process ${worker.child.pid} exited (${how}); starting another`);
    if (respawnTimer) clearTimeout(respawnTimer);
    later(() => !stopping && promote(start()));
  };

  promote(start());

  return new Promise<void>((resolve) => {
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: stopping the workers`);
      if (respawnTimer) clearTimeout(respawnTimer);
      const children = [serving, ...standing].filter((w): w is Worker => w !== undefined).map((w) => w.child);
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              const force = setTimeout(() => child.kill('SIGKILL'), graceMs + 2000);
              child.once('exit', () => {
                clearTimeout(force);
                done();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
      resolve();
    };
    process.on('SIGINT', (s) => void stop(s));
    process.on('SIGTERM', (s) => void stop(s));
  });
}
