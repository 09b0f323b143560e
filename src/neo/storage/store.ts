/**
 * The Neo world state over polyvm's journaled cache (neo `Persistence/DataCache.cs` as the
 * engine uses it). Everything Neo keeps, blocks and native state included, is contract
 * storage: StorageKey bytes (contract id as int32 little-endian, then the key) under the
 * `neo/s/` namespace of the shared store. Per-context snapshots are checkpoints of the cache.
 */
import { compareBytes } from '../../core/bytes.js';
import { type JournaledCache, namespacedKey } from '../../state/index.js';

const PREFIX = namespacedKey('neo', 's/');
const P = PREFIX.length;

function full(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(P + key.length);
  out.set(PREFIX);
  out.set(key, P);
  return out;
}

export type Entry = [key: Uint8Array, value: Uint8Array];

export class NeoStore {
  constructor(readonly cache: JournaledCache) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.cache.get(full(key));
  }

  has(key: Uint8Array): boolean {
    return this.cache.has(full(key));
  }

  put(key: Uint8Array, value: Uint8Array): void {
    this.cache.put(full(key), value);
  }

  delete(key: Uint8Array): void {
    this.cache.delete(full(key));
  }

  /** Entries whose key starts with `prefix`, ascending, or descending when `backward`. */
  *find(prefix: Uint8Array, backward = false): IterableIterator<Entry> {
    for (const [k, v] of this.cache.range({ prefix: full(prefix), reverse: backward }))
      yield [k.subarray(P), v];
  }

  /**
   * neo's `FindRange(start, end, direction)`: forward, keys in [start, end); backward, keys
   * from start down to (but not including) end.
   */
  *findRange(start: Uint8Array, end: Uint8Array, backward = false): IterableIterator<Entry> {
    if (!backward) {
      for (const [k, v] of this.cache.range({ start: full(start), end: full(end) })) yield [k.subarray(P), v];
      return;
    }
    const upper = full(start);
    // range's end is exclusive: extend it past `start` itself.
    const endKey = new Uint8Array(upper.length + 1);
    endKey.set(upper);
    for (const [k, v] of this.cache.range({ start: full(end), end: endKey, reverse: true })) {
      const key = k.subarray(P);
      if (compareBytes(key, end) <= 0) break;
      yield [key, v];
    }
  }

  checkpoint(): void {
    this.cache.checkpoint();
  }
  commit(): void {
    this.cache.commit();
  }
  revert(): void {
    this.cache.revert();
  }
  get depth(): number {
    return this.cache.depth;
  }
}

/** The bytes of a StorageKey: the contract id (int32 LE) then the key. */
export function storageKey(id: number, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + key.length);
  new DataView(out.buffer).setInt32(0, id, true);
  out.set(key, 4);
  return out;
}

/** A native contract's key: id, one prefix byte, then the parts concatenated. */
export function nativeKey(id: number, prefix: number, ...parts: Uint8Array[]): Uint8Array {
  let n = 5;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  new DataView(out.buffer).setInt32(0, id, true);
  out[4] = prefix;
  let at = 5;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function be32(v: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, v >>> 0, false);
  return out;
}

export function be32s(v: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, v | 0, false);
  return out;
}

export function be64(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, v), false);
  return out;
}
