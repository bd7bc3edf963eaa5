import { DomainEvent } from '@custody/kernel';
import { PidScheme } from '../persistent-id/persistent-id';

export interface Owner {
  readonly name: string;
  readonly contact?: string;
  readonly identifier?: string;
  readonly identifierType?: string;
}

export type AssetRegistered = DomainEvent<
  'AssetRegistered',
  {
    assetId: string;
    name: string;
    familyId: string;
    modelId: string | null;
    serialNumber: string | null;
    owner: Owner | null;
    registeredAt: string;
  }
>;
export type AssetActivated = DomainEvent<'AssetActivated', { assetId: string; at: string }>;
export type AssetMaintenanceBegun = DomainEvent<'AssetMaintenanceBegun', { assetId: string; at: string }>;
export type AssetMaintenanceEnded = DomainEvent<'AssetMaintenanceEnded', { assetId: string; at: string }>;
export type AssetDecommissioned = DomainEvent<'AssetDecommissioned', { assetId: string; at: string }>;
/** The asset side of an install; the mount stream records MountAssetInstalled in the same transaction. */
export type AssetInstalled = DomainEvent<'AssetInstalled', { assetId: string; mountId: string; at: string }>;
export type AssetUninstalled = DomainEvent<'AssetUninstalled', { assetId: string; mountId: string; at: string }>;
/** The asset side of an attachment; the fixture stream records FixtureAssetAttached in the same transaction. */
export type AssetAttachedToFixture = DomainEvent<
  'AssetAttachedToFixture',
  { assetId: string; fixtureId: string; at: string }
>;
export type AssetDetachedFromFixture = DomainEvent<
  'AssetDetachedFromFixture',
  { assetId: string; fixtureId: string; at: string }
>;
export type AssetPersistentIdRequested = DomainEvent<
  'AssetPersistentIdRequested',
  { assetId: string; scheme: PidScheme; value: string; requestedSuffix: string | null; at: string }
>;
export type AssetPersistentIdMintFailed = DomainEvent<
  'AssetPersistentIdMintFailed',
  { assetId: string; value: string; reason: string; at: string }
>;
export type AssetPersistentIdAssigned = DomainEvent<
  'AssetPersistentIdAssigned',
  { assetId: string; scheme: PidScheme; value: string; at: string }
>;

export type AssetEvent =
  | AssetRegistered
  | AssetActivated
  | AssetMaintenanceBegun
  | AssetMaintenanceEnded
  | AssetDecommissioned
  | AssetInstalled
  | AssetUninstalled
  | AssetAttachedToFixture
  | AssetDetachedFromFixture
  | AssetPersistentIdRequested
  | AssetPersistentIdMintFailed
  | AssetPersistentIdAssigned;

export const ASSET_STREAM = 'equipment.asset';
export const ASSET_EVENT_TYPES: readonly AssetEvent['type'][] = [
  'AssetRegistered',
  'AssetActivated',
  'AssetMaintenanceBegun',
  'AssetMaintenanceEnded',
  'AssetDecommissioned',
  'AssetInstalled',
  'AssetUninstalled',
  'AssetAttachedToFixture',
  'AssetDetachedFromFixture',
  'AssetPersistentIdRequested',
  'AssetPersistentIdMintFailed',
  'AssetPersistentIdAssigned',
];
