/**
 * Comparison and bitwise opcodes 0x10-0x1e (EIP-145 shifts, EIP-7939 CLZ) on 256-bit words; the
 * interpreter loop does the stack work.
 */
import { M, SIGN } from './arithmetic.js';

const asInt = (x: bigint) => BigInt.asIntN(256, x);

/** LT, GT, EQ, ISZERO: 1 when true, else 0. */
export const lt = (a: bigint, b: bigint): bigint => (a < b ? 1n : 0n);
export const gt = (a: bigint, b: bigint): bigint => (a > b ? 1n : 0n);
export const eq = (a: bigint, b: bigint): bigint => (a === b ? 1n : 0n);
export const iszero = (a: bigint): bigint => (a === 0n ? 1n : 0n);
export const and = (a: bigint, b: bigint): bigint => a & b;
export const or = (a: bigint, b: bigint): bigint => a | b;
export const xor = (a: bigint, b: bigint): bigint => a ^ b;
export const not = (a: bigint): bigint => M ^ a;

/** SLT: 1 when a < b as two's-complement words (same sign: as unsigned; else the negative one). */
export function slt(a: bigint, b: bigint): bigint {
  const na = a >= SIGN;
  return (na === b >= SIGN ? a < b : na) ? 1n : 0n;
}
/** SGT: 1 when a > b as two's-complement words. */
export function sgt(a: bigint, b: bigint): bigint {
  const nb = b >= SIGN;
  return (nb === a >= SIGN ? a > b : nb) ? 1n : 0n;
}
/** BYTE: byte `i` of `x`, counting from the most significant. */
export function byte(i: bigint, x: bigint): bigint {
  return i >= 32n ? 0n : (x >> (248n - i * 8n)) & 0xffn;
}
/** SHL: x << n modulo 2^256. */
export function shl(n: bigint, x: bigint): bigint {
  return n >= 256n ? 0n : (x << n) & M;
}
/** SHR: logical x >> n. */
export function shr(n: bigint, x: bigint): bigint {
  return n >= 256n ? 0n : x >> n;
}
/** SAR: arithmetic x >> n (the sign bit fills in). */
export function sar(n: bigint, x: bigint): bigint {
  return BigInt.asUintN(256, asInt(x) >> (n >= 256n ? 255n : n));
}
/** CLZ (EIP-7939): the number of leading zero bits of x, 256 for 0. */
export function clz(x: bigint): bigint {
  for (let s = 224; s >= 0; s -= 32) {
    const w = Number((x >> BigInt(s)) & 0xffffffffn);
    if (w !== 0) return BigInt(224 - s + Math.clz32(w));
  }
  return 256n;
}
