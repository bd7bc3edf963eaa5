import { CancelMaterializationHandler } from '../features/cancel-materialization/cancel-materialization.handler';
import { CancelMaterializationController } from '../features/cancel-materialization/cancel-materialization.http';
import { CancelMaterializationTool } from '../features/cancel-materialization/cancel-materialization.mcp';
import { GetMaterializationHandler } from '../features/get-materialization/get-materialization.handler';
import { GetMaterializationController } from '../features/get-materialization/get-materialization.http';
import { GetMaterializationTool } from '../features/get-materialization/get-materialization.mcp';
import { ListMaterializationsHandler } from '../features/list-materializations/list-materializations.handler';
import { ListMaterializationsController } from '../features/list-materializations/list-materializations.http';
import { ListMaterializationsTool } from '../features/list-materializations/list-materializations.mcp';
import { RequestMaterializationHandler } from '../features/request-materialization/request-materialization.handler';
import { RequestMaterializationController } from '../features/request-materialization/request-materialization.http';
import { RequestMaterializationTool } from '../features/request-materialization/request-materialization.mcp';
import { MaterializationProgressStore } from '../jobs/materialization/materialization-progress.store';
import { MaterializationQueue } from '../jobs/materialization/materialization-queue';
import { Materializations1764000030000 } from '../migrations/1764000030000-materializations';
import { MaterializationSummaryProjection } from '../projections/materialization-summary.projection';

/** Materializations (issue 13): request, read, list, cancel; the queue they enqueue on; their read models. */
export const materializationSlices = {
  controllers: [
    RequestMaterializationController,
    ListMaterializationsController,
    GetMaterializationController,
    CancelMaterializationController,
  ],
  providers: [
    RequestMaterializationHandler,
    RequestMaterializationTool,
    GetMaterializationHandler,
    GetMaterializationTool,
    ListMaterializationsHandler,
    ListMaterializationsTool,
    CancelMaterializationHandler,
    CancelMaterializationTool,
    MaterializationSummaryProjection,
    MaterializationProgressStore,
    MaterializationQueue,
  ],
  migrations: [Materializations1764000030000],
};
