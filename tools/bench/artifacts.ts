/**
 * `npm run bench -- artifacts`: a deposit and a fetch of one large file (1 GiB) through the real API over HTTP,
 * against the same work done by the operating system's own tools on the same disk in the same run:
 *
 *  - deposit (multipart POST /v1/artifacts into the default durable file store, which fsyncs) against
 *    `dd if=<source> of=<file> bs=4M conv=fsync`;
 *  - fetch (GET /v1/artifacts?uri=, the bytes dropped by the client) against `cat <stored blob> > /dev/null`,
 *    both cold (the blob evicted from the page cache first, with `dd iflag=nocache count=0`, i.e.
 *    posix_fadvise(DONTNEED)) and hot (the blob cached);
 *  - the HTTP client is curl (`curl -F file=@<source>` and `curl -o /dev/null`), as an operator would use; without
 *    curl on the PATH (or with BENCH_CLIENT=node) it is Node's http module in this process;
 *  - the API's peak RSS growth during the deposit: the API runs as a child process; its VmHWM is reset
 *    (`/proc/<pid>/clear_refs` ← 5) just before the deposit and VmRSS sampled every 20 ms; growth is the peak
 *    minus VmRSS before.
 *
 * Ratios are throughput of the API over throughput of the tool (≥ 1 means the API is as fast). Each round runs
 * both sides; the order alternates between rounds. `sync` runs before every measured write.
 *
 * Env: BENCH_ARTIFACT_BYTES (default 1 GiB), BENCH_ROUNDS (default 2), DATABASE_URL (else a throwaway embedded
 * PostgreSQL), BENCH_DIR (where the source, the dd output and the API's data go; default the OS temp dir),
 * BENCH_CLIENT (curl or node).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@custody/platform';
import { freePort } from '@custody/platform/testing';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const BOUNDARY = 'custody-bench-boundary-5b1e';

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** Runs a command to its end; resolves with the elapsed milliseconds and its stdout, rejects on a non-zero exit. */
function run2(command: string, args: readonly string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}${stdout}`));
    });
  });
}

const timed = async (command: string, args: readonly string[]): Promise<number> => (await run2(command, args)).ms;

async function hasCurl(): Promise<boolean> {
  return run2('curl', ['--version']).then(
    () => true,
    () => false,
  );
}

async function curlDeposit(port: number, token: string, file: string): Promise<DepositResult> {
  const { ms, stdout } = await run2('curl', [
    '-sS',
    '--fail-with-body',
    '-H',
    `authorization: Bearer ${token}`,
    '-F',
    `file=@${file};type=application/octet-stream`,
    `http://127.0.0.1:${port}/v1/artifacts`,
  ]);
  return { ms, ...(JSON.parse(stdout) as Omit<DepositResult, 'ms'>) };
}

async function curlFetch(port: number, token: string, uri: string): Promise<{ ms: number; bytes: number }> {
  const { ms, stdout } = await run2('curl', [
    '-sS',
    '--fail',
    '-o',
    '/dev/null',
    '-w',
    '%{size_download}',
    '-H',
    `authorization: Bearer ${token}`,
    `http://127.0.0.1:${port}/v1/artifacts?uri=${encodeURIComponent(uri)}`,
  ]);
  return { ms, bytes: Number(stdout) };
}

const sync = () => timed('sync', []);
/** posix_fadvise(POSIX_FADV_DONTNEED) over the whole file: its pages leave the page cache. */
const evict = (file: string) => timed('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);

function status(pid: number): { rss: number; hwm: number } {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

async function writeSource(file: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    const buffer = Buffer.allocUnsafe(4 * MiB);
    for (let written = 0; written < size;) {
      const n = Math.min(buffer.length, size - written);
      randomFillSync(buffer, 0, n);
      hash.update(buffer.subarray(0, n));
      for (let off = 0; off < n;) off += fs.writeSync(fd, buffer, off, n - off);
      written += n;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

async function startApi(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', './tools/register.js', 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${stderr}`);
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/health/ready`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ready) return child;
    if (Date.now() > deadline) throw new Error(`the API did not become ready:\n${stderr}`);
    await sleep(200);
  }
}

interface DepositResult {
  readonly ms: number;
  readonly artifactUri: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** Streams the source file as the one part of a multipart POST (a known Content-Length, no chunking). */
function depositFile(port: number, token: string, file: string, size: number): Promise<DepositResult> {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/artifacts',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': head.length + size + tail.length,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - started;
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 201) reject(new Error(`deposit answered ${res.statusCode}: ${text}`));
        else resolve({ ms, ...(JSON.parse(text) as Omit<DepositResult, 'ms'>) });
      });
    });
    req.write(head);
    const source = fs.createReadStream(file, { highWaterMark: 4 * MiB });
    source.on('error', reject);
    source.pipe(req, { end: false });
    source.on('end', () => req.end(tail));
  });
}

/** GETs the artifact and drops its bytes; resolves with the elapsed ms, the byte count and (if asked) SHA-256. */
function fetchArtifact(
  port: number,
  token: string,
  uri: string,
  hash = false,
): Promise<{ ms: number; bytes: number; sha256?: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const digest = hash ? createHash('sha256') : undefined;
    http
      .get(
        {
          host: '127.0.0.1',
          port,
          path: `/v1/artifacts?uri=${encodeURIComponent(uri)}`,
          agent: false,
          headers: { authorization: `Bearer ${token}` },
        },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`fetch answered ${res.statusCode}`));
          let bytes = 0;
          res.on('data', (c: Buffer) => {
            bytes += c.length;
            digest?.update(c);
          });
          res.on('end', () =>
            resolve({ ms: performance.now() - started, bytes, ...(digest ? { sha256: digest.digest('hex') } : {}) }),
          );
          res.on('error', reject);
        },
      )
      .on('error', reject);
  });
}

const mbps = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);
const fmt = (n: number, digits = 2) => n.toFixed(digits);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`artifacts takes no arguments (got ${args.join(' ')}); see the env variables`);
  const size = positiveInt('BENCH_ARTIFACT_BYTES', GiB);
  const rounds = positiveInt('BENCH_ROUNDS', 2);
  const say = (m: string) => process.stdout.write(`${m}\n`);

  const tmp = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'custody-bench-artifacts-'));
  fs.chmodSync(tmp, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('exit', removeTmp);

  let postgres: EmbeddedPostgresHandle | undefined;
  let api: ChildProcess | undefined;
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const chatter: string[] = [];
      postgres = await startEmbeddedPostgres({
        databaseDir: path.join(tmp, 'pg'),
        port: await freePort(),
        database: 'bench',
        log: (m) => m && chatter.push(m),
      }).catch((error: unknown) => {
        process.stderr.write(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}\n`);
        throw error;
      });
      databaseUrl = postgres.url;
    }
    const port = await freePort();
    const dataDir = path.join(tmp, 'data');
    api = await startApi({
      DATABASE_URL: databaseUrl,
      CUSTODY_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
      CUSTODY_MAX_ARTIFACT_BYTES: String(2 * size),
      CUSTODY_LOG_LEVEL: 'warn',
    });
    const pid = api.pid!;
    const principal = await fetch(`http://127.0.0.1:${port}/v1/principals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench-worker', roles: ['worker'] }),
    });
    const { token } = (await principal.json()) as { token: string };

    const source = path.join(tmp, 'source.bin');
    say(`Writing a ${fmt(size / MiB, 0)} MiB source file of random bytes in ${tmp}`);
    const sourceSha = await writeSource(source, size);
    const client = process.env.BENCH_CLIENT ?? ((await hasCurl()) ? 'curl' : 'node');
    if (client !== 'curl' && client !== 'node') throw new Error(`BENCH_CLIENT must be curl or node, got ${client}`);
    const deposit = () =>
      client === 'curl' ? curlDeposit(port, token, source) : depositFile(port, token, source, size);
    const fetchOnce = (uri: string) =>
      client === 'curl' ? curlFetch(port, token, uri) : fetchArtifact(port, token, uri);
    say(
      `artifacts: ${fmt(size / MiB, 0)} MiB, ${rounds} rounds (order alternates), client ${client}; API pid ${pid} ` +
        `(file store in ${dataDir}); ${os.cpus().length} CPUs, Node ${process.version}`,
    );

    const deposits: number[] = [];
    const dds: number[] = [];
    const cold = { fetch: [] as number[], cat: [] as number[] };
    const hot = { fetch: [] as number[], cat: [] as number[] };
    const growth: { peak: number; before: number; hwm: number }[] = [];
    let lastUri = '';

    for (let round = 1; round <= rounds; round++) {
      const ddOut = path.join(tmp, `dd-${round}.bin`);
      const measureDd = async () => {
        await sync();
        const ms = await timed('dd', [`if=${source}`, `of=${ddOut}`, 'bs=4M', 'conv=fsync', 'status=none']);
        dds.push(ms);
        say(`  round ${round}: dd conv=fsync   ${fmt(ms / 1000)} s  ${fmt(mbps(size, ms), 0)} MiB/s`);
        fs.rmSync(ddOut, { force: true });
      };
      const measureDeposit = async () => {
        await sync();
        const before = status(pid).rss;
        let clearable = true;
        try {
          fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
        } catch {
          clearable = false;
        }
        let peak = before;
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            peak = Math.max(peak, status(pid).rss);
            await sleep(20);
          }
        })();
        const result = await deposit().finally(() => (sampling = false));
        await sampler;
        const after = status(pid);
        const hwm = clearable ? after.hwm : peak;
        peak = Math.max(peak, hwm);
        growth.push({ peak: peak - before, before, hwm });
        if (result.sha256 !== sourceSha || result.sizeBytes !== size) {
          throw new Error(`the deposit recorded ${result.sizeBytes} bytes with SHA-256 ${result.sha256}`);
        }
        deposits.push(result.ms);
        lastUri = result.artifactUri;
        say(
          `  round ${round}: deposit          ${fmt(result.ms / 1000)} s  ${fmt(mbps(size, result.ms), 0)} MiB/s` +
            `   RSS before ${fmt(before / MiB, 0)} MiB, peak growth ${fmt((peak - before) / MiB, 1)} MiB`,
        );
      };
      if (round % 2 === 1) {
        await measureDd();
        await measureDeposit();
      } else {
        await measureDeposit();
        await measureDd();
      }

      const id = lastUri.slice('custody://artifacts/'.length);
      const blob = path.join(dataDir, 'artifacts', id.slice(0, 2), id);
      const measureCat = async (kind: 'cold' | 'hot') => {
        if (kind === 'cold') await evict(blob);
        const ms = await timed('sh', ['-c', `cat "${blob}" > /dev/null`]);
        (kind === 'cold' ? cold : hot).cat.push(ms);
        say(`  round ${round}: cat (${kind})       ${fmt(ms / 1000)} s  ${fmt(mbps(size, ms), 0)} MiB/s`);
      };
      const measureFetch = async (kind: 'cold' | 'hot') => {
        if (kind === 'cold') await evict(blob);
        const { ms, bytes } = await fetchOnce(lastUri);
        if (bytes !== size) throw new Error(`the fetch gave ${bytes} bytes, not ${size}`);
        (kind === 'cold' ? cold : hot).fetch.push(ms);
        say(`  round ${round}: fetch (${kind})     ${fmt(ms / 1000)} s  ${fmt(mbps(size, ms), 0)} MiB/s`);
      };
      for (const kind of ['cold', 'hot'] as const) {
        if (round % 2 === 1) {
          await measureCat(kind);
          await measureFetch(kind);
        } else {
          await measureFetch(kind);
          await measureCat(kind);
        }
      }
    }

    const verify = await fetchArtifact(port, token, lastUri, true);
    if (verify.sha256 !== sourceSha) throw new Error('the fetched bytes differ from the deposited ones');

    const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const line = (label: string, api: readonly number[], tool: readonly number[], toolLabel: string) => [
      label,
      `${fmt(mbps(size * api.length, total(api)), 0)} MiB/s`,
      toolLabel,
      `${fmt(mbps(size * tool.length, total(tool)), 0)} MiB/s`,
      fmt(total(tool) / tool.length / (total(api) / api.length)),
    ];
    const worst = growth.reduce((a, b) => (b.peak > a.peak ? b : a));
    say('');
    say(
      table([
        ['operation (API over HTTP)', 'API', 'baseline', 'baseline speed', 'API/baseline'],
        line('deposit 1 GiB (multipart, fsync)', deposits, dds, 'dd bs=4M conv=fsync'),
        line('fetch, blob not cached', cold.fetch, cold.cat, 'cat > /dev/null (not cached)'),
        line('fetch, blob cached', hot.fetch, hot.cat, 'cat > /dev/null (cached)'),
      ]),
    );
    say(
      `\nAPI peak RSS growth during a deposit: ${fmt(worst.peak / MiB, 1)} MiB (worst of ${growth.length}; ` +
        `VmRSS before ${fmt(worst.before / MiB, 0)} MiB, VmHWM during ${fmt(worst.hwm / MiB, 0)} MiB); ` +
        `the fetched bytes matched the source's SHA-256.`,
    );
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api!.once('exit', resolve));
    }
    await postgres?.stop().catch(() => undefined);
    removeTmp();
    process.removeListener('exit', removeTmp);
  }
}
