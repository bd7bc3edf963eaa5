// Generates TypeScript types from an OpenAPI document with openapi-typescript, as a client author would.
// Usage: node tools/openapi/generate-types.mjs <document.json> <out.d.ts>
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const [input, output] = process.argv.slice(2);
const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')));
writeFileSync(output, astToString(ast));
