/** 0x04 IDENTITY (Yellow Paper appendix E): returns its input; gas 15 + 3 per word. */
import { fail, ok, type Precompile, words } from './types.js';

export const identity: Precompile = (input, gasLimit) => {
  const gas = 15n + 3n * words(input.length);
  if (gasLimit < gas) return fail(gasLimit);
  return ok(gas, input.slice());
};
