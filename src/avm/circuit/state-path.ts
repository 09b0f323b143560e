/**
 * The state path in circuit (snarkVM circuit/program/src/state_path: mod.rs Inject, verify.rs,
 * helpers/{header,transaction,transition}_leaf.rs). Injected in field order, the global state
 * root always public and everything else in the path's mode; `verify` checks the transition
 * path (and that the leaf is a record, variant 3), the transaction leaf (BHP512 of transition
 * root ‖ tcm), the transaction path (variant 1, an execution), then either the local root (the
 * transaction id) or the global chain: transactions path, header path (leaf index 1, the
 * transactions root), block hash BHP1024(previous hash ‖ header root) and the block path.
 */
import {
  BLOCKS_DEPTH,
  HEADER_DEPTH,
  type StatePath,
  TRANSACTION_DEPTH,
  TRANSACTIONS_DEPTH,
  TRANSITION_DEPTH,
} from '../ledger/state-path.js';
import { bhpHash } from './bhp.js';
import { Bool } from './boolean.js';
import type { Mode } from './env.js';
import { Fld } from './field.js';
import { Int, intType } from './integer.js';
import { type CMerklePath, injectMerklePath, verifyMerklePathBhp } from './merkle.js';

const U8 = intType('u8');
const U16 = intType('u16');

export interface CStatePath {
  readonly globalStateRoot: Fld;
  readonly blockPath: CMerklePath;
  readonly blockHash: Fld;
  readonly previousBlockHash: Fld;
  readonly headerRoot: Fld;
  readonly headerPath: CMerklePath;
  readonly headerLeaf: { readonly index: Int; readonly id: Fld };
  readonly transactionsPath: CMerklePath;
  readonly transactionId: Fld;
  readonly transactionPath: CMerklePath;
  readonly transactionLeaf: { readonly variant: Int; readonly index: Int; readonly id: Fld };
  readonly transitionRoot: Fld;
  readonly tcm: Fld;
  readonly transitionPath: CMerklePath;
  readonly transitionLeaf: {
    readonly version: Int;
    readonly index: Int;
    readonly variant: Int;
    readonly id: Fld;
  };
}

/** StatePath::new (mode constant or private; the global state root is public). */
export function injectStatePath(mode: Mode, p: StatePath): CStatePath {
  const c = mode === 'constant';
  const int = (t: typeof U8, v: number) => Int.witness(t, BigInt(v), c);
  const f = (v: bigint) => Fld.new(mode, v);
  // Struct literal fields are evaluated in source order, as Rust's are.
  return {
    globalStateRoot: Fld.new('public', p.globalStateRoot),
    blockPath: injectMerklePath(mode, BLOCKS_DEPTH, p.blockPath),
    blockHash: f(p.blockHash),
    previousBlockHash: f(p.previousBlockHash),
    headerRoot: f(p.headerRoot),
    headerPath: injectMerklePath(mode, HEADER_DEPTH, p.headerPath),
    headerLeaf: { index: int(U8, p.headerLeaf.index), id: f(p.headerLeaf.id) },
    transactionsPath: injectMerklePath(mode, TRANSACTIONS_DEPTH, p.transactionsPath),
    transactionId: f(p.transactionId),
    transactionPath: injectMerklePath(mode, TRANSACTION_DEPTH, p.transactionPath),
    transactionLeaf: {
      variant: int(U8, p.transactionLeaf.variant),
      index: int(U16, p.transactionLeaf.index),
      id: f(p.transactionLeaf.id),
    },
    transitionRoot: f(p.transitionRoot),
    tcm: f(p.tcm),
    transitionPath: injectMerklePath(mode, TRANSITION_DEPTH, p.transitionPath),
    transitionLeaf: {
      version: int(U8, p.transitionLeaf.version),
      index: int(U8, p.transitionLeaf.index),
      variant: int(U8, p.transitionLeaf.variant),
      id: f(p.transitionLeaf.id),
    },
  };
}

/** StatePath::verify: the global checks when `isGlobal`, else the local root. */
export function verifyStatePath(p: CStatePath, isGlobal: Bool, localStateRoot: Fld): Bool {
  const tl = p.transitionLeaf;
  const transitionPath = verifyMerklePathBhp(p.transitionPath, p.transitionRoot, [
    ...tl.version.bits,
    ...tl.index.bits,
    ...tl.variant.bits,
    ...tl.id.toBitsLe(),
  ]).and(tl.variant.isEqual(Int.constant(U8, 3n)));
  const transactionLeaf = bhpHash('bhp512', [...p.transitionRoot.toBitsLe(), ...p.tcm.toBitsLe()]).isEqual(
    p.transactionLeaf.id,
  );
  const xl = p.transactionLeaf;
  const transactionPath = verifyMerklePathBhp(p.transactionPath, p.transactionId, [
    ...xl.variant.bits,
    ...xl.index.bits,
    ...xl.id.toBitsLe(),
  ]).and(xl.variant.isEqual(Int.constant(U8, 1n)));
  const transactionsPath = verifyMerklePathBhp(
    p.transactionsPath,
    p.headerLeaf.id,
    p.transactionId.toBitsLe(),
  );
  const headerPath = verifyMerklePathBhp(p.headerPath, p.headerRoot, [
    ...p.headerLeaf.index.bits,
    ...p.headerLeaf.id.toBitsLe(),
  ]).and(p.headerLeaf.index.isEqual(Int.constant(U8, 1n)));
  const blockHash = bhpHash('bhp1024', [
    ...p.previousBlockHash.toBitsLe(),
    ...p.headerRoot.toBitsLe(),
  ]).isEqual(p.blockHash);
  const stateRoot = verifyMerklePathBhp(p.blockPath, p.globalStateRoot, p.blockHash.toBitsLe());
  const inTransaction = transitionPath.and(transactionPath).and(transactionLeaf);
  const local = inTransaction.and(localStateRoot.isEqual(p.transactionId));
  const global = inTransaction.and(transactionsPath).and(headerPath).and(blockHash).and(stateRoot);
  return Bool.ternary(isGlobal, global, local);
}
