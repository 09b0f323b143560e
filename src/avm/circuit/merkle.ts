/**
 * Merkle paths in circuit (snarkVM circuit/collections/src/merkle_tree: mod.rs Inject, verify.rs,
 * helpers/leaf_hash.rs and path_hash.rs; AleoV0::verify_merkle_path_bhp): the leaf index is a
 * u64 and each sibling a field, both in the path's mode; verification hashes the leaf with
 * BHP1024 over (false ‖ leaf), then at each level picks (current, sibling) or (sibling,
 * current) by the index bit with two field ternaries and hashes BHP512 over
 * (true ‖ left bits ‖ right bits), and compares the result with the root.
 */
import type { MerklePath as ConsoleMerklePath } from '../ledger/merkle.js';
import { bhpHash } from './bhp.js';
import { Bool } from './boolean.js';
import type { Mode } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Int, intType } from './integer.js';

const U64 = intType('u64');

export interface CMerklePath {
  readonly depth: number;
  readonly leafIndex: Int;
  readonly siblings: readonly Fld[];
}

/** MerklePath::new: the leaf index first (64 booleans), then the siblings. */
export function injectMerklePath(mode: Mode, depth: number, p: ConsoleMerklePath): CMerklePath {
  if (mode === 'public') throw new CircuitHalt('a public Merkle path is not modelled');
  const leafIndex = Int.witness(U64, p.leafIndex, mode === 'constant');
  const siblings = p.siblings.map((s) => Fld.new(mode, s));
  if (siblings.length !== depth) throw new CircuitHalt('Merkle path is not the correct depth');
  return { depth, leafIndex, siblings };
}

/** MerklePath::verify with the BHP1024 leaf hasher and the BHP512 path hasher. */
export function verifyMerklePathBhp(path: CMerklePath, root: Fld, leaf: readonly Bool[]): Bool {
  if (path.leafIndex.value >= 1n << BigInt(path.depth))
    throw new CircuitHalt('Found an out of bounds Merkle leaf index');
  let current = bhpHash('bhp1024', [Bool.constant(false), ...leaf]);
  const indicators = path.leafIndex.bits.slice(0, path.depth).map((b) => b.not());
  indicators.forEach((indicator, i) => {
    const sibling = path.siblings[i] as Fld;
    const left = Fld.ternary(indicator, current, sibling);
    const right = Fld.ternary(indicator, sibling, current);
    current = bhpHash('bhp512', [Bool.constant(true), ...left.toBitsLe(), ...right.toBitsLe()]);
  });
  return root.isEqual(current);
}
