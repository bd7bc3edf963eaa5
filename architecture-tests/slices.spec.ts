import { REPO_ROOT, fixtureRoot, sliceGaps, snakeCase } from './support';

describe('gate 9: a command/query slice has its HTTP and MCP faces, the tool named after the folder', () => {
  it('holds on the real tree', () => {
    expect(sliceGaps(REPO_ROOT)).toEqual([]);
  });

  it('names tools in snake case', () => {
    expect(snakeCase('register-asset')).toBe('register_asset');
    expect(snakeCase('get-current-principal')).toBe('get_current_principal');
  });

  it('catches a missing face and a misnamed tool', () => {
    const features = 'libs/equipment/src/features';
    expect(sliceGaps(fixtureRoot('slices'))).toEqual([
      `${features}/activate-asset: has a handler but no activate-asset.http.ts`,
      `${features}/get-asset/get-asset.mcp.ts: must declare readonly name = 'get_asset' (declares readonly name = "getAsset")`,
      `${features}/list-assets: has a handler but no list-assets.mcp.ts`,
      `${features}/mount-asset: has a handler but no mount-asset.http.ts`,
      `${features}/retire-asset/retire-asset.mcp.ts: must declare readonly name = 'retire_asset' (declares name = "retire_asset")`,
    ]);
  });
});
