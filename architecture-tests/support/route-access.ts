import ts from 'typescript';
import {
  decoratorName,
  decoratorsOf,
  isTestFile,
  lineOf,
  parseSource,
  readSource,
  sortFindings,
  sourceFiles,
} from './files';

const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);
const ACCESS_DECORATORS = new Set(['Access', 'Public']);

function names(node: ts.Node): { name: string; called: boolean }[] {
  return decoratorsOf(node)
    .map(decoratorName)
    .filter((d): d is { name: string; called: boolean } => d !== null);
}

const declaresAccess = (node: ts.Node): boolean => names(node).some((d) => d.called && ACCESS_DECORATORS.has(d.name));

/**
 * Gate 10: every route method (`@Get`/`@Post`/`@Put`/`@Patch`/`@Delete`/… in a `@Controller` class) under apps/
 * and libs/ declares its access, `@Access('…')` or `@Public()`, on itself or on its class. Test files may build
 * undeclared routes on purpose (to prove the guard fails closed) and are not checked.
 */
export function undeclaredRoutes(root: string): string[] {
  const findings: string[] = [];
  for (const file of sourceFiles(root, ['apps', 'libs']).filter((f) => !isTestFile(f))) {
    const text = readSource(root, file);
    if (!text.includes('Controller')) continue;
    const sourceFile = parseSource(file, text);
    const visit = (node: ts.Node): void => {
      if (ts.isClassLike(node) && names(node).some((d) => d.name === 'Controller')) {
        const classAccess = declaresAccess(node);
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member)) continue;
          const route = names(member).find((d) => ROUTE_DECORATORS.has(d.name));
          if (!route || classAccess || declaresAccess(member)) continue;
          const method = `${node.name?.text ?? '(anonymous class)'}.${member.name.getText(sourceFile)}`;
          findings.push(
            `${file}:${lineOf(member, sourceFile)}: route ${method} (@${route.name}) declares no @Access(…) or @Public()`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return sortFindings(findings);
}
