import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { TierEvent } from '../../aggregates/tier/tier.events';
import { RegisterTier, registerTierDecider } from './register-tier.decider';

const tierId = '0190a000-0000-7000-8000-0000000000d1';
const command: RegisterTier = {
  tierId,
  name: 'detector-local',
  accessProtocol: 'file',
  rootUri: 'file:///data/detector/',
  reachable: true,
};
const registered: TierEvent = {
  type: 'TierRegistered',
  data: {
    tierId,
    name: 'detector-local',
    accessProtocol: 'file',
    rootUri: 'file:///data/detector',
    reachable: true,
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
};

describe('register tier', () => {
  it('registers a tier with its root in canonical form', () => {
    given(registerTierDecider, []).when(command, undefined).then([registered]);
  });

  it('accepts a plain absolute path as a file root and an http root for an https tier', () => {
    given(registerTierDecider, [])
      .when({ ...command, rootUri: '/data//detector/./' }, undefined)
      .then([registered]);
    given(registerTierDecider, [])
      .when({ ...command, accessProtocol: 'https', rootUri: 'HTTP://Data.Example.org/pub/' }, undefined)
      .then([
        {
          type: 'TierRegistered',
          data: { ...registered.data, accessProtocol: 'https', rootUri: 'http://data.example.org/pub' },
        } as TierEvent,
      ]);
  });

  it('refuses a root of another protocol, with "..", or without a host', () => {
    for (const [accessProtocol, rootUri] of [
      ['file', 's3://bucket/x'],
      ['s3', 'file:///data'],
      ['file', 'file:///data/../etc'],
      ['https', 'https:///path'],
      ['file', 'file://host/data'],
      ['globus', 'relative/path'],
      ['https', 'https://host/x?query=1'],
    ] as const) {
      const error = given(registerTierDecider, [])
        .when({ ...command, accessProtocol, rootUri }, undefined)
        .thenFails('ValidationFailed');
      expect(error.errors).toEqual([{ path: 'rootUri', message: expect.any(String) }]);
    }
  });

  it('refuses to register the same tier twice', () => {
    given(registerTierDecider, [registered]).when(command, undefined).thenFails('TierAlreadyRegistered');
  });

  it('whatever the name and reachability, the registered state is what was asked', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), (name, reachable) => {
        const outcome = given(registerTierDecider, []).when({ ...command, name, reachable }, undefined).outcome;
        if (!('events' in outcome)) return false;
        const state = fold(registerTierDecider.evolve, registerTierDecider.initialState, outcome.events);
        return (
          state.exists &&
          state.name === name &&
          state.reachable === reachable &&
          state.rootUri === registered.data.rootUri
        );
      }),
    );
  });
});
