/** The shapes the dashboard reads, as API.md and the OpenAPI document describe them. */

export interface Asset {
  assetId: string;
  name: string;
  familyId: string;
  modelId: string | null;
  serialNumber: string | null;
  lifecycle: string;
  mountId: string | null;
  fixtureId: string | null;
  persistentId: { scheme: string; value: string } | null;
}
export interface Fixture {
  fixtureId: string;
  assemblyId: string;
  slotAssetBindings: Array<{ slotName: string; assetId: string }>;
  attachedAssetIds: string[];
  persistentId: { scheme: string; value: string } | null;
}
export interface Tier {
  tierId: string;
  name: string;
  accessProtocol: string;
  rootUri: string;
  reachable: boolean;
}
export interface Dataset {
  datasetId: string;
  title: string;
  checksum: { algorithm: string; value: string };
  byteSize: number;
  status: string;
  collectedBy: { assetId?: string; fixtureId?: string } | null;
  registeredAt: string;
}
export interface Distribution {
  distributionId: string;
  datasetId: string;
  tierId: string;
  uri: string;
  status: string;
  lastAttestation: { outcome: string; attestedAt: string; detail?: string | null } | null;
}
export interface Transfer {
  state: string;
  bytesMoved: number;
  bytesTotal: number | null;
  filesTotal: number | null;
  filesMoved: number;
  filesSkipped: number;
  filesFailed: number;
  partial: boolean;
  bytesPerSecond: number | null;
}
export interface Materialization {
  materializationId: string;
  datasetId: string;
  targetTierId: string;
  state: string;
  transfer: Transfer | null;
  distributionId: string | null;
  error: { code: string; detail: string } | null;
}
export interface Acquisition {
  acquisitionId: string;
  state: string;
  tierId: string;
  path: string;
  datasetId: string | null;
  history: Array<{ state: string; at: string; host: string }>;
}
export interface Run {
  runId: string;
  methodId: string;
  state: string;
  inputDatasetIds: string[];
  inputCopies?: Array<{ datasetId: string; distributionId: string; tierId: string }>;
  parameters?: unknown;
  history?: Array<Record<string, unknown>>;
}
export interface ArtifactMetadata {
  artifactUri: string;
  sizeBytes: number;
  contentType: string;
  sha256: string;
  createdBy: string;
  createdAt: string;
}
export interface GraphNode {
  id: string;
  kind: string;
  [key: string]: unknown;
}
export interface Graph {
  nodes: GraphNode[];
  edges: Array<{ from: string; to: string; kind: string }>;
  truncated: boolean;
}

export const ACQUISITION_STATES = ['staging', 'complete', 'sync_queued', 'sync_verified', 'cleared'] as const;
