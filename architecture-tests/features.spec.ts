import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const fixture = fixtureRoot('features');
const rule = IMPORT_RULES.features;

describe('gate 4: a feature folder never imports another feature folder', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, rule)).toEqual([]);
  });

  it('catches a slice reaching into a neighbouring slice', () => {
    expect(importViolations(fixture, rule)).toEqual([
      'libs/equipment/src/features/register-asset/register-asset.handler.ts → libs/equipment/src/features/get-asset/get-asset.query.ts',
    ]);
  });
});
