import {
  MaterializationRequest,
  MaterializationRequester,
  MaterializationStatus,
} from './materialization-requester.port';

/** What a test's "materializer" reports when it has done (or failed) the copy. */
export type MaterializationOutcome = Pick<MaterializationStatus, 'state' | 'distributionId' | 'error'>;

export interface InMemoryMaterializationRequesterOptions {
  /**
   * Runs after a new request is queued (not for a repeated key): copy the files, register and attest the target
   * copy, then return the outcome. Without it the test drives the outcome with `settle`.
   */
  readonly materialize?: (
    request: MaterializationRequest,
    materializationId: string,
  ) => Promise<MaterializationOutcome>;
  /** New ids; default a counter-based UUID. */
  readonly newId?: () => string;
}

/**
 * A test double of the port: keeps materializations in memory, one per idempotency key, and answers `status`
 * from what `materialize` (or the test, through `settle`) reported.
 */
export class InMemoryMaterializationRequester implements MaterializationRequester {
  private readonly byKey = new Map<string, string>();
  private readonly statuses = new Map<string, MaterializationStatus>();
  private readonly running = new Set<Promise<void>>();
  private counter = 0;
  readonly requests: MaterializationRequest[] = [];

  constructor(private readonly options: InMemoryMaterializationRequesterOptions = {}) {}

  async request(request: MaterializationRequest): Promise<{ readonly materializationId: string }> {
    const known = this.byKey.get(request.idempotencyKey);
    if (known) return { materializationId: known };
    const materializationId = this.options.newId?.() ?? this.nextId();
    this.byKey.set(request.idempotencyKey, materializationId);
    this.requests.push(request);
    this.statuses.set(materializationId, {
      materializationId,
      datasetId: request.datasetId,
      targetTierId: request.targetTierId,
      state: 'Pending',
      distributionId: null,
      error: null,
    });
    if (this.options.materialize) {
      const work = this.options
        .materialize(request, materializationId)
        .then((outcome) => this.settle(materializationId, outcome))
        .catch((error: unknown) =>
          this.settle(materializationId, {
            state: 'Failed',
            distributionId: null,
            error: { code: 'TransferRejected', detail: String((error as Error)?.message ?? error) },
          }),
        )
        .finally(() => this.running.delete(work));
      this.running.add(work);
    }
    return { materializationId };
  }

  async status(materializationId: string): Promise<MaterializationStatus | null> {
    return this.statuses.get(materializationId) ?? null;
  }

  /** Sets a materialization's outcome (state, target copy, error). */
  settle(materializationId: string, outcome: MaterializationOutcome): void {
    const current = this.statuses.get(materializationId);
    if (!current) throw new Error(`no materialization ${materializationId}`);
    this.statuses.set(materializationId, { ...current, ...outcome });
  }

  /** Waits for every `materialize` under way. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private nextId(): string {
    this.counter += 1;
    return `00000000-0000-7000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }
}
