import { Decider } from '@custody/kernel';
import { materializationNotFound } from '../../aggregates/materialization/materialization.errors';
import { MaterializationEvent } from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import {
  MaterializationState,
  initialMaterializationState,
} from '../../aggregates/materialization/materialization.state';

export interface CancelMaterialization {
  readonly materializationId: string;
  readonly by: string;
}

/**
 * Pending (no transfer begun): Cancelled at once. Transferring: the cancel is recorded and the job cancels the
 * transfer at the adapter, which ends it Cancelled. Verifying (the bytes are there) or finished: nothing changes.
 */
export const cancelMaterializationDecider: Decider<MaterializationState, CancelMaterialization, MaterializationEvent> =
  {
    initialState: initialMaterializationState,
    evolve: evolveMaterialization,
    decide(state, command, _context, { now }) {
      if (!state.exists) throw materializationNotFound(command.materializationId);
      const materializationId = command.materializationId;
      if (state.state === 'Pending')
        return [{ type: 'MaterializationCancelled', data: { materializationId, at: now } }];
      if (state.state === 'Transferring' && !state.cancelRequested) {
        return [{ type: 'MaterializationCancelRequested', data: { materializationId, by: command.by, at: now } }];
      }
      return [];
    },
  };
