/**
 * Blocks, transactions, receipts and logs as JSON-RPC results, field for field as geth's
 * `internal/ethapi` (RPCMarshalHeader, RPCTransaction, MarshalReceipt) and execution-apis
 * `schemas/` give them.
 */
import {
  blobBaseFee,
  encodeBlock,
  type ForkName,
  forkRules,
  GAS_PER_BLOB,
  type Log,
  type SignedTransaction,
  type Withdrawal,
} from '../evm/index.js';
import { address, data, qty, word } from './hex.js';
import type { ChainBlock, StoredReceipt } from './types.js';

export function headerJson(b: ChainBlock): Record<string, unknown> {
  const h = b.block.header;
  const out: Record<string, unknown> = {
    hash: data(b.hash),
    parentHash: data(h.parentHash),
    sha3Uncles: data(h.ommersHash),
    miner: address(h.coinbase),
    stateRoot: data(h.stateRoot),
    transactionsRoot: data(h.transactionsRoot),
    receiptsRoot: data(h.receiptsRoot),
    logsBloom: data(h.logsBloom),
    difficulty: qty(h.difficulty),
    number: qty(h.number),
    gasLimit: qty(h.gasLimit),
    gasUsed: qty(h.gasUsed),
    timestamp: qty(h.timestamp),
    extraData: data(h.extraData),
    mixHash: data(h.mixHash),
    nonce: data(h.nonce),
  };
  if (h.baseFeePerGas !== undefined) out.baseFeePerGas = qty(h.baseFeePerGas);
  if (h.withdrawalsRoot !== undefined) out.withdrawalsRoot = data(h.withdrawalsRoot);
  if (h.blobGasUsed !== undefined) out.blobGasUsed = qty(h.blobGasUsed);
  if (h.excessBlobGas !== undefined) out.excessBlobGas = qty(h.excessBlobGas);
  if (h.parentBeaconBlockRoot !== undefined) out.parentBeaconBlockRoot = data(h.parentBeaconBlockRoot);
  if (h.requestsHash !== undefined) out.requestsHash = data(h.requestsHash);
  return out;
}

export function blockJson(b: ChainBlock, full: boolean, fork: ForkName): Record<string, unknown> {
  const out = headerJson(b);
  out.size = qty(encodeBlock(b.block).length);
  out.uncles = b.block.ommers.map(() => '0x');
  out.transactions = full
    ? b.block.transactions.map((_, i) => txJson(b, i, fork))
    : b.txHashes.map((t) => data(t));
  if (b.block.withdrawals) out.withdrawals = b.block.withdrawals.map(withdrawalJson);
  return out;
}

/** A withdrawal as JSON-RPC writes it (EIP-4895). */
export const withdrawalJson = (w: Withdrawal) => ({
  index: qty(w.index),
  validatorIndex: qty(w.validatorIndex),
  address: address(w.address),
  amount: qty(w.amount),
});

/** A transaction, mined (its block and index given) or pending. */
export function signedTxJson(
  tx: SignedTransaction,
  from: bigint,
  hash: Uint8Array,
  where?: { block: ChainBlock; index: number },
  chainId?: bigint,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    blockHash: where ? data(where.block.hash) : null,
    blockNumber: where ? qty(where.block.number) : null,
    blockTimestamp: where ? qty(where.block.block.header.timestamp) : null, // geth 1.16
    from: address(from),
    gas: qty(tx.gasLimit),
    gasPrice: qty(tx.gasPrice ?? tx.maxFeePerGas ?? 0n),
    hash: data(hash),
    input: data(tx.data),
    nonce: qty(tx.nonce),
    to: tx.to === undefined ? null : address(tx.to),
    transactionIndex: where ? qty(where.index) : null,
    value: qty(tx.value),
    type: qty(tx.type),
  };
  if (tx.type >= 2) {
    out.maxFeePerGas = qty(tx.maxFeePerGas!);
    out.maxPriorityFeePerGas = qty(tx.maxPriorityFeePerGas!);
    if (where) out.gasPrice = qty(where.block.receipts[where.index]!.effectiveGasPrice);
  }
  if (tx.type === 3) {
    out.maxFeePerBlobGas = qty(tx.maxFeePerBlobGas!);
    out.blobVersionedHashes = (tx.blobVersionedHashes ?? []).map(word);
  }
  if (tx.type >= 1) {
    out.accessList = (tx.accessList ?? []).map((e) => ({
      address: address(e.address),
      storageKeys: e.storageKeys.map(word),
    }));
    out.chainId = qty(tx.chainId ?? chainId ?? 0n);
  } else if (tx.v >= 35n) out.chainId = qty((tx.v - 35n) / 2n);
  if (tx.type === 4)
    out.authorizationList = (tx.authorizationList ?? []).map((a) => ({
      chainId: qty(a.chainId),
      address: address(a.address),
      nonce: qty(a.nonce),
      yParity: qty(a.yParity),
      r: qty(a.r),
      s: qty(a.s),
    }));
  out.v = qty(tx.v);
  out.r = qty(tx.r);
  out.s = qty(tx.s);
  if (tx.type >= 1) out.yParity = qty(tx.v);
  return out;
}

export function txJson(b: ChainBlock, index: number, fork: ForkName): Record<string, unknown> {
  void fork;
  const t = b.block.transactions[index]!;
  return signedTxJson(t.tx, b.receipts[index]!.from, b.txHashes[index]!, { block: b, index });
}

/** The index in the block of the first log of transaction `index`. */
function firstLogIndex(b: ChainBlock, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) n += b.receipts[i]!.logs.length;
  return n;
}

export function logJson(b: ChainBlock, txIndex: number, log: Log, logIndex: number): Record<string, unknown> {
  return {
    address: address(log.address),
    topics: log.topics.map(word),
    data: data(log.data),
    blockNumber: qty(b.number),
    transactionHash: data(b.txHashes[txIndex]!),
    transactionIndex: qty(txIndex),
    blockHash: data(b.hash),
    blockTimestamp: qty(b.block.header.timestamp),
    logIndex: qty(logIndex),
    removed: false,
  };
}

export function receiptJson(b: ChainBlock, index: number, fork: ForkName): Record<string, unknown> {
  const r: StoredReceipt = b.receipts[index]!;
  const tx = b.block.transactions[index]!.tx;
  const first = firstLogIndex(b, index);
  const out: Record<string, unknown> = {
    blockHash: data(b.hash),
    blockNumber: qty(b.number),
    contractAddress: r.contractAddress === undefined ? null : address(r.contractAddress),
    cumulativeGasUsed: qty(r.cumulativeGasUsed),
    effectiveGasPrice: qty(r.effectiveGasPrice),
    from: address(r.from),
    gasUsed: qty(r.gasUsed),
    logs: r.logs.map((l, k) => logJson(b, index, l, first + k)),
    logsBloom: data(bloomOf(r.logs)),
    ...(r.root ? { root: data(r.root) } : { status: qty(r.status) }),
    to: tx.to === undefined ? null : address(tx.to),
    transactionHash: data(b.txHashes[index]!),
    transactionIndex: qty(index),
    type: qty(tx.type),
  };
  if (tx.type === 3) {
    out.blobGasUsed = qty(r.blobGasUsed);
    const rules = forkRules(fork);
    out.blobGasPrice = qty(blobBaseFee(b.block.header.excessBlobGas ?? 0n, rules.blob.updateFraction));
  }
  return out;
}

import { logsBloom } from '../evm/index.js';

const bloomOf = (logs: readonly Log[]) => logsBloom(logs);

export { GAS_PER_BLOB };
