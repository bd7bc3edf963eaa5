import { MaterializationEvent } from './materialization.events';

/** Shared fixtures of the materialization decider specs (the cancel slice and the job steps). */
export const at = '2026-01-01T00:00:00.000Z';
export const materializationId = '0190a000-0000-7000-8000-0000000000a1';
export const requestedBy = '0190a000-0000-7000-8000-0000000000f1';
const location = {
  tierId: '0190a000-0000-7000-8000-0000000000d1',
  accessProtocol: 'file' as const,
  rootUri: 'file:///d',
  path: 'a',
};
/** A one-file materialization between two file tiers, as requested. */
export const requested: MaterializationEvent = {
  type: 'MaterializationRequested',
  data: {
    materializationId,
    datasetId: '0190a000-0000-7000-8000-0000000000e1',
    targetTierId: '0190a000-0000-7000-8000-0000000000d2',
    via: 'local',
    kind: 'file',
    sourceDistributionId: '0190a000-0000-7000-8000-0000000000c1',
    source: location,
    target: { ...location, tierId: '0190a000-0000-7000-8000-0000000000d2' },
    expected: { algorithm: 'sha256', value: 'c'.repeat(64), byteSize: 1 },
    queue: 'materialize.x.y',
    requestedBy,
    at,
  },
};
/** The summary of a one-file transfer that moved everything. */
export const wholeTransfer = {
  bytesMoved: 1,
  bytesTotal: 1,
  filesTotal: 1,
  filesMoved: 1,
  filesSkipped: 0,
  filesFailed: 0,
  partial: false,
  observed: null,
};
