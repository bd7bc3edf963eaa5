import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import { StartRunCommand, StartRunInput, startRunInput, startRunOutput } from './start-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class StartRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Start a run of a method on input datasets; it starts Running',
    description:
      'Refusals in this order: MethodNotFound 404; 400 ValidationFailed when the parameters do not satisfy the ' +
      'method’s parametersSchema (errors under `parameters…`); RunInputNotVerified 409 when an input has no ' +
      'Verified copy (an unknown dataset counts as not verified); RunInputNotReachable 409 when an input’s ' +
      'Verified copies are all on unreachable tiers. The error names the smallest failing datasetId. The copy that ' +
      'let each input pass is recorded in the run’s inputCopies.',
  })
  @ZodResponse(201, startRunOutput, 'The new run, Running')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['MethodNotFound'],
    409: ['RunInputNotVerified', 'RunInputNotReachable'],
  })
  start(@ZodBody(startRunInput) body: StartRunInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new StartRunCommand(body, meta));
  }
}
