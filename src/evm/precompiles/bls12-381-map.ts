/**
 * 0x10 BLS12_MAP_FP_TO_G1 and 0x11 BLS12_MAP_FP2_TO_G2 (EIP-2537): RFC 9380's simplified
 * SWU map of one field element (64 bytes; an Fp2 element is 128) to the curve, followed
 * by cofactor clearing; gas 5500 and 23800.
 */
import {
  bls12,
  decodeFp,
  encodeG1,
  encodeG2,
  FIELD_BYTES,
  type G1Point,
  type G2Point,
} from './bls12-381-points.js';
import { fail, ok, type Precompile } from './types.js';

// noble's hashers return projective points with the cofactor cleared (its types say affine),
// and take G1's single field element as a bigint.
const mapG1 = (u: bigint) => (bls12().G1.mapToCurve as unknown as (u: bigint) => G1Point)(u);
const mapG2 = (u: bigint[]) => (bls12().G2.mapToCurve as unknown as (u: bigint[]) => G2Point)(u);

export const bls12MapFpToG1: Precompile = (input, gasLimit) => {
  const gas = 5500n;
  if (gasLimit < gas || input.length !== FIELD_BYTES) return fail(gasLimit);
  const u = decodeFp(input, 0);
  return u === undefined ? fail(gasLimit) : ok(gas, encodeG1(mapG1(u)));
};

export const bls12MapFp2ToG2: Precompile = (input, gasLimit) => {
  const gas = 23800n;
  if (gasLimit < gas || input.length !== 2 * FIELD_BYTES) return fail(gasLimit);
  const c0 = decodeFp(input, 0);
  const c1 = decodeFp(input, FIELD_BYTES);
  if (c0 === undefined || c1 === undefined) return fail(gasLimit);
  return ok(gas, encodeG2(mapG2([c0, c1])));
};
