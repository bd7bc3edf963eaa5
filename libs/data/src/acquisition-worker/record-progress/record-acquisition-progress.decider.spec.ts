import fc from 'fast-check';
import { fixedDeps, given } from '@custody/kernel';
import { AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { AcquisitionProgressEvent, recordAcquisitionProgressDecider } from './record-acquisition-progress.decider';

const at = '2026-01-01T00:00:00.000Z';
const acquisitionId = '0190a000-0000-7000-8000-0000000000a1';
const tierId = '0190a000-0000-7000-8000-0000000000d1';
const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const distributionId = '0190a000-0000-7000-8000-0000000000c1';
const observed = { algorithm: 'sha256-tree' as const, value: 'a'.repeat(64), byteSize: 30 };
const registered: AcquisitionEvent = {
  type: 'AcquisitionRegistered',
  data: {
    acquisitionId,
    tierId,
    path: 'run-1',
    uri: 'file:///staging/run-1',
    runKind: 'run',
    targetTierId: '0190a000-0000-7000-8000-0000000000d2',
    retention: { policy: 'manual', retainHours: null },
    assetId: '0190a000-0000-7000-8000-0000000000b1',
    fixtureId: null,
    expectedFiles: null,
    host: null,
    at,
  },
};
const complete: AcquisitionEvent = {
  type: 'AcquisitionTransitioned',
  data: { acquisitionId, to: 'complete', host: 'edge', at },
};
const recordDataset = { kind: 'dataset' as const, acquisitionId, host: 'edge', observed, datasetId, distributionId };

describe('record acquisition progress', () => {
  it('records the dataset, its staging copy and its Match attestation with the link, in one decision', () => {
    given(recordAcquisitionProgressDecider, [registered, complete])
      .when(recordDataset, undefined)
      .then([
        {
          type: 'DatasetRegistered',
          data: {
            datasetId,
            title: 'run run-1',
            checksum: { algorithm: 'sha256-tree', value: observed.value },
            byteSize: 30,
            intent: `acquisition ${acquisitionId}`,
            collectedBy: { assetId: '0190a000-0000-7000-8000-0000000000b1', fixtureId: null },
            registeredAt: at,
          },
        },
        {
          type: 'DatasetDistributionAdded',
          data: { datasetId, distributionId, tierId, uri: 'file:///staging/run-1', at },
        },
        {
          type: 'DistributionRegistered',
          data: {
            distributionId,
            datasetId,
            tierId,
            uri: 'file:///staging/run-1',
            checksum: { algorithm: 'sha256-tree', value: observed.value },
            byteSize: 30,
            registeredAt: at,
          },
        },
        {
          type: 'DistributionAttested',
          data: {
            distributionId,
            attestationId: '00000000-0000-7000-8000-000000000001',
            outcome: 'Match',
            observed,
            source: 'reported',
            detail: null,
            at,
          },
        },
        { type: 'AcquisitionDatasetRecorded', data: { acquisitionId, datasetId, distributionId, host: 'edge', at } },
      ]);
  });

  it('only while complete; a second record adds nothing', () => {
    given(recordAcquisitionProgressDecider, [registered])
      .when(recordDataset, undefined)
      .thenFails('AcquisitionIllegalTransition');
    const first = given(recordAcquisitionProgressDecider, [registered, complete]).when(recordDataset, undefined)
      .outcome as { events: AcquisitionProgressEvent[] };
    given(recordAcquisitionProgressDecider, [registered, complete, ...(first.events as AcquisitionEvent[])])
      .when({ ...recordDataset, datasetId: distributionId }, undefined)
      .then([]);
  });

  it('keeps the first halt; staging-removed only once and only after cleared', () => {
    const halted: AcquisitionEvent = {
      type: 'AcquisitionHalted',
      data: { acquisitionId, code: 'AcquisitionFilesChanged', detail: 'x', host: 'edge', at },
    };
    given(recordAcquisitionProgressDecider, [registered])
      .when({ kind: 'halt', acquisitionId, host: 'edge', code: 'AcquisitionFilesChanged', detail: 'x' }, undefined)
      .then([halted]);
    given(recordAcquisitionProgressDecider, [registered, halted])
      .when({ kind: 'halt', acquisitionId, host: 'edge', code: 'Other', detail: 'y' }, undefined)
      .then([]);
    given(recordAcquisitionProgressDecider, [registered])
      .when({ kind: 'staging-removed', acquisitionId, host: 'edge' }, undefined)
      .thenFails('AcquisitionIllegalTransition');
    given(recordAcquisitionProgressDecider, [])
      .when({ kind: 'staging-removed', acquisitionId, host: 'edge' }, undefined)
      .thenFails('AcquisitionNotFound');
  });

  it('however often the worker retries, one dataset is recorded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (retries) => {
        const history: AcquisitionProgressEvent[] = [registered, complete];
        const deps = fixedDeps();
        for (let i = 0; i < retries; i++) {
          const outcome = given(recordAcquisitionProgressDecider, history as AcquisitionEvent[]).when(
            { ...recordDataset, datasetId: deps.newId(), distributionId: deps.newId() },
            undefined,
          ).outcome;
          if ('error' in outcome) return false;
          history.push(...outcome.events);
        }
        return history.filter((e) => e.type === 'DatasetRegistered').length === 1;
      }),
    );
  });
});
