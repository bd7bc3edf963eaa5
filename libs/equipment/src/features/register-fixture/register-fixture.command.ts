import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const MAX_FIXTURE_BINDINGS = 1000;

const bindingInput = z.strictObject({
  slotName: z.string().trim().min(1).max(100).describe('The assembly slot the asset fills (its exact name)'),
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('An installed, not decommissioned asset of the slot’s family'),
});

const slotAssetBindings = z
  .array(bindingInput)
  .max(MAX_FIXTURE_BINDINGS)
  .superRefine((bindings, ctx) => {
    const seen = new Map<string, number>();
    bindings.forEach((binding, index) => {
      const first = seen.get(binding.assetId);
      if (first === undefined) seen.set(binding.assetId, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'assetId'],
          message: `asset ${binding.assetId} is already bound by slotAssetBindings.${first}`,
        });
      }
    });
  })
  .describe('One binding per asset: every slot gets exactly its count of assets; an asset fills one slot only');

const bodyShape = {
  slotAssetBindings,
  parameterOverrides: z
    .record(z.string().min(1).max(200), z.unknown())
    .optional()
    .describe('Free-form parameters of this fixture (JSON object), kept as given'),
};

/** The body of POST /v1/assemblies/{id}/fixtures. */
export const registerFixtureBody = z.strictObject(bodyShape);
export type RegisterFixtureBody = z.output<typeof registerFixtureBody>;

/** The MCP tool's input: the body and the assembly. */
export const registerFixtureInput = z.strictObject({
  assemblyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The assembly (not deprecated) the fixture instantiates'),
  ...bodyShape,
});
export type RegisterFixtureInput = z.output<typeof registerFixtureInput>;

export const registerFixtureOutput = z.object({ fixtureId: z.string().describe('The new fixture (UUID)') });

export class RegisterFixtureCommand extends Command<{ fixtureId: string }> {
  constructor(
    readonly input: RegisterFixtureInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
