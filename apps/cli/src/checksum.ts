import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LocalChecksum {
  readonly algorithm: 'sha256' | 'sha256-tree';
  readonly value: string;
  readonly byteSize: number;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 * 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under `root` as a `/`-separated relative path (symlinks are not followed). */
export function regularFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), childRel);
      else if (entry.isFile()) out.push(childRel);
    }
  };
  walk(root, '');
  return out;
}

/**
 * What custody records for a file (sha256) or a directory (sha256-tree: the sha256 of the lines
 * `<sha256>  <relative path>\n` of its regular files sorted by path bytewise; byteSize the sum of their sizes).
 */
export async function localChecksum(target: string, onFile?: (done: number, total: number) => void) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return { algorithm: 'sha256', value: await sha256File(target), byteSize: stat.size } as const;
  const files = regularFiles(target).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const tree = createHash('sha256');
  let byteSize = 0;
  for (const [i, rel] of files.entries()) {
    const file = path.join(target, ...rel.split('/'));
    byteSize += fs.statSync(file).size;
    tree.update(`${await sha256File(file)}  ${rel}\n`);
    onFile?.(i + 1, files.length);
  }
  return { algorithm: 'sha256-tree', value: tree.digest('hex'), byteSize } as LocalChecksum;
}

export { sha256File };
