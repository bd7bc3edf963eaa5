import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

const count = z.int().nonnegative().max(10_000_000);

export const finalizeLineageSessionInput = z.strictObject({
  expected: z
    .strictObject({
      jobs: count.describe('Jobs staged in the session'),
      inputs: count.describe('Input links staged'),
      outputs: count.describe('Output links staged'),
    })
    .describe('What the client staged; finalize refuses (and the session stays open) when the counts differ'),
});
export type FinalizeLineageSessionInput = z.output<typeof finalizeLineageSessionInput>;

export const finalizeLineageSessionToolInput = finalizeLineageSessionInput.extend({
  sessionId: z.guid().describe('The lineage session'),
});
export type FinalizeLineageSessionToolInput = z.output<typeof finalizeLineageSessionToolInput>;

export const finalizeLineageSessionOutput = z.strictObject({
  sessionId: z.guid(),
  status: z.literal('closed'),
  lineageHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the canonical rendering of jobs, artifacts, links and git context (order-independent)'),
});
export type FinalizeLineageSessionOutput = z.output<typeof finalizeLineageSessionOutput>;

export class FinalizeLineageSessionCommand extends Command<FinalizeLineageSessionOutput> {
  constructor(
    readonly sessionId: string,
    readonly input: FinalizeLineageSessionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
