import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { AttestationOutcome } from '../../aggregates/distribution/distribution.events';
import { ObservedChecksum } from '../../aggregates/checksum/checksum';
import { byteSizeInput, checksumAlgorithmInput, checksumValueInput } from '../../schemas/checksum.schema';
import { attestationResultView } from '../../views/data.views';

export const attestDistributionBody = z.strictObject({
  observed: z
    .strictObject({
      algorithm: checksumAlgorithmInput,
      value: checksumValueInput,
      byteSize: byteSizeInput,
    })
    .optional()
    .describe(
      'What an edge host measured (role worker or above). Omit it to have the server read the bytes through the tier’s protocol.',
    ),
});

export const attestDistributionInput = attestDistributionBody.extend({
  distributionId: z.guid().describe('The copy to attest'),
});
export type AttestDistributionInput = z.output<typeof attestDistributionInput>;

export interface AttestationResult {
  readonly attestationId: string;
  readonly outcome: AttestationOutcome;
  readonly observed: ObservedChecksum | null;
}

export const attestDistributionOutput = attestationResultView;

export class AttestDistributionCommand extends Command<AttestationResult> {
  constructor(
    readonly input: AttestDistributionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
