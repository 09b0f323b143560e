/**
 * The literal-operation families (snarkVM synthesizer/program/src/logic/instruction/operation/
 * mod.rs: `Literals<N, 1|2|3>` over an operation table): one row per opcode with its operand-type
 * signatures (operand types -> result type), its console evaluation and its circuit. This file
 * holds the row type and how a row becomes an instruction spec; arithmetic.ts, bitwise.ts,
 * compare.ts and ternary.ts hold the rows.
 */
import type { Instruction } from '../ast.js';
import type { Bool } from '../circuit/boolean.js';
import { CircuitHalt } from '../circuit/errors.js';
import type { Fld } from '../circuit/field.js';
import { loadOperand } from '../circuit/instructions.js';
import type { Int } from '../circuit/integer.js';
import { fromInt, toInt } from '../circuit/ops.js';
import { type CLiteral, literalOf as circuitLiteral } from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import { integerBits, integerMax, integerMin, isSigned, literalToText } from '../text/literal.js';
import { registerTypeToString as registerTypeText, type Value } from '../types.js';
import { INTEGER_TYPES, type IntegerType, type Literal, type LiteralType } from '../values.js';
import { fixedShape, type InstructionSpec, literalOf, literalRegisterType } from './spec.js';

export interface LiteralOp {
  readonly name: string;
  readonly arity: 1 | 2 | 3;
  /** Operand types (joined by ',') -> result type. */
  readonly signatures: ReadonlyMap<string, LiteralType>;
  /** Console semantics: checked forms halt on overflow, `.w` forms wrap. */
  readonly evaluate: (args: readonly Literal[]) => Literal;
  /** The circuit (snarkVM circuit/types): the gadget this opcode reaches for the operands' type. */
  readonly synthesize: (args: readonly CLiteral[]) => CLiteral;
}

export const INTS = INTEGER_TYPES;
export const SIGNED = INTS.filter((t) => t[0] === 'i');
export const UNSIGNED = INTS.filter((t) => t[0] === 'u');
const MAGS = ['u8', 'u16', 'u32'] as const;

export type Sig = [readonly LiteralType[], LiteralType];
/** Every operand and the result of type t. */
export const same = (types: readonly LiteralType[], arity: number): Sig[] =>
  types.map((t) => [Array(arity).fill(t), t]);
/** Two operands of type t, a boolean result. */
export const toBool = (types: readonly LiteralType[]): Sig[] => types.map((t) => [[t, t], 'boolean']);
/** An integer and a u8/u16/u32 magnitude (pow, shl, shr), a result of the integer's type. */
export const withMag = (types: readonly LiteralType[]): Sig[] =>
  types.flatMap((t) => MAGS.map((m): Sig => [[t, m], t]));

export function wrap(v: bigint, t: IntegerType): bigint {
  const bits = BigInt(integerBits(t));
  let r = BigInt.asUintN(Number(bits), v);
  if (isSigned(t) && r >= 1n << (bits - 1n)) r -= 1n << bits;
  return r;
}

/** A checked result: halts as snarkVM words it when `v` does not fit `t`. */
export function checked(v: bigint, t: IntegerType, what: string, args: readonly Literal[]): Literal {
  if (v < integerMin(t) || v > integerMax(t))
    throw new AleoHalt(`Integer ${what} failed on: ${args.map(literalToText).join(' and ')}`);
  return { type: t, value: v };
}

export const int = (l: Literal): bigint => l.value as bigint;
export const isInt = (t: LiteralType): t is IntegerType => (INTS as readonly string[]).includes(t);

/** One row. */
export function row(
  name: string,
  arity: 1 | 2 | 3,
  sigs: Sig[],
  evaluate: LiteralOp['evaluate'],
  synthesize: LiteralOp['synthesize'],
): LiteralOp {
  return {
    name,
    arity,
    signatures: new Map(sigs.map(([ins, out]) => [ins.join(','), out])),
    evaluate,
    synthesize,
  };
}

/** The instruction spec of a row: a fixed shape, its signatures as the type rule. */
export function literalSpec(family: string, op: LiteralOp): InstructionSpec {
  return {
    name: op.name,
    family,
    shape: fixedShape(op.arity, 1, false),
    check: (c, ins, types) => {
      const lt = types.map((t) => {
        if (t.kind !== 'plaintext' || t.type.kind !== 'literal')
          return c.fail(`'${ins.opcode}' expects literal operands, found ${registerTypeText(t)}`, ins.pos);
        return t.type.type;
      });
      const out = op.signatures.get(lt.join(','));
      if (!out) return c.fail(`'${ins.opcode}' does not accept operands of type ${lt.join(', ')}`, ins.pos);
      return [literalRegisterType(out)];
    },
    evaluate: (_frame, _ins, args: Value[]) => [
      { kind: 'literal', literal: op.evaluate(args.map((a) => literalOf(a, 'operand'))) },
    ],
    synthesize: (regs, ins: Instruction) => [
      {
        kind: 'literal',
        literal: op.synthesize(ins.operands.map((o) => circuitLiteral(loadOperand(regs, o)))),
      },
    ],
  };
}

// Circuit helpers of the rows.

export const cField = (f: Fld): CLiteral => ({ type: 'field', f });
export const cBool = (b: Bool): CLiteral => ({ type: 'boolean', b });
export const unsupported = (op: string, t: string): never => {
  throw new CircuitHalt(`'${op}' on ${t} is not supported in circuits`);
};

/** Integer operands (the second may be a u8/u16/u32 magnitude); the result has the first's type. */
export function intOp(f: (a: Int, b: Int) => Int): (args: readonly CLiteral[]) => CLiteral {
  return ([a, b]) => fromInt(a!.type, f(toInt(a!), toInt(b!)));
}
