import { HttpException, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';

/** Past this many wrong tokens from one address within the window, that address is answered 429. */
export const FAILED_AUTH_LIMIT = 20;
const WINDOW_MS = 60_000;

/** 429 TooManyRequests, with how long to wait (the filter sends it as `Retry-After`). */
export class TooManyRequests extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed authentications from this address; retry after ${retryAfterSeconds} s.`, 429);
  }
}

/**
 * Counts wrong bearer tokens per client address (a sliding minute, in @nestjs/throttler's storage) so tokens
 * cannot be guessed at speed. Only failures count: a valid token is never slowed or refused by it.
 */
@Injectable()
export class FailedAuthLimiter implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();

  /** Records a failure from `address`; throws 429 once the address is past the limit. */
  async failed(address: string): Promise<void> {
    const record = await this.storage.increment(`auth:${address}`, WINDOW_MS, FAILED_AUTH_LIMIT, WINDOW_MS, 'auth');
    if (record.isBlocked) throw new TooManyRequests(Math.max(1, Math.ceil(record.timeToBlockExpire)));
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }
}
