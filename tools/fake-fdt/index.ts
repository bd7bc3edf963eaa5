export * from './fake-fdt-server';
