/**
 * Host side of the sandbox bridge: one function per operation the prelude's API reaches,
 * with go-iost's behaviour (`vm/host/db_handler.go` key rules, `info.go` JSON shapes,
 * `vm/v8vm/crypto.go`). Gas is charged inside the isolate before the bridge is called;
 * nested calls come back through `call`. Everything here runs synchronously on the thread
 * that owns the isolate and the store.
 */

import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { base58Decode, base58Encode } from '../core/base58.js';
import { bytesToHex, utf8ToBytes } from '../core/bytes.js';
import type { TxState } from './engine.js';
import { GAS } from './gas.js';
import { keys } from './keys.js';

const decoder = new TextDecoder();

/** SHA3-256 (FIPS 202) by OpenSSL: the same digest as @noble/hashes, an order of magnitude faster. */
const sha3 = (bytes: Uint8Array) => new Uint8Array(createHash('sha3-256').update(bytes).digest());

/** IOST's key and field rule: 1 to 64 characters, printable ASCII without `-` and `@`. */
/**
 * go-iost vm/host/db_handler.go Put/MapPut: max(PutCost 300, len(sv) / 10), sv the stored text
 * `s` + value + `@` + payer (vm/database/serializer.go), the payer the ramPayer argument or
 * else the contract (polyvm keeps no payer per value).
 */
function putGas(value: Uint8Array, payer: string, contract: string): number {
  const sv = 2 + value.length + utf8ToBytes(payer === '' ? contract : payer).length;
  return Math.max(GAS.put, Math.floor(sv / 10));
}

export function checkKey(key: string): void {
  const len = utf8ToBytes(key).length;
  if (len === 0 || len > 64) throw new Error(`key or field length invalid. expected [1, 64], actual ${len}`);
  for (const ch of key) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || c > 126 || ch === '-' || ch === '@') throw new Error(`key or field has invalid char, ${c}`);
  }
}

function hexBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return undefined;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function verify(algo: string, msg: string, sig: string, pub: string): number {
  try {
    // IOST decodes invalid base58 as empty bytes, which then fail verification.
    const m = base58Decode(msg);
    const s = base58Decode(sig);
    const p = base58Decode(pub);
    if (algo === 'ed25519') return ed25519.verify(s, m, p) ? 1 : 0;
    if (algo === 'secp256k1') return secp256k1.verify(s.subarray(0, 64), m, p, { prehash: false }) ? 1 : 0;
  } catch {
    return 0;
  }
  return 0;
}

/** The operations reachable from the sandbox, by name. */
export function hostOp(
  tx: TxState,
  op: string,
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  e: unknown,
  f: unknown,
): unknown {
  const frame = tx.stack[tx.stack.length - 1];
  if (!frame) throw new Error('host API used outside a contract call');
  const cache = tx.vm.cache;
  const id = frame.contract;
  const str = (bytes: Uint8Array | undefined) => (bytes === undefined ? null : decoder.decode(bytes));
  /** A map's field list as stored: the JSON text of an array of strings. */
  const fieldText = (contract: string, key: string): string => {
    const raw = cache.get(keys.mapIndex(contract, key));
    return raw === undefined ? '[]' : decoder.decode(raw);
  };
  const mapKeys = (contract: string, key: string): string[] =>
    JSON.parse(fieldText(contract, key)) as string[];
  /** Stores a map's field list; returns its length in characters (the work, charged by the prelude). */
  const setFieldText = (key: string, text: string): number => {
    if (text === '[]') cache.delete(keys.mapIndex(id, key));
    else cache.put(keys.mapIndex(id, key), utf8ToBytes(text));
    return text.length;
  };
  switch (op) {
    case 'put': {
      checkKey(a as string);
      const value = utf8ToBytes(b as string);
      cache.put(keys.value(id, a as string), value);
      return putGas(value, c as string, id);
    }
    case 'get':
      return str(cache.get(keys.value(id, a as string)));
    case 'has':
      return cache.has(keys.value(id, a as string));
    case 'del':
      checkKey(a as string);
      cache.delete(keys.value(id, a as string));
      return undefined;
    case 'mapPut': {
      checkKey(a as string);
      checkKey(b as string);
      let rewritten = 0;
      if (!cache.has(keys.mapField(id, a as string, b as string))) {
        // A new field goes last (IOST's order): appended to the stored text, not re-encoded.
        const text = fieldText(id, a as string);
        const field = JSON.stringify(b as string);
        rewritten = setFieldText(
          a as string,
          text === '[]' ? `[${field}]` : `${text.slice(0, -1)},${field}]`,
        );
      }
      const value = utf8ToBytes(c as string);
      cache.put(keys.mapField(id, a as string, b as string), value);
      return putGas(value, d as string, id) + 2 * rewritten;
    }
    case 'mapGet':
      return str(cache.get(keys.mapField(id, a as string, b as string)));
    case 'mapHas':
      return cache.has(keys.mapField(id, a as string, b as string));
    case 'mapKeys':
      return fieldText(id, a as string);
    case 'mapLen':
      return mapKeys(id, a as string).length;
    case 'mapDel': {
      checkKey(a as string);
      checkKey(b as string);
      let rewritten = 0;
      if (cache.has(keys.mapField(id, a as string, b as string)))
        rewritten = setFieldText(
          a as string,
          JSON.stringify(mapKeys(id, a as string).filter((x) => x !== b)),
        );
      cache.delete(keys.mapField(id, a as string, b as string));
      return rewritten;
    }
    case 'globalGet':
      return str(cache.get(keys.value(a as string, b as string)));
    case 'globalHas':
      return cache.has(keys.value(a as string, b as string));
    case 'globalMapGet':
      if (a === 'system.iost' && b === 'contract_owner') return tx.vm.contractOwner(c as string);
      return str(cache.get(keys.mapField(a as string, b as string, c as string)));
    case 'globalMapHas':
      if (a === 'system.iost' && b === 'contract_owner') return tx.vm.contractOwner(c as string) !== null;
      return cache.has(keys.mapField(a as string, b as string, c as string));
    case 'globalMapKeys':
      return fieldText(a as string, b as string);
    case 'globalMapLen':
      return mapKeys(a as string, b as string).length;
    case 'contextInfo':
      return JSON.stringify({
        contract_name: id,
        abi_name: frame.api,
        publisher: tx.publisher,
        caller: frame.caller,
      });
    case 'blockInfo':
      return JSON.stringify(tx.block);
    case 'txInfo':
      return JSON.stringify(tx.info);
    case 'requireAuth':
      return tx.requireAuth(a as string, b as string);
    case 'receipt':
      tx.receipts.push({ func_name: `${id}/${frame.api}`, content: a as string });
      return undefined;
    case 'event':
      tx.events.push({ contract: id, data: a as string });
      return undefined;
    case 'sha3':
      return base58Encode(sha3(utf8ToBytes(a as string)));
    case 'sha3Hex': {
      const bytes = hexBytes(a as string);
      return bytes ? bytesToHex(sha3(bytes)) : '';
    }
    case 'ripemd160Hex': {
      const bytes = hexBytes(a as string);
      return bytes ? bytesToHex(ripemd160(bytes)) : '';
    }
    case 'verify':
      return verify(a as string, b as string, c as string, d as string);
    case 'b58len':
      // go-iost crypto.go goVerify charges the decoded message's bytes (invalid base58: none).
      try {
        return base58Decode(a as string).length;
      } catch {
        return 0;
      }
    case 'log':
      tx.logs.push({ level: a as string, text: b as string });
      tx.vm.options.onLog?.(a as string, b as string);
      return undefined;
    case 'call':
      return JSON.stringify(
        tx.vm.nestedCall(a as string, b as string, c as string, d as number, e === true, f as number),
      );
    default:
      throw new Error(`unknown host operation ${op}`);
  }
}
