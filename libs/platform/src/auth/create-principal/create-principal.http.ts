import { Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from '../../http/api-docs';
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
  @ApiOperation({ summary: 'Create a principal and its bearer token (shown once)' })
  @ZodResponse(201, createPrincipalOutput, 'The principal and its token, shown once')
  create(@ZodBody(createPrincipalInput) body: CreatePrincipalInput, @CurrentPrincipal() caller: Principal) {
    return this.principals.create(body, caller.principalId);
  }
}
