/**
 * Literal::cast_lossy from a group or field digest to a destination literal type
 * (snarkVM console/program/src/data/literal/cast_lossy): group -> address/group as is,
 * otherwise its x-coordinate; field -> group by x-coordinate, else the generator for 1, else
 * Elligator 2; field -> scalar/integers by truncating to their low bits; boolean = bit 0.
 */
import type { AffinePoint, Literal, LiteralType } from '../values.js';
import { generatorPoint, tryFromX } from './curve.js';
import { elligator2Encode } from './elligator2.js';
import { INT_BITS, isIntegerType } from './encode.js';
import { AleoCryptoError } from './errors.js';
import { scalarFromFieldLossy } from './poseidon.js';

export function fieldToGroupLossy(f: bigint): AffinePoint {
  const p = tryFromX(f);
  if (p) return p;
  if (f === 1n) return generatorPoint();
  return elligator2Encode(f);
}

export function castLossyField(f: bigint, to: LiteralType): Literal {
  if (to === 'field') return { type: 'field', value: f };
  if (to === 'group') return { type: 'group', value: fieldToGroupLossy(f) };
  if (to === 'address') return { type: 'address', value: fieldToGroupLossy(f) };
  if (to === 'boolean') return { type: 'boolean', value: (f & 1n) === 1n };
  if (to === 'scalar') return { type: 'scalar', value: scalarFromFieldLossy(f) };
  if (isIntegerType(to)) {
    const w = INT_BITS[to] as number;
    const value = to.startsWith('i') ? BigInt.asIntN(w, f) : BigInt.asUintN(w, f);
    return { type: to, value } as Literal;
  }
  throw new AleoCryptoError(`Cannot cast (lossy) a field literal to a ${to} type.`);
}

export function castLossyGroup(g: AffinePoint, to: LiteralType): Literal {
  if (to === 'address') return { type: 'address', value: g };
  if (to === 'group') return { type: 'group', value: g };
  return castLossyField(g.x, to);
}
