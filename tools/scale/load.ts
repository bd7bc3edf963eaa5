import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file of a generated dataset or run. */
export interface GeneratedFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface GeneratedTree {
  readonly files: readonly GeneratedFile[];
  readonly byteSize: number;
  /** sha256-tree per API.md: sha256 over the sorted `<hex>  <path>\n` lines. */
  readonly treeDigest: string;
}

/** Small random integers from a seeded generator, so a run's load can be reproduced from its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Log-uniform: most files small, a few near the top, as detector runs often look. */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
}

export function treeDigestOf(files: readonly { path: string; sha256: string }[]): string {
  const lines = [...files]
    .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
  return createHash('sha256').update(lines).digest('hex');
}

/** The plan of a tree: 1–50 files of 1 KiB–1 MiB (the sizes, before any byte is written). */
export function planTree(random: Random): { path: string; size: number }[] {
  const count = random.int(1, 50);
  return Array.from({ length: count }, (_, i) => ({
    path: i % 7 === 6 ? `sub/f${String(i).padStart(3, '0')}.bin` : `f${String(i).padStart(3, '0')}.bin`,
    size: random.logInt(1024, 1024 * 1024),
  }));
}

/** Writes the planned files under `dir` with random bytes and answers their digests. */
export function writeTree(dir: string, plan: readonly { path: string; size: number }[]): GeneratedTree {
  const files: GeneratedFile[] = [];
  for (const f of plan) {
    const full = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const bytes = randomBytes(f.size);
    fs.writeFileSync(full, bytes);
    files.push({ path: f.path, size: f.size, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return { files, byteSize: files.reduce((s, f) => s + f.size, 0), treeDigest: treeDigestOf(files) };
}

/** Reads a tree back from disk (regular files only, as sha256-tree defines it). */
export function digestTreeOnDisk(root: string): { treeDigest: string; byteSize: number } | null {
  if (!fs.existsSync(root)) return null;
  const files: { path: string; sha256: string; size: number }[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), r);
      else if (entry.isFile()) {
        const bytes = fs.readFileSync(path.join(dir, entry.name));
        files.push({ path: r, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      }
    }
  };
  walk(root, '');
  return { treeDigest: treeDigestOf(files), byteSize: files.reduce((s, f) => s + f.size, 0) };
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} → ${status} ${JSON.stringify(body)}`);
  }
}

/**
 * The harness's REST client over several API instances. A creating POST carries an Idempotency-Key and is retried
 * with the same key (on the next instance) while an instance is down or answers 5xx/429: the server's key settles
 * in the command's transaction, so a retry after a lost answer can never create a second resource.
 */
export class FacilityClient {
  requests = 0;
  retries = 0;
  /** 500s seen (a 500 is always a bug; 502–504 while an instance or the database restarts are not). */
  internalErrors: string[] = [];
  constructor(
    private readonly baseUrls: readonly string[],
    private readonly token: string,
    private readonly giveUpAfterMs = 180_000,
  ) {}

  async call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    route: string,
    body?: unknown,
    options: { instance?: number; key?: string } = {},
  ): Promise<T> {
    const key = method === 'POST' ? (options.key ?? randomUUID()) : undefined;
    const deadline = Date.now() + this.giveUpAfterMs;
    let instance = options.instance ?? 0;
    for (let attempt = 0; ; attempt++) {
      const base = this.baseUrls[instance % this.baseUrls.length];
      this.requests++;
      let status = 0;
      let answer: unknown;
      try {
        const response = await fetch(`${base}${route}`, {
          method,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        status = response.status;
        const text = await response.text();
        answer = text ? JSON.parse(text) : undefined;
      } catch (error) {
        answer = String(error);
      }
      if (status >= 200 && status < 300) return answer as T;
      if (status === 500) this.internalErrors.push(`${method} ${route}: ${JSON.stringify(answer)}`);
      // IdempotencyKeyInProgress: an earlier attempt with this key holds its claim (until it answers, or goes stale).
      const inProgress =
        status === 409 && (answer as { code?: string } | undefined)?.code === 'IdempotencyKeyInProgress';
      const transient = status === 0 || status >= 500 || status === 429 || inProgress;
      if (!transient || Date.now() > deadline) throw new HttpProblem(status, answer, `${method} ${route}`);
      this.retries++;
      instance++;
      await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** Math.min(attempt, 4))));
    }
  }
}
