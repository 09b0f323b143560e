/**
 * 0x0f BLS12_PAIRING_CHECK (EIP-2537): k pairs of (G1 point, G2 point), each on its curve
 * and in the subgroup; returns 1 as a 32-byte word when the product of the pairings is the
 * identity, else 0. Gas 37700 + 32600 per pair; an empty input or a partial pair fails.
 */
import { bls12, decodeG1, decodeG2, G1_BYTES, G2_BYTES, inSubgroup } from './bls12-381-points.js';
import { fail, ok, type Precompile } from './types.js';

const PAIR = G1_BYTES + G2_BYTES;

export const bls12Pairing: Precompile = (input, gasLimit) => {
  const gas = 37700n + 32600n * BigInt(Math.floor(input.length / PAIR));
  if (gasLimit < gas || input.length === 0 || input.length % PAIR !== 0) return fail(gasLimit);
  const pairs: { g1: ReturnType<typeof decodeG1> & object; g2: ReturnType<typeof decodeG2> & object }[] = [];
  for (let o = 0; o < input.length; o += PAIR) {
    const g1 = decodeG1(input, o);
    const g2 = decodeG2(input, o + G1_BYTES);
    if (!g1 || !g2 || !inSubgroup(g1) || !inSubgroup(g2)) return fail(gasLimit);
    // A pair with the point at infinity contributes the identity.
    if (!g1.is0() && !g2.is0()) pairs.push({ g1, g2 });
  }
  const out = new Uint8Array(32);
  const curve = bls12();
  const Fp12 = curve.fields.Fp12;
  if (pairs.length === 0 || Fp12.eql(curve.pairingBatch(pairs), Fp12.ONE)) out[31] = 1;
  return ok(gas, out);
};
