import {
  TERMINAL_TRANSFER_STATES,
  TransferFailureCode,
  TransferHandle,
  TransferPort,
  TransferProgress,
  TransferRequest,
  TransferState,
} from '../transfer.port';

/** One phase of a scripted transfer: its state and counters, held for `forMs` of wall time (the last one for ever). */
export interface ScriptedStep {
  readonly state: TransferState;
  readonly forMs?: number;
  readonly bytesMoved?: number;
  readonly filesMoved?: number;
  readonly filesFailed?: number;
  readonly failure?: { readonly code: TransferFailureCode; readonly detail: string };
  /** Succeeded: what the copy hashed to (default: the request's expected checksum). */
  readonly observed?: TransferProgress['observed'];
}

interface Running {
  readonly request: TransferRequest;
  readonly steps: readonly ScriptedStep[];
  readonly startedAt: number;
  cancelledAt: TransferProgress | null;
}

/**
 * A TransferPort that moves no bytes: each transfer plays a script of states (suspend, partial, fail, slow) in wall
 * time, and the port counts every call, so a test can tell how often the job asked (no busy polling) and that a
 * resumed job began nothing twice. Keyed by the request's idempotency key, like a real adapter.
 */
export class ScriptedTransferPort implements TransferPort {
  readonly calls = { begin: 0, observe: 0, cancel: 0 };
  /** begin calls by idempotency key. */
  readonly beginsByKey = new Map<string, number>();
  /** Distinct transfers begun (a begin with a key seen before is the same transfer). */
  readonly transfers = new Map<string, Running>();

  constructor(
    readonly name: string,
    private readonly script: (request: TransferRequest) => readonly ScriptedStep[],
    private readonly now: () => number = () => Date.now(),
    /** An error begin throws for this request (an endpoint down), or null. */
    private readonly failBegin: (request: TransferRequest) => Error | null = () => null,
  ) {}

  async begin(request: TransferRequest): Promise<TransferHandle> {
    this.calls.begin += 1;
    this.beginsByKey.set(request.idempotencyKey, (this.beginsByKey.get(request.idempotencyKey) ?? 0) + 1);
    const failure = this.failBegin(request);
    if (failure) throw failure;
    if (!this.transfers.has(request.idempotencyKey)) {
      this.transfers.set(request.idempotencyKey, {
        request,
        steps: this.script(request),
        startedAt: this.now(),
        cancelledAt: null,
      });
    }
    return { adapter: this.name, id: request.idempotencyKey, request };
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    this.calls.observe += 1;
    const running = this.runningOf(handle);
    return running.cancelledAt ?? this.progressAt(running, this.now() - running.startedAt);
  }

  async cancel(handle: TransferHandle): Promise<void> {
    this.calls.cancel += 1;
    const running = this.runningOf(handle);
    if (running.cancelledAt) return;
    const now = this.progressAt(running, this.now() - running.startedAt);
    if (TERMINAL_TRANSFER_STATES.includes(now.state)) return;
    running.cancelledAt = { ...now, state: 'Cancelled', bytesPerSecond: null };
  }

  private runningOf(handle: TransferHandle): Running {
    const known = this.transfers.get(handle.id);
    if (known) return known;
    // A handle from an earlier process: the transfer carries on from the start of its script.
    const running: Running = {
      request: handle.request,
      steps: this.script(handle.request),
      startedAt: this.now(),
      cancelledAt: null,
    };
    this.transfers.set(handle.id, running);
    return running;
  }

  private progressAt(running: Running, elapsedMs: number): TransferProgress {
    let at = 0;
    let step = running.steps[running.steps.length - 1];
    for (const candidate of running.steps) {
      at += candidate.forMs ?? Infinity;
      if (elapsedMs < at) {
        step = candidate;
        break;
      }
    }
    const expected = running.request.expected;
    const filesMoved = step.filesMoved ?? (step.state === 'Succeeded' ? 1 : 0);
    const filesFailed = step.filesFailed ?? 0;
    return {
      state: step.state,
      bytesMoved: step.bytesMoved ?? (step.state === 'Succeeded' ? expected.byteSize : 0),
      bytesTotal: expected.byteSize,
      filesTotal: running.request.kind === 'file' ? 1 : null,
      filesMoved,
      filesSkipped: 0,
      filesFailed,
      partial: step.state === 'Failed' && filesMoved > 0 && filesFailed > 0,
      bytesPerSecond: elapsedMs > 0 ? Math.round(((step.bytesMoved ?? 0) * 1000) / elapsedMs) : null,
      observed: step.state === 'Succeeded' ? (step.observed ?? expected) : null,
      failure: step.failure ?? null,
    };
  }
}
