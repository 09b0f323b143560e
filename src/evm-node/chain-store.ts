/**
 * The dev node's chain in the state store, beside the EVM state (under `evm/n`): blocks as
 * their RLP, receipts, the hash and transaction indexes, the node's metadata, and an undo
 * log. Every change (a mined block, or a dev method's state edit) is one write: the chain
 * keys go into the JournaledCache with the state, the undo entry (each changed key's value
 * before) is added, and the cache is flushed as one LMDB write transaction.
 *
 * The undo log serves two things: the state at an earlier block (the live state with the
 * later undo entries laid over it, newest first) and evm_revert (the entries applied and
 * dropped, in one write).
 */

import { type BatchOp, type JournaledCache, type KVStore, namespacedKey } from '../state/index.js';
import { OverlayStore } from './overlay-store.js';

/** Each tag's prefix, encoded once (a block writes several keys of each). */
const prefixes = new Map<string, Uint8Array>();
const prefixOf = (tag: string): Uint8Array => {
  let base = prefixes.get(tag);
  if (base === undefined) prefixes.set(tag, (base = namespacedKey('evm', `n${tag}`)));
  return base;
};
const key = (tag: string, suffix?: Uint8Array): Uint8Array => {
  const base = prefixOf(tag);
  if (!suffix) return base.slice();
  const out = new Uint8Array(base.length + suffix.length);
  out.set(base, 0);
  out.set(suffix, base.length);
  return out;
};
/** The tag's prefix, then `n` as 8 bytes big-endian. */
const keyU64 = (tag: string, n: bigint): Uint8Array => {
  const base = prefixOf(tag);
  const out = new Uint8Array(base.length + 8);
  out.set(base, 0);
  new DataView(out.buffer).setBigUint64(base.length, n);
  return out;
};

const readU64 = (b: Uint8Array, at = 0): bigint =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(at);

export const META_KEY = key('M');
/** The node holding the state directory (state-lock.ts). */
export const LOCK_KEY = key('L');
export const blockKey = (n: bigint) => keyU64('B', n);
export const receiptsKey = (n: bigint) => keyU64('R', n);
/** The undo-log sequence number after block n was written. */
export const blockSeqKey = (n: bigint) => keyU64('S', n);
export const hashKey = (hash: Uint8Array) => key('H', hash);
export const txKey = (hash: Uint8Array) => key('T', hash);
export const undoKey = (seq: bigint) => keyU64('U', seq);

const enc = new TextEncoder();
const dec = new TextDecoder();
export const json = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));
export const parseJson = <T>(b: Uint8Array): T => JSON.parse(dec.decode(b)) as T;

export interface TxLocation {
  block: bigint;
  index: number;
}

export function encodeTxLocation(block: bigint, index: number): Uint8Array {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, block);
  v.setUint32(8, index);
  return b;
}

export function decodeTxLocation(b: Uint8Array): TxLocation {
  return { block: readU64(b), index: new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(8) };
}

export const decodeNumber = readU64;
export const encodeNumber = (n: bigint): Uint8Array => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
};

type UndoOp = [key: Uint8Array, old: Uint8Array | null];

/**
 * An undo entry: 0x01, then per changed key its length (u32), the key, 0 (it was absent)
 * or 1 with the old value's length (u32) and the value. Entries written before this form
 * are JSON ({"ops": [[hex key, hex value or null], ...]}, first byte `{`) and still read.
 */
const UNDO_BINARY = 0x01;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function encodeUndo(ops: readonly UndoOp[]): Uint8Array {
  let size = 1;
  for (const [k, v] of ops) size += 5 + k.length + (v ? 4 + v.length : 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = UNDO_BINARY;
  let at = 1;
  const bytes = (b: Uint8Array) => {
    view.setUint32(at, b.length);
    out.set(b, at + 4);
    at += 4 + b.length;
  };
  for (const [k, v] of ops) {
    bytes(k);
    out[at++] = v ? 1 : 0;
    if (v) bytes(v);
  }
  return out;
}

function decodeUndo(raw: Uint8Array): UndoOp[] {
  if (raw[0] !== UNDO_BINARY) {
    const unhex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
    return parseJson<{ ops: [string, string | null][] }>(raw).ops.map(([k, v]) => [
      unhex(k),
      v === null ? null : unhex(v),
    ]);
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const ops: UndoOp[] = [];
  let at = 1;
  const bytes = () => {
    const n = view.getUint32(at);
    at += 4 + n;
    return raw.slice(at - n, at);
  };
  while (at < raw.length) {
    const k = bytes();
    ops.push([k, raw[at++] ? bytes() : null]);
  }
  return ops;
}

/**
 * Flushes `cache` as one write with its undo entry number `seq` (the changed keys' values
 * in the store before). Returns the changes written.
 */
export function flushWithUndo(cache: JournaledCache, seq: bigint): BatchOp[] {
  const changes = cache.changes();
  cache.put(undoKey(seq), encodeUndo(changes.map((c) => [c.key, cache.store.get(c.key) ?? null])));
  cache.flush();
  return changes;
}

/** The store as it was after undo entry `seq` (the entries after it laid over, newest first). */
export function storeAt(store: KVStore, seq: bigint, headSeq: bigint): KVStore {
  if (seq >= headSeq) return store;
  const overlay = new Map<string, Uint8Array | null>();
  for (let s = headSeq; s > seq; s--) {
    const raw = store.get(undoKey(s));
    if (!raw) continue;
    for (const [k, old] of decodeUndo(raw)) overlay.set(hex(k), old);
  }
  return new OverlayStore(store, overlay);
}

/** Undoes every entry after `seq` in `cache` (the caller flushes), dropping the entries. */
export function undoTo(cache: JournaledCache, seq: bigint, headSeq: bigint): void {
  for (let s = headSeq; s > seq; s--) {
    const raw = cache.get(undoKey(s));
    if (!raw) continue;
    const ops = decodeUndo(raw);
    for (let i = ops.length - 1; i >= 0; i--) {
      const [k, old] = ops[i]!;
      if (old === null) cache.delete(k);
      else cache.put(k, old);
    }
    cache.delete(undoKey(s));
  }
}
