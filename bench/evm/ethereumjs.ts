/**
 * The peer: @ethereumjs/evm `runCode`, the way the shared reference figures were measured.
 * The contract account exists (with its code) and every run starts from the same state:
 * each run is wrapped in a state-manager checkpoint that is reverted afterwards.
 */
import { Common, Hardfork, Mainnet } from '@ethereumjs/common';
import { createEVM } from '@ethereumjs/evm';
import { Account, Address } from '@ethereumjs/util';
import type { BenchInput } from './inputs.js';

export interface RunOutcome {
  output: Uint8Array;
  gasUsed: bigint;
  error?: string;
}

/** Prepares one input; the returned function runs it once from the same starting state. */
export type Runner = (input: BenchInput) => Promise<() => Promise<RunOutcome> | RunOutcome>;

export async function ethereumjsRunner(fork: 'Istanbul' | 'Cancun'): Promise<Runner> {
  const common = new Common({
    chain: Mainnet,
    hardfork: fork === 'Istanbul' ? Hardfork.Istanbul : Hardfork.Cancun,
  });
  const evm = await createEVM({ common });
  return async (input) => {
    const to = new Address(input.address);
    await evm.stateManager.putAccount(to, new Account());
    await evm.stateManager.putCode(to, input.code);
    return async () => {
      await evm.stateManager.checkpoint();
      try {
        const result = await evm.runCode({
          code: input.code,
          data: input.data,
          gasLimit: input.gasLimit,
          to,
          caller: new Address(input.caller),
          origin: new Address(input.caller),
        });
        return {
          output: result.returnValue,
          gasUsed: result.executionGasUsed,
          error: result.exceptionError?.error,
        };
      } finally {
        await evm.stateManager.revert();
      }
    };
  };
}
