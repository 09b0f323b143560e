import {
  reportCases
} from "./chunk-DWB5FINW.js";
import {
  collectJsonFiles
} from "./chunk-C6M2T3RY.js";
import {
  forkArg,
  readText,
  traceOptions
} from "./chunk-TYHROJIW.js";
import {
  progress,
  stopIfClosed
} from "./chunk-KJFF2XIJ.js";
import {
  jsonLineTracer,
  parseStateTestFile,
  runStateTests
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-statetest.js
function evmStatetest(ctx, paths, opts) {
  const fork = opts.fork === void 0 ? void 0 : forkArg(opts.fork);
  const files = collectJsonFiles(ctx, paths);
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : void 0;
  const afterCase = opts.trace || opts.json ? (r) => ctx.io.err(`{"stateRoot": "${r.stateRoot}"}
`) : void 0;
  const results = [];
  const bar = progress(ctx);
  const t0 = performance.now();
  files.forEach((file, i) => {
    stopIfClosed(ctx);
    bar.update(`[${i + 1}/${files.length}] ${file}`);
    results.push(...runStateTests(file, parseStateTestFile(file, readText(ctx, file, "statetest")), {
      fork,
      tracer,
      afterCase
    }));
  });
  bar.done();
  return reportCases(ctx, results, files.length, t0, opts.json === true);
}
export {
  evmStatetest
};
