/** `polyvm neo test [--json] PATH...`: runs Neo N3 conformance case files or folders. */
import { UsageError } from '../../core/errors.js';
import { type CaseResult, isCaseFile, loadCaseFile, runFixture } from '../../neo/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson, progress } from '../io.js';
import { collectJsonFiles } from '../json-files.js';

export function test(ctx: CliContext, paths: string[], opts: { json?: boolean }): number {
  const files = collectJsonFiles(ctx, paths, isCaseFile);
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
