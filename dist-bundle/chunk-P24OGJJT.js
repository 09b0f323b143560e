import {
  openVm,
  parseGasLimit,
  printLogs,
  requireSigners
} from "./chunk-7T2JWIC2.js";
import {
  keyPair,
  signTx
} from "./chunk-V2JWBCNO.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  errorDocument,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/js-call.js
var JS_TX_FAILED = "JS_TX_FAILED";
async function jsCall(ctx, id, method, args, opts) {
  const signers = requireSigners(opts.signer);
  const gasLimit = parseGasLimit(opts.gasLimit);
  const keys = (opts.key ?? []).map(parseKey);
  if (keys.length > 0 && signers.length !== 1)
    throw new UsageError("--key signs for the publisher: give exactly one --signer");
  const vm = openVm(ctx, opts.state);
  try {
    const r = keys.length > 0 ? await vm.send(signedCall(id, method, args ?? "[]", signers[0], keys, gasLimit)) : await vm.call({ contract: id, method, args: args ?? "[]", signers, gasLimit });
    printLogs(ctx, r.logs);
    if (opts.json) {
      const doc = r.status === "success" ? { status: r.status } : errorDocument(JS_TX_FAILED, r.error ?? "");
      doc.returns = r.returns;
      doc.gasUsed = r.gasUsed;
      doc.receipts = r.receipts;
      doc.events = r.events;
      printJson(ctx, doc);
    } else if (r.status === "success") {
      ctx.io.out(`${JSON.stringify(r.returns)} (gas used ${r.gasUsed})
`);
      for (const x of r.receipts)
        ctx.io.out(`receipt ${x.func_name} ${x.content}
`);
      for (const x of r.events)
        ctx.io.out(`event ${x.contract} ${x.data}
`);
    } else
      ctx.io.err(`polyvm: call failed: ${r.error} (gas used ${r.gasUsed})
`);
    return r.status === "success" ? EXIT_OK : EXIT_FAILED;
  } finally {
    await vm.close();
  }
}
function parseKey(text) {
  const [seckey, algo = "ed25519", ...rest] = text.split(":");
  if (rest.length > 0 || algo !== "ed25519" && algo !== "secp256k1")
    throw new UsageError(`--key: expected SECKEY or SECKEY:ed25519 or SECKEY:secp256k1, got ${JSON.stringify(text)}`);
  try {
    return keyPair(seckey, algo);
  } catch (e) {
    throw new UsageError(`--key: ${e.message}`);
  }
}
function signedCall(contract, actionName, data, publisher, keys, gasLimit) {
  const time = BigInt(Date.now()) * 1000000n;
  const tx = {
    time,
    expiration: time + 90000000000n,
    gasRatio: 100n,
    gasLimit: BigInt(gasLimit ?? 4e6) * 100n,
    delay: 0n,
    chainId: 1024,
    signers: [],
    actions: [{ contract, actionName, data }],
    amountLimit: [],
    signs: [],
    publisher: "",
    publishSigns: []
  };
  return signTx(tx, publisher, keys);
}

export {
  JS_TX_FAILED,
  jsCall
};
