import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { SOURCE_TYPES } from '../../aggregates/lineage-session/lineage-session.events';

export const getLineageArtifactInput = z.strictObject({
  hash: z
    .string()
    .regex(/^(sha256|blake3|md5):[0-9a-fA-F]+$/, 'must be <algorithm>:<hex digest>')
    .describe('One of the artifact’s hashes as <algorithm>:<digest>, e.g. sha256:9f86…'),
});
export type GetLineageArtifactInput = z.output<typeof getLineageArtifactInput>;

const jobView = z.looseObject({ id: z.string().describe('job:<jobUid>'), jobUid: z.string() });

export const getLineageArtifactOutput = z.strictObject({
  artifact: z.strictObject({
    id: z.string().describe('Its graph node: artifact:<preferred alg>:<digest>'),
    hashes: z.array(z.strictObject({ algorithm: z.enum(['sha256', 'blake3', 'md5']), digest: z.string() })),
    size: z.int().nonnegative(),
    sourceType: z.enum(SOURCE_TYPES),
    sourceUrl: z.string().nullable(),
  }),
  producedBy: z.array(jobView).describe('Jobs of finalized lineage (and OpenLineage runs) that generated it'),
  consumedBy: z.array(jobView).describe('Jobs that used it'),
});
export type GetLineageArtifactOutput = z.output<typeof getLineageArtifactOutput>;

export class GetLineageArtifactQuery extends Query<GetLineageArtifactOutput> {
  constructor(
    readonly input: GetLineageArtifactInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
