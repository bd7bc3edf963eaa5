import fc from 'fast-check';
import { fixedDeps, fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { PID_REQUEST_LEASE_MS } from '../../aggregates/persistent-id/persistent-id';
import {
  AssignAssetPersistentId,
  AssignAssetPersistentIdContext,
  assignAssetPersistentIdDecider,
} from './assign-asset-persistent-id.decider';

const assetId = '0190a000-0000-7000-8000-0000000000a1';
const t0 = '2026-01-01T00:00:00.000Z';
const context: AssignAssetPersistentIdContext = { prefixes: { DOI: '10.5072', Handle: '20.500.12345' } };
const registered: AssetEvent = {
  type: 'AssetRegistered',
  data: {
    assetId,
    name: 'Pilatus 6M',
    familyId: '0190a000-0000-7000-8000-0000000000f1',
    modelId: null,
    serialNumber: null,
    owner: { name: 'Beamline 7' },
    registeredAt: t0,
  },
};
const decommissioned: AssetEvent = { type: 'AssetDecommissioned', data: { assetId, at: t0 } };
const request = (scheme: 'DOI' | 'Handle' = 'DOI', suffix: string | null = 'pilatus'): AssignAssetPersistentId => ({
  kind: 'request',
  assetId,
  scheme,
  suffix,
});
const outcome = (value: string, failure: string | null = null): AssignAssetPersistentId => ({
  kind: 'record-outcome',
  assetId,
  value,
  failure,
});
const requested = (value = '10.5072/pilatus', at = t0, requestedSuffix: string | null = 'pilatus'): AssetEvent => ({
  type: 'AssetPersistentIdRequested',
  data: { assetId, scheme: 'DOI', value, requestedSuffix, at },
});
const failed = (value = '10.5072/pilatus'): AssetEvent => ({
  type: 'AssetPersistentIdMintFailed',
  data: { assetId, value, reason: 'DataCite answered 500', at: t0 },
});
const assigned = (value = '10.5072/pilatus'): AssetEvent => ({
  type: 'AssetPersistentIdAssigned',
  data: { assetId, scheme: 'DOI', value, at: t0 },
});

describe('assign asset persistent id', () => {
  describe('request', () => {
    it('records the request for <prefix>/<suffix> before anything is minted', () => {
      given(assignAssetPersistentIdDecider, [registered]).when(request(), context).then([requested()]);
    });

    it('generates the suffix when none is given, under the scheme’s prefix', () => {
      given(assignAssetPersistentIdDecider, [registered])
        .when(request('Handle', null), context)
        .then([
          {
            type: 'AssetPersistentIdRequested',
            data: {
              assetId,
              scheme: 'Handle',
              value: '20.500.12345/00000000-0000-7000-8000-000000000001',
              requestedSuffix: null,
              at: t0,
            },
          },
        ]);
    });

    it('refuses an unknown asset', () => {
      given(assignAssetPersistentIdDecider, []).when(request(), context).thenFails('AssetNotFound');
    });

    it('refuses a decommissioned asset before looking at its identifier', () => {
      given(assignAssetPersistentIdDecider, [registered, decommissioned])
        .when(request(), context)
        .thenFails('AssetPersistentIdAssignmentForbidden');
      given(assignAssetPersistentIdDecider, [registered, requested(), assigned(), decommissioned])
        .when(request(), context)
        .thenFails('AssetPersistentIdAssignmentForbidden');
    });

    it('refuses a second identifier once one is assigned', () => {
      given(assignAssetPersistentIdDecider, [registered, requested(), assigned()])
        .when(request('Handle', 'other'), context)
        .thenFails('AssetPersistentIdAlreadyAssigned');
    });

    it('refuses a request while the same one is with the registry', () => {
      given(assignAssetPersistentIdDecider, [registered, requested()])
        .when(request(), context)
        .thenFails('AssetPersistentIdAlreadyAssigned');
    });

    it('retries the same identifier after a failed mint (with or without the suffix)', () => {
      for (const suffix of ['pilatus', null]) {
        given(assignAssetPersistentIdDecider, [registered, requested(), failed()])
          .when(request('DOI', suffix), context, fixedDeps('2026-01-01T00:00:05.000Z'))
          .then([requested('10.5072/pilatus', '2026-01-01T00:00:05.000Z')]);
      }
    });

    it('refuses another identifier while a request is pending', () => {
      given(assignAssetPersistentIdDecider, [registered, requested(), failed()])
        .when(request('DOI', 'another'), context)
        .thenFails('PersistentIdentifierRequestPending');
    });

    it('takes over a request abandoned for longer than the lease', () => {
      const later = new Date(Date.parse(t0) + PID_REQUEST_LEASE_MS).toISOString();
      given(assignAssetPersistentIdDecider, [registered, requested()])
        .when(request(), context, fixedDeps(later))
        .then([requested('10.5072/pilatus', later)]);
    });
  });

  describe('record outcome', () => {
    it('records the identifier the registry now holds', () => {
      given(assignAssetPersistentIdDecider, [registered, requested()])
        .when(outcome('10.5072/pilatus'), context)
        .then([assigned()]);
    });

    it('records a failed mint and leaves the request pending', () => {
      given(assignAssetPersistentIdDecider, [registered, requested()])
        .when(outcome('10.5072/pilatus', 'DataCite answered 500'), context)
        .then([failed()]);
    });

    it('changes nothing when the identifier is already recorded', () => {
      given(assignAssetPersistentIdDecider, [registered, requested(), assigned()])
        .when(outcome('10.5072/pilatus'), context)
        .then([]);
    });

    it('refuses an outcome for an identifier that is not pending', () => {
      given(assignAssetPersistentIdDecider, [registered])
        .when(outcome('10.5072/other'), context)
        .thenFails('PersistentIdentifierNotPending');
    });
  });

  it('whatever the requests and registry answers, one identifier at most is assigned: the first one requested', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('request' as const),
        scheme: fc.constantFrom('DOI' as const, 'Handle' as const),
        suffix: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
      }),
      fc.record({ kind: fc.constant('outcome' as const), ok: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let history: AssetEvent[] = [registered];
        const requestedValues = new Set<string>();
        for (const s of steps) {
          const state = fold(
            assignAssetPersistentIdDecider.evolve,
            assignAssetPersistentIdDecider.initialState,
            history,
          );
          const pending = state.exists ? state.pendingPersistentId : null;
          const command =
            s.kind === 'request'
              ? request(s.scheme, s.suffix)
              : outcome(pending?.value ?? '10.5072/none', s.ok ? null : 'failed');
          const result = given(assignAssetPersistentIdDecider, history).when(command, context).outcome;
          if ('events' in result) {
            for (const e of result.events)
              if (e.type === 'AssetPersistentIdRequested') requestedValues.add(e.data.value);
            history = [...history, ...result.events];
          }
        }
        const assignments = history.filter((e) => e.type === 'AssetPersistentIdAssigned');
        const state = fold(assignAssetPersistentIdDecider.evolve, assignAssetPersistentIdDecider.initialState, history);
        return (
          requestedValues.size <= 1 &&
          assignments.length <= 1 &&
          (assignments.length === 0 || (state.exists && requestedValues.has(state.persistentId!.value)))
        );
      }),
    );
  });

  it('never records a request for a decommissioned asset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DOI' as const, 'Handle' as const),
        fc.option(fc.string({ minLength: 1 }), { nil: null }),
        fc.boolean(),
        (scheme, suffix, hadRequest) => {
          const history = hadRequest
            ? [registered, requested(), failed(), decommissioned]
            : [registered, decommissioned];
          given(assignAssetPersistentIdDecider, history)
            .when(request(scheme, suffix), context)
            .thenFails('AssetPersistentIdAssignmentForbidden');
        },
      ),
    );
  });
});
