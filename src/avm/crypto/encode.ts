/**
 * Plaintext -> hash input, as snarkVM's Plaintext::to_bits_le / to_fields
 * (console/program/src/data/plaintext/to_bits.rs, to_fields.rs) and Literal::to_bits_le:
 *   literal: [0,0] || variant u8 || size u16 || bits;
 *   struct:  [0,1] || count u8 || per member: idbits u8 || id bytes || size u16 || bits;
 *   array:   [1,0] || length u32 || per element: size u16 || bits.
 * to_fields appends a terminating 1 bit and packs 252-bit chunks into fields.
 */
import { INTEGER_TYPES, LITERAL_TYPES, type Literal, type Plaintext } from '../values.js';
import { type Bits, fieldFromBitsLe, pushBytesBits, pushUintBits } from './bits.js';
import { AleoCryptoError } from './errors.js';
import { Fq, Fs } from './modular.js';

/** Bit width of each integer type. */
export const INT_BITS: Record<string, number> = {
  i8: 8,
  i16: 16,
  i32: 32,
  i64: 64,
  i128: 128,
  u8: 8,
  u16: 16,
  u32: 32,
  u64: 64,
  u128: 128,
};
export const SIGNATURE_BITS = 2 * Fs.bits + 2 * Fq.bits;
const utf8 = new TextEncoder();

/** The literal's own bits (snarkVM Literal::write_bits_le). */
export function literalBits(l: Literal, out: Bits = []): Bits {
  switch (l.type) {
    case 'address':
    case 'group':
      pushUintBits(out, l.value.x, Fq.bits);
      break;
    case 'boolean':
      out.push(l.value);
      break;
    case 'field':
      pushUintBits(out, l.value, Fq.bits);
      break;
    case 'scalar':
      pushUintBits(out, l.value, Fs.bits);
      break;
    case 'signature':
      pushUintBits(out, l.value.challenge, Fs.bits);
      pushUintBits(out, l.value.response, Fs.bits);
      pushUintBits(out, l.value.pkSig.x, Fq.bits);
      pushUintBits(out, l.value.prSig.x, Fq.bits);
      break;
    case 'string':
      pushBytesBits(out, utf8.encode(l.value));
      break;
    default:
      pushUintBits(out, l.value, INT_BITS[l.type] as number);
  }
  return out;
}

function literalSize(l: Literal): number {
  switch (l.type) {
    case 'address':
    case 'group':
    case 'field':
      return Fq.bits;
    case 'boolean':
      return 1;
    case 'scalar':
      return Fs.bits;
    case 'signature':
      return SIGNATURE_BITS;
    case 'string':
      return utf8.encode(l.value).length * 8;
    default:
      return INT_BITS[l.type] as number;
  }
}

function checkU16(n: number, what: string): number {
  if (n > 0xffff) throw new AleoCryptoError(`${what} exceeds u16::MAX bits`);
  return n;
}

export function plaintextBits(p: Plaintext, out: Bits = []): Bits {
  if (p.kind === 'literal') {
    out.push(false, false);
    pushUintBits(out, BigInt(LITERAL_TYPES.indexOf(p.literal.type)), 8);
    pushUintBits(out, BigInt(checkU16(literalSize(p.literal), 'Literal')), 16);
    literalBits(p.literal, out);
  } else if (p.kind === 'struct') {
    out.push(false, true);
    if (p.members.size > 255) throw new AleoCryptoError('Plaintext struct length exceeds u8::MAX');
    pushUintBits(out, BigInt(p.members.size), 8);
    for (const [name, value] of p.members) {
      const id = utf8.encode(name);
      pushUintBits(out, BigInt(id.length * 8), 8);
      pushBytesBits(out, id);
      const bits = plaintextBits(value);
      pushUintBits(out, BigInt(checkU16(bits.length, 'Plaintext member')), 16);
      for (const b of bits) out.push(b);
    }
  } else {
    out.push(true, false);
    pushUintBits(out, BigInt(p.elements.length), 32);
    for (const e of p.elements) {
      const bits = plaintextBits(e);
      pushUintBits(out, BigInt(checkU16(bits.length, 'Plaintext element')), 16);
      for (const b of bits) out.push(b);
    }
  }
  return out;
}

/** Packs bits into 252-bit field elements (no terminator). */
export function packFields(bits: readonly boolean[]): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < bits.length; i += Fq.dataBits)
    out.push(fieldFromBitsLe(Fq, bits.slice(i, i + Fq.dataBits)));
  return out;
}

/** snarkVM's MAX_DATA_SIZE_IN_FIELDS for MainnetV0 ((128 KiB * 8) / 252). */
export const MAX_DATA_SIZE_IN_FIELDS = Math.floor((128 * 1024 * 8) / Fq.dataBits);

export function plaintextFields(p: Plaintext): bigint[] {
  const bits = plaintextBits(p);
  bits.push(true);
  const fields = packFields(bits);
  if (fields.length > MAX_DATA_SIZE_IN_FIELDS)
    throw new AleoCryptoError('Plaintext exceeds maximum allowed size');
  return fields;
}

/**
 * Plaintext::to_bits_raw_le (console/program/src/data/plaintext/to_bits_raw.rs): the literals'
 * own bits in order, without variant, size or identifier headers.
 */
export function plaintextBitsRaw(p: Plaintext, out: Bits = []): Bits {
  if (p.kind === 'literal') literalBits(p.literal, out);
  else if (p.kind === 'struct') for (const v of p.members.values()) plaintextBitsRaw(v, out);
  else for (const e of p.elements) plaintextBitsRaw(e, out);
  return out;
}

/** Plaintext::to_fields_raw (to_fields_raw.rs): the raw bits packed 252 per field, no terminator. */
export function plaintextFieldsRaw(p: Plaintext): bigint[] {
  const fields = packFields(plaintextBitsRaw(p));
  if (fields.length > MAX_DATA_SIZE_IN_FIELDS)
    throw new AleoCryptoError('Plaintext exceeds maximum allowed size');
  return fields;
}

export const isIntegerType = (t: string): boolean => (INTEGER_TYPES as readonly string[]).includes(t);
