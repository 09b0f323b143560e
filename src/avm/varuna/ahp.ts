/**
 * Varuna's AHP checks as linear combinations of committed polynomials (snarkVM algorithms/
 * src/snark/varuna/ahp/ahp.rs construct_linear_combinations, selectors.rs): the rowcheck at α,
 * the lineval sumcheck at β and the matrix sumcheck at γ, each batched over circuits and
 * instances with the verifier's combiners and a selector s(x) = v_H(x)·|Hᵢ| / (v_Hᵢ(x)·|H|)
 * that restricts a check over the largest domain H to a circuit's own domain Hᵢ.
 */
import { Domain } from '../curves/domain.js';
import { Fr } from '../curves/fields.js';
import type { CircuitInfo, MatrixSums, Proof } from './encoding.js';
import type { LinearCombination } from './kzg.js';

export interface BatchCombiners {
  circuit: bigint;
  instances: bigint[];
}

/** One circuit's part of the verifier state. */
export interface CircuitState {
  id: string;
  input: Domain;
  variable: Domain;
  constraint: Domain;
  nonZero: [Domain, Domain, Domain];
  /** Formatted public inputs (leading 1, padded to the input domain), one per instance. */
  inputs: bigint[][];
}

export interface Challenges {
  alpha: bigint;
  beta: bigint;
  gamma: bigint;
  etaB: bigint;
  etaC: bigint;
  /** First-round combiners (rowcheck) and the ones the lineval uses (V1: the same; V2: third round). */
  first: BatchCombiners[];
  third: BatchCombiners[];
  delta: [bigint[], bigint[], bigint[]];
}

export interface MaxDomains {
  constraint: Domain;
  variable: Domain;
  nonZero: Domain;
}

export const witnessLabel = (id: string, poly: string, i: number) =>
  `circuit_${id}_${poly}_${String(i).padStart(8, '0')}`;

const selector = (max: Domain, d: Domain, x: bigint): bigint =>
  Fr.div(Fr.mul(max.vanishingAt(x), d.sizeFe), Fr.mul(d.vanishingAt(x), max.sizeFe));

class Lc implements LinearCombination {
  terms: [bigint, string | null][] = [];
  constructor(readonly label: string) {}
  add(c: bigint, l: string | null): this {
    this.terms.push([c, l]);
    return this;
  }
  addScaled(c: bigint, other: Lc): this {
    for (const [k, l] of other.terms) this.terms.push([Fr.mul(c, k), l]);
    return this;
  }
  scale(c: bigint): this {
    this.terms = this.terms.map(([k, l]) => [Fr.mul(k, c), l]);
    return this;
  }
}

const lineSum = (s: MatrixSums, etaB: bigint, etaC: bigint) =>
  Fr.add(s.a, Fr.add(Fr.mul(etaB, s.b), Fr.mul(etaC, s.c)));

/** The AHP's linear combinations keyed by label, given the proof's evaluations and sums. */
export function linearCombinations(
  circuits: readonly CircuitState[],
  max: MaxDomains,
  ch: Challenges,
  proof: Proof,
): Map<string, LinearCombination> {
  const { alpha, beta, gamma, etaB, etaC } = ch;
  const out = new Map<string, LinearCombination>();

  const rowcheck = new Lc('rowcheck_zerocheck');
  circuits.forEach((c, i) => {
    const comb = ch.first[i] as BatchCombiners;
    const term = new Lc('');
    comb.instances.forEach((ic, j) => {
      const s = (proof.thirdSums[i] as MatrixSums[])[j] as MatrixSums;
      term.add(Fr.mul(ic, Fr.sub(Fr.mul(s.a, s.b), s.c)), null);
    });
    term.scale(selector(max.constraint, c.constraint, alpha));
    rowcheck.addScaled(comb.circuit, term);
  });
  rowcheck.add(Fr.neg(max.constraint.vanishingAt(alpha)), 'h_0');
  out.set(rowcheck.label, rowcheck);

  // batch_lineval_sum: Σ circuit combiner · Σ instance combiner · (a + η_B·b + η_C·c), over |C_max|.
  let lineSumTotal = 0n;
  circuits.forEach((_, i) => {
    const comb = ch.third[i] as BatchCombiners;
    let s = 0n;
    comb.instances.forEach((ic, j) => {
      s = Fr.add(s, Fr.mul(ic, lineSum((proof.thirdSums[i] as MatrixSums[])[j] as MatrixSums, etaB, etaC)));
    });
    lineSumTotal = Fr.add(lineSumTotal, Fr.mul(comb.circuit, s));
  });
  lineSumTotal = Fr.mul(lineSumTotal, max.variable.sizeInv);

  const lineval = new Lc('lineval_sumcheck').add(1n, 'mask_poly');
  circuits.forEach((c, i) => {
    const comb = ch.third[i] as BatchCombiners;
    const sums = proof.fourthSums[i] as MatrixSums;
    const [ka, kb, kc] = c.nonZero;
    const sa = Fr.mul(sums.a, ka.sizeFe);
    const sb = Fr.mul(Fr.mul(sums.b, kb.sizeFe), etaB);
    const sc = Fr.mul(Fr.mul(sums.c, kc.sizeFe), etaC);
    const vX = c.input.vanishingAt(beta);
    const lag = c.input.lagrangeAt(beta);
    const term = new Lc('');
    comb.instances.forEach((ic, j) => {
      const x = (c.inputs[j] as bigint[]).reduce((acc, v, k) => Fr.add(acc, Fr.mul(v, lag[k] as bigint)), 0n);
      const w = witnessLabel(c.id, 'w', j);
      const l = new Lc('');
      for (const s of [sa, sb, sc]) l.add(Fr.mul(s, x), null).add(Fr.mul(s, vX), w);
      term.addScaled(ic, l);
    });
    term.scale(selector(max.variable, c.variable, beta));
    lineval.addScaled(comb.circuit, term);
  });
  lineval
    .add(Fr.neg(max.variable.vanishingAt(beta)), 'h_1')
    .add(Fr.neg(Fr.mul(beta, proof.evals.g1)), null)
    .add(Fr.neg(lineSumTotal), null);
  out.set('g_1', new Lc('g_1').add(1n, 'g_1'));
  out.set(lineval.label, lineval);

  const matrix = new Lc('matrix_sumcheck');
  circuits.forEach((c, i) => {
    const vRC = Fr.mul(c.constraint.vanishingAt(alpha), c.variable.vanishingAt(beta));
    const rc = Fr.mul(c.constraint.sizeFe, c.variable.sizeFe);
    const sums = proof.fourthSums[i] as MatrixSums;
    (['a', 'b', 'c'] as const).forEach((m, k) => {
      const gm = witnessLabel(c.id, `g_${m}`, 0);
      const gmAtGamma = [proof.evals.ga, proof.evals.gb, proof.evals.gc][k]?.[i] as bigint;
      const id = `circuit_${c.id}`;
      const a = new Lc('').add(vRC, `${id}_row_col_val_${m}`);
      const b = new Lc('')
        .add(Fr.mul(alpha, beta), null)
        .add(Fr.neg(alpha), `${id}_col_${m}`)
        .add(Fr.neg(beta), `${id}_row_${m}`)
        .add(1n, `${id}_row_col_${m}`)
        .scale(rc);
      b.scale(Fr.add(Fr.mul(gamma, gmAtGamma), sums[m]));
      const term = a.addScaled(Fr.neg(1n), b).scale(selector(max.nonZero, c.nonZero[k] as Domain, gamma));
      matrix.addScaled((ch.delta[k] as bigint[])[i] as bigint, term);
      out.set(gm, new Lc(gm).add(1n, gm));
    });
  });
  matrix.add(Fr.neg(max.nonZero.vanishingAt(gamma)), 'h_2');
  out.set(matrix.label, matrix);
  return out;
}

/** The domains of a circuit from its key's CircuitInfo. */
export function circuitDomains(info: CircuitInfo) {
  return {
    input: Domain.of(info.numPublicInputs),
    variable: Domain.of(info.numVariables),
    constraint: Domain.of(info.numConstraints),
    nonZero: [Domain.of(info.nonZeroA), Domain.of(info.nonZeroB), Domain.of(info.nonZeroC)] as [
      Domain,
      Domain,
      Domain,
    ],
  };
}
