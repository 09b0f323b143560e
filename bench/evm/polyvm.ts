/**
 * polyvm's side: `runCode` from polyvm/evm, each run over a fresh empty state, exactly what
 * `polyvm evm run --bench` times.
 */
import { bytesToHex } from '../../src/core/bytes.js';
import { runCode } from '../../src/evm/index.js';
import type { Runner } from './ethereumjs.js';

export function polyvmRunner(fork: 'Istanbul' | 'Cancun'): Runner {
  return async (input) => {
    const address = BigInt(`0x${bytesToHex(input.address)}`);
    const caller = BigInt(`0x${bytesToHex(input.caller)}`);
    return () => {
      const r = runCode({ code: input.code, input: input.data, gas: input.gasLimit, fork, address, caller });
      return {
        output: r.output,
        gasUsed: r.gasUsed,
        error: r.status === 'success' ? undefined : (r.reason ?? r.status),
      };
    };
  };
}
