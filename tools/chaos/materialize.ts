/**
 * Chaos for materializations: N datasets on a local file tier are materialized onto another by a real worker
 * process (apps/worker/src/main.ts, the local-copy adapter), which is killed with SIGKILL at random moments and
 * restarted each time. Then every materialization must be Verified with exactly one Distribution and one Match
 * attestation on the target tier, the files byte-identical to their sources, and no temp file left.
 *
 *   node -r ./tools/register.js tools/chaos/materialize.ts [count=20] [kills=8]
 *
 * Uses DATABASE_URL when set, else a throwaway embedded PostgreSQL. `npm test` runs 5 of them
 * (tools/chaos/materialize.int-spec.ts).
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { loadConfig, startEmbeddedPostgres } from '@custody/platform';
import { HttpClient } from '@custody/platform/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { freePort } from '@custody/platform/testing';

const ROOT = path.resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'chaos-admin-token-0123456789abcdef';
const MiB = 1024 * 1024;

/** Short leases and quick polling, so a killed worker's jobs are taken over within seconds. */
export const CHAOS_JOB_ENV: Record<string, string> = {
  CUSTODY_TRANSFER_LEASE_SECONDS: '4',
  CUSTODY_JOB_MAINTENANCE_SECONDS: '1',
  CUSTODY_JOB_POLL_SECONDS: '0.5',
  CUSTODY_TRANSFER_RETRY_DELAY_SECONDS: '1',
  CUSTODY_TRANSFER_RETRY_LIMIT: '30',
  CUSTODY_TRANSFER_POLL_MAX_MS: '250',
};

export interface ChaosOptions {
  readonly databaseUrl: string;
  readonly count: number;
  /** How many times the worker is killed (at random moments) before it is left to finish. */
  readonly kills: number;
  /** Largest file size in bytes (sizes are random up to it; every fourth dataset is a small directory tree). */
  readonly maxBytes: number;
  readonly log?: (message: string) => void;
  readonly timeoutMs?: number;
}

export interface ChaosReport {
  readonly materializations: number;
  readonly kills: number;
  /** Kills that found work still open (a kill after everything ended tests only a restart). */
  readonly killsMidWork: number;
  readonly workerStarts: number;
  readonly seconds: number;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function treeDigest(dir: string): { value: string; byteSize: number } {
  const files: { rel: string; digest: string; size: number }[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (e.isFile()) {
        const bytes = fs.readFileSync(path.join(d, e.name));
        files.push({ rel, digest: sha256(bytes), size: bytes.length });
      }
    }
  };
  walk(dir, '');
  files.sort((a, b) => Buffer.compare(Buffer.from(a.rel), Buffer.from(b.rel)));
  return {
    value: sha256(files.map((f) => `${f.digest}  ${f.rel}\n`).join('')),
    byteSize: files.reduce((s, f) => s + f.size, 0),
  };
}

function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.includes('.custody-') && e.name.endsWith('.part')) found.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return found;
}

const TERMINAL = ['Verified', 'Failed', 'Cancelled'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the worker as its own process; resolves once it says it runs. */
function startWorker(databaseUrl: string, dataDir: string, log: (m: string) => void): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(ROOT, 'tools', 'register.js'), path.join(ROOT, 'apps/worker/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...CHAOS_JOB_ENV,
        DATABASE_URL: databaseUrl,
        CUSTODY_DATA_DIR: dataDir,
        CUSTODY_LOG_LEVEL: 'info',
        // Metrics on any free port: other workers may run on this host.
        CUSTODY_WORKER_METRICS_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
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
      if (output.length > 100_000) output = output.slice(-20_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => log(`worker stderr: ${chunk.toString().trim().slice(0, 500)}`));
    child.on('exit', (code, signal) =>
      reject(new Error(`worker exited during start (${signal ?? code}): ${output.slice(-2000)}`)),
    );
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export async function runMaterializeChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-chaos-')));
  fs.chmodSync(tmp, 0o755);
  const sourceRoot = path.join(tmp, 'detector');
  const targetRoot = path.join(tmp, 'analysis');
  fs.mkdirSync(sourceRoot);
  fs.mkdirSync(targetRoot);
  const config = loadConfig({
    CUSTODY_DATA_DIR: path.join(tmp, 'api'),
    CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
    CUSTODY_LOG_LEVEL: 'error',
    ...CHAOS_JOB_ENV,
  });
  const app = await createApiApp(config, options.databaseUrl);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const api = new HttpClient(`http://127.0.0.1:${port}`, ADMIN_TOKEN);
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  let worker: ChildProcess | undefined;
  let kills = 0;
  let killsMidWork = 0;
  let workerStarts = 0;
  try {
    const tier = async (name: string, root: string) =>
      (await api.post('/v1/tiers', { name, accessProtocol: 'file', rootUri: `file://${root}` })).body.tierId as string;
    const sourceTierId = await tier('chaos-detector', sourceRoot);
    const targetTierId = await tier('chaos-analysis', targetRoot);

    const ids: { materializationId: string; datasetId: string; relative: string; tree: boolean }[] = [];
    for (let i = 0; i < options.count; i++) {
      const tree = i % 4 === 3;
      const relative = tree ? `run-${i}` : `run-${i}/frames.h5`;
      let checksum: { algorithm: string; value: string };
      let byteSize: number;
      if (tree) {
        for (let f = 0; f < 3; f++) {
          const file = path.join(sourceRoot, relative, f === 2 ? 'sub/meta.json' : `part-${f}.bin`);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, crypto.getRandomValues(new Uint8Array(1 + Math.floor(Math.random() * 65_536))));
        }
        const digest = treeDigest(path.join(sourceRoot, relative));
        checksum = { algorithm: 'sha256-tree', value: digest.value };
        byteSize = digest.byteSize;
      } else {
        const size = 1 + Math.floor(Math.random() * options.maxBytes);
        const bytes = Buffer.alloc(size);
        for (let o = 0; o < size; o += 65_536)
          bytes.set(crypto.getRandomValues(new Uint8Array(Math.min(65_536, size - o))), o);
        fs.mkdirSync(path.join(sourceRoot, `run-${i}`), { recursive: true });
        fs.writeFileSync(path.join(sourceRoot, relative), bytes);
        checksum = { algorithm: 'sha256', value: sha256(bytes) };
        byteSize = size;
      }
      const datasetId = (await api.post('/v1/datasets', { title: `chaos ${i}`, checksum, byteSize })).body.datasetId;
      const distributionId = (
        await api.post('/v1/distributions', { datasetId, tierId: sourceTierId, uri: relative, checksum, byteSize })
      ).body.distributionId;
      const attested = await api.post(`/v1/distributions/${distributionId}/attestations`, {});
      if (attested.body.outcome !== 'Match') throw new Error(`source ${relative} did not verify: ${attested.text}`);
      const accepted = await api.post('/v1/materializations', { datasetId, targetTierId });
      if (accepted.status !== 202) throw new Error(`materialization refused: ${accepted.status} ${accepted.text}`);
      ids.push({ materializationId: accepted.body.materializationId, datasetId, relative, tree });
    }
    log(`${options.count} materializations queued; worker killed ${options.kills} times at random moments`);

    const states = async () =>
      Promise.all(ids.map(async (m) => (await api.get(`/v1/materializations/${m.materializationId}`)).body));
    const dataDir = path.join(tmp, 'worker');
    const open = (views: { state: string }[]) => views.filter((m) => !TERMINAL.includes(m.state)).length;
    for (;;) {
      worker = await startWorker(options.databaseUrl, dataDir, log);
      workerStarts += 1;
      if (kills >= options.kills) break;
      // The kills are spread over the work that is left, not over a fixed time: on a fast machine the whole
      // batch may take a second or two, and a kill after it would test only a restart.
      const share = Math.max(1, open(await states())) / ids.length;
      await sleep(50 + Math.random() * 600 * share);
      await kill(worker);
      kills += 1;
      const now = await states();
      if (open(now) > 0) killsMidWork += 1;
      log(`kill -9 #${kills}: ${now.filter((m) => m.state === 'Verified').length}/${ids.length} Verified`);
    }
    const deadline = Date.now() + (options.timeoutMs ?? 180_000);
    let final = await states();
    while (open(final) > 0) {
      if (Date.now() > deadline) throw new Error(`not finished in time: ${JSON.stringify(final.map((m) => m.state))}`);
      await sleep(250);
      final = await states();
    }

    const problems: string[] = [];
    for (const [i, m] of ids.entries()) {
      const view = final[i];
      if (view.state !== 'Verified') problems.push(`${m.relative}: ${view.state} ${JSON.stringify(view.error)}`);
      const copies = (await api.get(`/v1/datasets/${m.datasetId}/distributions`)).body.items.filter(
        (d: { tierId: string }) => d.tierId === targetTierId,
      );
      if (copies.length !== 1) problems.push(`${m.relative}: ${copies.length} distributions on the target tier`);
      for (const copy of copies) {
        const { rows } = await db.query(
          `SELECT data->>'outcome' AS outcome FROM events WHERE stream_id = $1 AND type = 'DistributionAttested'`,
          [copy.distributionId],
        );
        const matches = rows.filter((r) => r.outcome === 'Match').length;
        if (matches !== 1 || copy.status !== 'Verified') {
          problems.push(`${m.relative}: ${matches} Match attestations, status ${copy.status}`);
        }
      }
      const source = path.join(sourceRoot, m.relative);
      const target = path.join(targetRoot, m.relative);
      const same = m.tree
        ? fs.existsSync(target) && treeDigest(source).value === treeDigest(target).value
        : fs.existsSync(target) && sha256(fs.readFileSync(source)) === sha256(fs.readFileSync(target));
      if (!same) problems.push(`${m.relative}: the target bytes differ from the source`);
    }
    const temps = leftovers(targetRoot);
    if (temps.length > 0) problems.push(`temp files left: ${temps.join(', ')}`);
    if (problems.length > 0) throw new Error(`chaos found problems:\n  ${problems.join('\n  ')}`);
    return { materializations: ids.length, kills, killsMidWork, workerStarts, seconds: (Date.now() - started) / 1000 };
  } finally {
    if (worker) await kill(worker);
    await db.end().catch(() => undefined);
    await app.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20);
  const kills = Number(process.argv[3] ?? 8);
  const say = (m: string) => process.stdout.write(`[chaos] ${m}\n`);
  let databaseUrl = process.env.DATABASE_URL;
  let stopPostgres: (() => Promise<void>) | undefined;
  const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-chaos-pg-'));
  fs.chmodSync(pgDir, 0o755);
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({
      databaseDir: path.join(pgDir, 'pg'),
      port: await freePort(),
      database: 'chaos',
    });
    databaseUrl = pg.url;
    stopPostgres = () => pg.stop();
  }
  try {
    const report = await runMaterializeChaos({ databaseUrl, count, kills, maxBytes: 48 * MiB, log: say });
    say(
      `OK: ${report.materializations} materializations Verified (one Distribution, one Match attestation each, ` +
        `byte-identical, no temp files) through ${report.kills} kill -9s ` +
        `(${report.killsMidWork} with work still open) and ${report.workerStarts} worker starts ` +
        `in ${report.seconds.toFixed(1)} s`,
    );
  } finally {
    await stopPostgres?.();
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
