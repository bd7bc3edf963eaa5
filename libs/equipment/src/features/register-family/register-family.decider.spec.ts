import fc from 'fast-check';
import { fixedDeps, given } from '@custody/kernel';
import { FamilyEvent } from '../../aggregates/family/family.events';
import { registerFamilyDecider } from './register-family.decider';

const familyId = '0190a000-0000-7000-8000-000000000001';
const registered: FamilyEvent = {
  type: 'FamilyRegistered',
  data: { familyId, name: 'Detectors', registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register family', () => {
  it('registers a new family', () => {
    given(registerFamilyDecider, []).when({ familyId, name: 'Detectors' }, undefined).then([registered]);
  });

  it('refuses to register the same family twice', () => {
    given(registerFamilyDecider, [registered])
      .when({ familyId, name: 'Detectors' }, undefined)
      .thenFails('FamilyAlreadyRegistered');
  });

  it('records exactly the name and id it was given, at the time it was given', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1 }), fc.date({ noInvalidDate: true }), (id, name, at) => {
        const now = at.toISOString();
        given(registerFamilyDecider, [])
          .when({ familyId: id, name }, undefined, fixedDeps(now))
          .then([{ type: 'FamilyRegistered', data: { familyId: id, name, registeredAt: now } }]);
      }),
    );
  });
});
