import { DomainEvent } from '@custody/kernel';

export type MountCreated = DomainEvent<
  'MountCreated',
  { mountId: string; frameId: string; slotCode: string; at: string }
>;
/** The mount side of an install; the asset stream records AssetInstalled in the same transaction. */
export type MountAssetInstalled = DomainEvent<'MountAssetInstalled', { mountId: string; assetId: string; at: string }>;
export type MountAssetUninstalled = DomainEvent<
  'MountAssetUninstalled',
  { mountId: string; assetId: string; at: string }
>;

export type MountEvent = MountCreated | MountAssetInstalled | MountAssetUninstalled;

export const MOUNT_STREAM = 'equipment.mount';
export const MOUNT_EVENT_TYPES: readonly MountEvent['type'][] = [
  'MountCreated',
  'MountAssetInstalled',
  'MountAssetUninstalled',
];
