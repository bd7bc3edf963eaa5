/**
 * The shapes the dashboard reads: the API's own response schemas, from the types generated from its OpenAPI
 * document (api-types.ts, `npm run web:types`), so a change of the contract fails the dashboard's typecheck.
 */
import type { components } from './api-types';

type Schemas = components['schemas'];

export type Principal = Schemas['Principal'];
export type Asset = Schemas['Asset'];
export type Fixture = Schemas['Fixture'];
export type Tier = Schemas['ListTiersResponse']['items'][number];
export type Dataset = Schemas['Dataset'];
export type Distribution = Schemas['Distribution'];
export type Materialization = Schemas['GetMaterializationResponse'];
export type Transfer = NonNullable<Materialization['transfer']>;
export type Acquisition = Schemas['ListAcquisitionsResponse']['items'][number];
export type Run = Schemas['GetRunResponse'];
export type ArtifactMetadata = Schemas['ArtifactMetadata'];
export type Graph = Schemas['QueryLineageGraphResponse'];
export type GraphNode = Graph['nodes'][number];

export const ACQUISITION_STATES = ['staging', 'complete', 'sync_queued', 'sync_verified', 'cleared'] as const;
