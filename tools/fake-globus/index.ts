export * from './fake-globus';
