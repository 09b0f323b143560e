/**
 * The journaled cache every VM executes against: the seeds' two-level cache. Writes land
 * in memory; `checkpoint` / `commit` / `revert` nest (a call inside a transaction inside a
 * block, to any depth), and `flush` writes every pending change to the KVStore in one
 * atomic batch (one LMDB write transaction), the end of a block.
 *
 * Reads are synchronous and O(1) at any depth: the cache keeps one current value per key
 * and an undo journal (revm's `JournaledState`), not a stack of maps.
 *
 * Other processes may write the same store. The cache remembers what it read from the store
 * since the last flush (each key's value, each range's entries), and `flush` commits only if
 * the store still holds exactly that, inside one exclusive write: otherwise it writes nothing
 * and throws StateConflictError, so a flush never overwrites an update it did not see.
 * `exclusive(fn)` runs work under the store's writer lock, where nothing can change under it.
 */
import { compareBytes } from '../core/bytes.js';
import { JournalError, StateConflictError } from '../core/errors.js';
import { bytesToKey, keyToBytes } from './key-string.js';
import { type BatchOp, type KVStore, type RangeOptions, rangeBounds } from './store.js';

/** `null` marks a key deleted in the cache but maybe present in the store. */
type Slot = Uint8Array | null;

/** A range read from the store: its bounds and the store entries the merge consumed. */
interface RangeRead {
  options: RangeOptions;
  seen: [Uint8Array, Uint8Array][];
  /** True when the store's iterator was exhausted. */
  complete: boolean;
}

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
  /** Store reads since the last flush: each key's value (null: absent). */
  private readonly reads = new Map<string, Uint8Array | null>();
  private readonly rangeReads: RangeRead[] = [];
  /** Depth of `exclusive` calls, and whether every read so far was made inside them. */
  private locked = 0;
  private readsLocked = false;

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
    const k = bytesToKey(key);
    const slot = this.current.get(k);
    if (slot !== undefined) return slot ?? undefined;
    return this.readStore(k, key) ?? undefined;
  }

  has(key: Uint8Array): boolean {
    const k = bytesToKey(key);
    const slot = this.current.get(k);
    if (slot !== undefined) return slot !== null;
    return this.readStore(k, key) !== null;
  }

  /** Stores `value` (not copied: the caller must not change it afterwards). */
  put(key: Uint8Array, value: Uint8Array): void {
    this.write(bytesToKey(key), value);
  }

  delete(key: Uint8Array): void {
    this.write(bytesToKey(key), null);
  }

  /** Opens a level; the first one on an idle cache (a new transaction) reads the newest state. */
  checkpoint(): void {
    if (this.marks.length === 0 && this.current.size === 0 && this.locked === 0) this.store.refresh();
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
   * If anything read since the last flush has changed in the store, or the store fails,
   * nothing is written and the cache keeps its changes (StateConflictError for the first).
   */
  flush(): void {
    if (this.marks.length > 0) {
      throw new JournalError(
        `flush with ${this.marks.length} open checkpoint(s); commit or revert them first`,
      );
    }
    if (this.current.size > 0) {
      try {
        this.store.exclusive(() => {
          if (!(this.locked > 0 && this.readsLocked)) this.validateReads();
          this.store.batch(this.changes());
        });
      } catch (error) {
        // Work run again after a conflict must not read the snapshot that caused it.
        if (error instanceof StateConflictError) this.store.refresh();
        throw error;
      }
      this.current.clear();
    }
    this.forgetReads();
  }

  /**
   * Runs `fn` under the store's writer lock (KVStore.exclusive): no other writer runs until
   * it returns, so a transaction executed and flushed inside it cannot conflict. With no
   * pending changes, what was read before is forgotten: nothing depends on it.
   */
  exclusive<T>(fn: () => T): T {
    return this.store.exclusive(() => {
      if (this.locked === 0 && this.current.size === 0 && this.marks.length === 0) {
        this.forgetReads();
        this.readsLocked = true;
      }
      this.locked++;
      try {
        return fn();
      } finally {
        if (--this.locked === 0) this.readsLocked = false;
      }
    });
  }

  /** Drops every change since the last flush, open checkpoints included; reads start afresh. */
  discard(): void {
    this.current.clear();
    this.journal.length = 0;
    this.marks.length = 0;
    this.forgetReads();
    if (this.locked === 0) this.store.refresh();
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
    const stored = this.trackRange({ start, end, reverse: options.reverse });
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

  /** Reads through to the store, remembering the first value seen for the flush's check. */
  private readStore(k: string, key: Uint8Array): Uint8Array | null {
    const v = this.store.get(key) ?? null;
    if (!this.reads.has(k)) this.reads.set(k, v);
    return v;
  }

  /** The store's entries in a range, remembered as they are consumed. */
  private *trackRange(options: RangeOptions): IterableIterator<[Uint8Array, Uint8Array]> {
    const read: RangeRead = { options, seen: [], complete: false };
    this.rangeReads.push(read);
    for (const entry of this.store.range(options)) {
      read.seen.push(entry);
      yield entry;
    }
    read.complete = true;
  }

  private forgetReads(): void {
    this.reads.clear();
    this.rangeReads.length = 0;
  }

  /** Throws StateConflictError unless the store still holds what was read from it. */
  private validateReads(): void {
    for (const [k, v] of this.reads) {
      const now = this.store.get(keyToBytes(k)) ?? null;
      if (!sameValue(now, v)) throw conflict(keyToBytes(k));
    }
    for (const { options, seen, complete } of this.rangeReads) {
      let i = 0;
      for (const [key, value] of this.store.range(options)) {
        if (i === seen.length) {
          if (complete) throw conflict(key);
          break;
        }
        const [k, v] = seen[i++]!;
        if (compareBytes(k, key) !== 0 || !sameValue(v, value)) throw conflict(key);
      }
      if (i < seen.length) throw conflict(seen[i]![0]);
    }
  }

  private write(key: string, value: Slot): void {
    if (this.marks.length > 0) this.journal.push({ key, prev: this.current.get(key) });
    this.current.set(key, value);
  }
}

function sameValue(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && compareBytes(a, b) === 0;
}

function conflict(key: Uint8Array): StateConflictError {
  return new StateConflictError(
    'another writer changed the state this work read; nothing was written (run it again)',
    { details: `key 0x${Buffer.from(key).toString('hex')}` },
  );
}
