import {
  argContext,
  report,
  withChain
} from "./chunk-KRXWYWIA.js";
import {
  hashToString,
  parseContractArg,
  parseManifest,
  parseNef,
  transactionHash
} from "./chunk-MBX3FAV5.js";
import {
  NULL
} from "./chunk-67AMXDAE.js";
import "./chunk-CIILX6KK.js";
import {
  cliPath
} from "./chunk-KJFF2XIJ.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  InvalidInputFileError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neo-deploy.js
import { readFileSync } from "node:fs";
function read(ctx, path) {
  try {
    return Uint8Array.from(readFileSync(cliPath(ctx, path)));
  } catch (error) {
    throw new InvalidInputFileError(`${path}: cannot read: ${error.message}`, { cause: error });
  }
}
async function deploy(ctx, nefPath, opts) {
  const manifestPath = opts.manifest ?? nefPath.replace(/\.nef$/, ".manifest.json");
  const nef = read(ctx, nefPath);
  const manifest = read(ctx, manifestPath);
  parseNef(nef);
  const name = parseManifest(manifest).name;
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const signer = { account: chain.account(opts.signer ?? "genesis") };
    const data = opts.data === void 0 ? NULL : parseContractArg(opts.data, argContext(ctx, chain));
    return chain.deploy(nef, manifest, signer, data);
  });
  return report(ctx, r.result, opts.json === true, {
    contract: { name, hash: hashToString(r.hash) },
    txid: hashToString(transactionHash(r.tx)),
    blockindex: r.block.index
  }, false);
}
export {
  deploy
};
