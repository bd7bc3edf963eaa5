#!/usr/bin/env node
// The `custody` command's entry (package.json "bin"): runs the TypeScript sources through swc, like npm start.
require('../../../tools/register.js');
require('../src/main.ts');
