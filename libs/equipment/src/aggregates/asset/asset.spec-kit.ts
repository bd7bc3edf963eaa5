import { AssetEvent } from './asset.events';

/** Shared fixtures of the asset decider specs: one asset and its lifecycle events. */
export const assetId = '0190a000-0000-7000-8000-0000000000a1';
export const at = '2026-01-01T00:00:00.000Z';
export const registered: AssetEvent = {
  type: 'AssetRegistered',
  data: {
    assetId,
    name: 'Pilatus 6M',
    familyId: '0190a000-0000-7000-8000-0000000000f1',
    modelId: null,
    serialNumber: null,
    owner: null,
    registeredAt: at,
  },
};
export const activated: AssetEvent = { type: 'AssetActivated', data: { assetId, at } };
export const begun: AssetEvent = { type: 'AssetMaintenanceBegun', data: { assetId, at } };
export const ended: AssetEvent = { type: 'AssetMaintenanceEnded', data: { assetId, at } };
export const decommissioned: AssetEvent = { type: 'AssetDecommissioned', data: { assetId, at } };
