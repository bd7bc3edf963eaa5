import fc from 'fast-check';
import { fixedDeps, given } from '@custody/kernel';
import { ModelEvent } from '../../aggregates/model/model.events';
import { RegisterModel, registerModelDecider } from './register-model.decider';

const modelId = '0190a000-0000-7000-8000-0000000000c1';
const familyId = '0190a000-0000-7000-8000-0000000000f1';
const command: RegisterModel = {
  modelId,
  familyId,
  name: 'Pilatus3 X 6M',
  manufacturer: { name: 'DECTRIS', identifier: 'https://ror.org/02j2x3c07', identifierType: 'ROR' },
};
const registered: ModelEvent = {
  type: 'ModelRegistered',
  data: { ...command, registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register model', () => {
  it('registers a model of a known family', () => {
    given(registerModelDecider, []).when(command, { familyExists: true }).then([registered]);
  });

  it('refuses an unknown family', () => {
    given(registerModelDecider, []).when(command, { familyExists: false }).thenFails('FamilyNotFound');
  });

  it('refuses to register the same model twice', () => {
    given(registerModelDecider, [registered]).when(command, { familyExists: true }).thenFails('ModelAlreadyRegistered');
  });

  it('records exactly what it was given when the family exists, and nothing when it does not', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.string({ minLength: 1 }),
        fc.record({ name: fc.string({ minLength: 1 }) }, { requiredKeys: ['name'] }),
        fc.boolean(),
        fc.date({ noInvalidDate: true }),
        (id, name, manufacturer, familyExists, at) => {
          const now = at.toISOString();
          const scenario = given(registerModelDecider, []).when(
            { modelId: id, familyId, name, manufacturer },
            { familyExists },
            fixedDeps(now),
          );
          if (!familyExists) {
            scenario.thenFails('FamilyNotFound');
            return;
          }
          scenario.then([
            { type: 'ModelRegistered', data: { modelId: id, familyId, name, manufacturer, registeredAt: now } },
          ]);
        },
      ),
    );
  });
});
