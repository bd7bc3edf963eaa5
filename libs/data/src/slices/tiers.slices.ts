import { GetTierHandler } from '../features/get-tier/get-tier.handler';
import { GetTierController } from '../features/get-tier/get-tier.http';
import { GetTierTool } from '../features/get-tier/get-tier.mcp';
import { ListTiersHandler } from '../features/list-tiers/list-tiers.handler';
import { ListTiersController } from '../features/list-tiers/list-tiers.http';
import { ListTiersTool } from '../features/list-tiers/list-tiers.mcp';
import { RegisterTierHandler } from '../features/register-tier/register-tier.handler';
import { RegisterTierController } from '../features/register-tier/register-tier.http';
import { RegisterTierTool } from '../features/register-tier/register-tier.mcp';
import { UpdateTierReachabilityHandler } from '../features/update-tier-reachability/update-tier-reachability.handler';
import { UpdateTierReachabilityController } from '../features/update-tier-reachability/update-tier-reachability.http';
import { UpdateTierReachabilityTool } from '../features/update-tier-reachability/update-tier-reachability.mcp';
import { TierSummaryProjection } from '../projections/tier-summary.projection';
import { SliceGroup } from './slice-group';

/** Storage tiers: where copies live and whether the server can reach them. */
export const tierSlices: SliceGroup = {
  controllers: [RegisterTierController, ListTiersController, GetTierController, UpdateTierReachabilityController],
  providers: [
    RegisterTierHandler,
    RegisterTierTool,
    GetTierHandler,
    GetTierTool,
    ListTiersHandler,
    ListTiersTool,
    UpdateTierReachabilityHandler,
    UpdateTierReachabilityTool,
    TierSummaryProjection,
  ],
};
