/**
 * The `group` operations the instructions use, delegated to the AVM crypto module
 * (src/avm/crypto: the Edwards BLS12 curve, a = -1, d = 3021, over the BLS12-377 scalar
 * field), under the names the instruction layer uses.
 */
import {
  isInSubgroup as cryptoIsInSubgroup,
  isOnCurve as cryptoIsOnCurve,
  groupAdd,
  groupDouble,
  groupEquals,
  groupGenerator,
  groupMul,
  groupNeg,
  groupTryFromX,
  groupZero,
} from '../crypto/index.js';
import type { AffinePoint } from '../values.js';

export const IDENTITY: AffinePoint = groupZero;
export const GENERATOR: AffinePoint = groupGenerator();
export const GENERATOR_X = GENERATOR.x;

export const isIdentity = (a: AffinePoint): boolean => groupEquals(a, groupZero);
export const pointEq = groupEquals;
export const pointAdd = groupAdd;
export const pointNeg = groupNeg;
export const pointDouble = groupDouble;
export const pointMul = (a: AffinePoint, k: bigint): AffinePoint => groupMul(a, k);
export const isInSubgroup = cryptoIsInSubgroup;
export const isOnCurve = cryptoIsOnCurve;

/** snarkVM's `Group::from_x_coordinate`: the point with this x in the prime-order subgroup. */
export function pointFromX(x: bigint): AffinePoint | undefined {
  return groupTryFromX(x);
}
