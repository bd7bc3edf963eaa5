import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetAssetPidinstInput,
  GetAssetPidinstQuery,
  getAssetPidinstInput,
  getAssetPidinstOutput,
} from './get-asset-pidinst.query';

@McpTool()
@Injectable()
export class GetAssetPidinstTool implements McpToolDefinition<typeof getAssetPidinstInput> {
  readonly name = 'get_asset_pidinst';
  readonly title = 'Get asset PIDINST record';
  readonly description =
    'Reads the PIDINST 1.0 record of an asset (identifier urn:uuid:<id> until a DOI or Handle is assigned; owner, manufacturer from its model, model, family as instrument type, serial number, commission dates). Fails with AssetNotFound or PidinstIncomplete (no owner or no manufacturer).';
  readonly input = getAssetPidinstInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getAssetPidinstOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetAssetPidinstInput, meta: CommandMeta) {
    return this.queries.execute(new GetAssetPidinstQuery(input, meta));
  }
}
