import { Checksum } from '../checksum/checksum';
import { CollectedBy } from './dataset.events';

export type DatasetStatus = 'Active' | 'Discarded';
export const DATASET_STATUSES: readonly DatasetStatus[] = ['Active', 'Discarded'];

/** A copy the dataset knows of and has not discarded. */
export interface DatasetMember {
  readonly distributionId: string;
  readonly tierId: string;
  readonly uri: string;
}

export interface RegisteredDataset {
  readonly exists: true;
  readonly datasetId: string;
  readonly title: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
  readonly intent: string | null;
  readonly collectedBy: CollectedBy | null;
  readonly status: DatasetStatus;
  readonly registeredAt: string;
  readonly discardedAt: string | null;
  /** Its distributions that are not discarded, in registration order. */
  readonly distributions: readonly DatasetMember[];
}

export type DatasetState = { readonly exists: false } | RegisteredDataset;

export const initialDatasetState: DatasetState = { exists: false };

/** What GET /v1/datasets/{id} and the list answer. */
export interface DatasetView {
  readonly datasetId: string;
  readonly title: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
  readonly intent: string | null;
  readonly collectedBy: CollectedBy | null;
  readonly status: DatasetStatus;
  readonly registeredAt: string;
  readonly discardedAt: string | null;
  readonly version: number;
}

export function toDatasetView(dataset: RegisteredDataset, version: number): DatasetView {
  return {
    datasetId: dataset.datasetId,
    title: dataset.title,
    checksum: dataset.checksum,
    byteSize: dataset.byteSize,
    intent: dataset.intent,
    collectedBy: dataset.collectedBy,
    status: dataset.status,
    registeredAt: dataset.registeredAt,
    discardedAt: dataset.discardedAt,
    version,
  };
}
