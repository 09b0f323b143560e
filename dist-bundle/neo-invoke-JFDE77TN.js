import {
  contractHashArg,
  parseArgs,
  parseGas,
  parseSigner,
  report,
  withChain
} from "./chunk-KRXWYWIA.js";
import {
  readScriptArg
} from "./chunk-DCFPIDVL.js";
import {
  NeoChain,
  hashToString,
  serializeTransaction,
  transactionHash
} from "./chunk-MBX3FAV5.js";
import "./chunk-67AMXDAE.js";
import "./chunk-CIILX6KK.js";
import "./chunk-KJFF2XIJ.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neo-invoke.js
async function run(ctx, opts, build) {
  const gas = parseGas(opts.gas);
  if (gas !== void 0 && !opts.test)
    throw new UsageError("--gas applies to --test runs (a transaction pays what it uses)");
  const signers = (chain) => (opts.signer ?? []).map((s) => parseSigner(chain, s));
  if (opts.test) {
    const result = await withChain(ctx, opts.state, false, (chain) => chain.test(build(chain), signers(chain), gas));
    return report(ctx, result, opts.json === true);
  }
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const script = build(chain);
    const list = signers(chain);
    if (list.length === 0)
      list.push({ account: chain.genesisAccount });
    return chain.send(script, list);
  });
  const extra = opts.json ? { tx: Buffer.from(serializeTransaction(r.tx)).toString("base64") } : { txid: hashToString(transactionHash(r.tx)), blockindex: r.block.index };
  return report(ctx, r.result, opts.json === true, extra);
}
function invoke(ctx, contract, method, args, opts) {
  return run(ctx, opts, (chain) => NeoChain.callScript(contractHashArg(chain, contract), method, parseArgs(ctx, chain, args)));
}
function invokeScript(ctx, script, opts) {
  return run(ctx, opts, () => {
    const hex = /^(0x)?([0-9a-fA-F]{2})+$/.test(script);
    if (!hex && !script.startsWith("@") && /^[A-Za-z0-9+/]+={0,2}$/.test(script) && script.length % 4 === 0) {
      return Uint8Array.from(Buffer.from(script, "base64"));
    }
    return readScriptArg(ctx, script, true);
  });
}
export {
  invoke,
  invokeScript
};
