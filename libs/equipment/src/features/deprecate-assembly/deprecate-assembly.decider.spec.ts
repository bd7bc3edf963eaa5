import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssemblyEvent } from '../../aggregates/assembly/assembly.events';
import { deprecateAssemblyDecider } from './deprecate-assembly.decider';

const assemblyId = '0190a000-0000-7000-8000-0000000000b1';
const registered: AssemblyEvent = {
  type: 'AssemblyRegistered',
  data: {
    assemblyId,
    name: 'SAXS end station',
    slots: [{ name: 'detector', familyId: '0190a000-0000-7000-8000-0000000000f1', count: 1 }],
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
};
const deprecated: AssemblyEvent = { type: 'AssemblyDeprecated', data: { assemblyId, at: '2026-01-01T00:00:00.000Z' } };

describe('deprecate assembly', () => {
  it('deprecates a registered assembly', () => {
    given(deprecateAssemblyDecider, [registered]).when({ assemblyId }, undefined).then([deprecated]);
  });

  it('refuses an unknown assembly', () => {
    given(deprecateAssemblyDecider, []).when({ assemblyId }, undefined).thenFails('AssemblyNotFound');
  });

  it('refuses a second deprecation', () => {
    given(deprecateAssemblyDecider, [registered, deprecated])
      .when({ assemblyId }, undefined)
      .thenFails('AssemblyCannotDeprecate');
  });

  it('whatever the number of attempts, an assembly is deprecated exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (attempts) => {
        let history: AssemblyEvent[] = [registered];
        let accepted = 0;
        for (let i = 0; i < attempts; i++) {
          const outcome = given(deprecateAssemblyDecider, history).when({ assemblyId }, undefined).outcome;
          if ('events' in outcome) {
            accepted += 1;
            history = [...history, ...outcome.events];
          } else if (outcome.error.code !== 'AssemblyCannotDeprecate') return false;
        }
        const state = fold(deprecateAssemblyDecider.evolve, deprecateAssemblyDecider.initialState, history);
        return accepted === 1 && state.exists && state.deprecated;
      }),
    );
  });
});
