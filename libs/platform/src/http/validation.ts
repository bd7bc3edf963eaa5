import { Body, Param, PipeTransform, Query, createParamDecorator } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { DomainError, ErrorDetail, isUuid } from '@custody/kernel';
import { z } from 'zod';
import { requestBodyRefOf } from './api-docs';

export function validationFailed(errors: readonly ErrorDetail[], message?: string): DomainError {
  return new DomainError(
    'ValidationFailed',
    'Invalid',
    message ?? errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '),
    errors,
  );
}

export function zodErrors(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        path: [path, ...issue.keys].filter(Boolean).join('.'),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
      };
    }
    return { path, message: issue.message };
  });
}

/** NUL and unpaired surrogates: valid in JSON strings, refused by PostgreSQL's text and jsonb. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A trimmed, non-empty free text of at most `max` characters that PostgreSQL can store. */
export function textInput(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !UNSTORABLE_TEXT.test(value), 'must not contain NUL or unpaired surrogate characters');
}

const UNSTORABLE_ALL = new RegExp(UNSTORABLE_TEXT.source, 'g');
const escapeUnstorable = (text: string): string =>
  text.replace(UNSTORABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Does any string (keys included) hold what PostgreSQL could not store? No allocation on the way (bodies of 10,000 items). */
function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE_TEXT.test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (holdsUnstorableText(item)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      if (UNSTORABLE_TEXT.test(key) || holdsUnstorableText((value as Record<string, unknown>)[key])) return true;
    }
  }
  return false;
}

/** Every string (keys included) that PostgreSQL could not store, with its path. */
export function unstorableText(value: unknown, path: string[] = []): ErrorDetail[] {
  // The paths are made only when there is something to report.
  if (!holdsUnstorableText(value)) return [];
  return unstorableTextAt(value, path);
}

function unstorableTextAt(value: unknown, path: string[]): ErrorDetail[] {
  const here = path.join('.');
  if (typeof value === 'string') {
    return UNSTORABLE_TEXT.test(value)
      ? [{ path: here, message: 'must not contain NUL characters or unpaired surrogates' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableTextAt(item, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      UNSTORABLE_TEXT.test(key)
        ? [
            {
              // The name itself is shown escaped: the problem must be storable and printable too.
              path: [...path, escapeUnstorable(key)].join('.'),
              message: 'field names must not contain NUL characters or unpaired surrogates',
            },
          ]
        : unstorableTextAt(item, [...path, key]),
    );
  }
  return [];
}

/** Parses input against a schema or refuses it with 400 ValidationFailed listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unstorable = unstorableText(input);
  if (unstorable.length > 0) throw validationFailed(unstorable);
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(zodErrors(result.error));
  return result.data;
}

class ZodPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S) {}
  transform(value: unknown): z.output<S> {
    return parseInput(this.schema, value ?? {});
  }
}

class UuidPipe implements PipeTransform {
  constructor(private readonly name: string) {}
  transform(value: unknown): string {
    if (!isUuid(value)) throw validationFailed([{ path: this.name, message: 'must be a UUID' }]);
    return value.toLowerCase();
  }
}

/** JSON Schema of a zod schema for OpenAPI and MCP. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** The request body, validated by the schema (unknown fields refused) and documented in OpenAPI. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor) ApiBody({ schema: requestBodyRefOf(schema, target) })(target, key, descriptor);
    }
    Body(new ZodPipe(schema))(target, key, index);
  };
}

/** The query string, validated by the schema and documented in OpenAPI. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      const properties = (jsonSchemaOf(schema).properties ?? {}) as Record<string, object>;
      const required = new Set((jsonSchemaOf(schema).required ?? []) as string[]);
      if (descriptor) {
        for (const [name, s] of Object.entries(properties)) {
          ApiQuery({ name, required: required.has(name), schema: s })(target, key, descriptor);
        }
      }
    }
    Query(new ZodPipe(schema))(target, key, index);
  };
}

/** A path parameter that must be a UUID; anything else is 400 ValidationFailed naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor) ApiParam({ name, schema: { type: 'string', format: 'uuid' } })(target, key, descriptor);
    }
    Param(name, new UuidPipe(name))(target, key, index);
  };
}

export const RawRequest = createParamDecorator((_data: unknown, ctx) => ctx.switchToHttp().getRequest());
