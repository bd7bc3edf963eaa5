import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

const identifierShape = {
  identifier: z.string().trim().min(1).max(500).optional().describe('A persistent identifier, e.g. a ROR id'),
  identifierType: z.string().trim().min(1).max(50).optional().describe('The identifier’s scheme, e.g. "ROR"'),
};

export const ownerInput = z.strictObject({
  name: z.string().trim().min(1).max(300).describe('Owning institution or group'),
  contact: z.email().max(300).optional().describe('Contact e-mail address of the owner (PIDINST ownerContact)'),
  ...identifierShape,
});

export const registerAssetInput = z.strictObject({
  name: z.string().trim().min(1).max(300).describe('Instrument name'),
  familyId: z.guid().describe('Family the instrument belongs to'),
  modelId: z.guid().optional().describe('Model of the instrument (must belong to the family)'),
  serialNumber: z.string().trim().min(1).max(200).optional().describe('Manufacturer serial number'),
  owner: ownerInput.optional().describe('Who owns the instrument (needed for its PIDINST record)'),
});
export type RegisterAssetInput = z.output<typeof registerAssetInput>;

export const registerAssetOutput = z.object({ assetId: z.string().describe('The new asset (UUID)') });

export class RegisterAssetCommand extends Command<{ assetId: string }> {
  constructor(
    readonly input: RegisterAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
