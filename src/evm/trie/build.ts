/**
 * Merkle Patricia trie root from a sorted set of keys, in one pass (Yellow Paper appendix D).
 * Nodes are RLP lists: a leaf or an extension is [hexPrefix(path), value | child], a branch
 * is [child0..child15, value]. A child whose encoding is 32 bytes or more is referenced by
 * its keccak256; a shorter one is embedded as is. The root is always hashed.
 */
import { keccak_256 } from '../../core/keccak.js';
import { writeHeader } from '../rlp.js';

/** key, value (and whatever else a caller carries along). */
type Entry = readonly [Uint8Array, Uint8Array, ...unknown[]];

const nibbleAt = (key: Uint8Array, i: number): number => (i & 1 ? key[i >> 1]! & 15 : key[i >> 1]! >> 4);

/** Hex-prefix encoding (appendix C) of the nibbles key[from..to). */
export function hexPrefix(key: Uint8Array, from: number, to: number, leaf: boolean): Uint8Array {
  const n = to - from;
  const out = new Uint8Array((n >> 1) + 1);
  const flag = leaf ? 2 : 0;
  let i = from;
  if (n & 1) {
    out[0] = ((flag + 1) << 4) | nibbleAt(key, i++);
  } else {
    out[0] = flag << 4;
  }
  for (let o = 1; i < to; i += 2, o++) out[o] = (nibbleAt(key, i) << 4) | nibbleAt(key, i + 1);
  return out;
}

/** Size of the RLP string encoding of `b`. */
function strLen(b: Uint8Array): number {
  if (b.length === 1 && b[0]! < 0x80) return 1;
  return b.length < 56
    ? 1 + b.length
    : b.length < 256
      ? 2 + b.length
      : b.length < 65536
        ? 3 + b.length
        : 4 + b.length;
}

function writeStr(out: Uint8Array, pos: number, b: Uint8Array): number {
  if (b.length === 1 && b[0]! < 0x80) {
    out[pos] = b[0]!;
    return pos + 1;
  }
  const p = writeHeader(out, pos, b.length, 0x80);
  out.set(b, p);
  return p + b.length;
}

function listHeaderLen(payload: number): number {
  return payload < 56 ? 1 : payload < 256 ? 2 : payload < 65536 ? 3 : 4;
}

/** A child reference as it appears inside its parent: either a 32-byte hash or an embedded node. */
export interface Ref {
  bytes: Uint8Array;
  /** true: `bytes` is a hash to encode as an RLP string; false: an embedded node, copied raw. */
  hashed: boolean;
}

export function refOf(node: Uint8Array): Ref {
  return node.length >= 32 ? { bytes: keccak_256(node), hashed: true } : { bytes: node, hashed: false };
}

const refLen = (r: Ref): number => (r.hashed ? 33 : r.bytes.length);

function writeRef(out: Uint8Array, pos: number, r: Ref): number {
  if (r.hashed) {
    out[pos] = 0xa0;
    out.set(r.bytes, pos + 1);
    return pos + 33;
  }
  out.set(r.bytes, pos);
  return pos + r.bytes.length;
}

/** [hp, value] for a leaf, [hp, child] for an extension. */
export function pairNode(hp: Uint8Array, second: Uint8Array | Ref): Uint8Array {
  const secondLen = second instanceof Uint8Array ? strLen(second) : refLen(second);
  const payload = strLen(hp) + secondLen;
  const out = new Uint8Array(listHeaderLen(payload) + payload);
  let p = writeHeader(out, 0, payload, 0xc0);
  p = writeStr(out, p, hp);
  if (second instanceof Uint8Array) writeStr(out, p, second);
  else writeRef(out, p, second);
  return out;
}

export function branchNode(children: (Ref | undefined)[], value: Uint8Array | undefined): Uint8Array {
  let payload = value ? strLen(value) : 1;
  for (let i = 0; i < 16; i++) payload += children[i] ? refLen(children[i]!) : 1;
  const out = new Uint8Array(listHeaderLen(payload) + payload);
  let p = writeHeader(out, 0, payload, 0xc0);
  for (let i = 0; i < 16; i++) {
    const c = children[i];
    if (c) p = writeRef(out, p, c);
    else out[p++] = 0x80;
  }
  if (value) writeStr(out, p, value);
  else out[p] = 0x80;
  return out;
}

/**
 * Subtrees remembered across roots of tries that differ from one base set of entries in a
 * few places (the world state before and after a transaction). `ids[i]` is the index of
 * entry i in the base (sorted) when entry i is exactly as in the base, else -1. A subtree
 * whose entries are a contiguous run of unchanged base entries has the same encoding at the
 * same depth every time: its reference is computed once.
 */
export interface SubtreeMemo {
  readonly refs: Map<string, Ref>;
}

interface Ctx {
  entries: readonly Entry[];
  memo: SubtreeMemo | undefined;
  ids: readonly number[] | undefined;
  /** changedBefore[i]: how many of entries[0..i) have id -1. */
  changedBefore: Int32Array | undefined;
}

/** Reference to the node holding entries[lo..hi) at `depth`, from the memo when it can be. */
function childRef(c: Ctx, lo: number, hi: number, depth: number): Ref {
  if (!c.memo) return refOf(build(c, lo, hi, depth));
  const ids = c.ids!;
  const first = ids[lo]!;
  const last = ids[hi - 1]!;
  if (first < 0 || last - first !== hi - 1 - lo || c.changedBefore![hi]! !== c.changedBefore![lo]!)
    return refOf(build(c, lo, hi, depth));
  const key = `${depth}:${first}:${last}`;
  let r = c.memo.refs.get(key);
  if (!r) c.memo.refs.set(key, (r = refOf(build(c, lo, hi, depth))));
  return r;
}

/** The encoded node holding entries[lo..hi), all of which share their first `depth` nibbles. */
function build(c: Ctx, lo: number, hi: number, depth: number): Uint8Array {
  const entries = c.entries;
  const first = entries[lo]![0];
  const firstLen = first.length * 2;
  if (hi - lo === 1) return pairNode(hexPrefix(first, depth, firstLen, true), entries[lo]![1]);
  // Sorted keys: the common prefix of the whole range is that of its first and last key.
  const last = entries[hi - 1]![0];
  const max = Math.min(firstLen, last.length * 2);
  let cp = depth;
  while (cp < max && nibbleAt(first, cp) === nibbleAt(last, cp)) cp++;
  if (cp > depth) return pairNode(hexPrefix(first, depth, cp, false), childRef(c, lo, hi, cp));
  const children: (Ref | undefined)[] = new Array(16);
  let value: Uint8Array | undefined;
  let i = lo;
  if (firstLen === depth) {
    value = entries[lo]![1]; // a key that ends here sorts first
    i++;
  }
  while (i < hi) {
    const nib = nibbleAt(entries[i]![0], depth);
    let j = i + 1;
    while (j < hi && nibbleAt(entries[j]![0], depth) === nib) j++;
    children[nib] = childRef(c, i, j, depth + 1);
    i = j;
  }
  return branchNode(children, value);
}

/**
 * Encoded root node of the trie holding `sorted` (ascending, unique keys, non-empty values);
 * undefined when empty. With a memo, `ids` gives each entry's base index or -1 (see SubtreeMemo).
 */
export function rootNode(
  sorted: readonly Entry[],
  memo?: SubtreeMemo,
  ids?: readonly number[],
): Uint8Array | undefined {
  if (sorted.length === 0) return undefined;
  let changedBefore: Int32Array | undefined;
  if (memo) {
    changedBefore = new Int32Array(sorted.length + 1);
    for (let i = 0; i < sorted.length; i++) changedBefore[i + 1] = changedBefore[i]! + (ids![i]! < 0 ? 1 : 0);
  }
  return build({ entries: sorted, memo, ids, changedBefore }, 0, sorted.length, 0);
}
