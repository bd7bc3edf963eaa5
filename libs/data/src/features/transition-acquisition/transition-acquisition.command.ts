import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { RunManifest } from '../../aggregates/acquisition/acquisition.events';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { acquisitionStateSchema, acquisitionViewSchema, hostInput } from '../../schemas/acquisition.schema';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const transitionAcquisitionBody = z.strictObject({
  to: acquisitionStateSchema.describe('The next state; anything else is AcquisitionIllegalTransition'),
  host: hostInput,
  filesReceived: count.optional().describe('Kept on complete only'),
  bytesReceived: count.optional().describe('Kept on complete only'),
  datasetId: z.guid().optional().describe('Links the run’s dataset (once)'),
  targetTierId: z
    .guid()
    .optional()
    .describe('sync_verified: the tier whose copy must be Verified (default: the acquisition’s)'),
  materializationId: z.guid().optional().describe('Links the materialization that syncs it (once)'),
});

export const transitionAcquisitionInput = transitionAcquisitionBody.extend({
  acquisitionId: z.guid().describe('The acquisition to move on'),
});
export type TransitionAcquisitionInput = z.output<typeof transitionAcquisitionInput>;

export const transitionAcquisitionOutput = acquisitionViewSchema;

export class TransitionAcquisitionCommand extends Command<AcquisitionView> {
  constructor(
    /** `manifest` is the worker's own (what it saw at complete); REST and MCP never send it. */
    readonly input: TransitionAcquisitionInput & { manifest?: RunManifest },
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
