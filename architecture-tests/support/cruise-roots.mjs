// Cruises apps/ and libs/ of one or more roots (the repo, fixture trees) with one dependency-cruiser config,
// in one process: dependency-cruiser is ESM only and takes over a second to load, so the specs (CommonJS under
// Jest) run this file as a child process instead of its CLI once per root. Each root is cruised from inside it,
// as `npx depcruise apps libs --config <config> --output-type json` would be, with the config's tsConfig file
// resolved there. Prints { "<root>": { "violations": [...] } }.
//
//   node architecture-tests/support/cruise-roots.mjs .dependency-cruiser.cjs . architecture-tests/fixtures/cycles
/* global process, structuredClone */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const [configFile, ...roots] = process.argv.slice(2).map((arg) => resolve(arg));
const options = await extractDepcruiseOptions(configFile);
const results = {};
for (const root of roots) {
  process.chdir(root);
  const dirs = ['apps', 'libs'].filter((dir) => existsSync(dir));
  const tsConfigFile = options.tsConfig?.fileName;
  const tsConfig = tsConfigFile ? extractTSConfig(tsConfigFile) : undefined;
  const { output } = await cruise(dirs, { ...structuredClone(options), outputType: 'json' }, {}, { tsConfig });
  const result = typeof output === 'string' ? JSON.parse(output) : output;
  results[root] = { violations: result.summary.violations };
}
process.stdout.write(JSON.stringify(results));
