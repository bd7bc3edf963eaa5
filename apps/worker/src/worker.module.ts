import { DynamicModule, Global, Module } from '@nestjs/common';
import {
  BACKGROUND_WORK_GATE,
  BackgroundWorkGate,
  CustodyConfig,
  PlatformCoreModule,
  PlatformWorkerModule,
  PlatformMetrics,
} from '@custody/platform';
import {
  AcquisitionWorkerModule,
  CommandDistributionRegistrar,
  DataStorageCatalogue,
  PostgresDatasetDistributionLookup,
} from '@custody/data';
import {
  MaterializationJobModule,
  MaterializationRequesterAdapter,
  TRANSFER_PORTS,
  TransferPorts,
  createTransferPorts,
} from '@custody/operation';
import {
  DATASET_DISTRIBUTION_LOOKUP,
  DISTRIBUTION_REGISTRAR,
  DOI_MINTER,
  MATERIALIZATION_REQUESTER,
  STORAGE_CATALOGUE,
  createDoiMinter,
  meteredDoiMinter,
} from '@custody/ports';
import { contextModules, contextPersistence } from './contexts';

/** Binds the cross-context ports to the adapters the configuration picks (DataCite when configured, else the stub). */
@Global()
@Module({})
class PortsModule {
  static forRoot(config: CustodyConfig, overrides: WorkerOverrides): DynamicModule {
    return {
      module: PortsModule,
      providers: [
        {
          provide: DOI_MINTER,
          inject: [PlatformMetrics],
          useFactory: (metrics: PlatformMetrics) =>
            meteredDoiMinter(createDoiMinter({ datacite: config.datacite }), (scheme, outcome, seconds) =>
              metrics.observePersistentIdMint(scheme, outcome, seconds),
            ),
        },
        { provide: DATASET_DISTRIBUTION_LOOKUP, useClass: PostgresDatasetDistributionLookup },
        // Materializations (issue 13): data answers the job's needs, operation answers the acquisition worker's.
        { provide: STORAGE_CATALOGUE, useClass: DataStorageCatalogue },
        { provide: DISTRIBUTION_REGISTRAR, useClass: CommandDistributionRegistrar },
        { provide: MATERIALIZATION_REQUESTER, useClass: MaterializationRequesterAdapter },
        { provide: TRANSFER_PORTS, useFactory: () => overrides.transferPorts ?? createTransferPorts(config) },
        // A warm standby's background services wait behind it (issue 17); without one they start at once.
        ...(overrides.gate ? [{ provide: BACKGROUND_WORK_GATE, useValue: overrides.gate }] : []),
      ],
      exports: [
        DOI_MINTER,
        DATASET_DISTRIBUTION_LOOKUP,
        STORAGE_CATALOGUE,
        DISTRIBUTION_REGISTRAR,
        MATERIALIZATION_REQUESTER,
        TRANSFER_PORTS,
        ...(overrides.gate ? [BACKGROUND_WORK_GATE] : []),
      ],
    };
  }
}

/** What a test (or the chaos and bench tools) may put in place of the configured adapters. */
export interface WorkerOverrides {
  readonly transferPorts?: TransferPorts;
  /** Set in a worker forked by the standby supervisor (CUSTODY_WORKER_STANDBYS): shut until it is promoted. */
  readonly gate?: BackgroundWorkGate;
}

/** Composition root of the worker: no HTTP transport, only background work. */
@Module({})
export class WorkerModule {
  static forRoot(config: CustodyConfig, databaseUrl: string, overrides: WorkerOverrides = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformCoreModule.forRoot({ config, databaseUrl, persistence: contextPersistence, processName: 'worker' }),
        PortsModule.forRoot(config, overrides),
        PlatformWorkerModule,
        ...contextModules,
        // edge jobs: materializations (issue 13) and acquisitions (issue 14)
        MaterializationJobModule,
        AcquisitionWorkerModule,
      ],
    };
  }
}
