import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { acquisitionViewSchema } from '../../schemas/acquisition.schema';

export const getAcquisitionInput = z.strictObject({
  acquisitionId: z.guid().describe('The acquisition to read'),
});
export type GetAcquisitionInput = z.output<typeof getAcquisitionInput>;

export const getAcquisitionOutput = acquisitionViewSchema;

export class GetAcquisitionQuery extends Query<AcquisitionView> {
  constructor(
    readonly input: GetAcquisitionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
