import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RequestMaterializationCommand,
  RequestMaterializationInput,
  requestMaterializationInput,
  requestMaterializationOutput,
} from './request-materialization.command';

@ApiTags('operation')
@Controller('v1/materializations')
export class RequestMaterializationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Access('worker')
  @ApiOperation({
    summary: 'Queue a materialization: copy a dataset onto a tier (an edge job on a worker reaching both tiers)',
    description:
      'The source is the dataset’s first Verified copy (in registration order) on a reachable tier other than the ' +
      'target, of the protocol the adapter reads (local and fdt: file tiers, on one host for local; globus: globus ' +
      'tiers). The job runs on a worker whose CUSTODY_WORKER_TIERS (default: every file tier whose root exists on ' +
      'that host) include both tiers: begin → observe → register the Distribution on the target tier → attest it → ' +
      'Verified. Errors in this order: DatasetNotFound, TierNotFound 404, MaterializationViaUnsupported 400, ' +
      'MaterializationTargetUriInvalid 400, MaterializationNoVerifiedSource 409.',
  })
  @ZodResponse(202, requestMaterializationOutput, '{ materializationId, state: "Pending" }')
  @ApiProblems({
    400: ['ValidationFailed', 'MaterializationViaUnsupported', 'MaterializationTargetUriInvalid'],
    404: ['DatasetNotFound', 'TierNotFound'],
    409: ['MaterializationNoVerifiedSource'],
  })
  request(@ZodBody(requestMaterializationInput) body: RequestMaterializationInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RequestMaterializationCommand(body, meta));
  }
}
