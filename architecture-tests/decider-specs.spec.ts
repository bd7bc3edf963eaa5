import { REPO_ROOT, deciderSpecGaps, fixtureRoot } from './support';

describe('gate 8: every decider has a spec beside it, with a property-based case', () => {
  it('holds on the real tree', () => {
    expect(deciderSpecGaps(REPO_ROOT)).toEqual([]);
  });

  it('catches a decider without a spec and specs without fast-check', () => {
    const features = 'libs/equipment/src/features';
    expect(deciderSpecGaps(fixtureRoot('decider-specs'))).toEqual([
      `${features}/activate-asset/activate-asset.decider.ts: no activate-asset.decider.spec.ts beside it`,
      `${features}/register-family/register-family.decider.spec.ts: has no property-based case (does not import fast-check)`,
      `${features}/retire-asset/retire-asset.decider.spec.ts: has no property-based case (does not import fast-check)`,
    ]);
  });
});
