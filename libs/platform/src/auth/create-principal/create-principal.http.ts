import { Controller, Header, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { SecretFields } from '../../http/idempotency';
import { Access, CurrentPrincipal } from '../access.decorator';
import { ZodBody } from '../../http/validation';
import { Principal } from '../principal';
import { PrincipalsService } from '../principals.service';
import { CreatePrincipalInput, createPrincipalInput, createPrincipalOutput } from './create-principal.command';

@ApiTags('principals')
@Controller('v1/principals')
export class CreatePrincipalController {
  constructor(private readonly principals: PrincipalsService) {}

  @Post()
  @Access('admin')
  @Header('Cache-Control', 'no-store')
  @SecretFields('token')
  @ApiOperation({
    summary: 'Create a principal and its bearer token (shown once)',
    description: 'Only the token’s hash is kept: a replay under the same Idempotency-Key answers without `token`.',
  })
  @ZodResponse(201, createPrincipalOutput, 'The principal and its token, shown once')
  @ApiProblems({ 400: ['ValidationFailed'], 403: ['Forbidden'], 422: ['IdempotencyKeyReused'] })
  create(@ZodBody(createPrincipalInput) body: CreatePrincipalInput, @CurrentPrincipal() caller: Principal) {
    return this.principals.create(body, caller.principalId);
  }
}
