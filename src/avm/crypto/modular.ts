/**
 * Prime-field arithmetic over bigint for the two fields of Aleo (snarkVM fields/ and
 * console/types/{field,scalar}): `field` is the BLS12-377 scalar field Fr (253 bits) and
 * `scalar` is the scalar field of the Edwards BLS12 curve (251 bits). Values are canonical
 * bigints in [0, p). Square roots are normalized by callers (snarkVM returns the smaller or
 * the even root), so any correct root algorithm (Tonelli-Shanks here) is bit-exact.
 */
import { AleoCryptoError } from './errors.js';

export class PrimeField {
  readonly p: bigint;
  readonly bits: number;
  /** snarkVM's size_in_data_bits: bits - 1 (every value of that size is canonical). */
  readonly dataBits: number;
  private readonly halfP: bigint;
  private readonly s: number;
  private readonly t: bigint;
  /** rootOfUnity(), computed once. */
  private zt = 0n;

  constructor(p: bigint) {
    this.p = p;
    this.bits = p.toString(2).length;
    this.dataBits = this.bits - 1;
    this.halfP = (p - 1n) >> 1n;
    let t = p - 1n;
    let s = 0;
    while ((t & 1n) === 0n) {
      t >>= 1n;
      s++;
    }
    this.s = s;
    this.t = t;
  }

  mod(a: bigint): bigint {
    const r = a % this.p;
    return r < 0n ? r + this.p : r;
  }
  add(a: bigint, b: bigint): bigint {
    const r = a + b;
    return r >= this.p ? r - this.p : r;
  }
  sub(a: bigint, b: bigint): bigint {
    const r = a - b;
    return r < 0n ? r + this.p : r;
  }
  neg(a: bigint): bigint {
    return a === 0n ? 0n : this.p - a;
  }
  mul(a: bigint, b: bigint): bigint {
    return (a * b) % this.p;
  }
  square(a: bigint): bigint {
    return (a * a) % this.p;
  }
  double(a: bigint): bigint {
    return this.add(a, a);
  }
  pow(a: bigint, e: bigint): bigint {
    let result = 1n;
    let base = a % this.p;
    let exp = e;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % this.p;
      base = (base * base) % this.p;
      exp >>= 1n;
    }
    return result;
  }
  /** Multiplicative inverse (extended Euclid); throws on zero. */
  inv(a: bigint): bigint {
    if (a === 0n) throw new AleoCryptoError('Cannot invert zero');
    let [r0, r1] = [this.p, a];
    let [t0, t1] = [0n, 1n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [t0, t1] = [t1, t0 - q * t1];
    }
    return t0 < 0n ? t0 + this.p : t0;
  }
  div(a: bigint, b: bigint): bigint {
    return this.mul(a, this.inv(b));
  }
  /** Legendre symbol: 0, 1 (residue) or -1 (non-residue). */
  legendre(a: bigint): 0 | 1 | -1 {
    if (a === 0n) return 0;
    return this.pow(a, this.halfP) === 1n ? 1 : -1;
  }
  /**
   * One square root (Tonelli-Shanks), or undefined for a non-residue. One exponentiation:
   * w = a^((t-1)/2) gives r = a·w = a^((t+1)/2) and a^t = r·w; a non-residue shows as a^t of
   * order 2^s, which no residue's a^t has (so no separate Legendre symbol), and z^t is cached.
   */
  sqrt(a: bigint): bigint | undefined {
    if (a === 0n) return 0n;
    const p = this.p;
    const w = this.pow(a, (this.t - 1n) >> 1n);
    let r = (a * w) % p;
    let t = (r * w) % p;
    let c = this.rootOfUnity();
    let m = this.s;
    while (t !== 1n) {
      let i = 0;
      let t2 = t;
      while (t2 !== 1n) {
        t2 = (t2 * t2) % p;
        i++;
      }
      if (i === m) return undefined;
      let b = c;
      for (let j = 0; j < m - i - 1; j++) b = (b * b) % p;
      m = i;
      c = (b * b) % p;
      t = (t * c) % p;
      r = (r * b) % p;
    }
    return r;
  }
  /** z^t for the least non-residue z: a generator of the 2^s-th roots of unity. */
  private rootOfUnity(): bigint {
    if (this.zt === 0n) {
      let z = 2n;
      while (this.legendre(z) !== -1) z++;
      this.zt = this.pow(z, this.t);
    }
    return this.zt;
  }
  /** snarkVM's Field::square_root: the smaller of the two roots. */
  sqrtSmaller(a: bigint): bigint | undefined {
    const r = this.sqrt(a);
    if (r === undefined) return undefined;
    const n = this.neg(r);
    return bigMin(r, n);
  }
  /** snarkVM's Field::even_square_root: the root whose least significant bit is zero. */
  sqrtEven(a: bigint): bigint | undefined {
    const r = this.sqrt(a);
    if (r === undefined) return undefined;
    return (r & 1n) === 1n ? this.neg(r) : r;
  }
  /** Canonical check: 0 <= a < p. */
  isValid(a: bigint): boolean {
    return a >= 0n && a < this.p;
  }
}

/** Smaller of two bigints (Math.min does not take bigint). */
export function bigMin(a: bigint, b: bigint): bigint {
  if (a <= b) return a;
  return b;
}

export const FIELD_MODULUS = 8444461749428370424248824938781546531375899335154063827935233455917409239041n;
export const SCALAR_MODULUS = 2111115437357092606062206234695386632838870926408408195193685246394721360383n;

/** The base field of Aleo values (`field`), BLS12-377 Fr. */
export const Fq = new PrimeField(FIELD_MODULUS);
/** The scalar field of the Edwards BLS12 curve (`scalar`). */
export const Fs = new PrimeField(SCALAR_MODULUS);
