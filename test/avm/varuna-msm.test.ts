/**
 * The bucket-method MSM against the definition Σ kᵢ·Pᵢ computed point by point with mcl's
 * scalar multiplication: random points and scalars, and the edge cases the bucket method has
 * to get right (zero scalars, r - 1, scalars ≥ r, repeated points landing in one bucket,
 * the point at infinity, digits crossing 32-bit limbs).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type G1,
  g1,
  g1Add,
  g1Affine,
  g1Mul,
  g1Neg,
  initBls12377,
  isInSubgroupG1,
} from '../../src/avm/curves/bls12-377.js';
import { Fr } from '../../src/avm/curves/fields.js';
import { initVaruna, loadProverSrs, srsAvailable, srsDir } from '../../src/avm/varuna/index.js';
import { msm } from '../../src/avm/varuna/msm.js';

// The G1 generator snarkVM uses (curves/src/bls12_377/g1.rs).
const GEN = {
  x: 0x008848defe740a67c8fc6225bf87ff5485951e2caa9d41bb188282c8bd37cb5cd5481512ffcd394eeab9b16eb21be9efn,
  y: 0x01914a69c5102eff1f674f5d30afeec4bd7fb348ca3e52d96d182ad44fb82305c2fe3d3634a9591afd82de55559c8ea6n,
  infinity: false,
};

let seed = 0x9e3779b97f4a7c15n;
function rand(): bigint {
  let x = 0n;
  for (let i = 0; i < 4; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    x = (x << 64n) | seed;
  }
  return x % Fr.p;
}

function naive(points: readonly G1[], scalars: readonly bigint[]): G1 {
  let acc = g1({ x: 0n, y: 1n, infinity: true });
  for (let i = 0; i < points.length; i++) acc = g1Add(acc, g1Mul(points[i] as G1, scalars[i] as bigint));
  return acc;
}

describe('bucket MSM', () => {
  let pts: G1[];
  beforeAll(async () => {
    await initBls12377();
    expect(isInSubgroupG1(GEN)).toBe(true);
    const g = g1(GEN);
    pts = [];
    for (let i = 0; i < 700; i++) pts.push(g1Mul(g, rand()));
  });

  it.each([64, 65, 300, 700])('equals Σ kᵢ·Pᵢ for %i random points and scalars', (n) => {
    const ps = pts.slice(0, n);
    const ks = ps.map(() => rand());
    const want = g1Affine(naive(ps, ks));
    expect(g1Affine(msm(ps, ks))).toEqual(want);
    // Buckets by batched affine additions (on by default from 256 buckets, forced here).
    expect(g1Affine(msm(ps, ks, { affine: true }))).toEqual(want);
    expect(g1Affine(msm(ps, ks, { affine: false }))).toEqual(want);
  });

  it('handles zero, r - 1, out-of-range scalars, repeated points and infinity', () => {
    const ps = pts.slice(0, 200);
    ps[3] = ps[2] as G1;
    ps[4] = ps[2] as G1;
    ps[7] = g1({ x: 0n, y: 1n, infinity: true });
    const ks = ps.map((_, i) => (i % 5 === 0 ? 0n : rand()));
    ks[1] = Fr.p - 1n;
    ks[2] = 5n;
    ks[3] = 5n;
    ks[4] = 5n;
    ks[6] = (1n << 253n) - 1n;
    ks[8] = (1n << 32n) - 1n;
    const reduced = ks.map((k) => k % Fr.p);
    const want = g1Affine(naive(ps, reduced));
    expect(g1Affine(msm(ps, ks))).toEqual(want);
    expect(g1Affine(msm(ps, ks, { affine: true }))).toEqual(want);
    expect(want.infinity).toBe(false);
    // A point and its negation, and a point twice, in one affine bucket: P + (−P) and P + P.
    const qs = pts.slice(0, 100);
    qs[10] = g1Neg(qs[9] as G1);
    qs[11] = qs[9] as G1;
    qs[12] = qs[9] as G1;
    const ls = qs.map(() => rand());
    ls[9] = 77n;
    ls[10] = 77n;
    ls[11] = 77n;
    ls[12] = 77n + (1n << 40n);
    expect(g1Affine(msm(qs, ls, { affine: true }))).toEqual(g1Affine(naive(qs, ls)));
    expect(
      g1Affine(
        msm(
          ps,
          ks.map(() => 0n),
        ),
      ).infinity,
    ).toBe(true);
  });
});

describe.skipIf(!srsAvailable())(
  `bucket MSM at prover sizes${srsAvailable() ? '' : ` (skipped: data not found at ${srsDir()})`}`,
  () => {
    it('2^13 SRS powers (256 buckets: affine by default) equal the mixed-addition buckets, checked above against Σ kᵢ·Pᵢ', async () => {
      await initVaruna();
      const bases = loadProverSrs().powers(1 << 13);
      const ks = bases.map(() => rand());
      ks[5] = 0n;
      ks[6] = Fr.p - 1n;
      const a = g1Affine(msm(bases, ks));
      expect(a).toEqual(g1Affine(msm(bases, ks, { affine: false })));
      expect(a.infinity).toBe(false);
    }, 120_000);
  },
);
