export * from './fake-datacite';
