/**
 * Bit and field encodings of records (snarkVM console/program/src/data/record/to_bits.rs,
 * to_fields.rs, helpers/owner.rs, entry/to_bits.rs, identifier/to_bits.rs, id/to_bits.rs):
 *   record = owner (is_private bit ‖ address.x or owner ciphertext field, 253 bits)
 *            ‖ data length (31 bits) ‖ hiding bit (version ≥ 1) ‖ per entry: identifier bytes
 *            ‖ visibility bits (constant [0,0], public [0,1], private [1,0]) ‖ plaintext or
 *            ciphertext bits ‖ nonce.x (253 bits) ‖ version u8 (always in a plaintext record's
 *            bits, as external-record ids hash them, the SDK's id for a version-0 record shows;
 *            dropped from the checksum of a version-0 ciphertext; never in the commitment digest).
 * to_fields appends a terminating 1 and packs 252-bit chunks.
 */
import { type Bits, pushBytesBits, pushUintBits } from '../crypto/bits.js';
import { packFields, plaintextBits } from '../crypto/encode.js';
import { Fq } from '../crypto/modular.js';
import type { RecordValue, Visibility } from '../types.js';
import type { AffinePoint, Plaintext } from '../values.js';

const utf8 = new TextEncoder();

/** A record whose private owner and private entries are ciphertexts (field vectors). */
export interface RecordCiphertext {
  readonly owner:
    | { readonly visibility: 'public'; readonly value: AffinePoint }
    | { readonly visibility: 'private'; readonly value: bigint };
  readonly data: ReadonlyMap<
    string,
    | { readonly visibility: 'constant' | 'public'; readonly value: Plaintext }
    | { readonly visibility: 'private'; readonly value: readonly bigint[] }
  >;
  readonly nonce: AffinePoint;
  readonly version: number;
}

export function identifierBits(name: string, out: Bits = []): Bits {
  pushBytesBits(out, utf8.encode(name));
  return out;
}

/** ProgramID::to_bits_le: name ‖ network identifiers. */
export function programIdBits(id: string, out: Bits = []): Bits {
  const [name, network] = id.split('.') as [string, string];
  identifierBits(name, out);
  identifierBits(network, out);
  return out;
}

const VISIBILITY_BITS: Record<Visibility, [boolean, boolean]> = {
  constant: [false, false],
  public: [false, true],
  private: [true, false],
};

function fieldBits(out: Bits, v: bigint): void {
  pushUintBits(out, v, Fq.bits);
}

function recordBits(
  ownerPrivate: boolean,
  ownerField: bigint,
  entries: Bits,
  nonce: AffinePoint,
  version: number,
  out: Bits,
  withVersion: 'always' | 'hiding' | 'none',
): Bits {
  out.push(ownerPrivate);
  fieldBits(out, ownerField);
  // 31 bits of the data length, then the hiding bit (set from version 1 on).
  pushUintBits(out, BigInt(entries.length), 31);
  out.push(version !== 0);
  for (const b of entries) out.push(b);
  fieldBits(out, nonce.x);
  if (withVersion === 'always' || (withVersion === 'hiding' && version !== 0))
    pushUintBits(out, BigInt(version), 8);
  return out;
}

/** Record<Plaintext>::to_bits_le; `withVersion` false drops the trailing version byte (the commitment digest). */
export function recordPlaintextBits(r: RecordValue, out: Bits = [], withVersion = true): Bits {
  const entries: Bits = [];
  for (const [name, e] of r.data) {
    identifierBits(name, entries);
    entries.push(...VISIBILITY_BITS[e.visibility]);
    plaintextBits(e.value, entries);
  }
  const version = r.version ?? 0;
  return recordBits(
    r.owner.visibility === 'private',
    r.owner.value.x,
    entries,
    r.nonce,
    version,
    out,
    withVersion ? 'always' : 'none',
  );
}

export function recordCiphertextBits(c: RecordCiphertext, out: Bits = []): Bits {
  const entries: Bits = [];
  for (const [name, e] of c.data) {
    identifierBits(name, entries);
    entries.push(...VISIBILITY_BITS[e.visibility]);
    if (e.visibility === 'private') for (const f of e.value) fieldBits(entries, f);
    else plaintextBits(e.value, entries);
  }
  const owner = c.owner.visibility === 'private' ? c.owner.value : c.owner.value.x;
  return recordBits(c.owner.visibility === 'private', owner, entries, c.nonce, c.version, out, 'hiding');
}

/** Record::to_fields: bits ‖ 1, packed into 252-bit fields. */
export function bitsToFields(bits: Bits): bigint[] {
  bits.push(true);
  return packFields(bits);
}
