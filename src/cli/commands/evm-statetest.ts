/** `polyvm evm statetest`: runs state-test files or folders, as geth's `evm statetest`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputFileError } from '../../core/errors.js';
import { parseStateTestFile } from '../../evm/statetest/parse.js';
import { type CaseResult, runStateTests } from '../../evm/statetest/run.js';
import { jsonLineTracer } from '../../evm/tracer.js';
import { type CliContext, cliPath, EXIT_FAILED, EXIT_OK, printJson, progress } from '../io.js';
import { forkArg, readText } from './evm-input.js';

interface Options {
  fork?: string;
  json?: boolean;
  trace?: boolean;
}

function collect(path: string, out: string[]): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new InvalidInputFileError(`${path}: no such file or folder`);
  }
  if (st.isDirectory()) {
    for (const e of readdirSync(path).sort()) {
      const p = join(path, e);
      if (statSync(p).isDirectory() || e.endsWith('.json')) collect(p, out);
    }
  } else out.push(path);
}

export function evmStatetest(ctx: CliContext, paths: string[], opts: Options): number {
  const fork = opts.fork === undefined ? undefined : forkArg(opts.fork);
  const files: string[] = [];
  for (const p of paths) collect(cliPath(ctx, p), files);
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l)) : undefined;
  const results: CaseResult[] = [];
  const bar = progress(ctx);
  const t0 = performance.now();
  files.forEach((file, i) => {
    bar.update(`[${i + 1}/${files.length}] ${file}`);
    results.push(
      ...runStateTests(file, parseStateTestFile(file, readText(ctx, file, 'statetest')), { fork, tracer }),
    );
  });
  bar.done();
  const failed = results.filter((r) => !r.pass);
  if (opts.json) printJson(ctx, results);
  else {
    for (const r of failed) ctx.io.out(`FAIL ${r.name} (${r.fork}): ${r.error ?? ''}\n`);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    ctx.io.out(
      `${results.length - failed.length} passed, ${failed.length} failed, ${results.length} total (${files.length} files, ${secs} s)\n`,
    );
  }
  return failed.length === 0 ? EXIT_OK : EXIT_FAILED;
}
