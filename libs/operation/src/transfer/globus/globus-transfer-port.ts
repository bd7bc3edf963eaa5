import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { DomainError } from '@custody/kernel';
import { globusPathOf } from '../transfer-locations';
import { isTerminal, progressOf, settle } from '../transfer-progress';
import { TreeDigest, transferIdOf } from '../tree-digest';
import {
  TransferChecksum,
  TransferFailureCode,
  TransferHandle,
  TransferPort,
  TransferProgress,
  TransferRequest,
} from '../transfer.port';
import { GlobusAuthError, GlobusTokens } from './globus-tokens';

export interface GlobusTransferOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** `https://auth.globus.org` */
  readonly authUrl: string;
  /** `https://transfer.api.globus.org/v0.10` */
  readonly transferUrl: string;
  /** Where each key's submission id is kept, so a begin after a crash submits the same task. */
  readonly stateDir: string;
  /** First wait between two polls of a task, ms; doubled while nothing changes, up to `pollMaxMs`. 2 s. */
  readonly pollMinMs?: number;
  /** 60 s. */
  readonly pollMaxMs?: number;
  readonly requestTimeoutMs?: number;
  /** For the jitter (± 20 %). */
  readonly random?: () => number;
}

interface TaskDocument {
  status: 'ACTIVE' | 'INACTIVE' | 'SUCCEEDED' | 'FAILED';
  nice_status: string | null;
  bytes_transferred: number;
  files: number;
  files_transferred: number;
  files_skipped: number;
  subtasks_failed: number;
  effective_bytes_per_second: number | null;
  fatal_error: { code: string; description: string } | null;
}

interface Watch {
  taskId: string | null;
  progress: TransferProgress;
  seen: string;
  intervalMs: number;
  nextPollAt: number;
}

/** The fields of Transfer API answers this adapter reads. */
interface GlobusDocument {
  readonly code?: string;
  readonly message?: string;
  readonly value?: string;
  readonly task_id?: string;
  readonly next_marker?: number | null;
  readonly DATA?: readonly Record<string, unknown>[];
}

interface Answer {
  readonly status: number;
  readonly body: GlobusDocument | null;
}

class Unreachable extends Error {}

const UNREACHABLE_CODES = new Set(['CONNECT_FAILED', 'ENDPOINT_ERROR', 'GC_NOT_CONNECTED', 'GC_PAUSED', 'EXPIRED']);
const DENIED_CODES = new Set(['PERMISSION_DENIED', 'AUTHENTICATION_FAILED', 'CONSENT_REQUIRED']);

/**
 * TransferPort over the Globus Transfer API v0.10 (plain HTTP). A transfer is one Globus task:
 *
 * - `begin` obtains a submission id (`GET /submission_id`) and stores it (a state file by key, and the handle)
 *   before anything is submitted; `POST /transfer` happens on observe, with that id, so a resubmission after a
 *   crash answers `Duplicate` with the same task instead of starting a second one.
 * - The task is `verify_checksum: true`, `sync_level: "checksum"` (files already there with the same checksum
 *   are skipped), items `recursive` for a tree.
 * - `observe` polls `GET /task/{id}` with backoff (doubling while nothing changes) and ± 20 % jitter; calls in
 *   between answer what was last seen (`pollAfterMs` says when to ask again), so a caller's loop never turns
 *   into request traffic. INACTIVE (expired credentials) is Suspended; FAILED with `subtasks_failed` and files
 *   moved is a partial failure; FAILED by CANCELED is Cancelled.
 * - On SUCCEEDED the per-file checksums of `GET /task/{id}/successful_transfers` (all pages) make the observed
 *   sha256 / sha256-tree of the new copy.
 * - Tokens by client credentials, renewed before they expire and whenever the API answers 401.
 */
export class GlobusTransferPort implements TransferPort {
  readonly name = 'globus';
  private readonly tokens: GlobusTokens;
  private readonly watches = new Map<string, Watch>();
  private readonly transferUrl: string;
  private readonly pollMinMs: number;
  private readonly pollMaxMs: number;
  private readonly timeoutMs: number;
  private readonly random: () => number;

  constructor(private readonly options: GlobusTransferOptions) {
    this.transferUrl = options.transferUrl.replace(/\/+$/, '');
    this.pollMinMs = options.pollMinMs ?? 2_000;
    this.pollMaxMs = options.pollMaxMs ?? 60_000;
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.random = options.random ?? Math.random;
    this.tokens = new GlobusTokens({ ...options, timeoutMs: this.timeoutMs });
  }

  /** Token requests made so far (for tests). */
  get tokensIssued(): number {
    return this.tokens.issued;
  }

  async begin(request: TransferRequest): Promise<TransferHandle> {
    const id = transferIdOf(this.name, request.idempotencyKey);
    const stored = await this.read(id);
    if (stored) return stored;
    // Both ends must be Globus collections before anything is asked of the service.
    const source = globusPathOf(request.source);
    const target = globusPathOf(request.target);
    let answer: Answer;
    try {
      answer = await this.call('GET', '/submission_id');
    } catch (error) {
      throw upstream(error);
    }
    if (answer.status !== 200 || typeof answer.body?.value !== 'string') {
      throw new DomainError('TransferRejected', 'Upstream', `Globus gave no submission id: ${describe(answer)}`);
    }
    const handle: TransferHandle = {
      adapter: this.name,
      id,
      request,
      details: {
        submissionId: answer.body.value,
        sourceCollection: source.collection,
        targetCollection: target.collection,
      },
    };
    await this.write(handle);
    return handle;
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    const watch = this.watchOf(handle);
    if (isTerminal(watch.progress.state)) return watch.progress;
    const now = Date.now();
    if (now < watch.nextPollAt) return { ...watch.progress, pollAfterMs: watch.nextPollAt - now };
    try {
      if (!watch.taskId && !(await this.submit(handle, watch))) return watch.progress;
      const answer = await this.call('GET', `/task/${watch.taskId}`);
      if (answer.status !== 200) throw new Unreachable(`GET /task: ${describe(answer)}`);
      await this.update(handle, watch, answer.body as unknown as TaskDocument);
    } catch (error) {
      if (!(error instanceof Unreachable || error instanceof GlobusAuthError || isNetwork(error))) throw error;
      // The service (or its auth) cannot be asked now: not the transfer's end; ask again later.
      watch.progress = {
        ...watch.progress,
        failure: { code: 'TransferEndpointUnreachable', detail: String((error as Error).message) },
      };
      this.schedule(watch, false);
    }
    return isTerminal(watch.progress.state)
      ? watch.progress
      : { ...watch.progress, pollAfterMs: Math.max(watch.nextPollAt - Date.now(), 0) };
  }

  async cancel(handle: TransferHandle): Promise<void> {
    const watch = this.watchOf(handle);
    if (isTerminal(watch.progress.state)) return;
    // Without a task id, submit with the stored submission id: Duplicate names the task an earlier process may
    // have created, and a task created now is cancelled at once.
    if (!watch.taskId && !(await this.submit(handle, watch))) return;
    try {
      const answer = await this.call('POST', `/task/${watch.taskId}/cancel`);
      if (answer.status !== 200) throw new Unreachable(`cancel: ${describe(answer)}`);
    } catch (error) {
      throw upstream(error);
    }
    watch.nextPollAt = 0;
  }

  async stop(): Promise<void> {
    // The work runs at Globus: nothing here to stop.
  }

  private watchOf(handle: TransferHandle): Watch {
    let watch = this.watches.get(handle.id);
    if (!watch) {
      watch = { taskId: null, progress: progressOf({ state: 'Pending' }), seen: '', intervalMs: 0, nextPollAt: 0 };
      this.watches.set(handle.id, watch);
    }
    return watch;
  }

  /** POST /transfer with the handle's submission id; false (and the watch settled) when Globus refuses it. */
  private async submit(handle: TransferHandle, watch: Watch): Promise<boolean> {
    const { request } = handle;
    const source = globusPathOf(request.source);
    const target = globusPathOf(request.target);
    const tree = request.kind === 'tree';
    const document = {
      DATA_TYPE: 'transfer',
      submission_id: handle.details?.submissionId,
      source_endpoint: source.collection,
      destination_endpoint: target.collection,
      label: `custody ${handle.id}`.slice(0, 128),
      verify_checksum: true,
      sync_level: 'checksum',
      preserve_timestamp: true,
      DATA: [
        {
          DATA_TYPE: 'transfer_item',
          source_path: tree ? `${source.path}/` : source.path,
          destination_path: tree ? `${target.path}/` : target.path,
          recursive: tree,
        },
      ],
    };
    const answer = await this.call('POST', '/transfer', document);
    if ((answer.status === 202 || answer.status === 200) && typeof answer.body?.task_id === 'string') {
      watch.taskId = answer.body.task_id;
      return true;
    }
    if (answer.status >= 500 || answer.status === 429) throw new Unreachable(`POST /transfer: ${describe(answer)}`);
    const code: TransferFailureCode = answer.status === 403 ? 'TransferAccessDenied' : 'TransferRejected';
    watch.progress = progressOf({ state: 'Failed', failure: { code, detail: `Globus: ${describe(answer)}` } });
    return false;
  }

  private async update(handle: TransferHandle, watch: Watch, task: TaskDocument): Promise<void> {
    const counters = {
      bytesMoved: task.bytes_transferred ?? 0,
      // Globus reports no total while a task runs; the dataset's own size is what this copy must move.
      bytesTotal: handle.request.expected.byteSize,
      filesTotal: task.files > 0 ? task.files : null,
      filesMoved: task.files_transferred ?? 0,
      filesSkipped: task.files_skipped ?? 0,
      filesFailed: task.subtasks_failed ?? 0,
      bytesPerSecond: task.effective_bytes_per_second ?? null,
    };
    const seen = JSON.stringify([task.status, task.nice_status, counters.bytesMoved, counters.filesMoved]);
    const changed = seen !== watch.seen;
    watch.seen = seen;
    switch (task.status) {
      case 'ACTIVE': {
        const queued = task.nice_status === 'Queued' && counters.bytesMoved === 0 && counters.filesMoved === 0;
        watch.progress = progressOf({ ...counters, state: queued ? 'Pending' : 'Active' });
        break;
      }
      case 'INACTIVE':
        watch.progress = progressOf({
          ...counters,
          state: 'Suspended',
          failure: {
            code: 'TransferAccessDenied',
            detail: `the task is inactive (${task.nice_status ?? 'credentials expired'}): renew the collection's credentials and it resumes`,
          },
        });
        break;
      case 'SUCCEEDED': {
        const observed = await this.observedChecksum(handle, watch.taskId as string, task);
        watch.progress = settle(counters, { observed, expected: handle.request.expected, firstFailure: null });
        break;
      }
      case 'FAILED': {
        if (task.fatal_error?.code === 'CANCELED') {
          watch.progress = progressOf({ ...counters, state: 'Cancelled' });
          break;
        }
        const detail = await this.failureDetail(watch.taskId as string, task);
        const code = failureCodeOf(task);
        watch.progress = settle(
          { ...counters, filesFailed: Math.max(counters.filesFailed, 1) },
          { observed: null, expected: handle.request.expected, firstFailure: { code, detail } },
        );
        if (counters.filesMoved + counters.filesSkipped === 0 || counters.filesFailed === 0) {
          watch.progress = { ...watch.progress, filesFailed: counters.filesFailed, partial: false };
        }
        break;
      }
    }
    this.schedule(watch, changed);
  }

  /** Backoff while nothing changes; back to the shortest wait when something did. Jitter ± 20 %. */
  private schedule(watch: Watch, changed: boolean): void {
    watch.intervalMs =
      changed || watch.intervalMs === 0 ? this.pollMinMs : Math.min(watch.intervalMs * 2, this.pollMaxMs);
    const jitter = 0.8 + 0.4 * this.random();
    watch.nextPollAt = Date.now() + Math.round(watch.intervalMs * jitter);
  }

  /** The new copy's checksum from Globus's own per-file checksums, or null when they do not cover every file. */
  private async observedChecksum(
    handle: TransferHandle,
    taskId: string,
    task: TaskDocument,
  ): Promise<TransferChecksum | null> {
    if (task.files_skipped > 0) return null; // a skipped file's size is not reported: measure the copy instead
    const entries: { destination_path: string; checksum?: string; checksum_algorithm?: string }[] = [];
    type Entry = (typeof entries)[number];
    let marker: number | null = 0;
    while (marker !== null) {
      const answer = await this.call('GET', `/task/${taskId}/successful_transfers?marker=${marker}`);
      if (answer.status !== 200) return null;
      entries.push(...((answer.body?.DATA ?? []) as unknown as Entry[]));
      marker = typeof answer.body?.next_marker === 'number' ? answer.body.next_marker : null;
    }
    if (entries.length !== task.files_transferred) return null;
    if (entries.some((e) => !e.checksum || (e.checksum_algorithm ?? '').toUpperCase() !== 'SHA256')) return null;
    const target = globusPathOf(handle.request.target).path;
    if (handle.request.kind === 'file') {
      if (entries.length !== 1) return null;
      return { algorithm: 'sha256', value: entries[0].checksum as string, byteSize: task.bytes_transferred };
    }
    const tree = new TreeDigest();
    for (const entry of entries) {
      if (!entry.destination_path.startsWith(`${target}/`)) return null;
      tree.add(entry.destination_path.slice(target.length + 1), entry.checksum as string, 0);
    }
    return { ...tree.digest(), byteSize: task.bytes_transferred };
  }

  private async failureDetail(taskId: string, task: TaskDocument): Promise<string> {
    const fallback = task.fatal_error?.description ?? task.nice_status ?? 'the task failed';
    const answer = await this.call('GET', `/task/${taskId}/event_list?limit=10`).catch(() => null);
    const error = (answer?.body?.DATA ?? []).find((e) => e.is_error === true);
    return error ? `${task.fatal_error?.code ?? String(error.code)}: ${String(error.description)}` : fallback;
  }

  /** One Transfer API request with a bearer token; a 401 renews the token and retries once. */
  private async call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<Answer> {
    let token = await this.tokens.get();
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.transferUrl}${route}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const parsed = (await response.json().catch(() => null)) as GlobusDocument | null;
      if (response.status === 401 && attempt === 0) {
        token = await this.tokens.renew(token);
        continue;
      }
      return { status: response.status, body: parsed };
    }
  }

  private file(id: string): string {
    return path.join(this.options.stateDir, `${id}.json`);
  }

  private async read(id: string): Promise<TransferHandle | null> {
    try {
      return JSON.parse(await fs.readFile(this.file(id), 'utf8')) as TransferHandle;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async write(handle: TransferHandle): Promise<void> {
    await fs.mkdir(this.options.stateDir, { recursive: true });
    const file = this.file(handle.id);
    const temp = `${file}.${process.pid}.tmp`;
    const out = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
    try {
      await out.writeFile(JSON.stringify(handle));
      await out.sync();
    } finally {
      await out.close();
    }
    await fs.rename(temp, file);
  }
}

function failureCodeOf(task: TaskDocument): TransferFailureCode {
  const code = task.fatal_error?.code ?? task.nice_status ?? '';
  if (UNREACHABLE_CODES.has(code)) return 'TransferEndpointUnreachable';
  if (DENIED_CODES.has(code)) return 'TransferAccessDenied';
  if (code === 'CHECKSUM_MISMATCH' || code === 'VERIFY_CHECKSUM') return 'TargetCopyMismatch';
  return 'TransferRejected';
}

function describe(answer: Answer): string {
  const code = answer.body?.code;
  const message = answer.body?.message;
  return [`HTTP ${answer.status}`, code, message].filter(Boolean).join(' ');
}

function isNetwork(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return error instanceof TypeError || name === 'TimeoutError' || name === 'AbortError';
}

function upstream(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  return new DomainError(
    'TransferEndpointUnreachable',
    'Upstream',
    `Globus cannot be reached: ${(error as Error).message}`,
  );
}
