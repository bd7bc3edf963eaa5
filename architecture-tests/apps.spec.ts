import { IMPORT_RULES, importViolations, REPO_ROOT, fixtureRoot, workerHttpApps } from './support';

const fixture = fixtureRoot('apps');

describe('gate 6: apps/worker carries no HTTP transport; apps/cli imports no lib', () => {
  it('holds on the real tree', () => {
    expect(importViolations(REPO_ROOT, IMPORT_RULES.workerTransport)).toEqual([]);
    expect(workerHttpApps(REPO_ROOT)).toEqual([]);
    expect(importViolations(REPO_ROOT, IMPORT_RULES.cliImports)).toEqual([]);
  });

  it('catches the worker importing an HTTP adapter', () => {
    expect(importViolations(fixture, IMPORT_RULES.workerTransport)).toEqual([
      'apps/worker/src/fastify.ts → @nestjs/platform-fastify',
      'apps/worker/src/http.ts → @nestjs/platform-express',
      'apps/worker/src/http.ts → express',
    ]);
  });

  it('catches the worker creating an HTTP app, but not in a comment or in the api', () => {
    expect(workerHttpApps(fixture)).toEqual([
      'apps/worker/src/http.ts:9: calls NestFactory.create( (use createApplicationContext)',
    ]);
  });

  it('catches the cli importing a lib by alias or by path', () => {
    expect(importViolations(fixture, IMPORT_RULES.cliImports)).toEqual([
      'apps/cli/src/commands/assets.ts → libs/equipment/src/features/register-asset/register-asset.command.ts',
      'apps/cli/src/main.ts → libs/platform/src/index.ts',
    ]);
  });
});
