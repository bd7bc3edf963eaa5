export { DataModule } from './data.module';
/** The DatasetDistributionLookup adapter, which the apps bind to DATASET_DISTRIBUTION_LOOKUP from @custody/ports. */
export { PostgresDatasetDistributionLookup } from './adapters/postgres-dataset-distribution-lookup';
