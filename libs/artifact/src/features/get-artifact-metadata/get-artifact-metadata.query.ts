import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { ArtifactMetadataView } from '../../aggregates/artifact/artifact.state';
import { artifactMetadataView } from '../../views/artifact.views';

export const getArtifactMetadataInput = z.strictObject({
  uri: z.string().min(1).max(2048).describe('The artifact URI, custody://artifacts/<32 hex>'),
});
export type GetArtifactMetadataInput = z.output<typeof getArtifactMetadataInput>;

export const getArtifactMetadataOutput = artifactMetadataView;

export class GetArtifactMetadataQuery extends Query<ArtifactMetadataView> {
  constructor(
    readonly input: GetArtifactMetadataInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
