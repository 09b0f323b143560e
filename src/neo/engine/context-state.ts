/**
 * What the Neo engine keeps per execution context (neo `ExecutionContextState.cs`); clones
 * made by CALL share it. `nativeCallingScriptHash` is set for contexts a native contract
 * called, `gasDistributions` is NeoToken's per-context list of pending GAS rewards.
 */
import type { ExecutionContext } from '../../neovm/index.js';
import { CallFlags } from '../contract/call-flags.js';
import type { ContractState } from '../contract/contract-state.js';
import type { UInt160 } from '../uint.js';

export class ContextState {
  scriptHash: UInt160 | null = null;
  callingContext: ExecutionContext | null = null;
  nativeCallingScriptHash: UInt160 | null = null;
  contract: ContractState | null = null;
  callFlags: number = CallFlags.All;
  notificationCount = 0;
  isDynamicCall = false;
  whiteListed = false;
  gasDistributions: { account: UInt160; amount: bigint }[] | undefined = undefined;
}

const KEY = Symbol('neo.ContextState');
const make = () => new ContextState();

export function contextState(context: ExecutionContext): ContextState {
  return context.getState(KEY, make);
}
