/**
 * Running raw code as the contract at an address, with calldata and gas, over a state
 * (geth's `evm run`): the code is installed at the address and called by a funded caller
 * through a message, without transaction fees.
 */
import { JournaledCache, MemoryStore } from '../state/index.js';
import { blobBaseFee } from './blob.js';
import { assertRunCodeOptions } from './boundary.js';
import { executeMessage } from './executor.js';
import type { ForkName } from './fork-names.js';
import { forkRules } from './fork-rules.js';
import { type BlockEnv, type ExecContext, HALT_NAMES, REVERTED } from './frame.js';
import { precompileMap } from './precompiles-link.js';
import type { Tracer } from './tracer.js';
import { WorldState } from './world-state.js';

export interface RunCodeOptions {
  code: Uint8Array;
  input?: Uint8Array;
  gas?: bigint;
  value?: bigint;
  fork?: ForkName;
  /** Defaults to 0xbe7c43a580000000000000000000000000000001 (the benchmarks' address). */
  address?: bigint;
  caller?: bigint;
  cache?: JournaledCache;
  block?: Partial<BlockEnv>;
  tracer?: Tracer;
}

export interface RunCodeResult {
  status: 'success' | 'revert' | 'halt';
  reason?: string;
  output: Uint8Array;
  gasUsed: bigint;
}

export const DEFAULT_CODE_ADDRESS = 0xbe7c43a580000000000000000000000000000001n;
export const DEFAULT_CALLER = 0x1000000000000000000000000000000000000000n;

/** The blob base fee at zero excess blob gas (EIP-4844), the default block's. */
const MIN_BLOB_BASE_FEE = blobBaseFee(0n);

export function defaultBlock(): BlockEnv {
  return {
    coinbase: 0n,
    number: 1n,
    timestamp: 1n,
    gasLimit: 30_000_000n,
    baseFee: 0n,
    prevRandao: 0n,
    difficulty: 0n,
    chainId: 1n,
    blobBaseFee: MIN_BLOB_BASE_FEE,
    blockHash: () => 0n,
  };
}

/** The block of runs given none (frozen: it serves every such run). */
const DEFAULT_BLOCK: BlockEnv = Object.freeze(defaultBlock());

/**
 * The cache under every run given no cache of its own: its world state is blank (reads
 * nothing from it) and is dropped with the result (writes nothing to it), so one serves all.
 */
let blankCache: JournaledCache | undefined;

export function runCode(opts: RunCodeOptions): RunCodeResult {
  assertRunCodeOptions(opts);
  const fork = opts.fork ?? 'Osaka';
  const rules = forkRules(fork);
  const cache = opts.cache;
  const world = cache
    ? new WorldState(cache)
    : new WorldState((blankCache ??= new JournaledCache(new MemoryStore())), true);
  const address = opts.address ?? DEFAULT_CODE_ADDRESS;
  const caller = opts.caller ?? DEFAULT_CALLER;
  const gas = opts.gas ?? 10_000_000n;
  const value = opts.value ?? 0n;
  cache?.checkpoint();
  const acct = world.get(address);
  // The code hash stays lazy (codeHashOf): the analysis is found by the code array itself,
  // so repeated runs (--bench) reuse it and a single run never hashes the code.
  world.setCode(acct, opts.code);
  const from = world.get(caller);
  if (from.balance < value) world.setBalance(from, value);
  const precompiles = precompileMap(fork);
  const ctx: ExecContext = {
    rules,
    world,
    block: opts.block ? { ...defaultBlock(), ...opts.block } : DEFAULT_BLOCK,
    tx: { origin: caller, gasPrice: 0n, blobHashes: [] },
    precompiles,
    tracer: opts.tracer,
  };
  if (rules.accessLists) {
    world.warmAddress(caller);
    world.warmAddress(address);
    for (const p of precompiles.keys()) world.warmAddress(p);
  }
  const r = executeMessage(ctx, {
    kind: 0xf1,
    caller,
    address,
    codeAddress: address,
    value,
    input: opts.input ?? new Uint8Array(0),
    code: acct.code,
    codeHash: acct.codeHash,
    gas,
    depth: 0,
    isStatic: false,
    isCreate: false,
    transfersValue: true,
  });
  // A state of its own is dropped with the result: nothing to write back.
  if (cache) {
    world.writeBack(rules.emptyIsDead);
    cache.commit();
  }
  const status = r.success ? 'success' : r.status === REVERTED ? 'revert' : 'halt';
  return {
    status,
    reason: status === 'halt' ? HALT_NAMES[r.status] : undefined,
    output: r.output,
    gasUsed: gas - r.gasLeft,
  };
}
