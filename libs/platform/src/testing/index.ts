export * from './http-client';
export * from './test-database';
export * from './app-process';
