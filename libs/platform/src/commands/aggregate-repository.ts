import { Inject, Injectable } from '@nestjs/common';
import { Clock, Decider, DomainError, DomainEvent, IdGenerator, fold } from '@custody/kernel';
import { DataSource, EntityManager } from 'typeorm';
import { EventStore } from '../event-store/event-store';
import { CLOCK, ID_GENERATOR } from '../ids/tokens';
import { CommandMeta, eventMetadata } from './command-meta';

export interface Decision<TState, TEvent> {
  readonly state: TState;
  readonly events: readonly TEvent[];
  /** The stream version after the append. */
  readonly version: number;
}

export interface ExecuteOptions<TState, TCommand, TEvent extends DomainEvent, TContext> {
  readonly decider: Decider<TState, TCommand, TEvent, TContext>;
  readonly streamType: string;
  readonly streamId: string;
  readonly command: TCommand;
  readonly meta: CommandMeta;
  /** Loads the facts from elsewhere the decision needs; runs inside the command's transaction. */
  readonly loadContext?: (state: TState, manager: EntityManager) => Promise<TContext>;
  /** Runs in the same transaction after a successful append (e.g. an inline read model or an outbox row). */
  readonly afterAppend?: (decision: Decision<TState, TEvent>, manager: EntityManager) => Promise<void>;
}

const MAX_ATTEMPTS = 5;

/**
 * A command's way through the store: load the stream → fold → load context → decide → append with the
 * expected version. A concurrent writer makes the append fail; the command is then decided again on the new
 * state, so the loser sees the domain's own refusal (e.g. AssetCannotActivate) rather than a bare conflict.
 */
@Injectable()
export class AggregateRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async load<TState, TEvent extends DomainEvent>(
    decider: Pick<Decider<TState, never, TEvent, never>, 'evolve' | 'initialState'>,
    streamId: string,
    manager?: EntityManager,
  ): Promise<{ state: TState; version: number }> {
    const stream = await this.store.load<TEvent>(streamId, manager);
    return { state: fold(decider.evolve, decider.initialState, stream.events), version: stream.version };
  }

  async execute<TState, TCommand, TEvent extends DomainEvent, TContext>(
    options: ExecuteOptions<TState, TCommand, TEvent, TContext>,
  ): Promise<Decision<TState, TEvent>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const { state, version } = await this.load(options.decider, options.streamId, manager);
          const context = options.loadContext ? await options.loadContext(state, manager) : (undefined as TContext);
          const events = options.decider.decide(state, options.command, context, {
            now: this.clock.now(),
            newId: () => this.ids.newId(),
          });
          await this.store.append(
            [{ streamType: options.streamType, streamId: options.streamId, expectedVersion: version, events }],
            eventMetadata(options.meta),
            manager,
          );
          const decision = {
            state: fold(options.decider.evolve, state, events),
            events,
            version: version + events.length,
          };
          if (options.afterAppend) await options.afterAppend(decision, manager);
          return decision;
        });
      } catch (error) {
        const retry = error instanceof DomainError && error.code === 'ConcurrencyConflict' && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }
}
