/**
 * Pedersen hash and commitment (snarkVM console/algorithms/src/pedersen), MainnetV0 domains
 * "AleoPedersen64" / "AleoPedersen128": Σ bit_i · base·2^i over at most 64 / 128 input bits,
 * bases from hash-to-curve of "Aleo.Pedersen.Base.<domain>" and, for the commitment's
 * randomizer, "Aleo.Pedersen.RandomBase.<domain>".
 */
import type { AffinePoint } from '../values.js';
import { addRandomizer, doublings } from './bhp.js';
import { hashToCurve } from './blake2xs.js';
import { EXT_ZERO, type ExtPoint, extAdd, toAffine } from './curve.js';
import { AleoCryptoError } from './errors.js';
import { Fs } from './modular.js';

export type PedersenVariant = 'ped64' | 'ped128';
const cache = new Map<PedersenVariant, { bases: ExtPoint[]; randomBase: ExtPoint[] }>();

/** The bases (one per input bit) and the randomizer's bases (one per scalar bit). */
export function pedersenParams(variant: PedersenVariant): {
  readonly bases: readonly ExtPoint[];
  readonly randomBase: readonly ExtPoint[];
} {
  return params(variant);
}

function params(variant: PedersenVariant) {
  let p = cache.get(variant);
  if (!p) {
    const n = variant === 'ped64' ? 64 : 128;
    const domain = variant === 'ped64' ? 'AleoPedersen64' : 'AleoPedersen128';
    p = {
      bases: doublings(hashToCurve(`Aleo.Pedersen.Base.${domain}`), n),
      randomBase: doublings(hashToCurve(`Aleo.Pedersen.RandomBase.${domain}`), Fs.bits),
    };
    cache.set(variant, p);
  }
  return p;
}

function hashExt(variant: PedersenVariant, input: readonly boolean[]): ExtPoint {
  const { bases } = params(variant);
  if (input.length > bases.length) {
    throw new AleoCryptoError(
      `Invalid input size for Pedersen: expected <= ${bases.length}, found ${input.length}`,
    );
  }
  let acc = EXT_ZERO;
  for (let i = 0; i < input.length; i++) if (input[i]) acc = extAdd(acc, bases[i] as ExtPoint);
  return acc;
}

export function pedersenHashToGroup(variant: PedersenVariant, input: readonly boolean[]): AffinePoint {
  return toAffine(hashExt(variant, input));
}

export function pedersenHash(variant: PedersenVariant, input: readonly boolean[]): bigint {
  return pedersenHashToGroup(variant, input).x;
}

export function pedersenCommitToGroup(
  variant: PedersenVariant,
  input: readonly boolean[],
  randomizer: bigint,
): AffinePoint {
  return toAffine(addRandomizer(hashExt(variant, input), params(variant).randomBase, randomizer));
}
