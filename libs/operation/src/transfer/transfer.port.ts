/**
 * Moving the bytes of a copy from one tier to another. The materialization job drives it: begin → observe until
 * terminal → (Succeeded) register and attest the new copy. Adapters: in-memory (tests), local copy (default),
 * FDT (subprocess), Globus Transfer API. One shared behaviour spec (transfer-port.contract.ts) runs against each.
 */

export type TransferState = 'Pending' | 'Active' | 'Suspended' | 'Succeeded' | 'Failed' | 'Cancelled';
export const TERMINAL_TRANSFER_STATES: readonly TransferState[] = ['Succeeded', 'Failed', 'Cancelled'];

export type TransferFailureCode =
  | 'TransferEndpointUnreachable'
  | 'TransferAccessDenied'
  | 'TransferRejected'
  | 'TransferPartial'
  | 'TargetCopyMismatch';

export interface TransferLocation {
  readonly tierId: string;
  readonly accessProtocol: 'file' | 's3' | 'https' | 'globus';
  /** The tier's root, e.g. `file:///data/nas` or `globus://<collection uuid>/<path>`. */
  readonly rootUri: string;
  /** The copy's path relative to the tier root, `/`-separated, never `..`. */
  readonly path: string;
}

export interface TransferChecksum {
  readonly algorithm: 'sha256' | 'sha256-tree';
  readonly value: string;
  readonly byteSize: number;
}

export interface TransferRequest {
  /** The materialization's key: the same key is the same transfer (Globus: the same submission_id). */
  readonly idempotencyKey: string;
  readonly source: TransferLocation;
  readonly target: TransferLocation;
  /** A single file, or a directory tree (every regular file under `source.path`). */
  readonly kind: 'file' | 'tree';
  /** What the copy must hash to (the dataset's checksum). */
  readonly expected: TransferChecksum;
}

/** JSON-serialisable and self-sufficient: the job stores it, and a later process observes or cancels with it. */
export interface TransferHandle {
  readonly adapter: string;
  readonly id: string;
  readonly request: TransferRequest;
  /** Adapter-specific facts (e.g. a Globus task id), plain JSON. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface TransferProgress {
  readonly state: TransferState;
  readonly bytesMoved: number;
  readonly bytesTotal: number | null;
  readonly filesTotal: number | null;
  readonly filesMoved: number;
  readonly filesSkipped: number;
  readonly filesFailed: number;
  /** Failed with files moved and files failed. */
  readonly partial: boolean;
  readonly bytesPerSecond: number | null;
  /** What the moved copy hashes to, when the adapter measured it (local: while copying; Globus: its checksums). */
  readonly observed: TransferChecksum | null;
  /** Why a Failed (or Suspended) transfer is where it is. */
  readonly failure: { readonly code: TransferFailureCode; readonly detail: string } | null;
  /**
   * When asking again is worth it (ms): an adapter that polls a remote service backs off while nothing changes, and
   * an observe before then answers from what it last saw. Absent: ask whenever.
   */
  readonly pollAfterMs?: number;
}

export interface TransferPort {
  /** `memory`, `local`, `fdt` or `globus`: the `via` of a materialization. */
  readonly name: string;
  /** Starts (or, for a key seen before, finds and resumes) the transfer. */
  begin(request: TransferRequest): Promise<TransferHandle>;
  /** Where it is now. Works on a handle from an earlier process (after a crash, it resumes the work if needed). */
  observe(handle: TransferHandle): Promise<TransferProgress>;
  /** Idempotent; a finished transfer stays as it finished. */
  cancel(handle: TransferHandle): Promise<void>;
  /**
   * Stops this process's work (a copy loop, a subprocess) without recording anything, as a shutdown or a crash
   * would: a later `observe` with the same handle, here or in another process, resumes it.
   */
  stop?(): Promise<void>;
}
