export * from './fake-s3';
