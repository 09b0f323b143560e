/**
 * The Varuna prover (snarkVM algorithms/src/snark/varuna/varuna.rs prove_batch, ahp/prover/
 * round_functions/{first,…,fifth}.rs) in hiding mode, for one or more circuits with one or more
 * instances each, V1 or V2 transcript (verifier.ts describes both):
 * 1. w = (z - x)/v_X on V for each instance (hiding), and a mask polynomial summing to 0 on V;
 * 2. h_0 = Σ combiners·selector·(z_A·z_B - z_C) / v_C, z_M interpolating M·z on C;
 * 3. the sums z_M(α), then with t_M(κ) = Σ_r M[r][κ]·L_r(α) on V:
 *    mask + Σ combiners·selector·(t_A + η_B·t_B + η_C·t_C)·z = h_1·v_V + x·g_1 + σ/|V|;
 * 4. per matrix, f = v_C(α)v_V(β)/(|C||V|) · val·row·col/((α - row)(β - col)) on K:
 *    f = x·g_M + σ_M, and a - b·f = h_M·v_K (a, b the index terms of the matrix sumcheck);
 * 5. h_2 = Σ δ_M·selector·h_M; then the evaluations g_1(β), g_M(γ) and one KZG opening per point
 *    of the verifier's own linear combinations (ahp.ts).
 */
import type { Matrices } from '../circuit/index.js';
import type { G1Affine } from '../curves/bls12-377.js';
import type { Domain } from '../curves/domain.js';
import { VarunaInputError } from '../curves/errors.js';
import { Fr } from '../curves/fields.js';
import {
  type BatchCombiners,
  type CircuitState,
  circuitDomains,
  linearCombinations,
  witnessLabel,
} from './ahp.js';
import { type Committed, commit, openCombined } from './commit.js';
import type { MatrixSums, Proof, VerifyingKey } from './encoding.js';
import {
  type CircuitIndex,
  circuitVerifyingKeyFrom,
  indexCircuit,
  indexPolynomials,
  MATRICES,
  reindex,
} from './indexer.js';
import {
  addScaled,
  applySelector,
  divideByVanishing,
  evaluate,
  mul,
  mulByVanishing,
  type Poly,
  randomFr,
  randomPoly,
  scale,
} from './poly.js';
import { VarunaSponge } from './sponge.js';
import type { ProverSrs } from './srs.js';
import { absorbSums, combiners, INDEX_LABELS, PROTOCOL, u64le, type VarunaVersion } from './verifier.js';

export interface ProvingKey {
  index: CircuitIndex;
  /** Index polynomials by `${poly}_${matrix}`. */
  polys: Map<string, Poly>;
  vk: VerifyingKey;
}

/** CircuitSetup: the proving and verifying key of a circuit from its matrices. */
export function circuitSetup(m: Matrices, srs: ProverSrs, numVariables?: bigint): ProvingKey {
  const index = indexCircuit(m);
  const polys = indexPolynomials(index);
  return { index, polys, vk: circuitVerifyingKeyFrom(index, polys, srs, numVariables) };
}

/** One circuit of a batch: its key and the assignments z (padded public inputs, then private) of its instances. */
export interface ProverEntry {
  pk: ProvingKey;
  assignments: readonly (readonly bigint[])[];
}

interface Instance {
  x: Poly;
  w: Poly;
  z: Poly;
  zM: [Poly, Poly, Poly];
}

interface State {
  pk: ProvingKey;
  c: CircuitState;
  instances: Instance[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function dot(row: readonly (readonly [number, bigint])[], z: readonly bigint[]): bigint {
  let s = 0n;
  for (const [col, v] of row) s += v * (z[col] as bigint);
  return s % Fr.p;
}

/** The first-round witness of one instance, with Varuna's random zero-knowledge variables. */
function instance(pk: ProvingKey, c: CircuitState, assignment: readonly bigint[]): Instance {
  const ix = pk.index;
  const nX = ix.info.numPublicInputs;
  const r0 = randomFr();
  const r1 = randomFr();
  const z = [...assignment, r0, r1, Fr.mul(r0, r1)];
  if (z.length !== ix.info.numVariables)
    throw new VarunaInputError(
      `the assignment has ${assignment.length} values, the circuit ${ix.info.numVariables - 3}`,
    );
  const zM = MATRICES.map((m) => c.constraint.ifft(ix.matrices[m].map((row) => dot(row, z)))) as [
    Poly,
    Poly,
    Poly,
  ];
  const x = c.input.ifft(z.slice(0, nX));
  const xOnV = c.variable.fft(x);
  const evals = new Array<bigint>(c.variable.size).fill(0n);
  for (let i = nX; i < z.length; i++) {
    const k = reindex(c.variable, c.input, i);
    evals[k] = Fr.sub(z[i] as bigint, xOnV[k] as bigint);
  }
  for (let i = z.length; i < c.variable.size; i++) {
    const k = reindex(c.variable, c.input, i);
    evals[k] = Fr.neg(xOnV[k] as bigint);
  }
  const { q: w, r } = divideByVanishing(c.variable.ifft(evals), c.input.size);
  if (r.some((v) => v !== 0n)) throw new Error('w: (z - x) does not vanish on the input domain');
  const zPoly = addScaled(mulByVanishing(w, c.input.size), x);
  return { x, w, z: zPoly, zM };
}

/** t_A + η_B·t_B + η_C·t_C on V at α: the matrices' rows weighted by L_r(α), by column. */
function linevalPoly(st: State, alpha: bigint, etaB: bigint, etaC: bigint): Poly {
  const { c } = st;
  const lag = c.constraint.lagrangeAt(alpha);
  const evals = new Array<bigint>(c.variable.size).fill(0n);
  const colIndex = new Map<number, number>();
  const idx = (col: number) => {
    let k = colIndex.get(col);
    if (k === undefined) colIndex.set(col, (k = reindex(c.variable, c.input, col)));
    return k;
  };
  MATRICES.forEach((m, mi) => {
    const eta = [1n, etaB, etaC][mi] as bigint;
    st.pk.index.matrices[m].forEach((row, r) => {
      const l = Fr.mul(lag[r] as bigint, eta);
      for (const [col, v] of row) {
        const k = idx(col);
        evals[k] = ((evals[k] as bigint) + v * l) % Fr.p;
      }
    });
  });
  return c.variable.ifft(evals);
}

/** Matrix sumcheck of one matrix: σ_M, g_M and h_M = (a - b·f)/v_K. */
function matrixSumcheck(st: State, k: number, alpha: bigint, beta: bigint) {
  const { c } = st;
  const e = st.pk.index.evals[MATRICES[k] as 'a'];
  const K = e.domain;
  const vRC = Fr.mul(c.constraint.vanishingAt(alpha), c.variable.vanishingAt(beta));
  const rc = Fr.mul(c.constraint.sizeFe, c.variable.sizeFe);
  const ab = Fr.mul(alpha, beta);
  const denoms = e.row.map((r, i) => Fr.mul(Fr.sub(alpha, r), Fr.sub(beta, e.col[i] as bigint)));
  const inv = batchInvert(denoms);
  const cst = Fr.div(vRC, rc);
  const f = K.ifft(e.rowColVal.map((v, i) => Fr.mul(Fr.mul(v, cst), inv[i] as bigint)));
  const a = K.ifft(e.rowColVal.map((v) => Fr.mul(v, vRC)));
  const b = K.ifft(
    e.row.map((r, i) => {
      const col = e.col[i] as bigint;
      return Fr.mul(
        rc,
        Fr.add(Fr.sub(Fr.sub(ab, Fr.mul(beta, r)), Fr.mul(alpha, col)), e.rowCol[i] as bigint),
      );
    }),
  );
  const num = addScaled(a.slice(), mul(b, f), Fr.p - 1n);
  const { q, r } = divideByVanishing(num, K.size);
  if (r.some((v) => v !== 0n)) throw new Error('matrix sumcheck: a - b·f does not vanish on K');
  return { sum: f[0] as bigint, g: f.slice(1), h: q, domain: K };
}

function batchInvert(xs: bigint[]): bigint[] {
  const out = new Array<bigint>(xs.length);
  let acc = 1n;
  for (let i = 0; i < xs.length; i++) {
    out[i] = acc;
    acc = Fr.mul(acc, xs[i] as bigint);
  }
  let inv = Fr.inv(acc);
  for (let i = xs.length - 1; i >= 0; i--) {
    const t = Fr.mul(inv, out[i] as bigint);
    inv = Fr.mul(inv, xs[i] as bigint);
    out[i] = t;
  }
  return out;
}

/** prove_batch: a Varuna proof of every instance of every circuit. */
export function proveBatch(srs: ProverSrs, batch: readonly ProverEntry[], version: VarunaVersion = 2): Proof {
  if (batch.length === 0) throw new VarunaInputError('empty batch');
  const entries = [...batch].sort((a, b) => Buffer.compare(a.pk.vk.id, b.pk.vk.id));
  const states: State[] = entries.map((e) => {
    if (e.assignments.length === 0) throw new VarunaInputError('a circuit with no instance');
    const d = circuitDomains(e.pk.vk.info);
    const nX = d.input.size;
    const c: CircuitState = { id: hex(e.pk.vk.id), ...d, inputs: e.assignments.map((z) => z.slice(0, nX)) };
    return { pk: e.pk, c, instances: e.assignments.map((z) => instance(e.pk, c, z)) };
  });
  const batchSizes = states.map((s) => s.instances.length);
  const maxOf = (f: (s: State) => Domain) => states.map(f).reduce((a, b) => (b.size > a.size ? b : a));
  const max = {
    constraint: maxOf((s) => s.c.constraint),
    variable: maxOf((s) => s.c.variable),
    nonZero: maxOf((s) => s.c.nonZero.reduce((a, b) => (b.size > a.size ? b : a))),
  };

  const sponge = new VarunaSponge();
  sponge.absorbBytes(PROTOCOL);
  states.forEach((s, i) => {
    sponge.absorbBytes(u64le(batchSizes[i] as number));
    for (const x of s.c.inputs) sponge.absorbNonNative(x);
  });
  for (const s of states) sponge.absorbCommitments(s.pk.vk.commitments);

  const committed = new Map<string, Committed>();
  states.forEach((s) => {
    INDEX_LABELS.forEach((l, k) => {
      const poly = s.pk.polys.get(l) as Poly;
      committed.set(`circuit_${s.c.id}_${l}`, {
        poly,
        bound: undefined,
        blinding: undefined,
        commitment: s.pk.vk.commitments[k] as G1Affine,
      });
    });
  });
  const put = (label: string, c: Committed) => {
    committed.set(label, c);
    return c.commitment;
  };

  // First round.
  const w: G1Affine[] = [];
  for (const s of states)
    s.instances.forEach((inst, j) => {
      w.push(put(witnessLabel(s.c.id, 'w', j), commit(srs, inst.w, { hiding: true })));
    });
  const maskPoly = put('mask_poly', commit(srs, maskPolynomial(max.variable)));
  sponge.absorbCommitments([...w, maskPoly]);
  const first = combiners(sponge, batchSizes);

  // Second round: the rowcheck.
  const rowcheck: Poly = [];
  states.forEach((s, i) => {
    const comb = first[i] as BatchCombiners;
    const sum: Poly = [];
    s.instances.forEach((inst, j) => {
      const [za, zb, zc] = inst.zM;
      const t = addScaled(mul(za, zb), zc, Fr.p - 1n);
      addScaled(sum, t, comb.instances[j] as bigint);
    });
    addScaled(rowcheck, applySelector(sum, s.c.constraint, max.constraint), comb.circuit);
  });
  const h0Div = divideByVanishing(rowcheck, max.constraint.size);
  if (h0Div.r.some((v) => v !== 0n))
    throw new VarunaInputError('the assignment does not satisfy the circuit');
  const h0 = put('h_0', commit(srs, h0Div.q));
  sponge.absorbCommitments([h0]);
  const [alpha, etaB1, etaC1] = sponge.squeezeFr(version === 1 ? 3 : 1) as [bigint, bigint?, bigint?];

  // Third round: the lineval sumcheck.
  const thirdSums: MatrixSums[][] = states.map((s) =>
    s.instances.map((inst) => ({
      a: evaluate(inst.zM[0], alpha),
      b: evaluate(inst.zM[1], alpha),
      c: evaluate(inst.zM[2], alpha),
    })),
  );
  let third = first;
  let etaB = etaB1 as bigint;
  let etaC = etaC1 as bigint;
  if (version === 2) {
    absorbSums(sponge, thirdSums.flat());
    third = combiners(sponge, batchSizes);
    [etaB, etaC] = sponge.squeezeFr(2) as [bigint, bigint];
  }
  const lineval: Poly = (committed.get('mask_poly') as Committed).poly.slice();
  states.forEach((s, i) => {
    const comb = third[i] as BatchCombiners;
    const t = linevalPoly(s, alpha, etaB, etaC);
    const sum: Poly = [];
    s.instances.forEach((inst, j) => {
      addScaled(sum, mul(t, inst.z), comb.instances[j] as bigint);
    });
    addScaled(lineval, applySelector(sum, s.c.variable, max.variable), comb.circuit);
  });
  const { q: h1Poly, r: xg1 } = divideByVanishing(lineval, max.variable.size);
  const g1 = put('g_1', commit(srs, xg1.slice(1), { bound: max.variable.size - 2, hiding: true }));
  const h1 = put('h_1', commit(srs, h1Poly));
  sponge.absorbCommitments([g1, h1]);
  if (version === 1) absorbSums(sponge, thirdSums.flat());
  const [beta] = sponge.squeezeFr(1) as [bigint];

  // Fourth round: the matrix sumchecks.
  const fourthSums: MatrixSums[] = [];
  const lhs: Poly[][] = [];
  const gComms: G1Affine[][] = [[], [], []];
  const fourth: G1Affine[] = [];
  for (const s of states) {
    const sums: bigint[] = [];
    const hs: Poly[] = [];
    MATRICES.forEach((m, k) => {
      const ms = matrixSumcheck(s, k, alpha, beta);
      sums.push(ms.sum);
      // selector·(a - b·f)/v_Kmax = (|K|/|Kmax|)·(a - b·f)/v_K.
      hs.push(scale(ms.h, Fr.mul(ms.domain.sizeFe, max.nonZero.sizeInv)));
      const g = put(witnessLabel(s.c.id, `g_${m}`, 0), commit(srs, ms.g, { bound: ms.domain.size - 2 }));
      (gComms[k] as G1Affine[]).push(g);
      fourth.push(g);
    });
    fourthSums.push({ a: sums[0] as bigint, b: sums[1] as bigint, c: sums[2] as bigint });
    lhs.push(hs);
  }
  sponge.absorbCommitments(fourth);
  absorbSums(sponge, fourthSums);
  const delta: [bigint[], bigint[], bigint[]] = [[1n], [], []];
  const [db, dc] = sponge.squeezeFr(2) as [bigint, bigint];
  delta[1].push(db);
  delta[2].push(dc);
  for (let i = 1; i < states.length; i++) {
    const [a, b, c] = sponge.squeezeFr(3) as [bigint, bigint, bigint];
    delta[0].push(a);
    delta[1].push(b);
    delta[2].push(c);
  }

  // Fifth round.
  const h2Poly: Poly = [];
  lhs.forEach((hs, i) => {
    hs.forEach((h, k) => {
      addScaled(h2Poly, h, (delta[k] as bigint[])[i] as bigint);
    });
  });
  const h2 = put('h_2', commit(srs, h2Poly));
  sponge.absorbCommitments([h2]);
  const [gamma] = sponge.squeezeFr(1) as [bigint];

  const at = (label: string, x: bigint) => evaluate((committed.get(label) as Committed).poly, x);
  const evals = {
    g1: at('g_1', beta),
    ga: states.map((s) => at(witnessLabel(s.c.id, 'g_a', 0), gamma)),
    gb: states.map((s) => at(witnessLabel(s.c.id, 'g_b', 0), gamma)),
    gc: states.map((s) => at(witnessLabel(s.c.id, 'g_c', 0), gamma)),
  };
  sponge.absorbNonNative([evals.g1, ...evals.ga, ...evals.gb, ...evals.gc]);

  const proof: Proof = {
    batchSizes,
    w,
    maskPoly,
    h0,
    g1,
    h1,
    ga: gComms[0] as G1Affine[],
    gb: gComms[1] as G1Affine[],
    gc: gComms[2] as G1Affine[],
    h2,
    evals,
    thirdSums,
    fourthSums,
    pc: [],
  };
  const lcs = linearCombinations(
    states.map((s) => s.c),
    max,
    { alpha, beta, gamma, etaB, etaC, first, third, delta },
    proof,
  );
  // The query set by point name (alpha, beta, gamma), labels in order.
  const byPoint: [bigint, string[]][] = [
    [alpha, ['rowcheck_zerocheck']],
    [beta, ['g_1', 'lineval_sumcheck']],
    [
      gamma,
      [...states.flatMap((s) => MATRICES.map((m) => witnessLabel(s.c.id, `g_${m}`, 0))), 'matrix_sumcheck'],
    ],
  ];
  for (const [point, labels] of byPoint) {
    const parts: [bigint, Committed][] = [];
    for (const label of [...labels].sort()) {
      const lc = lcs.get(label);
      if (!lc) throw new Error(`no linear combination ${label}`);
      const ch = sponge.squeezeShortFr();
      for (const [coeff, l] of lc.terms) {
        if (l === null) continue;
        parts.push([Fr.mul(ch, coeff), committed.get(l) as Committed]);
      }
    }
    proof.pc.push(openCombined(srs, parts, point));
    sponge.squeezeShortFr();
  }
  return proof;
}

/** calculate_mask_poly: r(x)·v_V(x) + a random degree-5 polynomial without constant term (sums to 0 on V). */
function maskPolynomial(v: Domain): Poly {
  const m = mulByVanishing(randomPoly(4), v.size);
  const g = randomPoly(6);
  g[0] = 0n;
  return addScaled(m, g);
}
