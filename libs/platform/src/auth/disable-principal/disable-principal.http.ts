import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access.decorator';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { UuidParam } from '../../http/validation';
import { PrincipalsService } from '../principals.service';

@ApiTags('principals')
@Controller('v1/principals')
export class DisablePrincipalController {
  constructor(private readonly principals: PrincipalsService) {}

  @Post(':principalId/disable')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({
    summary: 'Disable a principal (admin): its tokens answer 401 from then on',
    description: 'Disabling a disabled principal changes nothing. The last enabled administrator cannot be disabled.',
  })
  @ZodResponse(204, null, 'Disabled')
  @ApiProblems({ 400: ['ValidationFailed'], 403: ['Forbidden'], 404: ['PrincipalNotFound'], 409: ['LastAdmin'] })
  async disable(@UuidParam('principalId') principalId: string): Promise<void> {
    await this.principals.disable(principalId);
  }
}
