import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { GLV, recoverPublicKey, splitScalar } from './recover.js';

const { n: N, p: P } = secp256k1.Point.CURVE();
const Fn = secp256k1.Point.Fn;
const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('hex') : undefined);
const be32 = (v: bigint) =>
  Uint8Array.from({ length: 32 }, (_, i) => Number((v >> BigInt(8 * (31 - i))) & 0xffn));

/** noble's answer, the oracle: its key, or undefined where it throws. */
function noble(hash: Uint8Array, rec: number, r: bigint, s: bigint): string | undefined {
  try {
    return hex(new secp256k1.Signature(r, s).addRecoveryBit(rec).recoverPublicKey(hash).toBytes(false));
  } catch {
    return undefined;
  }
}
const same = (hash: Uint8Array, rec: number, r: bigint, s: bigint) =>
  expect(hex(recoverPublicKey(hash, rec, r, s)), `rec ${rec} r ${r} s ${s}`).toBe(noble(hash, rec, r, s));

describe('the GLV endomorphism of secp256k1', () => {
  const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;
  it('beta and lambda are cube roots of unity, and lambda G = (beta x, y)', () => {
    const { beta, lambda } = GLV;
    expect(beta ** 3n % P).toBe(1n);
    expect(lambda ** 3n % N).toBe(1n);
    expect(beta).not.toBe(1n);
    const g = secp256k1.Point.BASE.toAffine();
    const l = secp256k1.Point.BASE.multiply(lambda).toAffine();
    expect(l).toEqual({ x: (beta * g.x) % P, y: g.y });
  });

  it('the basis vectors are in the lattice, and scalars split into halves below 2^128', () => {
    const { lambda, a1, b1, a2, b2 } = GLV;
    expect(mod(a1 + b1 * lambda, N)).toBe(0n);
    expect(mod(a2 + b2 * lambda, N)).toBe(0n);
    const ks = [0n, 1n, 2n, N - 1n, N / 2n, lambda, N - lambda];
    for (let i = 0; i < 300; i++) ks.push(Fn.fromBytes(keccak_256(Uint8Array.of(i, 7))));
    for (const k of ks) {
      const [k1, k2] = splitScalar(k);
      expect(mod(k1 + k2 * lambda, N)).toBe(k);
      expect(k1 < 1n << 128n && -k1 < 1n << 128n && k2 < 1n << 128n && -k2 < 1n << 128n).toBe(true);
    }
  });
});

describe('secp256k1 public-key recovery (equal to @noble/curves)', () => {
  it('recovers the signer of random signatures, and the other key for the other recovery id', () => {
    for (let i = 0; i < 200; i++) {
      const key = secp256k1.utils.randomSecretKey();
      const hash = keccak_256(Uint8Array.of(i, i >> 8));
      const sig = secp256k1.Signature.fromBytes(
        secp256k1.sign(hash, key, { prehash: false, format: 'recovered' }),
        'recovered',
      );
      expect(hex(recoverPublicKey(hash, sig.recovery!, sig.r, sig.s))).toBe(
        hex(secp256k1.getPublicKey(key, false)),
      );
      same(hash, 1 - sig.recovery!, sig.r, sig.s);
    }
  });

  it('gives no key where x = r is not on the curve', () => {
    let tried = 0;
    for (let r = 1n; tried < 5; r++) {
      const rhs = (r ** 3n + 7n) % P;
      if (secp256k1.Point.Fp.pow(rhs, (P - 1n) / 2n) === 1n) continue; // r is a valid x
      tried++;
      expect(recoverPublicKey(new Uint8Array(32).fill(1), 0, r, 5n)).toBeUndefined();
      same(new Uint8Array(32).fill(1), 0, r, 5n);
    }
  });

  it('gives no key where the result is the point at infinity (z = s k)', () => {
    for (let k = 2n; k < 12n; k++) {
      const R = secp256k1.Point.BASE.multiply(k).toAffine();
      if (R.x >= N) continue;
      const s = 12345n;
      const hash = be32((s * k) % N);
      const rec = Number(R.y & 1n);
      expect(recoverPublicKey(hash, rec, R.x, s)).toBeUndefined();
      same(hash, rec, R.x, s);
    }
  });

  it('agrees on edge hashes, scalars and recovery ids', () => {
    const hashes = [new Uint8Array(32), new Uint8Array(32).fill(0xff), be32(N), be32(N - 1n), be32(1n)];
    const scalars = [1n, 2n, N - 1n, N / 2n, N / 2n + 1n, 0n, N, N + 1n];
    for (const hash of hashes)
      for (const r of scalars)
        for (const s of [1n, N - 1n, 7n, 0n, N]) for (const rec of [0, 1, 2, 3]) same(hash, rec, r, s);
  });
});
