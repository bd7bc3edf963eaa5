import { Injectable } from '@nestjs/common';
import { ErrorDetail } from '@custody/kernel';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const MAX_REPORTED_ERRORS = 20;
const CACHED_VALIDATORS = 500;

/**
 * A fresh Ajv per schema: a method's schema may carry its own `$id`, which would clash inside a shared instance.
 * Draft 2020-12 unless the schema names draft-07 in `$schema`. Not strict: JSON Schema allows keywords it does
 * not know (annotations such as `x-unit`). No `loadSchema`: a remote `$ref` is never fetched, it fails to compile.
 */
function ajvFor(schema: Record<string, unknown>): Ajv {
  const draft07 = typeof schema.$schema === 'string' && schema.$schema.includes('draft-07');
  const options = { strict: false, allErrors: true, addUsedSchema: false } as const;
  const ajv = draft07 ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  return ajv;
}

function compile(schema: Record<string, unknown>): ValidateFunction {
  return ajvFor(schema).compile(schema);
}

/** Why a method's parametersSchema is not a usable JSON Schema (empty when it is), for 400 ValidationFailed. */
export function parametersSchemaErrors(schema: Record<string, unknown>): ErrorDetail[] {
  const ajv = ajvFor(schema);
  try {
    if (!ajv.validateSchema(schema)) {
      return (ajv.errors ?? []).slice(0, MAX_REPORTED_ERRORS).map((e) => ({
        path: `parametersSchema${pointerPath(e.instancePath)}`,
        message: `not a valid JSON Schema: ${e.message ?? 'invalid'}`,
      }));
    }
    ajv.compile(schema);
    return [];
  } catch (error) {
    return [{ path: 'parametersSchema', message: `not a usable JSON Schema: ${(error as Error).message}` }];
  }
}

function pointerPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`)
    .join('');
}

function toDetail(error: ErrorObject): ErrorDetail {
  const extra =
    error.keyword === 'additionalProperties'
      ? `: ${String((error.params as { additionalProperty?: string }).additionalProperty)}`
      : '';
  return { path: `parameters${pointerPath(error.instancePath)}`, message: `${error.message ?? 'invalid'}${extra}` };
}

/**
 * Validates run parameters against their method's schema. Methods never change once registered, so the compiled
 * validator is kept per method (a bounded number of them).
 */
@Injectable()
export class ParametersValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  errors(methodId: string, schema: Record<string, unknown> | null, parameters: unknown): ErrorDetail[] {
    if (schema === null) return [];
    let validate = this.validators.get(methodId);
    if (!validate) {
      try {
        validate = compile(schema);
      } catch (error) {
        // Checked at registration; a schema that no longer compiles (a library upgrade) refuses, never a 500.
        return [{ path: 'parameters', message: `the method's schema cannot be used: ${(error as Error).message}` }];
      }
      if (this.validators.size >= CACHED_VALIDATORS) {
        this.validators.delete(this.validators.keys().next().value as string);
      }
      this.validators.set(methodId, validate);
    }
    if (validate(parameters)) return [];
    return (validate.errors ?? []).slice(0, MAX_REPORTED_ERRORS).map(toDetail);
  }
}
