import { ActivateAssetHandler } from '../features/activate-asset/activate-asset.handler';
import { ActivateAssetController } from '../features/activate-asset/activate-asset.http';
import { ActivateAssetTool } from '../features/activate-asset/activate-asset.mcp';
import { BeginAssetMaintenanceHandler } from '../features/begin-asset-maintenance/begin-asset-maintenance.handler';
import { BeginAssetMaintenanceController } from '../features/begin-asset-maintenance/begin-asset-maintenance.http';
import { BeginAssetMaintenanceTool } from '../features/begin-asset-maintenance/begin-asset-maintenance.mcp';
import { DecommissionAssetHandler } from '../features/decommission-asset/decommission-asset.handler';
import { DecommissionAssetController } from '../features/decommission-asset/decommission-asset.http';
import { DecommissionAssetTool } from '../features/decommission-asset/decommission-asset.mcp';
import { EndAssetMaintenanceHandler } from '../features/end-asset-maintenance/end-asset-maintenance.handler';
import { EndAssetMaintenanceController } from '../features/end-asset-maintenance/end-asset-maintenance.http';
import { EndAssetMaintenanceTool } from '../features/end-asset-maintenance/end-asset-maintenance.mcp';
import { GetAssetHandler } from '../features/get-asset/get-asset.handler';
import { GetAssetController } from '../features/get-asset/get-asset.http';
import { GetAssetTool } from '../features/get-asset/get-asset.mcp';
import { ListAssetsHandler } from '../features/list-assets/list-assets.handler';
import { ListAssetsController } from '../features/list-assets/list-assets.http';
import { ListAssetsTool } from '../features/list-assets/list-assets.mcp';
import { RegisterAssetHandler } from '../features/register-asset/register-asset.handler';
import { RegisterAssetController } from '../features/register-asset/register-asset.http';
import { RegisterAssetTool } from '../features/register-asset/register-asset.mcp';
import { AssetSummaryProjection } from '../projections/asset-summary.projection';
import { SliceGroup } from './slice-group';

/** Assets and their lifecycle. */
export const assetSlices: SliceGroup = {
  controllers: [
    RegisterAssetController,
    GetAssetController,
    ListAssetsController,
    ActivateAssetController,
    BeginAssetMaintenanceController,
    EndAssetMaintenanceController,
    DecommissionAssetController,
  ],
  providers: [
    RegisterAssetHandler,
    RegisterAssetTool,
    GetAssetHandler,
    GetAssetTool,
    ListAssetsHandler,
    ListAssetsTool,
    ActivateAssetHandler,
    ActivateAssetTool,
    BeginAssetMaintenanceHandler,
    BeginAssetMaintenanceTool,
    EndAssetMaintenanceHandler,
    EndAssetMaintenanceTool,
    DecommissionAssetHandler,
    DecommissionAssetTool,
    AssetSummaryProjection,
  ],
};
