/**
 * Little-endian bit vectors as snarkVM's ToBits/FromBits write them (utilities/bits.rs):
 * integers and field elements LSB first, bytes LSB first, fixed widths.
 */
import { AleoDecodeError } from './errors.js';
import type { PrimeField } from './modular.js';

export type Bits = boolean[];

/** Appends the `width` low bits of `value` (two's complement for negatives), LSB first. */
export function pushUintBits(out: Bits, value: bigint, width: number): void {
  let v = BigInt.asUintN(width, value);
  for (let i = 0; i < width; i++) {
    out.push((v & 1n) === 1n);
    v >>= 1n;
  }
}

export function uintToBits(value: bigint, width: number): Bits {
  const out: Bits = [];
  pushUintBits(out, value, width);
  return out;
}

/** Unsigned integer of little-endian bits. */
export function bitsToUint(bits: readonly boolean[]): bigint {
  let v = 0n;
  for (let i = bits.length - 1; i >= 0; i--) v = (v << 1n) | (bits[i] ? 1n : 0n);
  return v;
}

export function pushBytesBits(out: Bits, bytes: Uint8Array): void {
  for (const b of bytes) for (let i = 0; i < 8; i++) out.push(((b >> i) & 1) === 1);
}

/** Packs little-endian bits into bytes, zero-padding the last byte (snarkVM bytes_from_bits_le). */
export function bitsToBytes(bits: readonly boolean[]): Uint8Array {
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++) if (bits[i]) out[i >> 3] |= 1 << (i & 7);
  return out;
}

/**
 * snarkVM's Field/Scalar::from_bits_le: excess bits beyond `bits` must be zero, and a value of
 * more than data-bits must be below the modulus; shorter inputs are zero-padded.
 */
export function fieldFromBitsLe(f: PrimeField, bits: readonly boolean[], label = 'field'): bigint {
  for (let i = f.bits; i < bits.length; i++) {
    if (bits[i]) throw new AleoDecodeError(`Cannot build a ${label} from bits: the excess bits are not zero`);
  }
  const v = bitsToUint(bits.slice(0, f.bits));
  if (v >= f.p)
    throw new AleoDecodeError(`Cannot build a ${label} from bits: the value is not below the modulus`);
  return v;
}

/** Little-endian bytes of a bigint, fixed length. */
export function bigintToBytesLe(v: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = v;
  for (let i = 0; i < length; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

export function bytesToBigintLe(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i] as number);
  return v;
}
