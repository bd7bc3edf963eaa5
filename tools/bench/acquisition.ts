/**
 * `npm run bench -- acquisition`: a run of BENCH_ACQ_FILES files (default 10,000) of BENCH_ACQ_KIB KiB each
 * (default 100) from `complete` to `cleared` through the real worker composition root (apps/worker's
 * WorkerModule: the acquisition worker with its file watcher and the product's rescan period, the
 * MaterializationRequester the app binds, the materialization job on pg-boss, the local-copy transfer adapter),
 * on a throwaway embedded PostgreSQL and two `file` tiers (staging and NAS) that are folders in a temp dir;
 * against `cp -r` + `sync` + `openssl dgst -sha256` of every file of the copy, measured in the same run.
 *
 * Registers the tiers and the acquisition (scheduled, retainHours 0), writes the run (untimed), waits one rescan
 * period so the worker watches the run folder (and hashes its settled files ahead, as it does while an instrument
 * writes; the bench prints how many), then times from writing the `.complete` sentinel to the staging files being
 * gone (completion detected, sha256-tree of the run from what is new or changed, dataset and staging copy registered, the
 * materialization queued, copied, registered and attested, sync_verified, cleared, the staging files deleted).
 * The baseline runs twice, before the acquisition (from the staging run) and after it (from the NAS copy), both
 * from a warm page cache; the ratio is against their mean (the machine is shared: a single baseline can be far
 * off). Every timed part starts with nothing dirty (an untimed `sync` after writing the run and after each part),
 * so none pays for the writes of the one before (the first baseline's `sync` flushed the run too), and none
 * starts within 61 s of a removal (ext4 without a journal makes every create walk past the inodes freed in the
 * last 60 s: the baselines' copies stay until the end, and the second baseline waits). Prints every
 * step's time, the ratio (target ≤ 1.5) and the CPU each side spent (the worker process with all its threads and
 * the PostgreSQL processes under it; the baseline's commands), which tells a part that waited from one that
 * worked (on a VM the CPU a page-cache write costs varies too: compare runs side by side). Everything is removed
 * at the end.
 *
 * Env: BENCH_ACQ_FILES (default 10000), BENCH_ACQ_KIB (default 100), BENCH_ACQ_TIMEOUT_S (default 900).
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AcquisitionWorker, acquisitionWorkerSettings } from '@custody/data';
import { CommandMeta, loadConfig, openDatabase } from '@custody/platform';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { GetAcquisitionQuery } from '../../libs/data/src/features/get-acquisition/get-acquisition.query';
import { RegisterAcquisitionCommand } from '../../libs/data/src/features/register-acquisition/register-acquisition.command';
import { RegisterTierCommand } from '../../libs/data/src/features/register-tier/register-tier.command';
import { freePort } from '@custody/platform/testing';

const run$ = promisify(execFile);

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** `files` files of `bytes` random bytes, 100 per sub-folder (as detectors write frames). */
function writeRun(dir: string, files: number, bytes: number): void {
  const chunk = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `block-${String(Math.floor(i / 100)).padStart(4, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    randomFillSync(chunk);
    fs.writeFileSync(path.join(sub, `frame-${String(i).padStart(6, '0')}.raw`), chunk);
  }
}

/**
 * CPU seconds (user + system) so far of this process (every thread), of its children that ended (the baseline's
 * commands) and of the PostgreSQL processes running under it, from /proc; null where there is no /proc.
 */
function cpuNow(): { self: number; endedChildren: number; postgres: number } | null {
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node runs on
  const processes = new Map<number, { ppid: number; fields: string[] }>();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // [1] the parent pid, [11] utime, [12] stime, [13] cutime, [14] cstime (fields 4, 14-17 of proc(5))
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      processes.set(pid, { ppid: Number(fields[1]), fields });
    } catch {
      // ended meanwhile
    }
  }
  const self = processes.get(process.pid);
  if (!self) return null;
  const under = (pid: number): boolean => {
    for (let p = processes.get(pid)?.ppid ?? 0; p > 1; p = processes.get(p)?.ppid ?? 0)
      if (p === process.pid) return true;
    return false;
  };
  let postgres = 0;
  for (const [pid, { fields }] of processes) if (under(pid)) postgres += Number(fields[11]) + Number(fields[12]);
  const [utime, stime, cutime, cstime] = self.fields.slice(11, 15).map(Number);
  return {
    self: (utime + stime) / ticksPerSecond,
    endedChildren: (cutime + cstime) / ticksPerSecond,
    postgres: postgres / ticksPerSecond,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const cpuText = (seconds: number | undefined) => (seconds === undefined ? '?' : `${seconds.toFixed(2)} s`);

const ADMIN: CommandMeta = {
  principal: { principalId: '00000000-0000-7000-8000-00000000ad01', name: 'bench', roles: ['admin'], groups: [] },
  correlationId: 'bench-acquisition',
};

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`acquisition takes no arguments (got ${args.join(' ')}); use BENCH_ACQ_*`);
  const files = positiveInt('BENCH_ACQ_FILES', 10_000);
  const kib = positiveInt('BENCH_ACQ_KIB', 100);
  const timeoutMs = positiveInt('BENCH_ACQ_TIMEOUT_S', 900) * 1000;
  const say = (m: string) => process.stdout.write(`${m}\n`);
  // The last removal of many files this bench knows of (see quiet() below): a run before this one removed its own.
  let lastRemoval = performance.now();
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-acquisition-')));
  fs.chmodSync(tmp, 0o755); // embedded PostgreSQL runs as another user when started by root
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('exit', removeTmp);
  const staging = path.join(tmp, 'staging');
  const nas = path.join(tmp, 'nas');
  let baselines = 0;
  fs.mkdirSync(staging);
  fs.mkdirSync(nas);

  // The product's own rescan period and watcher, not a faster poll than a deployed worker has.
  delete process.env.CUSTODY_ACQUISITION_RESCAN_MS;
  delete process.env.CUSTODY_WORKER_TIERS;
  const rescanMs = acquisitionWorkerSettings(process.env).rescanMs;
  const config = loadConfig({
    ...process.env,
    CUSTODY_DATA_DIR: path.join(tmp, 'data'),
    CUSTODY_EMBEDDED_PG_PORT: String(await freePort()),
    CUSTODY_LOG_LEVEL: 'warn',
    DATABASE_URL: undefined,
  });
  const database = await openDatabase(config, say);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), {
    logger: ['error', 'warn'],
  });
  try {
    const commands = app.get(CommandBus);
    const queries = app.get(QueryBus);
    const meta = ADMIN;
    const tier = (name: string, root: string) =>
      commands.execute(
        new RegisterTierCommand({ name, accessProtocol: 'file', rootUri: root, reachable: true }, meta),
      ) as Promise<{ tierId: string }>;
    const { tierId } = await tier('bench-staging', staging);
    const { tierId: targetTierId } = await tier('bench-nas', nas);

    say(`acquisition: ${files} files of ${kib} KiB in ${tmp}; ${os.cpus().length} CPUs, Node ${process.version}`);
    const runDir = path.join(staging, 'run-1');
    writeRun(runDir, files, kib * 1024);
    // Each timed part pays for its own writes only: the run just written (1 GiB dirty in the page cache) is flushed
    // here, not by the first baseline's `sync`; the removal of a baseline's copy is flushed before the next part.
    const flushAll = () => run$('sync');
    await flushAll();

    // ext4 without a journal (this machine's) skips, when it allocates an inode, every free inode deleted in the
    // last 60 s: each file created after many were removed walks past all of them (`recently_deleted` in the
    // kernel's ialloc.c; 10,000 files of 100 KiB: `cp -r` 0.7 s, or 3.7-4.6 s within a minute of an `rm -rf`).
    // So no part starts within 61 s of a removal: the baselines' copies stay until the end, and the second
    // baseline waits out the acquisition's own removal of the staging files.
    const quiet = async () => {
      const wait = lastRemoval + 61_000 - performance.now();
      if (wait > 0) {
        say(`  (waiting ${(wait / 1000).toFixed(0)} s: no part starts within 61 s of a removal)`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    };

    // Baseline: copy, flush, hash every file of the copy (from a warm page cache: the run was just written).
    const baselineCpu: number[] = [];
    const baseline = async (from: string): Promise<number> => {
      const baselineCopy = path.join(tmp, `baseline-copy-${++baselines}`);
      await quiet();
      const cpuBefore = cpuNow();
      const began = performance.now();
      await run$('bash', [
        '-c',
        'cp -r "$1" "$2" && sync && find "$2" -type f -print0 | xargs -0 openssl dgst -sha256 > /dev/null',
        'baseline',
        from,
        baselineCopy,
      ]);
      const seconds = (performance.now() - began) / 1000;
      const cpuAfter = cpuNow();
      if (cpuBefore && cpuAfter) baselineCpu.push(cpuAfter.endedChildren - cpuBefore.endedChildren);
      await flushAll();
      return seconds;
    };
    const before = await baseline(runDir);
    say(`  cp -r + sync + openssl dgst -sha256 (before): ${before.toFixed(2)} s`);

    const { acquisitionId } = (await commands.execute(
      new RegisterAcquisitionCommand(
        {
          tierId,
          path: 'run-1',
          runKind: 'run',
          targetTierId,
          retention: { policy: 'scheduled', retainHours: 0 },
        },
        meta,
      ),
    )) as { acquisitionId: string };
    // A deployed worker finds a new acquisition at its next rescan and then watches its folder: wait for that,
    // so the time below is the lifecycle's, not the discovery's.
    await new Promise((resolve) => setTimeout(resolve, rescanMs + 1000));
    await quiet();
    // The worker hashes a staging run's settled files ahead (a run is written over minutes or hours): say how many
    // it has, so the time below reads right (with none, the whole run is hashed after the sentinel).
    const ahead = app.get(AcquisitionWorker).filesHashedAhead(acquisitionId);
    say(`  files hashed ahead while staging (so far): ${fmt(ahead)} of ${fmt(files)}`);
    const cpuBefore = cpuNow();
    const started = performance.now();
    fs.writeFileSync(path.join(runDir, '.complete'), '');
    const deadline = Date.now() + timeoutMs;
    // The bench shares the worker's process: it looks at the folder every 50 ms (one stat) and asks the store
    // once a second (for an error), or every 50 ms once the folder is gone (for the staging copy recorded gone).
    let lastAsked = 0;
    for (;;) {
      const gone = !fs.existsSync(runDir);
      if (gone || Date.now() - lastAsked >= 1000) {
        lastAsked = Date.now();
        const a = await queries.execute(new GetAcquisitionQuery({ acquisitionId }, meta));
        if (a.error) throw new Error(`the acquisition stopped: ${a.error.code}: ${a.error.detail}`);
        if (a.stagingRemoved) break;
        if (Date.now() > deadline) throw new Error(`not cleared after ${timeoutMs / 1000} s (state ${a.state})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const acquisition = (performance.now() - started) / 1000;
    lastRemoval = performance.now();
    const cpuAfter = cpuNow();
    say(`  complete → cleared (staging removed): ${acquisition.toFixed(2)} s`);
    const final = await queries.execute(new GetAcquisitionQuery({ acquisitionId }, meta));
    const entries = final.history;
    const wall = performance.timeOrigin + started;
    say(`    .complete written → complete: ${((Date.parse(entries[1].at) - wall) / 1000).toFixed(2)} s`);
    for (let i = 2; i < entries.length; i++) {
      const seconds = (Date.parse(entries[i].at) - Date.parse(entries[i - 1].at)) / 1000;
      say(`    ${entries[i - 1].state} → ${entries[i].state}: ${seconds.toFixed(2)} s`);
    }
    // The sync's own steps, from its materialization's stream (queued → transfer begun → ended → copy → verified).
    if (final.materializationId) {
      const steps: { type: string; at: Date }[] = await app
        .get(DataSource)
        .query(`SELECT type, recorded_at AS at FROM events WHERE stream_id = $1 ORDER BY version`, [
          final.materializationId,
        ]);
      for (let i = 1; i < steps.length; i++) {
        const seconds = (steps[i].at.getTime() - steps[i - 1].at.getTime()) / 1000;
        say(`      ${steps[i - 1].type} → ${steps[i].type}: ${seconds.toFixed(2)} s`);
      }
      const verifiedAt = steps[steps.length - 1]?.at.getTime();
      const syncVerified = entries.find((e) => e.state === 'sync_verified');
      if (verifiedAt && syncVerified) {
        say(
          `      ${steps[steps.length - 1].type} → sync_verified: ${((Date.parse(syncVerified.at) - verifiedAt) / 1000).toFixed(2)} s`,
        );
      }
    }
    const clearedAt = Date.parse(entries[entries.length - 1].at);
    say(`    cleared → staging removed: ${((wall + acquisition * 1000 - clearedAt) / 1000).toFixed(2)} s`);
    const completeToCleared = (clearedAt - Date.parse(entries[1].at)) / 1000;
    say(`    (complete → cleared by the history alone: ${completeToCleared.toFixed(2)} s)`);

    await flushAll(); // the staging removal's own writes (journal, discards), before the second baseline starts
    const after = await baseline(path.join(nas, 'run-1'));
    say(`  cp -r + sync + openssl dgst -sha256 (after, from the NAS copy): ${after.toFixed(2)} s`);
    const mean = (before + after) / 2;
    if (cpuBefore && cpuAfter) {
      say(
        `  CPU: the acquisition ${cpuText(cpuAfter.self - cpuBefore.self)} in the worker process (every thread; the ` +
          `bench's own polling included) + ${cpuText(cpuAfter.endedChildren - cpuBefore.endedChildren)} its ` +
          `commands (sync -f) + ${cpuText(cpuAfter.postgres - cpuBefore.postgres)} PostgreSQL; ` +
          `the baseline's commands ${baselineCpu.map((c) => cpuText(c)).join(' and ')} (kernel writeback not counted on either side)`,
      );
    }
    say(
      `ratio (acquisition / mean baseline ${mean.toFixed(2)} s): ${(acquisition / mean).toFixed(2)} (target ≤ 1.50; ` +
        `against before ${(acquisition / before).toFixed(2)}, after ${(acquisition / after).toFixed(2)})`,
    );
  } finally {
    await app.close();
    await database.stop();
    removeTmp();
    process.removeListener('exit', removeTmp);
  }
}
