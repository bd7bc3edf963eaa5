import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestApi, startTestApi } from './support/test-api';

/**
 * The dashboard's folder is looked at only for paths the API does not answer itself: an API GET costs no file
 * lookup (proven by files planted under the API's own paths, which a lookup would have served instead).
 */
describe('dashboard files beside the API', () => {
  let api: TestApi;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-web-files-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>dashboard</title>');
    fs.writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const planted of ['v1/principals/me', 'health/live', 'docs/openapi.json']) {
      fs.mkdirSync(path.join(webDir, path.dirname(planted)), { recursive: true });
      fs.writeFileSync(path.join(webDir, planted), 'planted');
    }
    api = await startTestApi({ CUSTODY_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await api?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the dashboard and its files at /', async () => {
    const page = await fetch(`${api.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>dashboard</title>');
    const icon = await fetch(`${api.baseUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(await icon.text()).toContain('<svg');
  });

  it.each(['/v1/principals/me', '/health/live', '/docs/openapi.json'])(
    'answers %s from its route, never from the folder',
    async (route) => {
      const res = await fetch(`${api.baseUrl}${route}`, { headers: { authorization: `Bearer ${api.admin.token}` } });
      expect(res.status).toBe(200);
      expect(await res.text()).not.toBe('planted');
    },
  );
});
