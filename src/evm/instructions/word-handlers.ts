/**
 * Handlers of the arithmetic and bitwise opcodes that work on BigInt words almost always
 * (signed and modular arithmetic, EXP, SIGNEXTEND, NOT, BYTE, SAR, CLZ): called from the
 * interpreter loop's handler path rather than written in its switch, so that the loop V8
 * compiles is smaller. The block's static gas is already charged (analysis.ts); EXP charges
 * its dynamic part here (EIP-160). The number fast paths are the loop's former ones.
 */
import { type Frame, outOfGas } from '../frame.js';
import { big } from '../stack-word.js';
import { addmod, exp, expByteLength, mulmod, sdiv, signextend, smod } from './arithmetic.js';
import { byte, clz, not, sar, sgt, slt } from './bitwise.js';

/** SDIV: pops 2, pushes 1 (numbers are non-negative: as DIV). */
export function sdivOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const a = s[sp]!;
  const b = s[sp - 1]!;
  if (typeof a === 'number' && typeof b === 'number') s[sp - 1] = b === 0 ? 0 : (a - (a % b)) / b;
  else s[sp - 1] = sdiv(big(a), big(b));
}
/** SMOD: pops 2, pushes 1 (numbers are non-negative: as MOD). */
export function smodOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const a = s[sp]!;
  const b = s[sp - 1]!;
  if (typeof a === 'number' && typeof b === 'number') s[sp - 1] = b === 0 ? 0 : a % b;
  else s[sp - 1] = smod(big(a), big(b));
}
/** ADDMOD: pops 3, pushes 1. */
export function addmodOp(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  s[sp - 1] = addmod(big(s[sp + 1]!), big(s[sp]!), big(s[sp - 1]!));
}
/** MULMOD: pops 3, pushes 1. */
export function mulmodOp(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  s[sp - 1] = mulmod(big(s[sp + 1]!), big(s[sp]!), big(s[sp - 1]!));
}
/** EXP: pops 2, pushes 1; dynamic gas per byte of the exponent (EIP-160). */
export function expOp(f: Frame): void {
  const s = f.stack;
  const e = big(s[f.sp - 2]!);
  const cost = f.ctx.rules.expByteCost * expByteLength(e);
  if (f.gas < cost) {
    outOfGas(f, cost);
    return;
  }
  f.gas -= cost;
  const sp = --f.sp;
  s[sp - 1] = exp(big(s[sp]!), e);
}
/** SIGNEXTEND: pops 2, pushes 1. */
export function signextendOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = signextend(big(s[sp]!), big(s[sp - 1]!));
}
/** SLT: pops 2, pushes 1. */
export function sltOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const a = s[sp]!;
  const b = s[sp - 1]!;
  s[sp - 1] = typeof a === 'number' && typeof b === 'number' ? (a < b ? 1 : 0) : slt(big(a), big(b));
}
/** SGT: pops 2, pushes 1. */
export function sgtOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const a = s[sp]!;
  const b = s[sp - 1]!;
  s[sp - 1] = typeof a === 'number' && typeof b === 'number' ? (a > b ? 1 : 0) : sgt(big(a), big(b));
}
/** NOT: pops 1, pushes 1. */
export function notOp(f: Frame): void {
  const s = f.stack;
  s[f.sp - 1] = not(big(s[f.sp - 1]!));
}
/** BYTE: pops 2, pushes 1. */
export function byteOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = Number(byte(big(s[sp]!), big(s[sp - 1]!)));
}
/** SAR: pops 2, pushes 1. */
export function sarOp(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = sar(big(s[sp]!), big(s[sp - 1]!));
}
/** CLZ (EIP-7939): pops 1, pushes 1. */
export function clzOp(f: Frame): void {
  const s = f.stack;
  s[f.sp - 1] = Number(clz(big(s[f.sp - 1]!)));
}
