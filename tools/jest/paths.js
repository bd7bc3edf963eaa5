const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

/** Maps the tsconfig path aliases (`@custody/kernel`, …) for Jest. */
function pathsToModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    mapper[`^${alias.replace(/[/]/g, '\\/')}$`] = path.join('<rootDir>', target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
