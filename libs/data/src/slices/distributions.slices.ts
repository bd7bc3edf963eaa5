import { AttestDistributionHandler } from '../features/attest-distribution/attest-distribution.handler';
import { AttestDistributionController } from '../features/attest-distribution/attest-distribution.http';
import { AttestDistributionTool } from '../features/attest-distribution/attest-distribution.mcp';
import { DiscardDistributionHandler } from '../features/discard-distribution/discard-distribution.handler';
import { DiscardDistributionController } from '../features/discard-distribution/discard-distribution.http';
import { DiscardDistributionTool } from '../features/discard-distribution/discard-distribution.mcp';
import { GetDistributionHandler } from '../features/get-distribution/get-distribution.handler';
import { GetDistributionController } from '../features/get-distribution/get-distribution.http';
import { GetDistributionTool } from '../features/get-distribution/get-distribution.mcp';
import { ListDatasetDistributionsHandler } from '../features/list-dataset-distributions/list-dataset-distributions.handler';
import { ListDatasetDistributionsController } from '../features/list-dataset-distributions/list-dataset-distributions.http';
import { ListDatasetDistributionsTool } from '../features/list-dataset-distributions/list-dataset-distributions.mcp';
import { MarkDistributionStaleHandler } from '../features/mark-distribution-stale/mark-distribution-stale.handler';
import { MarkDistributionStaleController } from '../features/mark-distribution-stale/mark-distribution-stale.http';
import { MarkDistributionStaleTool } from '../features/mark-distribution-stale/mark-distribution-stale.mcp';
import { RegisterDistributionHandler } from '../features/register-distribution/register-distribution.handler';
import { RegisterDistributionController } from '../features/register-distribution/register-distribution.http';
import { RegisterDistributionTool } from '../features/register-distribution/register-distribution.mcp';
import { DistributionSummaryProjection } from '../projections/distribution-summary.projection';
import { SliceGroup } from './slice-group';

/** Distributions (copies) and their attestations, discards and staleness. */
export const distributionSlices: SliceGroup = {
  controllers: [
    RegisterDistributionController,
    GetDistributionController,
    ListDatasetDistributionsController,
    DiscardDistributionController,
    MarkDistributionStaleController,
    AttestDistributionController,
  ],
  providers: [
    RegisterDistributionHandler,
    RegisterDistributionTool,
    GetDistributionHandler,
    GetDistributionTool,
    ListDatasetDistributionsHandler,
    ListDatasetDistributionsTool,
    DiscardDistributionHandler,
    DiscardDistributionTool,
    MarkDistributionStaleHandler,
    MarkDistributionStaleTool,
    AttestDistributionHandler,
    AttestDistributionTool,
    DistributionSummaryProjection,
  ],
};
