/**
 * `npm run bench:aleo -- --curves`: the measurement behind the choice of BLS12-377 library
 * (docs/avm.md, "Curves and proofs"). Side by side, interleaved, after a warm-up, median of
 * the runs: G1 scalar multiplication and a 4,096-point MSM on mcl-wasm and on @noble/curves'
 * generic short-Weierstrass code (instantiated for BLS12-377 G1 with the SRS generator), and a
 * pairing: mcl-wasm's BLS12-377 against noble's BLS12-381 — noble's tower hard-codes u² = -1,
 * so it cannot express BLS12-377's Fq2 = Fq[u]/(u² + 5); BLS12-381 (the same 384-bit limbs)
 * is the nearest measure of what a noble-style BLS12-377 pairing would cost.
 */
import { pippenger } from '@noble/curves/abstract/curve.js';
import { weierstrass } from '@noble/curves/abstract/weierstrass.js';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import {
  G2_GENERATOR,
  g1,
  g1Msm,
  g1Mul,
  g2,
  initBls12377,
  pairingProductIsOne,
} from '../../src/avm/curves/bls12-377.js';
import { Fq, Fr } from '../../src/avm/curves/fields.js';
import { loadVerifierSrs } from '../../src/avm/varuna/srs.js';

export interface CurveRow {
  op: string;
  mclMs: number;
  nobleMs: number;
  /** noble / mcl. */
  ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Runs a and b alternately `runs` times after one warm-up each; medians in ms. */
function sideBySide(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(time(a));
    tb.push(time(b));
  }
  return [median(ta), median(tb)];
}

let seed = 0x1234567n;
const rand = () => {
  seed = Fr.mod(seed * 6364136223846793005n + 1442695040888963407n) ** 3n;
  return Fr.mod(seed);
};

export async function benchCurves(): Promise<CurveRow[]> {
  await initBls12377();
  const srs = loadVerifierSrs();
  const Noble = weierstrass({
    p: Fq.p,
    n: Fr.p,
    h: 0x170b5d44300000000000000000000000n,
    a: 0n,
    b: 1n,
    Gx: srs.g.x,
    Gy: srs.g.y,
  });
  const rows: CurveRow[] = [];
  const row = (op: string, [mclMs, nobleMs]: [number, number]) => {
    rows.push({ op, mclMs, nobleMs, ratio: nobleMs / mclMs });
  };

  const k = rand();
  const G = g1(srs.g);
  row(
    'G1 scalar multiplication',
    sideBySide(
      20,
      () => g1Mul(G, k),
      () => Noble.BASE.multiply(k),
    ),
  );

  const n = 4096;
  const scalars = Array.from({ length: n }, rand);
  const ks = Array.from({ length: n }, rand);
  const mclPoints = ks.map((s) => g1Mul(G, s));
  const noblePoints = ks.map((s) => Noble.BASE.multiply(s));
  row(
    `G1 MSM of ${n} points`,
    sideBySide(
      3,
      () => g1Msm(mclPoints, scalars),
      () => pippenger(Noble, noblePoints, scalars),
    ),
  );

  const Q = g2(G2_GENERATOR);
  const P381 = bls12_381.G1.Point.BASE;
  const Q381 = bls12_381.G2.Point.BASE;
  row(
    'pairing (mcl BLS12-377, noble BLS12-381)',
    sideBySide(
      10,
      () => pairingProductIsOne([[G, Q]]),
      () => bls12_381.pairing(P381, Q381),
    ),
  );
  return rows;
}
