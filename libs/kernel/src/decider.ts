/**
 * A decider is three plain, pure functions over plain data. Time and new ids arrive as arguments so that
 * the same inputs always give the same decision.
 */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/** What a decision may depend on besides state, command and context: the current time and a source of new ids. */
export interface DecisionDeps {
  /** ISO 8601 UTC instant, ending in `Z`. */
  readonly now: string;
  readonly newId: () => string;
}

export interface Decider<TState, TCommand, TEvent extends DomainEvent, TContext = void> {
  readonly initialState: TState;
  evolve(state: TState, event: TEvent): TState;
  /** Returns the events the command causes, or throws a DomainError. */
  decide(state: TState, command: TCommand, context: TContext, deps: DecisionDeps): readonly TEvent[];
}

export function fold<TState, TEvent>(
  evolve: (state: TState, event: TEvent) => TState,
  initialState: TState,
  events: readonly TEvent[],
): TState {
  return events.reduce(evolve, initialState);
}
