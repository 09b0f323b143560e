/**
 * Result caching for the precompiles whose work is milliseconds (BLS12-381 MSM and
 * pairing, KZG point evaluation, P256 verification), as geth does since 2026: a precompile
 * is a pure function of its input, so a successful result is remembered by input and
 * replayed for any call that can pay its gas. Bounded in entries and input size.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { fail, ok, type Precompile } from './types.js';

/** Inputs remembered per precompile, in bytes (forgotten all at once when full). */
const MAX_BYTES = 1 << 22;
const MAX_INPUT = 1 << 17;

export function memoized(p: Precompile): Precompile {
  const results = new Map<string, { gasUsed: bigint; output: Uint8Array }>();
  let bytes = 0;
  return (input, gasLimit) => {
    if (input.length > MAX_INPUT) return p(input, gasLimit);
    const key = bytesToHex(input);
    const hit = results.get(key);
    if (hit) return gasLimit < hit.gasUsed ? fail(gasLimit) : ok(hit.gasUsed, hit.output.slice());
    const r = p(input, gasLimit);
    if (r.success) {
      bytes += input.length + r.output.length;
      if (bytes > MAX_BYTES) {
        results.clear();
        bytes = input.length + r.output.length;
      }
      results.set(key, { gasUsed: r.gasUsed, output: r.output.slice() });
    }
    return r;
  };
}
