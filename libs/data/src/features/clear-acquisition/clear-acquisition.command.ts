import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { acquisitionViewSchema, hostInput } from '../../schemas/acquisition.schema';

export const clearAcquisitionBody = z.strictObject({
  host: hostInput.optional().describe('Recorded on the cleared history entry (default: api)'),
});

export const clearAcquisitionInput = clearAcquisitionBody.extend({
  acquisitionId: z.guid().describe('The sync_verified acquisition whose staging copy may go'),
});
export type ClearAcquisitionInput = z.output<typeof clearAcquisitionInput>;

export const clearAcquisitionOutput = acquisitionViewSchema;

export class ClearAcquisitionCommand extends Command<AcquisitionView> {
  constructor(
    readonly input: ClearAcquisitionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
