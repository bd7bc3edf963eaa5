import fc from 'fast-check';
import { fixedDeps, fold, given } from '@custody/kernel';
import { FrameEvent } from '../../aggregates/frame/frame.events';
import { registerFrameDecider } from './register-frame.decider';

const frameId = '0190a000-0000-7000-8000-0000000000e1';
const registered: FrameEvent = {
  type: 'FrameRegistered',
  data: { frameId, name: 'Detector table', registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register frame', () => {
  it('registers a new frame with no mounts', () => {
    given(registerFrameDecider, []).when({ frameId, name: 'Detector table' }, undefined).then([registered]);
    expect(fold(registerFrameDecider.evolve, registerFrameDecider.initialState, [registered])).toEqual({
      exists: true,
      frameId,
      name: 'Detector table',
      mounts: [],
    });
  });

  it('refuses to register the same frame twice', () => {
    given(registerFrameDecider, [registered])
      .when({ frameId, name: 'Again' }, undefined)
      .thenFails('FrameAlreadyRegistered');
  });

  it('records exactly the name and id it was given, at the time it was given', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1 }), fc.date({ noInvalidDate: true }), (id, name, at) => {
        const now = at.toISOString();
        given(registerFrameDecider, [])
          .when({ frameId: id, name }, undefined, fixedDeps(now))
          .then([{ type: 'FrameRegistered', data: { frameId: id, name, registeredAt: now } }]);
      }),
    );
  });
});
