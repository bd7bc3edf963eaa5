import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  AssignAssetPersistentIdCommand,
  AssignAssetPersistentIdInput,
  assignAssetPersistentIdInput,
  assignAssetPersistentIdOutput,
} from './assign-asset-persistent-id.command';

@McpTool()
@Injectable()
export class AssignAssetPersistentIdTool implements McpToolDefinition<typeof assignAssetPersistentIdInput> {
  readonly name = 'assign_asset_persistent_id';
  readonly title = 'Assign asset persistent identifier';
  readonly description =
    'Assigns an asset a DOI or Handle (<prefix>/<suffix>, suffix a new UUID when omitted), once: the request is recorded, then minted with the asset’s PIDINST record. Returns { scheme, value }. Fails with AssetNotFound, AssetPersistentIdAssignmentForbidden (Decommissioned), AssetPersistentIdAlreadyAssigned, or PersistentIdentifierMintFailed (the request stays pending: call again with the same arguments to retry the same identifier).';
  readonly input = assignAssetPersistentIdInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = assignAssetPersistentIdOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute(input: AssignAssetPersistentIdInput, meta: CommandMeta) {
    return this.commands.execute(new AssignAssetPersistentIdCommand(input, meta));
  }
}
