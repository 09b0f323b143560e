/**
 * `hash.*` (snarkVM synthesizer/program/src/logic/instruction/operation/hash.rs): one plaintext
 * operand, a literal destination type named by `as` (not boolean or string). Console: the crypto
 * module's hashOp (BHP, Pedersen, Poseidon, Keccak, SHA-3; bit-exact with snarkVM); circuit:
 * circuit/hash.ts. `hash_many.*` parses but snarkVM does not implement it, so checking refuses it.
 */

import { hashValue } from '../circuit/hash.js';
import { circuitGenerator, literalTarget, loadOperand } from '../circuit/instructions.js';
import { type HashVariant, hashOp } from '../crypto/index.js';
import { AleoHalt } from '../errors.js';
import { asHalt } from './crypto-ops.js';
import { fixedShape, type InstructionSpec, plaintextOf } from './spec.js';

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

const hashSpec = (name: string): InstructionSpec => ({
  name,
  family: 'hash',
  shape: fixedShape(1, 1, true),
  check: (c, ins, types) => {
    if (types[0]!.kind !== 'plaintext') c.fail(`'${ins.opcode}' hashes plaintexts only`, ins.pos);
    const ct = ins.castType!;
    if (ct.kind !== 'plaintext' || ct.type.kind !== 'literal' || ['boolean', 'string'].includes(ct.type.type))
      return c.fail(`invalid destination type for '${ins.opcode}'`, ins.pos);
    return [{ kind: 'plaintext', type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const ct = ins.castType!;
    if (ct.kind !== 'plaintext' || ct.type.kind !== 'literal') throw new AleoHalt('invalid hash destination');
    const to = ct.type.type;
    const variant = ins.opcode.slice('hash.'.length) as HashVariant;
    const input = plaintextOf(args[0]!, 'the input');
    return [{ kind: 'literal', literal: asHalt(() => hashOp(variant, input, to)) }];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]!);
    return [{ kind: 'literal', literal: hashValue(ins.opcode, input, literalTarget(ins), circuitGenerator) }];
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
  ...HASH_OPCODES.map(hashSpec),
  ...['hash_many.psd2', 'hash_many.psd4', 'hash_many.psd8'].map(hashManySpec),
];
