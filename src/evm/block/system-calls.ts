/**
 * System calls (execution-specs `process_system_transaction`): a message from the system
 * address 0xff..fe with 30,000,000 gas, no value and no fee, to a system contract:
 * EIP-4788 (beacon roots) and EIP-2935 (block hashes) before a block's transactions,
 * EIP-7002 (withdrawal requests) and EIP-7251 (consolidation requests) after them. The
 * last two are checked: a missing contract or a failing call makes the block invalid.
 */
import type { JournaledCache } from '../../state/index.js';
import { executeMessage } from '../executor.js';
import type { ForkRules } from '../fork-rules.js';
import type { BlockEnv, ExecContext } from '../frame.js';
import { precompileMap } from '../precompiles-link.js';
import { accountKey } from '../state-keys.js';
import type { Tracer } from '../tracer.js';
import { WorldState } from '../world-state.js';
import { InvalidBlockError } from './errors.js';

export const SYSTEM_ADDRESS = 0xfffffffffffffffffffffffffffffffffffffffen;
export const BEACON_ROOTS_ADDRESS = 0x000f3df6d732807ef1319fb7b8bb8522d0beac02n;
export const HISTORY_STORAGE_ADDRESS = 0x0000f90827f1c53a10cb7a02335b175320002935n;
export const WITHDRAWAL_REQUEST_ADDRESS = 0x00000961ef480eb55e80d19ad83579a64c007002n;
export const CONSOLIDATION_REQUEST_ADDRESS = 0x0000bbddc7ce488642fb579f8b00f3a590007251n;
const SYSTEM_GAS = 30_000_000n;

export interface SystemCallResult {
  success: boolean;
  output: Uint8Array;
}

/** Runs a system call and writes its changes into `cache`. `checked`: invalid block on failure. */
export function systemCall(
  cache: JournaledCache,
  rules: ForkRules,
  block: BlockEnv,
  target: bigint,
  input: Uint8Array,
  checked: boolean,
  tracer?: Tracer,
): SystemCallResult {
  // A call to an absent account without value changes nothing (EIP-161: none is created).
  if (!checked && cache.get(accountKey(target)) === undefined)
    return { success: true, output: new Uint8Array(0) };
  const world = new WorldState(cache);
  const account = world.get(target);
  if (checked && account.code.length === 0)
    throw new InvalidBlockError(
      'SYSTEM_CONTRACT_EMPTY',
      `system contract 0x${target.toString(16).padStart(40, '0')} has no code`,
    );
  const ctx: ExecContext = {
    rules,
    world,
    block,
    tx: { origin: SYSTEM_ADDRESS, gasPrice: 0n, blobHashes: [] },
    precompiles: precompileMap(rules.fork),
    tracer,
  };
  const r = executeMessage(ctx, {
    kind: 0xf1,
    caller: SYSTEM_ADDRESS,
    address: target,
    codeAddress: target,
    value: 0n,
    input,
    code: account.code,
    codeHash: account.codeHash,
    gas: SYSTEM_GAS,
    depth: 0,
    isStatic: false,
    isCreate: false,
    transfersValue: false,
  });
  if (checked && !r.success)
    throw new InvalidBlockError(
      'SYSTEM_CONTRACT_CALL_FAILED',
      `system contract 0x${target.toString(16).padStart(40, '0')} call failed`,
    );
  cache.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache.commit();
  return { success: r.success, output: r.output };
}
