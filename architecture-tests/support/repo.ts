import * as path from 'node:path';

/** The repository root: the real tree every gate must hold on. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** A fixture tree that mimics the repo layout (`apps/`, `libs/`) with planted violations of one gate. */
export function fixtureRoot(gate: string): string {
  return path.resolve(__dirname, '..', 'fixtures', gate);
}
