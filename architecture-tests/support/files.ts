import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.custody', '.nx', 'coverage']);

/** The TypeScript sources (no `.d.ts`) under `dirs` of `root`, as sorted posix paths relative to `root`. */
export function sourceFiles(root: string, dirs: readonly string[] = ['apps', 'libs']): string[] {
  const found: string[] = [];
  const walk = (relDir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relDir), { withFileTypes: true })) {
      const rel = `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(rel);
      } else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        found.push(rel);
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(dir);
  return found.sort();
}

/** `*.spec.ts`, `*.int-spec.ts`, `*.contract-spec.ts`: tests, not production code. */
export const isTestFile = (file: string): boolean => /[.-]spec\.ts$/.test(file);

/** The pure files: `libs/<lib>/src/aggregates/**` and every `*.decider.ts` (their specs excluded). */
export const isPureFile = (file: string): boolean =>
  !isTestFile(file) && (/^libs\/[^/]+\/src\/aggregates\//.test(file) || /^(apps|libs)\/.+\.decider\.ts$/.test(file));

export function readSource(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

export function parseSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** 1-based line where a node starts (after its leading comments). */
export function lineOf(node: ts.Node, sourceFile: ts.SourceFile): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

/**
 * The source with every comment blanked (line breaks kept, so offsets and lines still match). Uses the
 * TypeScript parser, so `//` inside a string or a template and regular expressions are left alone.
 */
export function stripComments(file: string, text: string): string {
  const sourceFile = parseSource(file, text);
  const chars = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i += 1) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sourceFile);
    // A token's trivia (whitespace and comments) lies between its full start and its start.
    if (children.length === 0) blank(node.getFullStart(), node.getStart(sourceFile));
    else children.forEach(visit);
  };
  visit(sourceFile);
  return chars.join('');
}

/** The name a decorator is called by: `Get` for `@Get(':id')`, `Access` for `@auth.Access('read')`. */
export function decoratorName(decorator: ts.Decorator): { name: string; called: boolean } | null {
  let expression = decorator.expression;
  const called = ts.isCallExpression(expression);
  if (ts.isCallExpression(expression)) expression = expression.expression;
  if (ts.isIdentifier(expression)) return { name: expression.text, called };
  if (ts.isPropertyAccessExpression(expression)) return { name: expression.name.text, called };
  return null;
}

export function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

/** Sorts findings by file, then by line number (`a.ts:9` before `a.ts:15`). */
export function sortFindings(findings: string[]): string[] {
  return findings.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
