/**
 * The Varuna verifier (snarkVM algorithms/src/snark/varuna/varuna.rs verify_batch,
 * ahp/verifier/verifier.rs) for the hiding mode Aleo uses: the Fiat-Shamir transcript
 * (personalised "VARUNA-2023": batch sizes and padded public inputs, the index commitments,
 * then each round's commitments and messages), the AHP linear combinations, and one SonicKZG
 * batch check.
 *
 * Versions: V1 squeezes α, η_B, η_C in the second round and absorbs the third-round sums with
 * g_1, h_1; V2 (consensus V4 and later) squeezes only α, absorbs the sums in a "prepare third"
 * round that samples fresh batch combiners and η_B, η_C, then absorbs g_1, h_1 alone.
 */
import type { G1Affine } from '../curves/bls12-377.js';
import { VarunaInputError } from '../curves/errors.js';
import { Fr } from '../curves/fields.js';
import {
  type BatchCombiners,
  type Challenges,
  type CircuitState,
  circuitDomains,
  linearCombinations,
  type MaxDomains,
  witnessLabel,
} from './ahp.js';
import type { MatrixSums, Proof, VerifyingKey } from './encoding.js';
import { checkCombinations, type LabeledCommitment, type Query } from './kzg.js';
import { VarunaSponge } from './sponge.js';
import type { VerifierSrs } from './srs.js';

export type VarunaVersion = 1 | 2;

/** One circuit of a batch: its verifying key and the public inputs of each instance. */
export interface BatchEntry {
  vk: VerifyingKey;
  /** Each instance's public inputs, starting with the constant 1 (snarkVM's verifier inputs). */
  inputs: readonly (readonly bigint[])[];
}

export const PROTOCOL = new TextEncoder().encode('VARUNA-2023');
const INDEX_POLYS = ['col', 'row', 'row_col', 'row_col_val'].flatMap((p) =>
  ['a', 'b', 'c'].map((m) => `${p}_${m}`),
);
/** The index polynomial labels in snarkVM's (lexicographic) commitment order. */
export const INDEX_LABELS = [...INDEX_POLYS].sort();

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
export const u64le = (n: number) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n), true);
  return b;
};

/** absorb_sums: each (a, b, c) in its own absorb call, so the limb packing restarts per sum. */
export function absorbSums(sponge: VarunaSponge, sums: readonly MatrixSums[]): void {
  for (const s of sums) sponge.absorbNonNative([s.a, s.b, s.c]);
}

/** sample_batch_combiners: per circuit, batch_size - 1 instance combiners and (after the first) a circuit combiner. */
export function combiners(sponge: VarunaSponge, batchSizes: readonly number[]): BatchCombiners[] {
  return batchSizes.map((b, i) => {
    const els = sponge.squeezeFr(b - 1 + (i === 0 ? 0 : 1));
    return { circuit: i === 0 ? 1n : (els[b - 1] as bigint), instances: [1n, ...els.slice(0, b - 1)] };
  });
}

/** Checks the entries against the proof's shape and builds each circuit's state (entries sorted by circuit id). */
function prepare(
  entries: readonly BatchEntry[],
  proof: Proof,
): { circuits: CircuitState[]; max: MaxDomains } {
  if (entries.length === 0) throw new VarunaInputError('empty batch');
  if (proof.batchSizes.length !== entries.length)
    throw new VarunaInputError(
      `the proof covers ${proof.batchSizes.length} circuits, ${entries.length} keys given`,
    );
  let maxC = 0;
  let maxV = 0;
  let maxK: CircuitState['input'] | undefined;
  const circuits = entries.map((e, i) => {
    if (e.inputs.length !== proof.batchSizes[i])
      throw new VarunaInputError(
        `circuit ${i}: ${e.inputs.length} instances given, the proof has ${proof.batchSizes[i]}`,
      );
    const d = circuitDomains(e.vk.info);
    maxC = Math.max(maxC, e.vk.info.numConstraints);
    maxV = Math.max(maxV, e.vk.info.numVariables);
    for (const k of d.nonZero) if (!maxK || k.size > maxK.size) maxK = k;
    const inputs = e.inputs.map((x, j) => {
      if (x.length === 0 || x[0] !== 1n)
        throw new VarunaInputError(`circuit ${i} instance ${j}: the public inputs must start with 1`);
      if (x.length > d.input.size)
        throw new VarunaInputError(
          `circuit ${i} instance ${j}: ${x.length} public inputs, the key takes ${d.input.size}`,
        );
      for (const v of x)
        if (v < 0n || v >= Fr.p) throw new VarunaInputError(`circuit ${i}: public input ${v} is not in Fr`);
      return [...x, ...new Array<bigint>(d.input.size - x.length).fill(0n)];
    });
    return { id: hex(e.vk.id), ...d, inputs };
  });
  const { constraint, variable } = circuitDomains({
    ...entries[0]!.vk.info,
    numConstraints: maxC,
    numVariables: maxV,
  });
  return { circuits, max: { constraint, variable, nonZero: maxK as CircuitState['input'] } };
}

/** verify_batch: whether `proof` proves every instance of every circuit (hiding mode). */
export function verifyBatch(
  srs: VerifierSrs,
  batch: readonly BatchEntry[],
  proof: Proof,
  version: VarunaVersion,
): boolean {
  const entries = [...batch].sort((a, b) => Buffer.compare(a.vk.id, b.vk.id));
  const { circuits, max } = prepare(entries, proof);
  // Hiding mode: a mask polynomial and a hiding opening.
  if (!proof.maskPoly || !proof.pc.some((o) => o.randomV !== undefined)) return false;

  const sponge = new VarunaSponge();
  sponge.absorbBytes(PROTOCOL);
  circuits.forEach((c, i) => {
    sponge.absorbBytes(u64le(proof.batchSizes[i] as number));
    for (const x of c.inputs) sponge.absorbNonNative(x);
  });
  for (const e of entries) sponge.absorbCommitments(e.vk.commitments);

  const comms = new Map<string, LabeledCommitment>();
  const put = (label: string, c: G1Affine, degreeBound?: number) =>
    comms.set(label, { commitment: c, degreeBound });
  entries.forEach((e, i) => {
    INDEX_LABELS.forEach((l, k) => {
      put(`circuit_${circuits[i]!.id}_${l}`, e.vk.commitments[k] as G1Affine);
    });
  });

  // First round: witnesses and the mask.
  let w = 0;
  circuits.forEach((c, i) => {
    for (let j = 0; j < (proof.batchSizes[i] as number); j++)
      put(witnessLabel(c.id, 'w', j), proof.w[w++] as G1Affine);
  });
  put('mask_poly', proof.maskPoly);
  sponge.absorbCommitments([...proof.w, proof.maskPoly]);
  const first = combiners(sponge, proof.batchSizes);

  // Second round.
  put('h_0', proof.h0);
  sponge.absorbCommitments([proof.h0]);
  const [alpha, etaB1, etaC1] = sponge.squeezeFr(version === 1 ? 3 : 1) as [bigint, bigint?, bigint?];
  if (max.constraint.vanishingAt(alpha) === 0n) return false;

  // (V2) prepare third round, then third round.
  const sums3 = proof.thirdSums.flat();
  let third = first;
  let etaB = etaB1 as bigint;
  let etaC = etaC1 as bigint;
  if (version === 2) {
    absorbSums(sponge, sums3);
    third = combiners(sponge, proof.batchSizes);
    [etaB, etaC] = sponge.squeezeFr(2) as [bigint, bigint];
  }
  put('g_1', proof.g1, max.variable.size - 2);
  put('h_1', proof.h1);
  sponge.absorbCommitments([proof.g1, proof.h1]);
  if (version === 1) absorbSums(sponge, sums3);
  const [beta] = sponge.squeezeFr(1) as [bigint];
  if (max.variable.vanishingAt(beta) === 0n) return false;

  // Fourth round.
  const fourth: G1Affine[] = [];
  circuits.forEach((c, i) => {
    (['a', 'b', 'c'] as const).forEach((m, k) => {
      const g = [proof.ga, proof.gb, proof.gc][k]?.[i] as G1Affine;
      put(witnessLabel(c.id, `g_${m}`, 0), g, (c.nonZero[k] as CircuitState['input']).size - 2);
      fourth.push(g);
    });
  });
  sponge.absorbCommitments(fourth);
  absorbSums(sponge, proof.fourthSums);
  const delta: [bigint[], bigint[], bigint[]] = [[1n], [], []];
  const [db, dc] = sponge.squeezeFr(2) as [bigint, bigint];
  delta[1].push(db);
  delta[2].push(dc);
  for (let i = 1; i < circuits.length; i++) {
    const [a, b, c] = sponge.squeezeFr(3) as [bigint, bigint, bigint];
    delta[0].push(a);
    delta[1].push(b);
    delta[2].push(c);
  }

  // Fifth round.
  put('h_2', proof.h2);
  sponge.absorbCommitments([proof.h2]);
  const [gamma] = sponge.squeezeFr(1) as [bigint];
  if (max.nonZero.vanishingAt(gamma) === 0n) return false;

  const ev = proof.evals;
  sponge.absorbNonNative([ev.g1, ...ev.ga, ...ev.gb, ...ev.gc]);

  const queries: Query[] = [];
  const evaluations = new Map<string, bigint>();
  circuits.forEach((c, i) => {
    (['a', 'b', 'c'] as const).forEach((m, k) => {
      const label = witnessLabel(c.id, `g_${m}`, 0);
      queries.push({ label, pointName: 'gamma', point: gamma });
      evaluations.set(label, [ev.ga, ev.gb, ev.gc][k]?.[i] as bigint);
    });
  });
  queries.push(
    { label: 'g_1', pointName: 'beta', point: beta },
    { label: 'lineval_sumcheck', pointName: 'beta', point: beta },
    { label: 'matrix_sumcheck', pointName: 'gamma', point: gamma },
    { label: 'rowcheck_zerocheck', pointName: 'alpha', point: alpha },
  );
  evaluations.set('g_1', ev.g1);
  for (const l of ['lineval_sumcheck', 'matrix_sumcheck', 'rowcheck_zerocheck']) evaluations.set(l, 0n);

  const ch: Challenges = { alpha, beta, gamma, etaB, etaC, first, third, delta };
  const lcs = linearCombinations(circuits, max, ch, proof);
  return checkCombinations(srs, lcs, comms, queries, evaluations, proof.pc, sponge);
}
