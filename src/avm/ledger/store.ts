/**
 * polyvm's Aleo ledger in the state store, laid out as snarkVM's BlockStore keeps one
 * (ledger/store/src/block/mod.rs: blocks by height, the block tree of block hashes, commitments
 * and serial numbers indexed to the transition holding them; ledger/src/get.rs get_state_path
 * via BlockStore::get_state_path_for_commitment). Each stored execution is one block holding
 * its one transaction. The writes of a block go through the caller's journaled cache, so the
 * block lands in the same LMDB write transaction as the execution's mapping changes.
 *
 * Keys (the avm namespace, under `.ledger/`; no program id starts with a dot):
 *   tip                     {height: blocks stored, hash: last block hash, root: global state root,
 *                            frontier: the block tree's left siblings of the next leaf}
 *   block/<height>          the block (header fields, transactions with their transitions)
 *   node/<level>/<index>    the block tree's complete nodes (32 bytes LE; level 0 the block hashes' leaves)
 *   commitment/<field>      where a record output sits {height, transaction, transition, leaf}
 *   serial/<field>          the height of the block that spent the record
 *   transaction/<field>     the height of the block holding the transaction
 *   transition/<field>      the height of the block holding the transition
 */
import { namespacedKey } from '../../state/index.js';
import { bech32mDecode, bech32mEncode } from '../crypto/bech32m.js';
import { bigintToBytesLe, bytesToBigintLe, pushUintBits } from '../crypto/bits.js';
import { Fq } from '../crypto/modular.js';
import { AleoLedgerError } from '../errors.js';
import { transitionIdToString } from '../transition/merkle.js';
import {
  type Block,
  executionTransaction,
  makeBlock,
  type StoredTransaction,
  type StoredTransition,
  transitionLeaves,
} from './block.js';
import { headerLeafIds } from './header.js';
import {
  appendLeaf,
  EMPTY_FRONTIER,
  type Frontier,
  frontierRoot,
  hashChildren,
  hashEmpty,
  hashLeaf,
  type MerkleTree,
} from './merkle.js';
import { BLOCKS_DEPTH, blockStatePath, blockTree, type StatePath } from './state-path.js';

const fieldBits = (f: bigint): boolean[] => {
  const b: boolean[] = [];
  pushUintBits(b, f, Fq.bits);
  return b;
};

/** A global state root as snarkVM writes it (`sr1…`, the field's 32 bytes LE). */
export const stateRootToString = (root: bigint): string => bech32mEncode('sr', bigintToBytesLe(root, 32));
/** A block hash as snarkVM writes it (`ab1…`). */
export const blockHashToString = (hash: bigint): string => bech32mEncode('ab', bigintToBytesLe(hash, 32));

/** The store the ledger reads and writes (a JournaledCache, or a KVStore read directly). */
export interface LedgerStore {
  get(key: Uint8Array): Uint8Array | undefined;
  put(key: Uint8Array, value: Uint8Array): void;
}

interface Tip {
  readonly height: number;
  readonly hash: bigint;
  readonly root: bigint;
  /** The block tree's frontier, so that a block costs O(log n) hashes, not a rebuild. */
  readonly frontier: Frontier;
}

interface Location {
  readonly height: number;
  readonly transaction: number;
  readonly transition: number;
  readonly leaf: number;
}

const key = (k: string) => namespacedKey('avm', `.ledger/${k}`);
const utf8 = new TextEncoder();
const text = new TextDecoder();
const toJson = (v: unknown): Uint8Array =>
  utf8.encode(JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x)));
const fromJson = <T>(b: Uint8Array): T =>
  JSON.parse(text.decode(b), (_, x) =>
    typeof x === 'string' && /^-?\d+n$/.test(x) ? BigInt(x.slice(0, -1)) : x,
  );

const fieldOf = (t: string): bigint => {
  const m = /^(\d+)field$/.exec(t);
  if (!m) throw new RangeError(`'${t}' is not a field literal`);
  return BigInt(m[1] as string);
};

/** A transition as `run`/`execute` return it (`au1…` id, `…field` tcm and input/output ids). */
export interface LedgerTransition {
  readonly id: string;
  readonly tcm: string;
  readonly inputs: readonly { readonly type: string; readonly id: string }[];
  readonly outputs: readonly { readonly type: string; readonly id: string }[];
}

export interface AppendOptions {
  readonly network?: number;
  /** The block's timestamp (Unix seconds); 0 by default, so that a ledger replays to the same roots. */
  readonly timestamp?: bigint;
}

export interface AleoLedger {
  /** The number of blocks stored (the next block's height). */
  height(): number;
  /** The global state root: the block tree's root (the empty tree's while no block is stored). */
  stateRoot(): bigint;
  block(height: number): Block | undefined;
  /** Stores the execution (its transitions, callees first as `execute` returns them) as the next block. */
  appendExecution(transitions: readonly LedgerTransition[], opts?: AppendOptions): Block;
  /**
   * The commitment's StatePath under the global state root of the first `blocks` blocks (all by
   * default), undefined when no such block holds it.
   */
  statePath(commitment: bigint, blocks?: number): StatePath | undefined;
  /** The height of the block that spent the serial number, if any did. */
  spentAt(serialNumber: bigint): number | undefined;
  /** Whether a stored block holds the record commitment (snarkVM's TransitionStore::contains_commitment). */
  hasCommitment(commitment: bigint): boolean;
}

/** A transaction id as snarkVM writes it (`at1…`). */
export const transactionIdToString = (id: bigint): string => bech32mEncode('at', bigintToBytesLe(id, 32));

const hasDuplicates = (xs: readonly bigint[]): boolean => new Set(xs).size !== xs.length;

/**
 * VM::check_transaction's uniqueness checks, in its order, over what the ledger indexes: the
 * transaction id, then transition ids in the transaction and in the ledger, then input ids (a record input's id is
 * its serial number) in the transaction and in the ledger (a double spend).
 */
function requireUnique(tx: StoredTransaction, stored: readonly StoredTransition[], store: LedgerStore): void {
  if (store.get(key(`transaction/${tx.id}`)))
    throw new AleoLedgerError(`Transaction '${transactionIdToString(tx.id)}' already exists in the ledger`);
  if (hasDuplicates(stored.map((t) => t.id)))
    throw new AleoLedgerError('Found a duplicate transition ID in the transaction');
  for (const t of stored)
    if (store.get(key(`transition/${t.id}`)))
      throw new AleoLedgerError(
        `The transition ID '${transitionIdToString(t.id)}' already exists in the ledger`,
      );
  const inputs = stored.flatMap((t) => t.inputs);
  if (hasDuplicates(inputs.map((x) => fieldOf(x.id))))
    throw new AleoLedgerError('Found a duplicate input ID in the transaction');
  for (const x of inputs)
    if (x.type === 'record' && store.get(key(`serial/${fieldOf(x.id)}`)))
      throw new AleoLedgerError(`The input ID '${x.id}' already exists in the ledger`);
}

export function aleoLedger(store: LedgerStore): AleoLedger {
  const tip = (): Tip | undefined => {
    const b = store.get(key('tip'));
    return b ? fromJson<Tip>(b) : undefined;
  };
  const treeNode = (level: number, index: number): bigint => {
    const b = store.get(key(`node/${level}/${index}`));
    if (!b) throw new RangeError(`the ledger has no block tree node ${level}/${index}`);
    return bytesToBigintLe(b);
  };
  /**
   * The block tree of the first `n` blocks from its stored nodes (bhpMerkleTree's layout): a
   * subtree wholly past the last block is the all-empty one, the one holding it is rebuilt from
   * its children.
   */
  const treeOf = (n: number): MerkleTree => {
    let levels = 0;
    while (1 << levels < n) levels++;
    const zero: bigint[] = [hashEmpty()];
    for (let k = 1; k <= levels; k++) zero.push(hashChildren(zero[k - 1] as bigint, zero[k - 1] as bigint));
    const subtree = (level: number, index: number): bigint => {
      if ((index + 1) * 2 ** level <= n) return treeNode(level, index);
      if (index * 2 ** level >= n) return zero[level] as bigint;
      return hashChildren(subtree(level - 1, 2 * index), subtree(level - 1, 2 * index + 1));
    };
    let root = n === 0 ? hashEmpty() : subtree(levels, 0);
    for (let d = levels; d < BLOCKS_DEPTH; d++) root = hashChildren(root, hashEmpty());
    return {
      depth: BLOCKS_DEPTH,
      root,
      numLeaves: n,
      prove(leafIndex) {
        if (!(leafIndex >= 0 && leafIndex < n))
          throw new RangeError(`Merkle leaf index ${leafIndex} is out of bounds (${n} leaves)`);
        const siblings: bigint[] = [];
        for (let k = 0; k < levels; k++) siblings.push(subtree(k, (leafIndex >> k) ^ 1));
        while (siblings.length < BLOCKS_DEPTH) siblings.push(hashEmpty());
        return { leafIndex: BigInt(leafIndex), siblings };
      },
    };
  };
  const block = (height: number): Block | undefined => {
    const b = store.get(key(`block/${height}`));
    return b ? fromJson<Block>(b) : undefined;
  };
  return {
    height: () => tip()?.height ?? 0,
    stateRoot: () => tip()?.root ?? blockTree([]).root,
    block,
    appendExecution(transitions, opts = {}) {
      const t = tip();
      const height = t?.height ?? 0;
      const stored: StoredTransition[] = transitions.map((x) => ({
        id: bytesToBigintLe(bech32mDecode(x.id, 'au', 'transition id')),
        tcm: fieldOf(x.tcm),
        inputs: x.inputs.map(({ type, id }) => ({ type, id })),
        outputs: x.outputs.map(({ type, id }) => ({ type, id })),
      }));
      const tx: StoredTransaction = executionTransaction(stored);
      requireUnique(tx, stored, store);
      const b = makeBlock(
        {
          height,
          previousHash: t?.hash ?? 0n,
          // The first block's previous state root is zero, as the genesis header's.
          previousStateRoot: t ? t.root : 0n,
          network: opts.network ?? 0,
          timestamp: opts.timestamp ?? 0n,
        },
        [tx],
      );
      const frontier = appendLeaf(t?.frontier ?? EMPTY_FRONTIER, fieldBits(b.hash));
      // The block tree's complete nodes by (level, index): a leaf, and each subtree it completes.
      {
        let node = hashLeaf(fieldBits(b.hash));
        let index = height;
        store.put(key(`node/0/${index}`), bigintToBytesLe(node, 32));
        for (let level = 0; index % 2 === 1; level++) {
          node = hashChildren(treeNode(level, index - 1), node);
          index >>= 1;
          store.put(key(`node/${level + 1}/${index}`), bigintToBytesLe(node, 32));
        }
      }
      store.put(key(`block/${height}`), toJson(b));
      store.put(key(`transaction/${tx.id}`), toJson(height));
      for (const t of stored) store.put(key(`transition/${t.id}`), toJson(height));
      stored.forEach((s, i) => {
        s.outputs.forEach((o, j) => {
          if (o.type === 'record')
            store.put(
              key(`commitment/${fieldOf(o.id)}`),
              toJson({ height, transaction: 0, transition: i, leaf: s.inputs.length + j }),
            );
        });
        for (const x of s.inputs)
          if (x.type === 'record') store.put(key(`serial/${fieldOf(x.id)}`), toJson(height));
      });
      const root = frontierRoot(frontier, BLOCKS_DEPTH);
      store.put(key('tip'), toJson({ height: height + 1, hash: b.hash, root, frontier }));
      return b;
    },
    statePath(commitment, blocks = tip()?.height ?? 0) {
      const at = store.get(key(`commitment/${commitment}`));
      if (!at) return undefined;
      const loc = fromJson<Location>(at);
      if (loc.height >= blocks) return undefined;
      const b = block(loc.height);
      const tx = b?.transactions[loc.transaction];
      const tr = tx?.transitions[loc.transition];
      if (!b || !tx || !tr) throw new RangeError(`the ledger's index of commitment ${commitment} is broken`);
      return blockStatePath(
        treeOf(blocks),
        loc.height,
        {
          previousHash: b.previousHash,
          headerIds: headerLeafIds(b.header),
          transactionIds: b.transactions.map((x) => x.id),
        },
        loc.transaction,
        {
          transitionIds: tx.transitions.map((x) => x.id),
          transitionIndex: loc.transition,
          transitionLeaves: transitionLeaves(tr),
          tcm: tr.tcm,
          leafIndex: loc.leaf,
        },
      );
    },
    spentAt(serialNumber) {
      const b = store.get(key(`serial/${serialNumber}`));
      return b ? fromJson<number>(b) : undefined;
    },
    hasCommitment: (commitment) => store.get(key(`commitment/${commitment}`)) !== undefined,
  };
}
