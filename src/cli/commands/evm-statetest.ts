/**
 * `polyvm evm statetest`: runs state-test files or folders (ethereum/tests and
 * execution-spec-tests formats, `.json` or `.json.gz`), as geth's `evm statetest`.
 */
import { type CaseResult, jsonLineTracer, parseStateTestFile, runStateTests } from '../../evm/index.js';
import { type CliContext, progress, stopIfClosed } from '../io.js';
import { collectJsonFiles } from '../json-files.js';
import { forkArg, readText, type TraceFlags, traceOptions } from './evm-input.js';
import { reportCases } from './evm-report.js';

interface Options extends TraceFlags {
  fork?: string;
  json?: boolean;
}

export function evmStatetest(ctx: CliContext, paths: string[], opts: Options): number {
  const fork = opts.fork === undefined ? undefined : forkArg(opts.fork);
  const files = collectJsonFiles(ctx, paths);
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : undefined;
  // geth writes the post-state root of every case to stderr.
  const afterCase =
    opts.trace || opts.json ? (r: CaseResult) => ctx.io.err(`{"stateRoot": "${r.stateRoot}"}\n`) : undefined;
  const results: CaseResult[] = [];
  const bar = progress(ctx);
  const t0 = performance.now();
  files.forEach((file, i) => {
    stopIfClosed(ctx); // the runner records a failed write (--trace) as the case's error
    bar.update(`[${i + 1}/${files.length}] ${file}`);
    results.push(
      ...runStateTests(file, parseStateTestFile(file, readText(ctx, file, 'statetest')), {
        fork,
        tracer,
        afterCase,
      }),
    );
  });
  bar.done();
  return reportCases(ctx, results, files.length, t0, opts.json === true);
}
