/**
 * The verifier side of SonicKZG10 (snarkVM algorithms/src/polycommit/sonic_pc/mod.rs,
 * check_combinations and batch_check): KZG10 openings of linear combinations of committed
 * polynomials at a query set, with degree bounds enforced by pairing a bounded commitment
 * with β^(-(D-d))·H instead of H.
 *
 * For each query point (in point-name order) with its opening (w, random_v), and each
 * polynomial label opened there (in label order), the sponge gives a 168-bit challenge cᵢ;
 * with the point's randomizer r (1 for the first point, then a fresh 168-bit squeeze) the
 * check is
 *   Π_d e(Σ r·cᵢ·Cᵢ [bound d], H_d) · e(-Σ r·(Σcᵢvᵢ·G - z·w + random_v·γG), H) · e(-Σ r·w, βH) = 1.
 * Constant terms of a combination move into its evaluation; a combination's commitment is
 * the sum of its terms' commitments, so all of it folds into one multi-scalar multiplication
 * per pairing.
 */
import { type G1, type G1Affine, g1, g1Msm, g1Neg, g2, pairingProductIsOne } from '../curves/bls12-377.js';
import { VarunaInputError } from '../curves/errors.js';
import { Fr } from '../curves/fields.js';
import type { KzgProof } from './encoding.js';
import type { VarunaSponge } from './sponge.js';
import type { VerifierSrs } from './srs.js';

/** A linear combination: terms over polynomial labels, `null` standing for the constant 1. */
export interface LinearCombination {
  label: string;
  terms: [bigint, string | null][];
}

export interface LabeledCommitment {
  commitment: G1Affine;
  degreeBound: number | undefined;
}

export interface Query {
  label: string;
  pointName: string;
  point: bigint;
}

/** check_combinations: whether `evaluations` (by label) are the openings of `lcs` at `queries`. */
export function checkCombinations(
  srs: VerifierSrs,
  lcs: ReadonlyMap<string, LinearCombination>,
  commitments: ReadonlyMap<string, LabeledCommitment>,
  queries: readonly Query[],
  evaluations: ReadonlyMap<string, bigint>,
  openings: readonly KzgProof[],
  sponge: VarunaSponge,
): boolean {
  // Per combination: its terms' commitments with coefficients, its degree bound, its evaluation.
  const evals = new Map(evaluations);
  const combos = new Map<string, { terms: [bigint, G1Affine][]; bound: number | undefined }>();
  for (const lc of lcs.values()) {
    const terms: [bigint, G1Affine][] = [];
    let bound: number | undefined;
    for (const [coeff, label] of lc.terms) {
      if (label === null) {
        const e = evals.get(lc.label);
        if (e !== undefined) evals.set(lc.label, Fr.sub(e, coeff));
        continue;
      }
      const c = commitments.get(label);
      if (!c) throw new VarunaInputError(`no commitment for polynomial ${label}`);
      if (c.degreeBound !== undefined) {
        if (lc.terms.length !== 1 || coeff !== 1n)
          throw new VarunaInputError(`equation ${lc.label} has degree bounds`);
        bound = c.degreeBound;
      }
      terms.push([coeff, c.commitment]);
    }
    combos.set(lc.label, { terms, bound });
  }

  const byPoint = new Map<string, { point: bigint; labels: string[] }>();
  for (const q of queries) {
    const e = byPoint.get(q.pointName) ?? { point: q.point, labels: [] };
    e.labels.push(q.label);
    byPoint.set(q.pointName, e);
  }
  const points = [...byPoint.keys()].sort();
  if (points.length !== openings.length) return false;

  // Bases and scalars of the three kinds of pairing inputs.
  const unbounded: { bases: G1Affine[]; scalars: bigint[] } = {
    bases: [srs.g, srs.gammaG],
    scalars: [0n, 0n],
  };
  const bounded = new Map<number, { bases: G1Affine[]; scalars: bigint[] }>();
  const witness: { bases: G1Affine[]; scalars: bigint[] } = { bases: [], scalars: [] };
  let r = 1n;
  points.forEach((name, i) => {
    const { point, labels } = byPoint.get(name) as { point: bigint; labels: string[] };
    const open = openings[i] as KzgProof;
    let combined = 0n;
    for (const label of [...labels].sort()) {
      const combo = combos.get(label);
      const v = evals.get(label);
      if (!combo || v === undefined) throw new VarunaInputError(`no evaluation of ${label} at ${name}`);
      const c = sponge.squeezeShortFr();
      combined = Fr.add(combined, Fr.mul(v, c));
      const k = Fr.mul(r, c);
      const target =
        combo.bound === undefined
          ? unbounded
          : (bounded.get(combo.bound) ??
            bounded.set(combo.bound, { bases: [], scalars: [] }).get(combo.bound)!);
      for (const [coeff, comm] of combo.terms) {
        target.bases.push(comm);
        target.scalars.push(Fr.mul(k, coeff));
      }
    }
    // -(r·combined·G - r·z·w + r·random_v·γG) joins the unbounded side (both pair with H).
    unbounded.scalars[0] = Fr.sub(unbounded.scalars[0] as bigint, Fr.mul(r, combined));
    unbounded.scalars[1] = Fr.sub(unbounded.scalars[1] as bigint, Fr.mul(r, open.randomV ?? 0n));
    unbounded.bases.push(open.w);
    unbounded.scalars.push(Fr.mul(r, point));
    witness.bases.push(open.w);
    witness.scalars.push(r);
    r = sponge.squeezeShortFr();
  });

  const msm = (s: { bases: G1Affine[]; scalars: bigint[] }): G1 => g1Msm(s.bases.map(g1), s.scalars);
  const pairs: [G1, ReturnType<typeof g2>][] = [[msm(unbounded), g2(srs.h)]];
  for (const [bound, s] of bounded) {
    const h = srs.negPowersOfBetaH.get(bound);
    if (!h) throw new VarunaInputError(`the SRS has no shift for degree bound ${bound}`);
    pairs.push([msm(s), g2(h)]);
  }
  pairs.push([g1Neg(msm(witness)), g2(srs.betaH)]);
  return pairingProductIsOne(pairs);
}
