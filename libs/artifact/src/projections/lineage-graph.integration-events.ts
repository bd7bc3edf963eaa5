/**
 * The published language the lineage graph folds: other contexts' integration events, named by their stream
 * type and event type as they are stored in the `events` table, with only the fields the graph reads. The
 * graph depends on these names and shapes, never on the code of the contexts that publish them.
 */
export const DATASET_STREAM_TYPE = 'data.dataset';
export interface DatasetRegisteredFacts {
  readonly datasetId: string;
  readonly title?: string;
  readonly checksum: { readonly algorithm: string; readonly value: string };
  readonly byteSize?: number;
  readonly collectedBy: { readonly assetId?: string | null; readonly fixtureId?: string | null } | null;
}

export const ASSET_STREAM_TYPE = 'equipment.asset';
export interface AssetRegisteredFacts {
  readonly assetId: string;
  readonly name?: string;
  readonly familyId?: string;
  readonly serialNumber?: string | null;
}

export const FIXTURE_STREAM_TYPE = 'equipment.fixture';
export interface FixtureRegisteredFacts {
  readonly fixtureId: string;
  readonly assemblyId?: string;
}

/** Published by the operation context (issue 12): a run and the datasets it used. */
export const RUN_STREAM_TYPE = 'operation.run';
export interface RunStartedFacts {
  readonly runId: string;
  readonly methodId: string;
  readonly inputDatasetIds: readonly string[];
  readonly startedAt: string;
}
export const RUN_ENDINGS: Readonly<Record<string, string>> = {
  RunCompleted: 'Completed',
  RunAborted: 'Aborted',
  RunStopped: 'Stopped',
};
