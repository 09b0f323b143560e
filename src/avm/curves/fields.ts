/**
 * The two prime fields of BLS12-377 (snarkVM curves/src/bls12_377/{fq,fr}.rs): Fr, the scalar
 * field (253 bits, two-adicity 47, multiplicative generator 22), which is Aleo's `field` and
 * already lives in src/avm/crypto/modular.ts; and Fq, the base field (377 bits, two-adicity
 * 46) over which G1 is defined and Varuna's Fiat-Shamir sponge runs.
 */
import { Fq as AleoField, PrimeField } from '../crypto/modular.js';

/** BLS12-377 Fr (Aleo's `field`): polynomial coefficients, evaluations, challenges. */
export const Fr: PrimeField = AleoField;

/** BLS12-377 Fq: coordinates of G1, the Poseidon sponge of Fiat-Shamir. */
export const Fq: PrimeField = new PrimeField(
  258664426012969094010652733694893533536393512754914660539884262666720468348340822774968888139573360124440321458177n,
);

/** The curve parameter x (positive for BLS12-377). */
export const BLS_X = 0x8508c00000000001n;

/** Byte length of a serialised Fr (32) and Fq (48) element. */
export const FR_BYTES = 32;
export const FQ_BYTES = 48;
