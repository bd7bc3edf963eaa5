import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { z } from 'zod';
import { DatasetView } from '../../aggregates/dataset/dataset.state';
import { datasetView } from '../../views/data.views';

export const listDatasetsInput = z.strictObject({ ...pageQueryShape });
export type ListDatasetsInput = z.output<typeof listDatasetsInput>;

export const listDatasetsOutput = pageOf(datasetView);

export class ListDatasetsQuery extends Query<Page<DatasetView>> {
  constructor(
    readonly input: ListDatasetsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
