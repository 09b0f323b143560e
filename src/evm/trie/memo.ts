/**
 * Secure-trie roots (keys hashed with keccak256) of tries that differ from one base set of
 * entries in a few places, as the world state and the storage of each account before and
 * after a transaction: the hashes of recently seen keys, and per trie the subtrees made only
 * of unchanged base entries (build.ts SubtreeMemo), encoded and hashed once.
 */

import { compareBytes } from '../../core/bytes.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { keccak_256 } from '../../core/keccak.js';
import { bytesToKey } from '../../state/index.js';
import { type Ref, rootNode, type SubtreeMemo } from './build.js';

const EMPTY_ROOT = keccak_256(Uint8Array.of(0x80));

/**
 * keccak256 of trie keys seen recently, by the keys' one-char-per-byte strings (bytesToKey).
 * Bounded; the hashes are shared, never to be modified.
 */
const hashedKeys = new Map<string, Uint8Array>();
const HASHED_KEYS_MAX = 1 << 16;

export function hashKey(k: Uint8Array): Uint8Array {
  return hashKeyOf(k, bytesToKey(k));
}

/** hashKey of `k` whose keyId is `id`, for callers that need the id too. */
function hashKeyOf(k: Uint8Array, id: string): Uint8Array {
  let h = hashedKeys.get(id);
  if (h === undefined) {
    if (hashedKeys.size >= HASHED_KEYS_MAX) hashedKeys.clear();
    h = keccak_256(k);
    hashedKeys.set(id, h);
  }
  return h;
}

/** What one secure trie keeps between roots: its base keys in trie order, and subtrees. */
export class TrieMemo implements SubtreeMemo {
  readonly refs = new Map<string, Ref>();
  /** Encoded values of base entries by base index, for callers that encode them (accounts). */
  readonly values: (Uint8Array | undefined)[] = [];
  private base: Map<string, number> | undefined;

  get hasBase(): boolean {
    return this.base !== undefined;
  }

  /** Sets the (unhashed) keys of the base entries, once. */
  setBase(keys: Iterable<Uint8Array>): void {
    const list = Array.from(keys, (k) => {
      const id = bytesToKey(k);
      return { id, hashed: hashKeyOf(k, id) };
    });
    list.sort((x, y) => compareBytes(x.hashed, y.hashed));
    this.base = new Map(list.map((e, i) => [e.id, i]));
  }

  /** Index of a base key in trie order, or -1. */
  indexOf(key: Uint8Array): number {
    return this.base?.get(bytesToKey(key)) ?? -1;
  }
}

/** An entry: unhashed key, value, base index when exactly as in the base (else -1). */
export type MemoEntry = [Uint8Array, Uint8Array, number];

/** Root of the secure trie of `entries` (unique keys, non-empty values), with `memo`. */
export function secureRootWithMemo(entries: MemoEntry[], memo: TrieMemo): Uint8Array {
  const hashed: MemoEntry[] = entries.map(([k, v, id]) => [hashKey(k), v, id]);
  hashed.sort((x, y) => compareBytes(x[0], y[0]));
  for (let i = 1; i < hashed.length; i++)
    if (compareBytes(hashed[i - 1]![0], hashed[i]![0]) === 0)
      throw new InvalidArgumentError('secure trie: the same key twice');
  const root = rootNode(
    hashed,
    memo,
    hashed.map((e) => e[2]),
  );
  return root ? keccak_256(root) : EMPTY_ROOT.slice();
}
