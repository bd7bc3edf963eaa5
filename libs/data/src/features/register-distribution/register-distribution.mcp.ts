import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterDistributionCommand,
  RegisterDistributionInput,
  registerDistributionInput,
  registerDistributionOutput,
} from './register-distribution.command';

@McpTool()
@Injectable()
export class RegisterDistributionTool implements McpToolDefinition<typeof registerDistributionInput> {
  readonly name = 'register_distribution';
  readonly title = 'Register distribution';
  readonly description =
    'Registers a copy (distribution) of a dataset at a uri under a tier’s root; it starts Registered until an attestation verifies it. Returns its distributionId. Fails with DatasetNotFound, TierNotFound, DatasetDiscarded, DistributionChecksumMismatch, DistributionAlreadyRegistered, or DistributionUriOutsideTier (400).';
  readonly input = registerDistributionInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerDistributionOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterDistributionInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterDistributionCommand(input, meta));
  }
}
