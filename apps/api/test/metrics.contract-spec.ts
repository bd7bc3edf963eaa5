import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestApi, startTestApi } from './support/test-api';

const sha256 = (bytes: string) => createHash('sha256').update(bytes).digest('hex');

/** The value of one sample line of the Prometheus text, e.g. `custody_x_total{a="b"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics: how custody is doing', () => {
  let api: TestApi;
  let root: string;
  beforeAll(async () => {
    api = await startTestApi();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-metrics-tier-'));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('counts commands by type and outcome, attestations by tier and outcome, artifact bytes and identifier mints', async () => {
    const { familyId } = (await api.admin.post('/v1/families', { name: 'Counted' })).body;
    await api.admin.post('/v1/assets', { name: 'x', familyId: '00000000-0000-0000-0000-000000000077' });
    const { assetId } = (await api.admin.post('/v1/assets', { name: 'Eiger', familyId, owner: { name: 'ESRF' } })).body;
    expect((await api.admin.post(`/v1/assets/${assetId}/persistent-identifier`, { scheme: 'DOI' })).status).toBe(201);

    const { tierId } = (
      await api.admin.post('/v1/tiers', { name: 'metrics-tier', accessProtocol: 'file', rootUri: `file://${root}` })
    ).body;
    fs.writeFileSync(path.join(root, 'a.h5'), 'frames');
    const checksum = { algorithm: 'sha256', value: sha256('frames') };
    const { datasetId } = (await api.admin.post('/v1/datasets', { title: 'd', checksum, byteSize: 6 })).body;
    const { distributionId } = (
      await api.admin.post('/v1/distributions', {
        datasetId,
        tierId,
        uri: `file://${root}/a.h5`,
        checksum,
        byteSize: 6,
      })
    ).body;
    expect((await api.admin.post(`/v1/distributions/${distributionId}/attestations`, {})).body.outcome).toBe('Match');

    const client = await api.mcp();
    const deposited = await client.callTool({
      name: 'deposit_artifact',
      arguments: { content: Buffer.from('0123456789').toString('base64'), contentType: 'text/plain' },
    });
    const { artifactUri } = deposited.structuredContent as { artifactUri: string };
    const fetched = await api.admin.get(`/v1/artifacts?uri=${encodeURIComponent(artifactUri)}`);
    expect(fetched.status).toBe(200);

    // A fetch is counted once its last byte is handed to the socket, which can be just after this client has
    // read it (both ends share this process): wait for that count before reading the rest.
    let text = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      text = (await api.anonymous.get('/metrics')).text;
      if (sample(text, 'custody_artifact_bytes_total{direction="fetched"}') !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(sample(text, 'custody_commands_total{type="RegisterFamilyCommand",outcome="ok"}')).toBe(1);
    expect(sample(text, 'custody_commands_total{type="RegisterAssetCommand",outcome="FamilyNotFound"}')).toBe(1);
    expect(sample(text, 'custody_commands_total{type="RegisterAssetCommand",outcome="ok"}')).toBe(1);
    expect(sample(text, `custody_attestations_total{tier_id="${tierId}",outcome="Match"}`)).toBe(1);
    expect(sample(text, 'custody_artifact_bytes_total{direction="deposited"}')).toBe(10);
    expect(sample(text, 'custody_artifact_bytes_total{direction="fetched"}')).toBe(10);
    expect(sample(text, 'custody_pid_mints_total{scheme="DOI",outcome="ok"}')).toBe(1);
    expect(sample(text, 'custody_pid_mint_duration_seconds_count{scheme="DOI",outcome="ok"}')).toBe(1);
    expect(text).toMatch(/custody_projection_lag_seconds\{projection="asset_summary"} \d/);
  });
});
