/**
 * `npm run build:worker`: the edge worker as one JavaScript file, `dist/worker/main.js`, which is what an edge
 * host runs (`npm run start:worker`, `npm start`, the scale harness). Running the TypeScript sources through
 * @swc-node/register transpiles every file at each boot (seconds on a loaded host); a worker killed mid-transfer is
 * back sooner when it loads one prebuilt file. Our code is bundled (the `@custody/*` aliases resolved by the
 * tsconfig); packages stay `require`d from node_modules, as installed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rolldown } from 'rolldown';

const REPO = path.resolve(__dirname, '..', '..');
export const WORKER_ENTRY = path.join(REPO, 'apps', 'worker', 'src', 'main.ts');
export const BUILT_WORKER = path.join(REPO, 'dist', 'worker', 'main.js');

/**
 * A bare specifier (a package, or a node: builtin) other than our own path aliases and the decorator helpers the
 * transform emits (rolldown ships those and inlines them).
 */
const isPackage = (id: string) =>
  !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('@custody/') && !id.startsWith('@oxc-project/runtime/');

export async function buildWorker(): Promise<string> {
  const bundle = await rolldown({
    input: WORKER_ENTRY,
    platform: 'node',
    // Its paths resolve the aliases; its experimentalDecorators + emitDecoratorMetadata give Nest the constructor
    // parameter types it injects by (as swc emits them for the sources).
    tsconfig: path.join(REPO, 'tsconfig.json'),
    external: isPackage,
    // Our sources re-export interfaces without `type` (swc erases them file by file); tsc has checked that every such
    // name is a type, so the bundle stands it in with undefined, as the per-file transform does.
    shimMissingExports: true,
    onLog: (level, log, handler) => {
      if (log.code !== 'MISSING_EXPORT' && log.code !== 'SHIMMED_EXPORT') handler(level, log);
    },
  });
  // Written beside, then renamed over: a supervisor forking a worker while a build runs reads the old file or the
  // new one, never half of one.
  const staging = path.join(path.dirname(BUILT_WORKER), `.staging-${process.pid}`);
  const staged = path.join(staging, path.basename(BUILT_WORKER));
  try {
    await bundle.write({
      file: staged,
      format: 'cjs',
      sourcemap: true,
      // Class names are Nest's provider and logger names.
      keepNames: true,
    });
  } finally {
    await bundle.close();
  }
  fs.renameSync(`${staged}.map`, `${BUILT_WORKER}.map`);
  fs.renameSync(staged, BUILT_WORKER);
  fs.rmSync(staging, { recursive: true, force: true });
  return BUILT_WORKER;
}

if (require.main === module) {
  const started = Date.now();
  buildWorker().then(
    (file) => process.stdout.write(`built ${path.relative(REPO, file)} in ${Date.now() - started} ms\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
