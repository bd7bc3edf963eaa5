import ts from 'typescript';
import { lineOf, parseSource, readSource, sortFindings, sourceFiles } from './files';

function isNestFactoryCreate(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    return (
      ts.isIdentifier(callee.expression) && callee.expression.text === 'NestFactory' && callee.name.text === 'create'
    );
  }
  if (ts.isElementAccessExpression(callee)) {
    return (
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === 'NestFactory' &&
      ts.isStringLiteralLike(callee.argumentExpression) &&
      callee.argumentExpression.text === 'create'
    );
  }
  return false;
}

/** Gate 6: apps/worker boots an application context only, never an HTTP app (`NestFactory.create(`). */
export function workerHttpApps(root: string): string[] {
  const findings: string[] = [];
  for (const file of sourceFiles(root, ['apps/worker'])) {
    const text = readSource(root, file);
    if (!text.includes('NestFactory')) continue;
    const sourceFile = parseSource(file, text);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isNestFactoryCreate(node)) {
        findings.push(`${file}:${lineOf(node, sourceFile)}: calls NestFactory.create( (use createApplicationContext)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return sortFindings(findings);
}
