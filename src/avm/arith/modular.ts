/**
 * The prime-field operations the instructions use on `field` (BLS12-377 Fr) and `scalar`,
 * delegated to the AVM crypto module's PrimeField (src/avm/crypto/modular.ts).
 */
import { FIELD_MODULUS, Fq, Fs, type PrimeField, SCALAR_MODULUS } from '../crypto/index.js';

export { FIELD_MODULUS, SCALAR_MODULUS };
export const FR: PrimeField = Fq;
export const FS: PrimeField = Fs;

export function mod(a: bigint, p: bigint): bigint {
  const r = a % p;
  return r < 0n ? r + p : r;
}

const fieldOf = (p: bigint): PrimeField => (p === Fs.p ? Fs : Fq);

export function powMod(base: bigint, exp: bigint, p: bigint): bigint {
  return fieldOf(p).pow(mod(base, p), exp);
}

/** The multiplicative inverse; `undefined` for zero. */
export function invMod(a: bigint, p: bigint): bigint | undefined {
  const x = mod(a, p);
  return x === 0n ? undefined : fieldOf(p).inv(x);
}

/** snarkVM's `square_root`: of the two roots, the lesser one; `undefined` for a non-residue. */
export function sqrtLesser(a: bigint, f: PrimeField): bigint | undefined {
  return f.sqrtSmaller(a);
}
