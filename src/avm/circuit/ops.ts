/**
 * Literal operations in circuit (snarkVM circuit/program/src/data/literal and the
 * synthesizer's operation table): the gadget each opcode reaches for each operand type.
 */

import type { Signature } from './account.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int, intType } from './integer.js';
import { Scl } from './scalar.js';
import { asPlaintext, type CLiteral, type CPlaintext, type CValue, INT_WIDTH } from './value.js';

export const isIntType = (t: string): boolean => INT_WIDTH[t] !== undefined;

export function toInt(l: CLiteral): Int {
  if (!('bits' in l)) throw new CircuitHalt(`expected an integer, found ${l.type}`);
  return new Int(intType(l.type), l.bits);
}

export function fromInt(type: string, i: Int): CLiteral {
  return { type: type as 'u8', bits: i.bits };
}

export function literalIsEqual(a: CLiteral, b: CLiteral): Bool {
  if (a.type !== b.type) return Bool.constant(false);
  switch (a.type) {
    case 'address':
    case 'group':
      return a.g.isEqual((b as typeof a).g);
    case 'boolean':
      return a.b.isEqual((b as typeof a).b);
    case 'field':
      return a.f.isEqual((b as typeof a).f);
    case 'scalar':
      return a.s.isEqual((b as typeof a).s);
    case 'signature':
      return signatureIsEqual(a.sig, (b as typeof a).sig);
    default:
      return toInt(a).isEqual(toInt(b));
  }
}

/** Signature::is_equal (circuit/account/src/signature/equal.rs): challenge, response, then the compute key's. */
export function signatureIsEqual(a: Signature, b: Signature): Bool {
  const isConstant = (s: Signature) =>
    s.challenge.isConstant() &&
    s.response.isConstant() &&
    s.computeKey.pkSig.isConstant() &&
    s.computeKey.prSig.isConstant();
  if (isConstant(a) && isConstant(b)) {
    const v = (s: Signature) =>
      [
        s.challenge,
        s.response,
        s.computeKey.pkSig.x,
        s.computeKey.pkSig.y,
        s.computeKey.prSig.x,
        s.computeKey.prSig.y,
      ]
        .map((f) => f.value)
        .join();
    return Bool.constant(v(a) === v(b));
  }
  const scalars = a.challenge.isEqual(b.challenge).and(a.response.isEqual(b.response));
  const ka = a.computeKey;
  const kb = b.computeKey;
  const keys = ka.pkSig.isEqual(kb.pkSig).and(ka.prSig.isEqual(kb.prSig)).and(ka.skPrf.isEqual(kb.skPrf));
  return scalars.and(keys);
}

export function literalIsNotEqual(a: CLiteral, b: CLiteral): Bool {
  if (a.type !== b.type) return Bool.constant(true);
  if (a.type === 'boolean') return a.b.isNotEqual((b as typeof a).b);
  if (a.type === 'field') return a.f.isNotEqual((b as typeof a).f);
  return literalIsEqual(a, b).not();
}

export function plaintextIsEqual(a: CPlaintext, b: CPlaintext): Bool {
  if (a.kind === 'literal' && b.kind === 'literal') return literalIsEqual(a.literal, b.literal);
  if (a.kind === 'struct' && b.kind === 'struct') {
    if (a.members.size !== b.members.size) return Bool.constant(false);
    let eq = Bool.constant(true);
    const bs = [...b.members];
    [...a.members].forEach(([name, v], i) => {
      const [nb, vb] = bs[i] as [string, CPlaintext];
      // Identifier::is_equal: Field::is_equal of two constants, a Boolean::new(Mode::Constant).
      eq = eq.and(Bool.new('constant', name === nb)).and(plaintextIsEqual(v, vb));
    });
    return eq;
  }
  if (a.kind === 'array' && b.kind === 'array') {
    if (a.elements.length !== b.elements.length) return Bool.constant(false);
    let eq = Bool.constant(true);
    a.elements.forEach((e, i) => {
      eq = eq.and(plaintextIsEqual(e, b.elements[i] as CPlaintext));
    });
    return eq;
  }
  return Bool.constant(false);
}

export function plaintextIsNotEqual(a: CPlaintext, b: CPlaintext): Bool {
  if (a.kind === 'literal' && b.kind === 'literal') return literalIsNotEqual(a.literal, b.literal);
  if (a.kind === 'struct' && b.kind === 'struct') {
    if (a.members.size !== b.members.size) return Bool.constant(true);
    let ne = Bool.constant(false);
    const bs = [...b.members];
    [...a.members].forEach(([name, v], i) => {
      const [nb, vb] = bs[i] as [string, CPlaintext];
      ne = ne.or(Bool.new('constant', name !== nb)).or(plaintextIsNotEqual(v, vb));
    });
    return ne;
  }
  if (a.kind === 'array' && b.kind === 'array') {
    if (a.elements.length !== b.elements.length) return Bool.constant(true);
    let ne = Bool.constant(false);
    a.elements.forEach((e, i) => {
      ne = ne.or(plaintextIsNotEqual(e, b.elements[i] as CPlaintext));
    });
    return ne;
  }
  return Bool.constant(true);
}

export function valueIsEqual(a: CValue, b: CValue): Bool {
  return plaintextIsEqual(asPlaintext(a), asPlaintext(b));
}

export function valueIsNotEqual(a: CValue, b: CValue): Bool {
  return plaintextIsNotEqual(asPlaintext(a), asPlaintext(b));
}

export function ternaryLiteral(c: Bool, a: CLiteral, b: CLiteral): CLiteral {
  switch (a.type) {
    case 'address':
    case 'group':
      return { type: a.type, g: Grp.ternary(c, a.g, (b as typeof a).g) };
    case 'boolean':
      return { type: 'boolean', b: Bool.ternary(c, a.b, (b as typeof a).b) };
    case 'field':
      return { type: 'field', f: Fld.ternary(c, a.f, (b as typeof a).f) };
    case 'scalar':
      return { type: 'scalar', s: Scl.ternary(c, a.s, (b as typeof a).s) };
    default:
      if (isIntType(a.type)) return fromInt(a.type, Int.ternary(c, toInt(a), toInt(b)));
      throw new CircuitHalt(`ternary on ${a.type} is not supported in circuits yet`);
  }
}
