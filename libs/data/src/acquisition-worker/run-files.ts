import { createHash } from 'node:crypto';
import { ExpectedFile, RunManifest } from '../aggregates/acquisition/acquisition.events';
import { RunScannerThread } from './run-scanner-thread';

/** The sentinel an instrument writes when a run without a list of expected files is complete. */
export const COMPLETE_SENTINEL = '.complete';

export interface RunFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeNs: bigint;
}

export interface RunScan {
  /** False when the run's folder does not exist (yet). */
  readonly exists: boolean;
  readonly files: readonly RunFile[];
}

const scanner = new RunScannerThread();

/**
 * Every regular file under the run's folder (links not followed), with size and mtime, sorted by path; scanned in
 * a worker thread (run-scanner-thread), so a run of 10,000 files costs the event loop one message, not 10,000
 * thread-pool round trips.
 */
export async function scanRun(dir: string): Promise<RunScan> {
  return scanner.scan(dir);
}

/** Complete: every expected file present at its size, or (without a list) the sentinel is there. */
export function isComplete(scan: RunScan, expected: readonly ExpectedFile[] | null): boolean {
  if (!scan.exists) return false;
  const byPath = new Map(scan.files.map((f) => [f.path, f.size]));
  if (byPath.has(COMPLETE_SENTINEL)) return true;
  if (expected === null || expected.length === 0) return false;
  return expected.every((e) => byPath.get(e.path) === e.size);
}

/** The run's files (the sentinel left out of the counts) and a digest of every path, size and mtime. */
export function manifestOf(scan: RunScan): RunManifest {
  const hash = createHash('sha256');
  let files = 0;
  let bytes = 0;
  for (const f of scan.files) {
    hash.update(`${f.path}\0${f.size}\0${f.mtimeNs}\n`);
    if (f.path === COMPLETE_SENTINEL) continue;
    files += 1;
    bytes += f.size;
  }
  return { files, bytes, digest: hash.digest('hex') };
}
