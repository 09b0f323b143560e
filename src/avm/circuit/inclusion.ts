/**
 * The inclusion circuit (snarkVM synthesizer/process/src/trace/inclusion/assignment.rs,
 * InclusionAssignment::to_circuit_assignment, the version from ConsensusVersion::V8, PR #2792):
 * one per record input of an execution, proving that the record's commitment is in the ledger
 * (global) or made earlier in the same execution (local), and that the serial number the
 * transition publishes belongs to it. Public inputs, in order: 1, the global state root, the
 * local state root, the serial number, whether the record's block is at or past the upgrade
 * height, and that height (a field holding a u32).
 */
import type { StatePath } from '../ledger/state-path.js';
import type { AffinePoint } from '../values.js';
import { assertBitsAreZero, Bool } from './boolean.js';
import { assertEq, assertTrue, type R1CS, synthesizeWith } from './env.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int, intType } from './integer.js';
import { serialNumberFromGamma } from './record.js';
import { injectStatePath, verifyStatePath } from './state-path.js';

const U32 = intType('u32');

export interface InclusionAssignment {
  readonly statePath: StatePath;
  readonly commitment: bigint;
  readonly gamma: AffinePoint;
  readonly serialNumber: bigint;
  readonly isRecordBlockHeightReached: boolean;
  readonly upgradeBlockHeight: number;
  readonly localStateRoot: bigint;
  readonly isGlobal: boolean;
}

/** The inclusion circuit over `a` (its shape does not depend on the values). */
export function synthesizeInclusion(a: InclusionAssignment): R1CS {
  return synthesizeWith(() => {
    const statePath = injectStatePath('private', a.statePath);
    const commitment = Fld.new('private', a.commitment);
    const gamma = Grp.new('private', a.gamma);
    const localStateRoot = Fld.new('public', a.localStateRoot);
    const isGlobal = Bool.new('private', a.isGlobal);
    const serialNumber = Fld.new('public', a.serialNumber);
    const reached = Bool.new('public', a.isRecordBlockHeightReached);
    // U32::from_field: the lower 32 bits of a public field (one public input, not 32).
    const upgradeHeight = new Int(U32, Fld.new('public', BigInt(a.upgradeBlockHeight)).toLowerBitsLe(32));

    assertEq(serialNumberFromGamma(gamma, commitment.clone()).lc, serialNumber.lc);
    assertEq(statePath.transitionLeaf.id.lc, commitment.lc);
    assertTrue(verifyStatePath(statePath, isGlobal, localStateRoot).lc);

    // U32::from_bits_le of the block path's u64 leaf index: its upper 32 bits must be zero.
    const indexBits = statePath.blockPath.leafIndex.bits;
    const recordHeight = intFromBitsLe(indexBits);
    const pastUpgrade = recordHeight.isGreaterThanOrEqual(upgradeHeight);
    const heightCheck = reached.isEqual(pastUpgrade);
    assertTrue(isGlobal.not().or(heightCheck).lc);
  }).r1cs;
}

/** Integer::from_bits_le: bits past the width asserted zero (Boolean::assert_bits_are_zero). */
function intFromBitsLe(bits: readonly Bool[]): Int {
  if (bits.length > U32.bits) assertBitsAreZero(bits.slice(U32.bits));
  return new Int(U32, bits.slice(0, U32.bits));
}
