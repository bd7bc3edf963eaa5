import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { LINEAGE_BATCH_BODIES } from '@custody/artifact';
import {
  CustodyConfig,
  CustodyLogger,
  answerClientErrorsAsProblems,
  createOpenApiDocument,
  earlyErrorsAsProblems,
  jsonBodyParser,
  refuseEncodedBodies,
  securityHeaders,
} from '@custody/platform';
import type { RequestHandler } from 'express';
import type { Server } from 'node:http';
import { ApiModule } from './api.module';
import { serveDashboard } from './dashboard';

const API_DESCRIPTION = `Chain of custody for a facility's data: instruments and their persistent identifiers, datasets and
their verified copies, processing runs, artifacts and lineage.

Every /v1 route needs \`Authorization: Bearer <token>\`. Errors are \`application/problem+json\` with a stable \`code\`.
Creating POSTs accept \`Idempotency-Key\`. Lists take \`limit\` (1..100, default 50) and \`cursor\`, and answer
\`{ items, nextCursor }\`. MCP (streamable HTTP, stateless) is served at \`POST /mcp\` with the same tokens.`;

/**
 * A middleware for some route patterns only, matched without decoding the path (an undecodable `%ED%A0%80` in a
 * parameter must reach the route's own validation and answer 400, not throw inside express's matcher).
 */
function onPaths(patterns: readonly string[], handler: RequestHandler): RequestHandler {
  const matchers = patterns.map((p) => new RegExp(`^${p.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`));
  return (req, res, next) => (matchers.some((m) => m.test(req.path)) ? handler(req, res, next) : next());
}

/** How long an idle keep-alive connection is kept open by the server. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Builds the HTTP app (not yet listening), so tests and main share exactly one wiring. */
export async function createApiApp(config: CustodyConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    bodyParser: false,
    forceCloseConnections: true,
  });
  app.useLogger(app.get(CustodyLogger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Artifact deposits stream bodies of up to CUSTODY_MAX_ARTIFACT_BYTES for as long as they take, so no limit on
  // the whole request (Node's default cuts it at 5 minutes); the deposit route drops uploads that stall instead.
  (app.getHttpServer() as Server).requestTimeout = 0;
  // Idle keep-alive connections stay open longer than any client keeps them (undici: 4 s, proxies: 60 s), so the
  // client always closes first: a server closing at Node's 5 s races a client sending on the same socket (ECONNRESET).
  (app.getHttpServer() as Server).keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  (app.getHttpServer() as Server).headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  answerClientErrorsAsProblems(app.getHttpServer() as Server);
  app.use(securityHeaders());
  // The dashboard at `/` (its own, stricter-for-HTML CSP); everything else falls through to the API.
  serveDashboard(app, config.webDir);
  // Bodies: no encodings, JSON only (bounded in size and depth); errors here are problem+json too. The lineage
  // batch routes take up to 16 MiB and MCP up to 22 MiB (deposit_artifact: 16 MiB as base64); a body parsed by
  // one of those is skipped by the 2 MiB parser after them.
  app.use(refuseEncodedBodies);
  app.use(onPaths(LINEAGE_BATCH_BODIES.paths, jsonBodyParser(LINEAGE_BATCH_BODIES.limitBytes)));
  app.use('/mcp', jsonBodyParser(22 * 1024 * 1024));
  app.use(jsonBodyParser(), earlyErrorsAsProblems);
  const document = createOpenApiDocument(app, { title: 'custody', description: API_DESCRIPTION, version: '0.1.0' });
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
  return app;
}
