import {
  TERMINAL_TRANSFER_STATES,
  TransferChecksum,
  TransferFailureCode,
  TransferProgress,
  TransferState,
} from './transfer.port';

export const isTerminal = (state: TransferState): boolean => TERMINAL_TRANSFER_STATES.includes(state);

/** A progress value with the counters a transfer starts from. */
export function progressOf(fields: Partial<TransferProgress> & { state: TransferState }): TransferProgress {
  return {
    bytesMoved: 0,
    bytesTotal: null,
    filesTotal: null,
    filesMoved: 0,
    filesSkipped: 0,
    filesFailed: 0,
    partial: false,
    bytesPerSecond: null,
    observed: null,
    failure: null,
    ...fields,
  };
}

/**
 * How a transfer that moved what it could ends: Succeeded when nothing failed and the copy hashes as expected;
 * otherwise Failed, partial when some files moved and some did not (TransferPartial), with `whenNoneMoved` when
 * every file failed.
 */
export function settle(
  counters: Omit<TransferProgress, 'state' | 'partial' | 'failure' | 'observed'>,
  outcome: {
    readonly observed: TransferChecksum | null;
    readonly expected: TransferChecksum;
    readonly firstFailure: { readonly code: TransferFailureCode; readonly detail: string } | null;
  },
): TransferProgress {
  const { observed, expected, firstFailure } = outcome;
  if (counters.filesFailed > 0 || firstFailure) {
    const moved = counters.filesMoved + counters.filesSkipped > 0;
    const partial = moved && counters.filesFailed > 0;
    const failure = partial
      ? {
          code: 'TransferPartial' as const,
          detail: `${counters.filesFailed} of ${counters.filesTotal ?? '?'} files failed; first: ${firstFailure?.detail ?? 'unknown'}`,
        }
      : (firstFailure ?? { code: 'TransferRejected' as const, detail: 'no file could be moved' });
    return { ...counters, state: 'Failed', partial, observed: null, failure };
  }
  if (observed && !sameValue(observed, expected)) {
    return {
      ...counters,
      state: 'Failed',
      partial: false,
      observed,
      failure: {
        code: 'TargetCopyMismatch',
        detail: `the copy hashes to ${observed.algorithm} ${observed.value} (${observed.byteSize} bytes), expected ${expected.algorithm} ${expected.value} (${expected.byteSize} bytes)`,
      },
    };
  }
  return { ...counters, state: 'Succeeded', partial: false, observed, failure: null };
}

function sameValue(a: TransferChecksum, b: TransferChecksum): boolean {
  return a.algorithm === b.algorithm && a.value.toLowerCase() === b.value.toLowerCase() && a.byteSize === b.byteSize;
}
