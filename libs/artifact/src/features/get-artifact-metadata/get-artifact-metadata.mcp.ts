import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetArtifactMetadataInput,
  GetArtifactMetadataQuery,
  getArtifactMetadataInput,
  getArtifactMetadataOutput,
} from './get-artifact-metadata.query';

@McpTool()
@Injectable()
export class GetArtifactMetadataTool implements McpToolDefinition<typeof getArtifactMetadataInput> {
  readonly name = 'get_artifact_metadata';
  readonly title = 'Get artifact metadata';
  readonly description =
    'Reads what custody recorded about a deposited artifact (by its custody://artifacts/… URI): size, content type, SHA-256, depositor and time. The bytes themselves are fetched over HTTP (GET /v1/artifacts?uri=). Only the depositor, an admin or a member of the group admins may read it. Fails with ArtifactNotFound or Forbidden.';
  readonly input = getArtifactMetadataInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getArtifactMetadataOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetArtifactMetadataInput, meta: CommandMeta) {
    return this.queries.execute(new GetArtifactMetadataQuery(input, meta));
  }
}
