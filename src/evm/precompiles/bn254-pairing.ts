/**
 * 0x08 BN254 PAIRING CHECK (EIP-197): k pairs (G1, G2) of 192 bytes; returns the word 1 when
 * the product of their pairings is one in GT, else 0. Gas 100000 + 80000k, from Istanbul
 * 45000 + 34000k (EIP-1108). Pairs with a point at infinity contribute one.
 */
import { bn254, decodeG1, decodeG2, type G1Point, type G2Point } from './bn254-points.js';
import { fail, ok, type Precompile } from './types.js';

function make(base: bigint, perPair: bigint): Precompile {
  return (input, gasLimit) => {
    const k = Math.floor(input.length / 192);
    const gas = base + perPair * BigInt(k);
    if (gasLimit < gas || input.length % 192 !== 0) return fail(gasLimit);
    const pairs: { g1: G1Point; g2: G2Point }[] = [];
    for (let i = 0; i < k; i++) {
      const g1 = decodeG1(input, i * 192);
      const g2 = decodeG2(input, i * 192 + 64);
      if (!g1 || !g2) return fail(gasLimit);
      if (!g1.is0() && !g2.is0()) pairs.push({ g1, g2 });
    }
    const out = new Uint8Array(32);
    const curve = bn254().bn254;
    const Fp12 = curve.fields.Fp12;
    if (pairs.length === 0 || Fp12.eql(curve.pairingBatch(pairs), Fp12.ONE)) out[31] = 1;
    return ok(gas, out);
  };
}

export const bn254PairingByzantium = make(100000n, 80000n);
export const bn254PairingIstanbul = make(45000n, 34000n);
