import {
  compareBytes,
  concatBytes
} from "./chunk-IXTBPKQN.js";
import {
  JournalError,
  StateConflictError
} from "./chunk-XXQMZ22L.js";

// dist/state/key-string.js
function bytesToKey(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i++)
    s += String.fromCharCode(bytes[i]);
  return s;
}
function keyToBytes(key) {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++)
    out[i] = key.charCodeAt(i);
  return out;
}

// dist/state/store.js
function prefixEnd(prefix) {
  const end = prefix.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 255) {
      end[i]++;
      return end.subarray(0, i + 1);
    }
  }
  return void 0;
}
function rangeBounds(options) {
  let { start, end } = options;
  if (options.prefix && options.prefix.length > 0) {
    const pEnd = prefixEnd(options.prefix);
    if (!start || compare(start, options.prefix) < 0)
      start = options.prefix;
    if (pEnd && (!end || compare(end, pEnd) > 0))
      end = pEnd;
  }
  return { start, end };
}
function compare(a, b) {
  return Buffer.compare(a, b);
}

// dist/state/journaled-cache.js
var JournaledCache = class {
  store;
  current = /* @__PURE__ */ new Map();
  journal = [];
  marks = [];
  /** Store reads since the last flush: each key's value (null: absent). */
  reads = /* @__PURE__ */ new Map();
  rangeReads = [];
  /** Depth of `exclusive` calls, and whether every read so far was made inside them. */
  locked = 0;
  readsLocked = false;
  constructor(store) {
    this.store = store;
  }
  /** Number of open checkpoints. 0 means only block-level (unflushed) changes. */
  get depth() {
    return this.marks.length;
  }
  /** Number of keys changed since the last flush. */
  get pendingCount() {
    return this.current.size;
  }
  get(key) {
    const k = bytesToKey(key);
    const slot = this.current.get(k);
    if (slot !== void 0)
      return slot ?? void 0;
    return this.readStore(k, key) ?? void 0;
  }
  has(key) {
    const k = bytesToKey(key);
    const slot = this.current.get(k);
    if (slot !== void 0)
      return slot !== null;
    return this.readStore(k, key) !== null;
  }
  /** Stores `value` (not copied: the caller must not change it afterwards). */
  put(key, value) {
    this.write(bytesToKey(key), value);
  }
  delete(key) {
    this.write(bytesToKey(key), null);
  }
  /** Opens a level; the first one on an idle cache (a new transaction) reads the newest state. */
  checkpoint() {
    if (this.marks.length === 0 && this.current.size === 0 && this.locked === 0)
      this.store.refresh();
    this.marks.push(this.journal.length);
  }
  /** Keeps the writes since the last checkpoint, folding them into the enclosing level. */
  commit() {
    if (this.marks.length === 0)
      throw new JournalError("commit without an open checkpoint");
    this.marks.pop();
    if (this.marks.length === 0)
      this.journal.length = 0;
  }
  /** Discards exactly the writes made since the last checkpoint. */
  revert() {
    const mark = this.marks.pop();
    if (mark === void 0)
      throw new JournalError("revert without an open checkpoint");
    for (let i = this.journal.length - 1; i >= mark; i--) {
      const { key, prev } = this.journal[i];
      if (prev === void 0)
        this.current.delete(key);
      else
        this.current.set(key, prev);
    }
    this.journal.length = mark;
  }
  /** Runs `fn` inside a checkpoint: commits when it returns, reverts when it throws. */
  atomically(fn) {
    this.checkpoint();
    let result;
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
  changes() {
    const keys = [...this.current.keys()].sort();
    return keys.map((k) => {
      const v = this.current.get(k);
      return v === null ? { type: "delete", key: keyToBytes(k) } : { type: "put", key: keyToBytes(k), value: v };
    });
  }
  /**
   * Writes every pending change to the store in one atomic batch and clears the cache.
   * Only at depth 0: a flush inside an open checkpoint would persist what may be reverted.
   * If anything read since the last flush has changed in the store, or the store fails,
   * nothing is written and the cache keeps its changes (StateConflictError for the first).
   */
  flush() {
    if (this.marks.length > 0) {
      throw new JournalError(`flush with ${this.marks.length} open checkpoint(s); commit or revert them first`);
    }
    if (this.current.size > 0) {
      try {
        this.store.exclusive(() => {
          if (!(this.locked > 0 && this.readsLocked))
            this.validateReads();
          this.store.batch(this.changes());
        });
      } catch (error) {
        if (error instanceof StateConflictError)
          this.store.refresh();
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
  exclusive(fn) {
    return this.store.exclusive(() => {
      if (this.locked === 0 && this.current.size === 0 && this.marks.length === 0) {
        this.forgetReads();
        this.readsLocked = true;
      }
      this.locked++;
      try {
        return fn();
      } finally {
        if (--this.locked === 0)
          this.readsLocked = false;
      }
    });
  }
  /** Drops every change since the last flush, open checkpoints included; reads start afresh. */
  discard() {
    this.current.clear();
    this.journal.length = 0;
    this.marks.length = 0;
    this.forgetReads();
    if (this.locked === 0)
      this.store.refresh();
  }
  /** Entries of the merged view (store overlaid with pending changes), in key order. */
  *range(options = {}) {
    const { start, end } = rangeBounds(options);
    const lo = start && bytesToKey(start);
    const hi = end && bytesToKey(end);
    const inRange = [];
    for (const k of this.current.keys())
      if ((!lo || k >= lo) && (!hi || k < hi))
        inRange.push(k);
    inRange.sort();
    if (options.reverse)
      inRange.reverse();
    const pending = inRange.map((k) => [keyToBytes(k), this.current.get(k)]);
    const dir = options.reverse ? -1 : 1;
    const stored = this.trackRange({ start, end, reverse: options.reverse });
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let n = 0;
    let p = 0;
    let s = stored.next();
    while (n < limit && (p < pending.length || !s.done)) {
      const order = s.done ? -1 : p >= pending.length ? 1 : dir * compareBytes(pending[p][0], s.value[0]);
      if (order <= 0) {
        const [key, value] = pending[p++];
        if (order === 0)
          s = stored.next();
        if (value === null)
          continue;
        n++;
        yield [key, value];
      } else {
        n++;
        yield s.value;
        s = stored.next();
      }
    }
  }
  /** Reads through to the store, remembering the first value seen for the flush's check. */
  readStore(k, key) {
    const v = this.store.get(key) ?? null;
    if (!this.reads.has(k))
      this.reads.set(k, v);
    return v;
  }
  /** The store's entries in a range, remembered as they are consumed. */
  *trackRange(options) {
    const read = { options, seen: [], complete: false };
    this.rangeReads.push(read);
    for (const entry of this.store.range(options)) {
      read.seen.push(entry);
      yield entry;
    }
    read.complete = true;
  }
  forgetReads() {
    this.reads.clear();
    this.rangeReads.length = 0;
  }
  /** Throws StateConflictError unless the store still holds what was read from it. */
  validateReads() {
    for (const [k, v] of this.reads) {
      const now = this.store.get(keyToBytes(k)) ?? null;
      if (!sameValue(now, v))
        throw conflict(keyToBytes(k));
    }
    for (const { options, seen, complete } of this.rangeReads) {
      let i = 0;
      for (const [key, value] of this.store.range(options)) {
        if (i === seen.length) {
          if (complete)
            throw conflict(key);
          break;
        }
        const [k, v] = seen[i++];
        if (compareBytes(k, key) !== 0 || !sameValue(v, value))
          throw conflict(key);
      }
      if (i < seen.length)
        throw conflict(seen[i][0]);
    }
  }
  write(key, value) {
    if (this.marks.length > 0)
      this.journal.push({ key, prev: this.current.get(key) });
    this.current.set(key, value);
  }
};
function sameValue(a, b) {
  if (a === null || b === null)
    return a === b;
  return a.length === b.length && compareBytes(a, b) === 0;
}
function conflict(key) {
  return new StateConflictError("another writer changed the state this work read; nothing was written (run it again)", { details: `key 0x${Buffer.from(key).toString("hex")}` });
}

// dist/state/namespaces.js
import { utf8ToBytes } from "@noble/hashes/utils.js";
var NAMESPACES = {
  meta: "meta/",
  evm: "evm/",
  neo: "neo/",
  jsvm: "js/",
  avm: "aleo/"
};
var PREFIX_BYTES = Object.fromEntries(Object.entries(NAMESPACES).map(([k, v]) => [k, utf8ToBytes(v)]));
function namespacedKey(ns, key) {
  return concatBytes(PREFIX_BYTES[ns], typeof key === "string" ? utf8ToBytes(key) : key);
}

export {
  bytesToKey,
  keyToBytes,
  rangeBounds,
  JournaledCache,
  namespacedKey
};
