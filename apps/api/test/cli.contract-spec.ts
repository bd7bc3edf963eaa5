import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestApi, startTestApi } from './support/test-api';
import { CliRun, runCustody, runCustodyInTty } from './support/cli-process';
import { startThrottlingProxy } from './support/throttling-proxy';

const MiB = 1024 * 1024;

/** A file of `size` random bytes, written in 1 MiB pieces; returns its sha256. */
function writeRandomFile(file: string, size: number): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    for (let written = 0; written < size; written += MiB) {
      const piece = randomBytes(Math.min(MiB, size - written));
      hash.update(piece);
      fs.writeSync(fd, piece);
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function sha256OfFile(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('the custody command against a real server', () => {
  let api: TestApi;
  let home: string;
  let work: string;
  let env: Record<string, string>;

  const custody = (args: string[], extra: Record<string, string> = {}): Promise<CliRun> =>
    runCustody(args, { env: { ...env, ...extra }, cwd: work });

  beforeAll(async () => {
    api = await startTestApi();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-cli-home-'));
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-cli-work-'));
    const operator = await api.as(['operator', 'worker']);
    env = { HOME: home, CUSTODY_URL: api.baseUrl, CUSTODY_TOKEN: operator.token! };
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('logs in from stdin into a 0600 config file, then works without CUSTODY_TOKEN, and logs out', async () => {
    const login = await runCustody(['login', '--url', api.baseUrl, '--token-stdin'], {
      env: { HOME: home },
      input: `${env.CUSTODY_TOKEN}\n`,
      cwd: work,
    });
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    const file = path.join(home, '.config', 'custody', 'config.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ url: api.baseUrl, token: env.CUSTODY_TOKEN });

    const me = await runCustody(['whoami', '--json'], { env: { HOME: home }, cwd: work });
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout).roles).toEqual(['operator', 'worker']);

    expect((await runCustody(['logout'], { env: { HOME: home }, cwd: work })).code).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
    const anonymous = await runCustody(['whoami'], { env: { HOME: home, CUSTODY_URL: api.baseUrl }, cwd: work });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/^Unauthenticated: /);
  }, 60_000);

  it('refuses a wrong token at login and stores nothing', async () => {
    const login = await runCustody(['login', '--url', api.baseUrl, '--token-stdin'], {
      env: { HOME: home },
      input: 'cus_not-a-token',
      cwd: work,
    });
    expect(login.code).toBe(1);
    expect(login.stderr).toMatch(/^Unauthenticated: /);
    expect(fs.existsSync(path.join(home, '.config', 'custody', 'config.json'))).toBe(false);
  }, 60_000);

  it('round-trips a 100 MiB artifact, streamed both ways (CLI RSS growth < 64 MiB)', async () => {
    const source = path.join(work, 'reconstruction.h5');
    const sha = writeRandomFile(source, 100 * MiB);
    const idle = await custody(['whoami']);
    const put = await custody(['artifact', 'put', source, '--json']);
    expect(put.code).toBe(0);
    // Not a terminal: progress comes as plain lines on stderr, and stdout holds only the JSON answer.
    expect(
      put.stderr
        .trim()
        .split('\n')
        .every((line) => line.startsWith('put reconstruction.h5 ')),
    ).toBe(true);
    const deposited = JSON.parse(put.stdout);
    expect(deposited).toMatchObject({ sizeBytes: 100 * MiB, sha256: sha, contentType: 'application/x-hdf5' });
    expect(put.peakRssBytes - idle.peakRssBytes).toBeLessThan(64 * MiB);

    const out = path.join(work, 'back.h5');
    const get = await custody(['artifact', 'get', deposited.artifactUri, '-o', out]);
    expect(get.code).toBe(0);
    expect(get.stdout).toContain('(verified)');
    expect(get.peakRssBytes - idle.peakRssBytes).toBeLessThan(64 * MiB);
    expect(sha256OfFile(out)).toBe(sha);
    expect(fs.existsSync(`${out}.part`)).toBe(false);

    const info = await custody(['artifact', 'info', deposited.artifactUri, '--json']);
    expect(JSON.parse(info.stdout)).toMatchObject({ artifactUri: deposited.artifactUri, sha256: sha });
  }, 120_000);

  it('resumes a cut download with Range, and leaves nothing when the bytes do not match', async () => {
    const source = path.join(work, 'frames.bin');
    const sha = writeRandomFile(source, 8 * MiB);
    const { artifactUri } = JSON.parse((await custody(['artifact', 'put', source, '--json'])).stdout);
    const out = path.join(work, 'frames.copy');

    // What a download cut after 3 MiB leaves behind.
    fs.writeFileSync(`${out}.part`, fs.readFileSync(source).subarray(0, 3 * MiB));
    const resumed = await custody(['artifact', 'get', artifactUri, '-o', out, '--json']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('resuming at 3.0 MiB');
    expect(JSON.parse(resumed.stdout)).toMatchObject({ resumedFrom: 3 * MiB, sha256: sha });
    expect(sha256OfFile(out)).toBe(sha);
    fs.rmSync(out);

    // A part file whose bytes are not the artifact's: refused, and no file is left.
    fs.writeFileSync(`${out}.part`, randomBytes(3 * MiB));
    const refused = await custody(['artifact', 'get', artifactUri, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^ArtifactChecksumMismatch: /m);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.part`)).toBe(false);
  }, 60_000);

  it('registers a dataset from a folder, adds and attests a copy, shows the tier map, refuses the last discard', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-cli-tier-'));
    fs.mkdirSync(path.join(root, 'run-7'));
    fs.writeFileSync(path.join(root, 'run-7', 'a.h5'), 'frames a');
    fs.writeFileSync(path.join(root, 'run-7', 'b.h5'), 'frames b');
    const admin = { CUSTODY_TOKEN: api.admin.token! };
    const tier = await custody(
      ['tier', 'add', 'cli-detector', '--protocol', 'file', '--root', `file://${root}`],
      admin,
    );
    expect(tier.stderr).toBe('');
    const tierId = tier.stdout.trim();
    expect(tierId).toMatch(/^[0-9a-f-]{36}$/);
    const tiers = JSON.parse((await custody(['tier', 'ls', '--json'])).stdout);
    expect(tiers.items.map((t: { name: string }) => t.name)).toContain('cli-detector');

    const registered = await custody([
      'dataset',
      'register',
      '--title',
      'Run 7',
      '--from',
      path.join(root, 'run-7'),
      '--json',
    ]);
    expect(registered.code).toBe(0);
    const dataset = JSON.parse(registered.stdout);
    expect(dataset.checksum.algorithm).toBe('sha256-tree');
    expect(dataset.byteSize).toBe(16);

    const copy = await custody(['copy', 'add', dataset.datasetId, '--tier', 'cli-detector', '--uri', 'run-7']);
    expect(copy.code).toBe(0);
    const copyId = copy.stdout.trim();
    const attest = await custody(['copy', 'attest', copyId]);
    expect(attest).toMatchObject({ code: 0, stdout: 'Match\n' });

    const show = await custody(['dataset', 'show', dataset.datasetId]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/cli-detector\s+Verified\s+file:\/\/\S+\/run-7\s+Match at \d{4}-/);
    const shown = JSON.parse((await custody(['dataset', 'show', dataset.datasetId, '--json'])).stdout);
    expect(shown.distributions).toHaveLength(1);

    const discard = await custody(['copy', 'discard', copyId]);
    expect(discard.code).toBe(1);
    expect(discard.stdout).toBe('');
    expect(discard.stderr).toMatch(/^DistributionCannotDiscardLastVerified: /);
    fs.rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('exits 2 on a usage error without calling the API, and 1 with code: detail on a refusal', async () => {
    const usage = await custody(['copy', 'add', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("required option '--tier <tier>'");
    const badKind = await custody(['pidinst', 'frame', 'x']);
    expect(badKind.code).toBe(2);
    const missing = await custody(['dataset', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^DatasetNotFound: /);
  }, 60_000);

  it('prints bash and zsh completion scripts that offer the command tree', async () => {
    const bash = await custody(['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('complete -F _custody_complete custody');
    expect(bash.stdout).toMatch(/"artifact"\|"artifact "\*\) words="put get info/);
    const zsh = await custody(['completion', 'zsh']);
    expect(zsh.stdout.startsWith('autoload -U +X bashcompinit && bashcompinit\n')).toBe(true);
  }, 60_000);

  it('draws a progress bar on a terminal that advances to 100 % (over a slow link)', async () => {
    const source = path.join(work, 'slow.bin');
    writeRandomFile(source, 24 * MiB);
    const target = new URL(api.baseUrl);
    const proxy = await startThrottlingProxy({ host: target.hostname, port: Number(target.port) }, 8 * MiB);
    try {
      const screen = await runCustodyInTty(['artifact', 'put', source], { ...env, CUSTODY_URL: proxy.url });
      expect(screen.code).toBe(0);
      // eslint-disable-next-line no-control-regex -- the terminal's own escape codes are what we read past
      const text = screen.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
      const percentages = [...text.matchAll(/put slow\.bin \[[= ]+\] (\d+)%/g)].map((m) => Number(m[1]));
      expect(percentages.length).toBeGreaterThan(3);
      expect(new Set(percentages).size).toBeGreaterThan(2);
      expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
      expect(percentages.at(-1)).toBe(100);
      expect(text).toMatch(/MiB\/s/);
      expect(text).toMatch(/custody:\/\/artifacts\/[0-9a-f]{32}/);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
