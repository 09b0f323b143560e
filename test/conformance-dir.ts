/**
 * Where conformance data lives: `POLYVM_CONFORMANCE_DIR`, else `../shared/conformance`
 * beside the repository. Runners whose data is absent report themselves as skipped.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function conformanceDir(): string {
  return resolve(process.env.POLYVM_CONFORMANCE_DIR ?? join(repoRoot, '..', 'shared', 'conformance'));
}

/** The path of a suite inside the conformance directory and whether it is there. */
export function conformanceSuite(relative: string): { path: string; found: boolean; skipReason: string } {
  const path = join(conformanceDir(), relative);
  const found = existsSync(path);
  return { path, found, skipReason: found ? '' : `skipped: data not found at ${path}` };
}
