import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetAssetInput, GetAssetQuery, getAssetInput, getAssetOutput } from './get-asset.query';

@McpTool()
@Injectable()
export class GetAssetTool implements McpToolDefinition<typeof getAssetInput> {
  readonly name = 'get_asset';
  readonly title = 'Get asset';
  readonly description =
    'Reads one asset: name, family, model, serial number, owner, lifecycle, mount, fixture, persistent id and version. Fails with AssetNotFound.';
  readonly input = getAssetInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getAssetOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetAssetInput, meta: CommandMeta) {
    return this.queries.execute(new GetAssetQuery(input, meta));
  }
}
