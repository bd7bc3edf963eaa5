import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { ModelView } from '../../aggregates/model/model.state';
import { GetModelQuery, getModelOutput } from './get-model.query';

@ApiTags('equipment')
@Controller('v1/models')
export class GetModelController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary: 'Read a model: { modelId, familyId, name, manufacturer, version }. Errors: ModelNotFound 404',
  })
  @ZodResponse(200, getModelOutput, 'The model')
  @ApiProblems({ 404: ['ModelNotFound'] })
  get(@UuidParam('id') modelId: string, @Meta() meta: CommandMeta): Promise<ModelView> {
    return this.queries.execute(new GetModelQuery({ modelId }, meta));
  }
}
