// Runs TypeScript sources directly with swc (keeps decorator metadata, resolves the tsconfig path aliases).
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
