/** `polyvm evm run`: runs code as the contract at an address over an empty state. */
import { bytesToPrefixedHex } from '../../core/bytes.js';
import { median, warmingUp } from '../../core/timing.js';
import { jsonLineTracer, runCode } from '../../evm/index.js';
import { type CliContext, EXIT_FAILED, EXIT_OK, printJson } from '../io.js';
import { forkArg, hexArg, positiveInt, type TraceFlags, traceOptions } from './evm-input.js';

interface RunOptions extends TraceFlags {
  code: string;
  input?: string;
  gas: string;
  fork: string;
  bench?: string;
  json?: boolean;
}

export function evmRun(ctx: CliContext, opts: RunOptions): number {
  const code = hexArg(ctx, opts.code, '--code');
  const input = opts.input === undefined ? undefined : hexArg(ctx, opts.input, '--input');
  const gas = positiveInt(opts.gas, '--gas');
  const fork = forkArg(opts.fork);
  const bench = opts.bench === undefined ? undefined : Number(positiveInt(opts.bench, '--bench', 1));
  // The trace ends with the frame's {"output", "gasUsed"} line, as geth's.
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : undefined;
  const r = runCode({ code, input, gas, fork, tracer });
  let timeMs: number | undefined;
  if (bench !== undefined) {
    const w0 = performance.now();
    for (let i = 1; warmingUp(i, w0); i++) runCode({ code, input, gas, fork }); // the run above was the first
    const times: number[] = [];
    for (let i = 0; i < bench; i++) {
      const t0 = performance.now();
      runCode({ code, input, gas, fork });
      times.push(performance.now() - t0);
    }
    timeMs = median(times);
  }
  const out: Record<string, unknown> = {
    output: bytesToPrefixedHex(r.output),
    gasUsed: r.gasUsed.toString(),
    status: r.status,
  };
  if (r.reason) out.error = r.reason;
  if (timeMs !== undefined) out.timeMs = Number(timeMs.toFixed(3));
  if (opts.json) printJson(ctx, out);
  else {
    ctx.io.out(`status: ${r.status}${r.reason ? ` (${r.reason})` : ''}\n`);
    ctx.io.out(`output: ${out.output}\ngasUsed: ${out.gasUsed}\n`);
    if (timeMs !== undefined) ctx.io.out(`timeMs: ${out.timeMs} (median of ${bench})\n`);
  }
  return r.status === 'success' ? EXIT_OK : EXIT_FAILED;
}
