/** Comparison and bitwise opcodes 0x10-0x1d (EIP-145 shifts). */
import type { Frame } from '../frame.js';

const M = (1n << 256n) - 1n;
const asInt = (x: bigint) => BigInt.asIntN(256, x);

/** LT: pops 2, pushes 1. */
export function lt(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp]! < s[sp - 1]! ? 1n : 0n;
}
/** GT: pops 2, pushes 1. */
export function gt(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp]! > s[sp - 1]! ? 1n : 0n;
}
/** SLT: pops 2, pushes 1. */
export function slt(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = asInt(s[sp]!) < asInt(s[sp - 1]!) ? 1n : 0n;
}
/** SGT: pops 2, pushes 1. */
export function sgt(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = asInt(s[sp]!) > asInt(s[sp - 1]!) ? 1n : 0n;
}
/** EQ: pops 2, pushes 1. */
export function eq(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp] === s[sp - 1] ? 1n : 0n;
}
/** ISZERO: pops 1, pushes 1. */
export function iszero(f: Frame): void {
  const s = f.stack;
  s[f.sp - 1] = s[f.sp - 1] === 0n ? 1n : 0n;
}
/** AND: pops 2, pushes 1. */
export function and(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp]! & s[sp - 1]!;
}
/** OR: pops 2, pushes 1. */
export function or(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp]! | s[sp - 1]!;
}
/** XOR: pops 2, pushes 1. */
export function xor(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  s[sp - 1] = s[sp]! ^ s[sp - 1]!;
}
/** NOT: pops 1, pushes 1. */
export function not(f: Frame): void {
  const s = f.stack;
  s[f.sp - 1] = M ^ s[f.sp - 1]!;
}
/** BYTE: pops 2, pushes 1. */
export function byte(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const i = s[sp]!;
  s[sp - 1] = i >= 32n ? 0n : (s[sp - 1]! >> (248n - i * 8n)) & 0xffn;
}
/** SHL: pops 2, pushes 1. */
export function shl(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const n = s[sp]!;
  s[sp - 1] = n >= 256n ? 0n : (s[sp - 1]! << n) & M;
}
/** SHR: pops 2, pushes 1. */
export function shr(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const n = s[sp]!;
  s[sp - 1] = n >= 256n ? 0n : s[sp - 1]! >> n;
}
/** SAR: pops 2, pushes 1. */
export function sar(f: Frame): void {
  const s = f.stack;
  const sp = --f.sp;
  const n = s[sp]!;
  const v = asInt(s[sp - 1]!);
  s[sp - 1] = BigInt.asUintN(256, v >> (n >= 256n ? 255n : n));
}
