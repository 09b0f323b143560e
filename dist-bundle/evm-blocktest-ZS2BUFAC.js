import {
  reportCases
} from "./chunk-DWB5FINW.js";
import {
  collectJsonFiles
} from "./chunk-C6M2T3RY.js";
import {
  readText,
  traceOptions
} from "./chunk-TYHROJIW.js";
import {
  progress
} from "./chunk-KJFF2XIJ.js";
import {
  jsonLineTracer,
  runBlockTests
} from "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-blocktest.js
function evmBlocktest(ctx, paths, opts) {
  const files = collectJsonFiles(ctx, paths);
  const tracer = opts.trace ? jsonLineTracer((l) => ctx.io.err(l), traceOptions(opts)) : void 0;
  const results = [];
  const bar = progress(ctx);
  const t0 = performance.now();
  files.forEach((file, i) => {
    bar.update(`[${i + 1}/${files.length}] ${file}`);
    results.push(...runBlockTests(file, readText(ctx, file, "blocktest"), { network: opts.fork, tracer }));
  });
  bar.done();
  return reportCases(ctx, results, files.length, t0, opts.json === true);
}
export {
  evmBlocktest
};
