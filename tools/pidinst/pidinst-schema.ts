import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** The repository root (this file is tools/pidinst/pidinst-schema.ts). */
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The PIDINST 1.0 JSON Schema published by the RDA working group; the repository's own copy (schemas/README.md). */
export const PIDINST_SCHEMA_PATH = path.resolve(REPO_ROOT, 'schemas', 'pidinst-schema-1_0.schema.json');

export interface PidinstValidation {
  readonly valid: boolean;
  /** ajv's errors as `instancePath message` lines. */
  readonly errors: string[];
}

let compiled: ((record: unknown) => PidinstValidation) | undefined;

/** Validates a record against the real schema (draft-07, with formats: uri, email, date). */
export function validatePidinst(record: unknown): PidinstValidation {
  if (!compiled) {
    if (!fs.existsSync(PIDINST_SCHEMA_PATH)) {
      throw new Error(
        `The PIDINST 1.0 schema is missing at ${PIDINST_SCHEMA_PATH} (the repository's copy of the RDA working group's schema).`,
      );
    }
    const schema = JSON.parse(fs.readFileSync(PIDINST_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    compiled = (candidate) => {
      const valid = validate(candidate) as boolean;
      return {
        valid,
        errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
      };
    };
  }
  return compiled(record);
}

/** Jest-friendly: throws with every schema error when the record is not a valid PIDINST 1.0 record. */
export function expectValidPidinst(record: unknown): void {
  const { valid, errors } = validatePidinst(record);
  if (!valid)
    throw new Error(`not a valid PIDINST 1.0 record:\n  ${errors.join('\n  ')}\n${JSON.stringify(record, null, 2)}`);
}
