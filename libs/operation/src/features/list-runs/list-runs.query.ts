import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { z } from 'zod';
import { RunView } from '../../aggregates/run/run.state';
import { pageOf, runStatus, runView } from '../../schemas/views.schema';

export const listRunsInput = z.strictObject({
  state: runStatus.optional().describe('Only runs in this state'),
  methodId: z.guid().optional().describe('Only runs of this method'),
  inputDatasetId: z.guid().optional().describe('Only runs that read this dataset'),
  ...pageQueryShape,
});
export type ListRunsInput = z.output<typeof listRunsInput>;

export const listRunsOutput = pageOf(runView);

export class ListRunsQuery extends Query<Page<RunView>> {
  constructor(
    readonly input: ListRunsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
