import {
  runRpcTests
} from "./chunk-NH5ETIF2.js";
import {
  cliPath,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-SOI3VE3B.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/evm-node-rpctest.js
import { existsSync } from "node:fs";
import { join } from "node:path";
async function evmRpctest(ctx, path, opts) {
  const dir = cliPath(ctx, path);
  for (const f of ["genesis.json", "chain.rlp"])
    if (!existsSync(join(dir, f)))
      throw new InvalidInputFileError(`${path}: no ${f} (give the execution-apis tests/ folder)`);
  const r = await runRpcTests(dir);
  const passed = r.results.filter((x) => x.pass).length;
  if (opts.json)
    printJson(ctx, {
      imported: r.imported,
      importError: r.importError ?? null,
      passed,
      total: r.results.length,
      results: r.results
    });
  else {
    ctx.io.out(`chain: ${r.imported} blocks imported${r.importError ? `; import stopped at ${r.importError}` : ""}
`);
    for (const x of r.results)
      if (!x.pass)
        ctx.io.out(`FAIL ${x.file}: ${x.detail ?? ""}
`);
    ctx.io.out(`${passed} passed, ${r.results.length - passed} failed
`);
  }
  return passed === r.results.length && !r.importError ? 0 : 1;
}
export {
  evmRpctest
};
