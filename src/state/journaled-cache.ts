/**
 * The journaled cache every VM executes against: the seeds' two-level cache. Writes land
 * in memory; `checkpoint` / `commit` / `revert` nest (a call inside a transaction inside a
 * block, to any depth), and `flush` writes every pending change to the KVStore in one
 * atomic batch (one LMDB write transaction), the end of a block.
 *
 * Reads are synchronous and O(1) at any depth: the cache keeps one current value per key
 * and an undo journal (revm's `JournaledState`), not a stack of maps.
 */
import { compareBytes } from '../core/bytes.js';
import { JournalError } from '../core/errors.js';
import { bytesToKey, keyToBytes } from './key-string.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

/** `null` marks a key deleted in the cache but maybe present in the store. */
type Slot = Uint8Array | null;

interface JournalEntry {
  key: string;
  /** The cache slot before the write; `undefined` when the key was not in the cache. */
  prev: Slot | undefined;
}

export class JournaledCache {
  readonly store: KVStore;
  private readonly current = new Map<string, Slot>();
  private readonly journal: JournalEntry[] = [];
  private readonly marks: number[] = [];

  constructor(store: KVStore) {
    this.store = store;
  }

  /** Number of open checkpoints. 0 means only block-level (unflushed) changes. */
  get depth(): number {
    return this.marks.length;
  }

  /** Number of keys changed since the last flush. */
  get pendingCount(): number {
    return this.current.size;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    const slot = this.current.get(bytesToKey(key));
    if (slot !== undefined) return slot ?? undefined;
    return this.store.get(key);
  }

  has(key: Uint8Array): boolean {
    const slot = this.current.get(bytesToKey(key));
    if (slot !== undefined) return slot !== null;
    return this.store.has(key);
  }

  /** Stores `value` (not copied: the caller must not change it afterwards). */
  put(key: Uint8Array, value: Uint8Array): void {
    this.write(bytesToKey(key), value);
  }

  delete(key: Uint8Array): void {
    this.write(bytesToKey(key), null);
  }

  checkpoint(): void {
    this.marks.push(this.journal.length);
  }

  /** Keeps the writes since the last checkpoint, folding them into the enclosing level. */
  commit(): void {
    if (this.marks.length === 0) throw new JournalError('commit without an open checkpoint');
    this.marks.pop();
    // At depth 0 nothing can be reverted any more: the journal is no longer needed.
    if (this.marks.length === 0) this.journal.length = 0;
  }

  /** Discards exactly the writes made since the last checkpoint. */
  revert(): void {
    const mark = this.marks.pop();
    if (mark === undefined) throw new JournalError('revert without an open checkpoint');
    for (let i = this.journal.length - 1; i >= mark; i--) {
      const { key, prev } = this.journal[i]!;
      if (prev === undefined) this.current.delete(key);
      else this.current.set(key, prev);
    }
    this.journal.length = mark;
  }

  /** Runs `fn` inside a checkpoint: commits when it returns, reverts when it throws. */
  atomically<T>(fn: () => T): T {
    this.checkpoint();
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.revert();
      throw error;
    }
    this.commit();
    return result;
  }

  /** The pending changes as batch ops, in key order. */
  changes(): BatchOp[] {
    const keys = [...this.current.keys()].sort();
    return keys.map((k) => {
      const v = this.current.get(k)!;
      return v === null
        ? { type: 'delete', key: keyToBytes(k) }
        : { type: 'put', key: keyToBytes(k), value: v };
    });
  }

  /**
   * Writes every pending change to the store in one atomic batch and clears the cache.
   * Only at depth 0: a flush inside an open checkpoint would persist what may be reverted.
   * If the store fails, nothing is written and the cache keeps its changes.
   */
  flush(): void {
    if (this.marks.length > 0) {
      throw new JournalError(
        `flush with ${this.marks.length} open checkpoint(s); commit or revert them first`,
      );
    }
    if (this.current.size === 0) return;
    this.store.batch(this.changes());
    this.current.clear();
  }

  /** Drops every change since the last flush, open checkpoints included. */
  discard(): void {
    this.current.clear();
    this.journal.length = 0;
    this.marks.length = 0;
  }

  /** Entries of the merged view (store overlaid with pending changes), in key order. */
  *range(options: RangeOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    const { start, end } = rangeBounds(options);
    // Keys are one-char-per-byte strings: string order is byte order.
    const lo = start && bytesToKey(start);
    const hi = end && bytesToKey(end);
    const inRange: string[] = [];
    for (const k of this.current.keys()) if ((!lo || k >= lo) && (!hi || k < hi)) inRange.push(k);
    inRange.sort();
    if (options.reverse) inRange.reverse();
    const pending = inRange.map((k): [Uint8Array, Slot] => [keyToBytes(k), this.current.get(k)!]);
    const dir = options.reverse ? -1 : 1;
    const stored = this.store.range({ start, end, reverse: options.reverse });
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let n = 0;
    let p = 0;
    let s = stored.next();
    while (n < limit && (p < pending.length || !s.done)) {
      const order = s.done ? -1 : p >= pending.length ? 1 : dir * compareBytes(pending[p]![0], s.value[0]);
      if (order <= 0) {
        const [key, value] = pending[p++]!;
        if (order === 0) s = stored.next();
        if (value === null) continue;
        n++;
        yield [key, value];
      } else {
        n++;
        yield s.value as [Uint8Array, Uint8Array];
        s = stored.next();
      }
    }
  }

  private write(key: string, value: Slot): void {
    if (this.marks.length > 0) this.journal.push({ key, prev: this.current.get(key) });
    this.current.set(key, value);
  }
}
