/**
 * Arithmetic on 256-bit words, opcodes 0x01-0x0b (Yellow Paper appendix H; EIP-160 EXP
 * byte cost). Words are BigInts in [0, 2^256); the interpreter loop does the stack work
 * and calls these for everything beyond a single BigInt operation.
 */

export const M = (1n << 256n) - 1n;
const asInt = (x: bigint) => BigInt.asIntN(256, x);

/** SDIV: a / b on two's-complement words, rounding toward zero; x / 0 = 0. */
export function sdiv(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : (asInt(a) / asInt(b)) & M;
}
/** SMOD: the sign follows the dividend; x % 0 = 0. */
export function smod(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : (asInt(a) % asInt(b)) & M;
}
/** ADDMOD: (a + b) % n without wrapping at 2^256; n = 0 gives 0. */
export function addmod(a: bigint, b: bigint, n: bigint): bigint {
  return n === 0n ? 0n : (a + b) % n;
}
/** MULMOD: (a * b) % n without wrapping at 2^256; n = 0 gives 0. */
export function mulmod(a: bigint, b: bigint, n: bigint): bigint {
  return n === 0n ? 0n : (a * b) % n;
}
/** Bytes in the exponent of EXP (what its dynamic gas is charged on). */
export function expByteLength(e: bigint): number {
  return e === 0n ? 0 : Math.ceil(e.toString(16).length / 2);
}
/** EXP: base ** e modulo 2^256, by square-and-multiply. */
export function exp(base: bigint, e: bigint): bigint {
  let r = 1n;
  let b = base;
  while (e > 0n) {
    if (e & 1n) r = (r * b) & M;
    e >>= 1n;
    if (e > 0n) b = (b * b) & M;
  }
  return r;
}
/** SIGNEXTEND: extends the sign of the low `b + 1` bytes of `x`. */
export function signextend(b: bigint, x: bigint): bigint {
  if (b >= 31n) return x;
  return BigInt.asUintN(256, BigInt.asIntN(Number(b) * 8 + 8, x));
}
