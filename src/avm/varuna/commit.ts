/**
 * The committing and opening side of SonicKZG10 (snarkVM algorithms/src/polycommit/sonic_pc/
 * mod.rs commit, open_combinations, batch_open; kzg10/mod.rs commit, open):
 * - a polynomial p without degree bound commits to Σ pᵢ·βⁱG; with degree bound d to
 *   Σ pᵢ·β^(s+i)G, s = D - d (D = 2^28 - 1, the SRS's maximum degree), which the verifier
 *   pairs with β^(-s)H;
 * - a hiding commitment adds Σ rᵢ·β^(t+i)γG for a random blinding polynomial r of degree 2
 *   (t = 0, or s when bounded);
 * - an opening at z of Σ cᵢ·pᵢ (blinding Σ cᵢ·rᵢ) is w = q(β)G + q_r(β)γG with
 *   q = (p - p(z))/(x - z), q_r = (r - r(z))/(x - z), and random_v = r(z) when hiding.
 */
import { type G1, type G1Affine, g1, g1Add, g1Affine } from '../curves/bls12-377.js';
import { VarunaInputError } from '../curves/errors.js';
import type { KzgProof } from './encoding.js';
import { msm } from './msm.js';
import { addScaled, divideByLinear, evaluate, type Poly, randomPoly, trim } from './poly.js';
import { type ProverSrs, SRS_MAX_DEGREE } from './srs.js';

/** A committed polynomial with what opening it needs. */
export interface Committed {
  poly: Poly;
  bound: number | undefined;
  blinding: Poly | undefined;
  commitment: G1Affine;
}

const HIDING_COEFFS = 3;

function gammaBases(srs: ProverSrs, from: number, n: number): G1[] {
  return Array.from({ length: n }, (_, i) => {
    const p = srs.gammaPowers.get(from + i);
    if (!p) throw new VarunaInputError(`the SRS has no β^${from + i}·γG`);
    return g1(p);
  });
}

/** SonicKZG10::commit of one polynomial. */
export function commit(
  srs: ProverSrs,
  poly: Poly,
  opts: { bound?: number; hiding?: boolean } = {},
): Committed {
  const p = trim(poly);
  let acc: G1;
  let shift = 0;
  if (opts.bound !== undefined) {
    if (p.length > opts.bound + 1)
      throw new VarunaInputError(`a polynomial of degree ${p.length - 1} exceeds its bound ${opts.bound}`);
    shift = SRS_MAX_DEGREE - 1 - opts.bound;
    acc = msm(srs.shiftedPowers(shift, p.length), p);
  } else acc = msm(srs.powers(p.length), p);
  let blinding: Poly | undefined;
  if (opts.hiding) {
    blinding = randomPoly(HIDING_COEFFS);
    acc = g1Add(acc, msm(gammaBases(srs, shift, HIDING_COEFFS), blinding));
  }
  return { poly: p, bound: opts.bound, blinding, commitment: g1Affine(acc) };
}

/** A KZG10 opening at `z` of Σ cᵢ·pᵢ over `parts` (combined polynomial and blinding). */
export function openCombined(srs: ProverSrs, parts: readonly [bigint, Committed][], z: bigint): KzgProof {
  const p: Poly = [];
  let r: Poly | undefined;
  for (const [c, part] of parts) {
    addScaled(p, part.poly, c);
    if (part.blinding) r = addScaled(r ?? [], part.blinding, c);
  }
  const q = trim(divideByLinear(p, z));
  let w = msm(srs.powers(q.length), q);
  if (!r) return { w: g1Affine(w), randomV: undefined };
  const qr = divideByLinear(r, z);
  w = g1Add(w, msm(gammaBases(srs, 0, qr.length), qr));
  return { w: g1Affine(w), randomV: evaluate(r, z) };
}
