import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RequestMaterializationCommand,
  RequestMaterializationInput,
  requestMaterializationInput,
  requestMaterializationOutput,
} from './request-materialization.command';

@McpTool()
@Injectable()
export class RequestMaterializationTool implements McpToolDefinition<typeof requestMaterializationInput> {
  readonly name = 'request_materialization';
  readonly title = 'Request materialization';
  readonly description =
    'Queues a copy of a dataset onto a target tier, from its first Verified copy on a reachable tier; a worker reaching both tiers transfers, registers and attests the new copy. Returns { materializationId, state: "Pending" }; follow it with get_materialization. Fails with DatasetNotFound, TierNotFound, MaterializationViaUnsupported, MaterializationTargetUriInvalid, or MaterializationNoVerifiedSource.';
  readonly input = requestMaterializationInput;
  readonly output = requestMaterializationOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RequestMaterializationInput, meta: CommandMeta) {
    return this.commands.execute(new RequestMaterializationCommand(input, meta));
  }
}
