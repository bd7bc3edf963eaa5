// Import rules of custody (ARCHITECTURE.md, "Who may import whom"), enforced by architecture-tests/: they cruise
// apps/ and libs/ with this file from the repo root, and from fixture roots that mimic its layout, so every path
// below is relative to the directory the cruise runs in. By hand:
//   npx depcruise apps libs --config .dependency-cruiser.cjs
//
// node_modules is not excluded (that would hide every npm import from the rules), only not followed.

/** The bounded contexts. */
const CONTEXT = '(equipment|data|operation|artifact)';
/** *.spec.ts, *.int-spec.ts, *.contract-spec.ts. */
const TEST = '[.-]spec\\.ts$';
/** The pure files: the aggregates and the deciders (their specs are tests, not domain code). */
const PURE = '^libs/[^/]+/src/aggregates/|^(apps|libs)/.+\\.decider\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'context-imports-no-other-context',
      comment:
        'A context lib never imports another context lib (by alias or relative path). Contexts meet through ' +
        'libs/ports and the apps.',
      severity: 'error',
      from: { path: `^libs/${CONTEXT}/` },
      to: { path: `^libs/${CONTEXT}/`, pathNot: '^libs/$1/' },
    },
    {
      name: 'pure-imports-only-kernel-and-pure',
      comment:
        'aggregates/** and *.decider.ts import only @custody/kernel, the aggregates and the deciders: no ' +
        '@nestjs/*, typeorm, pg, zod, node core modules, platform or any other package.',
      severity: 'error',
      from: { path: PURE, pathNot: TEST },
      to: { pathNot: ['^libs/kernel/src/', '^libs/[^/]+/src/aggregates/', '\\.decider\\.ts$'] },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment: 'A feature folder (libs/*/src/features/<slice>/) never imports another feature folder.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/features/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/features/[^/]+/', pathNot: '^libs/$1/src/features/$2/' },
    },
    {
      name: 'kernel-imports-only-kernel',
      comment:
        'libs/kernel imports nothing outside libs/kernel: nothing of ours (no @custody/*, no relative path out ' +
        'of it), no npm package, no node core module.',
      severity: 'error',
      from: { path: '^libs/kernel/', pathNot: TEST },
      to: { pathNot: '^libs/kernel/' },
    },
    {
      name: 'kernel-tests-import-nothing-of-ours',
      comment: "The kernel's own specs may use test tools (fast-check), but nothing of ours outside libs/kernel.",
      severity: 'error',
      from: { path: `^libs/kernel/.*${TEST}` },
      to: { pathNot: ['^libs/kernel/', '(^|/)node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'ports-imports-only-kernel',
      comment: 'libs/ports holds the seams between contexts: it imports only libs/kernel among our libs.',
      severity: 'error',
      from: { path: '^libs/ports/' },
      to: { path: ['^(libs|apps)/', '^@custody/'], pathNot: '^libs/(ports|kernel)/' },
    },
    {
      name: 'platform-imports-only-kernel',
      comment: 'libs/platform imports only libs/kernel among our libs (and nothing from the apps).',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: ['^(libs|apps)/', '^@custody/'], pathNot: '^libs/(platform|kernel)/' },
    },
    {
      name: 'worker-has-no-http-transport',
      comment: 'apps/worker is an application context: no Express or Fastify HTTP adapter.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: {
        path: [
          '(^|/)node_modules/(@nestjs/platform-express|@nestjs/platform-fastify|express|fastify)/',
          '^(@nestjs/platform-express|@nestjs/platform-fastify|express|fastify)(/|$)',
        ],
      },
    },
    {
      name: 'cli-imports-no-lib',
      comment: 'apps/cli speaks HTTP to the API: it imports no @custody/* lib and nothing under libs/.',
      severity: 'error',
      from: { path: '^apps/cli/' },
      to: { path: ['^libs/', '^@custody/'] },
    },
    {
      name: 'operation-never-reaches-data',
      comment:
        'libs/operation has no path to libs/data, direct or through any chain of imports: its run gate and ' +
        'materializations ask the DatasetDistributionLookup port, which the apps bind to the data adapter.',
      severity: 'error',
      from: { path: '^libs/operation/' },
      to: { path: '^libs/data/', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'No circular imports anywhere in apps/ and libs/.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(\\.custody|dist|coverage|\\.nx)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
