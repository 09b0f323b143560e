/**
 * Constant folding at analysis time: a run of instructions that pushes constants and
 * combines only them with pure operations (PUSH1 1 PUSH1 2 ADD, PUSH1 0x1f NOT, PUSH1 1
 * PUSH1 160 SHL, DUP of a constant, ...) becomes one pseudo-instruction that pushes the
 * result and jumps past the run, in a second copy of the analysed code (`fastOps`) that
 * only the loop's block-checked path reads.
 *
 * Why no result changes:
 * - A run holds only PUSHn, PUSH0, DUPn of a constant of the same run, and operations with
 *   static gas only (ADD ... SAR, CLZ; not EXP), so it never crosses a JUMPDEST, a block
 *   boundary or a handler, and nothing can enter it but its first instruction.
 * - The block holding it was charged its whole static gas, the folded instructions' gas
 *   included, and its stack bounds were checked on entry (analysis.ts), so no instruction
 *   of the run can halt on that path. When the block check fails, the loop runs the block
 *   instruction by instruction on the unfolded `ops`, so an out-of-gas or stack overflow
 *   inside a run halts at the instruction and with the gas the unfolded code would; a
 *   tracer steps on `ops` too and sees every original instruction.
 *
 * Folding is on unless POLYVM_EVM_FOLD=0 (read once at load); `setConstantFolding`
 * switches it for the analyses made afterwards (tests run code both ways).
 */
import {
  add,
  addmod,
  div,
  mod,
  mul,
  mulmod,
  sdiv,
  signextend,
  smod,
  sub,
} from './instructions/arithmetic.js';
import {
  and,
  byte,
  clz,
  eq,
  gt,
  iszero,
  lt,
  not,
  or,
  sar,
  sgt,
  shl,
  shr,
  slt,
  xor,
} from './instructions/bitwise.js';
import { OPCODE_BY_NAME } from './opcodes.js';
import { big, small, type Word } from './stack-word.js';

/** The pseudo-opcode of a folded run in `fastOps`: 0x0c is undefined in every fork. */
export const FOLDED = 0x0c;

/** Pure operations with static gas only, operands top of stack first. */
const PURE: readonly (readonly [string, (x: readonly bigint[]) => bigint])[] = [
  ['ADD', ([a, b]) => add(a!, b!)],
  ['MUL', ([a, b]) => mul(a!, b!)],
  ['SUB', ([a, b]) => sub(a!, b!)],
  ['DIV', ([a, b]) => div(a!, b!)],
  ['SDIV', ([a, b]) => sdiv(a!, b!)],
  ['MOD', ([a, b]) => mod(a!, b!)],
  ['SMOD', ([a, b]) => smod(a!, b!)],
  ['ADDMOD', ([a, b, n]) => addmod(a!, b!, n!)],
  ['MULMOD', ([a, b, n]) => mulmod(a!, b!, n!)],
  ['SIGNEXTEND', ([b, x]) => signextend(b!, x!)],
  ['LT', ([a, b]) => lt(a!, b!)],
  ['GT', ([a, b]) => gt(a!, b!)],
  ['SLT', ([a, b]) => slt(a!, b!)],
  ['SGT', ([a, b]) => sgt(a!, b!)],
  ['EQ', ([a, b]) => eq(a!, b!)],
  ['ISZERO', ([a]) => iszero(a!)],
  ['AND', ([a, b]) => and(a!, b!)],
  ['OR', ([a, b]) => or(a!, b!)],
  ['XOR', ([a, b]) => xor(a!, b!)],
  ['NOT', ([a]) => not(a!)],
  ['BYTE', ([i, x]) => byte(i!, x!)],
  ['SHL', ([n, x]) => shl(n!, x!)],
  ['SHR', ([n, x]) => shr(n!, x!)],
  ['SAR', ([n, x]) => sar(n!, x!)],
  ['CLZ', ([x]) => clz(x!)],
];

interface PureOp {
  readonly pops: number;
  readonly evaluate: (x: readonly bigint[]) => bigint;
}
const PURE_BY_CODE: (PureOp | undefined)[] = new Array(256);
for (const [name, evaluate] of PURE) {
  const row = OPCODE_BY_NAME.get(name)!;
  PURE_BY_CODE[row.code] = { pops: row.pops, evaluate };
}
const PUSH0 = OPCODE_BY_NAME.get('PUSH0')!.code;
const PUSH1 = OPCODE_BY_NAME.get('PUSH1')!.code;
const PUSH32 = OPCODE_BY_NAME.get('PUSH32')!.code;
const DUP1 = OPCODE_BY_NAME.get('DUP1')!.code;
const DUP16 = OPCODE_BY_NAME.get('DUP16')!.code;

let enabled = process.env.POLYVM_EVM_FOLD !== '0';
/** Whether analyses made from now on fold constant runs. */
export function constantFolding(): boolean {
  return enabled;
}
/** Switches folding for the analyses made from now on (cached ones are redone on next use). */
export function setConstantFolding(on: boolean): void {
  enabled = on;
}

export interface Folds {
  /** The analysed code with FOLDED at the first offset of every folded run. */
  readonly fastOps: Uint8Array;
  /** The word each folded run pushes, at its first offset. */
  readonly foldValues: readonly Word[];
  /** The offset after each folded run, at its first offset. */
  readonly foldNext: Int32Array;
}

const NO_VALUES: readonly Word[] = [];
const NO_NEXT = new Int32Array(0);

/**
 * The folds of analysed code `ops` (undefined opcodes already INVALID) of `length` bytes
 * with its PUSH values; `fastOps` is `ops` itself when nothing folds.
 */
export function foldConstants(ops: Uint8Array, length: number, pushValues: readonly Word[]): Folds {
  let fastOps = ops;
  let foldValues: Word[] | undefined;
  let foldNext = NO_NEXT;
  // The constants on top of the stack pushed since the last instruction that is not part of
  // a run (the first `top` entries): each one's value, first offset and whether an operation
  // produced it. Their code ranges are contiguous, each ending where the next begins.
  const values: Word[] = [];
  const starts: number[] = [];
  const folded: boolean[] = [];
  let top = 0;
  const flush = (end: number) => {
    for (let i = 0; i < top; i++) {
      if (!folded[i]) continue;
      if (!foldValues) {
        fastOps = ops.slice();
        foldValues = new Array<Word>(length + 1).fill(0);
        foldNext = new Int32Array(length + 1);
      }
      const at = starts[i]!;
      fastOps[at] = FOLDED;
      foldValues[at] = values[i]!;
      foldNext[at] = i + 1 < top ? starts[i + 1]! : end;
    }
    top = 0;
  };
  const push = (v: Word, at: number, byOp: boolean) => {
    values[top] = v;
    starts[top] = at;
    folded[top++] = byOp;
  };

  let pc = 0;
  while (pc < length) {
    const op = ops[pc]!;
    if (op >= PUSH1 && op <= PUSH32) {
      push(pushValues[pc]!, pc, false);
      pc += op - PUSH1 + 2;
      continue;
    }
    if (op === PUSH0) push(0, pc, false);
    else if (op >= DUP1 && op <= DUP16 && op - DUP1 < top) push(values[top - 1 - (op - DUP1)]!, pc, false);
    else {
      const pure = PURE_BY_CODE[op];
      if (pure && pure.pops <= top) {
        const n = top - pure.pops;
        const args: bigint[] = [];
        for (let i = top - 1; i >= n; i--) args.push(big(values[i]!));
        top = n;
        push(small(pure.evaluate(args)), starts[n]!, true);
      } else if (top > 0) flush(pc);
    }
    pc++;
  }
  flush(pc);
  return { fastOps, foldValues: foldValues ?? NO_VALUES, foldNext };
}
