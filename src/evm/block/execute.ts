/**
 * Executing a block over a state (execution-specs `state_transition` / `apply_body`, geth
 * `BlockValidator` + `StateProcessor`): the size limit (EIP-7934), the header against its
 * parent, ommers, the body's commitments, sender recovery, the EIP-4788 and EIP-2935
 * system calls, the transactions in order against the block's gas and blob gas, the miner's
 * rewards before the merge, EIP-4895 withdrawals, EIP-7685 requests, and finally the
 * header's gas used, blob gas, bloom, receipts root, requests hash and state root. An
 * invalid block throws InvalidBlockError and leaves the cache exactly as it was.
 */
import { PolyvmError } from '../../core/errors.js';
import type { JournaledCache } from '../../state/index.js';
import { blobBaseFee, GAS_PER_BLOB } from '../blob.js';
import { type ChainConfig, forkAt, rulesFor } from '../chain-config.js';
import type { ForkName } from '../fork-names.js';
import type { ForkRules } from '../fork-rules.js';
import type { BlockEnv } from '../frame.js';
import { LiveStateRoot } from '../live-state-root.js';
import { computeStateRoot, type StateRootMemo } from '../state-root.js';
import type { Tracer } from '../tracer.js';
import { runTransaction } from '../transaction.js';
import { recoverSender, withSender } from '../tx/signature.js';
import { bytesToBigInt } from '../words.js';
import { WorldState } from '../world-state.js';
import { type Block, encodeBlock, ommersHash, transactionsRoot, withdrawalsRoot } from './body.js';
import { InvalidBlockError } from './errors.js';
import { type BlockHeader, headerHash } from './header.js';
import { applyOmmerRewards, validateOmmers } from './ommers.js';
import { logsBloom, mergeBlooms, type Receipt, receiptsRoot } from './receipts.js';
import {
  CONSOLIDATION_REQUEST_TYPE,
  depositRequests,
  requestsHash,
  WITHDRAWAL_REQUEST_TYPE,
  withType,
} from './requests.js';
import {
  BEACON_ROOTS_ADDRESS,
  CONSOLIDATION_REQUEST_ADDRESS,
  HISTORY_STORAGE_ADDRESS,
  systemCall,
  WITHDRAWAL_REQUEST_ADDRESS,
} from './system-calls.js';
import { validateHeader } from './validate.js';

const GWEI = 1_000_000_000n;

/** What a block's execution needs to know of the chain it extends. */
export interface ChainContext {
  config: ChainConfig;
  parent: BlockHeader;
  /** Whether the parent is past the merge (its total difficulty reached the TTD). */
  parentMerged: boolean;
  /** Whether this block is past the merge. */
  merged: boolean;
  /** The parent's hash, when the caller has it (else it is computed from `parent`). */
  parentHash?: Uint8Array;
  /** Hash of ancestor block `n` (BLOCKHASH asks only for the 256 before the block). */
  blockHash(n: bigint): bigint;
  /**
   * The headers of the 7 ancestors (parent first) with the ommers they included, for
   * ommer validation before the merge.
   */
  ancestors?(): readonly { header: BlockHeader; hash: Uint8Array; ommers: readonly BlockHeader[] }[];
}

export interface TransactionReceipt extends Receipt {
  /** The gas this transaction used. */
  gasUsed: bigint;
  blobGasUsed: bigint;
  contractAddress?: bigint;
  sender: bigint;
  status: number;
}

export interface BlockResult {
  fork: ForkName;
  hash: Uint8Array;
  receipts: TransactionReceipt[];
  gasUsed: bigint;
  blobGasUsed: bigint;
  logsBloom: Uint8Array;
  receiptsRoot: Uint8Array;
  stateRoot: Uint8Array;
  /** Indexes of the block's transactions that were included (all of them unless building). */
  included: number[];
  /** EIP-7685 requests with their type byte, from Prague. */
  requests?: Uint8Array[];
  requestsHash?: Uint8Array;
}

function stateRootOf(cache: JournaledCache, memo: ExecuteOptions['memo']): Uint8Array {
  return memo instanceof LiveStateRoot ? memo.root(cache) : computeStateRoot(cache, memo);
}

export interface ExecuteOptions {
  tracer?: Tracer;
  /** What state roots reuse: a memo over one fixed pre-state, or a chain's live tries. */
  memo?: StateRootMemo | LiveStateRoot;
  /**
   * false: skip the checks of the header's results (gas used, bloom, roots, requests hash)
   * and of the header against its parent, for building a block (build.ts).
   */
  validate?: boolean;
  /**
   * Building (build.ts): a transaction that cannot be included is skipped and reported
   * here instead of making the block invalid.
   */
  onRejected?: (index: number, reason: string, message: string) => void;
}

function fail(reason: string, message: string): never {
  throw new InvalidBlockError(reason, message);
}
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export const parentHashOf = (chain: ChainContext): Uint8Array => chain.parentHash ?? headerHash(chain.parent);

/** The EVM's view of a block. */
export function blockEnv(header: BlockHeader, rules: ForkRules, chain: ChainContext): BlockEnv {
  return {
    coinbase: header.coinbase,
    number: header.number,
    timestamp: header.timestamp,
    gasLimit: header.gasLimit,
    baseFee: header.baseFeePerGas ?? 0n,
    prevRandao: bytesToBigInt(header.mixHash),
    difficulty: header.difficulty,
    chainId: chain.config.chainId,
    blobBaseFee: blobBaseFee(header.excessBlobGas ?? 0n, rules.blob.updateFraction),
    blockHash: (n) => chain.blockHash(n),
  };
}

/** The fork and rules of `header` on `chain`. */
export function blockRules(header: BlockHeader, chain: ChainContext): ForkRules {
  return rulesFor(chain.config, forkAt(chain.config, header.number, header.timestamp, chain.merged));
}

function checkBody(block: Block, rules: ForkRules, chain: ChainContext): void {
  const h = block.header;
  if (chain.merged) {
    if (block.ommers.length > 0) fail('IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS', 'ommers after the merge');
  } else validateOmmers(block, chain);
  if (!equal(ommersHash(block.ommers), h.ommersHash)) fail('INVALID_UNCLES_HASH', 'uncle root hash mismatch');
  if (!equal(transactionsRoot(block.transactions), h.transactionsRoot))
    fail('INVALID_TRANSACTIONS_ROOT', 'transaction root hash mismatch');
  if (rules.withdrawals !== (block.withdrawals !== undefined))
    fail(
      'INCORRECT_BLOCK_FORMAT',
      rules.withdrawals ? 'missing withdrawals in block body' : 'withdrawals before Shanghai',
    );
  if (block.withdrawals && !equal(withdrawalsRoot(block.withdrawals), h.withdrawalsRoot!))
    fail('INVALID_WITHDRAWALS_ROOT', 'withdrawals root hash mismatch');
}

/** Executes `block` over `cache` (see the header); returns its receipts and commitments. */
export function executeBlock(
  cache: JournaledCache,
  block: Block,
  chain: ChainContext,
  opts: ExecuteOptions = {},
): BlockResult {
  const h = block.header;
  const validate = opts.validate !== false;
  const parentRules = rulesFor(
    chain.config,
    forkAt(chain.config, chain.parent.number, chain.parent.timestamp, chain.parentMerged),
  );
  const rules = blockRules(h, chain);
  if (validate) {
    if (encodeBlock(block).length > rules.maxBlockRlpSize)
      fail('RLP_BLOCK_LIMIT_EXCEEDED', `block RLP-encoded size exceeds maximum ${rules.maxBlockRlpSize}`);
    if (!equal(h.parentHash, parentHashOf(chain))) fail('UNKNOWN_PARENT', 'parent hash mismatch');
    validateHeader(h, chain.parent, rules, parentRules, chain.merged);
    checkBody(block, rules, chain);
  }
  const senders = block.transactions.map(({ tx }, i): bigint | undefined => {
    try {
      return recoverSender(tx, rules, chain.config.chainId);
    } catch (e) {
      const msg = e instanceof PolyvmError ? e.shortMessage : String(e);
      return reject(opts, i, 'TransactionException.INVALID_SIGNATURE_VRS', msg);
    }
  });
  const env = blockEnv(h, rules, chain);
  cache.checkpoint();
  try {
    const result = applyBody(cache, block, rules, env, chain, senders, opts);
    if (validate) checkResults(h, result);
    cache.commit();
    return result;
  } catch (e) {
    cache.revert();
    throw e;
  }
}

/** A transaction that cannot be included: skipped when building, else the block is invalid. */
function reject(opts: ExecuteOptions, i: number, reason: string, message: string): undefined {
  if (!opts.onRejected) fail(reason, `transaction ${i}: ${message}`);
  opts.onRejected(i, reason, message);
  return undefined;
}

function applyBody(
  cache: JournaledCache,
  block: Block,
  rules: ForkRules,
  env: BlockEnv,
  chain: ChainContext,
  senders: (bigint | undefined)[],
  opts: ExecuteOptions,
): BlockResult {
  const h = block.header;
  if (rules.beaconRoot) systemCall(cache, rules, env, BEACON_ROOTS_ADDRESS, h.parentBeaconBlockRoot!, false);
  if (rules.historyStorage) systemCall(cache, rules, env, HISTORY_STORAGE_ADDRESS, h.parentHash, false);
  const receipts: TransactionReceipt[] = [];
  let gasUsed = 0n;
  let blobGasUsed = 0n;
  const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
  const included: number[] = [];
  for (const [i, { tx }] of block.transactions.entries()) {
    const sender = senders[i];
    if (sender === undefined) continue;
    const blobGas = GAS_PER_BLOB * BigInt(tx.blobVersionedHashes?.length ?? 0);
    if (blobGasUsed + blobGas > maxBlobGas) {
      reject(
        opts,
        i,
        'TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED',
        "blob gas exceeds the block's maximum",
      );
      continue;
    }
    const r = runTransaction(cache, rules.fork, env, withSender(tx, sender), {
      gasAvailable: h.gasLimit - gasUsed,
      tracer: opts.tracer,
    });
    if (!r.valid) {
      reject(opts, i, r.error, r.message);
      continue;
    }
    included.push(i);
    gasUsed += r.gasUsed;
    blobGasUsed += r.blobGasUsed;
    const receipt: TransactionReceipt = {
      type: tx.type,
      status: r.status === 'success' ? 1 : 0,
      cumulativeGasUsed: gasUsed,
      logsBloom: logsBloom(r.logs),
      logs: r.logs,
      gasUsed: r.gasUsed,
      blobGasUsed: r.blobGasUsed,
      contractAddress: r.contractAddress,
      sender,
    };
    // Before Byzantium (EIP-658) a receipt holds the state root after its transaction.
    if (rules.difficulty === 'frontier' || rules.difficulty === 'homestead')
      receipt.postState = stateRootOf(cache, opts.memo);
    receipts.push(receipt);
  }
  if (!chain.merged) applyOmmerRewards(cache, block, rules);
  if (block.withdrawals) applyWithdrawals(cache, block, rules);
  let requests: Uint8Array[] | undefined;
  if (rules.requests) {
    requests = [];
    const deposits = depositRequests(
      receipts.flatMap((r) => r.logs),
      chain.config.depositContract,
    );
    if (deposits) requests.push(deposits);
    const w = systemCall(cache, rules, env, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), true);
    if (w.output.length > 0) requests.push(withType(WITHDRAWAL_REQUEST_TYPE, w.output));
    const c = systemCall(cache, rules, env, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), true);
    if (c.output.length > 0) requests.push(withType(CONSOLIDATION_REQUEST_TYPE, c.output));
  }
  return {
    fork: rules.fork,
    // Building (validate false): buildBlock hashes the finished header instead.
    hash: opts.validate === false ? new Uint8Array(32) : headerHash(h),
    receipts,
    included,
    gasUsed,
    blobGasUsed,
    logsBloom: mergeBlooms(receipts.map((r) => r.logsBloom)),
    receiptsRoot: receiptsRoot(receipts),
    stateRoot: stateRootOf(cache, opts.memo),
    requests,
    requestsHash: requests && requestsHash(requests),
  };
}

/** EIP-4895: each withdrawal credits `amount` gwei; an empty touched account is removed. */
function applyWithdrawals(cache: JournaledCache, block: Block, rules: ForkRules): void {
  const world = new WorldState(cache);
  for (const w of block.withdrawals!) {
    const a = world.get(w.address);
    world.setBalance(a, a.balance + w.amount * GWEI);
    world.touch(a);
  }
  cache.checkpoint();
  world.writeBack(rules.emptyIsDead);
  cache.commit();
}

function checkResults(h: BlockHeader, r: BlockResult): void {
  if (r.gasUsed !== h.gasUsed)
    fail('INCORRECT_BLOCK_GAS_USED', `invalid gas used (remote: ${h.gasUsed} local: ${r.gasUsed})`);
  if (h.blobGasUsed !== undefined && r.blobGasUsed !== h.blobGasUsed)
    fail(
      'INCORRECT_BLOB_GAS_USED',
      `blob gas used mismatch (header ${h.blobGasUsed}, calculated ${r.blobGasUsed})`,
    );
  if (!equal(r.logsBloom, h.logsBloom)) fail('INVALID_LOG_BLOOM', 'invalid bloom');
  if (!equal(r.receiptsRoot, h.receiptsRoot))
    fail(
      'INVALID_RECEIPTS_ROOT',
      `invalid receipt root hash (remote: ${hex(h.receiptsRoot)} local: ${hex(r.receiptsRoot)})`,
    );
  if (h.requestsHash !== undefined && !equal(r.requestsHash!, h.requestsHash))
    fail(
      'INVALID_REQUESTS',
      `invalid requests hash (remote: ${hex(h.requestsHash)} local: ${hex(r.requestsHash!)})`,
    );
  if (!equal(r.stateRoot, h.stateRoot))
    fail(
      'INVALID_STATE_ROOT',
      `invalid merkle root (remote: ${hex(h.stateRoot)} local: ${hex(r.stateRoot)})`,
    );
}
