/**
 * Pedersen hash and commitment in circuit (snarkVM circuit/algorithms/src/pedersen): the input
 * padded with constant false to 64 or 128 bits (more is a halt), each bit selecting its
 * constant base or zero (Group::ternary, no constraints), folded with complete additions from
 * the constant zero; the commitment continues the fold over the randomizer's 251 bits and the
 * random bases. Hash and commit take the x-coordinate.
 */
import { toAffine } from '../crypto/curve.js';
import { type PedersenVariant, pedersenParams } from '../crypto/pedersen.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import type { Fld } from './field.js';
import { Grp } from './group.js';
import type { Scl } from './scalar.js';

const affine = new Map<PedersenVariant, { bases: Grp[]; randomBase: Grp[] }>();

function bases(variant: PedersenVariant) {
  let b = affine.get(variant);
  if (!b) {
    const p = pedersenParams(variant);
    b = {
      bases: p.bases.map((e) => Grp.fixed(toAffine(e))),
      randomBase: p.randomBase.map((e) => Grp.fixed(toAffine(e))),
    };
    affine.set(variant, b);
  }
  return b;
}

export function pedersenHashToGroup(variant: PedersenVariant, input: readonly Bool[]): Grp {
  const { bases: window } = bases(variant);
  if (input.length > window.length)
    throw new CircuitHalt(`The Pedersen hash input cannot exceed ${window.length} bits.`);
  let acc = Grp.zero();
  window.forEach((base, i) => {
    const bit = input[i] ?? Bool.constant(false);
    acc = acc.add(Grp.ternary(bit, base, Grp.zero()));
  });
  return acc;
}

export function pedersenCommitToGroup(
  variant: PedersenVariant,
  input: readonly Bool[],
  randomizer: Scl,
): Grp {
  let acc = pedersenHashToGroup(variant, input);
  const { randomBase } = bases(variant);
  randomizer.toBitsLe().forEach((bit, i) => {
    acc = acc.add(Grp.ternary(bit, randomBase[i] as Grp, Grp.zero()));
  });
  return acc;
}

export function pedersenHash(variant: PedersenVariant, input: readonly Bool[]): Fld {
  return pedersenHashToGroup(variant, input).x.clone();
}
