import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  AssignFixturePersistentIdCommand,
  AssignFixturePersistentIdInput,
  assignFixturePersistentIdInput,
  assignFixturePersistentIdOutput,
} from './assign-fixture-persistent-id.command';

@McpTool()
@Injectable()
export class AssignFixturePersistentIdTool implements McpToolDefinition<typeof assignFixturePersistentIdInput> {
  readonly name = 'assign_fixture_persistent_id';
  readonly title = 'Assign fixture persistent identifier';
  readonly description =
    'Assigns a fixture a DOI or Handle (<prefix>/<suffix>, suffix a new UUID when omitted), once: the request is recorded, then minted with the fixture’s PIDINST record. Returns { scheme, value }. Fails with FixtureNotFound, FixturePersistentIdAlreadyAssigned, or PersistentIdentifierMintFailed (the request stays pending: call again with the same arguments to retry the same identifier).';
  readonly input = assignFixturePersistentIdInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = assignFixturePersistentIdOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute(input: AssignFixturePersistentIdInput, meta: CommandMeta) {
    return this.commands.execute(new AssignFixturePersistentIdCommand(input, meta));
  }
}
