import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdRequestBody } from '../../persistent-ids/persistent-id-request';
import { persistentIdentifierView } from '../../views/equipment.views';

/** The body of POST /v1/assets/{id}/persistent-identifier. */
export const assignAssetPersistentIdBody = persistentIdRequestBody;

export const assignAssetPersistentIdInput = assignAssetPersistentIdBody.extend({
  assetId: z.guid().describe('The asset to assign a persistent identifier (not Decommissioned)'),
});
export type AssignAssetPersistentIdInput = z.output<typeof assignAssetPersistentIdInput>;

export const assignAssetPersistentIdOutput = persistentIdentifierView;

export class AssignAssetPersistentIdCommand extends Command<PersistentIdentifier> {
  constructor(
    readonly input: AssignAssetPersistentIdInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
