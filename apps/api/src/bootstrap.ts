import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CustodyConfig } from '@custody/platform';
import express from 'express';
import type { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { serveDashboard } from './dashboard';

const API_DESCRIPTION = `Chain of custody for a facility's data: instruments and their persistent identifiers, datasets and
their verified copies, processing runs, artifacts and lineage.

Every /v1 route needs \`Authorization: Bearer <token>\`. Errors are \`application/problem+json\` with a stable \`code\`.
Creating POSTs accept \`Idempotency-Key\`. Lists take \`limit\` (1..100, default 50) and \`cursor\`, and answer
\`{ items, nextCursor }\`. MCP (streamable HTTP, stateless) is served at \`POST /mcp\` with the same tokens.`;

/** Builds the HTTP app (not yet listening), so tests and main share exactly one wiring. */
export async function createApiApp(config: CustodyConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    bodyParser: false,
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Artifact deposits stream bodies of up to CUSTODY_MAX_ARTIFACT_BYTES for as long as they take, so no limit on
  // the whole request (Node's default cuts it at 5 minutes); the deposit route drops uploads that stall instead.
  (app.getHttpServer() as Server).requestTimeout = 0;
  serveDashboard(app, config.webDir);
  app.use(express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] }));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('custody')
      .setDescription(API_DESCRIPTION)
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer' })
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      // RFC 9457 problem details with custody's stable code; every error response refers to it.
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          code: { type: 'string' },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['path', 'message'],
              properties: { path: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  };
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
  return app;
}
