/**
 * Every instruction of the Aleo instructions language (snarkVM synthesizer/program/src/logic/
 * instruction/mod.rs, the `Instruction` enum), by opcode: each family file declares its
 * instructions' specs (shape, type rule, evaluation, circuit); the parser looks an opcode up here
 * once and keeps the spec on the instruction.
 */
import type { Instruction } from '../ast.js';
import { ARITHMETIC } from './arithmetic.js';
import { BITWISE } from './bitwise.js';
import { COMPARE } from './compare.js';
import { COMMIT_OPCODES, HASH_OPCODES } from './crypto-ops.js';
import { EQUALITY } from './equality.js';
import { literalSpec } from './literal.js';
import { fixedShape, type InstructionSpec } from './spec.js';
import { TERNARY } from './ternary.js';

export type { InstructionSpec } from './spec.js';

const specs: InstructionSpec[] = [
  ...ARITHMETIC.map((op) => literalSpec('arithmetic', op)),
  ...BITWISE.map((op) => literalSpec('bitwise', op)),
  ...COMPARE.map((op) => literalSpec('compare', op)),
  literalSpec('ternary', TERNARY),
  ...EQUALITY,
];
const legacy = (name: string, family: string, shape: InstructionSpec['shape']) =>
  specs.push({ name, family, shape } as InstructionSpec);
for (const name of HASH_OPCODES) legacy(name, 'hash', fixedShape(1, 1, true));
for (const name of ['hash_many.psd2', 'hash_many.psd4', 'hash_many.psd8'])
  legacy(name, 'hash', fixedShape(2, 1, true));
for (const name of COMMIT_OPCODES) legacy(name, 'commit', fixedShape(2, 1, true));
legacy('sign.verify', 'sign', fixedShape(3, 1, false));
for (const name of ['cast', 'cast.lossy'])
  legacy(name, 'cast', (ins: Instruction, fail) => {
    if (ins.operands.length === 0) throw fail(`'${name}' needs at least one operand`);
    if (ins.destinations.length !== 1) throw fail(`'${name}' expects 1 destination register`);
    if (!ins.castType) throw fail(`'${name}' needs 'as TYPE'`);
  });
legacy('call', 'call', (ins, fail) => {
  if (ins.castType) throw fail(`'call' takes no 'as TYPE'`);
});
legacy('async', 'async', (ins, fail) => {
  if (ins.destinations.length !== 1) throw fail(`'async' expects 1 destination register (the future)`);
  if (ins.castType) throw fail(`'async' takes no 'as TYPE'`);
});

export const OPCODES: ReadonlyMap<string, InstructionSpec> = new Map(specs.map((s) => [s.name, s]));
