import {
  loadVmTestFile,
  runVmTest
} from "./chunk-67AMXDAE.js";
import {
  collectJsonFiles
} from "./chunk-C6M2T3RY.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  printJson,
  progress,
  stopIfClosed
} from "./chunk-KJFF2XIJ.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/neovm-test.js
function test(ctx, paths, opts) {
  const files = collectJsonFiles(ctx, paths);
  const loaded = files.map((f) => [f, loadVmTestFile(f)]);
  const total = loaded.reduce((n, [, f]) => n + f.tests.length, 0);
  const results = [];
  const bar = progress(ctx);
  let failed = 0;
  for (const [path, file] of loaded) {
    stopIfClosed(ctx);
    for (const t of file.tests) {
      const r = runVmTest(file, t);
      results.push({ name: `${path} > ${t.name}`, pass: r.pass, error: r.error });
      if (!r.pass) {
        failed++;
        if (!opts.json)
          ctx.io.out(`FAIL ${path} > ${t.name}
  ${(r.error ?? "").split("\n").join("\n  ")}
`);
      }
      bar.update(`neovm test: ${results.length}/${total}, ${failed} failed`);
    }
  }
  bar.done();
  if (opts.json)
    printJson(ctx, results);
  else
    ctx.io.out(`${results.length - failed} passed, ${failed} failed (${results.length} tests in ${files.length} files)
`);
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
export {
  test
};
