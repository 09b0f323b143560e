import {
  EXIT_FAILED,
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";

// dist/cli/commands/evm-report.js
function reportCases(ctx, results, files, t0, json) {
  const failed = results.filter((r) => !r.pass);
  if (json)
    printJson(ctx, results);
  else {
    for (const r of failed)
      ctx.io.out(`FAIL ${r.name} (${r.fork}): ${r.error ?? ""}
`);
    const secs = ((performance.now() - t0) / 1e3).toFixed(1);
    ctx.io.out(`${results.length - failed.length} passed, ${failed.length} failed, ${results.length} total (${files} files, ${secs} s)
`);
  }
  return failed.length === 0 ? EXIT_OK : EXIT_FAILED;
}

export {
  reportCases
};
