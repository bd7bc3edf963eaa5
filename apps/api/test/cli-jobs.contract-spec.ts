import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MaterializationWorld, startMaterializationWorld } from './support/materialization-world';
import { CliRun, runCustody } from './support/cli-process';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the custody command with the edge worker: materialize --watch, lineage register and show', () => {
  let world: MaterializationWorld;
  let env: Record<string, string>;
  const custody = (args: string[]): Promise<CliRun> => runCustody(args, { env, cwd: world.tmp });

  beforeAll(async () => {
    world = await startMaterializationWorld();
    await world.startWorker();
    const operator = await world.api.as(['operator', 'worker']);
    env = { HOME: world.tmp, CUSTODY_URL: world.api.baseUrl, CUSTODY_TOKEN: operator.token! };
  }, 120_000);
  afterAll(() => world?.close());

  it('materializes a dataset onto a tier named on the command line and watches it to Verified', async () => {
    const { datasetId } = await world.verifiedDataset('run-5/frames.h5', Buffer.alloc(3 * 1024 * 1024, 7));
    const watched = await custody(['materialize', datasetId, '--to', 'analysis', '--watch', '--json']);
    expect(watched.stderr).toMatch(/^queued [0-9a-f-]{36}$/m);
    expect(watched.code).toBe(0);
    const final = JSON.parse(watched.stdout);
    expect(final).toMatchObject({ datasetId, targetTierId: world.targetTierId, state: 'Verified' });
    expect(final.transfer).toMatchObject({ state: 'Succeeded', filesFailed: 0 });
    expect(fs.readFileSync(path.join(world.targetRoot, 'run-5', 'frames.h5'))).toEqual(
      Buffer.alloc(3 * 1024 * 1024, 7),
    );
    const shown = await custody(['dataset', 'show', datasetId]);
    expect(shown.stdout).toMatch(/analysis\s+Verified/);
  }, 90_000);

  it('refuses to materialize onto an unknown tier name with a usage error, and a dataset without copies with its code', async () => {
    const unknown = await custody(['materialize', '00000000-0000-4000-8000-000000000000', '--to', 'nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no tier named "nowhere"');
    const dataset = await world.admin.post('/v1/datasets', {
      title: 'no copies',
      checksum: { algorithm: 'sha256', value: sha256('none') },
      byteSize: 4,
    });
    const refused = await custody(['materialize', dataset.body.datasetId, '--to', 'analysis']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^MaterializationNoVerifiedSource: /);
  }, 60_000);

  it('registers a lineage manifest, then draws the graph from its output', async () => {
    const raw = { algorithm: 'sha256', digest: sha256('raw frames') };
    const recon = { algorithm: 'sha256', digest: sha256('reconstruction') };
    const manifest = {
      clientSessionId: 'cli-manifest-1',
      jobs: [{ jobUid: 'cli-recon-1', command: 'recon --in raw.h5', stepNumber: 1, startedAt: '2026-12-01T10:00:00Z' }],
      artifacts: [
        { hashes: [raw], size: 10, sourceType: 'file' },
        { hashes: [recon], size: 14, sourceType: 'file' },
      ],
      links: [
        { jobUid: 'cli-recon-1', direction: 'input', hash: raw, path: 'raw.h5' },
        { jobUid: 'cli-recon-1', direction: 'output', hash: recon, path: 'recon.h5' },
      ],
    };
    const file = path.join(world.tmp, 'manifest.json');
    fs.writeFileSync(file, JSON.stringify(manifest));
    const registered = await custody(['lineage', 'register', file, '--json']);
    expect(registered.stderr).toContain('links 2/2');
    expect(registered.code).toBe(0);
    expect(JSON.parse(registered.stdout)).toMatchObject({
      status: 'closed',
      expected: { jobs: 1, inputs: 1, outputs: 1 },
    });
    expect(JSON.parse(registered.stdout).lineageHash).toMatch(/^[0-9a-f]{64}$/);

    const shown = await custody(['lineage', 'show', `artifact:sha256:${recon.digest}`, '--upstream', '--depth', '3']);
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split('\n');
    expect(lines[0]).toContain(`artifact:sha256:${recon.digest}`);
    expect(shown.stdout).toContain('job:cli-recon-1');
    expect(shown.stdout).toContain(`artifact:sha256:${raw.digest}`);
    expect(shown.stdout).toMatch(/generated/);
    expect(shown.stdout).toMatch(/used/);
  }, 60_000);

  it('hashes a folder as the outputs of one job (--from-dir) and finalizes it', async () => {
    const dir = path.join(world.tmp, 'outputs');
    fs.mkdirSync(path.join(dir, 'slices'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'slices', 'a.tif'), 'slice a');
    fs.writeFileSync(path.join(dir, 'summary.json'), '{"ok":true}');
    const input = path.join(world.tmp, 'input.h5');
    fs.writeFileSync(input, 'input frames');
    const run = await custody([
      'lineage',
      'register',
      '--from-dir',
      dir,
      '--input',
      input,
      '--job-uid',
      'cli-dir-1',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'closed', expected: { jobs: 1, inputs: 1, outputs: 2 } });
    const artifact = await world.admin.get(`/v1/lineage/artifacts/sha256:${sha256('slice a')}`);
    expect(artifact.status).toBe(200);
  }, 60_000);
});
