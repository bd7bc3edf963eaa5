import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot } from './support';

const fixture = fixtureRoot('pure-imports');
const rule = IMPORT_RULES.pureImports;

describe('gate 2: aggregates and deciders import only the kernel and each other', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, rule)).toEqual([]);
  });

  it('catches frameworks, drivers, zod, node core, platform and impure slice files', () => {
    const root = 'libs/equipment/src';
    expect(importViolations(fixture, rule)).toEqual([
      `${root}/aggregates/asset/asset.clock.ts → crypto`,
      `${root}/aggregates/asset/asset.schema.ts → zod`,
      `${root}/aggregates/asset/asset.store.ts → fs`,
      `${root}/aggregates/asset/asset.store.ts → pg`,
      `${root}/features/activate-asset/activate-asset.decider.ts → typeorm`,
      `${root}/features/register-asset/register-asset.decider.ts → @nestjs/common`,
      `${root}/features/register-asset/register-asset.decider.ts → libs/equipment/src/features/register-asset/register-asset.command.ts`,
      `${root}/features/register-asset/register-asset.decider.ts → libs/platform/src/index.ts`,
    ]);
  });
});
