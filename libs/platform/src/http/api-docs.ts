import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** JSON Schema of what a slice answers (zod's output side), for OpenAPI and MCP output schemas. */
export function outputJsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** The same, in the OpenAPI 3.0 dialect the document is written in (`nullable`, no `type: "null"` or `const`). */
function openApiSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as Record<string, unknown>;
  return rest;
}

/**
 * The success answer of an operation, from the slice's own zod output schema (`null` for a body-less 204/202).
 * The same schema is the MCP tool's `output`, so REST and MCP document one shape.
 */
export function ZodResponse(status: number, schema: z.ZodType | null, description: string): MethodDecorator {
  return applyDecorators(
    ApiResponse(schema ? { status, description, schema: openApiSchemaOf(schema) as object } : { status, description }),
  );
}

/**
 * The domain errors an operation can answer, by HTTP status, e.g. `ApiProblems({ 404: ['FamilyNotFound'] })`.
 * Each is documented as application/problem+json naming its stable codes.
 */
export function ApiProblems(byStatus: Record<number, readonly string[]>): MethodDecorator {
  return applyDecorators(
    ...Object.entries(byStatus).map(([status, codes]) =>
      ApiResponse({
        status: Number(status),
        description: `application/problem+json with code ${codes.join(' | ')}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      }),
    ),
  );
}
