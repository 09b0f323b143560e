/**
 * Varuna's indexer (snarkVM algorithms/src/snark/varuna/ahp/indexer/indexer.rs index_helper,
 * ahp/matrices.rs matrix_evals, varuna.rs batch_circuit_setup): from a function's R1CS (with
 * the zero-knowledge row and variables appended), each matrix M becomes four evaluation vectors
 * on its non-zero domain K_M, one entry per non-zero M[r][c] in row-major order:
 *   row = ω_C^r,  col = ω_V^{reindex(c)},  row_col = row·col,  row_col_val = M[r][c]·row·col,
 * padded with (1, 1, 1, 0). reindex places the public input domain X inside V (column i < |X|
 * at i·|V|/|X|, the others in the gaps). The polynomials interpolating them on K_M are
 * committed (KZG10, no hiding, no degree bound) and the verifying key lists the twelve
 * commitments in label order (col_a … row_col_val_c).
 */

import type { Matrices, Row } from '../circuit/index.js';
import { circuitId, indexed } from '../circuit/r1cs.js';
import { type G1, g1Affine } from '../curves/bls12-377.js';
import { Domain } from '../curves/domain.js';
import { VarunaInputError } from '../curves/errors.js';
import { Fr } from '../curves/fields.js';
import type { CircuitInfo, VerifyingKey } from './encoding.js';
import { msm } from './msm.js';
import type { ProverSrs } from './srs.js';

export type MatrixName = 'a' | 'b' | 'c';
export const MATRICES: readonly MatrixName[] = ['a', 'b', 'c'];

/** One matrix's index evaluations on its non-zero domain K. */
export interface MatrixEvals {
  domain: Domain;
  row: bigint[];
  col: bigint[];
  rowCol: bigint[];
  rowColVal: bigint[];
}

export interface CircuitIndex {
  info: CircuitInfo;
  /** The circuit id (Blake2s-256 of the info and matrices). */
  id: Uint8Array;
  /** The matrices with the zero-knowledge row. */
  matrices: Record<MatrixName, Row[]>;
  input: Domain;
  variable: Domain;
  constraint: Domain;
  evals: Record<MatrixName, MatrixEvals>;
}

/** EvaluationDomain::reindex_by_subdomain: the index in V of variable i when X ⊂ V comes first. */
export function reindex(variable: Domain, input: Domain, i: number): number {
  if (variable.size <= input.size)
    throw new VarunaInputError('the variable domain must exceed the input domain');
  const period = variable.size / input.size;
  if (i < input.size) return i * period;
  const j = i - input.size;
  return j + Math.floor(j / (period - 1)) + 1;
}

function matrixEvals(rows: readonly Row[], nonZero: number, ix: Omit<CircuitIndex, 'evals' | 'id' | 'info'>) {
  const domain = Domain.of(nonZero);
  const rowsC = ix.constraint.elements();
  const colsV = ix.variable.elements();
  const e: MatrixEvals = { domain, row: [], col: [], rowCol: [], rowColVal: [] };
  rows.forEach((r, i) => {
    const rowEl = rowsC[i] as bigint;
    for (const [c, v] of r) {
      const colEl = colsV[reindex(ix.variable, ix.input, c)] as bigint;
      const rc = Fr.mul(rowEl, colEl);
      e.row.push(rowEl);
      e.col.push(colEl);
      e.rowCol.push(rc);
      e.rowColVal.push(Fr.mul(v, rc));
    }
  });
  for (let k = e.row.length; k < domain.size; k++) {
    e.row.push(1n);
    e.col.push(1n);
    e.rowCol.push(1n);
    e.rowColVal.push(0n);
  }
  return e;
}

/** AHPForR1CS::index: the domains and index evaluations of a circuit's matrices. */
export function indexCircuit(m: Matrices): CircuitIndex {
  const { a, b, c, info: ci } = indexed(m);
  const info: CircuitInfo = {
    numPublicInputs: ci.numPublicInputs,
    numVariables: ci.numVariables,
    numConstraints: ci.numConstraints,
    nonZeroA: ci.nonZero.a,
    nonZeroB: ci.nonZero.b,
    nonZeroC: ci.nonZero.c,
  };
  const base = {
    matrices: { a, b, c },
    input: Domain.of(info.numPublicInputs),
    variable: Domain.of(info.numVariables),
    constraint: Domain.of(info.numConstraints),
  };
  const evals = {
    a: matrixEvals(a, info.nonZeroA, base),
    b: matrixEvals(b, info.nonZeroB, base),
    c: matrixEvals(c, info.nonZeroC, base),
  };
  const id = Uint8Array.from(Buffer.from(circuitId(m).id, 'hex'));
  return { ...base, info, id, evals };
}

const POLYS = ['col', 'row', 'row_col', 'row_col_val'] as const;
const FIELD = { col: 'col', row: 'row', row_col: 'rowCol', row_col_val: 'rowColVal' } as const;

/** The twelve index polynomials (coefficients), keyed `${poly}_${matrix}`, in label order. */
export function indexPolynomials(ix: CircuitIndex): Map<string, bigint[]> {
  const out = new Map<string, bigint[]>();
  const labels = POLYS.flatMap((p) => MATRICES.map((mat) => [p, mat] as const)).sort((x, y) =>
    `${x[0]}_${x[1]}` < `${y[0]}_${y[1]}` ? -1 : 1,
  );
  for (const [p, mat] of labels) {
    const e = ix.evals[mat];
    out.set(`${p}_${mat}`, e.domain.ifft(e[FIELD[p]]));
  }
  return out;
}

/** KZG10 commitment without hiding: Σ pᵢ·βⁱG. */
export function commitPlain(srs: ProverSrs, coeffs: readonly bigint[]): G1 {
  return msm(srs.powers(coeffs.length), coeffs);
}

/** CircuitSetup: the verifying key of an indexed circuit (`numVariables`: the console key's trailing count). */
export function circuitVerifyingKey(ix: CircuitIndex, srs: ProverSrs, numVariables?: bigint): VerifyingKey {
  return circuitVerifyingKeyFrom(ix, indexPolynomials(ix), srs, numVariables);
}

/** The verifying key from the index polynomials already interpolated. */
export function circuitVerifyingKeyFrom(
  ix: CircuitIndex,
  polys: ReadonlyMap<string, bigint[]>,
  srs: ProverSrs,
  numVariables: bigint = BigInt(ix.info.numVariables),
): VerifyingKey {
  const commitments = [...polys.values()].map((p) => g1Affine(commitPlain(srs, p)));
  return { info: ix.info, commitments, id: ix.id, numVariables };
}
