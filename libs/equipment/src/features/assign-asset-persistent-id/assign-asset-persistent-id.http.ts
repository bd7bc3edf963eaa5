import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import {
  AssignAssetPersistentIdCommand,
  assignAssetPersistentIdBody,
  assignAssetPersistentIdOutput,
} from './assign-asset-persistent-id.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class AssignAssetPersistentIdController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/persistent-identifier')
  @Access('command')
  @ApiOperation({
    summary: 'Assign the asset a DOI or Handle, once',
    description:
      'The request is decided and recorded first, then the identifier `<prefix>/<suffix>` is minted (DataCite for DOIs ' +
      'when configured, else the stub) with the asset’s PIDINST record. Errors, in this order: AssetNotFound 404, ' +
      'AssetPersistentIdAssignmentForbidden 409 (Decommissioned), AssetPersistentIdAlreadyAssigned 409 (assigned, or ' +
      'being assigned right now), PersistentIdentifierRequestPending 409 (another scheme or suffix is pending), ' +
      'PersistentIdentifierMintFailed 502 (the registry’s detail included; the request stays pending and the same ' +
      'request again retries the same identifier).',
  })
  @ZodResponse(201, assignAssetPersistentIdOutput, 'The identifier, minted and assigned')
  @ApiProblems({
    404: ['AssetNotFound'],
    409: ['AssetPersistentIdAssignmentForbidden', 'AssetPersistentIdAlreadyAssigned'],
    502: ['PersistentIdentifierMintFailed'],
  })
  assign(
    @UuidParam('id') assetId: string,
    @ZodBody(assignAssetPersistentIdBody) body: z.output<typeof assignAssetPersistentIdBody>,
    @Meta() meta: CommandMeta,
  ): Promise<PersistentIdentifier> {
    return this.commands.execute(new AssignAssetPersistentIdCommand({ ...body, assetId }, meta));
  }
}
