import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  LinkLineageArtifactsCommand,
  LinkLineageArtifactsToolInput,
  linkLineageArtifactsOutput,
  linkLineageArtifactsToolInput,
} from './link-lineage-artifacts.command';

@McpTool()
@Injectable()
export class LinkLineageArtifactsTool implements McpToolDefinition<typeof linkLineageArtifactsToolInput> {
  readonly name = 'link_lineage_artifacts';
  readonly title = 'Link lineage artifacts';
  readonly description =
    'Links jobs staged in a lineage session to registered artifacts (direction input or output, by one of the artifact’s hashes, with the path). All or nothing: an unregistered hash fails with LineageArtifactNotRegistered naming it, an unstaged job with LineageJobNotFound. Returns { linked }.';
  readonly input = linkLineageArtifactsToolInput;
  readonly output = linkLineageArtifactsOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute({ sessionId, ...input }: LinkLineageArtifactsToolInput, meta: CommandMeta) {
    return this.commands.execute(new LinkLineageArtifactsCommand(sessionId.toLowerCase(), input, meta));
  }
}
