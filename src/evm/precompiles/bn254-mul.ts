/** 0x07 BN254 ECMUL (EIP-196): G1 point times a 256-bit scalar (input right-padded to 96 bytes); gas 40000, 6000 from Istanbul (EIP-1108). */
import { CURVE_ORDER, decodeG1, encodeG1 } from './bn254-points.js';
import { bytesToBigInt, fail, ok, type Precompile, readPadded } from './types.js';

function make(gas: bigint): Precompile {
  return (input, gasLimit) => {
    if (gasLimit < gas) return fail(gasLimit);
    const data = readPadded(input, 0, 96);
    const p = decodeG1(data, 0);
    if (!p) return fail(gasLimit);
    // G1 has prime order r, so the scalar acts modulo r.
    const k = bytesToBigInt(data.subarray(64, 96)) % CURVE_ORDER;
    return ok(gas, encodeG1(p.multiplyUnsafe(k)));
  };
}

export const bn254MulByzantium = make(40000n);
export const bn254MulIstanbul = make(6000n);
