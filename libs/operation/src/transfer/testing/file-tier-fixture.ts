import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TierFixture } from '../transfer-port.contract';
import { TransferLocation } from '../transfer.port';

let tiers = 0;

/** A folder on this host as a tier for the TransferPort spec; `locate` says how the adapter names it. */
export function folderTier(
  dir: string,
  locate: (path: string) => TransferLocation = (p) => ({
    tierId: `tier-${path.basename(dir)}`,
    accessProtocol: 'file',
    rootUri: pathToFileURL(dir).href,
    path: p,
  }),
): TierFixture {
  const at = (p: string) => path.join(dir, ...p.split('/'));
  return {
    location: locate,
    write: async (p, content) => {
      await fs.mkdir(path.dirname(at(p)), { recursive: true });
      await fs.writeFile(at(p), content);
    },
    read: async (p) => {
      try {
        const stat = await fs.lstat(at(p));
        return stat.isFile() ? await fs.readFile(at(p)) : null;
      } catch {
        return null;
      }
    },
    list: async (p) => {
      const out: string[] = [];
      const visit = async (d: string, rel: string): Promise<void> => {
        let entries;
        try {
          entries = await fs.readdir(d, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          const r = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) await visit(path.join(d, e.name), r);
          else out.push(r);
        }
      };
      await visit(at(p), '');
      return out.sort();
    },
    fingerprint: async (p) => {
      try {
        const stat = await fs.stat(at(p), { bigint: true });
        return `${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
      } catch {
        return null;
      }
    },
  };
}

/** A fresh empty folder under the test's own temp directory. */
export async function newFolder(base: string): Promise<string> {
  const dir = path.join(base, `tier-${process.pid}-${++tiers}`);
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

export async function newBase(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}
