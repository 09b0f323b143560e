/**
 * 256-bit words as BigInt: conversions between words, addresses and bytes. The stack
 * holds non-negative BigInts below 2^256; these helpers are used off the hot path and by
 * handlers that move words to and from memory.
 */

import { bytesToHex } from '@noble/hashes/utils.js';
import { keccak_256 } from '../core/keccak.js';

export const MAX_U256 = (1n << 256n) - 1n;
export const MAX_ADDRESS = (1n << 160n) - 1n;

/** One word of scratch for the conversions below (never handed out). */
const SCRATCH = new Uint8Array(32);
const SCRATCH_VIEW = new DataView(SCRATCH.buffer);

/** Big-endian bytes to a non-negative BigInt (empty is 0). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  if (bytes.length <= 6) {
    let n = 0;
    for (let i = 0; i < bytes.length; i++) n = n * 256 + bytes[i]!;
    return BigInt(n);
  }
  if (bytes.length === 32) return read32(bytes, 0);
  if (bytes.length < 32) {
    // Right-aligned in a zeroed word: 64 bits at a time instead of through hex.
    SCRATCH.fill(0);
    SCRATCH.set(bytes, 32 - bytes.length);
    return loadWord(SCRATCH_VIEW, 0);
  }
  return BigInt(`0x${bytesToHex(bytes)}`);
}

const U64 = 0xffff_ffff_ffff_ffffn;

/** The 32-byte big-endian word at `o` of `d`, read 64 bits at a time (zero high parts cost nothing). */
export function loadWord(d: DataView, o: number): bigint {
  const low = d.getBigUint64(o + 24);
  if ((d.getUint32(o) | d.getUint32(o + 4) | d.getUint32(o + 8) | d.getUint32(o + 12)) === 0) {
    if ((d.getUint32(o + 16) | d.getUint32(o + 20)) === 0) return low;
    return (d.getBigUint64(o + 16) << 64n) | low;
  }
  return (
    (d.getBigUint64(o) << 192n) | (d.getBigUint64(o + 8) << 128n) | (d.getBigUint64(o + 16) << 64n) | low
  );
}

/** Writes `v` (below 2^256) as a 32-byte big-endian word at `o` of `d`. */
export function storeWord(d: DataView, o: number, v: bigint): void {
  d.setBigUint64(o + 24, v); // setBigUint64 keeps the low 64 bits
  if (v <= U64) {
    d.setUint32(o, 0);
    d.setUint32(o + 4, 0);
    d.setUint32(o + 8, 0);
    d.setUint32(o + 12, 0);
    d.setUint32(o + 16, 0);
    d.setUint32(o + 20, 0);
    return;
  }
  d.setBigUint64(o + 16, v >> 64n);
  d.setBigUint64(o + 8, v >> 128n);
  d.setBigUint64(o, v >> 192n);
}

const viewOf = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Writes `value` as a 32-byte big-endian word into `out` at `offset`. */
export function writeWord(out: Uint8Array, offset: number, value: bigint): void {
  storeWord(viewOf(out), offset, value);
}

/** 32 bytes at `o` as a word. */
function read32(b: Uint8Array, o: number): bigint {
  return loadWord(viewOf(b), o);
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
  if (value > 0n && value <= MAX_U256) {
    // A word's bytes from its first non-zero one: about 4x the hex round trip below.
    storeWord(SCRATCH_VIEW, 0, value);
    let i = 0;
    while (SCRATCH[i] === 0) i++;
    return SCRATCH.slice(i);
  }
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

/** EIP-55 mixed-case checksum form `0x...` (as geth's `Address.Hex` prints addresses). */
export function checksumAddress(address: bigint): string {
  const lower = addressToHex(address);
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += Number.parseInt(hash[i]!, 16) >= 8 ? lower[i]!.toUpperCase() : lower[i];
  return out;
}
