import {
  isCaseFile,
  loadCaseFile,
  runFixture
} from "./chunk-MBX3FAV5.js";
import "./chunk-67AMXDAE.js";
import "./chunk-CIILX6KK.js";
import {
  collectJsonFiles
} from "./chunk-C6M2T3RY.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  printJson,
  progress
} from "./chunk-KJFF2XIJ.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neo-test.js
function test(ctx, paths, opts) {
  const files = collectJsonFiles(ctx, paths, isCaseFile);
  if (files.length === 0)
    throw new UsageError(`no case files found in ${paths.join(", ")}`);
  const loaded = files.map(loadCaseFile);
  const total = loaded.reduce((n, f) => n + f.fixtures.length, 0);
  const results = [];
  const bar = progress(ctx);
  let failed = 0;
  for (const file of loaded) {
    for (const fixture of file.fixtures) {
      const r = runFixture(file, fixture);
      results.push(r);
      if (!r.pass) {
        failed++;
        if (!opts.json)
          ctx.io.out(`FAIL ${r.name}
  ${r.error}
`);
      }
      bar.update(`neo test: ${results.length}/${total}, ${failed} failed`);
    }
  }
  bar.done();
  if (opts.json)
    printJson(ctx, results);
  else {
    const sum = (k) => results.reduce((n, r) => n + r[k], 0);
    ctx.io.out(`${results.length - failed} passed, ${failed} failed (${results.length} fixtures in ${files.length} files; steps: ${sum("stepsPassed")} of ${sum("steps")} passed, ${sum("feesMatched")} with an exact fee)
`);
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
export {
  test
};
