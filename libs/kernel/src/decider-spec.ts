import { Decider, DecisionDeps, DomainEvent, fold } from './decider';
import { deepEqual } from './deep-equal';
import { DomainError, isDomainError } from './domain-error';

/** Deterministic deps for specs: a fixed clock and ids `00000000-0000-7000-8000-000000000001`, `...002`, … */
export function fixedDeps(now = '2026-01-01T00:00:00.000Z'): DecisionDeps {
  let counter = 0;
  return {
    now,
    newId: () => {
      counter += 1;
      return `00000000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
    },
  };
}

export type Outcome<TEvent> = { readonly events: readonly TEvent[] } | { readonly error: DomainError };

export interface Scenario<TCommand, TEvent, TContext> {
  when(command: TCommand, context: TContext, deps?: DecisionDeps): Expectation<TEvent>;
}

export interface Expectation<TEvent> {
  readonly outcome: Outcome<TEvent>;
  /** Asserts the decision produced exactly these events. */
  then(expected: readonly TEvent[]): void;
  /** Asserts the decision was refused with this error code. */
  thenFails(code: string): DomainError;
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * given(events) → when(command) → then(events | error), for decider specs:
 *   given(assetDecider, [registered]).when(activate, ctx).then([activated])
 */
export function given<TState, TCommand, TEvent extends DomainEvent, TContext>(
  decider: Decider<TState, TCommand, TEvent, TContext>,
  history: readonly TEvent[],
): Scenario<TCommand, TEvent, TContext> {
  return {
    when(command, context, deps = fixedDeps()) {
      const state = fold(decider.evolve, decider.initialState, history);
      let outcome: Outcome<TEvent>;
      try {
        outcome = { events: decider.decide(state, command, context, deps) };
      } catch (error) {
        if (!isDomainError(error)) throw error;
        outcome = { error };
      }
      return {
        outcome,
        then(expected) {
          if ('error' in outcome) {
            throw new Error(
              `expected events ${show(expected)} but the command failed with ${outcome.error.code}: ${outcome.error.message}`,
            );
          }
          if (!deepEqual(outcome.events, expected)) {
            throw new Error(`expected events ${show(expected)}\nbut got ${show(outcome.events)}`);
          }
        },
        thenFails(code) {
          if (!('error' in outcome)) {
            throw new Error(`expected error ${code} but got events ${show(outcome.events)}`);
          }
          if (outcome.error.code !== code) {
            throw new Error(`expected error ${code} but got ${outcome.error.code}: ${outcome.error.message}`);
          }
          return outcome.error;
        },
      };
    },
  };
}
