import { REPO_ROOT, fixtureRoot, impureCalls } from './support';

describe('gate 3: aggregates and deciders never read the clock or a random source', () => {
  it('holds on the real tree', () => {
    expect(impureCalls(REPO_ROOT)).toEqual([]);
  });

  it('catches Date.now(), new Date(), Math.random() and randomUUID(), but not in comments', () => {
    const root = 'libs/equipment/src';
    expect(impureCalls(fixtureRoot('pure-calls'))).toEqual([
      `${root}/aggregates/asset/asset.evolve.ts:10: calls Date.now()`,
      `${root}/aggregates/asset/asset.evolve.ts:13: calls Math.random()`,
      `${root}/features/register-asset/register-asset.decider.ts:10: calls new Date()`,
      `${root}/features/register-asset/register-asset.decider.ts:11: calls randomUUID()`,
      `${root}/features/register-asset/register-asset.decider.ts:14: calls new Date()`,
    ]);
  });
});
