/**
 * `serialize.bits[.raw]` and `deserialize.bits[.raw]` (snarkVM synthesizer/program/src/logic/
 * instruction/operation/{serialize,deserialize}.rs):
 *
 *   serialize.bits[.raw] r0 (TYPE) into r1 ([boolean; N]);
 *   deserialize.bits[.raw] r0 ([boolean; N]) into r1 (TYPE);
 *
 * TYPE is a literal (not signature or string) or an array whose base element is one; the operand's
 * type must equal it, and N must equal its size_in_bits (Plaintext::to_bits_le, with the variant,
 * type and size headers) or, for `.raw`, its size_in_bits_raw (the literals' own bits). Serialize
 * writes those bits into a bit array; deserialize reads them back, checking each header against
 * the type (in circuit: one assert_eq per header field; U8/U16/U32 header constants allocated)
 * and building each literal with Literal::from_bits_le (fields and scalars below their modulus,
 * groups and addresses from the x-coordinate with the subgroup check).
 */
import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import type { Bool } from '../circuit/boolean.js';
import { allocConstants, assertEq, LC } from '../circuit/env.js';
import { CircuitHalt } from '../circuit/errors.js';
import { Fld } from '../circuit/field.js';
import { Grp } from '../circuit/group.js';
import { loadOperand } from '../circuit/instructions.js';
import { Scl } from '../circuit/scalar.js';
import {
  bitArray,
  type CLiteral,
  type CPlaintext,
  INT_WIDTH,
  literalSizeInBits,
  plaintextBits,
  plaintextBitsRaw,
} from '../circuit/value.js';
import { bitsToUint, fieldFromBitsLe } from '../crypto/bits.js';
import { fromBitsLe as groupFromBitsLe } from '../crypto/curve.js';
import { plaintextBits as consoleBits, plaintextBitsRaw as consoleBitsRaw } from '../crypto/encode.js';
import { Fq, Fs } from '../crypto/modular.js';
import { AleoHalt } from '../errors.js';
import {
  type PlaintextType,
  plaintextTypeEquals,
  plaintextTypeToString,
  type RegisterType,
} from '../types.js';
import { LITERAL_TYPES, type Literal, type LiteralType, type Plaintext } from '../values.js';
import { asHalt } from './crypto-ops.js';
import type { InstructionSpec } from './spec.js';
import { plaintextTypeBits } from './type-size.js';

/** The literal types serialize and deserialize take (check_literal_type): all but signature and string. */
const SERIALIZABLE: readonly LiteralType[] = LITERAL_TYPES.filter((t) => t !== 'signature' && t !== 'string');

function baseElement(t: PlaintextType): PlaintextType {
  return t.kind === 'array' ? baseElement(t.element) : t;
}

/** check_operand_type_is_valid / check_destination_type_is_valid: a literal or an array of them. */
function valueTypeError(opcode: string, t: PlaintextType): string | undefined {
  const base = baseElement(t);
  if (base.kind === 'literal')
    return SERIALIZABLE.includes(base.type)
      ? undefined
      : `Invalid literal type '${base.type}' for '${opcode.split('.')[0]}' instruction`;
  return t.kind === 'array'
    ? `Invalid element type '${plaintextTypeToString(t)}' for '${opcode.split('.')[0]}' instruction`
    : `Instruction '${opcode}' cannot take type '${plaintextTypeToString(t)}' as input`;
}

/** ArrayType::is_bit_array: `[boolean; N]`. */
function bitArrayLength(t: PlaintextType | undefined): number | undefined {
  return t?.kind === 'array' && t.element.kind === 'literal' && t.element.type === 'boolean'
    ? t.length
    : undefined;
}

const destType = (ins: Instruction): PlaintextType | undefined =>
  ins.castType?.kind === 'plaintext' ? ins.castType.type : undefined;

function shape(serialize: boolean) {
  return (ins: Instruction, fail: (msg: string) => Error): void => {
    if (ins.operands.length !== 1)
      throw fail(`Instruction '${ins.opcode}' expects 1 operand, found ${ins.operands.length} operands`);
    if (ins.destinations.length !== 1) throw fail(`'${ins.opcode}' expects 1 destination register`);
    const from = ins.operandType;
    const to = destType(ins);
    if (!from || !to || ins.castType?.kind !== 'plaintext')
      throw fail(`'${ins.opcode}' is written '${ins.opcode} rA (TYPE) into rB (TYPE)'`);
    const bits = serialize ? to : from;
    const value = serialize ? from : to;
    const valueError = valueTypeError(ins.opcode, value);
    if (valueError) throw fail(valueError);
    if (bitArrayLength(bits) === undefined)
      throw fail(`Instruction '${ins.opcode}' cannot output type '${plaintextTypeToString(bits)}'`);
  };
}

/** output_types: the operand's type equals the declared one, the bit count equals the type's size. */
function check(serialize: boolean, raw: boolean) {
  return (c: Checker, ins: Instruction, types: RegisterType[]) => {
    const from = ins.operandType as PlaintextType;
    const to = destType(ins) as PlaintextType;
    const t = types[0]!;
    if (t.kind !== 'plaintext' || !plaintextTypeEquals(t.type, from))
      return c.fail(
        `Input type ${t.kind === 'plaintext' ? plaintextTypeToString(t.type) : t.kind} does not match operand type ${plaintextTypeToString(from)}`,
        ins.pos,
      );
    const value = serialize ? from : to;
    const n = bitArrayLength(serialize ? to : from) as number;
    const size = plaintextTypeBits(value, (name) => c.structMembers(name), raw);
    if (size !== n)
      return c.fail(
        serialize
          ? `The number of bits of the operand '${size}' does not match the destination '${n}'`
          : `The number of bits of the operand '${n}' does not match the destination '${size}'`,
        ins.pos,
      );
    return [{ kind: 'plaintext' as const, type: to }];
  };
}

// ---- console ----------------------------------------------------------------------------------

const boolArray = (bits: readonly boolean[]): Plaintext => ({
  kind: 'array',
  elements: bits.map((b) => ({ kind: 'literal', literal: { type: 'boolean', value: b } })),
});

/** Plaintext::as_bit_array. */
function asBits(p: Plaintext): boolean[] {
  if (p.kind !== 'array') throw new AleoHalt('Expected a bit array, found a non-array plaintext.');
  return p.elements.map((e) => {
    if (e.kind !== 'literal' || e.literal.type !== 'boolean')
      throw new AleoHalt('Expected a bit array, found a non-boolean element.');
    return e.literal.value;
  });
}

/** Console Literal::from_bits_le for the serializable types. */
function literalFromBits(type: LiteralType, bits: readonly boolean[]): Literal {
  if (type === 'boolean') return { type, value: bits[0] as boolean };
  if (type === 'field') return { type, value: fieldFromBitsLe(Fq, bits) };
  if (type === 'scalar') return { type, value: fieldFromBitsLe(Fs, bits, 'scalar') };
  if (type === 'group' || type === 'address') return { type, value: groupFromBitsLe(bits) } as Literal;
  const w = INT_WIDTH[type] as number;
  const u = bitsToUint(bits);
  return { type, value: type.startsWith('i') ? BigInt.asIntN(w, u) : u } as Literal;
}

/** evaluate_deserialize_internal: reads `t` from `bits`, checking the headers unless raw. */
function deserializeConsole(bits: readonly boolean[], t: PlaintextType, raw: boolean): Plaintext {
  let at = 0;
  const next = (n: number): boolean[] => {
    if (at + n > bits.length) throw new AleoHalt('Insufficient bits');
    const out = bits.slice(at, at + n);
    at += n;
    return out;
  };
  const uint = (n: number) => Number(bitsToUint(next(n)));
  const read = (t: PlaintextType): Plaintext => {
    if (t.kind === 'literal') {
      const size = literalSizeInBits(t.type);
      if (!raw) {
        const v = next(2);
        if (v[0] || v[1]) throw new AleoHalt(`Invalid plaintext variant for literal type '${t.type}'`);
        const id = uint(8);
        if (id !== LITERAL_TYPES.indexOf(t.type))
          throw new AleoHalt(`Mismatched literal type. Expected '${t.type}', found '${id}'`);
        const s = uint(16);
        if (s !== size) throw new AleoHalt(`Mismatched literal size. Expected '${size}', found '${s}'`);
      }
      return { kind: 'literal', literal: literalFromBits(t.type, next(size)) };
    }
    if (t.kind !== 'array') throw new AleoHalt('deserialize takes literals and arrays of literals');
    if (!raw) {
      const v = next(2);
      if (!v[0] || v[1]) throw new AleoHalt('Invalid plaintext variant for array type');
      const n = uint(32);
      if (n !== t.length) throw new AleoHalt(`Mismatched array length. Expected '${t.length}', found '${n}'`);
    }
    const each = plaintextTypeBits(t.element, () => undefined, raw);
    const elements: Plaintext[] = [];
    for (let i = 0; i < t.length; i++) {
      if (!raw) {
        const s = uint(16);
        if (s !== each) throw new AleoHalt(`Mismatched element size. Expected '${each}', found '${s}'`);
      }
      elements.push(read(t.element));
    }
    return { kind: 'array', elements };
  };
  return read(t);
}

// ---- circuit ----------------------------------------------------------------------------------

/** An integer's linear combination Σ bit·2^i (snarkVM's From<Integer> for LinearCombination). */
function bitsLc(bits: readonly Bool[]): LC {
  let acc = LC.constant(0n);
  let coeff = 1n;
  for (const b of bits) {
    acc = acc.add(b.lc.scale(coeff));
    coeff *= 2n;
  }
  return acc;
}

/** A header integer read from bits and asserted equal to Integer::constant(value) (its bits allocated). */
function assertHeader(bits: readonly Bool[], value: number): void {
  allocConstants(bits.length);
  assertEq(bitsLc(bits), LC.constant(BigInt(value)));
}

/** A prefix bit asserted equal to Boolean::constant (assert_eq(expected, bit)). */
function assertPrefix(expected: boolean, bit: Bool): void {
  assertEq(LC.constant(expected ? 1n : 0n), bit.lc);
}

/** Circuit Literal::from_bits_le (after U8::constant of the type id). */
function literalFromBitsC(type: LiteralType, bits: readonly Bool[]): CLiteral {
  allocConstants(8);
  if (type === 'boolean') return { type, b: bits[0] as Bool };
  if (type === 'field') return { type, f: Fld.fromBitsLe(bits) };
  if (type === 'scalar') return { type, s: Scl.fromBitsLe(bits) };
  if (type === 'group' || type === 'address') return { type, g: Grp.fromXCoordinate(Fld.fromBitsLe(bits)) };
  return { type: type as 'u8', bits: bits.slice() };
}

/** execute_deserialize_internal. */
function deserializeCircuit(bits: readonly Bool[], t: PlaintextType, raw: boolean): CPlaintext {
  let at = 0;
  const next = (n: number): Bool[] => {
    if (at + n > bits.length) throw new CircuitHalt('Insufficient bits');
    const out = bits.slice(at, at + n);
    at += n;
    return out;
  };
  const read = (t: PlaintextType): CPlaintext => {
    if (t.kind === 'literal') {
      const size = literalSizeInBits(t.type);
      if (!raw) {
        const v = next(2);
        assertPrefix(false, v[0] as Bool);
        assertPrefix(false, v[1] as Bool);
        assertHeader(next(8), LITERAL_TYPES.indexOf(t.type));
        assertHeader(next(16), size);
      }
      return { kind: 'literal', literal: literalFromBitsC(t.type, next(size)) };
    }
    if (t.kind !== 'array') throw new CircuitHalt('deserialize takes literals and arrays of literals');
    if (!raw) {
      const v = next(2);
      assertPrefix(true, v[0] as Bool);
      assertPrefix(false, v[1] as Bool);
      assertHeader(next(32), t.length);
    }
    const each = plaintextTypeBits(t.element, () => undefined, raw);
    const elements: CPlaintext[] = [];
    for (let i = 0; i < t.length; i++) {
      if (!raw) assertHeader(next(16), each);
      elements.push(read(t.element));
    }
    return { kind: 'array', elements };
  };
  return read(t);
}

function circuitBits(p: CPlaintext): Bool[] {
  if (p.kind !== 'array') throw new CircuitHalt('Expected a bit array, found a non-array plaintext.');
  return p.elements.map((e) => {
    if (e.kind !== 'literal' || e.literal.type !== 'boolean')
      throw new CircuitHalt('Expected a bit array, found a non-boolean element.');
    return e.literal.b;
  });
}

// ---- specs ------------------------------------------------------------------------------------

const serializeSpec = (raw: boolean): InstructionSpec => ({
  name: raw ? 'serialize.bits.raw' : 'serialize.bits',
  family: 'serialize',
  shape: shape(true),
  check: check(true, raw),
  evaluate: (_frame, ins, args) => {
    const v = args[0]!;
    if (v.kind === 'record' || v.kind === 'future') throw new AleoHalt('serialize takes a plaintext');
    const bits = raw ? consoleBitsRaw(v) : consoleBits(v);
    const n = bitArrayLength(destType(ins)) as number;
    if (bits.length !== n) throw new AleoHalt(`Expected '${n}' bits, got '${bits.length}' bits`);
    return [boolArray(bits)];
  },
  synthesize: (regs, ins) => {
    const v = loadOperand(regs, ins.operands[0]!);
    if (v.kind === 'record' || v.kind === 'future') throw new CircuitHalt('serialize takes a plaintext');
    const bits = raw ? plaintextBitsRaw(v) : plaintextBits(v);
    const n = bitArrayLength(destType(ins)) as number;
    if (bits.length !== n) throw new CircuitHalt(`Expected '${n}' bits, got '${bits.length}' bits`);
    return [bitArray(bits)];
  },
});

const deserializeSpec = (raw: boolean): InstructionSpec => ({
  name: raw ? 'deserialize.bits.raw' : 'deserialize.bits',
  family: 'serialize',
  shape: shape(false),
  check: check(false, raw),
  evaluate: (_frame, ins, args) => {
    const v = args[0]!;
    if (v.kind === 'record' || v.kind === 'future')
      throw new AleoHalt('Expected input to be a plaintext bit array');
    const to = destType(ins) as PlaintextType;
    return [asHalt(() => deserializeConsole(asBits(v), to, raw))];
  },
  synthesize: (regs, ins) => {
    const v = loadOperand(regs, ins.operands[0]!);
    if (v.kind === 'record' || v.kind === 'future') throw new CircuitHalt('Expected input to be a plaintext');
    return [deserializeCircuit(circuitBits(v), destType(ins) as PlaintextType, raw)];
  },
});

export const SERIALIZE: InstructionSpec[] = [
  serializeSpec(false),
  serializeSpec(true),
  deserializeSpec(false),
  deserializeSpec(true),
];
