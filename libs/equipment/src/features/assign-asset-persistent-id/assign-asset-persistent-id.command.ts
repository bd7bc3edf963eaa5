import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';

/** The body of POST /v1/assets/{id}/persistent-identifier. */
export const assignAssetPersistentIdBody = z.strictObject({
  scheme: z.enum(['DOI', 'Handle']).describe('DOI (minted by DataCite when configured) or Handle'),
  suffix: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._;()/:-]*$/,
      'letters, digits and . _ ; ( ) / : - only, starting with a letter or digit',
    )
    .optional()
    .describe('The part after the prefix (<prefix>/<suffix>); a new UUID when omitted'),
});

export const assignAssetPersistentIdInput = assignAssetPersistentIdBody.extend({
  assetId: z.guid().describe('The asset to assign a persistent identifier (not Decommissioned)'),
});
export type AssignAssetPersistentIdInput = z.output<typeof assignAssetPersistentIdInput>;

export class AssignAssetPersistentIdCommand extends Command<PersistentIdentifier> {
  constructor(
    readonly input: AssignAssetPersistentIdInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
