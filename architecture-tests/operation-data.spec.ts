import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const rule = IMPORT_RULES.operationToData;

describe('gate: libs/operation has no path to libs/data (the run gate asks the DatasetDistributionLookup port)', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, rule)).toEqual([]);
  });

  it('catches a path that runs through another lib', () => {
    expect(importViolations(fixtureRoot('operation-data-path'), rule)).toEqual([
      'libs/operation/src/index.ts → libs/data/src/catalogue.ts',
      'libs/operation/src/index.ts → libs/data/src/index.ts',
    ]);
  });
});
