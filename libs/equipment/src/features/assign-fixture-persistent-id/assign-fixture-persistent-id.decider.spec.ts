import fc from 'fast-check';
import { fixedDeps, fold, given } from '@custody/kernel';
import { FixtureEvent } from '../../aggregates/fixture/fixture.events';
import {
  AssignFixturePersistentId,
  AssignFixturePersistentIdContext,
  assignFixturePersistentIdDecider,
} from './assign-fixture-persistent-id.decider';

const fixtureId = '0190a000-0000-7000-8000-0000000000b1';
const t0 = '2026-01-01T00:00:00.000Z';
const context: AssignFixturePersistentIdContext = { prefixes: { DOI: '10.5072', Handle: '20.500.12345' } };
const registered: FixtureEvent = {
  type: 'FixtureRegistered',
  data: {
    fixtureId,
    assemblyId: '0190a000-0000-7000-8000-0000000000e1',
    slotAssetBindings: [{ slotName: 'detector', assetId: '0190a000-0000-7000-8000-0000000000a1' }],
    parameterOverrides: null,
    registeredAt: t0,
  },
};
const request = (scheme: 'DOI' | 'Handle' = 'DOI', suffix: string | null = 'mx'): AssignFixturePersistentId => ({
  kind: 'request',
  fixtureId,
  scheme,
  suffix,
});
const outcome = (value: string, failure: string | null = null): AssignFixturePersistentId => ({
  kind: 'record-outcome',
  fixtureId,
  value,
  failure,
});
const requested = (at = t0): FixtureEvent => ({
  type: 'FixturePersistentIdRequested',
  data: { fixtureId, scheme: 'DOI', value: '10.5072/mx', requestedSuffix: 'mx', at },
});
const failed: FixtureEvent = {
  type: 'FixturePersistentIdMintFailed',
  data: { fixtureId, value: '10.5072/mx', reason: "DataCite answered 422: creators: Can't be blank", at: t0 },
};
const assigned: FixtureEvent = {
  type: 'FixturePersistentIdAssigned',
  data: { fixtureId, scheme: 'DOI', value: '10.5072/mx', at: t0 },
};

describe('assign fixture persistent id', () => {
  it('records the request before anything is minted', () => {
    given(assignFixturePersistentIdDecider, [registered]).when(request(), context).then([requested()]);
  });

  it('refuses an unknown fixture', () => {
    given(assignFixturePersistentIdDecider, []).when(request(), context).thenFails('FixtureNotFound');
  });

  it('refuses a second identifier, and a concurrent request while the first is with the registry', () => {
    given(assignFixturePersistentIdDecider, [registered, requested(), assigned])
      .when(request(), context)
      .thenFails('FixturePersistentIdAlreadyAssigned');
    given(assignFixturePersistentIdDecider, [registered, requested()])
      .when(request(), context)
      .thenFails('FixturePersistentIdAlreadyAssigned');
  });

  it('retries the same identifier after a failed mint', () => {
    given(assignFixturePersistentIdDecider, [registered, requested(), failed])
      .when(request(), context, fixedDeps('2026-01-01T00:01:00.000Z'))
      .then([requested('2026-01-01T00:01:00.000Z')]);
  });

  it('records the registry’s answer: the identifier, or the failure', () => {
    given(assignFixturePersistentIdDecider, [registered, requested()])
      .when(outcome('10.5072/mx'), context)
      .then([assigned]);
    given(assignFixturePersistentIdDecider, [registered, requested()])
      .when(outcome('10.5072/mx', "DataCite answered 422: creators: Can't be blank"), context)
      .then([failed]);
    given(assignFixturePersistentIdDecider, [registered, requested(), assigned])
      .when(outcome('10.5072/mx'), context)
      .then([]);
    given(assignFixturePersistentIdDecider, [registered])
      .when(outcome('10.5072/mx'), context)
      .thenFails('PersistentIdentifierNotPending');
  });

  it('of any number of concurrent-looking requests before the registry answers, exactly one is accepted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom('mx', 'other'), { nil: null }), { minLength: 1, maxLength: 10 }),
        (suffixes) => {
          let history: FixtureEvent[] = [registered];
          let accepted = 0;
          for (const suffix of suffixes) {
            const result = given(assignFixturePersistentIdDecider, history).when(
              request('DOI', suffix),
              context,
            ).outcome;
            if ('events' in result) {
              accepted += 1;
              history = [...history, ...result.events];
            }
          }
          const state = fold(
            assignFixturePersistentIdDecider.evolve,
            assignFixturePersistentIdDecider.initialState,
            history,
          );
          return accepted === 1 && state.exists && state.pendingPersistentId !== null && state.persistentId === null;
        },
      ),
    );
  });
});
