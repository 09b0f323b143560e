/**
 * A state path's bytes and text (snarkVM console/program/src/state_path/bytes.rs and parse.rs,
 * console/collections/src/merkle_tree/path/mod.rs, the leaves' bytes.rs): version 1, then the
 * fields in declaration order; a Merkle path is its u64 leaf index and DEPTH siblings (32 bytes
 * each, little-endian), a transition leaf starts with its version. The text is bech32m with
 * the prefix `path` (`path1…`), as the SDK's OfflineQuery.addStatePath takes it.
 */
import { bech32mDecode, bech32mEncode } from '../crypto/bech32m.js';
import { AleoDecodeError } from '../crypto/errors.js';
import { Reader, Writer } from '../transition/bytes.js';
import type { MerklePath } from './merkle.js';
import {
  BLOCKS_DEPTH,
  HEADER_DEPTH,
  type StatePath,
  TRANSACTION_DEPTH,
  TRANSACTIONS_DEPTH,
  TRANSITION_DEPTH,
} from './state-path.js';

const STATE_PATH_VERSION = 1;
/**
 * The transition leaf versions a state path may carry: the SDK's snarkVM (0.11.10) reads 1 and
 * 2 and refuses 0 and 3 (measured, test/avm/circuit/inclusion.test.ts); 3d42aa04 knew only 1.
 */
const TRANSITION_LEAF_VERSIONS = [1, 2];

function writePath(w: Writer, p: MerklePath, depth: number): void {
  if (p.siblings.length !== depth)
    throw new RangeError(`a Merkle path of depth ${depth} has ${depth} siblings`);
  w.u32(Number(p.leafIndex & 0xffffffffn));
  w.u32(Number(p.leafIndex >> 32n));
  for (const s of p.siblings) w.field(s);
}

function readPath(r: Reader, depth: number): MerklePath {
  const lo = BigInt(r.u16()) | (BigInt(r.u16()) << 16n);
  const hi = BigInt(r.u16()) | (BigInt(r.u16()) << 16n);
  const leafIndex = lo | (hi << 32n);
  // MerklePath::try_from: the index must fit the tree.
  if (leafIndex >= 1n << BigInt(depth))
    throw new AleoDecodeError(
      `Invalid ${r.label}: Merkle leaf index ${leafIndex} is out of bounds for depth ${depth}`,
    );
  const siblings = Array.from({ length: depth }, () => r.field());
  return { leafIndex, siblings };
}

export function encodeStatePath(p: StatePath): Uint8Array {
  const w = new Writer();
  w.u8(STATE_PATH_VERSION);
  w.field(p.globalStateRoot);
  writePath(w, p.blockPath, BLOCKS_DEPTH);
  w.field(p.blockHash);
  w.field(p.previousBlockHash);
  w.field(p.headerRoot);
  writePath(w, p.headerPath, HEADER_DEPTH);
  w.u8(p.headerLeaf.index);
  w.field(p.headerLeaf.id);
  writePath(w, p.transactionsPath, TRANSACTIONS_DEPTH);
  w.field(p.transactionId);
  writePath(w, p.transactionPath, TRANSACTION_DEPTH);
  w.u8(p.transactionLeaf.variant);
  w.u16(p.transactionLeaf.index);
  w.field(p.transactionLeaf.id);
  w.field(p.transitionRoot);
  w.field(p.tcm);
  writePath(w, p.transitionPath, TRANSITION_DEPTH);
  w.u8(p.transitionLeaf.version);
  w.u8(p.transitionLeaf.index);
  w.u8(p.transitionLeaf.variant);
  w.field(p.transitionLeaf.id);
  return w.done();
}

export function decodeStatePath(bytes: Uint8Array): StatePath {
  const r = new Reader(bytes, 'state path');
  if (r.u8() !== STATE_PATH_VERSION) throw new AleoDecodeError('Invalid state path version');
  const globalStateRoot = r.field();
  const blockPath = readPath(r, BLOCKS_DEPTH);
  const blockHash = r.field();
  const previousBlockHash = r.field();
  const headerRoot = r.field();
  const headerPath = readPath(r, HEADER_DEPTH);
  const headerLeaf = { index: r.u8(), id: r.field() };
  const transactionsPath = readPath(r, TRANSACTIONS_DEPTH);
  const transactionId = r.field();
  const transactionPath = readPath(r, TRANSACTION_DEPTH);
  const transactionLeaf = { variant: r.u8(), index: r.u16(), id: r.field() };
  const transitionRoot = r.field();
  const tcm = r.field();
  const transitionPath = readPath(r, TRANSITION_DEPTH);
  const version = r.u8();
  if (!TRANSITION_LEAF_VERSIONS.includes(version))
    throw new AleoDecodeError(`Invalid transition leaf version: ${version}`);
  const transitionLeaf = { version, index: r.u8(), variant: r.u8(), id: r.field() };
  // Bytes after the path are ignored, as StatePath::from_str's read_le ignores them.
  return {
    globalStateRoot,
    blockPath,
    blockHash,
    previousBlockHash,
    headerRoot,
    headerPath,
    headerLeaf,
    transactionsPath,
    transactionId,
    transactionPath,
    transactionLeaf,
    transitionRoot,
    tcm,
    transitionPath,
    transitionLeaf,
  };
}

export const statePathToString = (p: StatePath): string => bech32mEncode('path', encodeStatePath(p));
export const parseStatePath = (text: string): StatePath =>
  decodeStatePath(bech32mDecode(text, 'path', 'state path'));
