import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestApi, startTestApi } from './support/test-api';

const REPO = path.resolve(__dirname, '..', '..', '..');
/** The dashboard's types, generated from the served OpenAPI document (openapi-typescript); committed. */
const WEB_TYPES = path.join(REPO, 'apps', 'web', 'src', 'api-types.ts');

describe('the dashboard programs against the served OpenAPI document', () => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    api = await startTestApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-web-types-'));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has its api-types.ts generated from the current document (CUSTODY_UPDATE_API_TYPES=1 rewrites it)', async () => {
    const document = await (await fetch(`${api.baseUrl}/docs/openapi.json`)).text();
    fs.writeFileSync(path.join(dir, 'openapi.json'), document);
    const generated = path.join(dir, 'api-types.ts');
    execFileSync(process.execPath, [
      path.join(REPO, 'tools/openapi/generate-types.mjs'),
      path.join(dir, 'openapi.json'),
      generated,
    ]);
    const fresh = `// Generated from the served OpenAPI document by \`npm run web:types\`; do not edit.\n${fs.readFileSync(generated, 'utf8')}`;
    if (process.env.CUSTODY_UPDATE_API_TYPES === '1') fs.writeFileSync(WEB_TYPES, fresh);
    expect(fs.readFileSync(WEB_TYPES, 'utf8')).toBe(fresh);
  });
});
