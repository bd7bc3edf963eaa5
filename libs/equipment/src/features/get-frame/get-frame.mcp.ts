import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetFrameInput, GetFrameQuery, getFrameInput, getFrameOutput } from './get-frame.query';

@McpTool()
@Injectable()
export class GetFrameTool implements McpToolDefinition<typeof getFrameInput> {
  readonly name = 'get_frame';
  readonly title = 'Get frame';
  readonly description =
    'Reads one frame: its name and its mounts, each with its slot code and the asset installed in it (or null). Fails with FrameNotFound.';
  readonly input = getFrameInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getFrameOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetFrameInput, meta: CommandMeta) {
    return this.queries.execute(new GetFrameQuery(input, meta));
  }
}
