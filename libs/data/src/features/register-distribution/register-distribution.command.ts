import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { byteSizeInput, checksumInput } from '../../schemas/checksum.schema';

export const registerDistributionInput = z.strictObject({
  datasetId: z.guid().describe('The dataset this is a copy of'),
  tierId: z.guid().describe('The storage tier the copy lies on'),
  uri: z
    .string()
    .min(1)
    .max(4000)
    .describe(
      'Where the copy lies: a path relative to the tier root, or an absolute URI (or /path) under the tier root; no ".." segments',
    ),
  checksum: checksumInput.describe('The copy’s checksum: must equal the dataset’s'),
  byteSize: byteSizeInput,
});
export type RegisterDistributionInput = z.output<typeof registerDistributionInput>;

export const registerDistributionOutput = z.object({
  distributionId: z.string().describe('The new copy (UUID), status Registered'),
});

export class RegisterDistributionCommand extends Command<{ distributionId: string }> {
  constructor(
    readonly input: RegisterDistributionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
