/**
 * `cast` and `cast.lossy` between literal types (console/program/src/data/literal/cast and
 * cast_lossy): lossless casts halt when the value does not fit; lossy casts truncate to the
 * low bits. Group/address casts go through the x-coordinate (`Group::from_x_coordinate`;
 * a lossy cast of a non-coordinate goes through the crypto module's Elligator-2).
 */
import { GENERATOR, IDENTITY, pointFromX } from '../arith/curve.js';
import { FIELD_MODULUS, SCALAR_MODULUS } from '../arith/modular.js';
import { fieldToGroupLossy } from '../crypto/index.js';
import { AleoHalt } from '../errors.js';
import { integerBits, integerMax, integerMin, isIntegerType, literalToText } from '../text/literal.js';
import type { AffinePoint, Literal, LiteralType } from '../values.js';

function halt(from: Literal, to: LiteralType): never {
  throw new AleoHalt(`Failed to cast ${literalToText(from)} to ${to}`);
}

/** The unsigned bit pattern of a literal as snarkVM's `to_bits_le` reads it. */
function bitsValue(l: Literal): bigint {
  if (isIntegerType(l.type)) return BigInt.asUintN(integerBits(l.type), l.value as bigint);
  if (l.type === 'boolean') return l.value ? 1n : 0n;
  if (l.type === 'group' || l.type === 'address') return (l.value as AffinePoint).x;
  return l.value as bigint;
}

function groupFromField(x: bigint, lossy: boolean, from: Literal, to: LiteralType): AffinePoint {
  const p = x === 0n ? IDENTITY : pointFromX(x);
  if (p) return p;
  if (!lossy) halt(from, to);
  // Not an x-coordinate: 1 maps to the generator, anything else through Elligator-2.
  return fieldToGroupLossy(x);
}

export function castLiteral(from: Literal, to: LiteralType, lossy: boolean): Literal {
  if (from.type === 'signature' || from.type === 'string')
    throw new AleoHalt(`Cannot cast a ${from.type} literal to another type.`);
  if (to === 'signature' || to === 'string')
    throw new AleoHalt(`Cannot cast a ${from.type} literal to a ${to} type.`);
  if (from.type === to) return from;
  if (from.type === 'boolean') {
    const b = from.value as boolean;
    if (to === 'group' || to === 'address') return { type: to, value: b ? GENERATOR : IDENTITY };
    return { type: to, value: b ? 1n : 0n } as Literal;
  }
  if ((from.type === 'group' || from.type === 'address') && (to === 'group' || to === 'address'))
    return { type: to, value: from.value as AffinePoint };
  // Everything else goes through the field/bit value.
  const v = bitsValue(from);
  switch (to) {
    case 'boolean':
      if (lossy) return { type: 'boolean', value: (v & 1n) === 1n };
      if (v === 0n || v === 1n) return { type: 'boolean', value: v === 1n };
      return halt(from, to);
    case 'field':
      return { type: 'field', value: v };
    case 'scalar':
      if (v < SCALAR_MODULUS) return { type: 'scalar', value: v };
      if (!lossy) return halt(from, to);
      return { type: 'scalar', value: BigInt.asUintN(250, v) };
    case 'group':
    case 'address':
      return { type: to, value: groupFromField(v % FIELD_MODULUS, lossy, from, to) };
    default: {
      if (!isIntegerType(to)) return halt(from, to);
      const bits = integerBits(to);
      if (lossy) {
        // Integer to integer is Rust's `as` (sign-extending); field/scalar keep their low bits.
        const src = isIntegerType(from.type) ? (from.value as bigint) : v;
        return { type: to, value: to[0] === 'i' ? BigInt.asIntN(bits, src) : BigInt.asUintN(bits, src) };
      }
      // Lossless: integer -> integer by value; field/scalar/group -> integer by bits (upper bits zero).
      const value = isIntegerType(from.type) ? (from.value as bigint) : v;
      if (!isIntegerType(from.type) && v >> BigInt(bits) !== 0n) return halt(from, to);
      const asTarget = isIntegerType(from.type) ? value : to[0] === 'i' ? BigInt.asIntN(bits, value) : value;
      if (asTarget < integerMin(to) || asTarget > integerMax(to)) return halt(from, to);
      return { type: to, value: asTarget };
    }
  }
}

/** `cast r0 into r1 as group.x` / `as group.y`: a coordinate of a group element, as a field. */
export function castGroupCoordinate(from: Literal, coordinate: 'group_x' | 'group_y'): Literal {
  if (from.type !== 'group') throw new AleoHalt(`Cannot cast a ${from.type} to a group coordinate`);
  return { type: 'field', value: coordinate === 'group_x' ? from.value.x : from.value.y };
}
