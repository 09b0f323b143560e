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

const key = (tag: string, suffix?: Uint8Array): Uint8Array => {
  const base = namespacedKey('evm', `n${tag}`);
  if (!suffix) return base;
  const out = new Uint8Array(base.length + suffix.length);
  out.set(base, 0);
  out.set(suffix, base.length);
  return out;
};

const u64 = (n: bigint): Uint8Array => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
};
const readU64 = (b: Uint8Array, at = 0): bigint =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(at);

export const META_KEY = key('M');
/** The node holding the state directory (state-lock.ts). */
export const LOCK_KEY = key('L');
export const blockKey = (n: bigint) => key('B', u64(n));
export const receiptsKey = (n: bigint) => key('R', u64(n));
/** The undo-log sequence number after block n was written. */
export const blockSeqKey = (n: bigint) => key('S', u64(n));
export const hashKey = (hash: Uint8Array) => key('H', hash);
export const txKey = (hash: Uint8Array) => key('T', hash);
export const undoKey = (seq: bigint) => key('U', u64(seq));

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
export const encodeNumber = u64;

type UndoOp = [key: string, old: string | null];
interface UndoEntry {
  ops: UndoOp[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

/**
 * Flushes `cache` as one write with its undo entry number `seq` (the changed keys' values
 * in the store before). Returns the changes written.
 */
export function flushWithUndo(cache: JournaledCache, seq: bigint): BatchOp[] {
  const changes = cache.changes();
  const ops: UndoOp[] = changes.map((c) => {
    const old = cache.store.get(c.key);
    return [hex(c.key), old === undefined ? null : hex(old)];
  });
  cache.put(undoKey(seq), json({ ops } satisfies UndoEntry));
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
    for (const [k, old] of parseJson<UndoEntry>(raw).ops) overlay.set(k, old === null ? null : unhex(old));
  }
  return new OverlayStore(store, overlay);
}

/** Undoes every entry after `seq` in `cache` (the caller flushes), dropping the entries. */
export function undoTo(cache: JournaledCache, seq: bigint, headSeq: bigint): void {
  for (let s = headSeq; s > seq; s--) {
    const raw = cache.get(undoKey(s));
    if (!raw) continue;
    const { ops } = parseJson<UndoEntry>(raw);
    for (let i = ops.length - 1; i >= 0; i--) {
      const [k, old] = ops[i]!;
      if (old === null) cache.delete(unhex(k));
      else cache.put(unhex(k), unhex(old));
    }
    cache.delete(undoKey(s));
  }
}
