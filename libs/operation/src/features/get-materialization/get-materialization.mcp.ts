import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetMaterializationInput,
  GetMaterializationQuery,
  getMaterializationInput,
  getMaterializationOutput,
} from './get-materialization.query';

@McpTool()
@Injectable()
export class GetMaterializationTool implements McpToolDefinition<typeof getMaterializationInput> {
  readonly name = 'get_materialization';
  readonly title = 'Get materialization';
  readonly description =
    'Reads a materialization: its state (Pending, Transferring, Verifying, Verified, Failed, Cancelled), the live transfer counters (bytes and files moved, rate, ETA), the Distribution registered on the target tier, and its error. Fails with MaterializationNotFound.';
  readonly input = getMaterializationInput;
  readonly output = getMaterializationOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetMaterializationInput, meta: CommandMeta) {
    return this.queries.execute(new GetMaterializationQuery(input, meta));
  }
}
