import { z } from 'zod';
import { artifactMetadataView } from '../../views/artifact.views';

/** The MCP form of a fetch (REST takes `?uri=` and answers the raw bytes). */
export const fetchArtifactToolInput = z.strictObject({
  artifactUri: z.string().min(1).max(2048).describe('The artifact URI, custody://artifacts/<32 hex>'),
});
export type FetchArtifactToolInput = z.output<typeof fetchArtifactToolInput>;

/** The tool's structuredContent: the artifact's record; its bytes follow as an embedded resource. */
export const fetchArtifactOutput = artifactMetadataView;
