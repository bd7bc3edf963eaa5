import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetLineageArtifactInput,
  GetLineageArtifactQuery,
  getLineageArtifactInput,
  getLineageArtifactOutput,
} from './get-lineage-artifact.query';

@McpTool()
@Injectable()
export class GetLineageArtifactTool implements McpToolDefinition<typeof getLineageArtifactInput> {
  readonly name = 'get_lineage_artifact';
  readonly title = 'Get lineage artifact';
  readonly description =
    'Reads a lineage artifact by one of its hashes (<algorithm>:<digest>): its hashes, size and source, the jobs that produced it and the jobs that consumed it. Fails with LineageArtifactNotFound.';
  readonly input = getLineageArtifactInput;
  readonly output = getLineageArtifactOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetLineageArtifactInput, meta: CommandMeta) {
    return this.queries.execute(new GetLineageArtifactQuery(input, meta));
  }
}
