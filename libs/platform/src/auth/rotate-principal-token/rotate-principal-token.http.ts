import { Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access.decorator';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { SecretFields } from '../../http/idempotency';
import { UuidParam } from '../../http/validation';
import { PrincipalsService } from '../principals.service';
import { rotatePrincipalTokenOutput } from './rotate-principal-token.command';

@ApiTags('principals')
@Controller('v1/principals')
export class RotatePrincipalTokenController {
  constructor(private readonly principals: PrincipalsService) {}

  @Post(':principalId/rotate-token')
  @HttpCode(201)
  @Access('admin')
  @Header('Cache-Control', 'no-store')
  @SecretFields('token')
  @ApiOperation({
    summary: 'Give a principal a new token (admin); the old token stops working at once',
    description: 'The token is shown once: a replay under the same Idempotency-Key answers without it.',
  })
  @ZodResponse(201, rotatePrincipalTokenOutput, '{ token }')
  @ApiProblems({
    400: ['ValidationFailed'],
    403: ['Forbidden'],
    404: ['PrincipalNotFound'],
    409: ['PrincipalDisabled'],
  })
  rotate(@UuidParam('principalId') principalId: string) {
    return this.principals.rotateToken(principalId);
  }
}
