import {
  argContext,
  report,
  withChain
} from "./chunk-KRXWYWIA.js";
import {
  NeoChain,
  fromWif,
  gasToken,
  hashToString,
  neoToken,
  parseContractArg,
  storageKey,
  transactionHash
} from "./chunk-MBX3FAV5.js";
import {
  ByteStringItem,
  NULL,
  integer
} from "./chunk-67AMXDAE.js";
import "./chunk-CIILX6KK.js";
import {
  EXIT_OK,
  printJson
} from "./chunk-KJFF2XIJ.js";
import "./chunk-KZLTWOWN.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import {
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neo-wallet.js
async function create(ctx, name, opts) {
  const doc = await withChain(ctx, opts.state, true, (chain) => {
    const a = chain.createAccount(name, opts.wif === void 0 ? void 0 : fromWif(opts.wif));
    return {
      name: a.name,
      address: a.address,
      scripthash: hashToString(a.scriptHash),
      publickey: a.keys[0].publicKey.toString()
    };
  });
  if (opts.json)
    printJson(ctx, doc);
  else
    ctx.io.out(`${doc.name}  ${doc.address}  ${doc.scripthash}
`);
  return EXIT_OK;
}
async function list(ctx, opts) {
  const { network, height, rows } = await withChain(ctx, opts.state, false, (chain) => ({
    network: chain.settings.network,
    height: chain.height,
    rows: chain.accounts().map((a) => ({
      name: a.name,
      address: a.address,
      scripthash: hashToString(a.scriptHash),
      neo: neoToken.balanceOf(chain.store, a.scriptHash).toString(),
      gas: gasToken.balanceOf(chain.store, a.scriptHash).toString()
    }))
  }));
  if (opts.json)
    printJson(ctx, { network, height, accounts: rows });
  else
    for (const r of rows)
      ctx.io.out(`${r.name.padEnd(12)} ${r.address}  NEO ${r.neo}  GAS ${formatGas(BigInt(r.gas))}
`);
  return EXIT_OK;
}
function formatGas(v) {
  const s = v.toString().padStart(9, "0");
  return `${s.slice(0, -8)}.${s.slice(-8)}`;
}
function scale(amount, decimals) {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!m)
    throw new UsageError(`amount: expected a non-negative decimal number, got ${JSON.stringify(amount)}`);
  const frac = m[2] ?? "";
  if (frac.length > decimals)
    throw new UsageError(`amount: at most ${decimals} decimal places for this token`);
  return BigInt(m[1]) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, "0") || "0");
}
async function transfer(ctx, amount, asset, from, to, opts) {
  const r = await withChain(ctx, opts.state, true, (chain) => {
    const token = chain.resolveContract(asset).hash;
    const sender = chain.account(from);
    const receiver = parseContractArg(to.startsWith("@") || to.startsWith("N") || to.startsWith("0x") ? to : `@${to}`, argContext(ctx, chain));
    const decimals = chain.test(NeoChain.callScript(token, "decimals", [])).stack[0]?.getInteger();
    if (decimals === void 0)
      throw new UsageError(`${asset}: decimals() returned nothing`);
    const value = amount === "all" ? chain.test(NeoChain.callScript(token, "balanceOf", [new ByteStringItem(sender.scriptHash)])).stack[0].getInteger() : scale(amount, Number(decimals));
    const script = NeoChain.callScript(token, "transfer", [
      new ByteStringItem(sender.scriptHash),
      receiver,
      integer(value),
      NULL
    ]);
    return chain.send(script, [{ account: sender }]);
  });
  const ok = r.result.state === "HALT" && r.result.stack[0]?.getBoolean() === true;
  const code = report(ctx, r.result, opts.json === true, {
    txid: hashToString(transactionHash(r.tx)),
    blockindex: r.block.index
  });
  return ok ? code : 1;
}
async function storage(ctx, contract, opts) {
  const { c, rows } = await withChain(ctx, opts.state, false, (chain) => {
    const c2 = chain.resolveContract(contract);
    const rows2 = [...chain.store.find(storageKey(c2.id, new Uint8Array(0)))].map(([k, v]) => ({
      key: `0x${Buffer.from(k.subarray(4)).toString("hex")}`,
      value: `0x${Buffer.from(v).toString("hex")}`
    }));
    return { c: c2, rows: rows2 };
  });
  if (opts.json)
    printJson(ctx, { contract: hashToString(c.hash), name: c.manifest.name, id: c.id, storage: rows });
  else {
    ctx.io.out(`${c.manifest.name} ${hashToString(c.hash)} (id ${c.id}): ${rows.length} entries
`);
    for (const r of rows)
      ctx.io.out(`  ${r.key} = ${r.value}
`);
  }
  return EXIT_OK;
}
export {
  create,
  list,
  storage,
  transfer
};
