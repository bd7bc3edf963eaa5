import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MAX_BATCH_ITEMS, hashInput } from '../../lineage/lineage.schemas';

export const lineageLinkInput = z.strictObject({
  jobUid: z.string().min(1).max(200).describe('A job staged in this session'),
  direction: z.enum(['input', 'output']).describe('input: the job read it; output: the job wrote it'),
  hash: hashInput.describe('One hash of a registered artifact'),
  path: z.string().min(1).max(4096).describe('The path the job read or wrote it at'),
});

export const linkLineageArtifactsInput = z.strictObject({
  links: z.array(lineageLinkInput).min(1).max(MAX_BATCH_ITEMS).describe(`The links, 1 to ${MAX_BATCH_ITEMS}`),
});
export type LinkLineageArtifactsInput = z.output<typeof linkLineageArtifactsInput>;

export const linkLineageArtifactsToolInput = linkLineageArtifactsInput.extend({
  sessionId: z.guid().describe('The lineage session'),
});
export type LinkLineageArtifactsToolInput = z.output<typeof linkLineageArtifactsToolInput>;

export const linkLineageArtifactsOutput = z.strictObject({
  linked: z.int().nonnegative().describe('The distinct links of the batch, all now linked'),
});
export type LinkLineageArtifactsOutput = z.output<typeof linkLineageArtifactsOutput>;

export class LinkLineageArtifactsCommand extends Command<LinkLineageArtifactsOutput> {
  constructor(
    readonly sessionId: string,
    readonly input: LinkLineageArtifactsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
