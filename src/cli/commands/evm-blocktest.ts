/**
 * `polyvm evm blocktest`: runs blockchain-test files or folders (ethereum/tests and
 * execution-spec-tests formats, `.json` or `.json.gz`), as geth's `evm blocktest`; `--json`
 * prints the same report shape as `statetest` (name, pass, fork, error).
 */
import { type BlockTestResult, jsonLineTracer, runBlockTests } from '../../evm/index.js';
import { type CliContext, progress } from '../io.js';
import { collectJsonFiles } from '../json-files.js';
import { readText, type TraceFlags, traceOptions } from './evm-input.js';
import { reportCases } from './evm-report.js';

interface Options extends TraceFlags {
  fork?: string;
  json?: boolean;
}

export function evmBlocktest(ctx: CliContext, paths: string[], opts: Options): number {
  const files = collectJsonFiles(ctx, paths);
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : undefined;
  const results: BlockTestResult[] = [];
  const bar = progress(ctx);
  const t0 = performance.now();
  files.forEach((file, i) => {
    bar.update(`[${i + 1}/${files.length}] ${file}`);
    results.push(...runBlockTests(file, readText(ctx, file, 'blocktest'), { network: opts.fork, tracer }));
  });
  bar.done();
  return reportCases(ctx, results, files.length, t0, opts.json === true);
}
