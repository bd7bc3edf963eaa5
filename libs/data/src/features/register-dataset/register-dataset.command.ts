import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';
import { byteSizeInput, checksumInput } from '../../schemas/checksum.schema';

export const registerDatasetInput = z.strictObject({
  title: textInput(500).describe('Human-readable title of the dataset'),
  checksum: checksumInput.describe('The dataset’s checksum: every copy must carry exactly this one'),
  byteSize: byteSizeInput,
  intent: textInput(1000).optional().describe('Why the dataset is kept, e.g. "raw frames of run 42" or "calibration"'),
  collectedBy: z
    .strictObject({
      assetId: z.guid().optional().describe('The instrument (equipment asset) that collected it'),
      fixtureId: z.guid().optional().describe('The fixture (composed instrument) that collected it'),
    })
    .refine((v) => v.assetId !== undefined || v.fixtureId !== undefined, {
      message: 'name an assetId or a fixtureId',
    })
    .optional()
    .describe('Which instrument collected the dataset'),
});
export type RegisterDatasetInput = z.output<typeof registerDatasetInput>;

export const registerDatasetOutput = z.object({ datasetId: z.string().describe('The new dataset (UUID)') });

export class RegisterDatasetCommand extends Command<{ datasetId: string }> {
  constructor(
    readonly input: RegisterDatasetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
