import { settle, isTerminal, progressOf } from '../transfer-progress';
import { checksumOf, sha256Hex, transferIdOf } from '../tree-digest';
import { TransferFailureCode, TransferHandle, TransferPort, TransferProgress, TransferRequest } from '../transfer.port';

/** One step a scripted transfer takes on an observe before (or instead of) moving bytes. */
export type MemoryStep =
  | { readonly kind: 'active' }
  | { readonly kind: 'suspend'; readonly detail?: string }
  | { readonly kind: 'fail'; readonly code: TransferFailureCode; readonly detail?: string }
  /** From now on, every other remaining file fails to arrive. */
  | { readonly kind: 'partial' };

interface MemoryTransfer {
  readonly handle: TransferHandle;
  readonly steps: MemoryStep[];
  progress: TransferProgress;
  /** Target paths still to move, in order; null until the source was listed. */
  remaining: string[] | null;
  readonly arrived: { path: string; sha256: string; size: number }[];
  firstFailure: { code: TransferFailureCode; detail: string } | null;
  failEveryOther: boolean;
}

const key = (rootUri: string, path: string) => `${rootUri}\n${path}`;

/**
 * The durable side of the in-memory adapter: tiers (root → path → bytes), endpoints that are down or refuse writes,
 * files that fail to arrive, scripts by idempotency key, and the transfers themselves. Several adapter instances
 * over one world behave like several processes over one real system.
 */
export class MemoryTransferWorld {
  readonly files = new Map<string, Map<string, Buffer>>();
  readonly unreachableRoots = new Set<string>();
  readonly deniedRoots = new Set<string>();
  readonly transfers = new Map<string, MemoryTransfer>();
  private readonly failing = new Set<string>();
  private readonly scripts = new Map<string, MemoryStep[]>();
  private readonly generations = new Map<string, number>();
  private writes = 0;

  /** What the transfer begun with this key does on its next observes, before it moves bytes. */
  script(idempotencyKey: string, steps: readonly MemoryStep[]): void {
    this.scripts.set(idempotencyKey, [...steps]);
  }

  takeScript(idempotencyKey: string): MemoryStep[] {
    const steps = this.scripts.get(idempotencyKey) ?? [];
    this.scripts.delete(idempotencyKey);
    return steps;
  }

  failFile(rootUri: string, path: string): void {
    this.failing.add(key(rootUri, path));
  }

  fails(rootUri: string, path: string): boolean {
    return this.failing.has(key(rootUri, path));
  }

  tier(rootUri: string): Map<string, Buffer> {
    let tier = this.files.get(rootUri);
    if (!tier) this.files.set(rootUri, (tier = new Map()));
    return tier;
  }

  write(rootUri: string, path: string, content: Buffer): void {
    this.tier(rootUri).set(path, Buffer.from(content));
    this.generations.set(key(rootUri, path), ++this.writes);
  }

  generation(rootUri: string, path: string): number | null {
    return this.generations.get(key(rootUri, path)) ?? null;
  }
}

export interface InMemoryTransferOptions {
  readonly world?: MemoryTransferWorld;
  /** Files moved per observe (a slow transfer moves one at a time). Default: all of them at once. */
  readonly filesPerObserve?: number;
}

/**
 * TransferPort for tests: a transfer advances only when observed, so a test (or the materialization job's test)
 * decides exactly when it suspends, fails, half-fails or finishes. Copies bytes between tiers of its world and
 * measures them with the same sha256 / sha256-tree rule the real adapters use.
 */
export class InMemoryTransferPort implements TransferPort {
  readonly name = 'memory';
  readonly world: MemoryTransferWorld;
  private readonly filesPerObserve: number;

  constructor(options: InMemoryTransferOptions = {}) {
    this.world = options.world ?? new MemoryTransferWorld();
    this.filesPerObserve = options.filesPerObserve ?? Number.POSITIVE_INFINITY;
  }

  async begin(request: TransferRequest): Promise<TransferHandle> {
    const id = transferIdOf(this.name, request.idempotencyKey);
    const known = this.world.transfers.get(id);
    if (known) return known.handle;
    return this.track({ adapter: this.name, id, request }).handle;
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    const transfer = this.world.transfers.get(handle.id) ?? this.track(handle);
    if (isTerminal(transfer.progress.state)) return transfer.progress;
    const step = transfer.steps.shift();
    if (step) return this.apply(transfer, step);
    return this.advance(transfer);
  }

  async cancel(handle: TransferHandle): Promise<void> {
    const transfer = this.world.transfers.get(handle.id) ?? this.track(handle);
    if (!isTerminal(transfer.progress.state)) transfer.progress = { ...transfer.progress, state: 'Cancelled' };
  }

  async stop(): Promise<void> {
    // Nothing runs between observes: the world keeps everything.
  }

  private track(handle: TransferHandle): MemoryTransfer {
    const transfer: MemoryTransfer = {
      handle: { adapter: this.name, id: handle.id, request: handle.request },
      steps: this.world.takeScript(handle.request.idempotencyKey),
      progress: progressOf({ state: 'Pending' }),
      remaining: null,
      arrived: [],
      firstFailure: null,
      failEveryOther: false,
    };
    this.world.transfers.set(handle.id, transfer);
    return transfer;
  }

  private apply(transfer: MemoryTransfer, step: MemoryStep): TransferProgress {
    switch (step.kind) {
      case 'active':
        transfer.progress = { ...transfer.progress, state: 'Active', failure: null };
        break;
      case 'suspend':
        transfer.progress = {
          ...transfer.progress,
          state: 'Suspended',
          failure: { code: 'TransferAccessDenied', detail: step.detail ?? 'credentials expired' },
        };
        break;
      case 'fail':
        transfer.progress = {
          ...transfer.progress,
          state: 'Failed',
          failure: { code: step.code, detail: step.detail ?? `scripted ${step.code}` },
        };
        break;
      case 'partial':
        transfer.failEveryOther = true;
        transfer.progress = { ...transfer.progress, state: 'Active', failure: null };
        break;
    }
    return transfer.progress;
  }

  private fail(transfer: MemoryTransfer, code: TransferFailureCode, detail: string): TransferProgress {
    transfer.progress = { ...transfer.progress, state: 'Failed', failure: { code, detail } };
    return transfer.progress;
  }

  private advance(transfer: MemoryTransfer): TransferProgress {
    const { source, target, kind } = transfer.handle.request;
    for (const end of [source, target]) {
      if (this.world.unreachableRoots.has(end.rootUri)) {
        return this.fail(transfer, 'TransferEndpointUnreachable', `${end.rootUri} cannot be reached`);
      }
    }
    if (this.world.deniedRoots.has(target.rootUri)) {
      return this.fail(transfer, 'TransferAccessDenied', `${target.rootUri} may not be written`);
    }
    const from = this.world.tier(source.rootUri);
    if (transfer.remaining === null) {
      const prefix = `${source.path}/`;
      const paths =
        kind === 'file'
          ? from.has(source.path)
            ? ['']
            : []
          : [...from.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
      if (paths.length === 0) return this.fail(transfer, 'TransferRejected', `nothing at ${source.path}`);
      transfer.remaining = paths.sort();
      const bytesTotal = paths.reduce((sum, rel) => sum + (from.get(join(source.path, rel))?.length ?? 0), 0);
      transfer.progress = { ...transfer.progress, filesTotal: paths.length, bytesTotal };
    }
    const to = this.world.tier(target.rootUri);
    let { bytesMoved, filesMoved, filesSkipped, filesFailed } = transfer.progress;
    for (let n = 0; n < this.filesPerObserve && transfer.remaining.length > 0; n++) {
      const rel = transfer.remaining.shift() as string;
      const content = from.get(join(source.path, rel)) as Buffer;
      const targetPath = join(target.path, rel);
      const everyOther = transfer.failEveryOther && (filesMoved + filesSkipped + filesFailed) % 2 === 1;
      if (everyOther || this.world.fails(target.rootUri, targetPath)) {
        filesFailed++;
        transfer.firstFailure ??= { code: 'TransferRejected', detail: `${targetPath} did not arrive` };
        continue;
      }
      const there = to.get(targetPath);
      if (there?.equals(content)) filesSkipped++;
      else if (there) {
        filesFailed++;
        transfer.firstFailure ??= { code: 'TransferRejected', detail: `a different file is at ${targetPath}` };
        continue;
      } else {
        this.world.write(target.rootUri, targetPath, content);
        bytesMoved += content.length;
        filesMoved++;
      }
      transfer.arrived.push({ path: rel, sha256: sha256Hex(content), size: content.length });
    }
    const counters = { ...transfer.progress, bytesMoved, filesMoved, filesSkipped, filesFailed };
    if (transfer.remaining.length > 0) {
      transfer.progress = { ...counters, state: 'Active', failure: null };
      return transfer.progress;
    }
    const observed = filesFailed === 0 ? checksumOf(kind, transfer.arrived) : null;
    transfer.progress = settle(counters, {
      observed,
      expected: transfer.handle.request.expected,
      firstFailure: transfer.firstFailure,
    });
    return transfer.progress;
  }
}

function join(dir: string, rel: string): string {
  return rel === '' ? dir : `${dir}/${rel}`;
}
