/**
 * 0x100 P256VERIFY (EIP-7951, Osaka): verifies an ECDSA signature over secp256r1. Input
 * hash (32) || r (32) || s (32) || qx (32) || qy (32); r and s in [1, n), the key a point on
 * the curve other than infinity; s is not required to be low. Output the 32-byte word 1 for
 * a valid signature, nothing otherwise (also for a wrong input length). Gas 6900.
 */
import { lazyModule } from '../../core/lazy-module.js';
import { ok, type Precompile } from './types.js';

/** noble's P-256, loaded by the first call that needs it (a few ms of every start otherwise). */
const nist = lazyModule<typeof import('@noble/curves/nist.js')>('@noble/curves/nist.js');

const GAS = 6900n;
const INPUT_LENGTH = 160;
const VALID = new Uint8Array(32);
VALID[31] = 1;
const EMPTY = new Uint8Array(0);

function verify(input: Uint8Array): boolean {
  const key = new Uint8Array(65);
  key[0] = 0x04;
  key.set(input.subarray(96, 160), 1);
  try {
    return nist().p256.verify(input.subarray(32, 96), input.subarray(0, 32), key, {
      prehash: false,
      lowS: false,
    });
  } catch {
    return false;
  }
}

export const p256Verify: Precompile = (input, gasLimit) => {
  if (gasLimit < GAS) return { success: false, gasUsed: gasLimit, output: EMPTY };
  return ok(GAS, input.length === INPUT_LENGTH && verify(input) ? VALID.slice() : EMPTY);
};
