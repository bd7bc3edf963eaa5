export * from './materialization-requester.port';
export * from './in-memory-materialization-requester';
