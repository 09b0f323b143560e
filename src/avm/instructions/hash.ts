/**
 * `hash.*` (snarkVM synthesizer/program/src/logic/instruction/operation/hash.rs): one plaintext
 * operand (a plaintext, a record or a future: Value::to_bits_le / to_fields), a literal destination
 * type named by `as` (not boolean or string). Console: the crypto
 * module's hashOp (BHP, Pedersen, Poseidon, Keccak, SHA-3; bit-exact with snarkVM); circuit:
 * circuit/hash.ts. `hash_many.*` parses but snarkVM does not implement it, so checking refuses it.
 *
 * The newer variants (snarkVM's HashVariant 18-44, same file): `hash.X.raw` hashes the input's raw
 * bits (Plaintext::to_bits_raw_le, no type headers; Poseidon: to_fields_raw), and
 * `hash.<keccak|sha3>.native[.raw]` writes the digest itself into a `[boolean; N]` (N the digest's
 * bits, checked when it runs). Keccak/SHA-3 `.raw` and every `.native` form need an input of whole
 * bytes, checked on the input type's raw size (`requires_byte_alignment`, size_in_bits_raw; a
 * record or a future has no raw form, its `.raw` hashes and size are those of to_bits_le).
 */

import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import { hashNativeBits, hashValue } from '../circuit/hash.js';
import { circuitGenerator, literalTarget, loadOperand } from '../circuit/instructions.js';
import { bitArray } from '../circuit/value.js';
import type { HashVariant } from '../crypto/index.js';
import { hashInputOp, hashNativeOp } from '../crypto/ops.js';
import { AleoHalt } from '../errors.js';
import { valueInput } from '../transition/ids.js';
import type { RegisterType } from '../types.js';
import { asHalt } from './crypto-ops.js';
import { fixedShape, type InstructionSpec } from './spec.js';
import { type ProgramLookup, registerTypeBits } from './type-size.js';

export const HASH_OPCODES = [
  'hash.bhp256',
  'hash.bhp512',
  'hash.bhp768',
  'hash.bhp1024',
  'hash.keccak256',
  'hash.keccak384',
  'hash.keccak512',
  'hash.ped64',
  'hash.ped128',
  'hash.psd2',
  'hash.psd4',
  'hash.psd8',
  'hash.sha3_256',
  'hash.sha3_384',
  'hash.sha3_512',
] as const;

/** The Keccak and SHA-3 variants: their `.raw` and `.native` forms need whole bytes. */
const KECCAK_VARIANTS = HASH_OPCODES.filter((o) => /keccak|sha3/.test(o));

/** The checked program and its imports, by id (type sizes of records and futures). */
const lookupOf =
  (c: Checker): ProgramLookup =>
  (id) =>
    id === undefined || id === c.program.id ? c.program : c.imported.get(id);

/**
 * Byte alignment on the input type (hash.rs output_types, `requires_byte_alignment`): a
 * plaintext's raw size, a record's or a future's full to_bits_le size, an external record not at all.
 */
function checkWholeBytes(c: Checker, ins: Instruction, type: RegisterType): void {
  // The SDK's snarkVM checks no external record (it runs `hash.keccak256.raw` of a 687-bit
  // `hrec.aleo/tok.record` input; a local record of the same type is refused).
  if (type.kind === 'external_record') return;
  let bits = 0;
  try {
    bits = registerTypeBits(type, lookupOf(c), true);
  } catch (e) {
    c.fail(`'${ins.opcode}': ${(e as Error).message}`, ins.pos);
  }
  if (bits % 8 !== 0) c.fail(`Expected a multiple of 8 bits for '${ins.opcode}', found '${bits}'`, ins.pos);
}

/** `hash.X` (raw false) and `hash.X.raw` (raw true) into a literal. */
const hashSpec = (base: string, raw: boolean): InstructionSpec => ({
  name: raw ? `${base}.raw` : base,
  family: 'hash',
  shape: fixedShape(1, 1, true),
  check: (c, ins, types) => {
    const ct = ins.castType!;
    if (ct.kind !== 'plaintext' || ct.type.kind !== 'literal' || ['boolean', 'string'].includes(ct.type.type))
      return c.fail(`invalid destination type for '${ins.opcode}'`, ins.pos);
    if (raw && (KECCAK_VARIANTS as readonly string[]).includes(base)) checkWholeBytes(c, ins, types[0]!);
    return [{ kind: 'plaintext', type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const ct = ins.castType!;
    if (ct.kind !== 'plaintext' || ct.type.kind !== 'literal') throw new AleoHalt('invalid hash destination');
    const to = ct.type.type;
    const variant = base.slice('hash.'.length) as HashVariant;
    return [{ kind: 'literal', literal: asHalt(() => hashInputOp(variant, valueInput(args[0]!, raw), to)) }];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]!);
    return [{ kind: 'literal', literal: hashValue(base, input, literalTarget(ins), circuitGenerator, raw) }];
  },
});

/** The `[boolean; N]` length of a `.native` destination (is_bit_array), if it is one. */
function bitArrayLength(ins: Instruction): number | undefined {
  const ct = ins.castType;
  if (ct?.kind !== 'plaintext' || ct.type.kind !== 'array') return undefined;
  const el = ct.type.element;
  return el.kind === 'literal' && el.type === 'boolean' ? ct.type.length : undefined;
}

/** `hash.<keccak|sha3>.native[.raw]` into a bit array. */
const nativeSpec = (base: string, raw: boolean): InstructionSpec => ({
  name: `${base}.native${raw ? '.raw' : ''}`,
  family: 'hash',
  shape: fixedShape(1, 1, true),
  check: (c, ins, types) => {
    const ct = ins.castType!;
    if (bitArrayLength(ins) === undefined || ct.kind !== 'plaintext')
      return c.fail(`invalid destination type for '${ins.opcode}' (expected a bit array)`, ins.pos);
    // snarkVM's `is_raw` is true for every native variant, so the check counts raw bits even for
    // `.native`, whose hash then takes to_bits_le (the SDK: `hash.sha3_256.native` of a boolean
    // is refused with "found '1'").
    checkWholeBytes(c, ins, types[0]!);
    return [{ kind: 'plaintext', type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const length = bitArrayLength(ins);
    if (length === undefined) throw new AleoHalt('invalid hash destination');
    const variant = base.slice('hash.'.length) as HashVariant;
    const bits = asHalt(() => hashNativeOp(variant, valueInput(args[0]!, raw), length, raw));
    return [
      {
        kind: 'array',
        elements: bits.map((b) => ({ kind: 'literal', literal: { type: 'boolean', value: b } })),
      },
    ];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]!);
    return [bitArray(hashNativeBits(base, input, raw, bitArrayLength(ins) ?? -1))];
  },
});

const hashManySpec = (name: string): InstructionSpec => ({
  name,
  family: 'hash',
  shape: fixedShape(2, 1, true),
  check: (c, ins) => c.fail(`'${ins.opcode}' is not yet implemented in snarkVM`, ins.pos),
  evaluate: (_frame, ins) => {
    throw new AleoHalt(`'${ins.opcode}' is not yet implemented in snarkVM`);
  },
});

export const HASH: InstructionSpec[] = [
  ...HASH_OPCODES.map((o) => hashSpec(o, false)),
  ...HASH_OPCODES.map((o) => hashSpec(o, true)),
  ...KECCAK_VARIANTS.flatMap((o) => [nativeSpec(o, false), nativeSpec(o, true)]),
  ...['hash_many.psd2', 'hash_many.psd4', 'hash_many.psd8'].map(hashManySpec),
];
