/**
 * `npm run bench -- checksum`: the `file` ChecksumVerifier (the adapter the server attests with, through its
 * `measure`, realpath checks included) against `sha256sum` on the same file in the same run.
 *
 * Writes a file of random bytes (default 1 GiB) in a temporary directory, reads it once to warm the page cache
 * (both sides then read from memory, so the figures compare the hashing paths, not the disk), then runs both
 * BENCH_ROUNDS times (default 3), alternating which goes first, checks that they agree on the digest, and
 * prints the median times, the throughputs and their ratio (verifier throughput / sha256sum throughput; 1.0 =
 * as fast). The temporary directory is removed at the end, also on Ctrl-C.
 *
 * Env: BENCH_CHECKSUM_MIB file size in MiB (default 1024), BENCH_ROUNDS (default 3).
 */
import { execFile } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { FileChecksumVerifier } from '../../libs/data/src/adapters/checksum/file-checksum-verifier';

const run$ = promisify(execFile);
const MiB = 1024 * 1024;

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function writeRandomFile(file: string, bytes: number): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  try {
    const chunk = Buffer.allocUnsafe(16 * MiB);
    for (let written = 0; written < bytes;) {
      const n = Math.min(chunk.length, bytes - written);
      randomFillSync(chunk, 0, n);
      await handle.write(chunk, 0, n);
      written += n;
    }
  } finally {
    await handle.close();
  }
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`checksum takes no arguments (got ${args.join(' ')}); use BENCH_CHECKSUM_MIB`);
  const mib = positiveInt('BENCH_CHECKSUM_MIB', 1024);
  const rounds = positiveInt('BENCH_ROUNDS', 3);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-checksum-'));
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('exit', removeTmp);
  const onSignal = (signal: NodeJS.Signals) => {
    removeTmp();
    process.exit(128 + os.constants.signals[signal]);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const file = path.join(tmp, 'dataset.bin');
    say(
      `checksum: ${mib} MiB of random bytes in ${tmp}; ${rounds} rounds; ${os.cpus().length} CPUs, Node ${process.version}`,
    );
    await writeRandomFile(file, mib * MiB);
    const verifier = new FileChecksumVerifier({ idleTimeoutMs: 60_000 });
    const target = {
      accessProtocol: 'file' as const,
      rootUri: `file://${tmp}`,
      uri: 'dataset.bin',
      algorithm: 'sha256' as const,
    };
    const viaVerifier = async () => {
      const m = await verifier.measure(target);
      if (m.kind !== 'observed') throw new Error(`the verifier could not read the file: ${m.detail}`);
      if (m.observed.byteSize !== mib * MiB) throw new Error(`the verifier read ${m.observed.byteSize} bytes`);
      return m.observed.value;
    };
    const viaSha256sum = async () => (await run$('sha256sum', [file])).stdout.split(' ')[0];
    await viaVerifier(); // warms the page cache
    const times = { verifier: [] as number[], sha256sum: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['sha256sum', 'verifier'] as const) : (['verifier', 'sha256sum'] as const);
      const digests: string[] = [];
      for (const name of order) {
        const started = performance.now();
        digests.push(await (name === 'verifier' ? viaVerifier() : viaSha256sum()));
        const seconds = (performance.now() - started) / 1000;
        times[name].push(seconds);
        say(`  round ${round + 1}, ${name}: ${seconds.toFixed(2)} s`);
      }
      if (digests[0] !== digests[1]) throw new Error(`the digests differ: ${digests.join(' vs ')}`);
    }
    const throughput = (seconds: number) => mib / seconds;
    const v = median(times.verifier);
    const s = median(times.sha256sum);
    say('');
    say(
      table([
        ['path', 'median s', 'MiB/s'],
        ['file verifier (4 MiB double-buffered reads)', v.toFixed(2), throughput(v).toFixed(0)],
        ['sha256sum', s.toFixed(2), throughput(s).toFixed(0)],
      ]),
    );
    say(
      `ratio (verifier throughput / sha256sum throughput): ${(throughput(v) / throughput(s)).toFixed(2)} (target ≥ 0.90)`,
    );
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    removeTmp();
    process.removeListener('exit', removeTmp);
  }
}
