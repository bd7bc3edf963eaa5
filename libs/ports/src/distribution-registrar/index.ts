export * from './distribution-registrar.port';
