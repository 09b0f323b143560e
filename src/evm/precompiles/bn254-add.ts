/** 0x06 BN254 ECADD (EIP-196): two G1 points (input right-padded to 128 bytes); gas 500, 150 from Istanbul (EIP-1108). */
import { decodeG1, encodeG1 } from './bn254-points.js';
import { fail, ok, type Precompile, readPadded } from './types.js';

function make(gas: bigint): Precompile {
  return (input, gasLimit) => {
    if (gasLimit < gas) return fail(gasLimit);
    const data = readPadded(input, 0, 128);
    const a = decodeG1(data, 0);
    const b = decodeG1(data, 64);
    if (!a || !b) return fail(gasLimit);
    return ok(gas, encodeG1(a.add(b)));
  };
}

export const bn254AddByzantium = make(500n);
export const bn254AddIstanbul = make(150n);
