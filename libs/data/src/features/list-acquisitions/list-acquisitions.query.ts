import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { z } from 'zod';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { acquisitionStateSchema, acquisitionViewSchema, hostInput } from '../../schemas/acquisition.schema';

export const listAcquisitionsInput = z.strictObject({
  state: acquisitionStateSchema.optional().describe('Only acquisitions in this state'),
  tierId: z.guid().optional().describe('Only acquisitions on this acquisition tier'),
  host: hostInput.optional().describe('Only acquisitions a change of which this host made'),
  ...pageQueryShape,
});
export type ListAcquisitionsInput = z.output<typeof listAcquisitionsInput>;

export const listAcquisitionsOutput = z.object({
  items: z.array(acquisitionViewSchema),
  nextCursor: z.string().nullable(),
});

export class ListAcquisitionsQuery extends Query<Page<AcquisitionView>> {
  constructor(
    readonly input: ListAcquisitionsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
