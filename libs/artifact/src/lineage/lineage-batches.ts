import { DomainEvent } from '@custody/kernel';
import { CommandMeta, EventStore, UnitOfWork, eventMetadata } from '@custody/platform';
import { LINEAGE_BATCH_STREAM } from '../aggregates/lineage-session/lineage-session.events';
import { LineageStore } from './lineage-store';

/**
 * Appends a staging batch's events to a stream of its own, in the command's transaction, with the staging rows
 * they stand for written in the same statement. The stream is new (a fresh id), so there is nothing to load or
 * lock: version 1 is the only one it can take.
 */
export async function appendBatch(
  store: EventStore,
  staging: LineageStore,
  unit: UnitOfWork,
  meta: CommandMeta,
  events: readonly DomainEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await store.append(
    [{ streamType: LINEAGE_BATCH_STREAM, streamId: unit.newId(), expectedVersion: 0, events }],
    eventMetadata(meta),
    unit.manager,
    (event) => staging.writesWithBatch(event),
  );
}
