import fc from 'fast-check';
import { given } from '@custody/kernel';
import { MethodEvent } from '../../aggregates/method/method.events';
import { registerMethodDecider } from './register-method.decider';

const methodId = '0190a000-0000-7000-8000-0000000000a1';
const at = '2026-01-01T00:00:00.000Z';
const command = {
  methodId,
  name: 'reconstruction',
  neededInputKinds: ['projections', 'flats', 'projections'],
  parametersSchema: { type: 'object' },
};
const registered: MethodEvent = {
  type: 'MethodRegistered',
  data: {
    methodId,
    name: 'reconstruction',
    neededInputKinds: ['projections', 'flats'],
    parametersSchema: { type: 'object' },
    registeredAt: at,
  },
};

describe('register method', () => {
  it('registers a method, keeping each input kind once in first-seen order', () => {
    given(registerMethodDecider, []).when(command, { schemaErrors: [] }).then([registered]);
  });

  it('refuses a schema the JSON Schema library rejected, with its errors', () => {
    const error = given(registerMethodDecider, [])
      .when(command, { schemaErrors: [{ path: 'parametersSchema.type', message: 'must be equal to one of' }] })
      .thenFails('ValidationFailed');
    expect(error.family).toBe('Invalid');
    expect(error.errors).toEqual([{ path: 'parametersSchema.type', message: 'must be equal to one of' }]);
  });

  it('refuses to register the same id twice', () => {
    given(registerMethodDecider, [registered]).when(command, { schemaErrors: [] }).thenFails('MethodAlreadyRegistered');
  });

  it('the recorded kinds are exactly the distinct kinds given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 64 }), (kinds) => {
        const outcome = given(registerMethodDecider, []).when(
          { ...command, neededInputKinds: kinds },
          { schemaErrors: [] },
        ).outcome;
        if (!('events' in outcome)) return false;
        const recorded = outcome.events[0].data.neededInputKinds;
        const firstSeen = kinds.filter((kind, i) => kinds.indexOf(kind) === i);
        return JSON.stringify(recorded) === JSON.stringify(firstSeen);
      }),
    );
  });
});
