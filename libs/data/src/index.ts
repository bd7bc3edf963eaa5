export { DataModule } from './data.module';
/** The DatasetDistributionLookup adapter, which the apps bind to DATASET_DISTRIBUTION_LOOKUP from @custody/ports. */
export { PostgresDatasetDistributionLookup } from './adapters/postgres-dataset-distribution-lookup';
// acquisitions (issue 14): the worker app's acquisition job
export { AcquisitionWorkerModule } from './acquisition-worker/acquisition-worker.module';
export { AcquisitionWorker, ACQUISITION_WORKER_PRINCIPAL_ID } from './acquisition-worker/acquisition-worker';
export { acquisitionWorkerSettings } from './acquisition-worker/worker-settings';
export type { AcquisitionWorkerSettings, ServedTiers } from './acquisition-worker/worker-settings';
/** The StorageCatalogue and DistributionRegistrar adapters (materializations), bound by the apps to their tokens. */
export { DataStorageCatalogue } from './adapters/storage-catalogue.adapter';
export { CommandDistributionRegistrar } from './adapters/command-distribution-registrar.adapter';
