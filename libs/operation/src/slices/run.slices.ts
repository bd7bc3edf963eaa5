import { Provider, Type } from '@nestjs/common';
import { MigrationClass } from '@custody/platform';
import { AbortRunHandler } from '../features/abort-run/abort-run.handler';
import { AbortRunController } from '../features/abort-run/abort-run.http';
import { AbortRunTool } from '../features/abort-run/abort-run.mcp';
import { CompleteRunHandler } from '../features/complete-run/complete-run.handler';
import { CompleteRunController } from '../features/complete-run/complete-run.http';
import { CompleteRunTool } from '../features/complete-run/complete-run.mcp';
import { GetMethodHandler } from '../features/get-method/get-method.handler';
import { GetMethodController } from '../features/get-method/get-method.http';
import { GetMethodTool } from '../features/get-method/get-method.mcp';
import { GetRunOpenlineageHandler } from '../features/get-run-openlineage/get-run-openlineage.handler';
import { GetRunOpenlineageController } from '../features/get-run-openlineage/get-run-openlineage.http';
import { GetRunOpenlineageTool } from '../features/get-run-openlineage/get-run-openlineage.mcp';
import { GetRunHandler } from '../features/get-run/get-run.handler';
import { GetRunController } from '../features/get-run/get-run.http';
import { GetRunTool } from '../features/get-run/get-run.mcp';
import { HoldRunHandler } from '../features/hold-run/hold-run.handler';
import { HoldRunController } from '../features/hold-run/hold-run.http';
import { HoldRunTool } from '../features/hold-run/hold-run.mcp';
import { ListMethodsHandler } from '../features/list-methods/list-methods.handler';
import { ListMethodsController } from '../features/list-methods/list-methods.http';
import { ListMethodsTool } from '../features/list-methods/list-methods.mcp';
import { ListRunsHandler } from '../features/list-runs/list-runs.handler';
import { ListRunsController } from '../features/list-runs/list-runs.http';
import { ListRunsTool } from '../features/list-runs/list-runs.mcp';
import { RegisterMethodHandler } from '../features/register-method/register-method.handler';
import { RegisterMethodController } from '../features/register-method/register-method.http';
import { RegisterMethodTool } from '../features/register-method/register-method.mcp';
import { ResumeRunHandler } from '../features/resume-run/resume-run.handler';
import { ResumeRunController } from '../features/resume-run/resume-run.http';
import { ResumeRunTool } from '../features/resume-run/resume-run.mcp';
import { StartRunHandler } from '../features/start-run/start-run.handler';
import { StartRunController } from '../features/start-run/start-run.http';
import { StartRunTool } from '../features/start-run/start-run.mcp';
import { StopRunHandler } from '../features/stop-run/stop-run.handler';
import { StopRunController } from '../features/stop-run/stop-run.http';
import { StopRunTool } from '../features/stop-run/stop-run.mcp';
import { ParametersValidator } from '../json-schema/parameters-schema';
import { RunReadModels1764000012000 } from '../migrations/1764000012000-run-read-models';
import { MethodSummaryProjection } from '../projections/method-summary.projection';
import { RunSummaryProjection } from '../projections/run-summary.projection';

/** Methods and runs (issue 12): the start gate asks DatasetDistributionLookup, bound by the apps. */
export const runSlices: {
  readonly controllers: readonly Type<unknown>[];
  readonly providers: readonly Provider[];
  readonly migrations: readonly MigrationClass[];
} = {
  controllers: [
    RegisterMethodController,
    ListMethodsController,
    GetMethodController,
    StartRunController,
    ListRunsController,
    GetRunOpenlineageController,
    GetRunController,
    HoldRunController,
    ResumeRunController,
    CompleteRunController,
    AbortRunController,
    StopRunController,
  ],
  providers: [
    ParametersValidator,
    MethodSummaryProjection,
    RunSummaryProjection,
    RegisterMethodHandler,
    RegisterMethodTool,
    GetMethodHandler,
    GetMethodTool,
    ListMethodsHandler,
    ListMethodsTool,
    StartRunHandler,
    StartRunTool,
    GetRunHandler,
    GetRunTool,
    ListRunsHandler,
    ListRunsTool,
    GetRunOpenlineageHandler,
    GetRunOpenlineageTool,
    HoldRunHandler,
    HoldRunTool,
    ResumeRunHandler,
    ResumeRunTool,
    CompleteRunHandler,
    CompleteRunTool,
    AbortRunHandler,
    AbortRunTool,
    StopRunHandler,
    StopRunTool,
  ],
  migrations: [RunReadModels1764000012000],
};
