import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { MethodView } from '../../aggregates/method/method.state';
import { GetMethodQuery, getMethodOutput } from './get-method.query';

@ApiTags('operation')
@Controller('v1/methods')
export class GetMethodController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary: 'Read a method: { methodId, name, neededInputKinds, parametersSchema, registeredAt, version }',
  })
  @ZodResponse(200, getMethodOutput, 'The method')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['MethodNotFound'] })
  get(@UuidParam('id') methodId: string, @Meta() meta: CommandMeta): Promise<MethodView> {
    return this.queries.execute(new GetMethodQuery({ methodId }, meta));
  }
}
