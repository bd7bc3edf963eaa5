import {
  PendingPersistentIdView,
  PersistentIdState,
  PersistentIdentifier,
  pendingPersistentIdView,
} from '../persistent-id/persistent-id';
import { Owner } from './asset.events';

export type AssetLifecycle = 'Commissioned' | 'Active' | 'Maintenance' | 'Decommissioned';
export const ASSET_LIFECYCLES: readonly AssetLifecycle[] = ['Commissioned', 'Active', 'Maintenance', 'Decommissioned'];

export interface RegisteredAsset extends PersistentIdState {
  readonly exists: true;
  readonly assetId: string;
  readonly name: string;
  readonly familyId: string;
  readonly modelId: string | null;
  readonly serialNumber: string | null;
  readonly owner: Owner | null;
  readonly lifecycle: AssetLifecycle;
  /** The mount it is installed in, if any. */
  readonly mountId: string | null;
  /** The fixture it is attached to, if any (its "fixture binding"). */
  readonly fixtureId: string | null;
  readonly commissionedAt: string;
  readonly decommissionedAt: string | null;
}

export type AssetState = { readonly exists: false } | RegisteredAsset;

export const initialAssetState: AssetState = { exists: false };

/** What GET /v1/assets/{id} and the list answer. */
export interface AssetView {
  readonly assetId: string;
  readonly name: string;
  readonly familyId: string;
  readonly modelId: string | null;
  readonly serialNumber: string | null;
  readonly owner: Owner | null;
  readonly lifecycle: AssetLifecycle;
  readonly mountId: string | null;
  readonly fixtureId: string | null;
  readonly persistentId: PersistentIdentifier | null;
  /** Present while an identifier request awaits the registry (e.g. after a failed mint). */
  readonly pendingPersistentId?: PendingPersistentIdView;
  readonly version: number;
}

export function toAssetView(asset: RegisteredAsset, version: number): AssetView {
  return {
    assetId: asset.assetId,
    name: asset.name,
    familyId: asset.familyId,
    modelId: asset.modelId,
    serialNumber: asset.serialNumber,
    owner: asset.owner,
    lifecycle: asset.lifecycle,
    mountId: asset.mountId,
    fixtureId: asset.fixtureId,
    persistentId: asset.persistentId,
    ...pendingPersistentIdView(asset),
    version,
  };
}
