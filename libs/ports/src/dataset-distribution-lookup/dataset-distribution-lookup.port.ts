/**
 * "Does this dataset have a verified copy I can reach?" — asked by the operation context (the run gate,
 * materializations), answered by the data context's read models. The consumer never imports the data context.
 */

/** The status of a copy that is not discarded. */
export type LiveDistributionStatus = 'Registered' | 'Verified' | 'Stale';

export interface DatasetDistributionEntry {
  readonly distributionId: string;
  readonly tierId: string;
  readonly uri: string;
  readonly status: LiveDistributionStatus;
  /** Whether the copy's tier is marked reachable now. */
  readonly tierReachable: boolean;
}

export interface DatasetDistributionLookup {
  /**
   * For every dataset id asked (each once), its copies that are not discarded, in registration order; an empty
   * list for a dataset without copies and for an id that names no dataset. Reflects every write committed
   * before the call.
   */
  findByDatasets(datasetIds: readonly string[]): Promise<ReadonlyMap<string, readonly DatasetDistributionEntry[]>>;
}

/** Nest injection token the apps bind to the data context's adapter. */
export const DATASET_DISTRIBUTION_LOOKUP = Symbol('DatasetDistributionLookup');
