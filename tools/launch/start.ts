/**
 * `npm start`: the whole service on one host. Validates the configuration, starts the embedded PostgreSQL
 * (unless DATABASE_URL is set), then runs the API and the worker as two processes sharing it. Ctrl-C stops
 * both, then PostgreSQL; a second start reuses the data under CUSTODY_DATA_DIR.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ConfigError, EmbeddedPostgresError, loadConfig, openDatabase } from '@custody/platform';

const root = path.resolve(__dirname, '..', '..');
const say = (message: string) => process.stdout.write(`[custody] ${message}\n`);

/** A taken PORT is said before anything starts, in one sentence. */
class PortTaken extends Error {}
class WorkerNotBuilt extends Error {}
const BUILT_WORKER = 'dist/worker/main.js';
function ensurePortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortTaken(`Port ${port} for the API is already in use (another custody?): set PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!fs.existsSync(path.join(root, BUILT_WORKER))) {
    throw new WorkerNotBuilt(`${BUILT_WORKER} is missing: run \`npm run build:worker\` (npm start does it first).`);
  }
  await ensurePortFree(config.port, config.host);
  const database = await openDatabase(config, say);
  const env = { ...process.env, DATABASE_URL: database.url, CUSTODY_DATA_DIR: config.dataDir };
  // The API runs its sources through swc; the worker runs as an edge host deploys it, built (`npm run build:worker`,
  // which `npm start` runs first), so that it boots without transpiling.
  const run = (entry: string): ChildProcess =>
    spawn(
      process.execPath,
      entry.endsWith('.js')
        ? [path.join(root, entry)]
        : ['-r', path.join(root, 'tools', 'register.js'), path.join(root, entry)],
      { env, stdio: 'inherit', cwd: root },
    );

  const children = new Map<string, ChildProcess>([
    ['api', run('apps/api/src/main.ts')],
    ['worker', run(BUILT_WORKER)],
  ]);
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const child of children.values()) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));

  await Promise.all(
    [...children].map(
      ([name, child]) =>
        new Promise<void>((resolve) =>
          child.on('exit', (code, signal) => {
            if (!stopping) {
              say(`${name} exited unexpectedly (${signal ?? code}); stopping the rest`);
              exitCode = 1;
              stopAll('SIGTERM');
            }
            resolve();
          }),
        ),
    ),
  );
  if (database.embedded) say('Stopping embedded PostgreSQL');
  await database.stop();
  process.exit(exitCode);
}

main().catch((error) => {
  const known =
    error instanceof ConfigError ||
    error instanceof EmbeddedPostgresError ||
    error instanceof PortTaken ||
    error instanceof WorkerNotBuilt;
  process.stderr.write(`${known ? error.message : (error?.stack ?? error)}\n`);
  process.exit(1);
});
