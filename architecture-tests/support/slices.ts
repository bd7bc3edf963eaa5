import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { parseSource, readSource, sortFindings } from './files';

/** `register-asset` → `register_asset` (and `getAsset` → `get_asset`). */
export function snakeCase(slice: string): string {
  return slice
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s.]+/g, '_')
    .toLowerCase();
}

/** `'x'`, `'x' as const`, `('x')`, `'x' satisfies string` → `x`; anything else → null. */
function literalText(expression: ts.Expression | undefined): string | null {
  let inner = expression;
  while (
    inner &&
    (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner))
  ) {
    inner = inner.expression;
  }
  return inner && ts.isStringLiteralLike(inner) ? inner.text : null;
}

/** The `name = '…'` class properties of an MCP tool file. */
function toolNames(sourceFile: ts.SourceFile): { name: string | null; readonly: boolean }[] {
  const names: { name: string | null; readonly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'name') {
      names.push({
        name: literalText(node.initializer),
        readonly: ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/** The slice folders `libs/<lib>/src/features/<slice>/` under `root`, posix and relative. */
function sliceFolders(root: string): string[] {
  const libs = path.join(root, 'libs');
  if (!fs.existsSync(libs)) return [];
  const folders: string[] = [];
  for (const lib of fs.readdirSync(libs).sort()) {
    const features = path.join(libs, lib, 'src', 'features');
    if (!fs.existsSync(features)) continue;
    for (const entry of fs.readdirSync(features, { withFileTypes: true })) {
      if (entry.isDirectory()) folders.push(`libs/${lib}/src/features/${entry.name}`);
    }
  }
  return folders.sort();
}

/**
 * Gate 9: a command/query slice (a feature folder with a `.handler.ts`) has its HTTP face `<slice>.http.ts` and
 * its MCP face `<slice>.mcp.ts`, and the tool is named after the folder: `readonly name = '<slice_in_snake_case>'`.
 */
export function sliceGaps(root: string): string[] {
  const findings: string[] = [];
  for (const folder of sliceFolders(root)) {
    const slice = path.posix.basename(folder);
    const files = fs.readdirSync(path.join(root, folder));
    const mcp = `${slice}.mcp.ts`;
    if (files.some((file) => file.endsWith('.handler.ts'))) {
      for (const face of [`${slice}.http.ts`, mcp]) {
        if (!files.includes(face)) findings.push(`${folder}: has a handler but no ${face}`);
      }
    }
    if (!files.includes(mcp)) continue;
    const file = `${folder}/${mcp}`;
    const expected = snakeCase(slice);
    const names = toolNames(parseSource(file, readSource(root, file)));
    if (!names.some((n) => n.readonly && n.name === expected)) {
      const declared = names.map((n) => `${n.readonly ? 'readonly ' : ''}name = ${JSON.stringify(n.name)}`);
      findings.push(
        `${file}: must declare readonly name = '${expected}'` +
          (declared.length ? ` (declares ${declared.join(', ')})` : ' (declares no name)'),
      );
    }
  }
  return sortFindings(findings);
}
