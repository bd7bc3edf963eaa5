import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { ProjectionRunner } from '../projection-runner';
import { listProjectionsOutput } from './list-projections.query';

const input = z.strictObject({});

@McpTool()
@Injectable()
export class ListProjectionsTool implements McpToolDefinition<typeof input> {
  readonly name = 'list_projections';
  readonly title = 'List projections';
  readonly description = 'Lists the read-model projections with their bookmark position and lag (events and seconds).';
  readonly input = input;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listProjectionsOutput;

  constructor(private readonly runner: ProjectionRunner) {}

  async execute() {
    return { items: await this.runner.status(), nextCursor: null };
  }
}
