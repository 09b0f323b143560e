/**
 * Arithmetic on 256-bit words, opcodes 0x01-0x0b (Yellow Paper appendix H; EIP-160 EXP
 * byte cost). Words are BigInts in [0, 2^256); the interpreter loop does the stack work
 * and calls these for everything beyond a single BigInt operation.
 */

export const M = (1n << 256n) - 1n;
const P = 1n << 256n;
/** Words at or above this are negative in two's complement. */
export const SIGN = 1n << 255n;

/** ADD modulo 2^256. */
export function add(a: bigint, b: bigint): bigint {
  const r = a + b;
  return r > M ? r & M : r;
}
/** MUL modulo 2^256. */
export function mul(a: bigint, b: bigint): bigint {
  const r = a * b;
  return r > M ? r & M : r;
}
/** SUB modulo 2^256. */
export function sub(a: bigint, b: bigint): bigint {
  const r = a - b;
  return r < 0n ? r & M : r;
}
/** DIV: x / 0 = 0. */
export function div(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : a / b;
}
/** MOD: x % 0 = 0. */
export function mod(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : a % b;
}

// Signed operations work on magnitudes (P - x is |x| for a negative word), so that
// non-negative operands, the common case, cost no conversion at all.

/** SDIV: a / b on two's-complement words, rounding toward zero; x / 0 = 0. */
export function sdiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const na = a >= SIGN;
  const nb = b >= SIGN;
  if (!na && !nb) return a / b;
  const q = (na ? P - a : a) / (nb ? P - b : b);
  return na !== nb && q !== 0n ? P - q : q & M;
}
/** SMOD: the sign follows the dividend; x % 0 = 0. */
export function smod(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const na = a >= SIGN;
  const nb = b >= SIGN;
  if (!na && !nb) return a % b;
  const r = (na ? P - a : a) % (nb ? P - b : b);
  return na && r !== 0n ? P - r : r;
}
/** ADDMOD: (a + b) % n without wrapping at 2^256; n = 0 gives 0. */
export function addmod(a: bigint, b: bigint, n: bigint): bigint {
  if (n === 0n) return 0n;
  const r = a + b;
  if (r < n) return r;
  // Operands already reduced (the usual case) need one subtraction, not a division.
  const r1 = r - n;
  return r1 < n ? r1 : r % n;
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
