/**
 * 0x0b BLS12_G1ADD and 0x0d BLS12_G2ADD (EIP-2537): the sum of two points given on their
 * curve (no subgroup check); gas 375 and 600; any other input length fails.
 */
import { decodeG1, decodeG2, encodeG1, encodeG2, G1_BYTES, G2_BYTES } from './bls12-381-points.js';
import { fail, ok, type Precompile } from './types.js';

export const bls12G1Add: Precompile = (input, gasLimit) => {
  const gas = 375n;
  if (gasLimit < gas || input.length !== 2 * G1_BYTES) return fail(gasLimit);
  const a = decodeG1(input, 0);
  const b = decodeG1(input, G1_BYTES);
  return a && b ? ok(gas, encodeG1(a.add(b))) : fail(gasLimit);
};

export const bls12G2Add: Precompile = (input, gasLimit) => {
  const gas = 600n;
  if (gasLimit < gas || input.length !== 2 * G2_BYTES) return fail(gasLimit);
  const a = decodeG2(input, 0);
  const b = decodeG2(input, G2_BYTES);
  return a && b ? ok(gas, encodeG2(a.add(b))) : fail(gasLimit);
};
