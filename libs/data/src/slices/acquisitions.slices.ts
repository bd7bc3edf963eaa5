import { ClearAcquisitionHandler } from '../features/clear-acquisition/clear-acquisition.handler';
import { ClearAcquisitionController } from '../features/clear-acquisition/clear-acquisition.http';
import { ClearAcquisitionTool } from '../features/clear-acquisition/clear-acquisition.mcp';
import { GetAcquisitionHandler } from '../features/get-acquisition/get-acquisition.handler';
import { GetAcquisitionController } from '../features/get-acquisition/get-acquisition.http';
import { GetAcquisitionTool } from '../features/get-acquisition/get-acquisition.mcp';
import { ListAcquisitionsHandler } from '../features/list-acquisitions/list-acquisitions.handler';
import { ListAcquisitionsController } from '../features/list-acquisitions/list-acquisitions.http';
import { ListAcquisitionsTool } from '../features/list-acquisitions/list-acquisitions.mcp';
import { RegisterAcquisitionHandler } from '../features/register-acquisition/register-acquisition.handler';
import { RegisterAcquisitionController } from '../features/register-acquisition/register-acquisition.http';
import { RegisterAcquisitionTool } from '../features/register-acquisition/register-acquisition.mcp';
import { TransitionAcquisitionHandler } from '../features/transition-acquisition/transition-acquisition.handler';
import { TransitionAcquisitionController } from '../features/transition-acquisition/transition-acquisition.http';
import { TransitionAcquisitionTool } from '../features/transition-acquisition/transition-acquisition.mcp';
import { AcquisitionReadModel1764000014000 } from '../migrations/1764000014000-acquisition-read-model';
import { AcquisitionSummaryProjection } from '../projections/acquisition-summary.projection';
import { SliceGroup } from './slice-group';

/** Acquisitions: the ingest lifecycle of a run written on an edge host (the worker's side is AcquisitionWorkerModule). */
export const acquisitionSlices: SliceGroup = {
  controllers: [
    RegisterAcquisitionController,
    ListAcquisitionsController,
    GetAcquisitionController,
    TransitionAcquisitionController,
    ClearAcquisitionController,
  ],
  providers: [
    RegisterAcquisitionHandler,
    RegisterAcquisitionTool,
    GetAcquisitionHandler,
    GetAcquisitionTool,
    ListAcquisitionsHandler,
    ListAcquisitionsTool,
    TransitionAcquisitionHandler,
    TransitionAcquisitionTool,
    ClearAcquisitionHandler,
    ClearAcquisitionTool,
    AcquisitionSummaryProjection,
  ],
  migrations: [AcquisitionReadModel1764000014000],
};
