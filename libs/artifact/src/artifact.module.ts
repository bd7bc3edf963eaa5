import { Logger, Module } from '@nestjs/common';
import { CUSTODY_CONFIG, CustodyConfig, Persistence } from '@custody/platform';
import { createArtifactBackend } from './adapters/create-artifact-backend';
import { ARTIFACT_BACKEND } from './backend/artifact-backend';
import { ArtifactStoreReadiness } from './backend/artifact-store.readiness';
import { ArtifactDepositor } from './features/deposit-artifact/deposit-artifact.depositor';
import { DepositArtifactTool } from './features/deposit-artifact/deposit-artifact.mcp';
import { FetchArtifactTool } from './features/fetch-artifact/fetch-artifact.mcp';
import { DepositArtifactController } from './features/deposit-artifact/deposit-artifact.http';
import { FetchArtifactController } from './features/fetch-artifact/fetch-artifact.http';
import { GetArtifactMetadataHandler } from './features/get-artifact-metadata/get-artifact-metadata.handler';
import { GetArtifactMetadataController } from './features/get-artifact-metadata/get-artifact-metadata.http';
import { GetArtifactMetadataTool } from './features/get-artifact-metadata/get-artifact-metadata.mcp';
import { lineageSlices } from './slices/lineage.slices';

/**
 * Artifacts: the bytes workers deposit and fetch (ArtifactBackend: durable files, in-memory, S3) and their
 * records (one event stream per artifact); lineage registration sessions, OpenLineage ingest and the lineage graph.
 */
@Module({
  controllers: [
    DepositArtifactController,
    GetArtifactMetadataController,
    FetchArtifactController,
    // lineage
    ...lineageSlices.controllers,
  ],
  providers: [
    {
      provide: ARTIFACT_BACKEND,
      inject: [CUSTODY_CONFIG],
      useFactory: (config: CustodyConfig) => {
        const logger = new Logger('artifacts');
        return createArtifactBackend(config, (message) => logger.log(message));
      },
    },
    ArtifactDepositor,
    GetArtifactMetadataHandler,
    GetArtifactMetadataTool,
    // lineage
    ...lineageSlices.providers,
    // issue 9: artifacts over MCP, and the store's readiness
    DepositArtifactTool,
    FetchArtifactTool,
    ArtifactStoreReadiness,
  ],
})
export class ArtifactModule {
  static readonly persistence: Persistence = { migrations: [...lineageSlices.migrations] };
}
