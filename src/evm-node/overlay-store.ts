/**
 * A read-only view of a store with some keys replaced (a value, or null for absent): the
 * state at an earlier block, for calls and reads at a block tag. Writes are refused.
 */
import { StateStoreReadOnlyError } from '../core/errors.js';
import { type BatchOp, bytesToKey, type KVStore, keyToBytes, type RangeOptions } from '../state/index.js';

const hexKey = (k: Uint8Array) => Buffer.from(k).toString('hex');

export class OverlayStore implements KVStore {
  readonly readOnly = true;
  constructor(
    private readonly base: KVStore,
    /** hex key -> value (null: absent). */
    private readonly overlay: Map<string, Uint8Array | null>,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const o = this.overlay.get(hexKey(key));
    if (o !== undefined) return o ?? undefined;
    return this.base.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  *range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    // Merge: the base's entries in range, with the overlay's keys in range replacing them.
    const merged = new Map<string, Uint8Array>();
    for (const [k, v] of this.base.range({ ...options, limit: undefined })) merged.set(bytesToKey(k), v);
    for (const [hk, v] of this.overlay) {
      const k = Uint8Array.from(Buffer.from(hk, 'hex'));
      if (!inRange(k, options)) continue;
      if (v === null) merged.delete(bytesToKey(k));
      else merged.set(bytesToKey(k), v);
    }
    const keys = [...merged.keys()].sort();
    if (options.reverse) keys.reverse();
    let n = 0;
    for (const k of keys) {
      if (options.limit !== undefined && n++ >= options.limit) return;
      yield [keyToBytes(k), merged.get(k)!];
    }
  }

  batch(_ops: readonly BatchOp[]): void {
    throw new StateStoreReadOnlyError('the state at an earlier block is read-only');
  }
  put(): void {
    this.batch([]);
  }
  delete(): void {
    this.batch([]);
  }
  exclusive<T>(fn: () => T): T {
    return fn();
  }
  refresh(): void {}
  async close(): Promise<void> {}
}

function startsWith(k: Uint8Array, p: Uint8Array): boolean {
  if (k.length < p.length) return false;
  for (let i = 0; i < p.length; i++) if (k[i] !== p[i]) return false;
  return true;
}

function cmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function inRange(k: Uint8Array, o: RangeOptions): boolean {
  if (o.prefix && !startsWith(k, o.prefix)) return false;
  if (o.start && cmp(k, o.start) < 0) return false;
  if (o.end && cmp(k, o.end) >= 0) return false;
  return true;
}
