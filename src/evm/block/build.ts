/**
 * Building a block over a state (what a miner or a dev node does, geth `miner` /
 * `GenerateChain`): the header from the parent (number, EIP-1559 base fee, EIP-4844/7918
 * excess blob gas, difficulty before the merge) and the given attributes, the pending
 * transactions in order with each one that cannot be included skipped (invalid, out of
 * block gas or blob gas), then the results (roots, bloom, gas, requests hash) filled in.
 * The state ends as after importing the block; the block imports with executeBlock.
 */
import type { JournaledCache } from '../../state/index.js';
import { nextExcessBlobGas } from '../blob.js';
import { forkAt, rulesFor } from '../chain-config.js';
import type { SignedTransaction } from '../tx/types.js';
import { type Block, blockTransaction, transactionsRoot, type Withdrawal, withdrawalsRoot } from './body.js';
import { calcDifficulty } from './difficulty.js';
import {
  type BlockResult,
  type ChainContext,
  type ExecuteOptions,
  executeBlock,
  parentHashOf,
} from './execute.js';
import { type BlockHeader, EMPTY_OMMERS_HASH, headerHash } from './header.js';
import { BLOOM_BYTES } from './receipts.js';
import { calcBaseFee } from './validate.js';

export interface BlockAttributes {
  timestamp: bigint;
  coinbase: bigint;
  /** PREVRANDAO after the merge (the header's mixHash). */
  prevRandao?: Uint8Array;
  /** Default: the parent's. */
  gasLimit?: bigint;
  /** Default: EIP-1559's value from the parent (a dev node's anvil_setNextBlockBaseFeePerGas sets it). */
  baseFeePerGas?: bigint;
  extraData?: Uint8Array;
  /** From Shanghai (default none). */
  withdrawals?: Withdrawal[];
  /** From Cancun (default zero). */
  parentBeaconBlockRoot?: Uint8Array;
}

export interface BuiltBlock {
  block: Block;
  result: BlockResult;
  /** The pending transactions left out, with why. */
  rejected: { tx: SignedTransaction; reason: string; message: string }[];
}

const ZERO32 = new Uint8Array(32);

/** The header of the next block before execution (its result fields zero). */
export function nextHeader(chain: ChainContext, attrs: BlockAttributes): BlockHeader {
  const p = chain.parent;
  const number = p.number + 1n;
  const rules = rulesFor(chain.config, forkAt(chain.config, number, attrs.timestamp, chain.merged));
  const parentRules = rulesFor(chain.config, forkAt(chain.config, p.number, p.timestamp, chain.parentMerged));
  const h: BlockHeader = {
    parentHash: parentHashOf(chain),
    ommersHash: EMPTY_OMMERS_HASH,
    coinbase: attrs.coinbase,
    stateRoot: ZERO32,
    transactionsRoot: ZERO32,
    receiptsRoot: ZERO32,
    logsBloom: new Uint8Array(BLOOM_BYTES),
    difficulty: chain.merged ? 0n : calcDifficulty(rules, attrs.timestamp, p),
    number,
    gasLimit: attrs.gasLimit ?? p.gasLimit,
    gasUsed: 0n,
    timestamp: attrs.timestamp,
    extraData: attrs.extraData ?? new Uint8Array(0),
    mixHash: attrs.prevRandao ?? ZERO32,
    nonce: new Uint8Array(8),
  };
  if (rules.hasBaseFee) h.baseFeePerGas = attrs.baseFeePerGas ?? calcBaseFee(p, parentRules);
  if (rules.withdrawals) h.withdrawalsRoot = withdrawalsRoot(attrs.withdrawals ?? []);
  if (rules.blobs) {
    h.blobGasUsed = 0n;
    h.excessBlobGas = nextExcessBlobGas(
      {
        excessBlobGas: p.excessBlobGas ?? 0n,
        blobGasUsed: p.blobGasUsed ?? 0n,
        baseFee: p.baseFeePerGas ?? 0n,
      },
      rules.blob,
      rules.blobBaseCost,
    );
  }
  if (rules.beaconRoot) h.parentBeaconBlockRoot = attrs.parentBeaconBlockRoot ?? ZERO32;
  if (rules.requests) h.requestsHash = ZERO32;
  return h;
}

/** Builds the next block on `chain` from `pending` over `cache` (see the header). */
export function buildBlock(
  cache: JournaledCache,
  chain: ChainContext,
  pending: readonly SignedTransaction[],
  attrs: BlockAttributes,
  opts: Pick<ExecuteOptions, 'tracer' | 'memo'> = {},
): BuiltBlock {
  const header = nextHeader(chain, attrs);
  const rules = rulesFor(chain.config, forkAt(chain.config, header.number, header.timestamp, chain.merged));
  const txs = pending.map(blockTransaction);
  const draft: Block = {
    header,
    transactions: txs,
    ommers: [],
    withdrawals: rules.withdrawals ? (attrs.withdrawals ?? []) : undefined,
  };
  const rejected: BuiltBlock['rejected'] = [];
  const result = executeBlock(cache, draft, chain, {
    ...opts,
    validate: false,
    onRejected: (i, reason, message) => rejected.push({ tx: pending[i]!, reason, message }),
  });
  const included = result.included.map((i) => txs[i]!);
  const final: BlockHeader = {
    ...header,
    stateRoot: result.stateRoot,
    transactionsRoot: transactionsRoot(included),
    receiptsRoot: result.receiptsRoot,
    logsBloom: result.logsBloom,
    gasUsed: result.gasUsed,
  };
  if (final.blobGasUsed !== undefined) final.blobGasUsed = result.blobGasUsed;
  if (final.requestsHash !== undefined) final.requestsHash = result.requestsHash!;
  const block: Block = { ...draft, header: final, transactions: included };
  let hash: Uint8Array | undefined;
  return {
    block,
    // The hash on first read: a caller that changes the header (a dev node's) never pays for it.
    result: {
      ...result,
      get hash() {
        return (hash ??= headerHash(final));
      },
      included: result.included.map((_, k) => k),
    },
    rejected,
  };
}
