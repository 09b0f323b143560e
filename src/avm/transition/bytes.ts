/**
 * Little-endian byte encodings of snarkVM values (console/program/src/data/{literal,plaintext,
 * ciphertext,record,record/entry,identifier}/bytes.rs) and the bech32m text forms built on
 * them: `record1…` (Record<Ciphertext>) and `ciphertext1…` (Ciphertext). A record's variant
 * byte is 0/1 for a version-0 record with a public/private owner and 2/3 for version 1.
 */
import { bech32mDecode, bech32mEncode } from '../crypto/bech32m.js';
import { bigintToBytesLe, bytesToBigintLe } from '../crypto/bits.js';
import { fromX } from '../crypto/curve.js';
import { AleoDecodeError } from '../crypto/errors.js';
import { Fq } from '../crypto/modular.js';
import { integerBits, isIntegerType } from '../text/literal.js';
import { LITERAL_TYPES, type Literal, type Plaintext } from '../values.js';
import type { RecordCiphertext } from './record-bits.js';

const utf8 = new TextEncoder();

export class Writer {
  readonly parts: number[] = [];
  u8(v: number): void {
    this.parts.push(v & 0xff);
  }
  u16(v: number): void {
    this.u8(v);
    this.u8(v >> 8);
  }
  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16(v >>> 16);
  }
  bytes(b: Uint8Array | readonly number[]): void {
    for (const x of b) this.parts.push(x);
  }
  field(v: bigint): void {
    this.bytes(bigintToBytesLe(v, 32));
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function literalBytes(w: Writer, l: Literal): void {
  w.u16(LITERAL_TYPES.indexOf(l.type));
  if (isIntegerType(l.type)) {
    const width = integerBits(l.type);
    w.bytes(bigintToBytesLe(BigInt.asUintN(width, l.value as bigint), width / 8));
    return;
  }
  switch (l.type) {
    case 'address':
    case 'group':
      w.field(l.value.x);
      return;
    case 'boolean':
      w.u8(l.value ? 1 : 0);
      return;
    case 'field':
    case 'scalar':
      w.field(l.value);
      return;
    case 'signature':
      w.field(l.value.challenge);
      w.field(l.value.response);
      w.field(l.value.pkSig.x);
      w.field(l.value.prSig.x);
      return;
    case 'string': {
      const b = utf8.encode(l.value);
      w.u16(b.length);
      w.bytes(b);
      return;
    }
  }
}

function identifier(w: Writer, name: string): void {
  const b = utf8.encode(name);
  w.u8(b.length);
  w.bytes(b);
}

export function plaintextBytes(p: Plaintext, w = new Writer()): Uint8Array {
  if (p.kind === 'literal') {
    w.u8(0);
    literalBytes(w, p.literal);
  } else if (p.kind === 'struct') {
    w.u8(1);
    w.u8(p.members.size);
    for (const [k, v] of p.members) {
      identifier(w, k);
      const b = plaintextBytes(v);
      w.u16(b.length);
      w.bytes(b);
    }
  } else {
    w.u8(2);
    w.u32(p.elements.length);
    for (const e of p.elements) {
      const b = plaintextBytes(e);
      w.u16(b.length);
      w.bytes(b);
    }
  }
  return w.done();
}

function ciphertext(w: Writer, fields: readonly bigint[]): void {
  w.u16(fields.length);
  for (const f of fields) w.field(f);
}

export function recordCiphertextBytes(c: RecordCiphertext): Uint8Array {
  const w = new Writer();
  const priv = c.owner.visibility === 'private';
  w.u8((c.version === 0 ? 0 : 2) + (priv ? 1 : 0));
  if (c.owner.visibility === 'private') ciphertext(w, [c.owner.value]);
  else w.field(c.owner.value.x);
  w.u8(c.data.size);
  for (const [name, e] of c.data) {
    identifier(w, name);
    const ew = new Writer();
    if (e.visibility === 'private') {
      ew.u8(2);
      ciphertext(ew, e.value);
    } else {
      ew.u8(e.visibility === 'constant' ? 0 : 1);
      ew.bytes(plaintextBytes(e.value));
    }
    const b = ew.done();
    w.u16(b.length);
    w.bytes(b);
  }
  w.field(c.nonce.x);
  return w.done();
}

export const recordCiphertextToString = (c: RecordCiphertext): string =>
  bech32mEncode('record', recordCiphertextBytes(c));

export function ciphertextToString(fields: readonly bigint[]): string {
  const w = new Writer();
  ciphertext(w, fields);
  return bech32mEncode('ciphertext', w.done());
}

/** Parses `ciphertext1…` (Ciphertext::from_str): a u16 count, then that many field elements. */
export function parseCiphertext(text: string): bigint[] {
  const r = new Reader(bech32mDecode(text, 'ciphertext', 'ciphertext'), `ciphertext '${text}'`);
  const fields = Array.from({ length: r.u16() }, () => r.field());
  if (r.at !== r.b.length) throw new AleoDecodeError(`Invalid ${r.label}: trailing bytes`);
  return fields;
}

/** A reader over little-endian bytes with labelled failures. */
export class Reader {
  at = 0;
  constructor(
    readonly b: Uint8Array,
    readonly label: string,
  ) {}
  take(n: number): Uint8Array {
    if (this.at + n > this.b.length)
      throw new AleoDecodeError(`Invalid ${this.label}: unexpected end of data`);
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u8(): number {
    return this.take(1)[0]!;
  }
  u16(): number {
    const b = this.take(2);
    return b[0]! | (b[1]! << 8);
  }
  field(): bigint {
    const v = bytesToBigintLe(this.take(32));
    if (!Fq.isValid(v)) throw new AleoDecodeError(`Invalid ${this.label}: a field element is not canonical`);
    return v;
  }
  group(): ReturnType<typeof fromX> {
    return fromX(this.field());
  }
  identifier(): string {
    return new TextDecoder().decode(this.take(this.u8()));
  }
}

/** Parses `record1…` (Record<Ciphertext>::from_str); only ciphertext entries and literals, structs, arrays. */
export function parseRecordCiphertext(text: string): RecordCiphertext {
  const r = new Reader(bech32mDecode(text, 'record', 'record ciphertext'), `record ciphertext '${text}'`);
  const variant = r.u8();
  if (variant > 3) throw new AleoDecodeError(`Failed to decode record variant (${variant}) for the version`);
  const version = variant >= 2 ? 1 : 0;
  const ciphertextFields = (rr: Reader) => Array.from({ length: rr.u16() }, () => rr.field());
  let owner: RecordCiphertext['owner'];
  if (variant % 2 === 1) {
    const f = ciphertextFields(r);
    if (f.length !== 1) throw new AleoDecodeError(`Invalid ${r.label}: the owner must be one field`);
    owner = { visibility: 'private', value: f[0]! };
  } else owner = { visibility: 'public', value: r.group() };
  const data = new Map<string, RecordCiphertext['data'] extends ReadonlyMap<string, infer V> ? V : never>();
  const count = r.u8();
  for (let i = 0; i < count; i++) {
    const name = r.identifier();
    const er = new Reader(r.take(r.u16()), r.label);
    const kind = er.u8();
    if (kind === 2) data.set(name, { visibility: 'private', value: ciphertextFields(er) });
    else if (kind === 0 || kind === 1)
      data.set(name, { visibility: kind === 0 ? 'constant' : 'public', value: readPlaintext(er) });
    else throw new AleoDecodeError(`Invalid ${r.label}: entry variant ${kind}`);
  }
  const nonce = r.group();
  if (r.at !== r.b.length) throw new AleoDecodeError(`Invalid ${r.label}: trailing bytes`);
  return { owner, data, nonce, version };
}

function readLiteral(r: Reader): Literal {
  const type = LITERAL_TYPES[r.u16()];
  if (!type) throw new AleoDecodeError(`Invalid ${r.label}: unknown literal variant`);
  if (isIntegerType(type)) {
    const width = integerBits(type);
    const u = bytesToBigintLe(r.take(width / 8));
    return { type, value: type[0] === 'i' ? BigInt.asIntN(width, u) : u } as Literal;
  }
  switch (type) {
    case 'address':
    case 'group':
      return { type, value: r.group() };
    case 'boolean':
      return { type, value: r.u8() === 1 };
    case 'field':
      return { type, value: r.field() };
    case 'scalar':
      return { type, value: bytesToBigintLe(r.take(32)) };
    case 'signature': {
      const challenge = bytesToBigintLe(r.take(32));
      const response = bytesToBigintLe(r.take(32));
      return { type, value: { challenge, response, pkSig: r.group(), prSig: r.group() } };
    }
    default:
      return { type: 'string', value: new TextDecoder().decode(r.take(r.u16())) };
  }
}

function readPlaintext(r: Reader): Plaintext {
  const kind = r.u8();
  if (kind === 0) return { kind: 'literal', literal: readLiteral(r) };
  if (kind === 1) {
    const members = new Map<string, Plaintext>();
    const n = r.u8();
    for (let i = 0; i < n; i++) {
      const name = r.identifier();
      members.set(name, readPlaintext(new Reader(r.take(r.u16()), r.label)));
    }
    return { kind: 'struct', members };
  }
  if (kind === 2) {
    const n = Number(bytesToBigintLe(r.take(4)));
    const elements = Array.from({ length: n }, () => readPlaintext(new Reader(r.take(r.u16()), r.label)));
    return { kind: 'array', elements };
  }
  throw new AleoDecodeError(`Invalid ${r.label}: plaintext variant ${kind}`);
}
