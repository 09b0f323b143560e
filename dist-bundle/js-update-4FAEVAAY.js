import {
  readContract
} from "./chunk-JBZGPV4T.js";
import {
  JS_TX_FAILED
} from "./chunk-P24OGJJT.js";
import {
  openVm,
  printLogs
} from "./chunk-7T2JWIC2.js";
import "./chunk-V2JWBCNO.js";
import "./chunk-B7JO3TSC.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  errorDocument,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-update.js
async function jsUpdate(ctx, id, file, opts) {
  const { code, abi, signers, gasLimit } = readContract(ctx, file, opts);
  const vm = openVm(ctx, opts.state);
  try {
    const r = await vm.update({ id, code, abi, data: opts.data ?? "", signers, gasLimit });
    printLogs(ctx, r.logs);
    if (r.status === "success") {
      if (opts.json)
        printJson(ctx, { status: "success", id, gasUsed: r.gasUsed });
      else
        ctx.io.out(`updated ${id} (gas used ${r.gasUsed})
`);
      return EXIT_OK;
    }
    if (opts.json)
      printJson(ctx, { ...errorDocument(JS_TX_FAILED, r.error ?? ""), gasUsed: r.gasUsed });
    else
      ctx.io.err(`polyvm: update failed: ${r.error} (gas used ${r.gasUsed})
`);
    return EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
export {
  jsUpdate
};
