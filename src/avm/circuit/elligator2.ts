/**
 * Elligator 2 in circuit (snarkVM circuit/algorithms/src/elligator2/encode.rs): a non-zero field
 * element to a Montgomery point (Legendre symbol by exponentiation, the even square root
 * witnessed), converted to twisted Edwards, checked on the curve and cofactor-cleared.
 */
import { EDWARDS_D } from '../crypto/curve.js';
import { MONTGOMERY_A, MONTGOMERY_B } from '../crypto/elligator2.js';
import { Fq } from '../crypto/modular.js';
import type { Bool } from './boolean.js';
import { assertEq, assertTrue, enforce, type LC, newVariable, ONE, witnessMode, ZERO } from './env.js';
import { Fld } from './field.js';
import { Grp } from './group.js';

/** Environment::assert_neq: (a - b) · (a - b)^-1 = 1. */
export function assertNeq(a: LC, b: LC): void {
  const d = a.sub(b);
  const mode = a.isConstant() && b.isConstant() ? 'constant' : 'private';
  const multiplier = d.value === 0n ? ZERO : newVariable(mode, Fq.inv(d.value));
  enforce(d, multiplier, ONE);
}

const HALF_MODULUS = (Fq.p - 1n) >> 1n;

export function elligator2(input: Fld): Grp {
  assertNeq(input.lc, ZERO);
  const one = Fld.one();
  const ma = Fld.constant(MONTGOMERY_A);
  const mb = Fld.constant(MONTGOMERY_B);
  const mbInv = mb.inverse();
  const mb2 = mb.square();
  const mb3 = mb2.mul(mb);
  const d = Fld.constant(EDWARDS_D);
  const a = ma.mul(mbInv);
  const aHalf = a.mul(Fld.constant(Fq.inv(2n)));
  const b = mbInv.square();
  const ur2 = d.mul(input.square());
  const onePlusUr2 = one.add(ur2);
  assertNeq(a.square().mul(ur2).lc, b.mul(onePlusUr2.square()).lc);
  const v = a.neg().div(onePlusUr2);
  const v2 = v.square();
  const e = v2.mul(v).add(a.mul(v2)).add(b.mul(v)).pow(Fld.constant(HALF_MODULUS));
  const x = e.mul(v).sub(one.sub(e).mul(aHalf));
  const x2 = x.square();
  const x3 = x2.mul(x);
  const rhs = x3.add(a.mul(x2)).add(b.mul(x));
  const root = Fld.new(witnessMode(rhs), Fq.sqrtEven(rhs.value) ?? 0n);
  assertTrue((root.toBitsBe().at(-1) as Bool).not().lc);
  const y = e.neg().mul(root);
  assertNeq(v.mul(e).mul(x).mul(y).lc, ZERO);
  const y2 = y.square();
  assertEq(y2.lc, rhs.lc);
  const u = x.mul(mb);
  const vv = y.mul(mb);
  const u2 = x2.mul(mb2);
  const u3 = x3.mul(mb3);
  const vv2 = y2.mul(mb3);
  assertEq(vv2.lc, u3.add(ma.mul(u2)).add(u).lc);
  const ex = u.div(vv);
  const ey = u.sub(one).div(u.add(one));
  const encoding = new Grp(ex, ey);
  encoding.enforceOnCurve();
  return encoding.mulByCofactor();
}
