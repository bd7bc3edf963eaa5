import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { TestApi, startTestApi } from './support/test-api';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '../../..');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Operation = {
  operationId: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
};

/** Typechecks `files` (name → source) as one strict program; the diagnostics as text. */
function typecheck(dir: string, files: Record<string, string>): string[] {
  for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), source);
  const program = ts.createProgram(
    Object.keys(files).map((name) => path.join(dir, name)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
      skipLibCheck: false,
    },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

/** A client a user would write against the generated types: register and read an asset, deposit an artifact. */
const CLIENT = `
import type { components, paths } from './custody-api';

// The few web platform globals the client uses (declared here so the check does not load lib.dom).
interface Reply { ok: boolean; json(): Promise<unknown> }
declare function fetch(url: string, init?: { method?: string; headers?: Record<string, string>; body?: string | FormData }): Promise<Reply>;
declare class Blob { constructor(parts: string[], options?: { type?: string }) }
declare class FormData { append(name: string, value: Blob, filename?: string): void }

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type FamilyBody = Json<paths['/v1/families']['post']['requestBody']>;
type FamilyCreated = Json<paths['/v1/families']['post']['responses'][201]>;
type AssetBody = Json<paths['/v1/assets']['post']['requestBody']>;
type AssetCreated = Json<paths['/v1/assets']['post']['responses'][201]>;
type Asset = Json<paths['/v1/assets/{id}']['get']['responses'][200]>;
type Receipt = Json<paths['/v1/artifacts']['post']['responses'][201]>;
type Problem = components['schemas']['Problem'];

export async function tour(baseUrl: string, token: string): Promise<string> {
  const headers = { authorization: 'Bearer ' + token, 'content-type': 'application/json' };
  const familyBody: FamilyBody = { name: 'Detectors' };
  const family = (await (await fetch(baseUrl + '/v1/families', { method: 'POST', headers, body: JSON.stringify(familyBody) })).json()) as FamilyCreated;
  const assetBody: AssetBody = { name: 'Eiger 16M', familyId: family.familyId, owner: { name: 'ESRF', identifierType: 'ROR', identifier: 'https://ror.org/02550n020' } };
  const created = await fetch(baseUrl + '/v1/assets', { method: 'POST', headers: { ...headers, 'idempotency-key': 'tour-1' }, body: JSON.stringify(assetBody) });
  if (!created.ok) throw new Error(((await created.json()) as Problem).code);
  const { assetId }: AssetCreated = (await created.json()) as AssetCreated;
  const asset = (await (await fetch(baseUrl + '/v1/assets/' + assetId, { headers })).json()) as Asset;
  const lifecycle: 'Commissioned' | 'Active' | 'Maintenance' | 'Decommissioned' = asset.lifecycle;
  const doi: string | undefined = asset.persistentId?.value;
  const owner: string | undefined = asset.owner?.name;
  const version: number = asset.version;
  const form = new FormData();
  form.append('file', new Blob(['a,b\\n1,2\\n'], { type: 'text/csv' }), 'table.csv');
  const deposited = await fetch(baseUrl + '/v1/artifacts', { method: 'POST', headers: { authorization: headers.authorization }, body: form });
  const receipt = (await deposited.json()) as Receipt;
  const size: number = receipt.sizeBytes;
  return [lifecycle, doi, owner, version, receipt.artifactUri, receipt.sha256, size].join(' ');
}
`;

// Two child processes and a TypeScript program: slow on a busy 2-core machine.
jest.setTimeout(90_000);

describe('OpenAPI: a document a typed client can be generated from', () => {
  let api: TestApi;
  let document: {
    openapi: string;
    paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, Record<string, unknown>> };
  };
  let dir: string;
  const operations = () =>
    Object.entries(document.paths).flatMap(([p, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ route: `${m.toUpperCase()} ${p}`, method: m, op: item[m]! })),
    );

  beforeAll(async () => {
    api = await startTestApi();
    document = (await api.anonymous.get('/docs/openapi.json')).body;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-openapi-'));
    fs.writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(document));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is valid for the OpenAPI version it declares (Redocly)', async () => {
    expect(document.openapi).toBe('3.1.0');
    const lint = await run(
      process.execPath,
      [path.join(REPO, 'tools/openapi/lint-openapi.mjs'), path.join(dir, 'openapi.json')],
      {
        cwd: REPO,
      },
    ).catch((error: { stdout: string }) => error);
    expect(JSON.parse(lint.stdout)).toEqual([]);
  });

  it('documents every success response with a named schema, and errors as problem+json', () => {
    const missing: string[] = [];
    for (const { route, op } of operations()) {
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) missing.push(`${route}: no success response`);
      for (const [status, response] of success) {
        if (status === '204' || status === '202') continue;
        const [[mediaType, media] = []] = Object.entries(response.content ?? {});
        const schema = media?.schema as { $ref?: string; format?: string } | undefined;
        // JSON answers name a component; the raw ones (artifact bytes, Prometheus text) say what they are.
        const raw = schema?.format === 'binary' || mediaType === 'text/plain';
        if (!schema || (!schema.$ref && !raw)) missing.push(`${route} ${status}: no named schema`);
        if (schema?.$ref)
          expect(document.components.schemas).toHaveProperty(schema.$ref.replace('#/components/schemas/', ''));
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        if (!response.content?.['application/problem+json']) missing.push(`${route} ${status}: not problem+json`);
      }
      if (op.security?.length && !op.responses['401']) missing.push(`${route}: no 401`);
    }
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThan(45);
  });

  it('names the domain error codes of the contract', () => {
    const codes = (route: string, status: string) => {
      const [method, p] = route.split(' ');
      const response = document.paths[p][method.toLowerCase() as 'get']!.responses[status];
      return JSON.stringify(response.content?.['application/problem+json']?.schema ?? {});
    };
    expect(codes('POST /v1/assets', '404')).toContain('ModelNotFound');
    expect(codes('POST /v1/assets/{id}/decommission', '409')).toContain('AssetIsInstalled');
    expect(codes('POST /v1/distributions', '409')).toContain('DistributionAlreadyRegistered');
    expect(codes('POST /v1/fixtures/{id}/persistent-identifier', '502')).toContain('PersistentIdentifierMintFailed');
    expect(codes('GET /v1/artifacts/metadata', '403')).toContain('Forbidden');
  });

  it('documents Idempotency-Key on every authenticated POST and an opaque bearer scheme', () => {
    for (const { route, method, op } of operations()) {
      if (method !== 'post' || !op.security?.length) continue;
      expect({ route, header: op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key') }).toEqual({
        route,
        header: true,
      });
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.bearer).not.toHaveProperty('bearerFormat');
  });

  it('generates TypeScript types (openapi-typescript) a client program typechecks against', async () => {
    await run(
      process.execPath,
      [
        path.join(REPO, 'tools/openapi/generate-types.mjs'),
        path.join(dir, 'openapi.json'),
        path.join(dir, 'custody-api.ts'),
      ],
      { cwd: REPO },
    );
    const generated = fs.readFileSync(path.join(dir, 'custody-api.ts'), 'utf8');
    expect(generated).toContain('export interface paths');
    expect(typecheck(dir, { 'client.ts': CLIENT })).toEqual([]);
    // The types say something: a wrong field or type is refused.
    const wrong = CLIENT.replace(
      'const version: number = asset.version;',
      'const version: string = asset.version; const nope = asset.noSuchField;',
    );
    expect(typecheck(dir, { 'client.ts': wrong }).join('\n')).toMatch(
      /not assignable to type 'string'[\s\S]*noSuchField/,
    );
  });
});
