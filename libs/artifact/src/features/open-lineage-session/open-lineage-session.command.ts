import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { gitInput } from '../../lineage/lineage.schemas';

export const openLineageSessionInput = z.strictObject({
  clientSessionId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('The client’s own name for the session: opening it again (same principal) resumes it'),
  git: gitInput.optional().describe('The git context of the traced pipeline; part of the sealed lineageHash'),
});
export type OpenLineageSessionInput = z.output<typeof openLineageSessionInput>;

export const openLineageSessionOutput = z.strictObject({
  sessionId: z.guid(),
  created: z.boolean().describe('false when an existing session with this clientSessionId was resumed'),
  status: z.enum(['open', 'closed']),
});
export type OpenLineageSessionOutput = z.output<typeof openLineageSessionOutput>;

export class OpenLineageSessionCommand extends Command<OpenLineageSessionOutput> {
  constructor(
    readonly input: OpenLineageSessionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
