// One run, four tiers. The tiers needing PostgreSQL share one server started in globalSetup; each test file
// gets a fresh database cloned from a migrated template (see libs/platform/src/testing).
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.custody', '<rootDir>/dist'],
};

module.exports = {
  maxWorkers: 2,
  // Jest applies the run's testTimeout to hooks (the projects' own testTimeout does not reach beforeAll): a fresh
  // database and an app per file may take more than the default 5 s on a busy 2-core machine.
  testTimeout: 30_000,
  globalSetup: '<rootDir>/tools/jest/global-setup.js',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      ...common,
      // A fresh database and an app per file: hooks may take seconds on a busy 2-core machine.
      testTimeout: 30_000,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/libs/**/*.int-spec.ts',
        '<rootDir>/apps/**/*.int-spec.ts',
        '<rootDir>/tools/**/*.int-spec.ts',
      ],
    },
    {
      ...common,
      testTimeout: 30_000,
      displayName: 'contract',
      testMatch: ['<rootDir>/apps/**/*.contract-spec.ts', '<rootDir>/libs/**/*.contract-spec.ts'],
    },
    {
      ...common,
      testTimeout: 60_000,
      displayName: 'architecture',
      testMatch: ['<rootDir>/architecture-tests/**/*.spec.ts'],
      testPathIgnorePatterns: ['/fixtures/'],
    },
  ],
};
