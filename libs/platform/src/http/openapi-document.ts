import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { openApiComponentSchemas, problemResponseOf } from './api-docs';

export interface OpenApiInfo {
  readonly title: string;
  readonly description: string;
  readonly version: string;
}

/** RFC 9457 problem details with custody's stable code; every error response refers to it. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable PascalCase name of the error' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  description:
    'Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused.',
  schema: { type: 'string' as const, minLength: 1, maxLength: 255 },
};

const problemResponse = problemResponseOf;

type Operation = {
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
  security?: unknown[];
};

/**
 * The API's OpenAPI 3.1 document: Nest's route scan plus the slices' zod schemas as named components (zod emits
 * JSON Schema 2020-12, which is OpenAPI 3.1's schema dialect). Authenticated operations add the bearer scheme's
 * 401/403 answers; authenticated POSTs take `Idempotency-Key`; every operation may answer 400 ValidationFailed.
 */
export function createOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(info.title)
      .setDescription(info.description)
      .setVersion(info.version)
      .setOpenAPIVersion('3.1.0')
      .build(),
  );
  document.openapi = '3.1.0';
  document.components = {
    ...document.components,
    // Tokens are opaque (`cus_…`): no bearerFormat.
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'An opaque custody token (cus_…), from POST /v1/principals or the bootstrap admin token',
      },
    },
    schemas: { ...document.components?.schemas, ...openApiComponentSchemas(), Problem: PROBLEM_SCHEMA },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = value as Operation;
      const authenticated = (operation.security ?? []).length > 0;
      const hasInput = (operation.parameters ?? []).length > 0 || 'requestBody' in operation;
      if (hasInput || path.includes('{')) operation.responses['400'] ??= problemResponse(['ValidationFailed']);
      if (authenticated) {
        operation.responses['401'] ??= problemResponse(['Unauthenticated']);
        operation.responses['403'] ??= problemResponse(['Forbidden']);
        operation.responses['429'] ??= problemResponse(['TooManyRequests']);
      }
      if (authenticated && method === 'post') {
        const parameters = (operation.parameters ??= []);
        if (!parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')) {
          parameters.push(IDEMPOTENCY_KEY_PARAMETER);
        }
        operation.responses['422'] ??= problemResponse(['IdempotencyKeyReused']);
      }
    }
  }
  return document;
}
