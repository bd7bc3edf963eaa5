import { DomainEvent } from '@custody/kernel';

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

export type AssetActivated = DomainEvent<'AssetActivated', { assetId: string; activatedAt: string }>;

export type AssetEvent = AssetRegistered | AssetActivated;

export const ASSET_STREAM = 'equipment.asset';
export const ASSET_EVENT_TYPES: readonly AssetEvent['type'][] = ['AssetRegistered', 'AssetActivated'];
