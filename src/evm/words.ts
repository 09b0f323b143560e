/**
 * 256-bit words as BigInt: conversions between words, addresses and bytes. The stack
 * holds non-negative BigInts below 2^256; these helpers are used off the hot path and by
 * handlers that move words to and from memory.
 */
import { bytesToHex } from '@noble/hashes/utils.js';

export const MAX_U256 = (1n << 256n) - 1n;
export const MAX_ADDRESS = (1n << 160n) - 1n;

/** Big-endian bytes to a non-negative BigInt (empty is 0). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  if (bytes.length <= 6) {
    let n = 0;
    for (let i = 0; i < bytes.length; i++) n = n * 256 + bytes[i]!;
    return BigInt(n);
  }
  if (bytes.length === 32) return read32(bytes, 0);
  return BigInt(`0x${bytesToHex(bytes)}`);
}

/** Writes `value` as a 32-byte big-endian word into `out` at `offset`. */
export function writeWord(out: Uint8Array, offset: number, value: bigint): void {
  let v = value;
  for (let i = offset + 28; i >= offset; i -= 4) {
    if (v === 0n) {
      out.fill(0, offset, i + 4);
      return;
    }
    const low = Number(v & 0xffffffffn);
    v >>= 32n;
    out[i] = low >>> 24;
    out[i + 1] = (low >>> 16) & 0xff;
    out[i + 2] = (low >>> 8) & 0xff;
    out[i + 3] = low & 0xff;
  }
}

/** 32 bytes at `o` as a word, 64 bits at a time (no string building). */
function read32(b: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = o; i < o + 32; i += 8) {
    const hi = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const lo = ((b[i + 4]! << 24) | (b[i + 5]! << 16) | (b[i + 6]! << 8) | b[i + 7]!) >>> 0;
    v = (v << 64n) | (BigInt(hi) << 32n) | BigInt(lo);
  }
  return v;
}

/** Reads a 32-byte big-endian word from `src` at `offset`; bytes past the end read as 0. */
export function readWord(src: Uint8Array, offset: number): bigint {
  if (offset + 32 <= src.length) return read32(src, offset);
  const buf = new Uint8Array(32);
  if (offset < src.length) buf.set(src.subarray(offset), 0);
  return bytesToBigInt(buf);
}

export function bigIntToBytes32(value: bigint): Uint8Array {
  const out = new Uint8Array(32);
  writeWord(out, 0, value);
  return out;
}

export function addressToBytes(address: bigint): Uint8Array {
  return bigIntToBytes32(address).subarray(12);
}

export function addressToHex(address: bigint): string {
  return address.toString(16).padStart(40, '0');
}

/** Minimal big-endian bytes (0 is empty). */
export function bigIntToMinimal(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0);
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

export function toSigned(x: bigint): bigint {
  return BigInt.asIntN(256, x);
}

export function toUnsigned(x: bigint): bigint {
  return BigInt.asUintN(256, x);
}
