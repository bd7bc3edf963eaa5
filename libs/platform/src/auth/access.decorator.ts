import { SetMetadata, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccessLevel, Principal } from './principal';

export const ACCESS_KEY = 'custody:access';
export const PUBLIC_ACCESS = 'public';

/** Declares what a route requires of its caller. Routes without a declaration are refused (fail closed). */
export function Access(level: AccessLevel): MethodDecorator & ClassDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    SetMetadata(ACCESS_KEY, level)(target, key as string, descriptor as PropertyDescriptor);
    ApiBearerAuth()(target, key as string, descriptor as PropertyDescriptor);
  };
}

/** A route anyone may call without a token (health, metrics, docs, public PIDINST reads). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, PUBLIC_ACCESS);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  correlationId?: string;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
