/** An in-memory KVStore for tests and throw-away runs; same ordering as LMDB. */
import { compareBytes } from '../core/bytes.js';
import { StateStoreError } from '../core/errors.js';
import { bytesToKey, keyToBytes } from './key-string.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

export class MemoryStore implements KVStore {
  private readonly map = new Map<string, Uint8Array>();
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
    this.map.set(bytesToKey(key), value.slice());
  }

  delete(key: Uint8Array): void {
    this.assertOpen();
    this.map.delete(bytesToKey(key));
  }

  *range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    this.assertOpen();
    const { start, end } = rangeBounds(options);
    const keys = [...this.map.keys()]
      .map(keyToBytes)
      .filter((k) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0));
    keys.sort(compareBytes);
    if (options.reverse) keys.reverse();
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < keys.length && i < limit; i++) {
      const k = keys[i]!;
      yield [k, this.map.get(bytesToKey(k))!];
    }
  }

  batch(ops: readonly BatchOp[]): void {
    this.assertOpen();
    for (const op of ops) {
      if (op.type === 'put') this.map.set(bytesToKey(op.key), op.value.slice());
      else this.map.delete(bytesToKey(op.key));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  get size(): number {
    return this.map.size;
  }

  private assertOpen(): void {
    if (this.closed) throw new StateStoreError('memory store is closed');
  }
}
