/**
 * The host API, declared once: one row per function the sandbox reaches, with what its
 * in-sandbox stub checks and charges and what the host does. The prelude's stubs
 * (prelude/stubs.ts) and the host's dispatch (host.ts) are both derived from this table; a
 * stub reaches its row through the bridge by the row's index.
 *
 * Names, parameters and argument order follow go-iost `vm/v8vm/v8/libjs/storage.js` and
 * `blockchain.js` (the objects they return), `vm/v8vm/crypto.go` (IOSTCrypto); the host's
 * behaviour `vm/host/db_handler.go` (key rules, payer), `info.go` (JSON shapes) and the gas
 * of `vm/host/costs.go` (the schedule in gas.ts).
 */
import { base58Decode, base58Encode } from '../core/base58.js';
import { bytesToHex, utf8ToBytes } from '../core/bytes.js';
import {
  checkKey,
  fieldList,
  fieldText,
  type HostCall,
  hexBytes,
  putGas,
  ripemd160,
  setFieldText,
  sha3,
  stored,
  verifySignature,
} from './host.js';
import { keys } from './keys.js';
import { chargePut, fieldBytes, keyBytes, refundDel } from './ram-usage.js';
import type { TxState } from './tx-state.js';

/**
 * How a stub checks one argument before the host sees it: `string` must be a string
 * (`LABEL must be string`), `value` too but checked before every other argument (go-iost
 * storage.js: `storage put must be string`), `payer` is optional (`''` when absent, else
 * converted to a string), `text` is converted to a string; `raw` (operations of the prelude's own
 * code) is passed as it is.
 */
export type ParamKind = 'string' | 'value' | 'payer' | 'text' | 'raw';
export interface Param {
  name: string;
  is: ParamKind;
  label?: string;
}

export interface HostFunction {
  /** The sandbox object holding it; absent for operations only the prelude's own code calls. */
  object?: 'storage' | 'blockchain' | 'IOSTCrypto';
  name: string;
  params: readonly Param[];
  /**
   * Gas charged, in order, before the host runs: JavaScript expressions of the prelude over the
   * parameters (`G` is gas.ts's table; `hc(OP.x, …)` reaches another row first).
   */
  gas: readonly string[];
  /** `charge`: the host returns the gas of the work it did; `fieldList`: a map's field list, parsed (metered). */
  result?: 'charge' | 'fieldList';
  /** Runs on the host, on the thread that owns the store; arguments as the stub passed them. */
  host: (x: HostCall, a: string, b: string, c: string, d: string, e: string, f: string) => unknown;
}

const key = (name: string): Param => ({ name, is: 'string', label: 'storage key' });
const field = (name: string): Param => ({ name, is: 'string', label: 'storage field' });
const contract = (name: string): Param => ({ name, is: 'string', label: 'contract' });
const str = (name: string, label: string): Param => ({ name, is: 'string', label });
const value = (name: string, label: string): Param => ({ name, is: 'value', label });
const payer = (name: string): Param => ({ name, is: 'payer' });
const text = (name: string): Param => ({ name, is: 'text' });
const raw = (name: string): Param => ({ name, is: 'raw' });

const GET = ['G.get'];

export const HOST_API: readonly HostFunction[] = [
  // ---- storage (storage.js; db_handler.go) ----
  {
    object: 'storage',
    name: 'put',
    params: [key('k'), value('v', 'storage put'), payer('p')],
    gas: [],
    result: 'charge',
    host: (x, k, v, p) => {
      checkKey(k);
      const bytes = utf8ToBytes(v);
      const vk = keys.value(x.id, k);
      const who = chargePut(x, vk, keys.payer(x.id, k), keyBytes(x.id, k), bytes, p);
      x.cache.put(vk, bytes);
      return putGas(bytes, who, x.id);
    },
  },
  {
    object: 'storage',
    name: 'get',
    params: [key('k')],
    gas: GET,
    host: (x, k) => stored(x, keys.value(x.id, k)),
  },
  {
    object: 'storage',
    name: 'has',
    params: [key('k')],
    gas: GET,
    host: (x, k) => x.cache.has(keys.value(x.id, k)),
  },
  {
    object: 'storage',
    name: 'del',
    params: [key('k')],
    gas: ['G.del'],
    host: (x, k) => {
      checkKey(k);
      const vk = keys.value(x.id, k);
      refundDel(x, vk, keys.payer(x.id, k), keyBytes(x.id, k));
      x.cache.delete(vk);
      return undefined;
    },
  },
  {
    object: 'storage',
    name: 'mapPut',
    params: [key('k'), field('f'), value('v', 'storage mapPut'), payer('p')],
    gas: [],
    result: 'charge',
    host: (x, k, f, v, p) => {
      checkKey(k);
      checkKey(f);
      let rewritten = 0;
      if (!x.cache.has(keys.mapField(x.id, k, f))) {
        // A new field goes last (IOST's order): appended to the stored text, not re-encoded.
        const list = fieldText(x, x.id, k);
        const quoted = JSON.stringify(f);
        rewritten = setFieldText(x, k, list === '[]' ? `[${quoted}]` : `${list.slice(0, -1)},${quoted}]`);
      }
      const bytes = utf8ToBytes(v);
      const fk = keys.mapField(x.id, k, f);
      const who = chargePut(x, fk, keys.mapPayer(x.id, k, f), fieldBytes(x.id, k, f), bytes, p);
      x.cache.put(fk, bytes);
      return putGas(bytes, who, x.id) + 2 * rewritten;
    },
  },
  {
    object: 'storage',
    name: 'mapHas',
    params: [key('k'), field('f')],
    gas: GET,
    host: (x, k, f) => x.cache.has(keys.mapField(x.id, k, f)),
  },
  {
    object: 'storage',
    name: 'mapGet',
    params: [key('k'), field('f')],
    gas: GET,
    host: (x, k, f) => stored(x, keys.mapField(x.id, k, f)),
  },
  {
    object: 'storage',
    name: 'mapKeys',
    params: [key('k')],
    gas: ['G.keys'],
    result: 'fieldList',
    host: (x, k) => fieldText(x, x.id, k),
  },
  {
    object: 'storage',
    name: 'mapLen',
    params: [key('k')],
    gas: ['G.keys'],
    host: (x, k) => fieldList(x, x.id, k).length,
  },
  {
    object: 'storage',
    name: 'mapDel',
    params: [key('k'), field('f')],
    gas: ['G.del'],
    result: 'charge',
    host: (x, k, f) => {
      checkKey(k);
      checkKey(f);
      let rewritten = 0;
      if (x.cache.has(keys.mapField(x.id, k, f)))
        rewritten = setFieldText(x, k, JSON.stringify(fieldList(x, x.id, k).filter((n) => n !== f)));
      const fk = keys.mapField(x.id, k, f);
      refundDel(x, fk, keys.mapPayer(x.id, k, f), fieldBytes(x.id, k, f));
      x.cache.delete(fk);
      return 2 * rewritten;
    },
  },
  {
    object: 'storage',
    name: 'globalGet',
    params: [contract('c'), key('k')],
    gas: GET,
    host: (x, c, k) => stored(x, keys.value(c, k)),
  },
  {
    object: 'storage',
    name: 'globalHas',
    params: [contract('c'), key('k')],
    gas: GET,
    host: (x, c, k) => x.cache.has(keys.value(c, k)),
  },
  {
    object: 'storage',
    name: 'globalMapHas',
    params: [contract('c'), key('k'), field('f')],
    gas: GET,
    host: (x, c, k, f) =>
      c === 'system.iost' && k === 'contract_owner'
        ? x.tx.vm.contractOwner(f) !== null
        : x.cache.has(keys.mapField(c, k, f)),
  },
  {
    object: 'storage',
    name: 'globalMapGet',
    params: [contract('c'), key('k'), field('f')],
    gas: GET,
    host: (x, c, k, f) =>
      c === 'system.iost' && k === 'contract_owner'
        ? x.tx.vm.contractOwner(f)
        : stored(x, keys.mapField(c, k, f)),
  },
  {
    object: 'storage',
    name: 'globalMapKeys',
    params: [contract('c'), key('k')],
    gas: GET,
    result: 'fieldList',
    host: (x, c, k) => fieldText(x, c, k),
  },
  {
    object: 'storage',
    name: 'globalMapLen',
    params: [contract('c'), key('k')],
    gas: GET,
    host: (x, c, k) => fieldList(x, c, k).length,
  },

  // ---- blockchain (blockchain.js; info.go, authority.go, receipt) ----
  {
    object: 'blockchain',
    name: 'blockInfo',
    params: [],
    gas: ['G.context'],
    host: (x) => JSON.stringify(x.tx.block),
  },
  {
    object: 'blockchain',
    name: 'txInfo',
    params: [],
    gas: ['G.context'],
    host: (x) => goJson(x.tx.info),
  },
  {
    object: 'blockchain',
    name: 'contextInfo',
    params: [],
    gas: ['G.context'],
    host: (x) =>
      JSON.stringify({
        contract_name: x.id,
        abi_name: x.frame.api,
        publisher: x.tx.publisher,
        caller: x.frame.caller,
      }),
  },
  {
    object: 'blockchain',
    name: 'requireAuth',
    params: [str('id', 'account'), str('permission', 'permission')],
    gas: ['G.auth'],
    host: (x, id, permission) => x.tx.requireAuth(id, permission),
  },
  {
    object: 'blockchain',
    name: 'receipt',
    params: [text('content')],
    gas: ['content.length * G.receiptByte'],
    host: (x, content) => {
      x.tx.receipts.push({ func_name: `${x.id}/${x.frame.api}`, content });
      return undefined;
    },
  },
  {
    object: 'blockchain',
    name: 'event',
    params: [text('content')],
    gas: ['content.length * G.eventByte'],
    host: (x, content) => {
      x.tx.events.push({ contract: x.id, data: content });
      return undefined;
    },
  },

  // ---- IOSTCrypto (crypto.go: cryptGasBase 100 + the input's bytes) ----
  {
    object: 'IOSTCrypto',
    name: 'sha3',
    params: [str('msg', 'sha3 message')],
    gas: ['G.crypto + utf8Len(msg)'],
    host: (_x, msg) => base58Encode(sha3(utf8ToBytes(msg))),
  },
  {
    object: 'IOSTCrypto',
    name: 'sha3Hex',
    params: [str('hex', 'sha3Hex message')],
    gas: ['G.crypto + hexLen(hex)'],
    host: (_x, hex) => {
      const bytes = hexBytes(hex);
      return bytes ? bytesToHex(sha3(bytes)) : '';
    },
  },
  {
    object: 'IOSTCrypto',
    name: 'ripemd160Hex',
    params: [str('hex', 'ripemd160Hex message')],
    gas: ['G.crypto + hexLen(hex)'],
    host: (_x, hex) => {
      const bytes = hexBytes(hex);
      return bytes ? bytesToHex(ripemd160(bytes)) : '';
    },
  },
  {
    object: 'IOSTCrypto',
    name: 'verify',
    params: [str('algo', 'algo'), str('msg', 'msg'), str('sig', 'sig'), str('pubkey', 'pubkey')],
    // crypto.go goVerify charges the base58-decoded message's bytes; base58 decoding is
    // quadratic, so polyvm charges long arguments first (b58Extra).
    gas: ['b58Extra(msg) + b58Extra(sig) + b58Extra(pubkey)', 'G.crypto + hc(OP.b58len, msg)'],
    host: (_x, algo, msg, sig, pubkey) => verifySignature(algo, msg, sig, pubkey),
  },

  // ---- used by the prelude's own code ----
  {
    name: 'b58len',
    params: [raw('t')],
    gas: [],
    host: (_x, t) => {
      // go-iost crypto.go: invalid base58 decodes to no bytes.
      try {
        return base58Decode(t).length;
      } catch {
        return 0;
      }
    },
  },
  {
    name: 'log',
    params: [raw('level'), raw('text')],
    gas: [],
    host: (x, level, line) => {
      x.tx.logs.push({ level, text: line });
      x.tx.vm.options.onLog?.(level, line);
      return undefined;
    },
  },
  {
    // blockchain.call/callWithAuth: contract, api, args, gas used so far, withAuth, stack units held.
    name: 'call',
    params: [raw('contract'), raw('api'), raw('args'), raw('g'), raw('withAuth'), raw('d')],
    gas: [],
    host: (x, c, api, args, g, withAuth, d) =>
      JSON.stringify(
        x.tx.vm.nestedCall(
          c,
          api,
          args,
          g as unknown as number,
          (withAuth as unknown) === true,
          d as unknown as number,
        ),
      ),
  },
];

/** Each row's index by name: what a stub passes through the bridge. */
export const OP: Readonly<Record<string, number>> = Object.fromEntries(HOST_API.map((r, i) => [r.name, i]));

/** The bridge's dispatch: row `op` of the table, for the transaction's running frame. */
export function hostOp(
  tx: TxState,
  op: number,
  a: string,
  b: string,
  c: string,
  d: string,
  e: string,
  f: string,
): unknown {
  const frame = tx.stack[tx.stack.length - 1];
  if (!frame) throw new Error('host API used outside a contract call');
  const row = HOST_API[op];
  if (row === undefined) throw new Error(`unknown host operation ${op}`);
  return row.host({ tx, frame, cache: tx.vm.cache, id: frame.contract }, a, b, c, d, e, f);
}

/**
 * Go's encoding/json text of a host object (go-iost host info.go json.Marshal): its bigint
 * members written as their exact digits (int64 nanoseconds), and `<`, `>`, `&`, U+2028,
 * U+2029 escaped as Go's HTML-safe default does.
 */
export function goJson(value: Record<string, unknown>): string {
  const members = Object.entries(value).map(
    ([k, v]) => `${JSON.stringify(k)}:${typeof v === 'bigint' ? v.toString() : JSON.stringify(v)}`,
  );
  return `{${members.join(',')}}`.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
