/**
 * Literal operations in circuit (snarkVM circuit/program/src/data/literal and the
 * synthesizer's operation table): the gadget each opcode reaches for each operand type.
 */

import { Signature } from './account.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int, intType } from './integer.js';
import type { CEntry, CRecord } from './record.js';
import { Scl } from './scalar.js';
import { type CFuture, type CLiteral, type CPlaintext, type CValue, INT_WIDTH } from './value.js';

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

/** Identifier::is_equal / is_not_equal: Field::is_equal of two constants, a Boolean::new(Mode::Constant). */
const identifiersEqual = (a: string, b: string, equal: boolean): Bool =>
  Bool.new('constant', (a === b) === equal);

/**
 * Value::is_equal (circuit/program/src/data/{value,record,future}/equal.rs): a record compares
 * its entries (name, then visibility and plaintext), then its owner, its nonce and its version;
 * a future its arguments, then its program id and function name. Values of different
 * kinds, visibilities or lengths are unequal constants.
 */
export function valueIsEqual(a: CValue, b: CValue): Bool {
  return valueEquality(a, b, true);
}

export function valueIsNotEqual(a: CValue, b: CValue): Bool {
  return valueEquality(a, b, false);
}

/** is_equal (`equal`) or is_not_equal: the same walk, with `and` or `or` to combine the parts. */
function valueEquality(a: CValue, b: CValue, equal: boolean): Bool {
  if (a.kind === 'record' || b.kind === 'record') {
    if (a.kind !== 'record' || b.kind !== 'record') return Bool.constant(!equal);
    return recordEquality(a, b, equal);
  }
  if (a.kind === 'future' || b.kind === 'future') {
    if (a.kind !== 'future' || b.kind !== 'future') return Bool.constant(!equal);
    return futureEquality(a, b, equal);
  }
  return equal ? plaintextIsEqual(a, b) : plaintextIsNotEqual(a, b);
}

const join = (x: Bool, y: Bool, equal: boolean): Bool => (equal ? x.and(y) : x.or(y));

function addressEquality(a: Grp, b: Grp, equal: boolean): Bool {
  const [x, y]: CLiteral[] = [
    { type: 'address', g: a },
    { type: 'address', g: b },
  ];
  return equal ? literalIsEqual(x, y) : literalIsNotEqual(x, y);
}

function recordEquality(a: CRecord, b: CRecord, equal: boolean): Bool {
  if (a.data.size !== b.data.size) return Bool.constant(!equal);
  let acc = Bool.constant(equal);
  const bs = [...b.data];
  [...a.data].forEach(([name, e], i) => {
    const [nb, f] = bs[i] as [string, CEntry];
    acc = join(acc, identifiersEqual(name, nb, equal), equal);
    const entry =
      e.visibility === f.visibility
        ? equal
          ? plaintextIsEqual(e.value, f.value)
          : plaintextIsNotEqual(e.value, f.value)
        : Bool.constant(!equal);
    acc = join(acc, entry, equal);
  });
  // Owner::is_equal: Public(address) or Private(plaintext address), the same group comparison.
  const owner =
    a.ownerVisibility === b.ownerVisibility
      ? addressEquality(a.owner, b.owner, equal)
      : Bool.constant(!equal);
  const ends = join(join(owner, acc, equal), addressEquality(a.nonce, b.nonce, equal), equal);
  // The version last (the SDK's key for c_req.aleo/req: a record's is_equal/is_not_equal compares it
  // after the nonce; U8::is_not_equal is the negated is_equal).
  const version = a.version.isEqual(b.version);
  return join(ends, equal ? version : version.not(), equal);
}

function futureEquality(a: CFuture, b: CFuture, equal: boolean): Bool {
  if (a.arguments.length !== b.arguments.length) return Bool.constant(!equal);
  let acc = Bool.constant(equal);
  a.arguments.forEach((x, i) => {
    acc = join(acc, valueEquality(x, b.arguments[i] as CValue, equal), equal);
  });
  // ProgramID::is_equal: name, then network.
  const [na, neta] = splitProgramId(a.program);
  const [nb, netb] = splitProgramId(b.program);
  const program = join(identifiersEqual(na, nb, equal), identifiersEqual(neta, netb, equal), equal);
  return join(join(program, identifiersEqual(a.function, b.function, equal), equal), acc, equal);
}

function splitProgramId(id: string): [string, string] {
  const dot = id.lastIndexOf('.');
  return [id.slice(0, dot), id.slice(dot + 1)];
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
    case 'signature':
      return { type: 'signature', sig: Signature.ternary(c, a.sig, (b as typeof a).sig) };
    default:
      if (isIntType(a.type)) return fromInt(a.type, Int.ternary(c, toInt(a), toInt(b)));
      throw new CircuitHalt(`ternary on ${a.type} is not supported in circuits yet`);
  }
}
