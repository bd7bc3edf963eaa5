import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository's copy of the OpenLineage 2-0-2 spec (schemas/README.md names its source). */
const SCHEMA_PATH = path.resolve(__dirname, '../../../../../schemas/openlineage-2-0-2.schema.json');

let validator: ValidateFunction | undefined;

function runEventValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(schema);
    validator = ajv.getSchema(`${schema.$id}#/$defs/RunEvent`);
    if (!validator) throw new Error(`no RunEvent definition in ${SCHEMA_PATH}`);
  }
  return validator;
}

/** Problems of a would-be RunEvent against the OpenLineage schema, as `{ path, message }` (none when valid). */
export function openLineageRunEventErrors(value: unknown): { path: string; message: string }[] {
  const validate = runEventValidator();
  if (validate(value)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  const seen = new Set<string>();
  return errors
    .map((e) => ({
      path: e.instancePath.split('/').filter(Boolean).join('.'),
      message: e.keyword === 'required' ? `must have ${String(e.params.missingProperty)}` : (e.message ?? 'is invalid'),
    }))
    .filter((e) => {
      const key = `${e.path}|${e.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
