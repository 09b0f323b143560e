import {
  forkArg,
  hexArg,
  positiveInt,
  traceOptions
} from "./chunk-TYHROJIW.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  jsonLineTracer,
  runCode
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import {
  bytesToPrefixedHex
} from "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/core/timing.js
var WARMUP = { minRuns: 2, maxRuns: 1e4, ms: 200 };
function warmingUp(i, startMs) {
  return i < WARMUP.minRuns || i < WARMUP.maxRuns && performance.now() - startMs < WARMUP.ms;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// dist/cli/commands/evm-run.js
function evmRun(ctx, opts) {
  const code = hexArg(ctx, opts.code, "--code");
  const input = opts.input === void 0 ? void 0 : hexArg(ctx, opts.input, "--input");
  const gas = positiveInt(opts.gas, "--gas");
  const fork = forkArg(opts.fork);
  const bench = opts.bench === void 0 ? void 0 : Number(positiveInt(opts.bench, "--bench", 1));
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : void 0;
  const r = runCode({ code, input, gas, fork, tracer });
  let timeMs;
  if (bench !== void 0) {
    const w0 = performance.now();
    for (let i = 1; warmingUp(i, w0); i++)
      runCode({ code, input, gas, fork });
    const times = [];
    for (let i = 0; i < bench; i++) {
      const t0 = performance.now();
      runCode({ code, input, gas, fork });
      times.push(performance.now() - t0);
    }
    timeMs = median(times);
  }
  const out = {
    output: bytesToPrefixedHex(r.output),
    gasUsed: r.gasUsed.toString(),
    status: r.status
  };
  if (r.reason)
    out.error = r.reason;
  if (timeMs !== void 0)
    out.timeMs = Number(timeMs.toFixed(3));
  if (opts.json)
    printJson(ctx, out);
  else {
    ctx.io.out(`status: ${r.status}${r.reason ? ` (${r.reason})` : ""}
`);
    ctx.io.out(`output: ${out.output}
gasUsed: ${out.gasUsed}
`);
    if (timeMs !== void 0)
      ctx.io.out(`timeMs: ${out.timeMs} (median of ${bench})
`);
  }
  return r.status === "success" ? EXIT_OK : EXIT_FAILED;
}
export {
  evmRun
};
