import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  IngestOpenlineageEventCommand,
  IngestOpenlineageEventInput,
  ingestOpenlineageEventInput,
  ingestOpenlineageEventOutput,
} from './ingest-openlineage-event.command';

@ApiTags('lineage')
@Controller('v1/lineage/openlineage')
export class IngestOpenlineageEventController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('worker')
  @ApiOperation({
    summary: 'Record an OpenLineage RunEvent in the lineage graph',
    description:
      'The body is an OpenLineage 2-0-2 RunEvent, validated against its JSON Schema (400 ValidationFailed names ' +
      'every problem). The run becomes a job node `job:<runId>`; its inputs (`used`) and outputs (`generated`) ' +
      'become artifacts named by a hash facet (`{ algorithm, digest }` or `hashes: [...]`) when one is present, ' +
      'else `artifact:openlineage:<URI-encoded namespace>:<name>`. Events of one run merge; the same event again ' +
      '(eventType and eventTime) records nothing.',
  })
  @ZodResponse(201, ingestOpenlineageEventOutput, '{ runId, jobNodeId, recorded, state }')
  @ApiProblems({ 400: ['ValidationFailed'] })
  ingest(@ZodBody(ingestOpenlineageEventInput) body: IngestOpenlineageEventInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new IngestOpenlineageEventCommand(body, meta));
  }
}
