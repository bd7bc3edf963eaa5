import { Decider } from '@custody/kernel';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';
import { FixtureEvent } from '../../aggregates/fixture/fixture.events';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { FixtureState, initialFixtureState } from '../../aggregates/fixture/fixture.state';
import {
  PidPrefixes,
  PidScheme,
  decidePidOutcome,
  pidRequestRecord,
} from '../../aggregates/persistent-id/persistent-id';

/**
 * Assigning a fixture its persistent identifier takes two decisions around the registry call: `request`
 * (checked in API.md's order, recorded before the minter is called) and `record-outcome` (what the registry
 * answered).
 */
export type AssignFixturePersistentId =
  | { readonly kind: 'request'; readonly fixtureId: string; readonly scheme: PidScheme; readonly suffix: string | null }
  | {
      readonly kind: 'record-outcome';
      readonly fixtureId: string;
      readonly value: string;
      /** null: the registry holds the identifier; else why the mint failed (the registry's detail). */
      readonly failure: string | null;
    };

export interface AssignFixturePersistentIdContext {
  readonly prefixes: PidPrefixes;
}

export const assignFixturePersistentIdDecider: Decider<
  FixtureState,
  AssignFixturePersistentId,
  FixtureEvent,
  AssignFixturePersistentIdContext
> = {
  initialState: initialFixtureState,
  evolve: evolveFixture,
  decide(state, command, context, deps) {
    if (!state.exists) throw fixtureNotFound(command.fixtureId);
    const what = `Fixture ${command.fixtureId}`;
    if (command.kind === 'request') {
      const requested = pidRequestRecord(
        state,
        { scheme: command.scheme, suffix: command.suffix },
        context.prefixes,
        'FixturePersistentIdAlreadyAssigned',
        what,
        deps,
      );
      return [{ type: 'FixturePersistentIdRequested', data: { fixtureId: command.fixtureId, ...requested } }];
    }
    const outcome = decidePidOutcome(state, command.value, command.failure, what, deps.now);
    switch (outcome.kind) {
      case 'unchanged':
        return [];
      case 'failed':
        return [
          {
            type: 'FixturePersistentIdMintFailed',
            data: { fixtureId: command.fixtureId, value: outcome.value, reason: outcome.reason, at: outcome.at },
          },
        ];
      case 'assigned':
        return [
          {
            type: 'FixturePersistentIdAssigned',
            data: { fixtureId: command.fixtureId, scheme: outcome.scheme, value: outcome.value, at: outcome.at },
          },
        ];
    }
  },
};
