import { Decider } from '@custody/kernel';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';
import { FixtureEvent } from '../../aggregates/fixture/fixture.events';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { FixtureState, initialFixtureState } from '../../aggregates/fixture/fixture.state';
import { PidPrefixes, PidScheme, decidePidRequest } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdNotPending } from '../../aggregates/persistent-id/persistent-id.errors';

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
      const decision = decidePidRequest(
        state,
        { scheme: command.scheme, suffix: command.suffix },
        context.prefixes,
        'FixturePersistentIdAlreadyAssigned',
        what,
        deps,
      );
      // A retry records the request again for the same identifier: it clears the failure and renews the lease,
      // so a concurrent retry is refused while this one is with the registry.
      return [
        {
          type: 'FixturePersistentIdRequested',
          data: {
            fixtureId: command.fixtureId,
            scheme: command.scheme,
            value: decision.value,
            requestedSuffix:
              decision.kind === 'retry' ? (state.pendingPersistentId?.requestedSuffix ?? null) : command.suffix,
            at: deps.now,
          },
        },
      ];
    }
    if (state.persistentId?.value === command.value) return [];
    const pending = state.pendingPersistentId;
    if (!pending || pending.value !== command.value) throw persistentIdNotPending(what, command.value);
    if (command.failure !== null) {
      return [
        {
          type: 'FixturePersistentIdMintFailed',
          data: { fixtureId: command.fixtureId, value: command.value, reason: command.failure, at: deps.now },
        },
      ];
    }
    return [
      {
        type: 'FixturePersistentIdAssigned',
        data: { fixtureId: command.fixtureId, scheme: pending.scheme, value: command.value, at: deps.now },
      },
    ];
  },
};
