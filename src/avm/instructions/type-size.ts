/**
 * PlaintextType::size_in_bits and size_in_bits_raw (snarkVM console/program/src/data_types/
 * plaintext_type/size_in_bits.rs): the length of Plaintext::to_bits_le (with the variant, size
 * and identifier headers) and of to_bits_raw_le (the literals' own bits) for a value of a type,
 * which the byte-aligned hashes check at type-check time; and the sizes of records and futures.
 */

import type { ProgramAst } from '../ast.js';
import { literalSizeInBits } from '../circuit/value.js';
import type { Locator, PlaintextType, RegisterType } from '../types.js';

export type StructLookup = (name: string) => ReadonlyMap<string, PlaintextType> | undefined;

export function plaintextTypeBits(t: PlaintextType, structs: StructLookup, raw: boolean): number {
  if (t.kind === 'literal') {
    const own = literalSizeInBits(t.type);
    // Literal: variant (2) ‖ literal type (u8) ‖ size (u16) ‖ bits.
    return raw ? own : 2 + 8 + 16 + own;
  }
  if (t.kind === 'array') {
    const each = plaintextTypeBits(t.element, structs, raw);
    // Array: variant (2) ‖ length (u32) ‖ per element: size (u16) ‖ bits.
    return raw ? each * t.length : 2 + 32 + (16 + each) * t.length;
  }
  const members = structs(t.name);
  if (!members) throw new Error(`unknown struct '${t.name}'`);
  // Struct: variant (2) ‖ member count (u8) ‖ per member: name size (u8) ‖ name ‖ size (u16) ‖ bits.
  let total = raw ? 0 : 2 + 8;
  for (const [name, m] of members) {
    const bits = plaintextTypeBits(m, structs, raw);
    total += raw ? bits : 8 + 8 * new TextEncoder().encode(name).length + 16 + bits;
  }
  return total;
}

/** The program a locator names (`undefined`: the program being checked). */
export type ProgramLookup = (id: string | undefined) => ProgramAst | undefined;

const utf8Bits = (name: string): number => 8 * new TextEncoder().encode(name).length;
/** A field element's bits (an address's or a nonce's x-coordinate). */
const FIELD_BITS = 253;

/**
 * The size of Record<Plaintext>::to_bits_le for a record type (transition/record-bits.ts):
 * owner flag ‖ owner (field) ‖ data length (u31) ‖ hiding bit ‖ per entry: name ‖ visibility
 * (2 bits) ‖ plaintext bits ‖ nonce (field) ‖ version (u8). The byte-aligned hashes check this
 * size for records, raw or not (the SDK: `hash.keccak256.raw` of a record with one u64 entry is
 * refused with "found '687'").
 */
export function recordTypeBits(program: ProgramAst, name: string): number {
  const r = program.records.get(name);
  if (!r) throw new Error(`unknown record '${name}'`);
  const structs: StructLookup = (n) => program.structs.get(n)?.members;
  let total = 1 + FIELD_BITS + 31 + 1 + FIELD_BITS + 8;
  for (const [entry, e] of r.entries)
    total += utf8Bits(entry) + 2 + plaintextTypeBits(e.type, structs, false);
  return total;
}

/**
 * The size of Future::to_bits_le for a future type (transition/ids.ts futureBits): program id
 * size (u16) ‖ program id ‖ name size (u16) ‖ name ‖ argument count (u8) ‖ per argument: size
 * (u16) ‖ future flag ‖ bits; the arguments have the types of the named finalize's inputs.
 */
export function futureTypeBits(lookup: ProgramLookup, locator: Required<Locator>): number {
  const program = lookup(locator.program);
  const fin = program?.functions.get(locator.name)?.finalize;
  if (!program || !fin) throw new Error(`unknown future '${locator.program}/${locator.name}'`);
  const structs: StructLookup = (n) => program.structs.get(n)?.members;
  const [name, network] = locator.program.split('.') as [string, string];
  let total = 16 + utf8Bits(name) + utf8Bits(network) + 16 + utf8Bits(locator.name) + 8;
  for (const input of fin.inputs) {
    const t = input.type;
    total +=
      16 +
      1 +
      (t.kind === 'future' ? futureTypeBits(lookup, t.locator) : plaintextTypeBits(t.type, structs, false));
  }
  return total;
}

/** A register type's bit size: raw (literals only) or full for plaintexts, full for records and futures. */
export function registerTypeBits(
  t: Exclude<RegisterType, { kind: 'external_record' }>,
  lookup: ProgramLookup,
  raw: boolean,
): number {
  const own = lookup(undefined) as ProgramAst;
  if (t.kind === 'plaintext') return plaintextTypeBits(t.type, (n) => own.structs.get(n)?.members, raw);
  if (t.kind === 'record') return recordTypeBits(own, t.name);
  return futureTypeBits(lookup, t.locator);
}
