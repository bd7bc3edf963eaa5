import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Fetch } from './api-client';
import { CliIo, formatLag, runCli } from './cli';
import { resolveConfig } from './config';

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
    env: { CUSTODY_URL: 'http://api.test:3000', CUSTODY_TOKEN: 'tok', ...env },
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
      expect(resolveConfig({}, {}, cwd)).toEqual({ url: 'http://localhost:3000', tokenSource: 'none' });
      fs.mkdirSync(path.join(cwd, '.custody'));
      fs.writeFileSync(path.join(cwd, '.custody', 'admin-token'), 'from-file\n');
      expect(resolveConfig({}, {}, cwd)).toMatchObject({ token: 'from-file', tokenSource: 'file' });
      expect(resolveConfig({}, { CUSTODY_TOKEN: 'from-env', CUSTODY_URL: 'http://h:1' }, cwd)).toEqual({
        url: 'http://h:1',
        token: 'from-env',
        tokenSource: 'env',
      });
      expect(resolveConfig({ token: 'flag', url: 'https://x' }, { CUSTODY_TOKEN: 'from-env' }, cwd)).toEqual({
        url: 'https://x',
        token: 'flag',
        tokenSource: 'flag',
      });
      expect(() => resolveConfig({ url: 'localhost:3000' }, {}, cwd)).toThrow(/http\(s\) URL/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
