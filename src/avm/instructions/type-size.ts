/**
 * PlaintextType::size_in_bits and size_in_bits_raw (snarkVM console/program/src/data_types/
 * plaintext_type/size_in_bits.rs): the length of Plaintext::to_bits_le (with the variant, size
 * and identifier headers) and of to_bits_raw_le (the literals' own bits) for a value of a type,
 * which the byte-aligned hashes check at type-check time.
 */
import { literalSizeInBits } from '../circuit/value.js';
import type { PlaintextType } from '../types.js';

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
