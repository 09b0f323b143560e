/**
 * Integer encoding of NeoVM: little-endian two's complement with the fewest bytes, zero as
 * the empty array (System.Numerics.BigInteger `ToByteArray` / `new BigInteger(span)`).
 */
import { VMFault } from './fault.js';

const EMPTY = new Uint8Array(0);

/** Reads a signed little-endian integer. */
export function bigIntFromLE(bytes: Uint8Array): bigint {
  const n = bytes.length;
  if (n === 0) return 0n;
  if (n <= 6) {
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + bytes[i]!;
    if (bytes[n - 1]! & 0x80) v -= 2 ** (8 * n);
    return BigInt(v);
  }
  let hex = '';
  for (let i = n - 1; i >= 0; i--) hex += HEX[bytes[i]!];
  const v = BigInt(`0x${hex}`);
  return bytes[n - 1]! & 0x80 ? v - (1n << BigInt(8 * n)) : v;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Number of bits of a non-negative integer (0 for 0). */
export function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  if (v <= 0xffffffffn) return 32 - Math.clz32(Number(v));
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/** Bytes of the minimal two's complement encoding (0 for zero), as `BigInteger.GetByteCount`. */
export function byteCount(v: bigint): number {
  if (v === 0n) return 0;
  const magnitude = v < 0n ? -v - 1n : v;
  return (bitLength(magnitude) >> 3) + 1;
}

/** Writes the minimal signed little-endian encoding. */
export function bigIntToLE(v: bigint): Uint8Array {
  if (v === 0n) return EMPTY;
  const n = byteCount(v);
  const out = new Uint8Array(n);
  const x = v < 0n ? (1n << BigInt(8 * n)) + v : v;
  if (n <= 6) {
    let num = Number(x);
    for (let i = 0; i < n; i++) {
      out[i] = num % 256;
      num = Math.floor(num / 256);
    }
    return out;
  }
  const hex = x.toString(16).padStart(n * 2, '0');
  for (let i = 0; i < n; i++) out[i] = Number.parseInt(hex.slice(2 * (n - 1 - i), 2 * (n - i)), 16);
  return out;
}

/** `(int)value` in C#: throws when the value does not fit a signed 32-bit integer. */
export function toInt32(v: bigint): number {
  if (v < -2147483648n || v > 2147483647n)
    throw new VMFault('Value was either too large or too small for an Int32.');
  return Number(v);
}

/** Integer square root, rounding down (neo-vm `Utility.Sqrt`). */
export function sqrt(value: bigint): bigint {
  if (value < 0n) throw new VMFault('value can not be negative');
  if (value === 0n) return 0n;
  if (value < 4n) return 1n;
  let z = value;
  let x = 1n << BigInt((bitLength(value - 1n) + 1) >> 1);
  while (x < z) {
    z = x;
    x = (value / x + x) / 2n;
  }
  return z;
}

/** Modular inverse (neo-vm `Utility.ModInverse`): value > 0, modulus >= 2. */
export function modInverse(value: bigint, modulus: bigint): bigint {
  if (value <= 0n) throw new VMFault(`value ('${value}') must be a non-negative and non-zero value.`);
  if (modulus < 2n) throw new VMFault(`modulus ('${modulus}') must be greater than or equal to '2'.`);
  let r = value;
  let oldR = modulus;
  let s = 1n;
  let oldS = 0n;
  while (r > 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR % r];
    [oldS, s] = [s, oldS - q * s];
  }
  let result = oldS % modulus;
  if (result < 0n) result += modulus;
  if ((value * result) % modulus !== 1n)
    throw new VMFault('Operation is not valid due to the current state of the object.');
  return result;
}

/** `BigInteger.ModPow`: truncated remainders, so the sign follows the base. */
export function modPow(value: bigint, exponent: bigint, modulus: bigint): bigint {
  if (exponent < 0n) throw new VMFault('The number must be greater than or equal to zero.');
  if (modulus === 0n) throw new VMFault('Attempted to divide by zero.');
  let result = 1n % modulus;
  let base = value % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    e >>= 1n;
  }
  return result;
}
