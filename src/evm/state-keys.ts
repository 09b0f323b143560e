/**
 * How EVM accounts, storage and code sit in the shared store, under the `evm/` namespace:
 *   evm/a<address 20>             -> nonce (8) | balance (32) | code hash (32)
 *   evm/s<address 20><slot 32>    -> value (minimal big-endian, never zero: zero deletes)
 *   evm/c<code hash 32>           -> code
 */
import { keccak_256 } from '../core/keccak.js';
import { namespacedKey } from '../state/index.js';
import { bytesToBigInt } from './words.js';

export const ACCOUNT_PREFIX = namespacedKey('evm', 'a');
export const STORAGE_PREFIX = namespacedKey('evm', 's');
export const CODE_PREFIX = namespacedKey('evm', 'c');

export const KECCAK_EMPTY_CODE = keccak_256(new Uint8Array(0));

// One scratch word (and its view) to turn BigInts into bytes without allocating per key.
const WORD = new Uint8Array(32);
const WORD_VIEW = new DataView(WORD.buffer);
const U64 = 0xffff_ffff_ffff_ffffn;

/** Writes `v` (below 2^256) into WORD, big-endian. */
function putWord(v: bigint): void {
  WORD_VIEW.setBigUint64(24, v); // keeps the low 64 bits
  if (v <= U64) {
    WORD_VIEW.setBigUint64(16, 0n);
    WORD_VIEW.setBigUint64(8, 0n);
    WORD_VIEW.setBigUint64(0, 0n);
  } else {
    WORD_VIEW.setBigUint64(16, v >> 64n);
    WORD_VIEW.setBigUint64(8, v >> 128n);
    WORD_VIEW.setBigUint64(0, v >> 192n);
  }
}

/** `prefix`, then the low 20 bytes of `address`, then (when given) `slot` as 32 bytes. */
function keyOf(prefix: Uint8Array, address: bigint, slot?: bigint): Uint8Array {
  const out = new Uint8Array(prefix.length + 20 + (slot === undefined ? 0 : 32));
  out.set(prefix, 0);
  putWord(address);
  out.set(WORD.subarray(12), prefix.length);
  if (slot !== undefined) {
    putWord(slot);
    out.set(WORD, prefix.length + 20);
  }
  return out;
}

export function accountKey(address: bigint): Uint8Array {
  return keyOf(ACCOUNT_PREFIX, address);
}

export function storagePrefixOf(address: bigint): Uint8Array {
  return keyOf(STORAGE_PREFIX, address);
}

export function storageKey(address: bigint, slot: bigint): Uint8Array {
  return keyOf(STORAGE_PREFIX, address, slot);
}

export function codeKey(codeHash: Uint8Array): Uint8Array {
  const out = new Uint8Array(CODE_PREFIX.length + codeHash.length);
  out.set(CODE_PREFIX, 0);
  out.set(codeHash, CODE_PREFIX.length);
  return out;
}

export interface StoredAccount {
  nonce: bigint;
  balance: bigint;
  codeHash: Uint8Array;
}

export function encodeAccount(a: StoredAccount): Uint8Array {
  const out = new Uint8Array(72);
  putWord(a.nonce);
  out.set(WORD.subarray(24), 0);
  putWord(a.balance);
  out.set(WORD, 8);
  out.set(a.codeHash, 40);
  return out;
}

export function decodeAccount(bytes: Uint8Array): StoredAccount {
  return {
    nonce: bytesToBigInt(bytes.subarray(0, 8)),
    balance: bytesToBigInt(bytes.subarray(8, 40)),
    codeHash: bytes.slice(40, 72),
  };
}
