import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { DatasetView } from '../../aggregates/dataset/dataset.state';
import { datasetView } from '../../views/data.views';

export const getDatasetInput = z.strictObject({
  datasetId: z.guid().describe('The dataset to read'),
});
export type GetDatasetInput = z.output<typeof getDatasetInput>;

export const getDatasetOutput = datasetView;

export class GetDatasetQuery extends Query<DatasetView> {
  constructor(
    readonly input: GetDatasetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
