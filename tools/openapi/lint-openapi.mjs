// Validates an OpenAPI document against the version it declares, with Redocly's maintained rules.
// Usage: node tools/openapi/lint-openapi.mjs <document.json>; prints the problems as JSON, exits 1 if any.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

const file = resolve(process.argv[2]);
const config = await createConfig({
  extends: ['minimal'],
  rules: { struct: 'error', 'no-unresolved-refs': 'error', 'operation-operationId-unique': 'error' },
});
const problems = await lintFromString({ source: readFileSync(file, 'utf8'), absoluteRef: file, config });
const errors = problems
  .filter((p) => p.severity === 'error')
  .map((p) => ({ rule: p.ruleId, message: p.message, at: p.location.map((l) => l.pointer).join(' ') }));
process.stdout.write(JSON.stringify(errors, null, 2));
process.exit(errors.length > 0 ? 1 : 0);
