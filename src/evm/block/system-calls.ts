/**
 * System calls (execution-specs `process_system_transaction`): a message from the system
 * address 0xff..fe with 30,000,000 gas, no value and no fee, to a system contract:
 * EIP-4788 (beacon roots) and EIP-2935 (block hashes) before a block's transactions,
 * EIP-7002 (withdrawal requests) and EIP-7251 (consolidation requests) after them. The
 * last two are checked: a missing contract or a failing call makes the block invalid.
 */

import { hexToBytes } from '../../core/bytes.js';
import type { JournaledCache } from '../../state/index.js';
import { executeMessage } from '../executor.js';
import type { ForkRules } from '../fork-rules.js';
import type { BlockEnv, ExecContext } from '../frame.js';
import { precompileMap } from '../precompiles-link.js';
import { accountKey, storageKey } from '../state-keys.js';
import type { Tracer } from '../tracer.js';
import { bigIntToMinimal, bytesToBigInt } from '../words.js';
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
  const raw = cache.get(accountKey(target));
  // A call to an absent account without value changes nothing (EIP-161: none is created).
  if (!checked && raw === undefined) return { success: true, output: new Uint8Array(0) };
  if (raw && !tracer) {
    const done = emptyQueueCall(cache, target, raw);
    if (done) return done;
  }
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

/**
 * The EIP-7002 and EIP-7251 contracts (by the hash of the runtime code each EIP gives) and
 * their per-block target. Their system call on an empty queue (head = tail) dequeues nothing
 * and writes excess = max(0, excess + count - target) (a 256-bit sum), the inhibitor 2^256 - 1
 * read as 0;
 * count = 0; head = tail = 0. That is written here directly; a queue with requests runs the
 * code. test/evm/system-calls.test.ts checks both ways give the same state on such queues.
 */
const REQUEST_QUEUES: readonly { codeHash: Uint8Array; perBlock: bigint }[] = [
  {
    codeHash: hexToBytes('0x0345a365d2f4c5975b9f1599abe0a2ee76b7a3a731bc68781bd04c84e4858f50'),
    perBlock: 2n,
  },
  {
    codeHash: hexToBytes('0x78c6cb5202685228bbcbfb992b1c4e116c7ec5ef11e25b8e92716cfc628ddd60'),
    perBlock: 1n,
  },
];
/** The queue's slots in storage order: excess, count, head, tail. */
const QUEUE_SLOTS = [0n, 1n, 2n, 3n] as const;
const INHIBITOR = (1n << 256n) - 1n;
/** The four slot keys of each queue contract seen, built once (keys are never modified). */
const slotKeys = new Map<bigint, Uint8Array[]>();

/** The per-block target of the queue contract whose stored account is `raw`, if it is one. */
function queueTarget(raw: Uint8Array): bigint | undefined {
  // The stored account's code hash is its bytes 40-72 (state-keys.ts).
  for (const q of REQUEST_QUEUES) {
    let i = 0;
    while (i < 32 && raw[40 + i] === q.codeHash[i]) i++;
    if (i === 32) return q.perBlock;
  }
  return undefined;
}

function emptyQueueCall(
  cache: JournaledCache,
  target: bigint,
  raw: Uint8Array,
): SystemCallResult | undefined {
  const perBlock = queueTarget(raw);
  if (perBlock === undefined) return undefined;
  let keys = slotKeys.get(target);
  if (keys === undefined) slotKeys.set(target, (keys = QUEUE_SLOTS.map((k) => storageKey(target, k))));
  // Each slot read once: excess, count, head, tail.
  const now = keys.map((key) => {
    const v = cache.get(key);
    return v ? bytesToBigInt(v) : 0n;
  });
  const [excess, count, head, tail] = now as [bigint, bigint, bigint, bigint];
  if (head !== tail) return undefined;
  const total = ((excess === INHIBITOR ? 0n : excess) + count) & INHIBITOR; // a 256-bit ADD
  const next = [total > perBlock ? total - perBlock : 0n, 0n, 0n, 0n];
  for (let i = 0; i < 4; i++) {
    const v = next[i]!;
    if (now[i] === v) continue;
    if (v === 0n) cache.delete(keys[i]!);
    else cache.put(keys[i]!, bigIntToMinimal(v));
  }
  return { success: true, output: new Uint8Array(0) };
}
