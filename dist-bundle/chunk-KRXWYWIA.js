import {
  ECPoint,
  NeoChain,
  WitnessScope,
  invokeResultToJson,
  parseContractArg,
  parseUInt160,
  stackItemToRpcJson
} from "./chunk-MBX3FAV5.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  cliPath,
  printJson
} from "./chunk-KJFF2XIJ.js";
import {
  LmdbStore
} from "./chunk-VN6NVGIK.js";
import {
  JournaledCache
} from "./chunk-ACMAOO3W.js";
import {
  StateStoreError,
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/cli/commands/neo-shared.js
async function withChain(ctx, state, write, fn) {
  const path = cliPath(ctx, state);
  const store = new LmdbStore(path, { create: write });
  try {
    const cache = new JournaledCache(store);
    if (!write && !NeoChain.exists(cache))
      throw new StateStoreError(`no Neo chain in the state store at ${path} (a command that writes starts one)`);
    const body = () => fn(NeoChain.open(cache));
    return write ? cache.exclusive(body) : body();
  } finally {
    await store.close();
  }
}
var SCOPES = {
  None: WitnessScope.None,
  CalledByEntry: WitnessScope.CalledByEntry,
  Global: WitnessScope.Global
};
function parseSigner(chain, text) {
  const at = text.indexOf(":");
  const account = chain.account(at < 0 ? text : text.slice(0, at));
  if (at < 0)
    return { account };
  let scopes = 0;
  const allowedContracts = [];
  const allowedGroups = [];
  for (const part of text.slice(at + 1).split("+")) {
    const [name, list] = part.split("=");
    if (name === "CustomContracts" && list) {
      scopes |= WitnessScope.CustomContracts;
      for (const h of list.split(","))
        allowedContracts.push(chain.resolveContract(h).hash);
    } else if (name === "CustomGroups" && list) {
      scopes |= WitnessScope.CustomGroups;
      for (const k of list.split(","))
        allowedGroups.push(ECPoint.parse(k));
    } else if (name in SCOPES)
      scopes |= SCOPES[name];
    else
      throw new UsageError(`--signer ${text}: unknown scope ${JSON.stringify(part)}`);
  }
  if (scopes & WitnessScope.Global && scopes !== WitnessScope.Global) {
    throw new UsageError(`--signer ${text}: Global cannot be combined with other scopes`);
  }
  return { account, scopes, allowedContracts, allowedGroups };
}
function argContext(ctx, chain) {
  return {
    addressVersion: chain.settings.addressVersion,
    account: (name) => chain.account(name).scriptHash,
    path: (p) => cliPath(ctx, p)
  };
}
function parseArgs(ctx, chain, args) {
  return args.map((a) => parseContractArg(a, argContext(ctx, chain)));
}
function parseGas(text) {
  if (text === void 0)
    return void 0;
  if (!/^\d+$/.test(text) || BigInt(text) === 0n) {
    throw new UsageError(`--gas: expected a positive integer of datoshi, got ${JSON.stringify(text)}`);
  }
  return BigInt(text);
}
function contractHashArg(chain, id) {
  if (/^0x[0-9a-fA-F]{40}$/.test(id))
    return parseUInt160(id);
  return chain.resolveContract(id).hash;
}
function readable(item) {
  if (item.type !== "ByteString" || typeof item.value !== "string" || item.value === "")
    return "";
  const text = Buffer.from(item.value, "base64").toString("utf8");
  return /^[\x20-\x7e\u00a0-\uffff]*$/.test(text) && !text.includes("\uFFFD") ? `  (${JSON.stringify(text)})` : "";
}
function report(ctx, r, json, extra = {}, stack = true) {
  if (json)
    printJson(ctx, { ...invokeResultToJson(r), ...extra });
  else {
    for (const [k, v] of Object.entries(extra))
      ctx.io.out(`${k}: ${typeof v === "object" ? JSON.stringify(v) : v}
`);
    ctx.io.out(`state: ${r.state}
gas consumed: ${r.gasConsumed} datoshi
`);
    if (r.exception !== null)
      ctx.io.out(`exception: ${r.exception}
`);
    for (const l of r.logs)
      ctx.io.out(`log: ${l.message}
`);
    for (const n of r.notifications) {
      ctx.io.out(`notification: ${n.eventName} ${JSON.stringify(stackItemToRpcJson(n.state))}
`);
    }
    if (!stack)
      return r.state === "HALT" ? EXIT_OK : EXIT_FAILED;
    const top = [...r.stack].reverse().map((i) => stackItemToRpcJson(i));
    ctx.io.out(`result stack (${top.length}, top first):
`);
    for (const item of top)
      ctx.io.out(`  ${JSON.stringify(item)}${readable(item)}
`);
  }
  return r.state === "HALT" ? EXIT_OK : EXIT_FAILED;
}

export {
  withChain,
  parseSigner,
  argContext,
  parseArgs,
  parseGas,
  contractHashArg,
  report
};
