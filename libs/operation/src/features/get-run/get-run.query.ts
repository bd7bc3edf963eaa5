import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { RunView } from '../../aggregates/run/run.state';
import { runView } from '../../schemas/views.schema';

export const getRunInput = z.strictObject({ runId: z.guid().describe('The run to read') });
export type GetRunInput = z.output<typeof getRunInput>;

export const getRunOutput = runView;

export class GetRunQuery extends Query<RunView> {
  constructor(
    readonly input: GetRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
