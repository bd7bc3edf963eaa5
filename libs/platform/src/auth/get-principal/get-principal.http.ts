import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access.decorator';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { UuidParam } from '../../http/validation';
import { PrincipalsService } from '../principals.service';
import { getPrincipalOutput } from './get-principal.query';

@ApiTags('principals')
@Controller('v1/principals')
export class GetPrincipalController {
  constructor(private readonly principals: PrincipalsService) {}

  @Get(':principalId')
  @Access('admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'One principal (admin), without its token' })
  @ZodResponse(200, getPrincipalOutput, 'The principal')
  @ApiProblems({ 400: ['ValidationFailed'], 403: ['Forbidden'], 404: ['PrincipalNotFound'] })
  get(@UuidParam('principalId') principalId: string) {
    return this.principals.get(principalId);
  }
}
