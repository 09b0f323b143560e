/**
 * A synthetic R1CS for prover tests: `numPublic` public inputs (the first the constant one),
 * `numFree` unconstrained private variables, then `n` constraints (Σ of a few earlier variables)·(one earlier variable) = a new private
 * variable, so that A, B and C have different numbers of non-zero entries (different K domains)
 * and the assignment satisfies every row. The structure is deterministic in `seed`; `shift`
 * moves the input values only (another instance of the same circuit).
 */
import type { Matrices, Row } from '../../../src/avm/circuit/index.js';
import { Fr } from '../../../src/avm/curves/fields.js';

export interface SyntheticCircuit {
  matrices: Matrices;
  /** z: public inputs padded to a power of two, then private variables. */
  assignment: bigint[];
  publicInputs: bigint[];
}

export function syntheticCircuit(
  n: number,
  numPublic: number,
  numFree: number,
  seed = 1,
  shift = 0n,
): SyntheticCircuit {
  let s = seed;
  const rand = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s >>> 8) % k;
  };
  let padded = 1;
  while (padded < numPublic) padded *= 2;
  const publicInputs = [1n, ...Array.from({ length: numPublic - 1 }, (_, i) => BigInt(i * 7 + 3) + shift)];
  const z = [...publicInputs, ...new Array<bigint>(padded - numPublic).fill(0n)];
  // Columns usable as operands: the real public inputs, then every private variable so far.
  const cols = publicInputs.map((_, i) => i);
  for (let i = 0; i < numFree; i++) {
    cols.push(z.length);
    z.push(BigInt(1000 + rand(1000)) + shift);
  }
  const a: Row[] = [];
  const b: Row[] = [];
  const c: Row[] = [];
  for (let i = 0; i < n; i++) {
    const terms = new Map<number, bigint>();
    for (let k = 0, m = 1 + rand(6); k < m; k++) {
      const col = cols[rand(cols.length)] as number;
      terms.set(col, Fr.add(terms.get(col) ?? 0n, BigInt(1 + rand(5))));
    }
    const rowA = [...terms].filter(([, v]) => v !== 0n).sort((x, y) => x[0] - y[0]);
    const bCol = cols[rand(cols.length)] as number;
    const va = rowA.reduce((acc, [col, v]) => Fr.add(acc, Fr.mul(v, z[col] as bigint)), 0n);
    const out = z.length;
    z.push(Fr.mul(va, z[bCol] as bigint));
    a.push(rowA);
    b.push([[bCol, 1n]]);
    c.push([[out, 1n]]);
    cols.push(out);
  }
  return {
    matrices: { a, b, c, numPublic, numPaddedPublic: padded, numPrivate: z.length - padded },
    assignment: z,
    publicInputs,
  };
}
