import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdRequestBody } from '../../persistent-ids/persistent-id-request';
import { persistentIdentifierView } from '../../views/equipment.views';

/** The body of POST /v1/fixtures/{id}/persistent-identifier. */
export const assignFixturePersistentIdBody = persistentIdRequestBody;

export const assignFixturePersistentIdInput = assignFixturePersistentIdBody.extend({
  fixtureId: z.guid().describe('The fixture to assign a persistent identifier'),
});
export type AssignFixturePersistentIdInput = z.output<typeof assignFixturePersistentIdInput>;

export const assignFixturePersistentIdOutput = persistentIdentifierView;

export class AssignFixturePersistentIdCommand extends Command<PersistentIdentifier> {
  constructor(
    readonly input: AssignFixturePersistentIdInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
