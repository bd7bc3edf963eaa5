import { REPO_ROOT, fixtureRoot, undeclaredRoutes } from './support';

describe('gate 10: every HTTP route declares its access', () => {
  it('holds on the real tree', () => {
    expect(undeclaredRoutes(REPO_ROOT)).toEqual([]);
  });

  it('catches routes with neither @Access nor @Public on the method or its class', () => {
    expect(undeclaredRoutes(fixtureRoot('route-access'))).toEqual([
      'apps/api/src/debug.controller.ts:9: route DebugController.purge (@Delete) declares no @Access(…) or @Public()',
      'apps/api/src/debug.controller.ts:15: route DebugController.rename (@Put) declares no @Access(…) or @Public()',
      'libs/equipment/src/features/get-asset/get-asset.http.ts:12: route GetAssetController.get (@Get) declares no @Access(…) or @Public()',
    ]);
  });
});
