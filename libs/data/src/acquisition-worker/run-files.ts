import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ExpectedFile, RunManifest } from '../aggregates/acquisition/acquisition.events';

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

/** lstat calls in flight at once: a run of 10,000 small files stats in a fraction of the time of one by one. */
const PARALLEL_STATS = 32;

/** Every regular file under the run's folder (links not followed), with size and mtime, sorted by path. */
export async function scanRun(dir: string): Promise<RunScan> {
  const found: { abs: string; rel: string }[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(abs, { withFileTypes: true });
    const subdirectories: Promise<void>[] = [];
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) subdirectories.push(walk(childAbs, childRel));
      else if (entry.isFile()) found.push({ abs: childAbs, rel: childRel });
    }
    await Promise.all(subdirectories);
  };
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return { exists: false, files: [] };
    await walk(dir, '');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { exists: false, files: [] };
    throw error;
  }
  const files = new Array<RunFile | null>(found.length);
  let next = 0;
  const stat = async () => {
    while (next < found.length) {
      const i = next++;
      try {
        const s = await fs.lstat(found[i].abs, { bigint: true });
        // Replaced by something else since the listing (a rename over it): only regular files count.
        files[i] = s.isFile() ? { path: found[i].rel, size: Number(s.size), mtimeNs: s.mtimeNs } : null;
      } catch (error) {
        // Removed since the listing: the run simply does not hold it (the digest changes).
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
        files[i] = null;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_STATS, found.length) }, stat));
  const present = files.filter((f): f is RunFile => f !== null);
  present.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return { exists: true, files: present };
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
