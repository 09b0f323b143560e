/**
 * snarkVM's BHP Merkle tree (console/collections/src/merkle_tree: mod.rs new/prove, path/mod.rs
 * verify; Network::merkle_tree_bhp): a leaf (bits) hashes as BHP1024(0 ‖ leaf), two children as
 * BHP512(1 ‖ left ‖ right). The tree holds the next power of two of leaves; an absent node is the
 * empty hash BHP512(1 ‖ 0 ‖ 0) (whole absent subtrees hash(empty, empty)), and the root is padded
 * to DEPTH with hash(root, empty). A path is the leaf index (a u64) and DEPTH siblings, from the
 * leaf up, the padding levels' siblings being the empty hash.
 */
import { bhpHash } from '../crypto/bhp.js';
import { type Bits, pushUintBits } from '../crypto/bits.js';
import { Fq } from '../crypto/modular.js';

export interface MerklePath {
  readonly leafIndex: bigint;
  readonly siblings: readonly bigint[];
}

export function hashLeaf(leaf: readonly boolean[]): bigint {
  return bhpHash('bhp1024', [false, ...leaf]);
}

export function hashChildren(l: bigint, r: bigint): bigint {
  const bits: Bits = [true];
  pushUintBits(bits, l, Fq.bits);
  pushUintBits(bits, r, Fq.bits);
  return bhpHash('bhp512', bits);
}

let emptyHash: bigint | undefined;
/** PathHash::hash_empty. */
export const hashEmpty = (): bigint => {
  emptyHash ??= hashChildren(0n, 0n);
  return emptyHash;
};

export interface MerkleTree {
  readonly depth: number;
  readonly root: bigint;
  readonly numLeaves: number;
  prove(index: number): MerklePath;
}

const siblingOf = (i: number): number | undefined => (i === 0 ? undefined : i % 2 === 1 ? i + 1 : i - 1);
const parentOf = (i: number): number | undefined => (i === 0 ? undefined : Math.floor((i - 1) / 2));

/** MerkleTree::new over `leaves` (each leaf's bits), padded to `depth`. */
export function bhpMerkleTree(depth: number, leaves: readonly (readonly boolean[])[]): MerkleTree {
  if (leaves.length > 2 ** depth)
    throw new RangeError(
      `a Merkle tree of depth ${depth} holds at most ${2 ** depth} leaves, got ${leaves.length}`,
    );
  const empty = hashEmpty();
  let maxLeaves = 1;
  while (maxLeaves < leaves.length) maxLeaves *= 2;
  const numNodes = maxLeaves - 1;
  const treeDepth = Math.log2(maxLeaves);
  const size = Math.max(1, numNodes + leaves.length + (leaves.length > 1 ? leaves.length % 2 : 0));
  const tree = new Array<bigint>(size).fill(empty);
  leaves.forEach((l, i) => {
    tree[numNodes + i] = hashLeaf(l);
  });
  let start = numNodes;
  while (start > 0) {
    const parentStart = Math.floor((start - 1) / 2);
    const end = 2 * parentStart + 1;
    for (let i = parentStart; i < end; i++) {
      const left = 2 * i + 1;
      tree[i] =
        left < tree.length
          ? hashChildren(tree[left] as bigint, tree[left + 1] as bigint)
          : hashChildren(empty, empty);
    }
    start = parentStart;
  }
  let root = tree[0] as bigint;
  for (let d = treeDepth; d < depth; d++) root = hashChildren(root, empty);
  return {
    depth,
    root,
    numLeaves: leaves.length,
    prove(leafIndex: number): MerklePath {
      if (!(leafIndex >= 0 && leafIndex < leaves.length))
        throw new RangeError(`Merkle leaf index ${leafIndex} is out of bounds (${leaves.length} leaves)`);
      let index = numNodes + leafIndex;
      const siblings: bigint[] = [];
      for (let d = 0; d < depth; d++) {
        const s = siblingOf(index);
        if (s === undefined) break;
        siblings.push(tree[s] as bigint);
        const p = parentOf(index);
        if (p === undefined) break;
        index = p;
      }
      while (siblings.length < depth) siblings.push(empty);
      return { leafIndex: BigInt(leafIndex), siblings };
    },
  };
}

/** MerklePath::verify. */
export function verifyMerklePath(
  path: MerklePath,
  depth: number,
  root: bigint,
  leaf: readonly boolean[],
): boolean {
  if (path.leafIndex >= 1n << BigInt(depth) || path.siblings.length !== depth) return false;
  let h = hashLeaf(leaf);
  path.siblings.forEach((s, i) => {
    h = ((path.leafIndex >> BigInt(i)) & 1n) === 0n ? hashChildren(h, s) : hashChildren(s, h);
  });
  return h === root;
}

/**
 * An append-only view of a tree of `depth` as bhpMerkleTree lays it out, kept as its frontier
 * (the left siblings on the path of the next leaf, by level): appending a leaf and computing the
 * root take O(log n) hashes instead of rehashing every leaf. The tree of n leaves is the perfect
 * tree over the next power of two of leaves (the missing ones the empty hash, so an all-missing
 * subtree of height k is the k-fold hash of empty hashes), padded to `depth` with
 * hash(root, empty): the same root as bhpMerkleTree.
 */
export interface Frontier {
  readonly count: number;
  readonly branch: readonly bigint[];
}

export const EMPTY_FRONTIER: Frontier = { count: 0, branch: [] };

/** The frontier after appending a leaf (its bits). */
export function appendLeaf(f: Frontier, leaf: readonly boolean[]): Frontier {
  const branch = [...f.branch];
  let node = hashLeaf(leaf);
  let size = f.count + 1;
  for (let k = 0; ; k++) {
    if ((size & 1) === 1) {
      branch[k] = node;
      break;
    }
    node = hashChildren(branch[k] as bigint, node);
    size >>= 1;
  }
  return { count: f.count + 1, branch };
}

/** The root of the tree the frontier describes, padded to `depth`. */
export function frontierRoot(f: Frontier, depth: number): bigint {
  const empty = hashEmpty();
  let levels = 0;
  while (1 << levels < f.count) levels++;
  let root: bigint;
  if (f.count === 0) root = empty;
  // A full tree's root is the frontier's top entry.
  else if (f.count === 1 << levels) root = f.branch[levels] as bigint;
  else {
    // Fold up from the next leaf's position: a left sibling from the frontier where the count
    // has a 1 bit, an all-empty subtree where it has a 0.
    let node = empty;
    let zero = empty;
    let size = f.count;
    for (let k = 0; k < levels; k++) {
      node = (size & 1) === 1 ? hashChildren(f.branch[k] as bigint, node) : hashChildren(node, zero);
      zero = hashChildren(zero, zero);
      size >>= 1;
    }
    root = node;
  }
  for (let d = levels; d < depth; d++) root = hashChildren(root, empty);
  return root;
}
