import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** JSON Schema of what a slice answers (zod's output side), for MCP output schemas. */
export function outputJsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

const COMPONENTS = '#/components/schemas/';

/**
 * Every response schema an operation documents, under its component name: the zod `.meta({ id })` when the
 * schema has one (views shared by several routes), else the name of the controller (`GetAssetResponse`).
 */
const responseSchemas = z.registry<{ id: string }>();
const responseIds = new Map<string, z.ZodType>();
/** Request bodies, by component name (`RegisterAssetRequest`), converted on the input side. */
const requestSchemas = new Map<string, z.ZodType>();

function baseNameOf(target: object): string {
  const name = (target as { constructor?: { name?: string } }).constructor?.name ?? 'Operation';
  return name.replace(/Controller$/, '') || 'Operation';
}

function uniqueId(taken: (id: string) => boolean, wanted: string): string {
  if (!taken(wanted)) return wanted;
  let n = 2;
  while (taken(`${wanted}${n}`)) n += 1;
  return `${wanted}${n}`;
}

/** The component name of a response schema, registering it on first use. */
export function responseComponentOf(schema: z.ZodType, fallbackName: string): string {
  const known = responseSchemas.get(schema)?.id;
  if (known) return known;
  const declared = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
  const id = uniqueId((candidate) => responseIds.has(candidate), declared ?? fallbackName);
  responseSchemas.add(schema, { id });
  responseIds.set(id, schema);
  return id;
}

/** The component name of a request body schema, registering it on first use. */
export function requestComponentOf(schema: z.ZodType, fallbackName: string): string {
  for (const [id, known] of requestSchemas) if (known === schema) return id;
  const id = uniqueId((candidate) => requestSchemas.has(candidate) || responseIds.has(candidate), fallbackName);
  requestSchemas.set(id, schema);
  return id;
}

/** A request body's `$ref`, named after the controller (`RegisterAssetController` → `RegisterAssetRequest`). */
export function requestBodyRefOf(schema: z.ZodType, target: object): { $ref: string } {
  return { $ref: `${COMPONENTS}${requestComponentOf(schema, `${baseNameOf(target)}Request`)}` };
}

function withoutSchemaKeywords(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * The named component schemas of every documented response (zod's output side) and request body (input side),
 * with references between them as `#/components/schemas/<id>`. zod files views nested under an `id` that no
 * route names itself under `__shared.$defs`; they are lifted to components of their own.
 */
export function openApiComponentSchemas(): Record<string, Record<string, unknown>> {
  const converted = z.toJSONSchema(responseSchemas, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `${COMPONENTS}${id}`,
  }).schemas as Record<string, Record<string, unknown>>;
  const components: Record<string, Record<string, unknown>> = {};
  const { __shared: shared, ...named } = converted;
  for (const [id, schema] of Object.entries(named)) components[id] = withoutSchemaKeywords(schema);
  for (const [id, schema] of Object.entries((shared?.$defs ?? {}) as Record<string, Record<string, unknown>>)) {
    components[id] ??= schema;
  }
  for (const [id, schema] of requestSchemas) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    components[id] = rest;
  }
  const json = JSON.stringify(components).replaceAll(`"${COMPONENTS}__shared#/$defs/`, `"${COMPONENTS}`);
  return JSON.parse(json) as Record<string, Record<string, unknown>>;
}

/**
 * The success answer of an operation, from the slice's own zod output schema (`null` for a body-less 204/202).
 * The same schema is the MCP tool's `output`, so REST and MCP document one shape; in OpenAPI it is a named
 * component (the schema's `.meta({ id })`, else `<Slice>Response`).
 */
export function ZodResponse(status: number, schema: z.ZodType | null, description: string): MethodDecorator {
  return (target, key, descriptor) => {
    if (!schema) return ApiResponse({ status, description })(target, key, descriptor);
    const id = responseComponentOf(schema, `${baseNameOf(target)}Response`);
    return ApiResponse({ status, description, schema: { $ref: `${COMPONENTS}${id}` } })(target, key, descriptor);
  };
}

/**
 * The domain errors an operation can answer, by HTTP status, e.g. `ApiProblems({ 404: ['FamilyNotFound'] })`.
 * Each is documented as application/problem+json naming its stable codes.
 */
export function ApiProblems(byStatus: Record<number, readonly string[]>): MethodDecorator {
  return applyDecorators(
    ...Object.entries(byStatus).map(([status, codes]) =>
      ApiResponse({ status: Number(status), ...problemResponseOf(codes) }),
    ),
  );
}

/** An OpenAPI response: application/problem+json whose `code` is one of these. */
export function problemResponseOf(codes: readonly string[]) {
  return {
    description: `application/problem+json with code ${codes.join(' | ')}`,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: {
          allOf: [
            { $ref: `${COMPONENTS}Problem` },
            { type: 'object' as const, properties: { code: { type: 'string' as const, enum: [...codes] } } },
          ],
        },
      },
    },
  };
}

/** A list's answer: `{ items, nextCursor }` (nextCursor null on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}
