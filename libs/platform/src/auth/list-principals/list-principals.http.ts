import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access.decorator';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { ZodQuery } from '../../http/validation';
import { ListPrincipalsHandler } from './list-principals.handler';
import { ListPrincipalsInput, listPrincipalsInput, listPrincipalsOutput } from './list-principals.query';

@ApiTags('principals')
@Controller('v1/principals')
export class ListPrincipalsController {
  constructor(private readonly handler: ListPrincipalsHandler) {}

  @Get()
  @Access('admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'List principals (admin), in id order, without tokens' })
  @ZodResponse(200, listPrincipalsOutput, '{ items, nextCursor }')
  @ApiProblems({ 400: ['ValidationFailed', 'InvalidCursor'], 403: ['Forbidden'] })
  list(@ZodQuery(listPrincipalsInput) query: ListPrincipalsInput) {
    return this.handler.execute(query);
  }
}
