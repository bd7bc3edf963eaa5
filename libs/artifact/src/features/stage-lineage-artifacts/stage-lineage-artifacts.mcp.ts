import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  StageLineageArtifactsCommand,
  StageLineageArtifactsToolInput,
  stageLineageArtifactsOutput,
  stageLineageArtifactsToolInput,
} from './stage-lineage-artifacts.command';

@McpTool()
@Injectable()
export class StageLineageArtifactsTool implements McpToolDefinition<typeof stageLineageArtifactsToolInput> {
  readonly name = 'stage_lineage_artifacts';
  readonly title = 'Stage lineage artifacts';
  readonly description =
    'Registers a batch of artifacts in an open lineage session, each with its real hashes (sha256, blake3, md5; at least one), size and sourceType (file, s3, gs, https, custody, none). A known hash counts as existing and must agree on size; a custody:// source must equal its deposit. Fails with LineageArtifactMismatch, LineageSessionClosed or LineageSessionNotFound.';
  readonly input = stageLineageArtifactsToolInput;
  readonly output = stageLineageArtifactsOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute({ sessionId, ...input }: StageLineageArtifactsToolInput, meta: CommandMeta) {
    return this.commands.execute(new StageLineageArtifactsCommand(sessionId.toLowerCase(), input, meta));
  }
}
