/**
 * Literal operations in circuit (snarkVM circuit/program/src/data/literal and the
 * synthesizer's operation table): the gadget each opcode reaches for each operand type.
 */

import { groupMulScalar, type Signature } from './account.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int, intType } from './integer.js';
import { Scl, scalarAdd, scalarCompare } from './scalar.js';
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
  return plaintextIsEqual(asPlaintext(a), asPlaintext(b));
}

export function valueIsNotEqual(a: CValue, b: CValue): Bool {
  return plaintextIsNotEqual(asPlaintext(a), asPlaintext(b));
}

type Binary = (a: CLiteral, b: CLiteral) => CLiteral;
type Unary = (a: CLiteral) => CLiteral;

const field = (f: Fld): CLiteral => ({ type: 'field', f });
const bool = (b: Bool): CLiteral => ({ type: 'boolean', b });
const unsupported = (op: string, t: string): never => {
  throw new CircuitHalt(`'${op}' on ${t} is not supported in circuits`);
};

/** Integer operands (the second may be a u8/u16/u32 magnitude); the result has the first's type. */
function intOp(f: (a: Int, b: Int) => Int): (a: CLiteral, b: CLiteral) => CLiteral {
  return (a, b) => fromInt(a.type, f(toInt(a), toInt(b)));
}

function cmp(name: 'isLessThan' | 'isLessThanOrEqual' | 'isGreaterThan' | 'isGreaterThanOrEqual'): Binary {
  return (a, b) => {
    if (a.type === 'field') return bool(a.f[name]((b as typeof a).f));
    if (a.type === 'address') return bool(a.g.x[name]((b as typeof a).g.x));
    if (a.type === 'scalar') return bool(scalarCompare(name, a.s, (b as typeof a).s));
    if (isIntType(a.type)) return bool(toInt(a)[name](toInt(b)));
    return unsupported(name, a.type);
  };
}

/** and/or/xor on booleans, or bit by bit on integers. */
function bitwise(op: 'and' | 'or' | 'xor'): Binary {
  return (a, b) => {
    if (a.type === 'boolean') return bool(a.b[op]((b as typeof a).b));
    if (isIntType(a.type)) return intOp((x, y) => x.bitwise(y, op))(a, b);
    return unsupported(op, a.type);
  };
}

export const BINARY: Record<string, Binary> = {
  add: (a, b) => {
    if (a.type === 'field') return field(a.f.add((b as typeof a).f));
    if (a.type === 'group') return { type: 'group', g: a.g.add((b as typeof a).g) };
    if (a.type === 'scalar') return { type: 'scalar', s: scalarAdd(a.s, (b as typeof a).s) };
    return intOp((x, y) => x.addChecked(y))(a, b);
  },
  'add.w': intOp((x, y) => x.addWrapped(y)),
  sub: (a, b) => {
    if (a.type === 'field') return field(a.f.sub((b as typeof a).f));
    if (a.type === 'group') return { type: 'group', g: a.g.sub((b as typeof a).g) };
    return intOp((x, y) => x.subChecked(y))(a, b);
  },
  'sub.w': intOp((x, y) => x.subWrapped(y)),
  mul: (a, b) => {
    if (a.type === 'field') return field(a.f.mul((b as typeof a).f));
    if (a.type === 'group' && b.type === 'scalar') return { type: 'group', g: groupMulScalar(a.g, b.s) };
    if (a.type === 'scalar' && b.type === 'group') return { type: 'group', g: groupMulScalar(b.g, a.s) };
    return intOp((x, y) => x.mulChecked(y))(a, b);
  },
  'mul.w': intOp((x, y) => x.mulWrapped(y)),
  div: (a, b) => {
    if (a.type === 'field') return field(a.f.div((b as typeof a).f));
    return intOp((x, y) => x.divChecked(y))(a, b);
  },
  'div.w': intOp((x, y) => x.divWrapped(y)),
  rem: intOp((x, y) => x.remChecked(y)),
  'rem.w': intOp((x, y) => x.remWrapped(y)),
  mod: intOp((x, y) => {
    if (x.t.signed) throw new CircuitHalt('Attempted to take the modulus of a signed integer.');
    return x.remWrapped(y);
  }),
  pow: (a, b) => {
    if (a.type === 'field') return field(a.f.pow((b as typeof a).f));
    return intOp((x, y) => x.powChecked(y))(a, b);
  },
  'pow.w': intOp((x, y) => x.powWrapped(y)),
  shl: intOp((x, y) => x.shlChecked(y)),
  'shl.w': intOp((x, y) => x.shlWrapped(y)),
  shr: intOp((x, y) => x.shrChecked(y)),
  'shr.w': intOp((x, y) => x.shrWrapped(y)),
  and: bitwise('and'),
  or: bitwise('or'),
  xor: bitwise('xor'),
  nand: (a, b) => (a.type === 'boolean' ? bool(a.b.nand((b as typeof a).b)) : unsupported('nand', a.type)),
  nor: (a, b) => (a.type === 'boolean' ? bool(a.b.nor((b as typeof a).b)) : unsupported('nor', a.type)),
  lt: cmp('isLessThan'),
  lte: cmp('isLessThanOrEqual'),
  gt: cmp('isGreaterThan'),
  gte: cmp('isGreaterThanOrEqual'),
};

export const UNARY: Record<string, Unary> = {
  abs: (a) => fromInt(a.type, toInt(a).absChecked()),
  'abs.w': (a) => fromInt(a.type, toInt(a).absWrapped()),
  neg: (a) => {
    if (a.type === 'field') return field(a.f.neg());
    if (a.type === 'group') return { type: 'group', g: a.g.neg() };
    return fromInt(a.type, toInt(a).negChecked());
  },
  not: (a) => (a.type === 'boolean' ? bool(a.b.not()) : fromInt(a.type, toInt(a).not())),
  double: (a) => {
    if (a.type === 'field') return field(a.f.double());
    if (a.type === 'group') return { type: 'group', g: a.g.double() };
    return unsupported('double', a.type);
  },
  square: (a) => (a.type === 'field' ? field(a.f.square()) : unsupported('square', a.type)),
  sqrt: (a) => (a.type === 'field' ? field(a.f.squareRoot()) : unsupported('sqrt', a.type)),
  inv: (a) => (a.type === 'field' ? field(a.f.inverse()) : unsupported('inv', a.type)),
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
    case 'scalar':
      return { type: 'scalar', s: Scl.ternary(c, a.s, (b as typeof a).s) };
    default:
      if (isIntType(a.type)) return fromInt(a.type, Int.ternary(c, toInt(a), toInt(b)));
      throw new CircuitHalt(`ternary on ${a.type} is not supported in circuits yet`);
  }
}
