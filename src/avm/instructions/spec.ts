/**
 * What one instruction family declares, once (snarkVM synthesizer/program/src/logic/instruction:
 * each instruction's parse shape, `output_types`, `evaluate` and `execute`). The parser looks an
 * opcode's spec up once and keeps it on the instruction; the checker, the interpreter and circuit
 * synthesis then call the spec's `check`, `evaluate` and `synthesize` instead of each switching on
 * the opcode.
 */
import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import type { Registers } from '../circuit/instructions.js';
import type { CValue } from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import type { Frame } from '../process.js';
import type { RegisterType, Value } from '../types.js';
import type { Literal, LiteralType, Plaintext } from '../values.js';

/** Where an instruction stands: a closure, a function body or a finalize block. */
export type Scope = 'closure' | 'function' | 'finalize';

export interface InstructionSpec {
  readonly name: string;
  /** The family (the file under src/avm/instructions that declares it). */
  readonly family: string;
  /** Throws (through `fail`) when operands, destinations or the `as` type do not fit. */
  readonly shape: (ins: Instruction, fail: (msg: string) => Error) => void;
  /** Why the instruction may not stand in this scope (checked before its operands), if it may not. */
  readonly restrict?: (ins: Instruction, scope: Scope) => string | undefined;
  /** The destination types for these operand types (snarkVM `output_types`); fails through the checker. */
  readonly check: (
    c: Checker,
    ins: Instruction,
    types: RegisterType[],
    scope: Scope,
    fn?: string,
  ) => RegisterType[];
  /** The destination values (snarkVM `evaluate`); `fn` names the running function. */
  readonly evaluate: (frame: Frame, ins: Instruction, args: Value[], fn?: string) => Value[];
  /** The destination circuits (snarkVM `execute` in circuit mode); absent where snarkVM has none. */
  readonly synthesize?: (regs: Registers, ins: Instruction) => CValue[];
}

/** A shape of exactly `operands` operands and `dests` destinations, with or without `as TYPE`. */
export function fixedShape(operands: number, dests: number, withType: boolean) {
  return (ins: Instruction, fail: (msg: string) => Error): void => {
    if (ins.operands.length !== operands)
      throw fail(
        `'${ins.opcode}' expects ${operands} operand${operands === 1 ? '' : 's'}, found ${ins.operands.length}`,
      );
    if (ins.destinations.length !== dests)
      throw fail(
        `'${ins.opcode}' expects ${dests} destination register${dests === 1 ? '' : 's'}, found ${ins.destinations.length}`,
      );
    if (ins.operandType) throw fail(`'${ins.opcode}' takes no '(TYPE)' after its operands`);
    if (withType && !ins.castType) throw fail(`'${ins.opcode}' needs 'as TYPE'`);
    if (!withType && ins.castType) throw fail(`'${ins.opcode}' takes no 'as TYPE'`);
  };
}

/** The register type of a literal type. */
export const literalRegisterType = (type: LiteralType): RegisterType => ({
  kind: 'plaintext',
  type: { kind: 'literal', type },
});

/** A console value that must be a literal (`what` names it in the halt). */
export function literalOf(v: Value, what: string): Literal {
  if (v.kind !== 'literal') throw new AleoHalt(`${what} is not a literal`);
  return v.literal;
}

/** A console value that must be a plaintext (not a record or a future). */
export function plaintextOf(v: Value, what: string): Plaintext {
  if (v.kind === 'record' || v.kind === 'future') throw new AleoHalt(`${what} must be a plaintext`);
  return v;
}

/** The `restrict` of an instruction allowed only in a function's body (`call`, `async`). */
export const functionBodyOnly =
  (name: string) =>
  (_ins: Instruction, scope: Scope): string | undefined =>
    scope === 'closure'
      ? `a '${name}' instruction is not allowed in closures`
      : scope === 'finalize'
        ? `'${name}' is not available in finalize`
        : undefined;
