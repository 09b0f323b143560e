/** Arithmetic opcodes 0x01-0x0b (Yellow Paper appendix H; EIP-160 EXP byte cost). */
import { type Frame, useGas } from '../frame.js';

const M = (1n << 256n) - 1n;
const asInt = (x: bigint) => BigInt.asIntN(256, x);

/** ADD: pops 2, pushes 1. */
export function add(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = (s[sp]! + s[sp - 1]!) & M;
}
/** MUL: pops 2, pushes 1. */
export function mul(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = (s[sp]! * s[sp - 1]!) & M;
}
/** SUB: pops 2, pushes 1. */
export function sub(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = (s[sp]! - s[sp - 1]!) & M;
}
/** DIV: pops 2, pushes 1. */
export function div(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const b = s[sp - 1]!;
  s[sp - 1] = b === 0n ? 0n : s[sp]! / b;
}
/** SDIV: pops 2, pushes 1. */
export function sdiv(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const b = s[sp - 1]!;
  s[sp - 1] = b === 0n ? 0n : (asInt(s[sp]!) / asInt(b)) & M;
}
/** MOD: pops 2, pushes 1. */
export function mod(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const b = s[sp - 1]!;
  s[sp - 1] = b === 0n ? 0n : s[sp]! % b;
}
/** SMOD: pops 2, pushes 1. */
export function smod(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const b = s[sp - 1]!;
  s[sp - 1] = b === 0n ? 0n : (asInt(s[sp]!) % asInt(b)) & M;
}
/** ADDMOD: pops 3, pushes 1. */
export function addmod(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  const n = s[sp - 1]!;
  s[sp - 1] = n === 0n ? 0n : (s[sp + 1]! + s[sp]!) % n;
}
/** MULMOD: pops 3, pushes 1. */
export function mulmod(f: Frame): void {
  const s = f.stack;
  const sp = (f.sp -= 2);
  const n = s[sp - 1]!;
  s[sp - 1] = n === 0n ? 0n : (s[sp + 1]! * s[sp]!) % n;
}
/** EXP: pops 2, pushes 1; dynamic gas per byte of the exponent. */
export function exp(f: Frame): void {
  const s = f.stack;
  const sp = f.sp;
  let e = s[sp - 2]!;
  if (e !== 0n) {
    const bytes = Math.ceil(e.toString(16).length / 2);
    if (!useGas(f, f.ctx.rules.expByteCost * bytes)) return;
  }
  let base = s[sp - 1]!;
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * base) & M;
    e >>= 1n;
    if (e > 0n) base = (base * base) & M;
  }
  f.sp = sp - 1;
  s[sp - 2] = r;
}
/** SIGNEXTEND: pops 2, pushes 1. */
export function signextend(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const b = s[sp]!;
  if (b >= 31n) return;
  const bits = Number(b) * 8 + 8;
  s[sp - 1] = BigInt.asUintN(256, BigInt.asIntN(bits, s[sp - 1]!));
}
