import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { ProjectionRunner } from '../projection-runner';
import { rebuildProjectionInput, rebuildProjectionOutput } from './rebuild-projection.command';

@McpTool()
@Injectable()
export class RebuildProjectionTool implements McpToolDefinition<typeof rebuildProjectionInput> {
  readonly name = 'rebuild_projection';
  readonly title = 'Rebuild projection';
  readonly description =
    'Empties a projection and replays every event into it in one transaction; readers see the old rows until it commits.';
  readonly input = rebuildProjectionInput;
  readonly access = 'admin' as const;
  readonly readOnly = false;
  readonly output = rebuildProjectionOutput;
  readonly idempotent = true;

  constructor(private readonly runner: ProjectionRunner) {}

  execute(input: z.output<typeof rebuildProjectionInput>) {
    return this.runner.rebuild(input.name);
  }
}
