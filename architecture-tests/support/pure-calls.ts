import { isPureFile, lineAt, readSource, sortFindings, sourceFiles, stripComments } from './files';

/** Ambient time and randomness: a pure file takes `now` and new ids as arguments instead. */
const FORBIDDEN: readonly { readonly call: string; readonly pattern: RegExp }[] = [
  { call: 'Date.now()', pattern: /\bDate\s*\.\s*now\s*\(/g },
  // `new Date()` and `new Date`, but not `new Date(someInstant)`.
  { call: 'new Date()', pattern: /\bnew\s+Date\b(?!\s*\(\s*[^\s)])/g },
  { call: 'Math.random()', pattern: /\bMath\s*\.\s*random\s*\(/g },
  { call: 'randomUUID()', pattern: /\brandomUUID\s*\(/g },
];

/** Gate 3: the pure files (aggregates, deciders) never read the clock or a random source. */
export function impureCalls(root: string): string[] {
  const findings: string[] = [];
  for (const file of sourceFiles(root, ['libs', 'apps']).filter(isPureFile)) {
    const code = stripComments(file, readSource(root, file));
    for (const { call, pattern } of FORBIDDEN) {
      for (const match of code.matchAll(pattern)) {
        findings.push(`${file}:${lineAt(code, match.index ?? 0)}: calls ${call}`);
      }
    }
  }
  return sortFindings(findings);
}
