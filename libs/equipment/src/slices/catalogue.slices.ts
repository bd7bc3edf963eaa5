import { GetFamilyHandler } from '../features/get-family/get-family.handler';
import { GetFamilyController } from '../features/get-family/get-family.http';
import { GetFamilyTool } from '../features/get-family/get-family.mcp';
import { GetModelHandler } from '../features/get-model/get-model.handler';
import { GetModelController } from '../features/get-model/get-model.http';
import { GetModelTool } from '../features/get-model/get-model.mcp';
import { ListFamiliesHandler } from '../features/list-families/list-families.handler';
import { ListFamiliesController } from '../features/list-families/list-families.http';
import { ListFamiliesTool } from '../features/list-families/list-families.mcp';
import { ListModelsHandler } from '../features/list-models/list-models.handler';
import { ListModelsController } from '../features/list-models/list-models.http';
import { ListModelsTool } from '../features/list-models/list-models.mcp';
import { RegisterFamilyHandler } from '../features/register-family/register-family.handler';
import { RegisterFamilyController } from '../features/register-family/register-family.http';
import { RegisterFamilyTool } from '../features/register-family/register-family.mcp';
import { RegisterModelHandler } from '../features/register-model/register-model.handler';
import { RegisterModelController } from '../features/register-model/register-model.http';
import { RegisterModelTool } from '../features/register-model/register-model.mcp';
import { CatalogueSummaries1764000002000 } from '../migrations/1764000002000-catalogue-summaries';
import { FamilySummaryProjection } from '../projections/family-summary.projection';
import { ModelSummaryProjection } from '../projections/model-summary.projection';
import { SliceGroup } from './slice-group';

/** Families and models: what kinds of instrument exist. */
export const catalogueSlices: SliceGroup = {
  controllers: [
    RegisterFamilyController,
    ListFamiliesController,
    GetFamilyController,
    RegisterModelController,
    ListModelsController,
    GetModelController,
  ],
  providers: [
    RegisterFamilyHandler,
    RegisterFamilyTool,
    GetFamilyHandler,
    GetFamilyTool,
    ListFamiliesHandler,
    ListFamiliesTool,
    RegisterModelHandler,
    RegisterModelTool,
    GetModelHandler,
    GetModelTool,
    ListModelsHandler,
    ListModelsTool,
    FamilySummaryProjection,
    ModelSummaryProjection,
  ],
  migrations: [CatalogueSummaries1764000002000],
};
