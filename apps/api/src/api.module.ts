import { DynamicModule, Module } from '@nestjs/common';
import { CustodyConfig, PlatformCoreModule, PlatformHttpModule } from '@custody/platform';
import { contextModules, contextPersistence } from './contexts';

/** Composition root of the HTTP app: the platform, its HTTP face, and every context. */
@Module({})
export class ApiModule {
  static forRoot(config: CustodyConfig, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformCoreModule.forRoot({ config, databaseUrl, persistence: contextPersistence, processName: 'api' }),
        PlatformHttpModule,
        ...contextModules,
      ],
    };
  }
}
