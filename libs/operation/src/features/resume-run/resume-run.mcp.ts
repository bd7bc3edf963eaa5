import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ResumeRunCommand, ResumeRunInput, resumeRunInput, resumeRunOutput } from './resume-run.command';

@McpTool()
@Injectable()
export class ResumeRunTool implements McpToolDefinition<typeof resumeRunInput> {
  readonly name = 'resume_run';
  readonly title = 'Resume run';
  readonly description =
    'Resumes a Held run (Held → Running); the start gate is not checked again. Fails with RunNotFound or RunCannotResume (the run is not Held).';
  readonly input = resumeRunInput;
  readonly output = resumeRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: ResumeRunInput, meta: CommandMeta) {
    await this.commands.execute(new ResumeRunCommand(input, meta));
    return { runId: input.runId, state: 'Running' as const };
  }
}
