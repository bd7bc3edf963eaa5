import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { RegisterTierCommand, RegisterTierInput, registerTierInput, registerTierOutput } from './register-tier.command';

@McpTool()
@Injectable()
export class RegisterTierTool implements McpToolDefinition<typeof registerTierInput> {
  readonly name = 'register_tier';
  readonly title = 'Register tier';
  readonly description =
    'Registers a storage tier (detector disk, cluster, archive) with its access protocol (file, s3, https, globus) and the root URI every copy on it lies under. Returns its tierId.';
  readonly input = registerTierInput;
  readonly access = 'admin' as const;
  readonly readOnly = false;
  readonly output = registerTierOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterTierInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterTierCommand(input, meta));
  }
}
