/**
 * An in-memory KVStore for tests and throw-away runs; same ordering as LMDB. Keys are held
 * as one-char-per-byte strings, whose order is the bytes' order; ranges use a sorted key
 * list built on demand and dropped when a key is added or removed.
 */
import { StateStoreError } from '../core/errors.js';
import { bytesToKey, keyToBytes } from './key-string.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

export class MemoryStore implements KVStore {
  private readonly map = new Map<string, Uint8Array>();
  private sorted: string[] | undefined;
  private closed = false;

  get(key: Uint8Array): Uint8Array | undefined {
    this.assertOpen();
    return this.map.get(bytesToKey(key));
  }

  has(key: Uint8Array): boolean {
    this.assertOpen();
    return this.map.has(bytesToKey(key));
  }

  put(key: Uint8Array, value: Uint8Array): void {
    this.assertOpen();
    this.set(bytesToKey(key), value.slice());
  }

  delete(key: Uint8Array): void {
    this.assertOpen();
    if (this.map.delete(bytesToKey(key))) this.sorted = undefined;
  }

  *range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    this.assertOpen();
    const { start, end } = rangeBounds(options);
    this.sorted ??= [...this.map.keys()].sort();
    const all = this.sorted;
    const lo = start ? lowerBound(all, bytesToKey(start)) : 0;
    const hi = end ? lowerBound(all, bytesToKey(end)) : all.length;
    const keys = all.slice(lo, Math.max(lo, hi));
    if (options.reverse) keys.reverse();
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < keys.length && i < limit; i++) {
      const k = keys[i]!;
      yield [keyToBytes(k), this.map.get(k)!];
    }
  }

  batch(ops: readonly BatchOp[]): void {
    this.assertOpen();
    for (const op of ops) {
      if (op.type === 'put') this.set(bytesToKey(op.key), op.value.slice());
      else if (this.map.delete(bytesToKey(op.key))) this.sorted = undefined;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  get size(): number {
    return this.map.size;
  }

  private set(key: string, value: Uint8Array): void {
    if (this.sorted && !this.map.has(key)) this.sorted = undefined;
    this.map.set(key, value);
  }

  private assertOpen(): void {
    if (this.closed) throw new StateStoreError('memory store is closed');
  }
}

/** Index of the first element of the sorted `keys` not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
