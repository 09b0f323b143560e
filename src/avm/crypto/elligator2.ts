/**
 * Elligator 2 map from `field` to the Edwards BLS12 curve (snarkVM
 * console/algorithms/src/elligator2/encode.rs): through the Montgomery form
 * B·v² = u³ + A·u² + u with A = 2(a+d)/(a-d), B = 4/(a-d), with (u, r) = (d, input), the even
 * square root, then the cofactor is cleared.
 */
import type { AffinePoint } from '../values.js';
import { EDWARDS_A, EDWARDS_D, isInSubgroup, isOnCurve, mulByCofactor } from './curve.js';
import { AleoCryptoError } from './errors.js';
import { Fq } from './modular.js';

export const MONTGOMERY_A = Fq.div(Fq.mul(2n, Fq.add(EDWARDS_A, EDWARDS_D)), Fq.sub(EDWARDS_A, EDWARDS_D));
export const MONTGOMERY_B = Fq.div(4n, Fq.sub(EDWARDS_A, EDWARDS_D));

function fail(what: string): never {
  throw new AleoCryptoError(`Elligator2 failed: ${what}`);
}

export function elligator2Encode(input: bigint): AffinePoint {
  if (input === 0n) fail('inputs to Elligator2 must be nonzero');
  const bInv = Fq.inv(MONTGOMERY_B);
  const a = Fq.mul(MONTGOMERY_A, bInv);
  const b = Fq.square(bInv);
  const ur2 = Fq.mul(EDWARDS_D, Fq.square(input));
  const onePlus = Fq.add(1n, ur2);
  if (Fq.mul(Fq.square(a), ur2) === Fq.mul(b, Fq.square(onePlus))) fail('A^2 * ur^2 == B(1 + ur^2)^2');
  if (onePlus === 0n) fail('(1 + ur^2) == 0');
  const v = Fq.mul(Fq.neg(a), Fq.inv(onePlus));
  if (v === 0n) fail('v == 0');
  const curveRhs = (t: bigint) => {
    const t2 = Fq.square(t);
    return Fq.add(Fq.add(Fq.mul(t2, t), Fq.mul(a, t2)), Fq.mul(b, t));
  };
  const e = Fq.legendre(curveRhs(v));
  if (e === 0) fail('e == 0');
  const x = e === 1 ? v : Fq.sub(Fq.neg(v), a);
  if (x === 0n) fail('x == 0');
  const rhs = curveRhs(x);
  const value = Fq.sqrtEven(rhs);
  if (value === undefined) fail('even_sqrt(x^3 + Ax^2 + Bx) failed');
  const y = e === 1 ? Fq.neg(value) : value;
  if (y === 0n) fail('y == 0');
  const u = Fq.mul(x, MONTGOMERY_B);
  const w = Fq.mul(y, MONTGOMERY_B);
  const point = { x: Fq.div(u, w), y: Fq.div(Fq.sub(u, 1n), Fq.add(u, 1n)) };
  if (!isOnCurve(point)) fail('point is not on the curve');
  const g = mulByCofactor(point);
  if (!isInSubgroup(g)) fail('element in incorrect subgroup');
  return g;
}
