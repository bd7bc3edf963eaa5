import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Fetch } from './api-client';
import { CliIo, formatLag, runCli } from './cli';
import { resolveConfig, writeLogin } from './config';
import { drawGraph } from './commands/lineage.commands';
import { parseParam } from './commands/operation.commands';
import { formatTierMap, parseChecksum } from './commands/data.commands';
import { createProgress } from './progress';
import { localChecksum } from './checksum';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** A fetch that records calls and answers from a route table: no server, no network. */
function fakeApi(routes: Record<string, { status?: number; body: unknown; problem?: boolean }>) {
  const calls: Call[] = [];
  const fetch: Fetch = async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    calls.push({
      url,
      method,
      headers: init?.headers as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const route = routes[`${method} ${new URL(url).pathname}`];
    if (!route) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    return new Response(JSON.stringify(route.body), {
      status: route.status ?? 200,
      headers: { 'content-type': route.problem ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch, calls };
}

async function cli(argv: string[], fetch: Fetch, env: Record<string, string> = {}, cwd = os.tmpdir()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { CUSTODY_URL: 'http://api.test:3000', CUSTODY_TOKEN: 'tok', HOME: os.tmpdir(), ...env },
    cwd,
    fetch,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('custody CLI', () => {
  it('whoami sends the bearer token and prints the principal', async () => {
    const api = fakeApi({
      'GET /v1/principals/me': { body: { principalId: 'p-1', name: 'ada', roles: ['operator'], groups: [] } },
    });
    const out = await cli(['whoami'], api.fetch);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('ada (p-1)');
    expect(api.calls[0].url).toBe('http://api.test:3000/v1/principals/me');
    expect(api.calls[0].headers.authorization).toBe('Bearer tok');
  });

  it('prints a problem as `code: detail` on stderr and exits 1', async () => {
    const api = fakeApi({
      'POST /v1/projections/nope/rebuild': {
        status: 404,
        problem: true,
        body: {
          type: 'urn:custody:problem:ProjectionNotFound',
          status: 404,
          code: 'ProjectionNotFound',
          detail: 'No projection named nope.',
        },
      },
    });
    const out = await cli(['projections', 'rebuild', 'nope'], api.fetch);
    expect(out).toEqual({ code: 1, stdout: '', stderr: 'ProjectionNotFound: No projection named nope.\n' });
  });

  it('lists projections with position and lag', async () => {
    const api = fakeApi({
      'GET /v1/projections': {
        body: {
          items: [
            { name: 'asset_summary', position: '42', lagEvents: 0, lagSeconds: 0 },
            { name: 'dataset_list', position: '7', lagEvents: 3, lagSeconds: 1.25 },
          ],
          nextCursor: null,
        },
      },
    });
    const out = await cli(['projections', 'list'], api.fetch);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')).toEqual([
      'NAME           POSITION  LAG',
      'asset_summary  42        current',
      'dataset_list   7         3 events, 1.3 s',
      '',
    ]);
  });

  it('creates a principal with repeated roles and groups, printing only the token on stdout', async () => {
    const api = fakeApi({
      'POST /v1/principals': {
        status: 201,
        body: { principalId: 'p-2', name: 'edge', roles: ['worker', 'reader'], groups: ['bl07'], token: 'cus_secret' },
      },
    });
    const out = await cli(
      ['principals', 'create', 'edge', '--role', 'worker', '--role', 'reader', '--group', 'bl07'],
      api.fetch,
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('cus_secret\n');
    expect(out.stderr).toContain('shown only this once');
    expect(api.calls[0].body).toEqual({ name: 'edge', roles: ['worker', 'reader'], groups: ['bl07'] });
  });

  it('refuses principals create without --role before calling the API', async () => {
    const api = fakeApi({});
    const out = await cli(['principals', 'create', 'edge'], api.fetch);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain("required option '--role <role>'");
    expect(api.calls).toHaveLength(0);
  });

  it('reports an unreachable server as ConnectionFailed', async () => {
    const out = await cli(['whoami'], fakeApi({}).fetch);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('ConnectionFailed: cannot reach http://api.test:3000 (ECONNREFUSED)\n');
  });

  it('formats a capped lag count', () => {
    expect(formatLag({ lagEvents: 100_000, lagSeconds: 60 })).toBe('100000+ events, 60.0 s');
  });
});

describe('resolveConfig', () => {
  it('prefers flags, then env, then ./.custody/admin-token', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-cli-'));
    try {
      const home = { HOME: cwd };
      expect(resolveConfig({}, home, cwd)).toEqual({ url: 'http://localhost:3000', tokenSource: 'none' });
      fs.mkdirSync(path.join(cwd, '.custody'));
      fs.writeFileSync(path.join(cwd, '.custody', 'admin-token'), 'from-file\n');
      expect(resolveConfig({}, home, cwd)).toMatchObject({ token: 'from-file', tokenSource: 'file' });
      writeLogin(home, { url: 'http://login:9', token: 'from-login' });
      expect(fs.statSync(path.join(cwd, '.config', 'custody', 'config.json')).mode & 0o777).toBe(0o600);
      expect(resolveConfig({}, home, cwd)).toEqual({
        url: 'http://login:9',
        token: 'from-login',
        tokenSource: 'login',
      });
      expect(resolveConfig({}, { ...home, CUSTODY_TOKEN: 'from-env', CUSTODY_URL: 'http://h:1' }, cwd)).toEqual({
        url: 'http://h:1',
        token: 'from-env',
        tokenSource: 'env',
      });
      expect(resolveConfig({ token: 'flag', url: 'https://x' }, { ...home, CUSTODY_TOKEN: 'from-env' }, cwd)).toEqual({
        url: 'https://x',
        token: 'flag',
        tokenSource: 'flag',
      });
      expect(() => resolveConfig({ url: 'localhost:3000' }, home, cwd)).toThrow(/http\(s\) URL/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('renderings', () => {
  it('draws a graph as a tree from the start node, edge kinds with their orientation, repeats marked', () => {
    const graph = {
      nodes: [
        { id: 'artifact:sha256:out', kind: 'artifact', path: 'out.h5' },
        { id: 'job:j1', kind: 'job', command: 'reconstruct' },
        { id: 'dataset:d1', kind: 'dataset', title: 'Run 42' },
        { id: 'asset:a1', kind: 'asset', name: 'Eiger 16M' },
      ],
      edges: [
        { from: 'job:j1', to: 'artifact:sha256:out', kind: 'generated' },
        { from: 'job:j1', to: 'dataset:d1', kind: 'used' },
        { from: 'dataset:d1', to: 'asset:a1', kind: 'collectedBy' },
        { from: 'artifact:sha256:out', to: 'dataset:d1', kind: 'sameAs' },
      ],
      truncated: false,
    };
    expect(drawGraph(graph, 'artifact:sha256:out').split('\n')).toEqual([
      'artifact:sha256:out  out.h5',
      '├─ ← generated job:j1  reconstruct',
      '│  └─ used → dataset:d1  Run 42',
      '│     └─ collectedBy → asset:a1  Eiger 16M',
      '└─ sameAs → dataset:d1  Run 42 (see above)',
      '',
    ]);
  });

  it('parses key=value parameters, JSON values where they parse', () => {
    expect(parseParam('iterations=40', parseParam('algorithm=sirt'))).toEqual({ algorithm: 'sirt', iterations: 40 });
    expect(parseParam('roi=[1,2]')).toEqual({ roi: [1, 2] });
    expect(() => parseParam('novalue')).toThrow(/key=value/);
    expect(parseChecksum(`sha256-tree:${'A'.repeat(64)}`)).toEqual({ algorithm: 'sha256-tree', value: 'a'.repeat(64) });
    expect(() => parseChecksum('md5:abc')).toThrow();
  });

  it('aligns the tier map before colouring it', () => {
    const text = formatTierMap(
      {
        datasetId: 'd',
        title: 'T',
        checksum: { algorithm: 'sha256', value: 'f'.repeat(64) },
        byteSize: 2048,
        status: 'Active',
      },
      [{ distributionId: 'c1', datasetId: 'd', tierId: 't1', uri: 'x', status: 'Verified', lastAttestation: null }],
      new Map([['t1', { tierId: 't1', name: 'nas', accessProtocol: 'file', rootUri: 'file:///n', reachable: false }]]),
      false,
    );
    expect(text).toContain('nas (unreachable)  Verified  x    never attested');
  });

  it('writes plain progress lines off a terminal, at most every 2 s and once at the end', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress({ isTTY: false, write: (t) => lines.push(t) }, 'put f', 'bytes', () => clock);
    clock = 2500;
    progress.update(1024, 4096);
    clock = 3000;
    progress.update(2048, 4096);
    clock = 3500;
    progress.update(4096, 4096);
    progress.stop();
    expect(lines).toEqual([
      'put f 25% 1.0 KiB / 4.0 KiB 409.6 B/s ETA 8s\n',
      'put f 100% 4.0 KiB / 4.0 KiB 1.1 KiB/s ETA 0s\n',
    ]);
  });

  it('computes sha256-tree as the shell reference does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-cli-tree-'));
    try {
      fs.mkdirSync(path.join(dir, 'b'));
      fs.writeFileSync(path.join(dir, 'b', 'z'), 'zz');
      fs.writeFileSync(path.join(dir, 'B'), 'upper');
      const lines = [
        `${createHash('sha256').update('upper').digest('hex')}  B\n`,
        `${createHash('sha256').update('zz').digest('hex')}  b/z\n`,
      ];
      expect(await localChecksum(dir)).toEqual({
        algorithm: 'sha256-tree',
        value: createHash('sha256').update(lines.join('')).digest('hex'),
        byteSize: 7,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
