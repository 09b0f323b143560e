/**
 * A Merkle Patricia trie (Yellow Paper appendix D) kept in memory between roots and updated in
 * place of rebuilding: immutable nodes, so an update copies only the path to its key and every
 * version stays valid; each node encodes and hashes once. Keys are all 32 bytes (a secure
 * trie's keccak256 keys), so no key ends at a branch and branches carry no value.
 */
import { keccak_256 } from '../../core/keccak.js';
import { branchNode, pairNode, type Ref, refOf } from './build.js';

/** A node; `path` holds nibbles (0-15), one per byte. */
export type TrieNode =
  | { readonly kind: 'leaf'; readonly path: Uint8Array; readonly value: Uint8Array; ref?: Ref }
  | { readonly kind: 'ext'; readonly path: Uint8Array; readonly child: TrieNode; ref?: Ref }
  | { readonly kind: 'branch'; readonly children: readonly (TrieNode | undefined)[]; ref?: Ref };

const EMPTY_ROOT = keccak_256(Uint8Array.of(0x80));

const leaf = (path: Uint8Array, value: Uint8Array): TrieNode => ({ kind: 'leaf', path, value });
const ext = (path: Uint8Array, child: TrieNode): TrieNode =>
  path.length === 0 ? child : { kind: 'ext', path, child };

function nibbles(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length * 2);
  for (let i = 0; i < key.length; i++) {
    out[2 * i] = key[i]! >> 4;
    out[2 * i + 1] = key[i]! & 15;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function commonPrefix(path: Uint8Array, key: Uint8Array, at: number): number {
  let i = 0;
  while (i < path.length && path[i] === key[at + i]) i++;
  return i;
}

/** A branch holding `a` and `b` under their first nibbles (which differ). */
function fork(na: number, a: TrieNode, nb: number, b: TrieNode): TrieNode {
  const children: (TrieNode | undefined)[] = new Array(16);
  children[na] = a;
  children[nb] = b;
  return { kind: 'branch', children };
}

function insert(node: TrieNode | undefined, key: Uint8Array, at: number, value: Uint8Array): TrieNode {
  if (!node) return leaf(key.subarray(at), value);
  if (node.kind === 'branch') {
    const children = node.children.slice();
    children[key[at]!] = insert(children[key[at]!], key, at + 1, value);
    return { kind: 'branch', children };
  }
  const cp = commonPrefix(node.path, key, at);
  if (node.kind === 'leaf' && cp === node.path.length) return leaf(node.path, value);
  if (node.kind === 'ext' && cp === node.path.length)
    return ext(node.path, insert(node.child, key, at + cp, value));
  // The paths part at nibble cp: a branch there, under an extension of the shared part.
  const rest = node.path.subarray(cp + 1);
  const old = node.kind === 'leaf' ? leaf(rest, node.value) : ext(rest, node.child);
  const added = leaf(key.subarray(at + cp + 1), value);
  return ext(node.path.subarray(0, cp), fork(node.path[cp]!, old, key[at + cp]!, added));
}

/** `child` under the nibbles `prefix`, merged with it when it is a leaf or an extension. */
function prepend(prefix: Uint8Array, child: TrieNode): TrieNode {
  if (child.kind === 'leaf') return leaf(concat(prefix, child.path), child.value);
  if (child.kind === 'ext') return ext(concat(prefix, child.path), child.child);
  return ext(prefix, child);
}

function remove(node: TrieNode | undefined, key: Uint8Array, at: number): TrieNode | undefined {
  if (!node) return undefined;
  if (node.kind === 'leaf') return commonPrefix(node.path, key, at) === node.path.length ? undefined : node;
  if (node.kind === 'ext') {
    if (commonPrefix(node.path, key, at) !== node.path.length) return node;
    const child = remove(node.child, key, at + node.path.length);
    if (child === node.child) return node;
    return child && prepend(node.path, child);
  }
  const n = key[at]!;
  const child = remove(node.children[n], key, at + 1);
  if (child === node.children[n]) return node;
  const children = node.children.slice();
  children[n] = child;
  let only = -1;
  for (let i = 0; i < 16; i++) {
    if (!children[i]) continue;
    if (only >= 0) return { kind: 'branch', children };
    only = i;
  }
  return only < 0 ? undefined : prepend(Uint8Array.of(only), children[only]!);
}

/** The trie with `key` (32 bytes) set to `value`, or removed when `value` is undefined. */
export function trieSet(root: TrieNode | undefined, key: Uint8Array, value: Uint8Array | undefined) {
  return value === undefined ? remove(root, nibbles(key), 0) : insert(root, nibbles(key), 0, value);
}

/** Hex-prefix encoding (appendix C) of a nibble path. */
function hexPrefix(path: Uint8Array, isLeaf: boolean): Uint8Array {
  const odd = path.length & 1;
  const out = new Uint8Array((path.length >> 1) + 1);
  out[0] = ((isLeaf ? 2 : 0) + odd) << 4;
  if (odd) out[0] |= path[0]!;
  for (let i = odd, o = 1; i < path.length; i += 2, o++) out[o] = (path[i]! << 4) | path[i + 1]!;
  return out;
}

function encode(node: TrieNode): Uint8Array {
  if (node.kind === 'leaf') return pairNode(hexPrefix(node.path, true), node.value);
  if (node.kind === 'ext') return pairNode(hexPrefix(node.path, false), refOfNode(node.child));
  return branchNode(
    node.children.map((c) => c && refOfNode(c)),
    undefined,
  );
}

function refOfNode(node: TrieNode): Ref {
  node.ref ??= refOf(encode(node));
  return node.ref;
}

/** The root hash (the root node is hashed whatever its size). */
export function trieRootHash(root: TrieNode | undefined): Uint8Array {
  if (!root) return EMPTY_ROOT.slice();
  const r = refOfNode(root);
  return r.hashed ? r.bytes.slice() : keccak_256(r.bytes);
}
