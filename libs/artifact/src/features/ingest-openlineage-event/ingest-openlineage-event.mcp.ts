import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  IngestOpenlineageEventCommand,
  IngestOpenlineageEventInput,
  ingestOpenlineageEventInput,
  ingestOpenlineageEventOutput,
} from './ingest-openlineage-event.command';

@McpTool()
@Injectable()
export class IngestOpenlineageEventTool implements McpToolDefinition<typeof ingestOpenlineageEventInput> {
  readonly name = 'ingest_openlineage_event';
  readonly title = 'Ingest OpenLineage event';
  readonly description =
    'Records an OpenLineage 2-0-2 RunEvent (validated against its JSON Schema) in the lineage graph: the run becomes a job node, its input and output datasets artifacts (named by a hash facet, else by namespace and name). Events of one run merge; repeating an event records nothing.';
  readonly input = ingestOpenlineageEventInput;
  readonly output = ingestOpenlineageEventOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute(input: IngestOpenlineageEventInput, meta: CommandMeta) {
    return this.commands.execute(new IngestOpenlineageEventCommand(input, meta));
  }
}
