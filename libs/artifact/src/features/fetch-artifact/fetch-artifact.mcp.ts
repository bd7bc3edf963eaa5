import { Inject, Injectable } from '@nestjs/common';
import {
  AggregateRepository,
  CommandMeta,
  McpTool,
  McpToolAnswer,
  McpToolDefinition,
  PlatformMetrics,
  authorize,
  isAdminClass,
} from '@custody/platform';
import { artifactIdOrNotFound, readableArtifact } from '../../aggregates/artifact/artifact.access';
import { MCP_MAX_ARTIFACT_BYTES } from '../../aggregates/artifact/artifact-limits';
import { artifactTooLarge } from '../../aggregates/artifact/artifact.errors';
import { evolveArtifact } from '../../aggregates/artifact/artifact.evolve';
import { initialArtifactState, toArtifactMetadataView } from '../../aggregates/artifact/artifact.state';
import { ARTIFACT_BACKEND, ArtifactBackend } from '../../backend/artifact-backend';
import { FetchArtifactToolInput, fetchArtifactOutput, fetchArtifactToolInput } from './fetch-artifact.query';

@McpTool()
@Injectable()
export class FetchArtifactTool implements McpToolDefinition<typeof fetchArtifactToolInput> {
  readonly name = 'fetch_artifact';
  readonly title = 'Fetch artifact';
  readonly description =
    'Returns a deposited artifact (by its custody://artifacts/… URI) as an embedded resource (base64 blob with its content type), with its record as structured content. Only the depositor, an admin or a member of the group admins may fetch it; at most 16 MiB over MCP (larger ones: GET /v1/artifacts?uri=). Fails with ArtifactNotFound, Forbidden or PayloadTooLarge.';
  readonly input = fetchArtifactToolInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = fetchArtifactOutput;

  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ARTIFACT_BACKEND) private readonly backend: ArtifactBackend,
    private readonly metrics: PlatformMetrics,
  ) {}

  async execute(input: FetchArtifactToolInput, meta: CommandMeta): Promise<McpToolAnswer> {
    authorize(meta, 'read');
    const id = artifactIdOrNotFound(input.artifactUri);
    const { state } = await this.aggregates.load({ evolve: evolveArtifact, initialState: initialArtifactState }, id);
    const artifact = readableArtifact(state, input.artifactUri, {
      principalId: meta.principal.principalId,
      adminClass: isAdminClass(meta.principal),
    });
    if (artifact.sizeBytes > MCP_MAX_ARTIFACT_BYTES) throw artifactTooLarge(MCP_MAX_ARTIFACT_BYTES);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.backend.get(id)) chunks.push(chunk as Buffer);
    this.metrics.artifactBytes.inc({ direction: 'fetched' }, artifact.sizeBytes);
    const view = toArtifactMetadataView(artifact);
    return new McpToolAnswer({ ...view }, [
      {
        type: 'resource',
        resource: { uri: view.artifactUri, mimeType: view.contentType, blob: Buffer.concat(chunks).toString('base64') },
      },
    ]);
  }
}
