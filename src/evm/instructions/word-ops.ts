/**
 * The opcodes that replace their operands on the stack by one word computed from them and
 * do nothing else: no gas beyond their static cost, no memory, no halt. The interpreter
 * loop calls these functions; the block compiler (block-compiler.ts) emits calls to them.
 * Arguments are the operands from the top of the stack down (a function's `length` is its
 * arity).
 */
import { add, addmod, div, mod, mul, mulmod, sdiv, signextend, smod, sub } from './arithmetic.js';
import { and, byte, eq, gt, iszero, lt, not, or, sar, sgt, shl, shr, slt, xor } from './bitwise.js';

export type WordOp = (...operands: bigint[]) => bigint;

export const WORD_OPS: ReadonlyMap<number, WordOp> = new Map<number, WordOp>([
  [0x01, add],
  [0x02, mul],
  [0x03, sub],
  [0x04, div],
  [0x05, sdiv],
  [0x06, mod],
  [0x07, smod],
  [0x08, addmod],
  [0x09, mulmod],
  [0x0b, signextend],
  [0x10, lt],
  [0x11, gt],
  [0x12, slt],
  [0x13, sgt],
  [0x14, eq],
  [0x15, iszero],
  [0x16, and],
  [0x17, or],
  [0x18, xor],
  [0x19, not],
  [0x1a, byte],
  [0x1b, shl],
  [0x1c, shr],
  [0x1d, sar],
]);
