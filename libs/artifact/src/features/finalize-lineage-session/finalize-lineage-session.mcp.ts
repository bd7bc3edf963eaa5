import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  FinalizeLineageSessionCommand,
  FinalizeLineageSessionToolInput,
  finalizeLineageSessionOutput,
  finalizeLineageSessionToolInput,
} from './finalize-lineage-session.command';

@McpTool()
@Injectable()
export class FinalizeLineageSessionTool implements McpToolDefinition<typeof finalizeLineageSessionToolInput> {
  readonly name = 'finalize_lineage_session';
  readonly title = 'Finalize lineage session';
  readonly description =
    'Finalizes a lineage session: the expected counts of jobs, input links and output links must match what was staged (LineageCountsMismatch otherwise, the session stays open); a job finalized by another session first fails with LineageJobConflict. Returns { sessionId, status: "closed", lineageHash } (SHA-256 of the order-independent canonical rendering).';
  readonly input = finalizeLineageSessionToolInput;
  readonly output = finalizeLineageSessionOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute({ sessionId, ...input }: FinalizeLineageSessionToolInput, meta: CommandMeta) {
    return this.commands.execute(new FinalizeLineageSessionCommand(sessionId.toLowerCase(), input, meta));
  }
}
