/** 0x02 SHA256 (Yellow Paper appendix E): gas 60 + 12 per word of input. */
import { sha256 as hash } from '@noble/hashes/sha2.js';
import { fail, ok, type Precompile, words } from './types.js';

export const sha256: Precompile = (input, gasLimit) => {
  const gas = 60n + 12n * words(input.length);
  if (gasLimit < gas) return fail(gasLimit);
  return ok(gas, hash(input));
};
