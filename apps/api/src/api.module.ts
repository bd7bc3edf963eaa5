import { DynamicModule, Global, Module } from '@nestjs/common';
import { CustodyConfig, PlatformCoreModule, PlatformHttpModule, PlatformMetrics } from '@custody/platform';
import { CommandDistributionRegistrar, DataStorageCatalogue, PostgresDatasetDistributionLookup } from '@custody/data';
import { MaterializationRequesterAdapter } from '@custody/operation';
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
  static forRoot(config: CustodyConfig): DynamicModule {
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
      ],
      exports: [
        DOI_MINTER,
        DATASET_DISTRIBUTION_LOOKUP,
        STORAGE_CATALOGUE,
        DISTRIBUTION_REGISTRAR,
        MATERIALIZATION_REQUESTER,
      ],
    };
  }
}

/** Composition root of the HTTP app: the platform, its HTTP face, and every context. */
@Module({})
export class ApiModule {
  static forRoot(config: CustodyConfig, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformCoreModule.forRoot({ config, databaseUrl, persistence: contextPersistence, processName: 'api' }),
        PortsModule.forRoot(config),
        PlatformHttpModule,
        ...contextModules,
      ],
    };
  }
}
