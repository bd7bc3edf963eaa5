import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { StoredEvent } from '../event-store/event-store';

/**
 * A read model fed by events. `apply` must be idempotent: a rebuild replays every event, and runners on
 * several hosts may race for the same batch (the bookmark lock makes only one win, but keep it safe).
 */
export interface Projection {
  readonly name: string;
  /** Event types this projection reacts to; other events only move its bookmark. */
  readonly eventTypes: readonly string[];
  apply(event: StoredEvent, manager: EntityManager): Promise<void>;
  /**
   * Applies a batch the runner read (this projection's types only, in commit order), as `apply` one by one would,
   * in fewer round trips. Optional: without it the runner calls `apply` for each event.
   */
  applyAll?(events: readonly StoredEvent[], manager: EntityManager): Promise<void>;
  /**
   * Applied inside every append's transaction (the default), so lists read their callers' writes with no
   * catch-up. `false` leaves it to the daemon: for a projection too costly to run on the command path, whose
   * readers then wait for it in `ensureCurrent`.
   */
  readonly inline?: boolean;
  /** Empties the projection's tables before a rebuild. */
  reset(manager: EntityManager): Promise<void>;
}

/** Marks a provider as a projection so the runner discovers it, whichever context module declares it. */
export const ProjectionHandler = DiscoveryService.createDecorator<void>();
