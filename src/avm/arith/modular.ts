/**
 * Prime-field arithmetic for the AVM's `field` (BLS12-377 scalar field Fr) and `scalar`
 * (the Edwards BLS12 curve's scalar field) types, on bigints in [0, p).
 * A minimal local implementation, used until src/avm/crypto provides its own field module.
 */

export const FIELD_MODULUS = 8444461749428370424248824938781546531375899335154063827935233455917409239041n;
export const SCALAR_MODULUS = 2111115437357092606062206234695386632838870926408408195193685246394721360383n;

export interface PrimeField {
  readonly p: bigint;
  /** Bits of the modulus (253 for both fields). */
  readonly bits: number;
  /** Two-adicity s and odd cofactor q with p - 1 = q * 2^s (for Tonelli-Shanks). */
  readonly s: number;
  readonly q: bigint;
  /** A quadratic non-residue raised to q. */
  readonly z: bigint;
}

export function makeField(p: bigint): PrimeField {
  let q = p - 1n;
  let s = 0;
  while ((q & 1n) === 0n) {
    q >>= 1n;
    s++;
  }
  const f = { p, bits: p.toString(2).length, s, q, z: 0n };
  let n = 2n;
  while (powMod(n, (p - 1n) >> 1n, p) !== p - 1n) n++;
  f.z = powMod(n, q, p);
  return f;
}

export const FR: PrimeField = makeField(FIELD_MODULUS);
export const FS: PrimeField = makeField(SCALAR_MODULUS);

export function mod(a: bigint, p: bigint): bigint {
  const r = a % p;
  return r < 0n ? r + p : r;
}

export function powMod(base: bigint, exp: bigint, p: bigint): bigint {
  let result = 1n;
  let b = mod(base, p);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % p;
    b = (b * b) % p;
    e >>= 1n;
  }
  return result;
}

/** The multiplicative inverse; `undefined` for zero. */
export function invMod(a: bigint, p: bigint): bigint | undefined {
  let r0 = mod(a, p);
  if (r0 === 0n) return undefined;
  let r1 = p;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const qt = r0 / r1;
    [r0, r1] = [r1, r0 - qt * r1];
    [s0, s1] = [s1, s0 - qt * s1];
  }
  return mod(s0, p);
}

/** A square root (Tonelli-Shanks), or `undefined` for a non-residue. */
export function sqrtMod(a: bigint, f: PrimeField): bigint | undefined {
  const { p } = f;
  const n = mod(a, p);
  if (n === 0n) return 0n;
  if (powMod(n, (p - 1n) >> 1n, p) !== 1n) return undefined;
  let m = f.s;
  let c = f.z;
  let t = powMod(n, f.q, p);
  let r = powMod(n, (f.q + 1n) >> 1n, p);
  while (t !== 1n) {
    let i = 0;
    let t2 = t;
    while (t2 !== 1n) {
      t2 = (t2 * t2) % p;
      i++;
    }
    let b = c;
    for (let j = 0; j < m - i - 1; j++) b = (b * b) % p;
    m = i;
    c = (b * b) % p;
    t = (t * c) % p;
    r = (r * b) % p;
  }
  return r;
}

/** snarkVM's `sqrt`: of the two roots, the lesser one. */
export function sqrtLesser(a: bigint, f: PrimeField): bigint | undefined {
  const r = sqrtMod(a, f);
  if (r === undefined) return undefined;
  const neg = mod(-r, f.p);
  // biome-ignore lint/complexity/useMathMinMax: bigints
  return r <= neg ? r : neg;
}
