import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthGuard } from './auth/auth.guard';
import { FailedAuthLimiter } from './auth/failed-auth-limiter';
import { BootstrapAdmin } from './auth/bootstrap-admin';
import { CreatePrincipalController } from './auth/create-principal/create-principal.http';
import { CreatePrincipalTool } from './auth/create-principal/create-principal.mcp';
import { GetCurrentPrincipalController } from './auth/get-current-principal/get-current-principal.http';
import { GetCurrentPrincipalTool } from './auth/get-current-principal/get-current-principal.mcp';
import { PrincipalCache } from './auth/principal-cache';
import { PrincipalsService } from './auth/principals.service';
import { DisablePrincipalController } from './auth/disable-principal/disable-principal.http';
import { DisablePrincipalTool } from './auth/disable-principal/disable-principal.mcp';
import { GetPrincipalController } from './auth/get-principal/get-principal.http';
import { GetPrincipalTool } from './auth/get-principal/get-principal.mcp';
import { ListPrincipalsController } from './auth/list-principals/list-principals.http';
import { ListPrincipalsHandler } from './auth/list-principals/list-principals.handler';
import { ListPrincipalsTool } from './auth/list-principals/list-principals.mcp';
import { RotatePrincipalTokenController } from './auth/rotate-principal-token/rotate-principal-token.http';
import { RotatePrincipalTokenTool } from './auth/rotate-principal-token/rotate-principal-token.mcp';
import { AggregateRepository } from './commands/aggregate-repository';
import { CUSTODY_CONFIG, CustodyConfig } from './config/config';
import { Persistence, openDataSource } from './database/data-source';
import { DATABASE_URL } from './database/tokens';
import { EventStore } from './event-store/event-store';
import { IdempotencyInterceptor, IdempotencyStore } from './http/idempotency';
import { ProblemFilter } from './http/problem.filter';
import { JsonBodyGuard } from './http/request-hardening';
import { SystemClock, UuidV7Generator } from './ids/system';
import { CLOCK, ID_GENERATOR } from './ids/tokens';
import { McpController } from './mcp/mcp.controller';
import { McpRegistry } from './mcp/mcp-registry';
import { HealthController } from './observability/health.controller';
import { HttpMetricsMiddleware } from './observability/http-metrics.middleware';
import { MetricsController } from './observability/metrics.controller';
import { PlatformMetrics } from './observability/metrics';
import { CommandMetrics } from './observability/command-metrics';
import { CustodyLogger, requestLoggingOptions } from './observability/request-logging';
import { ListProjectionsController } from './projections/list-projections/list-projections.http';
import { ListProjectionsTool } from './projections/list-projections/list-projections.mcp';
import { ProjectionDaemon } from './projections/projection-daemon';
import { ProjectionRunner } from './projections/projection-runner';
import { RebuildProjectionController } from './projections/rebuild-projection/rebuild-projection.http';
import { RebuildProjectionTool } from './projections/rebuild-projection/rebuild-projection.mcp';

export interface PlatformOptions {
  readonly config: CustodyConfig;
  /** The PostgreSQL to use: DATABASE_URL, or the embedded server's URL. */
  readonly databaseUrl: string;
  /** Entities and migrations of every bounded context the app hosts. */
  readonly persistence: readonly Persistence[];
  /** `api` or `worker`: names the process in logs. */
  readonly processName: string;
}

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Database, event store, commands, projections, principals, metrics: what both the API and the worker need. */
@Global()
@Module({})
export class PlatformCoreModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const startupLogger = new Logger('database');
    const core = [
      PlatformMetrics,
      EventStore,
      AggregateRepository,
      ProjectionRunner,
      PrincipalsService,
      IdempotencyStore,
    ];
    // issue 10: the token-check cache (disable/rotate call PrincipalCache.invalidate)
    const caches = [{ provide: PrincipalCache, useFactory: () => new PrincipalCache() }];
    return {
      module: PlatformCoreModule,
      imports: [
        DiscoveryModule,
        CqrsModule.forRoot(),
        LoggerModule.forRoot({ pinoHttp: requestLoggingOptions(options.config.logLevel, options.processName) }),
      ],
      providers: [
        { provide: CUSTODY_CONFIG, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        {
          provide: DataSource,
          // A process started while PostgreSQL restarts waits for it (issue 17) instead of exiting.
          useFactory: () =>
            openDataSource(options.databaseUrl, options.persistence, {
              poolSize: options.config.dbPoolSize,
              log: (message) => startupLogger.warn(message),
            }),
        },
        { provide: CLOCK, useClass: SystemClock },
        { provide: ID_GENERATOR, useClass: UuidV7Generator },
        DataSourceLifecycle,
        CustodyLogger,
        CommandMetrics,
        ...core,
        ...caches,
      ],
      exports: [
        CustodyLogger,
        CUSTODY_CONFIG,
        DATABASE_URL,
        DataSource,
        CLOCK,
        ID_GENERATOR,
        CqrsModule,
        DiscoveryModule,
        ...core,
        ...caches,
      ],
    };
  }
}

@Injectable()
class BootstrapAdminOnStart implements OnApplicationBootstrap {
  constructor(private readonly bootstrap: BootstrapAdmin) {}
  onApplicationBootstrap(): Promise<void> {
    return this.bootstrap.ensure();
  }
}

/** The HTTP face: auth guard, problem+json, idempotency, metrics, health, principals, projections, MCP. */
@Module({
  // Health checks through terminus; it logs nothing itself (the readiness answer says what is down).
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [
    HealthController,
    MetricsController,
    CreatePrincipalController,
    GetCurrentPrincipalController,
    // Principal administration (after /me, which `:principalId` would otherwise shadow).
    ListPrincipalsController,
    GetPrincipalController,
    RotatePrincipalTokenController,
    DisablePrincipalController,
    ListProjectionsController,
    RebuildProjectionController,
    McpController,
  ],
  providers: [
    McpRegistry,
    FailedAuthLimiter,
    BootstrapAdmin,
    BootstrapAdminOnStart,
    HttpMetricsMiddleware,
    CreatePrincipalTool,
    GetCurrentPrincipalTool,
    // Principal administration.
    ListPrincipalsHandler,
    ListPrincipalsTool,
    GetPrincipalTool,
    RotatePrincipalTokenTool,
    DisablePrincipalTool,
    ListProjectionsTool,
    RebuildProjectionTool,
    { provide: APP_GUARD, useClass: AuthGuard },
    // After authentication: a JSON route refuses a body that is not JSON (415).
    { provide: APP_GUARD, useClass: JsonBodyGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [McpRegistry],
})
export class PlatformHttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}

/** What only the worker runs: the projection daemon (LISTEN/NOTIFY plus a slow poll). */
@Module({ providers: [ProjectionDaemon] })
export class PlatformWorkerModule {}
