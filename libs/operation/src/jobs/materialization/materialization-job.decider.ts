import { Decider, conflict } from '@custody/kernel';
import { materializationNotFound } from '../../aggregates/materialization/materialization.errors';
import {
  MaterializationCancelled,
  MaterializationCopyRegistered,
  MaterializationError,
  MaterializationEvent,
  MaterializationFailed,
  MaterializationTransferBegun,
  MaterializationTransferEnded,
  MaterializationVerified,
  StoredTransferHandle,
  TransferSummary,
} from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import {
  MaterializationState,
  initialMaterializationState,
  isFinished,
} from '../../aggregates/materialization/materialization.state';

/** What the edge job reports as it goes; each step is idempotent (the same report twice records nothing more). */
export type MaterializationJobStep =
  | { readonly step: 'transferBegun'; readonly handle: StoredTransferHandle }
  | { readonly step: 'transferEnded'; readonly transfer: TransferSummary; readonly error: MaterializationError | null }
  | { readonly step: 'copyRegistered'; readonly distributionId: string }
  | { readonly step: 'verified'; readonly attestationId: string }
  | { readonly step: 'failed'; readonly error: MaterializationError };

export type MaterializationJobEvent =
  | MaterializationTransferBegun
  | MaterializationTransferEnded
  | MaterializationCopyRegistered
  | MaterializationVerified
  | MaterializationFailed
  | MaterializationCancelled;

export interface MaterializationJobCommand {
  readonly materializationId: string;
  readonly report: MaterializationJobStep;
}

const notTransferring = (id: string, state: string) =>
  conflict('MaterializationNotTransferring', `Materialization ${id} is ${state}; no transfer may begin.`);

export const materializationJobDecider: Decider<MaterializationState, MaterializationJobCommand, MaterializationEvent> =
  {
    initialState: initialMaterializationState,
    evolve: evolveMaterialization,
    decide(state, { materializationId, report }, _context, { now }) {
      if (!state.exists) throw materializationNotFound(materializationId);
      switch (report.step) {
        case 'transferBegun':
          if (state.state === 'Pending') {
            return [
              { type: 'MaterializationTransferBegun', data: { materializationId, handle: report.handle, at: now } },
            ];
          }
          if (state.handle && state.handle.id === report.handle.id) return [];
          // Cancelled (or failed) while the transfer was being begun: the job cancels it at the adapter.
          throw notTransferring(materializationId, state.state);
        case 'transferEnded': {
          if (state.state !== 'Transferring') return [];
          const ended: MaterializationTransferEnded = {
            type: 'MaterializationTransferEnded',
            data: { materializationId, transfer: report.transfer, error: report.error, at: now },
          };
          // A transfer that succeeded after a cancel was asked for registers nothing: the cancel wins.
          if (report.transfer.state === 'Succeeded' && state.cancelRequested) {
            return [ended, { type: 'MaterializationCancelled', data: { materializationId, at: now } }];
          }
          return [ended];
        }
        case 'copyRegistered':
          if (state.state !== 'Verifying' || state.distributionId !== null) return [];
          return [
            {
              type: 'MaterializationCopyRegistered',
              data: { materializationId, distributionId: report.distributionId, at: now },
            },
          ];
        case 'verified':
          if (state.state !== 'Verifying' || state.distributionId === null) return [];
          return [
            {
              type: 'MaterializationVerified',
              data: { materializationId, attestationId: report.attestationId, at: now },
            },
          ];
        case 'failed':
          if (isFinished(state.state)) return [];
          return [{ type: 'MaterializationFailed', data: { materializationId, error: report.error, at: now } }];
      }
    },
  };
