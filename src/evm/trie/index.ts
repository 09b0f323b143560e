/**
 * State and receipt commitments of the Yellow Paper: Merkle Patricia trie roots (appendix D),
 * the "secure" trie keyed by keccak256 (world state, storage), the world-state root over
 * accounts rlp([nonce, balance, storageRoot, codeHash]) and the logs hash state tests compare.
 */

import { compareBytes } from '../../core/bytes.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { keccak_256 } from '../../core/keccak.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import { rootNode } from './build.js';
import { hashKey, type MemoEntry, secureRootWithMemo, type TrieMemo } from './memo.js';

export { hexPrefix } from './build.js';
export { TrieMemo } from './memo.js';

/** keccak256(rlp('')): the root of an empty trie. */
export const EMPTY_TRIE_ROOT: Uint8Array = keccak_256(Uint8Array.of(0x80));
/** keccak256(''): the code hash of an account without code. */
export const KECCAK_EMPTY: Uint8Array = keccak_256(new Uint8Array(0));

type Entry = readonly [Uint8Array, Uint8Array];

/** Sorts by key and keeps the last value given for a key; empty values mean "absent". */
function normalize(entries: Iterable<Entry>): Entry[] {
  const list: Entry[] = [];
  for (const e of entries) {
    if (!(e[0] instanceof Uint8Array) || !(e[1] instanceof Uint8Array)) {
      throw new InvalidArgumentError(
        'trieRoot: each entry must be a [Uint8Array key, Uint8Array value] pair',
      );
    }
    list.push(e);
  }
  // Stable sort: equal keys keep input order, so the last of a run is the latest write.
  list.sort((a, b) => compareBytes(a[0], b[0]));
  const out: Entry[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const next = list[i + 1];
    if (next && compareBytes(e[0], next[0]) === 0) continue;
    if (e[1].length > 0) out.push(e);
  }
  return out;
}

/** Root of a Merkle Patricia trie holding exactly these (key, value) pairs. */
export function trieRoot(entries: Iterable<Entry>): Uint8Array {
  const root = rootNode(normalize(entries));
  return root ? keccak_256(root) : EMPTY_TRIE_ROOT.slice();
}

/** Same with every key replaced by keccak256(key) (the "secure" trie of accounts and storage). */
export function secureTrieRoot(entries: Iterable<Entry>): Uint8Array {
  const hashed: Entry[] = [];
  for (const [k, v] of entries) {
    if (!(k instanceof Uint8Array))
      throw new InvalidArgumentError('secureTrieRoot: each key must be a Uint8Array');
    hashed.push([hashKey(k), v]);
  }
  return trieRoot(hashed);
}

export interface AccountForRoot {
  address: Uint8Array /* 20 bytes */;
  nonce: bigint;
  balance: bigint;
  codeHash: Uint8Array;
  /** slot -> value; zero values are skipped. */
  storage: Iterable<readonly [bigint, bigint]>;
  /** The root of `storage` when already known (then `storage` is not read). */
  storageRoot?: Uint8Array;
  /** True when the account, storage included, is exactly as in the memo's base state. */
  unchanged?: boolean;
}

const TWO_256 = 1n << 256n;

function slotKey(slot: bigint): Uint8Array {
  if (slot < 0n || slot >= TWO_256)
    throw new InvalidArgumentError(`stateRoot: storage slot out of range: ${slot}`);
  const out = new Uint8Array(32);
  const b = bigIntToMinimalBytes(slot);
  out.set(b, 32 - b.length);
  return out;
}

/** Root of an account's storage: secure trie of 32-byte slot -> rlp(minimal bytes of value). */
export function storageRoot(storage: Iterable<readonly [bigint, bigint]>): Uint8Array {
  const entries: Entry[] = [];
  for (const [slot, value] of storage) {
    if (value === 0n) continue;
    entries.push([slotKey(slot), rlpEncode(bigIntToMinimalBytes(value))]);
  }
  return secureTrieRoot(entries);
}

/**
 * Root of an account's storage from raw entries: 32-byte slot -> big-endian value bytes
 * (leading zeros are dropped; an all-zero value means absent). With a memo, entries whose
 * third element is true are exactly as in the memo's base (see memo.ts).
 */
export function storageRootOfBytes(
  storage: Iterable<readonly [Uint8Array, Uint8Array, boolean?]>,
  memo?: TrieMemo,
): Uint8Array {
  const entries: MemoEntry[] = [];
  for (const [slot, value, unchanged] of storage) {
    if (slot.length !== 32) throw new InvalidArgumentError('storageRootOfBytes: slot must be 32 bytes');
    let z = 0;
    while (z < value.length && value[z] === 0) z++;
    if (z === value.length) continue;
    entries.push([
      slot,
      rlpEncode(z === 0 ? value : value.subarray(z)),
      memo && unchanged ? memo.indexOf(slot) : -1,
    ]);
  }
  return memo ? secureRootWithMemo(entries, memo) : secureTrieRoot(entries.map(([k, v]) => [k, v] as const));
}

/**
 * The world-state root: secure trie of address -> rlp([nonce, balance, storageRoot, codeHash]).
 * With a memo, accounts marked `unchanged` are encoded once, and subtrees of them hashed once.
 */
export function stateRoot(accounts: Iterable<AccountForRoot>, memo?: TrieMemo): Uint8Array {
  const entries: MemoEntry[] = [];
  for (const a of accounts) {
    if (!(a.address instanceof Uint8Array) || a.address.length !== 20) {
      throw new InvalidArgumentError('stateRoot: account address must be 20 bytes');
    }
    const id = memo && a.unchanged ? memo.indexOf(a.address) : -1;
    let body = id >= 0 ? memo!.values[id] : undefined;
    if (!body) {
      body = rlpEncode([
        bigIntToMinimalBytes(a.nonce),
        bigIntToMinimalBytes(a.balance),
        a.storageRoot ?? storageRoot(a.storage),
        a.codeHash,
      ]);
      if (id >= 0) memo!.values[id] = body;
    }
    entries.push([a.address, body, id]);
  }
  return memo ? secureRootWithMemo(entries, memo) : secureTrieRoot(entries.map(([k, v]) => [k, v] as const));
}

export interface LogForHash {
  address: Uint8Array;
  topics: readonly Uint8Array[];
  data: Uint8Array;
}

/** keccak256(rlp([[address, [topics...], data], ...])), what state tests compare as `logs`. */
export function logsHash(logs: readonly LogForHash[]): Uint8Array {
  return keccak_256(rlpEncode(logs.map((l) => [l.address, l.topics, l.data])));
}
