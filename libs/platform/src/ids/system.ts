import { randomFillSync } from 'node:crypto';
import { Clock, IdGenerator, formatUuidV7 } from '@custody/kernel';

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}

/** UUIDv7 from the wall clock and the OS's random source. */
export class UuidV7Generator implements IdGenerator {
  newId(): string {
    return formatUuidV7(Date.now(), randomFillSync(new Uint8Array(10)));
  }
}
