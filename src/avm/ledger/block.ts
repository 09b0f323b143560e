/**
 * A block of polyvm's ledger, built as snarkVM's Block::new_beacon lays one out (ledger/block/src:
 * mod.rs, transactions/merkle.rs, transaction/merkle.rs, header/merkle.rs): its transactions'
 * ids in a BHP Merkle tree of depth 20, a header over that root, the block hash
 * BHP1024(previous hash ‖ header root). An execution's transaction id is
 * Transaction::execution_tree's root: TransactionLeaf::new_execution(i, transition id) per
 * transition, no fee leaf (polyvm charges no fees).
 *
 * What polyvm does not model is written as snarkVM writes an empty one: no ratifications (the
 * empty tree of depth 16), no solutions (zero), no subdag (zero, as a beacon block), and each
 * transaction with no finalize operations (Transactions::to_finalize_root over empty finalize
 * trees of depth 24); the metadata carries the network, the height as round and height, and
 * the timestamp, its targets and weights zero.
 */
import { type Bits, pushUintBits } from '../crypto/bits.js';
import { Fq } from '../crypto/modular.js';
import { type Header, headerTree } from './header.js';
import { bhpMerkleTree } from './merkle.js';
import {
  blockHash,
  RECORD_VARIANT,
  TRANSACTION_DEPTH,
  TRANSACTIONS_DEPTH,
  type TransitionLeaf,
  transactionTree,
} from './state-path.js';

/** configuration/mod.rs: RATIFICATIONS_DEPTH, FINALIZE_ID_DEPTH (TRANSACTION_DEPTH + 4), FINALIZE_OPERATIONS_DEPTH. */
export const RATIFICATIONS_DEPTH = 16;
export const FINALIZE_ID_DEPTH = TRANSACTION_DEPTH + 4;
export const FINALIZE_OPERATIONS_DEPTH = TRANSACTIONS_DEPTH;

const fieldBits = (f: bigint): Bits => {
  const b: Bits = [];
  pushUintBits(b, f, Fq.bits);
  return b;
};

/** Input/Output variants of a transition leaf (ledger/block/src/transition/{input,output}/mod.rs). */
const LEAF_VARIANT: Readonly<Record<string, number>> = {
  constant: 0,
  public: 1,
  private: 2,
  record: RECORD_VARIANT,
  external_record: 4,
  future: 5,
};

const fieldOf = (text: string, what: string): bigint => {
  const m = /^(\d+)field$/.exec(text);
  if (!m) throw new RangeError(`${what} '${text}' is not a field literal`);
  return BigInt(m[1] as string);
};

/** The transition's leaves: its inputs then its outputs, TransitionLeaf version 1 (Transition::to_leaf). */
export function transitionLeaves(t: {
  readonly inputs: readonly { type: string; id: string }[];
  readonly outputs: readonly { type: string; id: string }[];
}): TransitionLeaf[] {
  return [...t.inputs, ...t.outputs].map((x, index) => {
    const variant = LEAF_VARIANT[x.type];
    if (variant === undefined) throw new RangeError(`unknown transition input/output type '${x.type}'`);
    return { version: 1, index, variant, id: fieldOf(x.id, `leaf ${index} id`) };
  });
}

/** What the ledger keeps of a transition: enough for its leaves and the state paths through it. */
export interface StoredTransition {
  readonly id: bigint;
  readonly tcm: bigint;
  readonly inputs: readonly { type: string; id: string }[];
  readonly outputs: readonly { type: string; id: string }[];
}

export interface StoredTransaction {
  readonly id: bigint;
  readonly transitions: readonly StoredTransition[];
}

export interface Block {
  readonly height: number;
  readonly hash: bigint;
  readonly previousHash: bigint;
  readonly header: Header;
  readonly transactions: readonly StoredTransaction[];
}

let emptyFinalizeId: bigint | undefined;
/** The finalize id of a transaction with no finalize operations (and the ratified one of a block with none). */
const noFinalizeId = (): bigint => {
  emptyFinalizeId ??= bhpMerkleTree(FINALIZE_ID_DEPTH, []).root;
  return emptyFinalizeId;
};

/** Transactions::to_finalize_root with no finalize operations anywhere. */
export const finalizeRoot = (numTransactions: number): bigint =>
  bhpMerkleTree(
    FINALIZE_OPERATIONS_DEPTH,
    Array.from({ length: numTransactions + 1 }, () => fieldBits(noFinalizeId())),
  ).root;

let emptyRatifications: bigint | undefined;
export const emptyRatificationsRoot = (): bigint => {
  emptyRatifications ??= bhpMerkleTree(RATIFICATIONS_DEPTH, []).root;
  return emptyRatifications;
};

/** Transactions::to_transactions_root. */
export const transactionsRoot = (ids: readonly bigint[]): bigint =>
  bhpMerkleTree(TRANSACTIONS_DEPTH, ids.map(fieldBits)).root;

/** An execution's transaction: its id is the root of the tree over its transitions' ids. */
export function executionTransaction(transitions: readonly StoredTransition[]): StoredTransaction {
  return { id: transactionTree(transitions.map((t) => t.id)).tree.root, transitions };
}

export interface BlockContext {
  readonly height: number;
  readonly previousHash: bigint;
  /** The global state root before this block (the block tree over blocks 0..height-1; zero for the first). */
  readonly previousStateRoot: bigint;
  readonly network: number;
  readonly timestamp: bigint;
}

export function makeBlock(ctx: BlockContext, transactions: readonly StoredTransaction[]): Block {
  const header: Header = {
    previousStateRoot: ctx.previousStateRoot,
    transactionsRoot: transactionsRoot(transactions.map((t) => t.id)),
    finalizeRoot: finalizeRoot(transactions.length),
    ratificationsRoot: emptyRatificationsRoot(),
    solutionsRoot: 0n,
    subdagRoot: 0n,
    metadata: {
      network: ctx.network,
      round: BigInt(ctx.height),
      height: ctx.height,
      cumulativeWeight: 0n,
      cumulativeProofTarget: 0n,
      coinbaseTarget: 0n,
      proofTarget: 0n,
      lastCoinbaseTarget: 0n,
      lastCoinbaseTimestamp: 0n,
      timestamp: ctx.timestamp,
    },
  };
  return {
    height: ctx.height,
    hash: blockHash(ctx.previousHash, headerTree(header).root),
    previousHash: ctx.previousHash,
    header,
    transactions,
  };
}
