import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { MaterializationView } from '../../schemas/materialization-view.schema';
import { GetMaterializationQuery, getMaterializationOutput } from './get-materialization.query';

@ApiTags('operation')
@Controller('v1/materializations')
export class GetMaterializationController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary: 'Read a materialization with its live transfer counters, rate and ETA, its new copy and its error',
    description:
      'States: Pending → Transferring → Verifying → Verified, or Failed / Cancelled. `transfer` shows the ' +
      'adapter’s counters while it runs (Suspended is not terminal: it waits, e.g. for credentials), the final ' +
      'ones after. A Failed one says why in `error: { code, detail }`.',
  })
  @ZodResponse(200, getMaterializationOutput, 'The materialization')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['MaterializationNotFound'] })
  get(@UuidParam('id') materializationId: string, @Meta() meta: CommandMeta): Promise<MaterializationView> {
    return this.queries.execute(new GetMaterializationQuery({ materializationId }, meta));
  }
}
