import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetMountInput, GetMountQuery, getMountInput, getMountOutput } from './get-mount.query';

@McpTool()
@Injectable()
export class GetMountTool implements McpToolDefinition<typeof getMountInput> {
  readonly name = 'get_mount';
  readonly title = 'Get mount';
  readonly description =
    'Reads one mount: its frame, slot code, the asset installed in it (or null) and version. Fails with MountNotFound.';
  readonly input = getMountInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getMountOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetMountInput, meta: CommandMeta) {
    return this.queries.execute(new GetMountQuery(input, meta));
  }
}
