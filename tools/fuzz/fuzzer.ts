/* eslint-disable @typescript-eslint/no-explicit-any -- it walks untyped JSON: schemas from the served document, answers of any shape */
/**
 * A schema-driven fuzzer for the whole public face: it reads the served OpenAPI document and the MCP
 * `tools/list`, and sends well-typed and malformed requests to every operation and every tool (fast-check).
 * New routes and tools are fuzzed without touching this file. What must hold for every answer:
 * - never a 5xx;
 * - every HTTP error is application/problem+json with a `code`;
 * - every MCP answer is a JSON-RPC error, or a result that is either fine or `isError` with a code first;
 * - no answer takes longer than 2 s.
 */
import fc from 'fast-check';

export const MAX_LATENCY_MS = 2000;

type Schema = Record<string, any>;
interface Operation {
  readonly method: string;
  readonly path: string;
  readonly op: Schema;
}

export interface FuzzOptions {
  readonly baseUrl: string;
  /** An admin token the fuzzer may use; its own principal is never disabled or rotated by it. */
  readonly token: string;
  /** Requests per operation and per tool. */
  readonly runs: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface FuzzReport {
  readonly seed: number;
  readonly requests: number;
  readonly byStatus: Record<string, number>;
  readonly mcpCalls: number;
  readonly mcpByOutcome: Record<string, number>;
  readonly operations: number;
  readonly tools: number;
  readonly slowest: { readonly ms: number; readonly what: string };
  /** Every broken promise, with the request that broke it (empty when all held). */
  readonly failures: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Strings a hostile client likes: NUL, lone surrogates, traversal, huge, odd numbers, script. */
const nastyString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '../../etc/passwd',
  '%00',
  '%2e%2e/',
  '0x10',
  '1e2',
  '-1',
  'NaN',
  'null',
  '{}',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  'é'.repeat(300),
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'file:///etc/passwd',
  'http://127.0.0.1:1/x',
);

/** Values of any JSON type (a wrong type for most fields), a little nested. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  nastyString,
  fc.string(),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 3 }),
);

function resolveRef(schema: Schema, root: Schema): Schema {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === 'string' && i < 10; i++) {
    const parts = (s.$ref as string).replace(/^#\//, '').split('/');
    s = parts.reduce((node: any, key) => node?.[key], root);
  }
  return s ?? {};
}

/** A value the schema accepts (mostly), built from the JSON Schema; `pool` supplies ids seen in answers. */
function valid(schema: Schema, root: Schema, pool: () => string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, root);
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  for (const key of ['anyOf', 'oneOf']) {
    if (Array.isArray(s[key]) && s[key].length > 0) {
      return fc.oneof(...(s[key] as Schema[]).map((alt) => valid(alt, root, pool, depth + 1)));
    }
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0)
    return valid({ ...s.allOf[0], ...s, allOf: undefined }, root, pool, depth);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string': {
      if (s.format === 'uuid' || s.pattern?.includes('[0-9a-fA-F]{8}')) {
        return fc.oneof(
          fc.uuid(),
          fc.constant(null).map(() => pick(pool()) ?? '0190a000-0000-7000-8000-000000000001'),
        );
      }
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (s.pattern === '^[0-9a-f]{64}$' || /sha256|checksum/i.test(s.description ?? '')) {
        return fc.stringMatching(/^[0-9a-f]{64}$/);
      }
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 1_000_000, 1_000_000) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valid(s.items ?? {}, root, pool, depth + 1), { minLength: s.minItems ?? 0, maxLength: 3 });
    case 'object':
    default: {
      const properties: Record<string, Schema> = s.properties ?? {};
      const required = new Set<string>(s.required ?? []);
      const entries = Object.entries(properties);
      if (entries.length === 0) return type === 'object' ? fc.constant({}) : anyJson;
      return fc.record(Object.fromEntries(entries.map(([name, p]) => [name, valid(p, root, pool, depth + 1)])), {
        requiredKeys: [...required].filter((k) => k in properties),
      });
    }
  }
}

/** A body the schema most likely refuses: a field of the wrong type, a missing or unknown field, odd names. */
function malformed(schema: Schema, root: Schema, pool: () => string[]): fc.Arbitrary<unknown> {
  const base = valid(schema, root, pool);
  const s = resolveRef(schema, root);
  const names = Object.keys(s.properties ?? {});
  return fc.oneof(
    anyJson,
    base.chain((value) =>
      value && typeof value === 'object' && !Array.isArray(value) && names.length > 0
        ? fc
            .record({ name: fc.constantFrom(...names), bad: anyJson })
            .map(({ name, bad }) => ({ ...value, [name]: bad }))
        : fc.constant(value),
    ),
    base.map((value) =>
      value && typeof value === 'object' && !Array.isArray(value) && names.length > 0
        ? Object.fromEntries(Object.entries(value).slice(1))
        : value,
    ),
    fc
      .record({ key: nastyString, value: anyJson })
      .chain(({ key, value }) =>
        base.map((b) => (b && typeof b === 'object' && !Array.isArray(b) ? { ...b, [key]: value } : { [key]: value })),
      ),
  );
}

/** encodeURIComponent, with a lone surrogate sent as the bytes of one (invalid UTF-8 for the server to refuse). */
function percentEncode(text: string): string {
  return [...text]
    .map((c) => {
      try {
        return encodeURIComponent(c);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

function pick<T>(items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}

/** Raw bodies and headers no schema describes: encodings, media types, depth, broken JSON. */
const rawAbuse: fc.Arbitrary<{ raw?: string; headers: Record<string, string> }> = fc.constantFrom<{
  raw?: string;
  headers: Record<string, string>;
}>(
  { raw: '{"name":"x"}', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } },
  { raw: '{"name":"x"}', headers: { 'content-type': 'application/json', 'content-encoding': 'br' } },
  { raw: '{"name":"x"}', headers: { 'content-type': 'text/plain' } },
  { raw: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  { raw: '{"name":"x"}', headers: {} as Record<string, string> },
  { raw: `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`, headers: { 'content-type': 'application/json' } },
  { raw: `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`, headers: { 'content-type': 'application/json' } },
  { raw: '{"a\\u0000b":1}', headers: { 'content-type': 'application/json', 'idempotency-key': 'fuzz-nul' } },
  { raw: '{"\\ud800":1}', headers: { 'content-type': 'application/json', 'idempotency-key': 'fuzz-surrogate' } },
  { raw: '{"name":', headers: { 'content-type': 'application/json' } },
  { raw: 'null', headers: { 'content-type': 'application/json' } },
  { raw: '[]', headers: { 'content-type': 'application/json' } },
  { raw: '"text"', headers: { 'content-type': 'application/json' } },
  { raw: '{"x":1}', headers: { 'content-type': 'application/merge-patch+json' } },
  { raw: '--b\r\n\r\n--b--', headers: { 'content-type': 'multipart/form-data; boundary=b' } },
);

const oddQueryValue = fc.constantFrom(
  '0x10',
  '1e2',
  '%205',
  '5.0',
  '+5',
  '0',
  '101',
  '-1',
  '',
  'abc',
  '%00',
  '9'.repeat(30),
);

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** One request to an operation, well-typed or not. */
function requestsFor(operation: Operation, root: Schema, pool: () => string[], token: string): fc.Arbitrary<Sent> {
  const parameters: Schema[] = (operation.op.parameters ?? []).map((p: Schema) => resolveRef(p, root));
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const content: Record<string, Schema> = operation.op.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema;
  const multipart = content['multipart/form-data'] !== undefined;

  const pathValue = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null).map(() => pick(pool()) ?? '0190a000-0000-7000-8000-000000000001') },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: nastyString.map((s) => percentEncode(s).slice(0, 300) || 'x') },
  );
  const path = fc
    .tuple(...(pathParams.length > 0 ? pathParams.map(() => pathValue) : [fc.constant('')]))
    .map((values) => {
      let p = operation.path;
      pathParams.forEach((param, i) => (p = p.replace(`{${param.name}}`, String(values[i]))));
      return p;
    });
  const query = fc
    .tuple(
      ...(queryParams.length > 0
        ? queryParams.map((param) =>
            fc.option(
              fc.oneof(
                valid(param.schema ?? { type: 'string' }, root, pool).map((v) => String(v)),
                oddQueryValue,
                nastyString,
              ),
              { nil: undefined },
            ),
          )
        : [fc.constant(undefined)]),
    )
    .map((values) => {
      const search = new URLSearchParams();
      queryParams.forEach((param, i) => values[i] !== undefined && search.set(param.name, values[i] as string));
      const text = search.toString();
      return text ? `?${text}` : '';
    });
  const auth = fc.oneof(
    { weight: 8, arbitrary: fc.constant({ authorization: `Bearer ${token}` }) },
    { weight: 1, arbitrary: fc.constant({} as Record<string, string>) },
    { weight: 1, arbitrary: fc.constant({ authorization: 'Bearer cus_not-a-real-token' }) },
  );
  const idempotency = fc.option(
    fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((k) => ({ 'idempotency-key': `fuzz-${k}` })),
    {
      nil: {},
    },
  );
  const body: fc.Arbitrary<{ raw?: string; headers: Record<string, string> }> = jsonSchema
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: valid(jsonSchema, root, pool).map((v) => ({
            raw: JSON.stringify(v),
            headers: { 'content-type': 'application/json' },
          })),
        },
        {
          weight: 4,
          arbitrary: malformed(jsonSchema, root, pool).map((v) => ({
            raw: JSON.stringify(v) ?? 'null',
            headers: { 'content-type': 'application/json' },
          })),
        },
        { weight: 2, arbitrary: rawAbuse },
      )
    : multipart
      ? fc.oneof(
          fc.uint8Array({ maxLength: 64 }).map((bytes) => ({
            raw: `--fuzz\r\nContent-Disposition: form-data; name="file"; filename="f"\r\nContent-Type: application/octet-stream\r\n\r\n${Buffer.from(bytes).toString('latin1')}\r\n--fuzz--\r\n`,
            headers: { 'content-type': 'multipart/form-data; boundary=fuzz' },
          })),
          rawAbuse,
        )
      : fc.oneof(
          { weight: 3, arbitrary: fc.constant({ headers: {} as Record<string, string> }) },
          { weight: 1, arbitrary: rawAbuse },
        );
  return fc
    .record({ path, query, auth, idempotency, body })
    .map(({ path: p, query: q, auth: a, idempotency: i, body: b }) => ({
      method: operation.method.toUpperCase(),
      url: `${p}${q}`,
      headers: { ...a, ...(operation.method === 'post' ? i : {}), ...b.headers },
      ...(b.raw !== undefined && operation.method !== 'get' ? { body: b.raw } : {}),
    }));
}

/** MCP tools/call arguments: well-typed, malformed, or not an object at all. */
function argumentsFor(tool: Schema, pool: () => string[]): fc.Arbitrary<unknown> {
  const schema = tool.inputSchema ?? { type: 'object' };
  return fc.oneof(
    { weight: 4, arbitrary: valid(schema, schema, pool) },
    { weight: 4, arbitrary: malformed(schema, schema, pool) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.constant([]), fc.string(), fc.integer()) },
  );
}

/** Collects every UUID of an answer (so later requests reach real entities), never the fuzzer's own id. */
function harvest(value: unknown, into: Set<string>, own: string, depth = 0): void {
  if (depth > 8 || into.size > 500) return;
  if (typeof value === 'string') {
    if (UUID.test(value) && value !== own) into.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => harvest(v, into, own, depth + 1));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => harvest(v, into, own, depth + 1));
}

const isProblem = (contentType: string | null, body: any) =>
  (contentType ?? '').includes('application/problem+json') && typeof body?.code === 'string' && body.code.length > 0;

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => undefined);
  const base = options.baseUrl.replace(/\/$/, '');
  const failures: string[] = [];
  const byStatus: Record<string, number> = {};
  const mcpByOutcome: Record<string, number> = {};
  let requests = 0;
  let mcpCalls = 0;
  let slowest = { ms: 0, what: '' };
  const ids = new Set<string>();
  const pool = () => [...ids];

  const me = await (
    await fetch(`${base}/v1/principals/me`, { headers: { authorization: `Bearer ${options.token}` } })
  ).json();
  const ownId = String((me as { principalId: string }).principalId);

  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, what };
    if (ms > MAX_LATENCY_MS) failures.push(`${what}: took ${Math.round(ms)} ms`);
    return result;
  };

  const document = (await (await fetch(`${base}/docs/openapi.json`)).json()) as Schema;
  const operations: Operation[] = Object.entries(document.paths as Record<string, Schema>).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method, path, op: op as Schema })),
  );

  let seedOffset = 0;
  for (const operation of operations) {
    const label = `${operation.method.toUpperCase()} ${operation.path}`;
    await fc.assert(
      fc.asyncProperty(requestsFor(operation, document, pool, options.token), async (sent) => {
        const what = `${label} → ${sent.method} ${sent.url.slice(0, 200)} ${JSON.stringify(sent.headers)} ${(sent.body ?? '').slice(0, 200)}`;
        const res = await timed(what, async () => {
          const r = await fetch(`${base}${sent.url}`, {
            method: sent.method,
            headers: sent.headers,
            body: sent.body,
          });
          const text = await r.text();
          return { status: r.status, contentType: r.headers.get('content-type'), text };
        });
        requests += 1;
        byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
        let body: any;
        try {
          body = res.text ? JSON.parse(res.text) : undefined;
        } catch {
          body = undefined;
        }
        if (res.status >= 500) failures.push(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
        else if (res.status >= 400 && !isProblem(res.contentType, body)) {
          failures.push(
            `${what}: ${res.status} is not problem+json with a code (${res.contentType}: ${res.text.slice(0, 200)})`,
          );
        } else if (res.status < 300 && body !== undefined) harvest(body, ids, ownId);
        return true;
      }),
      { numRuns: options.runs, seed: options.seed + seedOffset++, endOnFailure: true },
    );
  }
  log(`REST: ${requests} requests over ${operations.length} operations`);

  // MCP: tools/list, then tools/call for every tool with typed, malformed and non-object arguments.
  const rpc = async (body: unknown) => {
    const r = await fetch(`${base}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify(body),
    });
    const text = await r.text();
    let parsed: any;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: r.status, contentType: r.headers.get('content-type'), text, body: parsed };
  };
  const listed = await rpc({ jsonrpc: '2.0', id: 0, method: 'tools/list', params: {} });
  const tools: Schema[] = listed.body?.result?.tools ?? [];
  if (tools.length === 0)
    failures.push(`MCP tools/list answered no tools: ${listed.status} ${listed.text.slice(0, 200)}`);
  const unknownTool = async () => {
    const res = await rpc({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'no_such_tool_fuzz', arguments: {} },
    });
    check('tools/call no_such_tool_fuzz', res);
  };
  /** `objectArguments` false: arguments that are not an object, which any JSON-RPC error may answer. */
  const check = (
    what: string,
    res: { status: number; contentType: string | null; text: string; body: any },
    objectArguments = true,
  ) => {
    mcpCalls += 1;
    if (res.status >= 500) {
      failures.push(`MCP ${what}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      mcpByOutcome[`http ${res.status}`] = (mcpByOutcome[`http ${res.status}`] ?? 0) + 1;
      return;
    }
    if (res.status >= 400) {
      mcpByOutcome[`http ${res.status}`] = (mcpByOutcome[`http ${res.status}`] ?? 0) + 1;
      // Refused before or by the MCP transport: a problem, or the transport's own JSON-RPC error.
      const rpcError = typeof res.body?.error?.code === 'number';
      if (!isProblem(res.contentType, res.body) && !rpcError) {
        failures.push(`MCP ${what}: HTTP ${res.status} is neither problem+json with a code nor a JSON-RPC error`);
      }
      return;
    }
    // A message holding no request (an empty batch, a notification) is accepted with no answer.
    if (!objectArguments && res.text.length === 0) {
      mcpByOutcome[`http ${res.status} empty`] = (mcpByOutcome[`http ${res.status} empty`] ?? 0) + 1;
      return;
    }
    const message = res.body;
    if (message?.error) {
      const outcome = `jsonrpc error ${message.error.code}`;
      mcpByOutcome[outcome] = (mcpByOutcome[outcome] ?? 0) + 1;
      if (typeof message.error.code !== 'number') failures.push(`MCP ${what}: a JSON-RPC error without a numeric code`);
      if (message.error.code === -32603 && objectArguments)
        failures.push(`MCP ${what}: InternalError ${JSON.stringify(message.error).slice(0, 300)}`);
      return;
    }
    const result = message?.result;
    if (!result) {
      failures.push(`MCP ${what}: neither a result nor an error: ${res.text.slice(0, 200)}`);
      return;
    }
    if (result.isError) {
      const text: string = result.content?.[0]?.text ?? '';
      const code = /^([A-Z][A-Za-z0-9]+)[:\s]/.exec(text)?.[1] ?? result.structuredContent?.code;
      const outcome = `isError ${code ?? '(no code)'}`;
      mcpByOutcome[code === 'InternalError' ? outcome : 'isError'] =
        (mcpByOutcome[code === 'InternalError' ? outcome : 'isError'] ?? 0) + 1;
      if (!code) failures.push(`MCP ${what}: isError without a code: ${text.slice(0, 200)}`);
      if (code === 'InternalError') failures.push(`MCP ${what}: InternalError ${text.slice(0, 300)}`);
    } else {
      mcpByOutcome.ok = (mcpByOutcome.ok ?? 0) + 1;
      harvest(result.structuredContent, ids, ownId);
    }
  };
  await timed('MCP tools/call of an unknown tool', unknownTool);
  // The transport itself: encodings, media types, depth and broken JSON on /mcp.
  for (const abuse of fc.sample(rawAbuse, { numRuns: 30, seed: options.seed })) {
    const what = `POST /mcp ${JSON.stringify(abuse.headers)} ${(abuse.raw ?? '').slice(0, 80)}`;
    const res = await timed(what, async () => {
      const r = await fetch(`${base}/mcp`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: 'application/json, text/event-stream',
          ...abuse.headers,
        },
        body: abuse.raw,
      });
      const text = await r.text();
      let parsed: any;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: r.status, contentType: r.headers.get('content-type'), text, body: parsed };
    });
    check(what, res, false);
  }
  for (const tool of tools) {
    await fc.assert(
      fc.asyncProperty(argumentsFor(tool, pool), async (args) => {
        const what = `tools/call ${tool.name} ${JSON.stringify(args)?.slice(0, 300)}`;
        const res = await timed(`MCP ${what}`, () =>
          rpc({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: tool.name, arguments: args } }),
        );
        check(what, res, args !== null && typeof args === 'object' && !Array.isArray(args));
        return true;
      }),
      { numRuns: options.runs, seed: options.seed + seedOffset++, endOnFailure: true },
    );
  }
  log(`MCP: ${mcpCalls} calls over ${tools.length} tools`);
  return {
    seed: options.seed,
    requests,
    byStatus,
    mcpCalls,
    mcpByOutcome,
    operations: operations.length,
    tools: tools.length,
    slowest,
    failures,
  };
}

/** One line per figure, for humans and for the closing note. */
export function formatReport(report: FuzzReport): string {
  const statuses = Object.entries(report.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  const outcomes = Object.entries(report.mcpByOutcome)
    .sort()
    .map(([o, n]) => `${o}: ${n}`)
    .join(', ');
  return [
    `fuzz seed ${report.seed}`,
    `REST: ${report.requests} requests over ${report.operations} operations — ${statuses}`,
    `MCP: ${report.mcpCalls} calls over ${report.tools} tools — ${outcomes}`,
    `slowest: ${Math.round(report.slowest.ms)} ms (${report.slowest.what.slice(0, 160)})`,
    report.failures.length === 0 ? 'no broken promise' : `${report.failures.length} broken promises`,
  ].join('\n');
}
