/**
 * The inverse of snarkVM's Plaintext::to_bits_le / to_fields (console/program/src/data/
 * plaintext/from_bits.rs, from_fields.rs, literal/from_bits.rs): fields → 252 data bits each →
 * drop everything from the last 1 (the terminator) → [variant 2 bits] literal / struct /
 * array as `plaintextBits` writes them. Used to decrypt private entries and ciphertexts.
 */
import { fromX } from '../crypto/curve.js';
import { AleoDecodeError } from '../crypto/errors.js';
import { Fq, Fs } from '../crypto/modular.js';
import { integerBits, isIntegerType, isSigned } from '../text/literal.js';
import { LITERAL_TYPES, type Literal, type LiteralType, type Plaintext } from '../values.js';

class BitReader {
  at = 0;
  constructor(readonly bits: readonly boolean[]) {}
  uint(n: number): bigint {
    if (this.at + n > this.bits.length) throw new AleoDecodeError('Plaintext from bits: insufficient bits');
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 1n) | (this.bits[this.at + i] ? 1n : 0n);
    this.at += n;
    return v;
  }
  num(n: number): number {
    return Number(this.uint(n));
  }
  sub(n: number): BitReader {
    if (this.at + n > this.bits.length) throw new AleoDecodeError('Plaintext from bits: insufficient bits');
    const r = new BitReader(this.bits.slice(this.at, this.at + n));
    this.at += n;
    return r;
  }
}

function canonical(v: bigint, p: bigint, what: string): bigint {
  if (v >= p) throw new AleoDecodeError(`Plaintext from bits: the ${what} is not below the modulus`);
  return v;
}

function literalFromBits(type: LiteralType, r: BitReader, size: number): Literal {
  if (isIntegerType(type)) {
    const width = integerBits(type);
    const u = r.uint(width);
    return { type, value: isSigned(type) ? BigInt.asIntN(width, u) : u };
  }
  switch (type) {
    case 'address':
    case 'group':
      return { type, value: fromX(canonical(r.uint(Fq.bits), Fq.p, type)) };
    case 'boolean':
      return { type, value: r.uint(1) === 1n };
    case 'field':
      return { type, value: canonical(r.uint(Fq.bits), Fq.p, 'field') };
    case 'scalar':
      return { type, value: canonical(r.uint(Fs.bits), Fs.p, 'scalar') };
    case 'signature': {
      const challenge = canonical(r.uint(Fs.bits), Fs.p, 'challenge');
      const response = canonical(r.uint(Fs.bits), Fs.p, 'response');
      const pkSig = fromX(canonical(r.uint(Fq.bits), Fq.p, 'pk_sig'));
      const prSig = fromX(canonical(r.uint(Fq.bits), Fq.p, 'pr_sig'));
      return { type, value: { challenge, response, pkSig, prSig } };
    }
    case 'string': {
      const bytes = Uint8Array.from({ length: size / 8 }, () => r.num(8));
      return { type, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
  }
  throw new AleoDecodeError(`Plaintext from bits: unknown literal type ${type}`);
}

export function plaintextFromBits(r: BitReader): Plaintext {
  const v0 = r.uint(1);
  const v1 = r.uint(1);
  if (v0 === 0n && v1 === 0n) {
    const type = LITERAL_TYPES[r.num(8)];
    if (!type) throw new AleoDecodeError('Plaintext from bits: unknown literal variant');
    const size = r.num(16);
    return { kind: 'literal', literal: literalFromBits(type, r.sub(size), size) };
  }
  if (v0 === 0n && v1 === 1n) {
    const count = r.num(8);
    const members = new Map<string, Plaintext>();
    for (let i = 0; i < count; i++) {
      const idBits = r.num(8);
      const name = new TextDecoder().decode(Uint8Array.from({ length: idBits / 8 }, () => r.num(8)));
      const size = r.num(16);
      if (members.has(name)) throw new AleoDecodeError('Duplicate identifier in struct.');
      members.set(name, plaintextFromBits(r.sub(size)));
    }
    return { kind: 'struct', members };
  }
  if (v0 === 1n && v1 === 0n) {
    const count = r.num(32);
    const elements: Plaintext[] = [];
    for (let i = 0; i < count; i++) elements.push(plaintextFromBits(r.sub(r.num(16))));
    return { kind: 'array', elements };
  }
  throw new AleoDecodeError('Plaintext from bits: unknown plaintext variant');
}

/** Plaintext::from_fields: unpacks 252 data bits per field and strips the terminator. */
export function plaintextFromFields(fields: readonly bigint[]): Plaintext {
  const bits: boolean[] = [];
  for (const f of fields) {
    if (f >> BigInt(Fq.dataBits) !== 0n)
      throw new AleoDecodeError('Plaintext from fields: a field exceeds the data bits');
    for (let i = 0; i < Fq.dataBits; i++) bits.push(((f >> BigInt(i)) & 1n) === 1n);
  }
  const end = bits.lastIndexOf(true);
  if (end < 0) throw new AleoDecodeError('Plaintext from fields: missing terminator bit');
  return plaintextFromBits(new BitReader(bits.slice(0, end)));
}
