export * from './materialization-requester.port';
