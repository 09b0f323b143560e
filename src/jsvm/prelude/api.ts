/**
 * In-sandbox host API with IOST's names (go-iost `vm/v8vm/v8/libjs/storage.js`,
 * `blockchain.js`, `console.js`, the `block`/`tx` preload of `sandbox.cc`, `IOSTCrypto`).
 * Every function charges its gas (the schedule in `gas.ts`, mirrored here) to the active
 * frame's meter before reaching the host through the one bridge `H(op, ...)`. The bridge
 * refuses calls when no frame is active, so nothing that runs after a call ends (a late
 * callback) can reach state.
 */
import { GAS } from '../gas.js';

export const API_JS = `
const G = ${JSON.stringify(GAS)};
const frames = [];
let cur = null;
const oogError = (m) => { if (!m.f) m.f = new Error('out of gas'); return m.f; };
function charge(n) {
  const m = cur;
  if (m === null) throw new Error('host API used outside a contract call');
  m.g += n;
  if (m.g > m.l) throw oogError(m);
}
function hc(op, a, b, c, d, e) {
  if (cur === null) throw new Error('host API used outside a contract call');
  return H(op, a, b, c, d, e);
}
const str = (v, what) => {
  if (typeof v !== 'string') throw new Error(what + ' must be string');
  return v;
};
const ramOf = (...parts) => parts.reduce((n, p) => n + p.length, 0) * G.storedByte;
const putCost = (v) => Math.max(G.put, Math.floor(v.length / 10));

const storage = {
  put(k, v, p) {
    if (typeof v !== 'string') throw new Error('storage put must be string');
    str(k, 'storage key');
    charge(putCost(v) + ramOf(k, v));
    return hc('put', k, v, p === undefined ? '' : String(p));
  },
  get(k) { str(k, 'storage key'); charge(G.get); return hc('get', k); },
  has(k) { str(k, 'storage key'); charge(G.get); return hc('has', k); },
  del(k) { str(k, 'storage key'); charge(G.del); return hc('del', k); },
  mapPut(k, f, v, p) {
    if (typeof v !== 'string') throw new Error('storage mapPut must be string');
    str(k, 'storage key'); str(f, 'storage field');
    charge(putCost(v) + ramOf(k, f, f, v));
    return hc('mapPut', k, f, v, p === undefined ? '' : String(p));
  },
  mapHas(k, f) { str(k, 'storage key'); str(f, 'storage field'); charge(G.get); return hc('mapHas', k, f); },
  mapGet(k, f) { str(k, 'storage key'); str(f, 'storage field'); charge(G.get); return hc('mapGet', k, f); },
  mapKeys(k) { str(k, 'storage key'); charge(G.keys); return JSON.parse(hc('mapKeys', k)); },
  mapLen(k) { str(k, 'storage key'); charge(G.keys); return hc('mapLen', k); },
  mapDel(k, f) { str(k, 'storage key'); str(f, 'storage field'); charge(G.del); return hc('mapDel', k, f); },
  globalGet(c, k) { str(c, 'contract'); str(k, 'storage key'); charge(G.get); return hc('globalGet', c, k); },
  globalHas(c, k) { str(c, 'contract'); str(k, 'storage key'); charge(G.get); return hc('globalHas', c, k); },
  globalMapHas(c, k, f) { str(c, 'contract'); str(k, 'storage key'); str(f, 'storage field'); charge(G.get); return hc('globalMapHas', c, k, f); },
  globalMapGet(c, k, f) { str(c, 'contract'); str(k, 'storage key'); str(f, 'storage field'); charge(G.get); return hc('globalMapGet', c, k, f); },
  globalMapKeys(c, k) { str(c, 'contract'); str(k, 'storage key'); charge(G.get); return JSON.parse(hc('globalMapKeys', c, k)); },
  globalMapLen(c, k) { str(c, 'contract'); str(k, 'storage key'); charge(G.get); return hc('globalMapLen', c, k); },
};

function callContract(contract, api, args, withAuth) {
  if (typeof args === 'object') args = JSON.stringify(args);
  str(contract, 'contract'); str(api, 'api'); str(args, 'args');
  const m = cur;
  if (m === null) throw new Error('host API used outside a contract call');
  const res = JSON.parse(H('call', contract, api, args, m.g, withAuth));
  m.g = res.g;
  if (res.f) { m.f = new Error(res.e); throw m.f; }
  if (m.g > m.l) throw oogError(m);
  if (res.e !== undefined) throw new Error(res.e);
  return res.r;
}
const info = (op) => { charge(G.context); return hc(op); };
const contractName = () => JSON.parse(info('contextInfo')).contract_name;
function transfer(from, to, amount, memo) {
  if (!(amount instanceof Float64)) amount = new Float64(amount);
  return callContract('token.iost', 'transfer', ['iost', from, to, amount.toString(), String(memo)], true);
}
const blockchain = {
  transfer,
  withdraw: (to, amount, memo) => transfer(contractName(), to, amount, memo),
  deposit: (from, amount, memo) => transfer(from, contractName(), amount, memo),
  blockInfo: () => info('blockInfo'),
  txInfo: () => info('txInfo'),
  contextInfo: () => info('contextInfo'),
  contractName,
  publisher: () => JSON.parse(info('contextInfo')).publisher,
  contractOwner: () => storage.globalMapGet('system.iost', 'contract_owner', contractName()),
  call: (contract, api, args) => callContract(contract, api, args, false),
  callWithAuth: (contract, api, args) => callContract(contract, api, args, true),
  requireAuth(id, permission) {
    str(id, 'account'); str(permission, 'permission');
    charge(G.auth);
    return hc('requireAuth', id, permission);
  },
  receipt(content) { content = String(content); charge(content.length * G.receiptByte); return hc('receipt', content); },
  event(content) { content = String(content); charge(content.length * G.eventByte); return hc('event', content); },
};

const IOSTCrypto = {
  sha3(msg) { msg = str(msg, 'sha3 message'); charge(G.crypto + msg.length); return hc('sha3', msg); },
  sha3Hex(hex) { hex = str(hex, 'sha3Hex message'); charge(G.crypto + (hex.length >> 1)); return hc('sha3Hex', hex); },
  ripemd160Hex(hex) { hex = str(hex, 'ripemd160Hex message'); charge(G.crypto + (hex.length >> 1)); return hc('ripemd160Hex', hex); },
  verify(algo, msg, sig, pubkey) {
    str(algo, 'algo'); str(msg, 'msg'); str(sig, 'sig'); str(pubkey, 'pubkey');
    charge(G.crypto + msg.length);
    return hc('verify', algo, msg, sig, pubkey);
  },
};

function format(args) {
  return args.map((a) => (typeof a === 'string' ? a : a === undefined ? 'undefined' : JSON.stringify(a))).join(' ');
}
const log = (level) => (...args) => { const text = format(args); charge(text.length); hc('log', level, text); };
const console = { debug: log('Debug'), info: log('Info'), warn: log('Warn'), error: log('Error'), log: log('Info') };

function frameBlock() {
  if (cur === null) throw new Error('block is only available during a contract call');
  if (!cur.block) {
    const b = JSON.parse(info('blockInfo'));
    cur.block = Object.freeze({ number: b.number, parentHash: b.parent_hash, witness: b.witness, time: b.time });
  }
  return cur.block;
}
function frameTx() {
  if (cur === null) throw new Error('tx is only available during a contract call');
  if (!cur.tx) {
    const t = JSON.parse(info('txInfo'));
    cur.tx = Object.freeze({
      time: t.time, hash: t.hash, expiration: t.expiration, gasLimit: t.gas_limit,
      gasRatio: t.gas_ratio, authList: Object.freeze(t.auth_list), publisher: t.publisher,
    });
  }
  return cur.tx;
}
`;
