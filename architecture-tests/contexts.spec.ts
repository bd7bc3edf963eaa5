import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const fixture = fixtureRoot('contexts');
const rule = IMPORT_RULES.contexts;

describe('gate 1: a context lib never imports another context lib', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, rule)).toEqual([]);
  });

  it('catches imports of another context by alias and by relative path', () => {
    expect(importViolations(fixture, rule)).toEqual([
      'libs/artifact/src/features/deposit-artifact/deposit-artifact.handler.ts → libs/equipment/src/equipment.module.ts',
      'libs/operation/src/adapters/distribution-lookup.adapter.ts → libs/data/src/index.ts',
    ]);
  });
});
