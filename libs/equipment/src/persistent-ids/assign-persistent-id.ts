import { Logger } from '@nestjs/common';
import { AggregateRepository, CommandMeta, UnitOfWork } from '@custody/platform';
import { DoiMinter, PidinstRecord, isDoiMintError } from '@custody/ports';
import { PersistentIdentifier } from '../aggregates/persistent-id/persistent-id';
import { persistentIdMintFailed } from '../aggregates/persistent-id/persistent-id.errors';

/** What differs between assigning an asset's identifier and a fixture's. */
export interface PersistentIdTarget {
  /** e.g. `asset <id>`, for messages. */
  readonly what: string;
  /** Unit 1: decide the request and stage its event; returns the identifier to mint. */
  request(unit: UnitOfWork): Promise<PersistentIdentifier>;
  /** The PIDINST record the identifier will resolve to (undefined if the target vanished meanwhile). */
  record(identifier: PersistentIdentifier): Promise<PidinstRecord | undefined>;
  /** Unit 2: record the registry's answer (failure null on success). */
  recordOutcome(value: string, failure: string | null): Promise<void>;
}

const logger = new Logger('PersistentIds');

/**
 * Decide and record the request (unit 1) → mint outside any transaction → record the registry's answer
 * (unit 2). A refused command never reaches the minter; a failed mint leaves the request pending, so the same
 * request again retries the same identifier, and answers 502 PersistentIdentifierMintFailed.
 */
export async function assignPersistentId(
  aggregates: AggregateRepository,
  minter: DoiMinter,
  meta: CommandMeta,
  target: PersistentIdTarget,
): Promise<PersistentIdentifier> {
  const identifier = await aggregates.transact(meta, (unit) => target.request(unit));
  let failure: string | null = null;
  let unexpected: unknown = undefined;
  try {
    const record = await target.record(identifier);
    if (!record) throw new Error(`${target.what} vanished between its request and its mint`);
    await minter.mint({
      scheme: identifier.scheme,
      identifier: identifier.value,
      landingPage: record.landingPage,
      record,
    });
  } catch (error) {
    if (isDoiMintError(error)) failure = error.detail;
    else {
      unexpected = error;
      failure = 'custody failed before the registry answered';
    }
  }
  await target.recordOutcome(identifier.value, failure);
  if (unexpected !== undefined) throw unexpected;
  if (failure !== null) {
    logger.warn(`minting ${identifier.scheme} ${identifier.value} for ${target.what} failed: ${failure}`);
    throw persistentIdMintFailed(target.what, identifier.scheme, identifier.value, failure);
  }
  return identifier;
}
