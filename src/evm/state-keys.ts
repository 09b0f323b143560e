/**
 * How EVM accounts, storage and code sit in the shared store, under the `evm/` namespace:
 *   evm/a<address 20>             -> nonce (8) | balance (32) | code hash (32)
 *   evm/s<address 20><slot 32>    -> value (minimal big-endian, never zero: zero deletes)
 *   evm/c<code hash 32>           -> code
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { namespacedKey } from '../state/index.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt, writeWord } from './words.js';

export const ACCOUNT_PREFIX = namespacedKey('evm', 'a');
export const STORAGE_PREFIX = namespacedKey('evm', 's');
export const CODE_PREFIX = namespacedKey('evm', 'c');

export const KECCAK_EMPTY_CODE = keccak_256(new Uint8Array(0));

function withPrefix(prefix: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  let n = prefix.length;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  out.set(prefix, 0);
  let o = prefix.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function accountKey(address: bigint): Uint8Array {
  return withPrefix(ACCOUNT_PREFIX, addressToBytes(address));
}

export function storagePrefixOf(address: bigint): Uint8Array {
  return withPrefix(STORAGE_PREFIX, addressToBytes(address));
}

export function storageKey(address: bigint, slot: bigint): Uint8Array {
  return withPrefix(STORAGE_PREFIX, addressToBytes(address), bigIntToBytes32(slot));
}

export function codeKey(codeHash: Uint8Array): Uint8Array {
  return withPrefix(CODE_PREFIX, codeHash);
}

export interface StoredAccount {
  nonce: bigint;
  balance: bigint;
  codeHash: Uint8Array;
}

export function encodeAccount(a: StoredAccount): Uint8Array {
  const out = new Uint8Array(72);
  const nonce = bigIntToBytes32(a.nonce);
  out.set(nonce.subarray(24), 0);
  writeWord(out, 8, a.balance);
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
