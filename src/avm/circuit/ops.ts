/**
 * Literal operations in circuit (snarkVM circuit/program/src/data/literal and the
 * synthesizer's operation table): the gadget each opcode reaches for each operand type.
 */
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int, intType } from './integer.js';
import type { CLiteral, CPlaintext, CValue } from './value.js';
import { INT_WIDTH } from './value.js';

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
      throw new CircuitHalt('signature equality is not supported in circuits yet');
    default:
      return toInt(a).isEqual(toInt(b));
  }
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
      eq = eq.and(Bool.constant(name === nb)).and(plaintextIsEqual(v, vb));
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
      ne = ne.or(Bool.constant(name !== nb)).or(plaintextIsNotEqual(v, vb));
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
  if (a.kind === 'future' || b.kind === 'future')
    throw new CircuitHalt('future equality is not supported in circuits yet');
  return plaintextIsEqual(a, b);
}

export function valueIsNotEqual(a: CValue, b: CValue): Bool {
  if (a.kind === 'future' || b.kind === 'future')
    throw new CircuitHalt('future equality is not supported in circuits yet');
  return plaintextIsNotEqual(a, b);
}

type Binary = (a: CLiteral, b: CLiteral) => CLiteral;

function intOp(f: (a: Int, b: Int) => Int): Binary {
  return (a, b) => fromInt(a.type, f(toInt(a), toInt(b)));
}

function cmp(name: 'isLessThan' | 'isLessThanOrEqual' | 'isGreaterThan' | 'isGreaterThanOrEqual'): Binary {
  return (a, b) => {
    if (a.type === 'field') return { type: 'boolean', b: a.f[name]((b as typeof a).f) };
    if (isIntType(a.type)) return { type: 'boolean', b: toInt(a)[name](toInt(b)) };
    throw new CircuitHalt(`'${name}' on ${a.type} is not supported in circuits yet`);
  };
}

export const BINARY: Record<string, Binary> = {
  add: (a, b) => {
    if (a.type === 'field') return { type: 'field', f: a.f.add((b as typeof a).f) };
    if (a.type === 'group') return { type: 'group', g: a.g.add((b as typeof a).g) };
    return intOp((x, y) => x.addChecked(y))(a, b);
  },
  'add.w': intOp((x, y) => x.addWrapped(y)),
  sub: (a, b) => {
    if (a.type === 'field') return { type: 'field', f: a.f.sub((b as typeof a).f) };
    if (a.type === 'group') return { type: 'group', g: a.g.sub((b as typeof a).g) };
    return intOp((x, y) => x.subChecked(y))(a, b);
  },
  'sub.w': intOp((x, y) => x.subWrapped(y)),
  mul: (a, b) => {
    if (a.type === 'field') return { type: 'field', f: a.f.mul((b as typeof a).f) };
    throw new CircuitHalt(`mul on ${a.type} is not supported in circuits yet`);
  },
  lt: cmp('isLessThan'),
  lte: cmp('isLessThanOrEqual'),
  gt: cmp('isGreaterThan'),
  gte: cmp('isGreaterThanOrEqual'),
};

export function ternaryLiteral(c: Bool, a: CLiteral, b: CLiteral): CLiteral {
  switch (a.type) {
    case 'address':
    case 'group':
      return { type: a.type, g: Grp.ternary(c, a.g, (b as typeof a).g) };
    case 'boolean':
      return { type: 'boolean', b: Bool.ternary(c, a.b, (b as typeof a).b) };
    case 'field':
      return { type: 'field', f: Fld.ternary(c, a.f, (b as typeof a).f) };
    default:
      if (isIntType(a.type)) return fromInt(a.type, Int.ternary(c, toInt(a), toInt(b)));
      throw new CircuitHalt(`ternary on ${a.type} is not supported in circuits yet`);
  }
}
