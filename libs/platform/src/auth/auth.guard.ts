import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@custody/kernel';
import { ACCESS_KEY, AuthenticatedRequest, PUBLIC_ACCESS } from './access.decorator';
import { AccessLevel, mayAccess } from './principal';
import { PrincipalCache } from './principal-cache';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { PrincipalsService } from './principals.service';

export const unauthenticated = (): DomainError =>
  new DomainError(
    'Unauthenticated',
    'Unauthenticated',
    'A valid bearer token is required (Authorization: Bearer <token>).',
  );
export const forbiddenRole = (access: AccessLevel): DomainError =>
  new DomainError('Forbidden', 'Forbidden', `Your role does not allow this (${access} access required).`);

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Global guard: authenticates the bearer and checks the route's declared access. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalsService,
    private readonly principalCache: PrincipalCache,
    private readonly failures: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<AccessLevel | typeof PUBLIC_ACCESS | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === PUBLIC_ACCESS) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(req.headers.authorization);
    const principal = token
      ? await this.principalCache.authenticate(token, (t) => this.principals.authenticate(t))
      : undefined;
    if (!principal) {
      // A wrong token is a guess: counted per address, 429 past the limit. A missing one guesses nothing.
      if (token) await this.failures.failed(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      throw unauthenticated();
    }
    req.principal = principal;
    // Fail closed: a route that forgot to declare its access is admin-only.
    const required: AccessLevel = access ?? 'admin';
    if (!mayAccess(principal, required)) throw forbiddenRole(required);
    return true;
  }
}
