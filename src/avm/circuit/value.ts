/**
 * Program values in circuit (snarkVM circuit/program/src/data: literal, plaintext, future,
 * value): injection per mode, the bit encoding (variant and size headers as constants, then the
 * literal's own bits) and to_fields (bits ‖ 1 packed 252 per field). A plaintext caches its bits
 * as snarkVM's OnceCell does; `cloneValue` copies caches as Rust's Clone does.
 */

import { domainField } from '../account/keys.js';
import { Fq, Fs } from '../crypto/modular.js';
import type { FutureValue, Value } from '../types.js';
import {
  type INTEGER_TYPES,
  LITERAL_TYPES,
  type Literal,
  type LiteralType,
  type Plaintext,
} from '../values.js';
import { Signature } from './account.js';
import { Bool, bitsOf } from './boolean.js';
import { allocConstants, type Mode } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { hashMany } from './poseidon.js';
import { type CRecord, cloneRecord, recordBits } from './record.js';
import { Scl } from './scalar.js';

export const INT_WIDTH: Record<string, number> = {
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

export type CLiteral =
  | { readonly type: 'address' | 'group'; readonly g: Grp }
  | { readonly type: 'boolean'; readonly b: Bool }
  | { readonly type: 'field'; readonly f: Fld }
  | { readonly type: 'scalar'; readonly s: Scl }
  | { readonly type: 'signature'; readonly sig: Signature }
  | { readonly type: (typeof INTEGER_TYPES)[number]; readonly bits: readonly Bool[] };

export type CPlaintext =
  | { kind: 'literal'; literal: CLiteral; cache?: Bool[] }
  | { kind: 'struct'; members: Map<string, CPlaintext>; cache?: Bool[] }
  | { kind: 'array'; elements: CPlaintext[]; cache?: Bool[] };

export interface CFuture {
  readonly kind: 'future';
  readonly program: string;
  readonly function: string;
  readonly arguments: readonly (CPlaintext | CFuture)[];
}

export type CValue = CPlaintext | CFuture | CRecord;

export function injectLiteral(mode: Mode, l: Literal): CLiteral {
  switch (l.type) {
    case 'address':
    case 'group':
      return { type: l.type, g: Grp.new(mode, l.value) };
    case 'boolean':
      return { type: 'boolean', b: Bool.new(mode, l.value) };
    case 'field':
      return { type: 'field', f: Fld.new(mode, l.value) };
    case 'scalar':
      return { type: 'scalar', s: Scl.new(mode, l.value) };
    case 'signature':
      return { type: 'signature', sig: Signature.new(mode, l.value) };
    case 'string':
      throw new CircuitHalt('string literals are not supported in circuits');
    default: {
      const w = INT_WIDTH[l.type] as number;
      const v = BigInt.asUintN(w, l.value);
      return { type: l.type, bits: bitsOf(v, w).map((b) => Bool.new(mode, b)) };
    }
  }
}

export function injectPlaintext(mode: Mode, p: Plaintext): CPlaintext {
  if (p.kind === 'literal') return { kind: 'literal', literal: injectLiteral(mode, p.literal) };
  if (p.kind === 'struct') {
    const members = new Map<string, CPlaintext>();
    // Plaintext::new injects each member name (Identifier::new, always constant) and its value.
    for (const [k, v] of p.members) {
      identifierConstants(k);
      members.set(k, injectPlaintext(mode, v));
    }
    return { kind: 'struct', members };
  }
  return { kind: 'array', elements: p.elements.map((e) => injectPlaintext(mode, e)) };
}

export function injectFuture(mode: Mode, f: FutureValue): CFuture {
  // Future::new: ProgramID::new and Identifier::new (constants), then the arguments.
  injectProgramIdConstants(f.program);
  identifierConstants(f.function);
  return {
    kind: 'future',
    program: f.program,
    function: f.function,
    arguments: f.arguments.map((a) =>
      a.kind === 'future' ? injectFuture(mode, a) : injectPlaintext(mode, a),
    ),
  };
}

export function injectValue(mode: Mode, v: Value): CValue {
  if (v.kind === 'future') return injectFuture(mode, v);
  if (v.kind === 'record') throw new CircuitHalt('records are injected through the record gadget');
  return injectPlaintext(mode, v);
}

/** Rust's Clone: fields share linear combinations and copy their cached bits. */
export function cloneLiteral(l: CLiteral): CLiteral {
  switch (l.type) {
    case 'address':
    case 'group':
      return { type: l.type, g: new Grp(l.g.x.clone(), l.g.y.clone()) };
    case 'field':
      return { type: 'field', f: l.f.clone() };
    case 'scalar':
      return { type: 'scalar', s: new Scl(l.s.field.clone(), l.s.bits) };
    default:
      return l;
  }
}

export function clonePlaintext(p: CPlaintext): CPlaintext {
  if (p.kind === 'literal') return { kind: 'literal', literal: cloneLiteral(p.literal), cache: p.cache };
  if (p.kind === 'struct') {
    const members = new Map<string, CPlaintext>();
    for (const [k, v] of p.members) members.set(k, clonePlaintext(v));
    return { kind: 'struct', members, cache: p.cache };
  }
  return { kind: 'array', elements: p.elements.map(clonePlaintext), cache: p.cache };
}

export function cloneValue(v: CValue): CValue {
  if (v.kind === 'record') return cloneRecord(v);
  if (v.kind === 'future')
    return { ...v, arguments: v.arguments.map((a) => cloneValue(a) as CPlaintext | CFuture) };
  return clonePlaintext(v);
}

export function literalSizeInBits(type: LiteralType): number {
  if (type === 'address' || type === 'field' || type === 'group') return Fq.bits;
  if (type === 'boolean') return 1;
  if (type === 'scalar') return Fs.bits;
  if (type === 'signature') return 2 * Fs.bits + 2 * Fq.bits;
  const w = INT_WIDTH[type];
  if (w === undefined) throw new CircuitHalt(`no bit size for ${type}`);
  return w;
}

export function literalBits(l: CLiteral, out: Bool[]): void {
  switch (l.type) {
    case 'address':
    case 'group':
      out.push(...l.g.x.toBitsLe());
      return;
    case 'boolean':
      out.push(l.b);
      return;
    case 'field':
      out.push(...l.f.toBitsLe());
      return;
    case 'scalar':
      out.push(...l.s.toBitsLe());
      return;
    case 'signature':
      out.push(...l.sig.challenge.toBitsLe(), ...l.sig.response.toBitsLe());
      out.push(...l.sig.computeKey.pkSig.x.toBitsLe(), ...l.sig.computeKey.prSig.x.toBitsLe());
      return;
    default:
      out.push(...l.bits);
  }
}

/** The bits of a fresh Integer::constant (each bit a Boolean::new(Mode::Constant), counted). */
export function constBits(out: Bool[], value: number | bigint, width: number): void {
  for (const b of bitsOf(BigInt(value), width)) out.push(Bool.new('constant', b));
}

/**
 * Bits of an identifier: its UTF-8 bytes, little-endian per byte. snarkVM allocates them once,
 * when the Identifier is injected (`identifierConstants`); reading them allocates nothing.
 */
export function identifierBits(out: Bool[], name: string): void {
  for (const byte of new TextEncoder().encode(name))
    for (const b of bitsOf(BigInt(byte), 8)) out.push(Bool.constant(b));
}

/** Identifier::new: `Vec::<Boolean>::constant` of its bits, 8 constants a byte. */
export function identifierConstants(name: string): void {
  allocConstants(8 * new TextEncoder().encode(name).length);
}

/** ProgramID::new(Constant): its name and network identifiers. */
export function injectProgramIdConstants(id: string): void {
  const dot = id.lastIndexOf('.');
  identifierConstants(id.slice(0, dot));
  identifierConstants(id.slice(dot + 1));
}

export function plaintextBits(p: CPlaintext): Bool[] {
  if (p.cache) return p.cache;
  const out: Bool[] = [];
  if (p.kind === 'literal') {
    out.push(Bool.constant(false), Bool.constant(false));
    constBits(out, LITERAL_TYPES.indexOf(p.literal.type), 8);
    constBits(out, literalSizeInBits(p.literal.type), 16);
    literalBits(p.literal, out);
  } else if (p.kind === 'struct') {
    out.push(Bool.constant(false), Bool.constant(true));
    constBits(out, p.members.size, 8);
    for (const [name, v] of p.members) {
      const vb = plaintextBits(v);
      constBits(out, new TextEncoder().encode(name).length * 8, 8);
      identifierBits(out, name);
      constBits(out, vb.length, 16);
      out.push(...vb);
    }
  } else {
    out.push(Bool.constant(true), Bool.constant(false));
    constBits(out, p.elements.length, 32);
    for (const e of p.elements) {
      const eb = plaintextBits(e);
      constBits(out, eb.length, 16);
      out.push(...eb);
    }
  }
  p.cache = out;
  return out;
}

/**
 * Plaintext::to_bits_raw_le in circuit (circuit/program/src/data/plaintext/to_bits_raw.rs): the
 * literals' own bits in order, no headers and no plaintext-level cache (a field's own bit cache
 * still applies).
 */
export function plaintextBitsRaw(p: CPlaintext, out: Bool[] = []): Bool[] {
  if (p.kind === 'literal') literalBits(p.literal, out);
  else if (p.kind === 'struct') for (const v of p.members.values()) plaintextBitsRaw(v, out);
  else for (const e of p.elements) plaintextBitsRaw(e, out);
  return out;
}

/** ToFieldsRaw: the raw bits packed 252 per field, no terminating bit. */
export function bitsToFieldsRaw(bits: readonly Bool[]): Fld[] {
  const out: Fld[] = [];
  for (let i = 0; i < bits.length; i += Fq.dataBits) out.push(Fld.fromBitsLe(bits.slice(i, i + Fq.dataBits)));
  return out;
}

/** Plaintext::from_bit_array: an array of boolean literals, nothing cached. */
export function bitArray(bits: readonly Bool[]): CPlaintext {
  return { kind: 'array', elements: bits.map((b) => ({ kind: 'literal', literal: { type: 'boolean', b } })) };
}

export function programIdBits(out: Bool[], id: string): void {
  const dot = id.lastIndexOf('.');
  identifierBits(out, id.slice(0, dot));
  identifierBits(out, id.slice(dot + 1));
}

export function futureBits(f: CFuture): Bool[] {
  const out: Bool[] = [];
  const pid: Bool[] = [];
  programIdBits(pid, f.program);
  constBits(out, pid.length, 16);
  out.push(...pid);
  constBits(out, new TextEncoder().encode(f.function).length * 8, 16);
  identifierBits(out, f.function);
  constBits(out, f.arguments.length, 8);
  for (const a of f.arguments) {
    const ab: Bool[] = [];
    if (a.kind === 'future') {
      ab.push(Bool.constant(true), ...futureBits(a));
    } else {
      ab.push(Bool.constant(false), ...plaintextBits(a));
    }
    constBits(out, ab.length, 16);
    out.push(...ab);
  }
  return out;
}

export function valueBits(v: CValue): Bool[] {
  if (v.kind === 'record') return recordBits(v);
  return v.kind === 'future' ? futureBits(v) : plaintextBits(v);
}

/** ToFields: bits ‖ true, 252 bits per field (no constraint: each chunk is below the data size). */
export function bitsToFields(bits: readonly Bool[]): Fld[] {
  const all = [...bits, Bool.constant(true)];
  const out: Fld[] = [];
  for (let i = 0; i < all.length; i += Fq.dataBits) out.push(Fld.fromBitsLe(all.slice(i, i + Fq.dataBits)));
  return out;
}

export function valueFields(v: CValue): Fld[] {
  return bitsToFields(valueBits(v));
}

export function asPlaintext(v: CValue): CPlaintext {
  if (v.kind === 'future' || v.kind === 'record')
    throw new CircuitHalt(`expected a plaintext, found a ${v.kind}`);
  return v;
}

export function literalOf(p: CValue): CLiteral {
  if (p.kind !== 'literal') throw new CircuitHalt('expected a literal');
  return p.literal;
}

/** Plaintext::encrypt_symmetric: fields + HashManyPSD8([encryption domain, key], size in fields). */
export function encryptSymmetric(p: CPlaintext, key: Fld): Fld[] {
  const bits = plaintextBits(p);
  const n = Math.ceil((bits.length + 1) / Fq.dataBits);
  const randomizers = hashMany(8, [Fld.fixed(ENCRYPTION_DOMAIN), key], n);
  return bitsToFields(bits).map((f, i) => f.add(randomizers[i] as Fld));
}

const ENCRYPTION_DOMAIN = domainField('AleoSymmetricEncryption0');

/** Eject: the console value a circuit value holds (for a `call`'s console request). */
export function ejectLiteral(l: CLiteral): Literal {
  switch (l.type) {
    case 'address':
    case 'group':
      return { type: l.type, value: l.g.value };
    case 'boolean':
      return { type: 'boolean', value: l.b.value };
    case 'field':
      return { type: 'field', value: l.f.value };
    case 'scalar':
      return { type: 'scalar', value: l.s.value };
    case 'signature': {
      const s = l.sig;
      const ck = s.computeKey;
      const value = {
        challenge: s.challenge.value,
        response: s.response.value,
        pkSig: ck.pkSig.value,
        prSig: ck.prSig.value,
      };
      return { type: 'signature', value };
    }
    default: {
      let v = 0n;
      l.bits.forEach((b, i) => {
        if (b.value) v |= 1n << BigInt(i);
      });
      return { type: l.type, value: l.type.startsWith('i') ? BigInt.asIntN(l.bits.length, v) : v };
    }
  }
}

export function ejectPlaintext(p: CPlaintext): Plaintext {
  if (p.kind === 'literal') return { kind: 'literal', literal: ejectLiteral(p.literal) };
  if (p.kind === 'struct')
    return { kind: 'struct', members: new Map([...p.members].map(([k, v]) => [k, ejectPlaintext(v)])) };
  return { kind: 'array', elements: p.elements.map(ejectPlaintext) };
}
