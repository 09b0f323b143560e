import { secp256k1 } from '@noble/curves/secp256k1.js';
import { describe, expect, it } from 'vitest';
import { xorshift32 } from '../../core/xorshift.js';
import { invertMod } from './inverse.js';

const Fn = secp256k1.Point.Fn;
const N = Fn.ORDER;

describe('invertMod (Lehmer) against noble over the secp256k1 order', () => {
  it('inverts edge values and random ones of every size', () => {
    const next = xorshift32(12345);
    const xs = [1n, 2n, 3n, N - 1n, N - 2n, N / 2n, (1n << 128n) + 1n, (1n << 255n) % N];
    for (let i = 0; i < 2000; i++) {
      let x = 0n;
      const words = 1 + (i % 8);
      for (let w = 0; w < words; w++) x = (x << 32n) | BigInt(next() >>> 0);
      x %= N;
      if (x !== 0n) xs.push(x);
    }
    for (const x of xs) {
      const inv = invertMod(x, N);
      expect(inv).toBe(Fn.inv(x));
      expect((inv * x) % N).toBe(1n);
    }
  });
});
