import { Decider, DecisionDeps } from './decider';
import { fixedDeps, given } from './decider-spec';
import { DomainError, conflict } from './domain-error';

type DoorEvent =
  { type: 'DoorOpened'; data: { by: string; at: string; id: string } } | { type: 'DoorClosed'; data: { by: string } };
type DoorCommand = { kind: 'open' | 'close' | 'explode'; by: string };
interface DoorState {
  readonly open: boolean;
  readonly openings: number;
}

/** A door that opens once until closed; `explode` is a bug in the decider (not a domain refusal). */
const doorDecider: Decider<DoorState, DoorCommand, DoorEvent, { locked: boolean }> = {
  initialState: { open: false, openings: 0 },
  evolve: (state, event) =>
    event.type === 'DoorOpened' ? { open: true, openings: state.openings + 1 } : { ...state, open: false },
  decide: (state, command, context, deps) => {
    switch (command.kind) {
      case 'open':
        if (context.locked) throw conflict('DoorLocked', 'The door is locked.');
        if (state.open) throw conflict('DoorAlreadyOpen', 'The door is already open.');
        return [{ type: 'DoorOpened', data: { by: command.by, at: deps.now, id: deps.newId() } }];
      case 'close':
        if (!state.open) throw conflict('DoorAlreadyClosed', 'The door is closed.');
        return [{ type: 'DoorClosed', data: { by: command.by } }];
      case 'explode':
        throw new TypeError('boom');
    }
  },
};

const unlocked = { locked: false };
const opened = (by = 'ann', id = '00000000-0000-7000-8000-000000000001'): DoorEvent => ({
  type: 'DoorOpened',
  data: { by, at: '2026-01-01T00:00:00.000Z', id },
});
const closed = (by = 'ann'): DoorEvent => ({ type: 'DoorClosed', data: { by } });

describe('given/when/then', () => {
  describe('then', () => {
    it('passes when the decision produced exactly the expected events (key order aside)', () => {
      expect(() =>
        given(doorDecider, [])
          .when({ kind: 'open', by: 'ann' }, unlocked)
          .then([
            {
              type: 'DoorOpened',
              data: { id: '00000000-0000-7000-8000-000000000001', at: '2026-01-01T00:00:00.000Z', by: 'ann' },
            },
          ]),
      ).not.toThrow();
    });

    it('folds the history before deciding', () => {
      expect(() =>
        given(doorDecider, [opened()])
          .when({ kind: 'close', by: 'bob' }, unlocked)
          .then([closed('bob')]),
      ).not.toThrow();
      expect(() =>
        given(doorDecider, [opened(), closed()])
          .when({ kind: 'open', by: 'bob' }, unlocked)
          .then([opened('bob')]),
      ).not.toThrow();
    });

    it('fails on other events, naming both', () => {
      const expectation = given(doorDecider, []).when({ kind: 'open', by: 'ann' }, unlocked);
      expect(() => expectation.then([opened('bob')])).toThrow(/expected events[\s\S]*"bob"[\s\S]*but got[\s\S]*"ann"/);
      expect(() => expectation.then([])).toThrow(/expected events/);
      expect(() => expectation.then([opened(), opened()])).toThrow(/expected events/);
    });

    it('fails when the command was refused, naming the error code', () => {
      const expectation = given(doorDecider, [opened()]).when({ kind: 'open', by: 'ann' }, unlocked);
      expect(() => expectation.then([opened()])).toThrow(/failed with DoorAlreadyOpen/);
    });
  });

  describe('thenFails', () => {
    it('passes on the expected code and returns the DomainError', () => {
      const error = given(doorDecider, [opened()])
        .when({ kind: 'open', by: 'ann' }, unlocked)
        .thenFails('DoorAlreadyOpen');
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('DoorAlreadyOpen');
      expect(error.family).toBe('Conflict');
    });

    it('passes the context to the decider', () => {
      given(doorDecider, []).when({ kind: 'open', by: 'ann' }, { locked: true }).thenFails('DoorLocked');
    });

    it('throws when the command was refused with another code', () => {
      const expectation = given(doorDecider, [opened()]).when({ kind: 'open', by: 'ann' }, { locked: true });
      expect(() => expectation.thenFails('DoorAlreadyOpen')).toThrow(
        /expected error DoorAlreadyOpen but got DoorLocked/,
      );
    });

    it('throws when the command succeeded', () => {
      const expectation = given(doorDecider, []).when({ kind: 'open', by: 'ann' }, unlocked);
      expect(() => expectation.thenFails('DoorAlreadyOpen')).toThrow(/expected error DoorAlreadyOpen but got events/);
    });
  });

  it('lets an exception that is not a DomainError propagate out of when()', () => {
    expect(() => given(doorDecider, []).when({ kind: 'explode', by: 'ann' }, unlocked)).toThrow(TypeError);
    expect(() => given(doorDecider, []).when({ kind: 'explode', by: 'ann' }, unlocked)).toThrow('boom');
  });

  it('exposes the outcome', () => {
    expect(given(doorDecider, []).when({ kind: 'open', by: 'ann' }, unlocked).outcome).toEqual({ events: [opened()] });
    const refused = given(doorDecider, []).when({ kind: 'close', by: 'ann' }, unlocked).outcome;
    expect('error' in refused && refused.error.code).toBe('DoorAlreadyClosed');
  });

  it('uses the deps it is given', () => {
    const deps: DecisionDeps = { now: '2030-05-05T05:05:05.000Z', newId: () => 'custom-id' };
    given(doorDecider, [])
      .when({ kind: 'open', by: 'ann' }, unlocked, deps)
      .then([{ type: 'DoorOpened', data: { by: 'ann', at: '2030-05-05T05:05:05.000Z', id: 'custom-id' } }]);
  });
});

describe('fixedDeps', () => {
  it('gives a fixed clock and sequential UUIDv7-shaped ids, fresh per call', () => {
    const deps = fixedDeps();
    expect(deps.now).toBe('2026-01-01T00:00:00.000Z');
    expect([deps.newId(), deps.newId()]).toEqual([
      '00000000-0000-7000-8000-000000000001',
      '00000000-0000-7000-8000-000000000002',
    ]);
    expect(fixedDeps('2027-01-01T00:00:00.000Z').newId()).toBe('00000000-0000-7000-8000-000000000001');
    expect(fixedDeps('2027-01-01T00:00:00.000Z').now).toBe('2027-01-01T00:00:00.000Z');
  });
});
