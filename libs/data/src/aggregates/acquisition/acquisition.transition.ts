import { conflict } from '@custody/kernel';
import { datasetNotFound } from '../dataset/dataset.errors';
import { DistributionStatus } from '../distribution/distribution.state';
import { acquisitionNotFound, illegalTransition } from './acquisition.errors';
import { AcquisitionStateName, AcquisitionTransitioned, RunManifest } from './acquisition.events';
import { AcquisitionState, nextState } from './acquisition.state';

/** A request to move an acquisition on (REST transition, MCP, the worker, or a clear). */
export interface TransitionRequest {
  readonly acquisitionId: string;
  readonly to: string;
  readonly host: string;
  readonly filesReceived?: number;
  readonly bytesReceived?: number;
  readonly datasetId?: string;
  readonly targetTierId?: string;
  readonly materializationId?: string;
  readonly manifest?: RunManifest;
}

/** A live copy of the acquisition's dataset and its status, read with the dataset locked. */
export interface CopyFact {
  readonly distributionId: string;
  readonly tierId: string;
  readonly status: DistributionStatus;
}

/** What the guards need, loaded in the transaction that records the transition. */
export interface TransitionFacts {
  /** The dataset the acquisition names (its own, or the one this request gives): does it exist? */
  readonly datasetExists: boolean;
  /** That dataset's live copies. */
  readonly copies: readonly CopyFact[];
}

/**
 * A copy that survives the staging folder's deletion: Verified, not the staging copy, and not on the acquisition
 * tier at all (a copy registered there by hand may be the very files about to be deleted).
 */
export function isOtherVerifiedCopy(
  acquisition: { readonly tierId: string; readonly stagingDistributionId: string | null },
  copy: CopyFact,
): boolean {
  return (
    copy.status === 'Verified' &&
    copy.distributionId !== acquisition.stagingDistributionId &&
    copy.tierId !== acquisition.tierId
  );
}

/**
 * The strict forward machine and its guards: anything but the next state is AcquisitionIllegalTransition;
 * `sync_verified` needs a Verified copy on the target tier (AcquisitionSyncNotVerified); `cleared` needs a
 * Verified copy off the acquisition tier (AcquisitionCannotClear). Extras are kept only on their state.
 */
export function decideTransition(
  state: AcquisitionState,
  request: TransitionRequest,
  facts: TransitionFacts,
  now: string,
): AcquisitionTransitioned[] {
  if (!state.exists) throw acquisitionNotFound(request.acquisitionId);
  const next = nextState(state.state);
  if (request.to !== next) throw illegalTransition(request.acquisitionId, state.state, request.to, next);
  const to = next as AcquisitionStateName;
  if (request.datasetId !== undefined && state.datasetId !== null && request.datasetId !== state.datasetId) {
    throw conflict(
      'AcquisitionDatasetMismatch',
      `Acquisition ${request.acquisitionId} already names dataset ${state.datasetId}, not ${request.datasetId}.`,
    );
  }
  const datasetId = state.datasetId ?? request.datasetId ?? null;
  if (request.datasetId !== undefined && state.datasetId === null && !facts.datasetExists) {
    throw datasetNotFound(request.datasetId);
  }
  const live = datasetId !== null && facts.datasetExists ? facts.copies : [];
  let targetTierId: string | undefined;
  if (to === 'sync_verified') {
    const target = request.targetTierId ?? state.targetTierId;
    const verified =
      target !== null &&
      live.some(
        (c) => c.tierId === target && c.status === 'Verified' && c.distributionId !== state.stagingDistributionId,
      );
    if (!verified) {
      throw conflict(
        'AcquisitionSyncNotVerified',
        target === null
          ? `Acquisition ${request.acquisitionId} names no target tier.`
          : `Acquisition ${request.acquisitionId} has no Verified copy on target tier ${target}${datasetId === null ? ' (no dataset yet)' : ''}.`,
      );
    }
    targetTierId = target;
  }
  if (to === 'cleared') {
    const other = live.some((c) => isOtherVerifiedCopy(state, c));
    if (!other) {
      throw conflict(
        'AcquisitionCannotClear',
        `Acquisition ${request.acquisitionId} has no Verified copy besides its staging copy; clearing would lose the run.`,
      );
    }
  }
  return [
    {
      type: 'AcquisitionTransitioned',
      data: {
        acquisitionId: request.acquisitionId,
        to,
        host: request.host,
        at: now,
        ...(to === 'complete' && request.filesReceived !== undefined ? { filesReceived: request.filesReceived } : {}),
        ...(to === 'complete' && request.bytesReceived !== undefined ? { bytesReceived: request.bytesReceived } : {}),
        ...(targetTierId !== undefined ? { targetTierId } : {}),
        ...(request.datasetId !== undefined && state.datasetId === null ? { datasetId: request.datasetId } : {}),
        ...(request.materializationId !== undefined && state.materializationId === null
          ? { materializationId: request.materializationId }
          : {}),
        ...(to === 'complete' && request.manifest !== undefined ? { manifest: request.manifest } : {}),
      },
    },
  ];
}
