/**
 * 0x02 SHA256 (Yellow Paper appendix E): gas 60 + 12 per word of input. Hashed with
 * node:crypto (native, about 10x @noble/hashes on the megabyte inputs of the
 * 50,000-call state tests).
 */
import { createHash } from 'node:crypto';
import { fail, ok, type Precompile, words } from './types.js';

export const sha256: Precompile = (input, gasLimit) => {
  const gas = 60n + 12n * words(input.length);
  if (gasLimit < gas) return fail(gasLimit);
  return ok(gas, new Uint8Array(createHash('sha256').update(input).digest()));
};
