/** `polyvm neo test [--json] PATH...`: runs Neo N3 conformance case files or folders. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputFileError, UsageError } from '../../core/errors.js';
import { type CaseResult, isCaseFile, loadCaseFile, runFixture } from '../../neo/index.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, printJson, progress } from '../io.js';

function caseFiles(ctx: CliContext, paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string, given: boolean) => {
    let dir: boolean;
    try {
      dir = statSync(path).isDirectory();
    } catch {
      throw new InvalidInputFileError(`${path}: no such file or folder`);
    }
    if (!dir) {
      if (given || isCaseFile(path)) out.push(path);
      return;
    }
    for (const name of readdirSync(path).sort()) walk(join(path, name), false);
  };
  for (const p of paths) walk(cliPath(ctx, p), true);
  return out;
}

export function test(ctx: CliContext, paths: string[], opts: { json?: boolean }): number {
  const files = caseFiles(ctx, paths);
  if (files.length === 0) throw new UsageError(`no case files found in ${paths.join(', ')}`);
  const loaded = files.map(loadCaseFile);
  const total = loaded.reduce((n, f) => n + f.fixtures.length, 0);
  const results: CaseResult[] = [];
  const bar = progress(ctx);
  let failed = 0;
  for (const file of loaded) {
    for (const fixture of file.fixtures) {
      const r = runFixture(file, fixture);
      results.push(r);
      if (!r.pass) {
        failed++;
        if (!opts.json) ctx.io.out(`FAIL ${r.name}\n  ${r.error}\n`);
      }
      bar.update(`neo test: ${results.length}/${total}, ${failed} failed`);
    }
  }
  bar.done();
  if (opts.json) printJson(ctx, results);
  else {
    const sum = (k: 'steps' | 'stepsPassed' | 'feesMatched') => results.reduce((n, r) => n + r[k], 0);
    ctx.io.out(
      `${results.length - failed} passed, ${failed} failed (${results.length} fixtures in ${files.length} files; ` +
        `steps: ${sum('stepsPassed')} of ${sum('steps')} passed, ${sum('feesMatched')} with an exact fee)\n`,
    );
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
