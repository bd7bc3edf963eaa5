import { randomFillSync } from 'node:crypto';
import { Clock, IdGenerator, formatUuidV7 } from '@custody/kernel';

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}

/** Random bytes drawn this many at a time: one call to the OS's source per 409 ids, not one per id. */
const POOL_BYTES = 4096;
const ID_RANDOM_BYTES = 10;

/** UUIDv7 from the wall clock and the OS's random source. */
export class UuidV7Generator implements IdGenerator {
  private readonly pool = new Uint8Array(POOL_BYTES);
  private offset = POOL_BYTES;

  newId(): string {
    if (this.offset + ID_RANDOM_BYTES > POOL_BYTES) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    const random = this.pool.subarray(this.offset, this.offset + ID_RANDOM_BYTES);
    this.offset += ID_RANDOM_BYTES;
    return formatUuidV7(Date.now(), random);
  }
}
