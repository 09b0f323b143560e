/**
 * Every instruction of the Aleo instructions language (snarkVM synthesizer/program/src/logic/
 * instruction/mod.rs, the `Instruction` enum), by opcode: each family file declares its
 * instructions' specs (shape, type rule, evaluation, circuit); the parser looks an opcode up here
 * once and keeps the spec on the instruction.
 */
import { ARITHMETIC } from './arithmetic.js';
import { ASYNC } from './async.js';
import { BITWISE } from './bitwise.js';
import { CALL } from './call.js';
import { CAST } from './cast.js';
import { COMMIT } from './commit.js';
import { COMPARE } from './compare.js';
import { ECDSA } from './ecdsa.js';
import { EQUALITY } from './equality.js';
import { HASH } from './hash.js';
import { literalSpec } from './literal.js';
import { SERIALIZE } from './serialize.js';
import { SIGN } from './sign.js';
import { SNARK } from './snark.js';
import type { InstructionSpec } from './spec.js';
import { TERNARY } from './ternary.js';

export type { InstructionSpec } from './spec.js';

const specs: InstructionSpec[] = [
  ...ARITHMETIC.map((op) => literalSpec('arithmetic', op)),
  ...BITWISE.map((op) => literalSpec('bitwise', op)),
  ...COMPARE.map((op) => literalSpec('compare', op)),
  literalSpec('ternary', TERNARY),
  ...EQUALITY,
  ...HASH,
  ...COMMIT,
  ...SIGN,
  ...ECDSA,
  ...SNARK,
  ...CAST,
  ...SERIALIZE,
  ...CALL,
  ...ASYNC,
];
export const OPCODES: ReadonlyMap<string, InstructionSpec> = new Map(specs.map((s) => [s.name, s]));
