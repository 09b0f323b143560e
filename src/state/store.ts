/**
 * The key-value store every VM persists through. Keys and values are bytes; keys are
 * ordered lexicographically (LMDB's order). Reads are synchronous so that an interpreter
 * loop can read state without awaiting; `batch` applies a list of writes atomically.
 */

export interface RangeOptions {
  /** Only keys starting with these bytes. */
  prefix?: Uint8Array;
  /** First key included (inclusive). */
  start?: Uint8Array;
  /** Last key bound (exclusive). */
  end?: Uint8Array;
  reverse?: boolean;
  limit?: number;
}

export type BatchOp =
  | { readonly type: 'put'; readonly key: Uint8Array; readonly value: Uint8Array }
  | { readonly type: 'delete'; readonly key: Uint8Array };

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  put(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
  /** Entries in key order (reverse order with `reverse`), bounded by the options. */
  range(options?: RangeOptions): IterableIterator<[Uint8Array, Uint8Array]>;
  /** Applies every op or none of them. */
  batch(ops: readonly BatchOp[]): void;
  /**
   * Runs `fn` (synchronous) as the store's only writer: no other writer, in this process or
   * another, runs until it returns; reads inside see the newest committed state; the batches
   * made inside commit together when `fn` returns, and none does if it throws. Readers never
   * wait. Calls nest (the inner one is part of the outer).
   */
  exclusive<T>(fn: () => T): T;
  /**
   * Reads from the newest committed state from now on. Outside `exclusive`, LMDB reads come
   * from a snapshot that lasts until the event loop turns; work that is run again after a
   * conflict refreshes first.
   */
  refresh(): void;
  /** True when the store refuses writes (opened read-only, or not writable). */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

/** The smallest key greater than every key that starts with `prefix`, or undefined if none. */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = prefix.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]!++;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}

/** Folds `prefix` into `start`/`end` bounds. */
export function rangeBounds(options: RangeOptions): { start?: Uint8Array; end?: Uint8Array } {
  let { start, end } = options;
  if (options.prefix && options.prefix.length > 0) {
    const pEnd = prefixEnd(options.prefix);
    if (!start || compare(start, options.prefix) < 0) start = options.prefix;
    if (pEnd && (!end || compare(end, pEnd) > 0)) end = pEnd;
  }
  return { start, end };
}

function compare(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}
