export { DataModule } from './data.module';
/** The DatasetDistributionLookup adapter, which the apps bind to DATASET_DISTRIBUTION_LOOKUP from @custody/ports. */
export { PostgresDatasetDistributionLookup } from './adapters/postgres-dataset-distribution-lookup';
/** The StorageCatalogue and DistributionRegistrar adapters (materializations), bound by the apps to their tokens. */
export { DataStorageCatalogue } from './adapters/storage-catalogue.adapter';
export { CommandDistributionRegistrar } from './adapters/command-distribution-registrar.adapter';
