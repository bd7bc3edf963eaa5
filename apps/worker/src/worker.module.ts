import { DynamicModule, Module } from '@nestjs/common';
import { CustodyConfig, PlatformCoreModule, PlatformWorkerModule } from '@custody/platform';
import { contextModules, contextPersistence } from './contexts';

/** Composition root of the worker: no HTTP transport, only background work. */
@Module({})
export class WorkerModule {
  static forRoot(config: CustodyConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformCoreModule.forRoot({ config, databaseUrl, persistence: contextPersistence, processName: 'worker' }),
        PlatformWorkerModule,
        ...contextModules,
      ],
    };
  }
}
