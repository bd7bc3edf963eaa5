import { createHash } from 'node:crypto';
import { TransferChecksum } from './transfer.port';

const TWO_SPACES = Buffer.from('  ');
const NEWLINE = Buffer.from('\n');

/**
 * The `sha256-tree` of a directory, the rule the data context's file verifier measures by: for every regular file
 * under it, the line `<sha256 hex>  <path relative to the directory, / separated>\n`; lines sorted by path
 * bytewise; the sha256 of their concatenation. byteSize is the sum of the file sizes. Files may be added in any
 * order (a copy finishes them out of order).
 */
export class TreeDigest {
  private readonly lines: { path: Buffer; hex: string }[] = [];
  private bytes = 0;

  add(relativePath: string | Buffer, sha256Hex: string, byteSize: number): void {
    this.lines.push({
      path: typeof relativePath === 'string' ? Buffer.from(relativePath) : relativePath,
      hex: sha256Hex,
    });
    this.bytes += byteSize;
  }

  digest(): TransferChecksum {
    const sorted = [...this.lines].sort((a, b) => Buffer.compare(a.path, b.path));
    const hash = createHash('sha256');
    for (const line of sorted) hash.update(Buffer.concat([Buffer.from(line.hex), TWO_SPACES, line.path, NEWLINE]));
    return { algorithm: 'sha256-tree', value: hash.digest('hex'), byteSize: this.bytes };
  }
}

/** The checksum a copy is measured by: one file's sha256, or the tree rule over many. */
export function checksumOf(
  kind: 'file' | 'tree',
  files: readonly { path: string | Buffer; sha256: string; size: number }[],
): TransferChecksum {
  if (kind === 'file') {
    const [only] = files;
    return { algorithm: 'sha256', value: only.sha256, byteSize: only.size };
  }
  const tree = new TreeDigest();
  for (const file of files) tree.add(file.path, file.sha256, file.size);
  return tree.digest();
}

export function sameChecksum(a: TransferChecksum, b: TransferChecksum): boolean {
  return a.algorithm === b.algorithm && a.value.toLowerCase() === b.value.toLowerCase() && a.byteSize === b.byteSize;
}

export function sha256Hex(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The stable id of the transfer an idempotency key names, per adapter. */
export function transferIdOf(adapter: string, idempotencyKey: string): string {
  return `${adapter}-${sha256Hex(`${adapter}\n${idempotencyKey}`).slice(0, 32)}`;
}
