/**
 * In-sandbox host API with IOST's names (go-iost `vm/v8vm/v8/libjs/storage.js`,
 * `blockchain.js`, `console.js`, the `block`/`tx` preload of `sandbox.cc`, `IOSTCrypto`).
 * The host functions are generated from the host API table (host-api.ts, stubs.ts); each charges
 * its gas (the schedule in `gas.ts`) before reaching the host through the one bridge
 * `H(row, ...)`, and what the host hands back is charged by its size (a stored
 * value read, a map's field list). The bridge refuses calls when no frame is active, so
 * nothing that runs after a call ends (a late callback) can reach state.
 */

import { STUBS, withOps } from './stubs.js';

export const API_JS = withOps(`
let frameBlock = null;
let frameTx = null;
/** go-iost sandbox.h NewCStrChecked: every string a host function takes is at most 65,536 characters. */
const INPUT_MAX_LENGTH = 65536;
const checked = (v) => {
  if (typeof v === 'string' && v.length > INPUT_MAX_LENGTH) throw new PError('input string too long');
  return v;
};
function hc(op, a, b, c, d, e, f) {
  if (!active) throw new PError('host API used outside a contract call');
  checked(a); checked(b); checked(c); checked(d);
  return H(op, a, b, c, d, e, f);
}
const str = (v, what) => {
  if (typeof v !== 'string') throw new PError(what + ' must be string');
  return v;
};
/** go-iost storage.js mapKeys: JSON.parse of the field list, 10 + its length (environment.js). */
function fieldList(text) { charge(10 + text.length); return jsonParse(text); }
const storage = {
  ${STUBS.storage}
};

function callContract(contract, api, args, withAuth) {
  if (typeof args === 'object') args = metredStringify(args);
  checked(str(contract, 'contract')); checked(str(api, 'api')); checked(str(args, 'args'));
  if (!active) throw new PError('host API used outside a contract call');
  const res = jsonParse(H(OP.call, contract, api, args, _IOSTg, withAuth, _IOSTd + S.nestedCallUnits));
  _IOSTg = res.g;
  if (res.f) throw fail(res.e);
  if (_IOSTg > _IOSTl) outOfGas();
  if (res.e !== undefined) throw new PError(res.e);
  return res.r;
}
const contractName = () => jsonParse(blockchain.contextInfo()).contract_name;
function transfer(from, to, amount, memo) {
  if (!(amount instanceof Float64)) amount = new Float64(amount);
  return callContract('token.iost', 'transfer', ['iost', from, to, amount.toString(), toStr(memo)], true);
}
const blockchain = {
  transfer,
  withdraw: (to, amount, memo) => transfer(contractName(), to, amount, memo),
  deposit: (from, amount, memo) => transfer(from, contractName(), amount, memo),
  contractName,
  publisher: () => jsonParse(blockchain.contextInfo()).publisher,
  contractOwner: () => storage.globalMapGet('system.iost', 'contract_owner', contractName()),
  call: (contract, api, args) => callContract(contract, api, args, false),
  callWithAuth: (contract, api, args) => callContract(contract, api, args, true),
  ${STUBS.blockchain}
};

/** UTF-8 bytes of a string (Go's len of the string IOST receives). */
function utf8Len(t) {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = strCharCodeAt(t, i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < t.length && (strCharCodeAt(t, i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
/** Bytes Go's hex.DecodeString gives before its first error (pairs of hex digits from the start). */
function hexLen(t) {
  const hex = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  let n = 0;
  for (let j = 1; j < t.length; j += 2) {
    if (!hex(strCharCodeAt(t, j - 1)) || !hex(strCharCodeAt(t, j))) break;
    n++;
  }
  return n;
}
/** Base58 decoding is quadratic: polyvm's surcharge for texts longer than 128 characters. */
const b58Extra = (t) => (t.length > 128 ? floor((t.length * t.length) / 32) : 0);
/** go-iost vm/v8vm/crypto.go: 100 (cryptGasBase) + the input's bytes (decoded for hex and base58). */
const IOSTCrypto = {
  ${STUBS.IOSTCrypto}
};

/**
 * go-iost libjs/utils.js formatWithOptions: a first argument that is not a string prints the
 * arguments as JSON; otherwise %s (String), %d (an Int64 or BigNumber as its text; for anything
 * else IOST reads the next argument too and prints Number of that one), %v (JSON), %i, %f and
 * %% are replaced while arguments last, and the rest are appended after a space (objects as JSON).
 */
function format(args) {
  const n = args.length;
  const f = args[0];
  if (typeof f !== 'string') return metredStringify(n === 1 ? f : args);
  if (n === 1) return f;
  let out = '';
  let a = 1;
  let last = 0;
  for (let i = 0; i < f.length - 1; i++) {
    if (strCharCodeAt(f, i) !== 37) continue;
    const c = strCharCodeAt(f, ++i);
    if (a === n) {
      if (c === 37) { out += strSlice(f, last, i); last = i + 1; }
      continue;
    }
    let t;
    if (c === 115) t = toStr(args[a++]);
    else if (c === 100) {
      const x = args[a++];
      t = x instanceof Int64 || x instanceof BigNumber ? toStr(x) : PString(numArg(args[a++]));
    } else if (c === 118) t = PString(metredStringify(args[a++]));
    else if (c === 105) t = PString(parseIntRaw(toStr(args[a++])));
    else if (c === 102) t = PString(numberParseFloat(toStr(args[a++])));
    else if (c === 37) { out += strSlice(f, last, i); last = i + 1; continue; }
    else continue;
    if (last !== i - 1) out += strSlice(f, last, i - 1);
    out += t;
    last = i + 1;
  }
  if (last === 0) out = f;
  else if (last < f.length) out += strSlice(f, last);
  for (; a < n; a++) {
    const x = args[a];
    out += ' ' + ((typeof x !== 'object' && typeof x !== 'symbol') || x === null ? toStr(x) : metredStringify(x));
  }
  return out;
}
const log = (level) => (...args) => { const text = format(args); charge(text.length); hc(OP.log, level, text); };
const console = { debug: log('Debug'), info: log('Info'), warn: log('Warn'), error: log('Error'), log: log('Info') };

function getBlock() {
  if (!active) throw new PError('block is only available during a contract call');
  if (frameBlock === null) {
    const b = jsonParse(blockchain.blockInfo());
    frameBlock = objectFreeze({ number: b.number, parentHash: b.parent_hash, witness: b.witness, time: b.time });
  }
  return frameBlock;
}
function getTx() {
  if (!active) throw new PError('tx is only available during a contract call');
  if (frameTx === null) {
    const t = jsonParse(blockchain.txInfo());
    frameTx = objectFreeze({
      time: t.time, hash: t.hash, expiration: t.expiration, gasLimit: t.gas_limit,
      gasRatio: t.gas_ratio, authList: objectFreeze(t.auth_list), publisher: t.publisher,
    });
  }
  return frameTx;
}
`);
