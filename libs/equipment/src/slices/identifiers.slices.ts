import { AssignAssetPersistentIdHandler } from '../features/assign-asset-persistent-id/assign-asset-persistent-id.handler';
import { AssignAssetPersistentIdController } from '../features/assign-asset-persistent-id/assign-asset-persistent-id.http';
import { AssignAssetPersistentIdTool } from '../features/assign-asset-persistent-id/assign-asset-persistent-id.mcp';
import { AssignFixturePersistentIdHandler } from '../features/assign-fixture-persistent-id/assign-fixture-persistent-id.handler';
import { AssignFixturePersistentIdController } from '../features/assign-fixture-persistent-id/assign-fixture-persistent-id.http';
import { AssignFixturePersistentIdTool } from '../features/assign-fixture-persistent-id/assign-fixture-persistent-id.mcp';
import { GetAssetPidinstHandler } from '../features/get-asset-pidinst/get-asset-pidinst.handler';
import { GetAssetPidinstController } from '../features/get-asset-pidinst/get-asset-pidinst.http';
import { GetAssetPidinstTool } from '../features/get-asset-pidinst/get-asset-pidinst.mcp';
import { GetFixturePidinstHandler } from '../features/get-fixture-pidinst/get-fixture-pidinst.handler';
import { GetFixturePidinstController } from '../features/get-fixture-pidinst/get-fixture-pidinst.http';
import { GetFixturePidinstTool } from '../features/get-fixture-pidinst/get-fixture-pidinst.mcp';
import { SliceGroup } from './slice-group';

/**
 * Persistent identifiers and PIDINST records. The handlers inject DOI_MINTER (@custody/ports), which the app's
 * composition root binds to DataCite or the stub.
 */
export const identifiersSlices: SliceGroup = {
  controllers: [
    AssignAssetPersistentIdController,
    AssignFixturePersistentIdController,
    GetAssetPidinstController,
    GetFixturePidinstController,
  ],
  providers: [
    AssignAssetPersistentIdHandler,
    AssignAssetPersistentIdTool,
    AssignFixturePersistentIdHandler,
    AssignFixturePersistentIdTool,
    GetAssetPidinstHandler,
    GetAssetPidinstTool,
    GetFixturePidinstHandler,
    GetFixturePidinstTool,
  ],
};
