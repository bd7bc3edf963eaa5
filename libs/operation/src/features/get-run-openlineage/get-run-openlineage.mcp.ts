import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { OpenLineageRunEvent } from '../../aggregates/run/run.openlineage';
import {
  GetRunOpenlineageInput,
  GetRunOpenlineageQuery,
  getRunOpenlineageInput,
  getRunOpenlineageToolOutput,
} from './get-run-openlineage.query';

@McpTool()
@Injectable()
export class GetRunOpenlineageTool implements McpToolDefinition<typeof getRunOpenlineageInput> {
  readonly name = 'get_run_openlineage';
  readonly title = 'Get run as OpenLineage';
  readonly description =
    'Renders a run as OpenLineage 2-0-2 RunEvents for export: { events: [START, then COMPLETE | ABORT | FAIL once ended] } with its input datasets. Fails with RunNotFound.';
  readonly input = getRunOpenlineageInput;
  readonly output = getRunOpenlineageToolOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  async execute(input: GetRunOpenlineageInput, meta: CommandMeta) {
    const events: OpenLineageRunEvent[] = await this.queries.execute(new GetRunOpenlineageQuery(input, meta));
    return { events };
  }
}
