/** The end of `evm statetest` and `evm blocktest`: geth's JSON report, or the failures and a summary line. */
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';

interface Case {
  name: string;
  pass: boolean;
  fork?: string;
  error?: string | null;
}

export function reportCases(
  ctx: CliContext,
  results: readonly Case[],
  files: number,
  t0: number,
  json: boolean,
): number {
  const failed = results.filter((r) => !r.pass);
  if (json) printJson(ctx, results);
  else {
    for (const r of failed) ctx.io.out(`FAIL ${r.name} (${r.fork}): ${r.error ?? ''}\n`);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    ctx.io.out(
      `${results.length - failed.length} passed, ${failed.length} failed, ${results.length} total (${files} files, ${secs} s)\n`,
    );
  }
  return failed.length === 0 ? EXIT_OK : EXIT_FAILED;
}
