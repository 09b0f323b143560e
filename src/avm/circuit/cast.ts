/**
 * Literal casts in circuit (snarkVM circuit/program/src/data/literal/{cast,cast_lossy}): `cast`
 * checks that the value fits (booleans are 0 or 1, integers lose no bits, fields below the
 * scalar modulus...), `cast.lossy` truncates.
 */
import type { LiteralType } from '../values.js';
import { assertBitsAreZero, Bool } from './boolean.js';
import { assertEq, assertTrue } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { castLossyField, castLossyGroup } from './hash.js';
import { Int, intType } from './integer.js';
import { fromInt, isIntType, toInt } from './ops.js';
import { Scl } from './scalar.js';
import type { CLiteral } from './value.js';

function boolOf(isZero: () => Bool, isOne: Bool): Bool {
  assertTrue(isZero().or(isOne).lc);
  return isOne;
}

function intToInt(i: Int, to: LiteralType): Int {
  const t = intType(to);
  const bits = [...i.bits];
  const from = i.t;
  const make = (b: readonly Bool[]) => {
    if (b.length > t.bits) assertBitsAreZero(b.slice(t.bits));
    const out = b.slice(0, t.bits);
    while (out.length < t.bits) out.push(Bool.constant(false));
    return new Int(t, out);
  };
  if (!from.signed && !t.signed) return make(bits);
  if (!from.signed && t.signed) {
    if (from.bits < t.bits) return make(bits);
    assertBitsAreZero(bits.slice(t.bits - 1));
    return make(bits.slice(0, t.bits));
  }
  if (from.signed && !t.signed) {
    if (from.bits <= t.bits) {
      assertTrue((bits[from.bits - 1] as Bool).not().lc);
      return make(bits);
    }
    assertBitsAreZero(bits.slice(t.bits));
    return make(bits.slice(0, t.bits));
  }
  if (from.bits <= t.bits) {
    while (bits.length < t.bits) bits.push(i.msb());
    return make(bits);
  }
  const msb = bits.pop() as Bool;
  for (const b of bits.slice(t.bits - 1)) assertEq(msb.lc, b.lc);
  return make([...bits.slice(0, t.bits - 1), msb]);
}

function castField(f: Fld, to: LiteralType): CLiteral {
  switch (to) {
    case 'address':
    case 'group':
      return { type: to, g: Grp.fromXCoordinate(f.clone()) };
    case 'boolean': {
      const isOne = f.isOne();
      return { type: 'boolean', b: boolOf(() => f.isZero(), isOne) };
    }
    case 'field':
      return { type: 'field', f: f.clone() };
    case 'scalar':
      return { type: 'scalar', s: Scl.fromBitsLe(f.toBitsLe()) };
    default:
      if (isIntType(to)) return fromInt(to, new Int(intType(to), f.toLowerBitsLe(intType(to).bits)));
      throw new CircuitHalt(`Cannot cast a field literal to a ${to} type.`);
  }
}

export function castLiteral(l: CLiteral, to: LiteralType, lossy: boolean, generator: () => Grp): CLiteral {
  switch (l.type) {
    case 'address':
    case 'group':
      if (to === 'address' || to === 'group') return { type: to, g: l.g };
      return lossy ? castLossyGroup(l.g, to, generator) : castField(l.g.x.clone(), to);
    case 'field':
      return lossy ? castLossyField(l.f, to, generator) : castField(l.f, to);
    case 'boolean': {
      const b = l.b;
      if (to === 'boolean') return l;
      if (to === 'field') return { type: 'field', f: Fld.fromBool(b) };
      if (to === 'address' || to === 'group') return { type: to, g: Grp.ternary(b, generator(), Grp.zero()) };
      if (to === 'scalar') return { type: 'scalar', s: Scl.ternary(b, Scl.constant(1n), Scl.constant(0n)) };
      if (isIntType(to)) {
        const t = intType(to);
        return fromInt(to, Int.ternary(b, Int.one(t), Int.zero(t)));
      }
      break;
    }
    case 'scalar': {
      if (to === 'scalar') return l;
      if (to === 'field') return { type: 'field', f: l.s.field.clone() };
      if (to === 'boolean') {
        if (lossy) return { type: 'boolean', b: l.s.toBitsLe()[0] as Bool };
        const isOne = l.s.isEqual(Scl.constant(1n));
        return { type: 'boolean', b: boolOf(() => l.s.isEqual(Scl.constant(0n)), isOne) };
      }
      if (to === 'address' || to === 'group')
        return lossy ? castLossyField(l.s.field.clone(), to, generator) : castField(l.s.field.clone(), to);
      if (isIntType(to)) {
        const t = intType(to);
        const bits = l.s.toBitsLe();
        if (lossy) return fromInt(to, new Int(t, bits.slice(0, t.bits)));
        if (bits.length > t.bits) assertBitsAreZero(bits.slice(t.bits));
        return fromInt(to, new Int(t, bits.slice(0, t.bits)));
      }
      break;
    }
    case 'signature':
      break;
    default: {
      const i = toInt(l);
      if (isIntType(to)) {
        if (!lossy) return fromInt(to, intToInt(i, to));
        const t = intType(to);
        const bits = [...i.bits];
        while (bits.length < t.bits) bits.push(i.t.signed ? i.msb() : Bool.constant(false));
        return fromInt(to, new Int(t, bits.slice(0, t.bits)));
      }
      if (to === 'field') return { type: 'field', f: i.toField() };
      if (to === 'boolean') {
        if (lossy) return { type: 'boolean', b: i.bits[0] as Bool };
        const isOne = i.isEqual(Int.one(i.t));
        return { type: 'boolean', b: boolOf(() => i.isEqual(Int.zero(i.t)), isOne) };
      }
      if (to === 'scalar') return { type: 'scalar', s: Scl.fromBitsLe(i.bits) };
      if (to === 'address' || to === 'group')
        return lossy ? castLossyField(i.toField(), to, generator) : castField(i.toField(), to);
    }
  }
  throw new CircuitHalt(`Cannot cast a ${l.type} literal to a ${to} type.`);
}
