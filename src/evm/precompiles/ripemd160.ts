/**
 * 0x03 RIPEMD160 (Yellow Paper appendix E): the 20-byte digest left-padded to 32 bytes;
 * gas 600 + 120 per word. Hashed with node:crypto (native).
 */
import { createHash } from 'node:crypto';
import { fail, ok, type Precompile, words } from './types.js';

export const ripemd160: Precompile = (input, gasLimit) => {
  const gas = 600n + 120n * words(input.length);
  if (gasLimit < gas) return fail(gasLimit);
  const out = new Uint8Array(32);
  out.set(createHash('ripemd160').update(input).digest(), 12);
  return ok(gas, out);
};
