/**
 * An in-memory KVStore for tests and throw-away runs; same ordering as LMDB. Keys are held
 * as one-char-per-byte strings, whose order is the bytes' order; ranges use a sorted key
 * list built on demand and dropped when a key is added or removed.
 */
import { StateStoreError } from '../core/errors.js';
import { bytesToKey, keyToBytes } from './key-string.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

export class MemoryStore implements KVStore {
  readonly readOnly = false;
  private readonly map = new Map<string, Uint8Array>();
  private sorted: string[] | undefined;
  private closed = false;
  /** Inside `exclusive`: the value of each key before its first write there. */
  private undo: Map<string, Uint8Array | undefined> | null = null;

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
    this.remove(bytesToKey(key));
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
      else this.remove(bytesToKey(op.key));
    }
  }

  /** Every read is of the newest state already. */
  refresh(): void {}

  /** One process, one thread: exclusive only has to undo what `fn` wrote if it throws. */
  exclusive<T>(fn: () => T): T {
    this.assertOpen();
    if (this.undo) return fn();
    const undo = new Map<string, Uint8Array | undefined>();
    this.undo = undo;
    try {
      return fn();
    } catch (error) {
      this.undo = null;
      for (const [k, v] of undo) {
        if (v === undefined) this.remove(k);
        else this.set(k, v);
      }
      throw error;
    } finally {
      this.undo = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  get size(): number {
    return this.map.size;
  }

  private set(key: string, value: Uint8Array): void {
    if (this.undo && !this.undo.has(key)) this.undo.set(key, this.map.get(key));
    if (this.sorted && !this.map.has(key)) this.sorted = undefined;
    this.map.set(key, value);
  }

  private remove(key: string): void {
    if (this.undo && !this.undo.has(key)) this.undo.set(key, this.map.get(key));
    if (this.map.delete(key)) this.sorted = undefined;
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
