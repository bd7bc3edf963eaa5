import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';

/** The body of POST /v1/fixtures/{id}/persistent-identifier. */
export const assignFixturePersistentIdBody = z.strictObject({
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

export const assignFixturePersistentIdInput = assignFixturePersistentIdBody.extend({
  fixtureId: z.guid().describe('The fixture to assign a persistent identifier'),
});
export type AssignFixturePersistentIdInput = z.output<typeof assignFixturePersistentIdInput>;

export class AssignFixturePersistentIdCommand extends Command<PersistentIdentifier> {
  constructor(
    readonly input: AssignFixturePersistentIdInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
