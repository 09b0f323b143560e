import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVerifierSrs, srsAvailable, srsDir } from '../varuna/srs.js';
import {
  G2_GENERATOR,
  g1,
  g1Affine,
  g1FromX,
  g1Msm,
  g1Mul,
  g1Neg,
  g2,
  g2Mul,
  initBls12377,
  isInSubgroupG1,
  isInSubgroupG2,
  pairingProductIsOne,
} from './bls12-377.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { Domain } from './domain.js';
import { Fq, Fr } from './fields.js';

beforeAll(() => initBls12377());

/** G1's cofactor (curves/src/bls12_377/g1.rs): h·P is in the prime-order subgroup. */
const COFACTOR = 0x170b5d44300000000000000000000000n;
const point = (x: bigint) => g1Mul(g1(g1FromX(x, true, 'x')), COFACTOR);

describe('BLS12-377 Fr domains', () => {
  it('reproduces snarkVM’s domain of size 8 (varuna/resources/circuit_0/domain/C.txt)', () => {
    // The first, second and fifth elements of C.txt (transcribed).
    const d = Domain.of(5);
    expect(d.size).toBe(8);
    const els = d.elements();
    expect(els[1]).toBe(3279917132858342911831074864712036382710139745724269329239664300762234227201n);
    expect(els[2]).toBe(880904806456922042258150504921383618666682042621506879489n);
    expect(els[4]).toBe(Fr.p - 1n);
    expect(d.vanishingAt(els[3] as bigint)).toBe(0n);
  });

  it('gives Lagrange coefficients that interpolate a polynomial', () => {
    const d = Domain.of(16);
    const poly = (x: bigint) => Fr.add(Fr.mul(Fr.mul(x, x), 7n), 3n);
    const tau = 123456789n;
    const lag = d.lagrangeAt(tau);
    const v = d.elements().reduce((acc, w, i) => Fr.add(acc, Fr.mul(poly(w), lag[i] as bigint)), 0n);
    expect(v).toBe(poly(tau));
    expect(d.lagrangeAt(d.elements()[5] as bigint)[5]).toBe(1n);
  });
});

describe('BLS12-377 groups', () => {
  it('has a bilinear pairing on snarkVM’s G2 generator', () => {
    const p = point(5n);
    expect(isInSubgroupG2(G2_GENERATOR)).toBe(true);
    const q = g2(G2_GENERATOR);
    // e(3P, Q)·e(-P, 3Q) = 1, and e(P, Q) ≠ 1.
    expect(
      pairingProductIsOne([
        [g1Mul(p, 3n), q],
        [g1Neg(p), g2Mul(q, 3n)],
      ]),
    ).toBe(true);
    expect(
      pairingProductIsOne([
        [g1Mul(p, 3n), q],
        [g1Neg(p), g2Mul(q, 2n)],
      ]),
    ).toBe(false);
    expect(pairingProductIsOne([[p, q]])).toBe(false);
  });

  it('computes a multi-scalar multiplication', () => {
    const p = point(5n);
    const pts = [p, g1Mul(p, 2n), g1Mul(p, 5n)];
    expect(g1Affine(g1Msm(pts, [3n, 4n, Fr.p - 1n]))).toEqual(g1Affine(g1Mul(p, 6n)));
  });

  it('encodes compressed points and refuses non-canonical or foreign ones', () => {
    const p = g1Affine(g1Mul(point(5n), 0x1234n));
    const bytes = new ByteWriter().g1(p).bytes();
    expect(bytes.length).toBe(48);
    expect(new ByteReader(bytes, 'p').g1()).toEqual(p);
    const neg = { ...p, y: Fq.neg(p.y) };
    expect(new ByteReader(new ByteWriter().g1(neg).bytes(), 'p').g1()).toEqual(neg);
    const both = new Uint8Array(bytes);
    both[47] = (both[47] as number) | 0xc0;
    expect(() => new ByteReader(both, 'proof').g1()).toThrow(/invalid point flags/);
    const big = new Uint8Array(48).fill(0xff);
    big[47] = 0x3f;
    expect(() => new ByteReader(big, 'proof').g1()).toThrow(/not canonical/);
    const fr = new ByteWriter().fr(Fr.p - 1n).bytes();
    fr[0] = (fr[0] as number) + 1;
    expect(() => new ByteReader(fr, 'proof').fr()).toThrow('proof: field element at 0 is not canonical');
  });

  it('writes every value whole when the buffer grows (past its first 1,024 bytes)', () => {
    // Each kind of value, written at every offset around the growth point.
    for (let pad = 1015; pad <= 1025; pad++) {
      const w = new ByteWriter().raw(new Uint8Array(pad).fill(7));
      w.u8(0xab)
        .u64(0x0102030405060708n)
        .fr(Fr.p - 2n)
        .raw(new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
        .bool(true)
        .fr(Fr.p - 3n);
      const bytes = w.bytes();
      expect(bytes.length).toBe(pad + 1 + 8 + 32 + 10 + 1 + 32);
      const r = new ByteReader(bytes, 'b');
      expect(r.bytesN(pad).every((b) => b === 7)).toBe(true);
      expect(r.u8()).toBe(0xab);
      expect(r.u64()).toBe(0x0102030405060708n);
      expect(r.fr()).toBe(Fr.p - 2n);
      expect([...r.bytesN(10)]).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(r.bool()).toBe(true);
      expect(r.fr()).toBe(Fr.p - 3n);
      r.end();
    }
  });

  it('refuses a curve point outside the prime-order subgroup', () => {
    // Points with x = 1..20 that lie on y² = x³ + 1 are almost all outside the subgroup (cofactor h).
    const raw = g1FromX(5n, true, 'x');
    expect(isInSubgroupG1(raw)).toBe(false);
    expect(isInSubgroupG1(g1Affine(point(5n)))).toBe(true);
    const bytes = new ByteWriter().g1(raw).bytes();
    expect(() => new ByteReader(bytes, 'proof').g1()).toThrow("proof: point at 0 is not in G1's subgroup");
  });
});

describe.skipIf(!srsAvailable())(
  `Aleo universal SRS${srsAvailable() ? '' : ` (skipped: data not found at ${srsDir()})`}`,
  () => {
    it('is consistent: e(βG, H) = e(G, βH), and every degree-bound shift is in G2', () => {
      const srs = loadVerifierSrs();
      const r = new ByteReader(new Uint8Array(readFileSync(join(srsDir(), 'powers-of-beta-15.usrs'))), 'srs');
      expect(r.count('n', 1 << 20)).toBe(32768);
      const [g, betaG] = [r.g1Uncompressed(), r.g1Uncompressed()];
      expect(g).toEqual(srs.g);
      expect(
        pairingProductIsOne([
          [g1(betaG), g2(srs.h)],
          [g1Neg(g1(g)), g2(srs.betaH)],
        ]),
      ).toBe(true);
      expect([...srs.negPowersOfBetaH.keys()].slice(0, 4)).toEqual([0, 2, 6, 14]);
      for (const h of srs.negPowersOfBetaH.values()) expect(isInSubgroupG2(h)).toBe(true);
    });
  },
);
