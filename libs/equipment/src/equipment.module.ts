import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';
import { ActivateAssetHandler } from './features/activate-asset/activate-asset.handler';
import { ActivateAssetController } from './features/activate-asset/activate-asset.http';
import { ActivateAssetTool } from './features/activate-asset/activate-asset.mcp';
import { GetAssetHandler } from './features/get-asset/get-asset.handler';
import { GetAssetController } from './features/get-asset/get-asset.http';
import { GetAssetTool } from './features/get-asset/get-asset.mcp';
import { ListAssetsHandler } from './features/list-assets/list-assets.handler';
import { ListAssetsController } from './features/list-assets/list-assets.http';
import { ListAssetsTool } from './features/list-assets/list-assets.mcp';
import { RegisterAssetHandler } from './features/register-asset/register-asset.handler';
import { RegisterAssetController } from './features/register-asset/register-asset.http';
import { RegisterAssetTool } from './features/register-asset/register-asset.mcp';
import { RegisterFamilyHandler } from './features/register-family/register-family.handler';
import { RegisterFamilyController } from './features/register-family/register-family.http';
import { RegisterFamilyTool } from './features/register-family/register-family.mcp';
import { AssetSummary1764000001000 } from './migrations/1764000001000-asset-summary';
import { AssetSummaryProjection } from './projections/asset-summary.projection';

/** Instruments: families, models, assets (and, next, mounts, fixtures, PIDINST). */
@Module({
  controllers: [
    RegisterFamilyController,
    RegisterAssetController,
    GetAssetController,
    ListAssetsController,
    ActivateAssetController,
  ],
  providers: [
    RegisterFamilyHandler,
    RegisterFamilyTool,
    RegisterAssetHandler,
    RegisterAssetTool,
    GetAssetHandler,
    GetAssetTool,
    ListAssetsHandler,
    ListAssetsTool,
    ActivateAssetHandler,
    ActivateAssetTool,
    AssetSummaryProjection,
  ],
})
export class EquipmentModule {
  static readonly persistence: Persistence = { migrations: [AssetSummary1764000001000] };
}
