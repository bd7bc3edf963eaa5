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

/** Every regular file under the run's folder (links not followed), with size and mtime, sorted by path. */
export async function scanRun(dir: string): Promise<RunScan> {
  const files: RunFile[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(abs, { withFileTypes: true });
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(childAbs, childRel);
      else if (entry.isFile()) {
        const stat = await fs.lstat(childAbs, { bigint: true });
        files.push({ path: childRel, size: Number(stat.size), mtimeNs: stat.mtimeNs });
      }
    }
  };
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return { exists: false, files: [] };
    await walk(dir, '');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { exists: false, files: [] };
    throw error;
  }
  files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return { exists: true, files };
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
