import { FinalizeLineageSessionHandler } from '../features/finalize-lineage-session/finalize-lineage-session.handler';
import { FinalizeLineageSessionController } from '../features/finalize-lineage-session/finalize-lineage-session.http';
import { FinalizeLineageSessionTool } from '../features/finalize-lineage-session/finalize-lineage-session.mcp';
import { GetLineageArtifactHandler } from '../features/get-lineage-artifact/get-lineage-artifact.handler';
import { GetLineageArtifactController } from '../features/get-lineage-artifact/get-lineage-artifact.http';
import { GetLineageArtifactTool } from '../features/get-lineage-artifact/get-lineage-artifact.mcp';
import { IngestOpenlineageEventHandler } from '../features/ingest-openlineage-event/ingest-openlineage-event.handler';
import { IngestOpenlineageEventController } from '../features/ingest-openlineage-event/ingest-openlineage-event.http';
import { IngestOpenlineageEventTool } from '../features/ingest-openlineage-event/ingest-openlineage-event.mcp';
import { LinkLineageArtifactsHandler } from '../features/link-lineage-artifacts/link-lineage-artifacts.handler';
import { LinkLineageArtifactsController } from '../features/link-lineage-artifacts/link-lineage-artifacts.http';
import { LinkLineageArtifactsTool } from '../features/link-lineage-artifacts/link-lineage-artifacts.mcp';
import { OpenLineageSessionHandler } from '../features/open-lineage-session/open-lineage-session.handler';
import { OpenLineageSessionController } from '../features/open-lineage-session/open-lineage-session.http';
import { OpenLineageSessionTool } from '../features/open-lineage-session/open-lineage-session.mcp';
import { QueryLineageGraphHandler } from '../features/query-lineage-graph/query-lineage-graph.handler';
import { QueryLineageGraphController } from '../features/query-lineage-graph/query-lineage-graph.http';
import { QueryLineageGraphTool } from '../features/query-lineage-graph/query-lineage-graph.mcp';
import { StageLineageArtifactsHandler } from '../features/stage-lineage-artifacts/stage-lineage-artifacts.handler';
import { StageLineageArtifactsController } from '../features/stage-lineage-artifacts/stage-lineage-artifacts.http';
import { StageLineageArtifactsTool } from '../features/stage-lineage-artifacts/stage-lineage-artifacts.mcp';
import { StageLineageJobsHandler } from '../features/stage-lineage-jobs/stage-lineage-jobs.handler';
import { StageLineageJobsController } from '../features/stage-lineage-jobs/stage-lineage-jobs.http';
import { StageLineageJobsTool } from '../features/stage-lineage-jobs/stage-lineage-jobs.mcp';
import { LineageGraphReader } from '../lineage/lineage-graph-reader';
import { LineageStore } from '../lineage/lineage-store';
import { Lineage1764000040000 } from '../migrations/1764000040000-lineage';
import { LineageByteOrderKeys1765000000000 } from '../migrations/1765000000000-lineage-byte-order-keys';
import { LineageGraphProjection } from '../projections/lineage-graph.projection';

/** Lineage: registration sessions, OpenLineage ingest, and the one graph across contexts. */
export const lineageSlices = {
  controllers: [
    OpenLineageSessionController,
    StageLineageJobsController,
    StageLineageArtifactsController,
    LinkLineageArtifactsController,
    FinalizeLineageSessionController,
    GetLineageArtifactController,
    QueryLineageGraphController,
    IngestOpenlineageEventController,
  ],
  providers: [
    LineageStore,
    LineageGraphReader,
    LineageGraphProjection,
    OpenLineageSessionHandler,
    OpenLineageSessionTool,
    StageLineageJobsHandler,
    StageLineageJobsTool,
    StageLineageArtifactsHandler,
    StageLineageArtifactsTool,
    LinkLineageArtifactsHandler,
    LinkLineageArtifactsTool,
    FinalizeLineageSessionHandler,
    FinalizeLineageSessionTool,
    GetLineageArtifactHandler,
    GetLineageArtifactTool,
    QueryLineageGraphHandler,
    QueryLineageGraphTool,
    IngestOpenlineageEventHandler,
    IngestOpenlineageEventTool,
  ],
  migrations: [Lineage1764000040000, LineageByteOrderKeys1765000000000],
};

/**
 * The lineage batch routes take JSON bodies up to 16 MiB (10,000 artifacts or links in one request); every other
 * route keeps the platform's 2 MiB. Express paths, for the app's body parser.
 */
export const LINEAGE_BATCH_BODIES = {
  paths: [
    '/v1/lineage/sessions/:sessionId/jobs',
    '/v1/lineage/sessions/:sessionId/artifacts',
    '/v1/lineage/sessions/:sessionId/links',
  ],
  limitBytes: 16 * 1024 * 1024,
} as const;
