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
