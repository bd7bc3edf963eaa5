import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const fixture = fixtureRoot('cycles');

describe('gate 7: no circular imports in apps/ and libs/', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, IMPORT_RULES.circular)).toEqual([]);
  });

  it('catches a two-file cycle in a lib and a three-file cycle (closed by a type import) in an app', () => {
    expect(importViolations(fixture, IMPORT_RULES.circular)).toEqual([
      'apps/api/src/x.ts → apps/api/src/y.ts (cycle: apps/api/src/x.ts → apps/api/src/y.ts → apps/api/src/z.ts → apps/api/src/x.ts)',
      'libs/equipment/src/a.ts → libs/equipment/src/b.ts (cycle: libs/equipment/src/a.ts → libs/equipment/src/b.ts → libs/equipment/src/a.ts)',
    ]);
  });
});
