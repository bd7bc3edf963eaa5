/**
 * `npm run bench -- transfer-adapter`: the local TransferPort alone (begin → Succeeded, with its sha256 /
 * sha256-tree and its fsyncs) against the same work done by hand in the same run: `cp -r`, then `sync` (the copy
 * durable), then `openssl dgst -sha256` of every copied file. Two shapes: one large file (default 1 GiB) and many
 * small ones (default 10,000 of 100 KiB). Each side copies into a fresh folder; the source is read once first so
 * both start from a warm page cache. The adapter runs in a child process that reports its peak RSS growth.
 * (The materialization bench, `npm run bench -- transfer`, times the whole job on top of this.)
 *
 * Env: BENCH_TRANSFER_MIB (1024), BENCH_TRANSFER_FILES (10000), BENCH_TRANSFER_FILE_KIB (100), BENCH_DURABILITY
 * (syncfs, the default, or fsync), BENCH_PARALLEL (files copied at once, 8), BENCH_SMALL_FILES (auto, the
 * default, thread or event-loop: where a tree's small files are copied).
 */
import { execFile, spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { LocalTransferPort } from '../../libs/operation/src/transfer/local/local-transfer-port';
import { TransferChecksum } from '../../libs/operation/src/transfer/transfer.port';
import { isTerminal } from '../../libs/operation/src/transfer/transfer-progress';

const exec = promisify(execFile);
const MiB = 1024 * 1024;

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

async function writeRandom(file: string, bytes: number): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  try {
    const chunk = Buffer.allocUnsafe(Math.min(16 * MiB, Math.max(bytes, 1)));
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

/** Runs in the child: one local transfer, then its time and peak RSS growth on stdout as JSON. */
async function child(root: string, from: string, to: string, kind: 'file' | 'tree'): Promise<void> {
  const before = process.memoryUsage().rss;
  const port = new LocalTransferPort({
    stateDir: path.join(root, 'state'),
    parallelFiles: process.env.BENCH_PARALLEL ? Number(process.env.BENCH_PARALLEL) : undefined,
    durability: process.env.BENCH_DURABILITY === 'fsync' ? 'fsync' : 'syncfs',
    smallFiles: (['thread', 'event-loop'] as const).find((where) => where === process.env.BENCH_SMALL_FILES) ?? 'auto',
  });
  const started = performance.now();
  const location = (p: string) => ({
    tierId: p,
    accessProtocol: 'file' as const,
    rootUri: pathToFileURL(root).href,
    path: p,
  });
  // The expected checksum is not known here (that is the adapter's to measure): a mismatch is the expected end.
  const expected: TransferChecksum = { algorithm: kind === 'file' ? 'sha256' : 'sha256-tree', value: '0', byteSize: 0 };
  const handle = await port.begin({
    idempotencyKey: `bench-${kind}`,
    source: location(from),
    target: location(to),
    kind,
    expected,
  });
  let progress = await port.observe(handle);
  while (!isTerminal(progress.state)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    progress = await port.observe(handle);
  }
  const ms = performance.now() - started;
  if (progress.failure?.code !== 'TargetCopyMismatch' || progress.filesFailed > 0) {
    throw new Error(`the copy did not finish: ${JSON.stringify(progress)}`);
  }
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - before;
  process.stdout.write(JSON.stringify({ ms, peakGrowth, files: progress.filesMoved, observed: progress.observed }));
}

async function adapter(root: string, from: string, to: string, kind: 'file' | 'tree') {
  const out = await new Promise<string>((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '-r',
        path.join(__dirname, '..', 'register.js'),
        path.join(__dirname, 'run.ts'),
        'transfer-adapter',
        '--child',
        root,
        from,
        to,
        kind,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let text = '';
    proc.stdout.on('data', (c: Buffer) => (text += c.toString()));
    proc.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited ${code}`))));
  });
  return JSON.parse(out) as { ms: number; peakGrowth: number; files: number };
}

async function byHand(root: string, from: string, to: string): Promise<number> {
  const started = performance.now();
  await exec('cp', ['-r', path.join(root, from), path.join(root, to)]);
  await exec('sync');
  await exec('sh', ['-c', 'find "$1" -type f -exec openssl dgst -sha256 {} + > /dev/null', 'sh', path.join(root, to)], {
    maxBuffer: 64 * MiB,
  });
  return performance.now() - started;
}

export async function run(args: readonly string[]): Promise<void> {
  if (args[0] === '--child') return child(args[1], args[2], args[3], args[4] as 'file' | 'tree');
  if (args.length > 0) throw new Error('transfer-adapter takes no arguments; use BENCH_TRANSFER_* variables');
  const mib = positiveInt('BENCH_TRANSFER_MIB', 1024);
  const count = positiveInt('BENCH_TRANSFER_FILES', 10_000);
  const kib = positiveInt('BENCH_TRANSFER_FILE_KIB', 100);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-transfer-'));
  const cleanup = () => fs.rmSync(root, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    fs.mkdirSync(path.join(root, 'src-file'));
    await writeRandom(path.join(root, 'src-file', 'big.bin'), mib * MiB);
    fs.mkdirSync(path.join(root, 'src-tree'));
    for (let i = 0; i < count; i++) {
      const dir = path.join(root, 'src-tree', `d${Math.floor(i / 1000)}`);
      if (i % 1000 === 0) fs.mkdirSync(dir);
      await writeRandom(path.join(dir, `f${i}.bin`), kib * 1024);
    }
    await exec('sync');
    await exec('sh', ['-c', 'cat $(find "$1" -type f) > /dev/null', 'sh', root], { maxBuffer: MiB });
    const rows: string[][] = [['shape', 'by hand (cp, sync, openssl)', 'local adapter', 'ratio', 'peak RSS growth']];
    for (const [shape, kind, from] of [
      [`1 file of ${mib} MiB`, 'file', 'src-file/big.bin'],
      [`${count} files of ${kib} KiB`, 'tree', 'src-tree'],
    ] as const) {
      const hand = await byHand(root, from, `hand-${kind}`);
      const ours = await adapter(root, from, `ours-${kind}`, kind);
      rows.push([
        shape,
        `${(hand / 1000).toFixed(2)} s`,
        `${(ours.ms / 1000).toFixed(2)} s`,
        `${(ours.ms / hand).toFixed(2)} ×`,
        `${(ours.peakGrowth / MiB).toFixed(1)} MiB`,
      ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    console.log(rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('   ')).join('\n'));
    console.log(
      `ratio = adapter time / by-hand time (≤ 1.1 is the target); durability: ${process.env.BENCH_DURABILITY === 'fsync' ? 'fsync per file, in parallel' : 'one syncfs per group of files'}, then each directory fsynced once`,
    );
  } finally {
    cleanup();
  }
}
