import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterFixtureCommand,
  RegisterFixtureInput,
  registerFixtureInput,
  registerFixtureOutput,
} from './register-fixture.command';

@McpTool()
@Injectable()
export class RegisterFixtureTool implements McpToolDefinition<typeof registerFixtureInput> {
  readonly name = 'register_fixture';
  readonly title = 'Register fixture';
  readonly description =
    'Registers a fixture of an assembly: every slot bound to exactly its count of installed, not decommissioned assets of the slot’s family. Returns its fixtureId; attach the assets afterwards with attach_asset_to_fixture. Fails, in this order, with AssemblyNotFound, AssemblyCannotInstantiate (deprecated), FixtureAssetNotFound, FixtureAssetNotAttachable (decommissioned), FixtureAssetNotInstalled, FixtureUnknownSlot, FixtureMappingIncomplete, FixtureAssetFamilyMismatch (naming the smallest failing assetId).';
  readonly input = registerFixtureInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerFixtureOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterFixtureInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterFixtureCommand(input, meta));
  }
}
