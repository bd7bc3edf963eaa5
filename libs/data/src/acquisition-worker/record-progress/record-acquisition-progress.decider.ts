import { Decider, conflict } from '@custody/kernel';
import { acquisitionNotFound } from '../../aggregates/acquisition/acquisition.errors';
import { AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { AcquisitionState, initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import { ObservedChecksum } from '../../aggregates/checksum/checksum';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';

export type RecordAcquisitionProgress =
  | {
      readonly kind: 'dataset';
      readonly acquisitionId: string;
      readonly host: string;
      readonly observed: ObservedChecksum;
      /** Fresh ids the handler reserved (their streams loaded empty in the same transaction). */
      readonly datasetId: string;
      readonly distributionId: string;
    }
  | {
      readonly kind: 'halt';
      readonly acquisitionId: string;
      readonly host: string;
      readonly code: string;
      readonly detail: string;
    }
  | { readonly kind: 'staging-removed'; readonly acquisitionId: string; readonly host: string };

export type AcquisitionProgressEvent = AcquisitionEvent | DatasetEvent | DistributionEvent;

/**
 * `dataset`: once the run is complete, its dataset (checksum and size as measured), the staging copy at the run's
 * uri and its Match attestation (reported by the host that measured it) are recorded with the acquisition's link
 * in one decision, so a crash leaves all or nothing and a retry finds the link and adds nothing. `halt`: the first
 * error stays. `staging-removed`: once, after `cleared`.
 */
export const recordAcquisitionProgressDecider: Decider<
  AcquisitionState,
  RecordAcquisitionProgress,
  AcquisitionProgressEvent,
  void
> = {
  initialState: initialAcquisitionState,
  evolve: (state, event) =>
    event.type.startsWith('Acquisition') ? evolveAcquisition(state, event as AcquisitionEvent) : state,
  decide(state, command, _context, { now, newId }) {
    if (!state.exists) throw acquisitionNotFound(command.acquisitionId);
    const { acquisitionId, host } = command;
    switch (command.kind) {
      case 'dataset': {
        if (state.datasetId !== null) return [];
        if (state.state !== 'complete') {
          throw conflict(
            'AcquisitionIllegalTransition',
            `Acquisition ${acquisitionId} is ${state.state}; its dataset is recorded while complete.`,
          );
        }
        const { datasetId, distributionId, observed } = command;
        const checksum = { algorithm: observed.algorithm, value: observed.value };
        return [
          {
            type: 'DatasetRegistered',
            data: {
              datasetId,
              title: `${state.runKind} ${state.path}`,
              checksum,
              byteSize: observed.byteSize,
              intent: `acquisition ${acquisitionId}`,
              collectedBy:
                state.assetId !== null || state.fixtureId !== null
                  ? { assetId: state.assetId, fixtureId: state.fixtureId }
                  : null,
              registeredAt: now,
            },
          },
          {
            type: 'DatasetDistributionAdded',
            data: { datasetId, distributionId, tierId: state.tierId, uri: state.uri, at: now },
          },
          {
            type: 'DistributionRegistered',
            data: {
              distributionId,
              datasetId,
              tierId: state.tierId,
              uri: state.uri,
              checksum,
              byteSize: observed.byteSize,
              registeredAt: now,
            },
          },
          {
            type: 'DistributionAttested',
            data: {
              distributionId,
              attestationId: newId(),
              outcome: 'Match',
              observed,
              source: 'reported',
              detail: null,
              at: now,
            },
          },
          { type: 'AcquisitionDatasetRecorded', data: { acquisitionId, datasetId, distributionId, host, at: now } },
        ];
      }
      case 'halt':
        if (state.error !== null) return [];
        return [
          {
            type: 'AcquisitionHalted',
            data: { acquisitionId, code: command.code, detail: command.detail, host, at: now },
          },
        ];
      case 'staging-removed':
        if (state.stagingRemoved) return [];
        if (state.state !== 'cleared') {
          throw conflict(
            'AcquisitionIllegalTransition',
            `Acquisition ${acquisitionId} is ${state.state}, not cleared.`,
          );
        }
        return [
          {
            type: 'AcquisitionStagingRemoved',
            data: { acquisitionId, distributionId: state.stagingDistributionId, host, at: now },
          },
        ];
    }
  },
};
