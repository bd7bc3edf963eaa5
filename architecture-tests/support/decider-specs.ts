import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { parseSource, readSource, sortFindings, sourceFiles } from './files';

const FAST_CHECK = 'fast-check';

function importsFastCheck(sourceFile: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (!ts.isStringLiteral(node.moduleSpecifier) || node.moduleSpecifier.text !== FAST_CHECK || !clause) return;
      if (clause.isTypeOnly) return;
      const bindings = clause.namedBindings;
      const onlyTypes =
        !clause.name &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.every((e) => e.isTypeOnly);
      found = !onlyTypes;
      return;
    }
    if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression) &&
      node.moduleReference.expression.text === FAST_CHECK
    ) {
      found = true;
      return;
    }
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text === FAST_CHECK
    ) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Gate 8: every `x.decider.ts` has `x.decider.spec.ts` beside it, and that spec uses fast-check. */
export function deciderSpecGaps(root: string): string[] {
  const findings: string[] = [];
  for (const decider of sourceFiles(root, ['libs', 'apps']).filter((file) => file.endsWith('.decider.ts'))) {
    const spec = decider.replace(/\.decider\.ts$/, '.decider.spec.ts');
    if (!fs.existsSync(path.join(root, spec))) {
      findings.push(`${decider}: no ${path.posix.basename(spec)} beside it`);
    } else if (!importsFastCheck(parseSource(spec, readSource(root, spec)))) {
      findings.push(`${spec}: has no property-based case (does not import ${FAST_CHECK})`);
    }
  }
  return sortFindings(findings);
}
