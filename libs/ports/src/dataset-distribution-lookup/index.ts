export * from './dataset-distribution-lookup.port';
export * from './in-memory-dataset-distribution-lookup';
export * from './dataset-distribution-lookup.contract';
