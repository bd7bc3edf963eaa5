import { DomainEvent } from '@custody/kernel';
import { Checksum } from '../checksum/checksum';

/** The instrument that collected a dataset (equipment ids, kept as given: contexts do not read each other). */
export interface CollectedBy {
  readonly assetId: string | null;
  readonly fixtureId: string | null;
}

export type DatasetRegistered = DomainEvent<
  'DatasetRegistered',
  {
    datasetId: string;
    title: string;
    checksum: Checksum;
    byteSize: number;
    intent: string | null;
    collectedBy: CollectedBy | null;
    registeredAt: string;
  }
>;
/**
 * The dataset side of a distribution's registration (the distribution stream records DistributionRegistered in
 * the same transaction): the dataset is the consistency boundary for "one copy per tier and uri" and "never
 * discard the last Verified copy", so it knows its live copies.
 */
export type DatasetDistributionAdded = DomainEvent<
  'DatasetDistributionAdded',
  { datasetId: string; distributionId: string; tierId: string; uri: string; at: string }
>;
/** The dataset side of a distribution's discard. */
export type DatasetDistributionRemoved = DomainEvent<
  'DatasetDistributionRemoved',
  { datasetId: string; distributionId: string; at: string }
>;
export type DatasetDiscarded = DomainEvent<'DatasetDiscarded', { datasetId: string; at: string }>;

export type DatasetEvent = DatasetRegistered | DatasetDistributionAdded | DatasetDistributionRemoved | DatasetDiscarded;

export const DATASET_STREAM = 'data.dataset';
export const DATASET_EVENT_TYPES: readonly DatasetEvent['type'][] = [
  'DatasetRegistered',
  'DatasetDistributionAdded',
  'DatasetDistributionRemoved',
  'DatasetDiscarded',
];
