import { DiscardDatasetHandler } from '../features/discard-dataset/discard-dataset.handler';
import { DiscardDatasetController } from '../features/discard-dataset/discard-dataset.http';
import { DiscardDatasetTool } from '../features/discard-dataset/discard-dataset.mcp';
import { GetDatasetHandler } from '../features/get-dataset/get-dataset.handler';
import { GetDatasetController } from '../features/get-dataset/get-dataset.http';
import { GetDatasetTool } from '../features/get-dataset/get-dataset.mcp';
import { ListDatasetsHandler } from '../features/list-datasets/list-datasets.handler';
import { ListDatasetsController } from '../features/list-datasets/list-datasets.http';
import { ListDatasetsTool } from '../features/list-datasets/list-datasets.mcp';
import { RegisterDatasetHandler } from '../features/register-dataset/register-dataset.handler';
import { RegisterDatasetController } from '../features/register-dataset/register-dataset.http';
import { RegisterDatasetTool } from '../features/register-dataset/register-dataset.mcp';
import { DatasetSummaryProjection } from '../projections/dataset-summary.projection';
import { SliceGroup } from './slice-group';

/** Datasets: the catalogue, by checksum and size. */
export const datasetSlices: SliceGroup = {
  controllers: [RegisterDatasetController, ListDatasetsController, GetDatasetController, DiscardDatasetController],
  providers: [
    RegisterDatasetHandler,
    RegisterDatasetTool,
    GetDatasetHandler,
    GetDatasetTool,
    ListDatasetsHandler,
    ListDatasetsTool,
    DiscardDatasetHandler,
    DiscardDatasetTool,
    DatasetSummaryProjection,
  ],
};
