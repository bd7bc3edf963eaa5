import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { HttpClient } from '@custody/platform/testing';
import { TestApi } from './support/test-api';
import { MaterializationWorld, startMaterializationWorld } from './support/materialization-world';
import { SCREENSHOT_DIR, buildDashboard, launchChromium } from './support/browser';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the web dashboard in a real browser', () => {
  let world: MaterializationWorld;
  let api: TestApi;
  let browser: Browser;
  let webDir: string;
  let operator: HttpClient;
  let reader: HttpClient;
  const roots: string[] = [];

  const tierRoot = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-web-tier-'));
    fs.chmodSync(dir, 0o755);
    roots.push(dir);
    return dir;
  };

  async function signIn(token: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const started = Date.now();
    await page.goto(api.baseUrl);
    await page.getByLabel('Token').waitFor();
    const firstView = Date.now() - started;
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Instruments' }).waitFor();
    process.stdout.write(
      `dashboard (${width}px): page shown in ${firstView} ms, signed in ${Date.now() - started} ms\n`,
    );
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    webDir = buildDashboard();
    // The API with an edge worker on the same database, so materializations really run.
    world = await startMaterializationWorld({ CUSTODY_WEB_DIR: webDir });
    await world.startWorker();
    api = world.api;
    operator = await api.as(['operator', 'worker']);
    reader = await api.as(['reader']);
    browser = await launchChromium();
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await world?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
    for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is served at / with its own assets only, under a strict CSP, and refuses a wrong token', async () => {
    const res = await fetch(`${api.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const page = await browser.newPage();
    await page.goto(api.baseUrl);
    await page.getByLabel('Token').fill('cus_wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Unauthenticated').waitFor();
    await shot(page, 'sign-in-refused');
    await page.close();
  }, 60_000);

  it('lists instruments and lets an operator assign a PID, showing the PIDINST record', async () => {
    const family = await api.admin.post('/v1/families', { name: 'Detectors' });
    const model = await api.admin.post('/v1/models', {
      familyId: family.body.familyId,
      name: 'Eiger2',
      manufacturer: { name: 'Dectris' },
    });
    const asset = await api.admin.post('/v1/assets', {
      name: 'Eiger 16M',
      familyId: family.body.familyId,
      modelId: model.body.modelId,
      serialNumber: 'E-1',
      owner: { name: 'Beamline 7' },
    });
    const page = await signIn(operator.token!);
    await page.getByRole('link', { name: 'Eiger 16M' }).click();
    await page.getByRole('heading', { name: /Asset/ }).waitFor();
    await page.getByText('"manufacturerName": "Dectris"').waitFor();
    await page.getByRole('button', { name: 'Assign PID' }).click();
    await page
      .getByText(/DOI 10\.5072\//)
      .first()
      .waitFor();
    await shot(page, 'instrument');
    const after = await api.admin.get(`/v1/assets/${asset.body.assetId}`);
    expect(after.body.persistentId.scheme).toBe('DOI');
    await page.close();
  }, 60_000);

  it('colours the tier map as a copy is verified and as a materialization verifies on a second tier', async () => {
    const detectorRoot = tierRoot();
    const nasRoot = tierRoot();
    fs.writeFileSync(path.join(detectorRoot, 'scan-1.h5'), 'frames of scan 1');
    const detector = await api.admin.post('/v1/tiers', {
      name: 'web-detector',
      accessProtocol: 'file',
      rootUri: `file://${detectorRoot}`,
    });
    const nas = await api.admin.post('/v1/tiers', {
      name: 'web-nas',
      accessProtocol: 'file',
      rootUri: `file://${nasRoot}`,
    });
    const checksum = { algorithm: 'sha256', value: sha256('frames of scan 1') };
    const dataset = await operator.post('/v1/datasets', { title: 'Scan 1', checksum, byteSize: 16 });
    const copy = await operator.post('/v1/distributions', {
      datasetId: dataset.body.datasetId,
      tierId: detector.body.tierId,
      uri: 'scan-1.h5',
      checksum,
      byteSize: 16,
    });

    const page = await signIn(operator.token!);
    await page.getByRole('link', { name: 'Datasets' }).click();
    const row = page.locator(`tr[data-dataset="${dataset.body.datasetId}"]`);
    const detectorCell = row.locator(`td[data-tier="${detector.body.tierId}"]`);
    const nasCell = row.locator(`td[data-tier="${nas.body.tierId}"]`);
    await detectorCell.and(page.locator('[data-status="Registered"]')).waitFor();
    const background = (el: { ownerDocument: { defaultView: unknown } }) =>
      (el.ownerDocument.defaultView as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(
        el,
      ).backgroundColor;
    const before = await detectorCell.evaluate(background);
    await shot(page, 'tier-map-registered');

    await operator.post(`/v1/distributions/${copy.body.distributionId}/attestations`, {});
    await detectorCell.and(page.locator('[data-status="Verified"]')).waitFor({ timeout: 15_000 });
    const afterAttest = await detectorCell.evaluate(background);
    expect(afterAttest).not.toBe(before);
    expect(await detectorCell.getAttribute('title')).toMatch(/last attestation Match at/);

    const queued = await operator.post('/v1/materializations', {
      datasetId: dataset.body.datasetId,
      targetTierId: nas.body.tierId,
    });
    expect(queued.status).toBe(202);
    await page.getByRole('link', { name: 'In flight' }).click();
    await page.locator(`[data-materialization="${queued.body.materializationId}"]`).waitFor();
    await shot(page, 'in-flight-materialization');
    await page.getByRole('link', { name: 'Datasets' }).click();
    await nasCell.and(page.locator('[data-status="Verified"]')).waitFor({ timeout: 60_000 });
    await shot(page, 'tier-map-verified');
    await page.close();
  }, 120_000);

  it('shows an acquisition advance through its states', async () => {
    const staging = await api.admin.post('/v1/tiers', {
      name: 'web-staging',
      accessProtocol: 'file',
      rootUri: `file://${tierRoot()}`,
    });
    const acquisition = await operator.post('/v1/acquisitions', {
      tierId: staging.body.tierId,
      path: 'run-9',
      runKind: 'run',
    });
    expect(acquisition.status).toBe(201);
    const page = await signIn(operator.token!);
    await page.getByRole('link', { name: 'In flight' }).click();
    const item = page.locator(`[data-acquisition="${acquisition.body.acquisitionId}"]`);
    await item.and(page.locator('[data-state="staging"]')).waitFor();
    const transition = await operator.post(`/v1/acquisitions/${acquisition.body.acquisitionId}/transitions`, {
      to: 'complete',
      host: 'edge-9',
      filesReceived: 3,
      bytesReceived: 300,
    });
    expect(transition.status).toBe(200);
    await item.and(page.locator('[data-state="complete"]')).waitFor({ timeout: 15_000 });
    expect(await item.locator('.stepper li.done').count()).toBe(2);
    await shot(page, 'in-flight-acquisition');
    await page.close();
  }, 60_000);

  it('draws a registered pipeline’s lineage, nodes clickable', async () => {
    const session = await operator.post('/v1/lineage/sessions', {});
    const base = `/v1/lineage/sessions/${session.body.sessionId}`;
    const raw = { algorithm: 'sha256', digest: sha256('raw') };
    const out = { algorithm: 'sha256', digest: sha256('reconstruction') };
    await operator.post(`${base}/jobs`, {
      jobs: [
        {
          jobUid: 'web-job-1',
          command: 'reconstruct --iterations 40',
          stepNumber: 1,
          startedAt: '2026-12-01T10:00:00Z',
        },
      ],
    });
    await operator.post(`${base}/artifacts`, {
      artifacts: [
        { hashes: [raw], size: 3, sourceType: 'file' },
        { hashes: [out], size: 14, sourceType: 'file' },
      ],
    });
    await operator.post(`${base}/links`, {
      links: [
        { jobUid: 'web-job-1', direction: 'input', hash: raw, path: 'raw.h5' },
        { jobUid: 'web-job-1', direction: 'output', hash: out, path: 'recon.h5' },
      ],
    });
    const finalized = await operator.post(`${base}/finalize`, { expected: { jobs: 1, inputs: 1, outputs: 1 } });
    expect(finalized.status).toBe(200);

    const page = await signIn(operator.token!);
    await page.goto(`${api.baseUrl}/#/lineage/${encodeURIComponent(`artifact:sha256:${out.digest}`)}`);
    const graph = page.locator('.graph');
    await graph.waitFor();
    await page.waitForFunction("!!document.querySelector('.graph')?.getAttribute('data-node-ids')");
    const drawn = ((await graph.getAttribute('data-node-ids')) ?? '').split(' ');
    expect(drawn).toEqual(
      expect.arrayContaining(['job:web-job-1', `artifact:sha256:${out.digest}`, `artifact:sha256:${raw.digest}`]),
    );
    await shot(page, 'lineage');
    await page.getByRole('link', { name: 'job:web-job-1' }).click();
    await page.waitForURL(/#\/lineage\/job%3Aweb-job-1$/);
    await page.close();
  }, 60_000);

  it('shows a reader no write buttons, and stays usable on a narrow window', async () => {
    const family = await api.admin.post('/v1/families', { name: 'Stages' });
    const asset = await api.admin.post('/v1/assets', { name: 'Hexapod', familyId: family.body.familyId });
    const page = await signIn(reader.token!, 390);
    await page.goto(`${api.baseUrl}/#/instruments/asset/${asset.body.assetId}`);
    await page.getByRole('heading', { name: /Asset/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Assign PID' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Datasets' }).click();
    await page.getByRole('heading', { name: 'Datasets' }).waitFor();
    expect(await page.getByRole('button', { name: 'Materialize' }).count()).toBe(0);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    // Every section is reachable by keyboard: tab from the top lands on the section links.
    await page.reload();
    await page.getByRole('heading', { name: 'Datasets' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Instruments');
    await shot(page, 'reader-narrow');
    await page.close();
  }, 60_000);
});
