/**
 * The transition id (snarkVM ledger/block/src/transition/merkle.rs, console/collections
 * merkle_tree, state_path/transition_leaf): leaves are (version u8 = 1, index u8, variant u8,
 * id field) bits, hashed as BHP1024(0 ‖ leaf); inner nodes BHP512(1 ‖ left ‖ right); the
 * tree holds the next power of two of leaves, missing leaves and whole missing nodes take
 * the empty hash BHP512(1 ‖ 0 ‖ 0) resp. hash(empty, empty); the root is padded to depth 5
 * with hash(root, empty). id = BHP512(root ‖ tcm), written `au1…` (bech32m of 32 LE bytes).
 */
import { bech32mEncode } from '../crypto/bech32m.js';
import { bhpHash } from '../crypto/bhp.js';
import { type Bits, bigintToBytesLe, pushUintBits } from '../crypto/bits.js';
import { Fq } from '../crypto/modular.js';

export const TRANSITION_DEPTH = 5;

export interface TransitionLeaf {
  readonly variant: number;
  readonly id: bigint;
}

export function hashChildren(l: bigint, r: bigint): bigint {
  const bits: Bits = [true];
  pushUintBits(bits, l, Fq.bits);
  pushUintBits(bits, r, Fq.bits);
  return bhpHash('bhp512', bits);
}

function hashLeaf(index: number, leaf: TransitionLeaf): bigint {
  const bits: Bits = [false];
  pushUintBits(bits, 1n, 8);
  pushUintBits(bits, BigInt(index), 8);
  pushUintBits(bits, BigInt(leaf.variant), 8);
  pushUintBits(bits, leaf.id, Fq.bits);
  return bhpHash('bhp1024', bits);
}

/** MerkleTree::new root over the leaves (inputs, then outputs). */
export function transitionRoot(leaves: readonly TransitionLeaf[]): bigint {
  let maxLeaves = 1;
  while (maxLeaves < leaves.length) maxLeaves *= 2;
  const numNodes = maxLeaves - 1;
  const treeDepth = Math.log2(maxLeaves);
  const empty = hashChildren(0n, 0n);
  const size = Math.max(1, numNodes + leaves.length + (leaves.length > 1 ? leaves.length % 2 : 0));
  const tree = new Array<bigint>(size).fill(empty);
  leaves.forEach((l, i) => {
    tree[numNodes + i] = hashLeaf(i, l);
  });
  let start = numNodes;
  while (start > 0) {
    const parentStart = Math.floor((start - 1) / 2);
    const end = 2 * parentStart + 1;
    for (let i = parentStart; i < end; i++) {
      const left = 2 * i + 1;
      tree[i] = left < tree.length ? hashChildren(tree[left]!, tree[left + 1]!) : hashChildren(empty, empty);
    }
    start = parentStart;
  }
  let root = tree[0]!;
  for (let d = treeDepth; d < TRANSITION_DEPTH; d++) root = hashChildren(root, empty);
  return root;
}

export function transitionId(leaves: readonly TransitionLeaf[], tcm: bigint): bigint {
  const bits: Bits = [];
  pushUintBits(bits, transitionRoot(leaves), Fq.bits);
  pushUintBits(bits, tcm, Fq.bits);
  return bhpHash('bhp512', bits);
}

export const transitionIdToString = (id: bigint): string => bech32mEncode('au', bigintToBytesLe(id, 32));
