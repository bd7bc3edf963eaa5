import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  StageLineageJobsCommand,
  StageLineageJobsToolInput,
  stageLineageJobsOutput,
  stageLineageJobsToolInput,
} from './stage-lineage-jobs.command';

@McpTool()
@Injectable()
export class StageLineageJobsTool implements McpToolDefinition<typeof stageLineageJobsToolInput> {
  readonly name = 'stage_lineage_jobs';
  readonly title = 'Stage lineage jobs';
  readonly description =
    'Stages a batch of jobs (jobUid, command, stepNumber, startedAt, optional durationSeconds, exitCode, runId) in an open lineage session. Returns { created, existing }. Fails with LineageJobConflict (the jobUid is in another finalized lineage), LineageSessionClosed or LineageSessionNotFound.';
  readonly input = stageLineageJobsToolInput;
  readonly output = stageLineageJobsOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute({ sessionId, ...input }: StageLineageJobsToolInput, meta: CommandMeta) {
    return this.commands.execute(new StageLineageJobsCommand(sessionId.toLowerCase(), input, meta));
  }
}
