/**
 * go-iost's own files (contracts, ABIs), read at test time from a go-iost checkout named by
 * `POLYVM_GO_IOST` (else `../go-iost` beside the repository): the project keeps no copy of
 * another project's code. Suites whose files are absent report "skipped: data not found".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function goIostDir(): string {
  return resolve(process.env.POLYVM_GO_IOST ?? join(repoRoot, '..', 'go-iost'));
}

/** A go-iost file by its path inside the go-iost repository. */
export function goIostFile(relative: string): {
  path: string;
  found: boolean;
  text: () => string;
  skip: string;
} {
  const path = join(goIostDir(), relative);
  const found = existsSync(path);
  return {
    path,
    found,
    text: () => readFileSync(path, 'utf8'),
    skip: found ? '' : ` (skipped: data not found at ${path})`,
  };
}

/**
 * go-iost's vm_test.go loads a test class without deploying it (LoadAndCall), so several of its
 * test contracts have no `init()`, which deploy requires (validate.js): this adds `init() {}` as
 * the class's first method. inject_gas.js charges it MethodDefinition 2 + FunctionExpression 1 = 3.
 */
export function withInit(code: string): string {
  const out = code.replace(/(class\s+\w+\s*\{)/, '$1\n    init() {}');
  if (out === code) throw new Error('no class declaration to add init() to');
  return out;
}
