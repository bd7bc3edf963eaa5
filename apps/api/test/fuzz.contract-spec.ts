import { formatReport, fuzz } from '../../../tools/fuzz/fuzzer';
import { ADMIN_TOKEN, TestApi, startTestApi } from './support/test-api';

/** Starting an app on a fresh database can take well over Jest's default 5 s on a busy machine. */
const API_HOOK_TIMEOUT_MS = 60_000;

/** Bounded in `npm test`; `npm run fuzz -- --runs N` goes deeper. A failing seed is printed to replay it. */
const RUNS_PER_OPERATION = 40;

describe('schema-driven fuzz of every operation and every MCP tool', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  }, API_HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), API_HOOK_TIMEOUT_MS);

  it('never answers 5xx, answers every error as problem+json with a code (MCP: a code or a JSON-RPC error), each within 2 s', async () => {
    const seed = Number(process.env.CUSTODY_FUZZ_SEED ?? Date.now() % 2 ** 31);
    const report = await fuzz({ baseUrl: api.baseUrl, token: ADMIN_TOKEN, runs: RUNS_PER_OPERATION, seed });
    // eslint-disable-next-line no-console
    console.log(formatReport(report));
    expect(report.operations).toBeGreaterThan(40);
    expect(report.tools).toBeGreaterThan(40);
    expect(report.requests).toBe(report.operations * RUNS_PER_OPERATION);
    expect(report.failures.slice(0, 20)).toEqual([]);
  }, 900_000);
});
