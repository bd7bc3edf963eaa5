import { AttachAssetToFixtureHandler } from '../features/attach-asset-to-fixture/attach-asset-to-fixture.handler';
import { AttachAssetToFixtureController } from '../features/attach-asset-to-fixture/attach-asset-to-fixture.http';
import { AttachAssetToFixtureTool } from '../features/attach-asset-to-fixture/attach-asset-to-fixture.mcp';
import { DeprecateAssemblyHandler } from '../features/deprecate-assembly/deprecate-assembly.handler';
import { DeprecateAssemblyController } from '../features/deprecate-assembly/deprecate-assembly.http';
import { DeprecateAssemblyTool } from '../features/deprecate-assembly/deprecate-assembly.mcp';
import { DetachAssetFromFixtureHandler } from '../features/detach-asset-from-fixture/detach-asset-from-fixture.handler';
import { DetachAssetFromFixtureController } from '../features/detach-asset-from-fixture/detach-asset-from-fixture.http';
import { DetachAssetFromFixtureTool } from '../features/detach-asset-from-fixture/detach-asset-from-fixture.mcp';
import { GetAssemblyHandler } from '../features/get-assembly/get-assembly.handler';
import { GetAssemblyController } from '../features/get-assembly/get-assembly.http';
import { GetAssemblyTool } from '../features/get-assembly/get-assembly.mcp';
import { GetFixtureHandler } from '../features/get-fixture/get-fixture.handler';
import { GetFixtureController } from '../features/get-fixture/get-fixture.http';
import { GetFixtureTool } from '../features/get-fixture/get-fixture.mcp';
import { ListAssembliesHandler } from '../features/list-assemblies/list-assemblies.handler';
import { ListAssembliesController } from '../features/list-assemblies/list-assemblies.http';
import { ListAssembliesTool } from '../features/list-assemblies/list-assemblies.mcp';
import { ListFixturesHandler } from '../features/list-fixtures/list-fixtures.handler';
import { ListFixturesController } from '../features/list-fixtures/list-fixtures.http';
import { ListFixturesTool } from '../features/list-fixtures/list-fixtures.mcp';
import { RegisterAssemblyHandler } from '../features/register-assembly/register-assembly.handler';
import { RegisterAssemblyController } from '../features/register-assembly/register-assembly.http';
import { RegisterAssemblyTool } from '../features/register-assembly/register-assembly.mcp';
import { RegisterFixtureHandler } from '../features/register-fixture/register-fixture.handler';
import { RegisterFixtureController } from '../features/register-fixture/register-fixture.http';
import { RegisterFixtureTool } from '../features/register-fixture/register-fixture.mcp';
import { AssemblySummary1764000003000 } from '../migrations/1764000003000-assembly-summary';
import { FixtureSummary1764000003001 } from '../migrations/1764000003001-fixture-summary';
import { AssemblySummaryProjection } from '../projections/assembly-summary.projection';
import { FixtureSummaryProjection } from '../projections/fixture-summary.projection';
import { SliceGroup } from './slice-group';

/** Assemblies and fixtures: instruments composed for an experiment. */
export const fixturesSlices: SliceGroup = {
  controllers: [
    RegisterAssemblyController,
    ListAssembliesController,
    GetAssemblyController,
    DeprecateAssemblyController,
    RegisterFixtureController,
    ListFixturesController,
    GetFixtureController,
    AttachAssetToFixtureController,
    DetachAssetFromFixtureController,
  ],
  providers: [
    RegisterAssemblyHandler,
    RegisterAssemblyTool,
    ListAssembliesHandler,
    ListAssembliesTool,
    GetAssemblyHandler,
    GetAssemblyTool,
    DeprecateAssemblyHandler,
    DeprecateAssemblyTool,
    RegisterFixtureHandler,
    RegisterFixtureTool,
    ListFixturesHandler,
    ListFixturesTool,
    GetFixtureHandler,
    GetFixtureTool,
    AttachAssetToFixtureHandler,
    AttachAssetToFixtureTool,
    DetachAssetFromFixtureHandler,
    DetachAssetFromFixtureTool,
    AssemblySummaryProjection,
    FixtureSummaryProjection,
  ],
  migrations: [AssemblySummary1764000003000, FixtureSummary1764000003001],
};
