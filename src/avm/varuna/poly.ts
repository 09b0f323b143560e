/**
 * Dense univariate polynomials over BLS12-377 Fr (coefficients, lowest first) as the Varuna
 * prover uses them (snarkVM algorithms/src/fft/polynomial): sums, products by FFT, division by
 * a domain's vanishing polynomial x^n - 1 and by (x - z), and the batching selectors.
 */
import { randomBytes } from 'node:crypto';
import { Domain } from '../curves/domain.js';
import { Fr } from '../curves/fields.js';

export type Poly = bigint[];
const P = Fr.p;

export function evaluate(p: readonly bigint[], x: bigint): bigint {
  let acc = 0n;
  for (let i = p.length - 1; i >= 0; i--) acc = (acc * x + (p[i] as bigint)) % P;
  return acc;
}

/** a += c·b (in place; a grows as needed). */
export function addScaled(a: Poly, b: readonly bigint[], c = 1n): Poly {
  while (a.length < b.length) a.push(0n);
  for (let i = 0; i < b.length; i++) a[i] = ((a[i] as bigint) + (b[i] as bigint) * c) % P;
  return a;
}

export const scale = (a: readonly bigint[], c: bigint): Poly => a.map((v) => (v * c) % P);

/** a·b through FFTs over the smallest domain holding the product. */
export function mul(a: readonly bigint[], b: readonly bigint[]): Poly {
  if (a.length === 0 || b.length === 0) return [];
  const n = a.length + b.length - 1;
  const d = Domain.of(n);
  const ea = d.fft(a);
  const eb = d.fft(b);
  for (let i = 0; i < ea.length; i++) ea[i] = ((ea[i] as bigint) * (eb[i] as bigint)) % P;
  return d.ifft(ea).slice(0, n);
}

/** p = q·(x^n - 1) + r with deg r < n. */
export function divideByVanishing(p: readonly bigint[], n: number): { q: Poly; r: Poly } {
  const r = p.slice();
  const q = new Array<bigint>(Math.max(p.length - n, 0)).fill(0n);
  for (let i = r.length - 1; i >= n; i--) {
    const c = r[i] as bigint;
    q[i - n] = c;
    r[i - n] = ((r[i - n] as bigint) + c) % P;
    r[i] = 0n;
  }
  return { q, r: r.slice(0, Math.min(n, r.length)) };
}

/** p·(x^n - 1). */
export function mulByVanishing(p: readonly bigint[], n: number): Poly {
  const out = new Array<bigint>(p.length + n).fill(0n);
  for (let i = 0; i < p.length; i++) {
    out[i + n] = p[i] as bigint;
    out[i] = Fr.sub(out[i] as bigint, p[i] as bigint);
  }
  return out;
}

/** (p - p(z)) / (x - z) by synthetic division. */
export function divideByLinear(p: readonly bigint[], z: bigint): Poly {
  if (p.length <= 1) return [];
  const q = new Array<bigint>(p.length - 1);
  let acc = 0n;
  for (let i = p.length - 1; i >= 1; i--) {
    acc = (acc * z + (p[i] as bigint)) % P;
    q[i - 1] = acc;
  }
  return q;
}

/**
 * The batching selector of a circuit domain `small` inside `large` (snarkVM selectors.rs):
 * s(x) = v_large(x)·|small| / (v_small(x)·|large|) = (|small|/|large|)·Σ_{k<|large|/|small|} x^(k·|small|),
 * 1 on `small` and 0 on the rest of `large`; returns s·p.
 */
export function applySelector(p: readonly bigint[], small: Domain, large: Domain): Poly {
  if (small.size === large.size) return p.slice();
  const ratio = large.size / small.size;
  const c = Fr.mul(small.sizeFe, large.sizeInv);
  const out = new Array<bigint>(p.length + (ratio - 1) * small.size).fill(0n);
  for (let k = 0; k < ratio; k++) {
    const off = k * small.size;
    for (let i = 0; i < p.length; i++) out[i + off] = ((out[i + off] as bigint) + (p[i] as bigint)) % P;
  }
  return scale(out, c);
}

/** A uniformly random Fr element (zero-knowledge randomness; 512 bits reduced). */
export const randomFr = (): bigint => BigInt(`0x${randomBytes(64).toString('hex')}`) % P;

export const randomPoly = (numCoeffs: number): Poly => Array.from({ length: numCoeffs }, randomFr);

export const trim = (p: Poly): Poly => {
  let n = p.length;
  while (n > 0 && p[n - 1] === 0n) n--;
  return p.slice(0, n);
};
