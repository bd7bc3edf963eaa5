import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../access.decorator';
import { ZodResponse } from '../../http/api-docs';
import { principalView } from '../create-principal/create-principal.command';
import { Principal } from '../principal';

@ApiTags('principals')
@Controller('v1/principals')
export class GetCurrentPrincipalController {
  @Get('me')
  @Access('read')
  @ApiOperation({ summary: 'Who the bearer token belongs to: { principalId, name, roles, groups }' })
  @ZodResponse(200, principalView, 'The caller')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
