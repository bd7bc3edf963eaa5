import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { SOURCE_TYPES } from '../../aggregates/lineage-session/lineage-session.events';
import { MAX_BATCH_ITEMS, hashInput, stagingCountsOutput } from '../../lineage/lineage.schemas';

export const lineageArtifactInput = z
  .strictObject({
    hashes: z
      .array(hashInput)
      .min(1, 'an artifact needs at least one hash')
      .max(3)
      .describe('Its hashes, at least one: sha256, blake3 and/or md5, one per algorithm'),
    size: z.int().nonnegative().max(Number.MAX_SAFE_INTEGER).describe('Its real size in bytes (0 only if it is empty)'),
    sourceType: z.enum(SOURCE_TYPES).describe('Where it lives: file, s3, gs, https, custody or none'),
    sourceUrl: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe('Its location; for sourceType custody, the custody://artifacts/… URI of its deposit'),
  })
  .superRefine((artifact, ctx) => {
    const algorithms = artifact.hashes.map((h) => h.algorithm);
    if (new Set(algorithms).size !== algorithms.length) {
      ctx.addIssue({ code: 'custom', path: ['hashes'], message: 'one hash per algorithm' });
    }
    if (artifact.sourceType === 'custody' && !artifact.sourceUrl?.startsWith('custody://')) {
      ctx.addIssue({ code: 'custom', path: ['sourceUrl'], message: 'a custody source names its custody:// URI' });
    }
  });

export const stageLineageArtifactsInput = z.strictObject({
  artifacts: z
    .array(lineageArtifactInput)
    .min(1)
    .max(MAX_BATCH_ITEMS)
    .describe(`The artifacts, 1 to ${MAX_BATCH_ITEMS}`),
});
export type StageLineageArtifactsInput = z.output<typeof stageLineageArtifactsInput>;

export const stageLineageArtifactsToolInput = stageLineageArtifactsInput.extend({
  sessionId: z.guid().describe('The lineage session'),
});
export type StageLineageArtifactsToolInput = z.output<typeof stageLineageArtifactsToolInput>;

export const stageLineageArtifactsOutput = stagingCountsOutput;
export type StageLineageArtifactsOutput = z.output<typeof stageLineageArtifactsOutput>;

export class StageLineageArtifactsCommand extends Command<StageLineageArtifactsOutput> {
  constructor(
    readonly sessionId: string,
    readonly input: StageLineageArtifactsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
