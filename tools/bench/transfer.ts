/**
 * `npm run bench -- transfer`: local materializations, submit → Verified, through the API and a real worker
 * process (the local-copy adapter), against the same work done by hand in the same run: `cp -r`, then `sync` (the
 * copy must be durable before it is registered), then `openssl dgst -sha256` of every copied file.
 *
 * Two scenarios: one file of BENCH_TRANSFER_FILE_MIB MiB (default 1024), and a tree of BENCH_TRANSFER_FILES files
 * (default 10,000) of BENCH_TRANSFER_FILE_KIB KiB (default 100). Each runs BENCH_ROUNDS times (default 1),
 * baseline first; the source is read once beforehand so both sides start from a warm page cache. Prints the times,
 * the ratio (ours / baseline; targets ≤ 1.1) and the worker's peak RSS growth (VmHWM − RSS before the first
 * materialization; target < 100 MiB). A throwaway embedded PostgreSQL unless DATABASE_URL is set.
 */
import 'reflect-metadata';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { loadConfig, startEmbeddedPostgres } from '@custody/platform';
import { HttpClient, freePort } from '@custody/platform/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';

const exec$ = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const MiB = 1024 * 1024;
const say = (m: string) => process.stdout.write(`[transfer] ${m}\n`);

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Writes a file of random bytes and returns its sha256. */
function writeRandomFile(file: string, bytes: number): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    const chunk = Buffer.allocUnsafe(Math.min(16 * MiB, bytes));
    for (let written = 0; written < bytes;) {
      const n = Math.min(chunk.length, bytes - written);
      randomFillSync(chunk, 0, n);
      fs.writeSync(fd, chunk, 0, n);
      hash.update(chunk.subarray(0, n));
      written += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** A tree of `count` files of `size` bytes in 100 folders; returns its sha256-tree and size. */
function writeTree(dir: string, count: number, size: number): { value: string; byteSize: number } {
  const lines: { rel: string; digest: string }[] = [];
  const chunk = Buffer.allocUnsafe(size);
  for (let i = 0; i < count; i++) {
    const rel = `d${String(i % 100).padStart(3, '0')}/f${String(i).padStart(6, '0')}.bin`;
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    randomFillSync(chunk);
    fs.writeFileSync(path.join(dir, rel), chunk);
    lines.push({ rel, digest: sha256(chunk) });
  }
  lines.sort((a, b) => Buffer.compare(Buffer.from(a.rel), Buffer.from(b.rel)));
  return {
    value: createHash('sha256')
      .update(lines.map((l) => `${l.digest}  ${l.rel}\n`).join(''))
      .digest('hex'),
    byteSize: count * size,
  };
}

async function warm(target: string): Promise<void> {
  await exec$('bash', ['-c', 'find "$1" -type f -print0 | xargs -0 cat > /dev/null', 'warm', target], {
    maxBuffer: 1 << 20,
  });
}

/** The by-hand baseline: copy, make durable, hash every copied file. */
async function baseline(source: string, target: string): Promise<number> {
  const started = performance.now();
  await exec$('cp', ['-r', source, target]);
  await exec$('sync');
  await exec$(
    'bash',
    ['-c', 'find "$1" -type f -print0 | xargs -0 -r openssl dgst -sha256 > /dev/null', 'hash', target],
    { maxBuffer: 1 << 26 },
  );
  return (performance.now() - started) / 1000;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

function startWorker(databaseUrl: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      // BENCH_CPU_PROF=<dir>: the worker writes a V8 CPU profile there when it exits (to see where the time goes).
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      '-r',
      path.join(ROOT, 'tools', 'register.js'),
      path.join(ROOT, 'apps/worker/src/main.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CUSTODY_DATA_DIR: dataDir,
        CUSTODY_LOG_LEVEL: 'info',
        // The queue is polled; a bench measures the copy, not the idle wait before it is picked up.
        CUSTODY_JOB_POLL_SECONDS: '0.5',
        // Metrics on any free port: other workers may run on this host.
        CUSTODY_WORKER_METRICS_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('custody worker running')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited during start (${code}): ${output.slice(-2000)}`)));
  });
}

export async function run(): Promise<void> {
  const fileMiB = positiveInt('BENCH_TRANSFER_FILE_MIB', 1024);
  const files = positiveInt('BENCH_TRANSFER_FILES', 10_000);
  const fileKiB = positiveInt('BENCH_TRANSFER_FILE_KIB', 100);
  const rounds = positiveInt('BENCH_ROUNDS', 1);
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-transfer-')));
  fs.chmodSync(tmp, 0o755);
  const sourceRoot = path.join(tmp, 'detector');
  const targetRoot = path.join(tmp, 'analysis');
  const baselineRoot = path.join(tmp, 'baseline');
  for (const dir of [sourceRoot, targetRoot, baselineRoot]) fs.mkdirSync(dir);
  let stopPostgres: (() => Promise<void>) | undefined;
  let worker: ChildProcess | undefined;
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        databaseDir: path.join(tmp, 'pg'),
        port: await freePort(),
        database: 'bench',
      });
      databaseUrl = pg.url;
      stopPostgres = () => pg.stop();
    }
    const config = loadConfig({
      CUSTODY_DATA_DIR: path.join(tmp, 'api'),
      CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
      CUSTODY_LOG_LEVEL: 'error',
    });
    app = await createApiApp(config, databaseUrl);
    await app.listen(0, '127.0.0.1');
    const api = new HttpClient(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`, ADMIN_TOKEN);
    const tier = async (name: string, root: string) =>
      (await api.post('/v1/tiers', { name, accessProtocol: 'file', rootUri: `file://${root}` })).body.tierId as string;
    const sourceTierId = await tier('detector', sourceRoot);
    const targetTierId = await tier('analysis', targetRoot);

    say(`writing the sources: one ${fileMiB} MiB file, ${files.toLocaleString('en-US')} files of ${fileKiB} KiB`);
    const scenarios: {
      name: string;
      relative: string;
      checksum: { algorithm: string; value: string };
      byteSize: number;
    }[] = [];
    for (let r = 0; r < rounds; r++) {
      fs.mkdirSync(path.join(sourceRoot, `big-${r}`));
      const big = writeRandomFile(path.join(sourceRoot, `big-${r}`, 'frames.h5'), fileMiB * MiB);
      scenarios.push({
        name: `1 × ${fileMiB} MiB`,
        relative: `big-${r}/frames.h5`,
        checksum: { algorithm: 'sha256', value: big },
        byteSize: fileMiB * MiB,
      });
      const tree = writeTree(path.join(sourceRoot, `tree-${r}`), files, fileKiB * 1024);
      scenarios.push({
        name: `${files.toLocaleString('en-US')} × ${fileKiB} KiB`,
        relative: `tree-${r}`,
        checksum: { algorithm: 'sha256-tree', value: tree.value },
        byteSize: tree.byteSize,
      });
    }
    await exec$('sync');

    worker = await startWorker(databaseUrl, path.join(tmp, 'worker'));
    const idle = memoryOf(worker.pid as number);
    say(
      `${os.cpus().length} CPUs, Node ${process.version}; worker RSS at rest ${(idle.rss / MiB).toFixed(0)} MiB; ` +
        `fsync scheme: write every file, one syncfs, rename all, one syncfs`,
    );
    const results: string[] = [];
    for (const s of scenarios) {
      const datasetId = (await api.post('/v1/datasets', { title: s.name, checksum: s.checksum, byteSize: s.byteSize }))
        .body.datasetId;
      const copy = await api.post('/v1/distributions', {
        datasetId,
        tierId: sourceTierId,
        uri: s.relative,
        checksum: s.checksum,
        byteSize: s.byteSize,
      });
      // The source is known good (we wrote it): record that as an observed attestation instead of reading it again.
      await api.post(`/v1/distributions/${copy.body.distributionId}/attestations`, {
        observed: { ...s.checksum, byteSize: s.byteSize },
      });
      const source = path.join(sourceRoot, s.relative);
      await warm(source);
      const byHand = await baseline(source, path.join(baselineRoot, path.basename(s.relative) + `-${datasetId}`));
      await warm(source);
      const started = performance.now();
      const accepted = await api.post('/v1/materializations', { datasetId, targetTierId });
      if (accepted.status !== 202) throw new Error(`refused: ${accepted.text}`);
      let view;
      for (;;) {
        view = (await api.get(`/v1/materializations/${accepted.body.materializationId}`)).body;
        if (['Verified', 'Failed', 'Cancelled'].includes(view.state)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const ours = (performance.now() - started) / 1000;
      if (view.state !== 'Verified') throw new Error(`${s.name}: ${view.state} ${JSON.stringify(view.error)}`);
      const line =
        `${s.name.padEnd(18)} baseline (cp -r + sync + openssl) ${byHand.toFixed(2)} s · ours (submit → Verified) ` +
        `${ours.toFixed(2)} s · ratio ${(ours / byHand).toFixed(2)}`;
      say(line);
      results.push(line);
      fs.rmSync(path.join(baselineRoot), { recursive: true, force: true });
      fs.mkdirSync(baselineRoot);
    }
    const peak = memoryOf(worker.pid as number);
    say(
      `worker peak RSS growth ${((peak.hwm - idle.rss) / MiB).toFixed(1)} MiB (VmHWM ${(peak.hwm / MiB).toFixed(0)} MiB)`,
    );
  } finally {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker?.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await app?.close();
    await stopPostgres?.();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
