import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  OpenLineageSessionCommand,
  OpenLineageSessionInput,
  openLineageSessionInput,
  openLineageSessionOutput,
} from './open-lineage-session.command';

@McpTool()
@Injectable()
export class OpenLineageSessionTool implements McpToolDefinition<typeof openLineageSessionInput> {
  readonly name = 'open_lineage_session';
  readonly title = 'Open lineage session';
  readonly description =
    'Opens a lineage registration session for a traced pipeline (optionally with its git context), or resumes the one this principal opened under the same clientSessionId (created: false). Then stage jobs, artifacts and links, and finalize.';
  readonly input = openLineageSessionInput;
  readonly output = openLineageSessionOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  // Retry-safe only with a clientSessionId (without one, a retry opens another session): no idempotentHint.
  readonly idempotent = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: OpenLineageSessionInput, meta: CommandMeta) {
    return this.commands.execute(new OpenLineageSessionCommand(input, meta));
  }
}
