/**
 * geth's `evm t8n` state transition (cmd/evm/internal/t8ntool/execution.go `Apply`): the
 * environment checks of its fork (base fee from the parent, withdrawals, random after the
 * merge and difficulty before it, the beacon root), the EIP-4788 and EIP-2935 system calls,
 * each transaction in order (one that is invalid is rejected with geth's message and
 * skipped), the mining reward of `--state.reward` with ommers, withdrawals, EIP-7685
 * requests, and the result, post-state and body as geth writes them.
 */
import { PolyvmError } from '../../core/errors.js';
import { JournaledCache } from '../../state/index.js';
import { type AllocAccount, allocStore } from '../alloc.js';
import { blobBaseFee, GAS_PER_BLOB, nextExcessBlobGas } from '../blob.js';
import { type BlockTransaction, transactionsRoot, withdrawalsRoot } from '../block/body.js';
import { calcDifficulty } from '../block/difficulty.js';
import { InvalidBlockError } from '../block/errors.js';
import { EMPTY_OMMERS_HASH } from '../block/header.js';
import { logsBloom, mergeBlooms, type Receipt, receiptsRoot } from '../block/receipts.js';
import {
  CONSOLIDATION_REQUEST_TYPE,
  depositRequests,
  requestsHash,
  WITHDRAWAL_REQUEST_TYPE,
  withType,
} from '../block/requests.js';
import {
  BEACON_ROOTS_ADDRESS,
  CONSOLIDATION_REQUEST_ADDRESS,
  HISTORY_STORAGE_ADDRESS,
  systemCall,
  WITHDRAWAL_REQUEST_ADDRESS,
} from '../block/system-calls.js';
import { calcBaseFee } from '../block/validate.js';
import { type ChainConfig, forkAt, rulesFor } from '../chain-config.js';
import type { ForkRules } from '../fork-rules.js';
import type { BlockEnv } from '../frame.js';
import { computeLogsHash, computeStateRoot } from '../state-root.js';
import type { Tracer } from '../tracer.js';
import { runTransaction } from '../transaction.js';
import { encodeTransaction, transactionHash } from '../tx/codec.js';
import { recoverSender, withSender } from '../tx/signature.js';
import type { Log } from '../world-state.js';
import { WorldState } from '../world-state.js';
import type { T8nEnv, T8nTx } from './input.js';

/** A t8n failure that is not a rejected transaction, with geth's exit code (ERROR(n)). */
export class T8nError extends PolyvmError {
  override name = 'T8nError';
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super('T8N_FAILED', `ERROR(${exitCode}): ${message}`);
  }
}
const ERROR_EVM = 2;
const ERROR_CONFIG = 3;
const ERROR_MISSING_BLOCKHASH = 4;

/** geth t8n's stand-in block hash for receipts and logs. */
export const T8N_BLOCK_HASH = 0x1337n << 240n;

export interface T8nReceipt extends Receipt {
  txHash: Uint8Array;
  gasUsed: bigint;
  contractAddress: bigint;
  blobGasUsed: bigint;
  blobGasPrice?: bigint;
  index: number;
}

export interface T8nResult {
  stateRoot: Uint8Array;
  txRoot: Uint8Array;
  receiptsRoot: Uint8Array;
  logsHash: Uint8Array;
  logsBloom: Uint8Array;
  receipts: T8nReceipt[];
  rejected: { index: number; error: string }[];
  /** Undefined after the merge (geth writes null). */
  difficulty?: bigint;
  gasUsed: bigint;
  baseFee?: bigint;
  withdrawalsRoot?: Uint8Array;
  excessBlobGas?: bigint;
  blobGasUsed?: bigint;
  requestsHash?: Uint8Array;
  /** Without their type byte, as geth writes them. */
  requests?: Uint8Array[];
  /** Logs of the block with their position, for the receipts' JSON. */
  logs: { log: Log; txIndex: number; logIndex: number }[];
  /** The included transactions' encodings (the body geth writes). */
  included: BlockTransaction[];
  /** The post-state. */
  cache: JournaledCache;
  timestamp: bigint;
  number: bigint;
}

export interface T8nOptions {
  config: ChainConfig;
  /** `--state.reward`: wei for the miner; negative disables the reward. */
  reward: bigint;
  /** A tracer per transaction (index, hash), for `--trace`. */
  tracer?: (index: number, hash: Uint8Array) => Tracer | undefined;
}

function fail(code: number, message: string): never {
  throw new T8nError(code, message);
}

/** geth's applyLondonChecks, applyShanghaiChecks, applyMergeChecks, applyCancunChecks. */
function checkEnv(env: T8nEnv, rules: ForkRules, merged: boolean, config: ChainConfig): void {
  if (rules.hasBaseFee && env.baseFee === undefined) {
    if (env.parentBaseFee === undefined || env.number === 0n)
      fail(ERROR_CONFIG, "EIP-1559 config but missing 'parentBaseFee' in env section");
    const parentRules = rulesFor(config, forkAt(config, env.number - 1n, env.parentTimestamp, merged));
    env.baseFee = calcBaseFee(
      {
        ...emptyParent(env),
        baseFeePerGas: env.parentBaseFee,
        gasUsed: env.parentGasUsed,
        gasLimit: env.parentGasLimit,
      },
      parentRules,
    );
  }
  if (rules.withdrawals && env.withdrawals === undefined)
    fail(ERROR_CONFIG, "Shanghai config but missing 'withdrawals' in env section");
  if (!merged) {
    if (env.difficulty === undefined) {
      if (env.parentDifficulty === undefined)
        fail(
          ERROR_CONFIG,
          'currentDifficulty was not provided, and cannot be calculated due to missing parentDifficulty',
        );
      if (env.number === 0n) fail(ERROR_CONFIG, 'currentDifficulty needs to be provided for block number 0');
      if (env.timestamp <= env.parentTimestamp)
        fail(
          ERROR_CONFIG,
          `currentDifficulty cannot be calculated -- currentTime (${env.timestamp}) needs to be after parent time (${env.parentTimestamp})`,
        );
      const uncles = env.parentUncleHash?.some((b) => b !== 0) ? env.parentUncleHash : EMPTY_OMMERS_HASH;
      env.difficulty = calcDifficulty(rules, env.timestamp, {
        number: env.number - 1n,
        timestamp: env.parentTimestamp,
        difficulty: env.parentDifficulty!,
        ommersHash: uncles,
      });
    }
  } else {
    if (env.random === undefined)
      fail(ERROR_CONFIG, 'post-merge requires currentRandom to be defined in env');
    if (env.difficulty !== undefined && env.difficulty !== 0n)
      fail(ERROR_CONFIG, 'post-merge difficulty must be zero (or omitted) in env');
    env.difficulty = undefined;
  }
  if (!rules.beaconRoot) env.parentBeaconBlockRoot = undefined;
  else if (env.parentBeaconBlockRoot === undefined)
    fail(ERROR_CONFIG, 'post-cancun env requires parentBeaconBlockRoot to be set');
}

function emptyParent(env: T8nEnv) {
  const z = new Uint8Array(32);
  return {
    parentHash: z,
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: 0n,
    stateRoot: z,
    transactionsRoot: z,
    receiptsRoot: z,
    logsBloom: new Uint8Array(256),
    difficulty: 0n,
    number: env.number - 1n,
    gasLimit: 0n,
    gasUsed: 0n,
    timestamp: env.parentTimestamp,
    extraData: new Uint8Array(0),
    mixHash: z,
    nonce: new Uint8Array(8),
  };
}

/** Runs the transition over `alloc`; see the header. */
export function transition(
  alloc: readonly AllocAccount[],
  env: T8nEnv,
  txs: readonly T8nTx[],
  opts: T8nOptions,
): T8nResult {
  const { config } = opts;
  const merged = config.activations.some((a) => a.fork === 'Paris' && a.totalDifficulty === 0n);
  const fork = forkAt(config, env.number, env.timestamp, merged);
  const rules = rulesFor(config, fork);
  checkEnv(env, rules, merged, config);
  const cache = new JournaledCache(allocStore(alloc));
  let excessBlobGas: bigint | undefined = env.excessBlobGas;
  if (
    rules.blobs &&
    excessBlobGas === undefined &&
    env.parentExcessBlobGas !== undefined &&
    env.parentBlobGasUsed !== undefined
  )
    excessBlobGas = nextExcessBlobGas(
      {
        excessBlobGas: env.parentExcessBlobGas,
        blobGasUsed: env.parentBlobGasUsed,
        baseFee: env.parentBaseFee ?? 0n,
      },
      rules.blob,
      rules.blobBaseCost,
    );
  const hasBlobFee = rules.blobs && excessBlobGas !== undefined;
  let missingHash: string | undefined;
  const block: BlockEnv = {
    coinbase: env.coinbase,
    number: env.number,
    timestamp: env.timestamp,
    gasLimit: env.gasLimit,
    baseFee: env.baseFee ?? 0n,
    prevRandao: env.random ?? 0n,
    difficulty: env.difficulty ?? 0n,
    chainId: config.chainId,
    blobBaseFee: hasBlobFee ? blobBaseFee(excessBlobGas!, rules.blob.updateFraction) : 0n,
    blockHash: (n) => {
      const h = env.blockHashes?.get(n);
      if (h === undefined)
        missingHash ??= env.blockHashes
          ? `getHash(${n}) invoked, blockhash for that block not provided`
          : `getHash(${n}) invoked, no blockhashes provided`;
      return h ?? 0n;
    },
  };
  if (env.parentBeaconBlockRoot)
    systemCall(cache, rules, block, BEACON_ROOTS_ADDRESS, env.parentBeaconBlockRoot, false);
  if (env.blockHashes && rules.historyStorage) {
    const prev = env.blockHashes.get(env.number - 1n) ?? 0n;
    systemCall(cache, rules, block, HISTORY_STORAGE_ADDRESS, hex32(prev), false);
  }
  const rejected: { index: number; error: string }[] = [];
  const receipts: T8nReceipt[] = [];
  const included: BlockTransaction[] = [];
  const logs: T8nResult['logs'] = [];
  let gasUsed = 0n;
  let blobGasUsed = 0n;
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  /** Includes one transaction; returns why it is rejected, if it is. */
  const include = (item: T8nTx): string | undefined => {
    if ('error' in item) return item.error;
    const { tx } = item;
    const encoded = item.encoded ?? encodeTransaction(tx);
    if (tx.type === 3 && !hasBlobFee) return 'blob tx used but field env.ExcessBlobGas missing';
    let sender: bigint;
    try {
      sender = recoverSender(tx, rules, config.chainId);
    } catch (e) {
      return (e as PolyvmError).shortMessage ?? String(e);
    }
    const txBlobGas = GAS_PER_BLOB * BigInt(tx.blobVersionedHashes?.length ?? 0);
    if (tx.type === 3 && blobGasUsed + txBlobGas > maxBlobGas)
      return `blob gas (${blobGasUsed + txBlobGas}) would exceed maximum allowance ${maxBlobGas}`;
    const hash = transactionHash(encoded);
    const r = runTransaction(cache, fork, block, withSender(tx, sender), {
      gasAvailable: env.gasLimit - gasUsed,
      tracer: opts.tracer?.(receipts.length, hash),
    });
    if (!r.valid) return r.message;
    if (missingHash) fail(ERROR_MISSING_BLOCKHASH, missingHash);
    gasUsed += r.gasUsed;
    blobGasUsed += txBlobGas;
    const index = receipts.length;
    for (const log of r.logs) logs.push({ log, txIndex: index, logIndex: logs.length });
    const receipt: T8nReceipt = {
      type: tx.type,
      status: r.status === 'success' ? 1 : 0,
      cumulativeGasUsed: gasUsed,
      logsBloom: logsBloom(r.logs),
      logs: r.logs,
      txHash: hash,
      gasUsed: r.gasUsed,
      contractAddress: r.contractAddress ?? 0n,
      blobGasUsed: tx.type === 3 ? txBlobGas : 0n,
      blobGasPrice: tx.type === 3 ? block.blobBaseFee : undefined,
      index,
    };
    if (rules.difficulty === 'frontier' || rules.difficulty === 'homestead')
      receipt.postState = computeStateRoot(cache);
    receipts.push(receipt);
    included.push({ tx, encoded });
    return undefined;
  };
  for (const [index, item] of txs.entries()) {
    const error = include(item);
    if (error !== undefined) rejected.push({ index, error });
  }
  if (opts.reward >= 0n) reward(cache, rules, env, opts.reward);
  if (env.withdrawals) {
    const world = new WorldState(cache);
    for (const w of env.withdrawals) {
      const a = world.get(w.address);
      world.setBalance(a, a.balance + w.amount * 1_000_000_000n);
      world.touch(a);
    }
    writeBack(cache, world, rules);
  }
  let requests: Uint8Array[] | undefined;
  if (rules.requests) {
    requests = [];
    try {
      const deposits = depositRequests(
        logs.map((l) => l.log),
        config.depositContract,
      );
      if (deposits) requests.push(deposits);
      const w = systemCall(cache, rules, block, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (w.output.length > 0) requests.push(withType(WITHDRAWAL_REQUEST_TYPE, w.output));
      const c = systemCall(cache, rules, block, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (c.output.length > 0) requests.push(withType(CONSOLIDATION_REQUEST_TYPE, c.output));
    } catch (e) {
      if (e instanceof InvalidBlockError) fail(ERROR_EVM, `could not parse requests logs: ${e.shortMessage}`);
      throw e;
    }
  }
  return {
    stateRoot: computeStateRoot(cache),
    txRoot: transactionsRoot(included),
    receiptsRoot: receiptsRoot(receipts),
    logsHash: computeLogsHash(logs.map((l) => l.log)),
    logsBloom: mergeBlooms(receipts.map((r) => r.logsBloom)),
    receipts,
    rejected,
    difficulty: merged ? undefined : env.difficulty,
    gasUsed,
    baseFee: env.baseFee,
    withdrawalsRoot: env.withdrawals && withdrawalsRoot(env.withdrawals),
    excessBlobGas: hasBlobFee ? excessBlobGas : undefined,
    blobGasUsed: hasBlobFee ? blobGasUsed : undefined,
    requestsHash: requests && requestsHash(requests),
    requests: requests?.map((r) => r.subarray(1)),
    logs,
    included,
    cache,
    timestamp: env.timestamp,
    number: env.number,
  };
}

/** geth t8n's reward: `reward` plus 1/32 per ommer to the miner, (8 - delta)/8 to each ommer. */
function reward(cache: JournaledCache, rules: ForkRules, env: T8nEnv, amount: bigint): void {
  const world = new WorldState(cache);
  let miner = amount;
  for (const o of env.ommers) {
    miner += amount >> 5n;
    const a = world.get(o.address);
    world.setBalance(a, a.balance + (((8n - o.delta) * amount) >> 3n));
  }
  const c = world.get(env.coinbase);
  world.setBalance(c, c.balance + miner);
  world.touch(c);
  writeBack(cache, world, rules);
}

function writeBack(cache: JournaledCache, world: WorldState, rules: ForkRules): void {
  cache.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache.commit();
}

function hex32(n: bigint): Uint8Array {
  return Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));
}
