/**
 * snarkVM's StatePath (console/program/src/state_path: mod.rs, verify.rs, the three leaf types'
 * to_bits.rs, configuration/mod.rs): the path from a record commitment (a transition leaf) up to
 * the global state root through the transition tree, the transaction tree, the block's
 * transactions tree, its header tree, the block hash and the block tree; or, for a record made
 * earlier in the same execution, up to the local state root (the transaction tree built so far,
 * StatePath::new_local, whose block fields are placeholders).
 */
import { bhpHash } from '../crypto/bhp.js';
import { type Bits, pushUintBits } from '../crypto/bits.js';
import { Fq } from '../crypto/modular.js';
import { bhpMerkleTree, type MerklePath, verifyMerklePath } from './merkle.js';

export const BLOCKS_DEPTH = 32;
export const HEADER_DEPTH = 3;
export const TRANSACTIONS_DEPTH = 20;
export const TRANSACTION_DEPTH = 5;
export const TRANSITION_DEPTH = 5;

/** Output::Record's variant in a transition leaf (Input::Record's too). */
export const RECORD_VARIANT = 3;
/** TransactionLeaf::new_execution's variant. */
export const EXECUTION_VARIANT = 1;
/** Header::transactions_root's index among the header leaves. */
export const TRANSACTIONS_ROOT_INDEX = 1;

export interface TransitionLeaf {
  readonly version: number;
  readonly index: number;
  readonly variant: number;
  readonly id: bigint;
}
export interface TransactionLeaf {
  readonly variant: number;
  readonly index: number;
  readonly id: bigint;
}
export interface HeaderLeaf {
  readonly index: number;
  readonly id: bigint;
}

export const transitionLeafBits = (l: TransitionLeaf): Bits => {
  const b: Bits = [];
  pushUintBits(b, BigInt(l.version), 8);
  pushUintBits(b, BigInt(l.index), 8);
  pushUintBits(b, BigInt(l.variant), 8);
  pushUintBits(b, l.id, Fq.bits);
  return b;
};
export const transactionLeafBits = (l: TransactionLeaf): Bits => {
  const b: Bits = [];
  pushUintBits(b, BigInt(l.variant), 8);
  pushUintBits(b, BigInt(l.index), 16);
  pushUintBits(b, l.id, Fq.bits);
  return b;
};
export const headerLeafBits = (l: HeaderLeaf): Bits => {
  const b: Bits = [];
  pushUintBits(b, BigInt(l.index), 8);
  pushUintBits(b, l.id, Fq.bits);
  return b;
};
const fieldBits = (f: bigint): Bits => {
  const b: Bits = [];
  pushUintBits(b, f, Fq.bits);
  return b;
};

export interface StatePath {
  readonly globalStateRoot: bigint;
  readonly blockPath: MerklePath;
  readonly blockHash: bigint;
  readonly previousBlockHash: bigint;
  readonly headerRoot: bigint;
  readonly headerPath: MerklePath;
  readonly headerLeaf: HeaderLeaf;
  readonly transactionsPath: MerklePath;
  readonly transactionId: bigint;
  readonly transactionPath: MerklePath;
  readonly transactionLeaf: TransactionLeaf;
  readonly transitionRoot: bigint;
  readonly tcm: bigint;
  readonly transitionPath: MerklePath;
  readonly transitionLeaf: TransitionLeaf;
}

/** Block::hash as the state path checks it: BHP1024(previous block hash ‖ header root). */
export const blockHash = (previousBlockHash: bigint, headerRoot: bigint): bigint =>
  bhpHash('bhp1024', [...fieldBits(previousBlockHash), ...fieldBits(headerRoot)]);

/** Transition::to_root over its leaves (inputs, then outputs), and the path of leaf `index`. */
export function transitionTree(leaves: readonly TransitionLeaf[]) {
  return bhpMerkleTree(TRANSITION_DEPTH, leaves.map(transitionLeafBits));
}

/** The transaction tree of an execution's transitions (TransactionLeaf::new_execution(i, id)). */
export function transactionTree(transitionIds: readonly bigint[]) {
  const leaves = transitionIds.map((id, index) => ({ variant: EXECUTION_VARIANT, index, id }));
  return { leaves, tree: bhpMerkleTree(TRANSACTION_DEPTH, leaves.map(transactionLeafBits)) };
}

/** The part of a state path inside one transaction: where a record output sits. */
export interface RecordLocation {
  /** The transaction's transitions' ids, in order (the local tree: those before the spender). */
  readonly transitionIds: readonly bigint[];
  /** Which of them made the record. */
  readonly transitionIndex: number;
  /** That transition's leaves (inputs then outputs, TransitionLeaf with its index) and tcm. */
  readonly transitionLeaves: readonly TransitionLeaf[];
  readonly tcm: bigint;
  /** The record commitment's leaf index (number of inputs + output index). */
  readonly leafIndex: number;
}

function inner(loc: RecordLocation) {
  const tt = transitionTree(loc.transitionLeaves);
  const leaf = loc.transitionLeaves[loc.leafIndex];
  if (!leaf) throw new RangeError(`the transition has no leaf ${loc.leafIndex}`);
  const tx = transactionTree(loc.transitionIds);
  const txLeaf = tx.leaves[loc.transitionIndex];
  if (!txLeaf) throw new RangeError(`the transaction has no transition ${loc.transitionIndex}`);
  return {
    transactionId: tx.tree.root,
    transactionPath: tx.tree.prove(loc.transitionIndex),
    transactionLeaf: txLeaf,
    transitionRoot: tt.root,
    tcm: loc.tcm,
    transitionPath: tt.prove(loc.leafIndex),
    transitionLeaf: leaf,
  };
}

/** StatePath::new_local: the block part is a one-leaf tree over the transaction id, block hash zero. */
export function localStatePath(globalStateRoot: bigint, loc: RecordLocation): StatePath {
  const t = inner(loc);
  const transactions = bhpMerkleTree(TRANSACTIONS_DEPTH, [fieldBits(t.transactionId)]);
  const headerLeaf = { index: 0, id: transactions.root };
  const header = bhpMerkleTree(HEADER_DEPTH, [headerLeafBits(headerLeaf)]);
  const block = bhpMerkleTree(BLOCKS_DEPTH, [fieldBits(0n)]);
  return {
    globalStateRoot,
    blockPath: block.prove(0),
    blockHash: 0n,
    previousBlockHash: 0n,
    headerRoot: header.root,
    headerPath: header.prove(0),
    headerLeaf,
    transactionsPath: transactions.prove(0),
    ...t,
  };
}

/** A block as the state path sees it: its previous hash, its header leaves' ids, its transaction ids. */
export interface BlockShape {
  readonly previousHash: bigint;
  /** The header tree's leaf ids by index; index 1 is replaced by the transactions root. */
  readonly headerIds: readonly bigint[];
  readonly transactionIds: readonly bigint[];
}

/**
 * StatePath::new for a record in block `height` of `blocks` (the block tree holds every block's
 * hash by height), transaction `transactionIndex` of that block.
 */
export function globalStatePath(
  blocks: readonly BlockShape[],
  height: number,
  transactionIndex: number,
  loc: RecordLocation,
): StatePath {
  const hashes = blocks.map((b) => {
    const transactions = bhpMerkleTree(TRANSACTIONS_DEPTH, b.transactionIds.map(fieldBits));
    const ids = b.headerIds.map((id, index) => (index === TRANSACTIONS_ROOT_INDEX ? transactions.root : id));
    const header = bhpMerkleTree(
      HEADER_DEPTH,
      ids.map((id, index) => headerLeafBits({ index, id })),
    );
    return blockHash(b.previousHash, header.root);
  });
  const b = blocks[height];
  if (!b) throw new RangeError(`no block at height ${height}`);
  return blockStatePath(bhpMerkleTree(BLOCKS_DEPTH, hashes.map(fieldBits)), height, b, transactionIndex, loc);
}

/** The block tree (BHP, depth 32) over block hashes by height: its root is the global state root. */
export const blockTree = (hashes: readonly bigint[]) => bhpMerkleTree(BLOCKS_DEPTH, hashes.map(fieldBits));

/**
 * StatePath::new for a record in transaction `transactionIndex` of `block`, block `height` of
 * the ledger whose block tree is `tree`.
 */
export function blockStatePath(
  tree: ReturnType<typeof bhpMerkleTree>,
  height: number,
  block: BlockShape,
  transactionIndex: number,
  loc: RecordLocation,
): StatePath {
  const t = inner(loc);
  const transactions = bhpMerkleTree(TRANSACTIONS_DEPTH, block.transactionIds.map(fieldBits));
  const ids = block.headerIds.map((id, index) =>
    index === TRANSACTIONS_ROOT_INDEX ? transactions.root : id,
  );
  const leaves = ids.map((id, index) => ({ index, id }));
  const header = bhpMerkleTree(HEADER_DEPTH, leaves.map(headerLeafBits));
  if (block.transactionIds[transactionIndex] !== t.transactionId)
    throw new RangeError(`block ${height} has not this transaction at index ${transactionIndex}`);
  return {
    globalStateRoot: tree.root,
    blockPath: tree.prove(height),
    blockHash: blockHash(block.previousHash, header.root),
    previousBlockHash: block.previousHash,
    headerRoot: header.root,
    headerPath: header.prove(TRANSACTIONS_ROOT_INDEX),
    headerLeaf: leaves[TRANSACTIONS_ROOT_INDEX] as HeaderLeaf,
    transactionsPath: transactions.prove(transactionIndex),
    ...t,
  };
}

/** StatePath::verify (console): the local or the global checks. */
export function verifyStatePath(p: StatePath, isGlobal: boolean, localStateRoot: bigint): boolean {
  const transitionOk =
    verifyMerklePath(
      p.transitionPath,
      TRANSITION_DEPTH,
      p.transitionRoot,
      transitionLeafBits(p.transitionLeaf),
    ) && p.transitionLeaf.variant === RECORD_VARIANT;
  const leafOk =
    bhpHash('bhp512', [...fieldBits(p.transitionRoot), ...fieldBits(p.tcm)]) === p.transactionLeaf.id;
  const transactionOk =
    verifyMerklePath(
      p.transactionPath,
      TRANSACTION_DEPTH,
      p.transactionId,
      transactionLeafBits(p.transactionLeaf),
    ) && p.transactionLeaf.variant === EXECUTION_VARIANT;
  if (!(transitionOk && leafOk && transactionOk)) return false;
  if (!isGlobal) return localStateRoot === p.transactionId;
  return (
    verifyMerklePath(p.transactionsPath, TRANSACTIONS_DEPTH, p.headerLeaf.id, fieldBits(p.transactionId)) &&
    verifyMerklePath(p.headerPath, HEADER_DEPTH, p.headerRoot, headerLeafBits(p.headerLeaf)) &&
    p.headerLeaf.index === TRANSACTIONS_ROOT_INDEX &&
    blockHash(p.previousBlockHash, p.headerRoot) === p.blockHash &&
    verifyMerklePath(p.blockPath, BLOCKS_DEPTH, p.globalStateRoot, fieldBits(p.blockHash))
  );
}
