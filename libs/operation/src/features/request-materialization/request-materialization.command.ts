import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { TRANSFER_VIAS } from '../../aggregates/materialization/materialization.events';

export const requestMaterializationInput = z.strictObject({
  datasetId: z.guid().describe('The dataset to copy'),
  targetTierId: z.guid().describe('The tier the new copy lands on'),
  targetUri: z
    .string()
    .min(1)
    .max(4000)
    .optional()
    .describe(
      'Where the copy lands: a path relative to the target tier root, or an absolute URI (or /path) under it. ' +
        'Default: the source copy’s path relative to its own tier root (tiers mirror each other’s layout).',
    ),
  via: z
    .enum(TRANSFER_VIAS)
    .optional()
    .describe('The transfer adapter: local (default for file tiers), fdt, or globus (default for globus tiers)'),
});
export type RequestMaterializationInput = z.output<typeof requestMaterializationInput>;

export const requestMaterializationOutput = z.object({ materializationId: z.guid(), state: z.literal('Pending') });
export type RequestMaterializationOutput = z.output<typeof requestMaterializationOutput>;

export class RequestMaterializationCommand extends Command<RequestMaterializationOutput> {
  constructor(
    readonly input: RequestMaterializationInput,
    readonly meta: CommandMeta,
    /** Set by the MaterializationRequester adapter (an id derived from its key); otherwise a new id. */
    readonly materializationId?: string,
  ) {
    super();
  }
}
