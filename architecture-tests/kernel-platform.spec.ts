import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const fixture = fixtureRoot('kernel-platform');

describe('gate 5: libs/kernel imports nothing; libs/platform and libs/ports import only the kernel among our libs', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, IMPORT_RULES.kernel)).toEqual([]);
    expect(importViolations(REPO_ROOT, IMPORT_RULES.kernelTests)).toEqual([]);
    expect(importViolations(REPO_ROOT, IMPORT_RULES.platform)).toEqual([]);
    expect(importViolations(REPO_ROOT, IMPORT_RULES.ports)).toEqual([]);
  });

  it('catches libs/ports importing a lib other than the kernel', () => {
    expect(importViolations(fixture, IMPORT_RULES.ports)).toEqual([
      'libs/ports/src/datacite.ts → libs/platform/src/event-store/event-store.ts',
    ]);
  });

  it('catches the kernel importing a lib (by alias or relative path), an npm package or node core', () => {
    expect(importViolations(fixture, IMPORT_RULES.kernel)).toEqual([
      'libs/kernel/src/decider.ts → zod',
      'libs/kernel/src/domain-error.ts → libs/ports/src/index.ts',
      'libs/kernel/src/ids.ts → crypto',
      'libs/kernel/src/index.ts → libs/platform/src/index.ts',
    ]);
  });

  it("lets the kernel's specs use test tools, but not our other libs", () => {
    expect(importViolations(fixture, IMPORT_RULES.kernelTests)).toEqual([
      'libs/kernel/src/ids.spec.ts → libs/platform/src/index.ts',
    ]);
  });

  it('catches the platform importing a lib other than the kernel', () => {
    expect(importViolations(fixture, IMPORT_RULES.platform)).toEqual([
      'libs/platform/src/event-store/event-store.ts → libs/ports/src/index.ts',
      'libs/platform/src/index.ts → libs/equipment/src/index.ts',
    ]);
  });
});
