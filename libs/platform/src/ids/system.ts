import { randomFillSync } from 'node:crypto';
import { Clock, IdGenerator, formatUuidV7 } from '@custody/kernel';

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}

const RANDOM_BYTES_PER_ID = 10;
/** Random bytes drawn at once: one call into the CSPRNG per 409 ids instead of one per id (issue 10). */
const RANDOM_POOL_BYTES = RANDOM_BYTES_PER_ID * 409;

/** UUIDv7 from the wall clock and the OS's random source. */
export class UuidV7Generator implements IdGenerator {
  private readonly pool = new Uint8Array(RANDOM_POOL_BYTES);
  private offset = RANDOM_POOL_BYTES;

  newId(): string {
    if (this.offset === RANDOM_POOL_BYTES) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    // Each id's bytes are used once: the next id reads the next slice.
    const random = this.pool.subarray(this.offset, this.offset + RANDOM_BYTES_PER_ID);
    this.offset += RANDOM_BYTES_PER_ID;
    return formatUuidV7(Date.now(), random);
  }
}
