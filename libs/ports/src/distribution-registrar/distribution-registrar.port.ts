/**
 * What the operation context's materialization job needs of the data context: the facts of a dataset and of
 * the tiers (to pick a source and a target location), and to register and attest the new copy. The data context
 * answers through its own command handlers, so the same guards as REST apply. The consumer never imports data.
 */

export type StorageProtocol = 'file' | 's3' | 'https' | 'globus';

export interface TierFacts {
  readonly tierId: string;
  readonly name: string;
  readonly accessProtocol: StorageProtocol;
  /** The tier's canonical root URI, e.g. `file:///data/nas`. */
  readonly rootUri: string;
  /** Whether the tier is marked reachable now. */
  readonly reachable: boolean;
}

export interface CopyChecksum {
  readonly algorithm: 'sha256' | 'sha256-tree';
  readonly value: string;
}

export interface DatasetFacts {
  readonly datasetId: string;
  readonly checksum: CopyChecksum;
  readonly byteSize: number;
  readonly discarded: boolean;
}

/** A copy of a dataset that is not discarded, located relative to its tier's root. */
export interface CopyFacts {
  readonly distributionId: string;
  readonly tierId: string;
  readonly status: 'Registered' | 'Verified' | 'Stale';
  /** The copy's path below its tier's root, `/`-separated. */
  readonly relativePath: string;
}

/** Who the job acts for: the principal that queued the materialization (its guards are checked again). */
export interface ActingPrincipal {
  readonly principalId: string;
  readonly name: string;
  readonly roles: readonly ('admin' | 'operator' | 'worker' | 'reader')[];
}

export interface StorageCatalogue {
  /** Every registered tier, in registration order. */
  listTiers(): Promise<readonly TierFacts[]>;
  findTier(tierId: string): Promise<TierFacts | null>;
  findDataset(datasetId: string): Promise<DatasetFacts | null>;
  /** The dataset's copies that are not discarded, in registration order (reflects every committed write). */
  findCopies(datasetId: string): Promise<readonly CopyFacts[]>;
}

export interface RegisterCopyRequest {
  /** The same key always answers the copy it registered first (a retry after a crash registers nothing new). */
  readonly idempotencyKey: string;
  readonly datasetId: string;
  readonly tierId: string;
  /** Path below the tier's root. */
  readonly relativePath: string;
  readonly checksum: CopyChecksum;
  readonly byteSize: number;
  readonly actingFor: ActingPrincipal;
}

export interface AttestCopyRequest {
  /** The same key always answers the attestation it recorded first. */
  readonly idempotencyKey: string;
  readonly distributionId: string;
  /** What the transfer measured while copying; omitted: the data context reads the bytes itself. */
  readonly observed?: CopyChecksum & { readonly byteSize: number };
  readonly actingFor: ActingPrincipal;
}

export interface AttestCopyResult {
  readonly attestationId: string;
  readonly outcome: 'Match' | 'Mismatch' | 'Unreachable';
}

export interface DistributionRegistrar {
  registerCopy(request: RegisterCopyRequest): Promise<{ readonly distributionId: string }>;
  attestCopy(request: AttestCopyRequest): Promise<AttestCopyResult>;
}

/** Nest injection tokens the apps bind to the data context's adapters. */
export const STORAGE_CATALOGUE = Symbol('StorageCatalogue');
export const DISTRIBUTION_REGISTRAR = Symbol('DistributionRegistrar');
