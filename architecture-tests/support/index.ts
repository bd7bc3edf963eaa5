export { deciderSpecGaps } from './decider-specs';
export { IMPORT_RULES, importViolations } from './depcruise';
export type { ImportRule } from './depcruise';
export { impureCalls } from './pure-calls';
export { REPO_ROOT, fixtureRoot } from './repo';
export { sliceGaps, snakeCase } from './slices';
export { undeclaredRoutes } from './route-access';
export { workerHttpApps } from './worker-transport';
