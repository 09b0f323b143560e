/**
 * Host side of the sandbox bridge: the helpers the rows of the host API table (host-api.ts)
 * share, with go-iost's behaviour
 * (`vm/host/db_handler.go` key rules and put price, `vm/v8vm/crypto.go`). Gas is charged
 * inside the isolate before the bridge is called. Everything here runs synchronously on the thread that owns the isolate and the store.
 */

import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ripemd160 as ripemd } from '@noble/hashes/legacy.js';
import { base58Decode } from '../core/base58.js';
import { utf8ToBytes } from '../core/bytes.js';
import type { JournaledCache } from '../state/index.js';
import { GAS } from './gas.js';
import { keys } from './keys.js';
import type { Frame, TxState } from './tx-state.js';

const decoder = new TextDecoder();

/** What a host function sees: the transaction, its running frame, the state and the frame's contract. */
export interface HostCall {
  tx: TxState;
  frame: Frame;
  cache: JournaledCache;
  id: string;
}

/** SHA3-256 (FIPS 202) by OpenSSL: the same digest as @noble/hashes, an order of magnitude faster. */
export const sha3 = (bytes: Uint8Array) => new Uint8Array(createHash('sha3-256').update(bytes).digest());
export const ripemd160 = (bytes: Uint8Array) => ripemd(bytes);

/**
 * go-iost vm/host/db_handler.go Put/MapPut: max(PutCost 300, len(sv) / 10), sv the stored text
 * `s` + value + `@` + payer (vm/database/serializer.go), the payer the ramPayer argument or
 * else the contract.
 */
export function putGas(value: Uint8Array, payer: string, contract: string): number {
  const sv = 2 + value.length + utf8ToBytes(payer === '' ? contract : payer).length;
  return Math.max(GAS.put, Math.floor(sv / 10));
}

/** IOST's key and field rule: 1 to 64 characters, printable ASCII without `-` and `@`. */
export function checkKey(key: string): void {
  const len = utf8ToBytes(key).length;
  if (len === 0 || len > 64) throw new Error(`key or field length invalid. expected [1, 64], actual ${len}`);
  for (const ch of key) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || c > 126 || ch === '-' || ch === '@') throw new Error(`key or field has invalid char, ${c}`);
  }
}

/** A stored value as text, `null` when absent. */
export function stored(x: HostCall, k: Uint8Array): string | null {
  const v = x.cache.get(k);
  return v === undefined ? null : decoder.decode(v);
}

/** A map's field list as stored: the JSON text of an array of strings, in insertion order. */
export function fieldText(x: HostCall, contract: string, key: string): string {
  const raw = x.cache.get(keys.mapIndex(contract, key));
  return raw === undefined ? '[]' : decoder.decode(raw);
}
export const fieldList = (x: HostCall, contract: string, key: string): string[] =>
  JSON.parse(fieldText(x, contract, key)) as string[];

/** Stores the frame contract's field list of `key`; returns its length in characters (the work, charged). */
export function setFieldText(x: HostCall, key: string, text: string): number {
  if (text === '[]') x.cache.delete(keys.mapIndex(x.id, key));
  else x.cache.put(keys.mapIndex(x.id, key), utf8ToBytes(text));
  return text.length;
}

export function hexBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return undefined;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** IOSTCrypto.verify: base58 arguments; IOST decodes invalid base58 as empty bytes, which then fail. */
export function verifySignature(algo: string, msg: string, sig: string, pub: string): number {
  try {
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
