import fc from 'fast-check';
import { given } from '@custody/kernel';
import { AssemblyEvent } from '../../aggregates/assembly/assembly.events';
import { RegisterAssembly, registerAssemblyDecider } from './register-assembly.decider';

const assemblyId = '0190a000-0000-7000-8000-0000000000b1';
const detectors = '0190a000-0000-7000-8000-0000000000f1';
const stages = '0190a000-0000-7000-8000-0000000000f2';
const command: RegisterAssembly = {
  assemblyId,
  name: 'SAXS end station',
  slots: [
    { name: 'detector', familyId: detectors, count: 1 },
    { name: 'stage', familyId: stages, count: 2 },
  ],
};
const known = { existingFamilyIds: [detectors, stages] };
const registered: AssemblyEvent = {
  type: 'AssemblyRegistered',
  data: { ...command, slots: [...command.slots], registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register assembly', () => {
  it('registers an assembly whose slots name known families', () => {
    given(registerAssemblyDecider, []).when(command, known).then([registered]);
  });

  it('lets two slots take the same family', () => {
    const twoDetectors = {
      ...command,
      slots: [
        { name: 'waxs', familyId: detectors, count: 1 },
        { name: 'saxs', familyId: detectors, count: 1 },
      ],
    };
    given(registerAssemblyDecider, [])
      .when(twoDetectors, { existingFamilyIds: [detectors] })
      .then([{ type: 'AssemblyRegistered', data: { ...twoDetectors, registeredAt: '2026-01-01T00:00:00.000Z' } }]);
  });

  it('refuses an unknown family, naming the smallest unknown familyId', () => {
    const error = given(registerAssemblyDecider, [])
      .when(command, { existingFamilyIds: [] })
      .thenFails('FamilyNotFound');
    expect(error.message).toContain(detectors);
    expect(error.family).toBe('NotFound');
  });

  it('refuses an assembly without slots, with a non-positive count, or with a slot name used twice', () => {
    given(registerAssemblyDecider, [])
      .when({ ...command, slots: [] }, known)
      .thenFails('ValidationFailed');
    given(registerAssemblyDecider, [])
      .when({ ...command, slots: [{ name: 'detector', familyId: detectors, count: 0 }] }, known)
      .thenFails('ValidationFailed');
    const error = given(registerAssemblyDecider, [])
      .when(
        {
          ...command,
          slots: [
            { name: 'Detector', familyId: detectors, count: 1 },
            { name: 'detector', familyId: detectors, count: 1 },
          ],
        },
        known,
      )
      .thenFails('ValidationFailed');
    expect(error.errors).toEqual([{ path: 'slots.1.name', message: expect.stringContaining('slots.0') }]);
  });

  it('refuses slots that take more than 1000 assets in all', () => {
    const slots = Array.from({ length: 11 }, (_, i) => ({ name: `s${i}`, familyId: detectors, count: 100 }));
    const error = given(registerAssemblyDecider, [])
      .when({ ...command, slots }, known)
      .thenFails('ValidationFailed');
    expect(error.errors).toEqual([{ path: 'slots', message: expect.stringContaining('1100') }]);
  });

  it('checks the shape before the families', () => {
    given(registerAssemblyDecider, [])
      .when({ ...command, slots: [{ name: 'x', familyId: stages, count: 1.5 }] }, { existingFamilyIds: [] })
      .thenFails('ValidationFailed');
  });

  it('refuses to register the same assembly twice', () => {
    given(registerAssemblyDecider, [registered]).when(command, known).thenFails('AssemblyAlreadyRegistered');
  });

  it('with any unknown families among the slots, names the smallest of them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (familyIds, exists) => {
          const slots = familyIds.map((familyId, i) => ({ name: `slot-${i}`, familyId, count: 1 + (i % 3) }));
          const existingFamilyIds = familyIds.filter((_, i) => exists[i]);
          const missing = familyIds.filter((_, i) => !exists[i]).sort();
          const outcome = given(registerAssemblyDecider, []).when({ ...command, slots }, { existingFamilyIds }).outcome;
          if (missing.length === 0) return 'events' in outcome && outcome.events.length === 1;
          return (
            'error' in outcome && outcome.error.code === 'FamilyNotFound' && outcome.error.message.includes(missing[0])
          );
        },
      ),
    );
  });
});
