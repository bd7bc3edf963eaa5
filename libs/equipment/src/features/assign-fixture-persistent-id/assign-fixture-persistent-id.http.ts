import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import {
  AssignFixturePersistentIdCommand,
  assignFixturePersistentIdBody,
  assignFixturePersistentIdOutput,
} from './assign-fixture-persistent-id.command';

@ApiTags('equipment')
@Controller('v1/fixtures')
export class AssignFixturePersistentIdController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/persistent-identifier')
  @Access('command')
  @ApiOperation({
    summary: 'Assign the fixture a DOI or Handle, once',
    description:
      'The request is decided and recorded first, then the identifier `<prefix>/<suffix>` is minted (DataCite for DOIs ' +
      'when configured, else the stub) with the fixture’s PIDINST record. Errors, in this order: FixtureNotFound 404, ' +
      'FixturePersistentIdAlreadyAssigned 409 (assigned, or being assigned right now), ' +
      'PersistentIdentifierRequestPending 409 (another scheme or suffix is pending), PersistentIdentifierMintFailed 502 ' +
      '(the registry’s detail included; the request stays pending and the same request again retries the same ' +
      'identifier).',
  })
  @ZodResponse(201, assignFixturePersistentIdOutput, 'The identifier, minted and assigned')
  @ApiProblems({
    404: ['FixtureNotFound'],
    409: ['FixturePersistentIdAlreadyAssigned'],
    502: ['PersistentIdentifierMintFailed'],
  })
  assign(
    @UuidParam('id') fixtureId: string,
    @ZodBody(assignFixturePersistentIdBody) body: z.output<typeof assignFixturePersistentIdBody>,
    @Meta() meta: CommandMeta,
  ): Promise<PersistentIdentifier> {
    return this.commands.execute(new AssignFixturePersistentIdCommand({ ...body, fixtureId }, meta));
  }
}
