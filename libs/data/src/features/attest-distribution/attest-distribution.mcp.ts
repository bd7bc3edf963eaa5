import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  AttestDistributionCommand,
  AttestDistributionInput,
  attestDistributionInput,
  attestDistributionOutput,
} from './attest-distribution.command';

@McpTool()
@Injectable()
export class AttestDistributionTool implements McpToolDefinition<typeof attestDistributionInput> {
  readonly name = 'attest_distribution';
  readonly title = 'Attest distribution';
  readonly description =
    'Verifies a copy’s checksum: without observed (operator or admin) the server reads the bytes through the tier’s protocol; with observed (worker or above) it records what an edge host measured. Returns { attestationId, outcome: Match | Mismatch | Unreachable, observed }; Match makes the copy Verified, Mismatch Stale, Unreachable changes nothing. Fails with DistributionNotFound, DistributionDiscarded or AttestationAlgorithmMismatch.';
  readonly input = attestDistributionInput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly output = attestDistributionOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: AttestDistributionInput, meta: CommandMeta) {
    return this.commands.execute(new AttestDistributionCommand(input, meta));
  }
}
