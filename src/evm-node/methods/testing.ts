/**
 * The `testing_` namespace (ethereum/execution-apis `src/testing/`, geth
 * `eth/catalyst/api_testing.go`): testing_buildBlockV1(parentHash, payloadAttributes,
 * transactions, extraData) builds a block on the head as geth's miner would for those
 * attributes and answers its execution payload envelope, without adding it to the chain.
 * Transactions null: the pool's ready ones; [] an empty block; a list: exactly those, and
 * the first that cannot be included fails the request with its error. The gas limit moves
 * toward geth's default 60,000,000 gas ceiling by at most parent/1024 - 1 (core.CalcGasLimit).
 */
import {
  buildBlock,
  decodeTransaction,
  forkRules,
  InvalidTransactionError,
  type SignedTransaction,
  type Withdrawal,
} from '../../evm/index.js';
import { invalidParams, serverError } from '../errors.js';
import { withdrawalJson } from '../format.js';
import { address, data, parseAddress, parseData, parseHash, parseQty, parseWithdrawal, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import type { Methods } from './types.js';

/** geth's miner.Config.GasCeil default and params.GasLimitBoundDivisor / MinGasLimit. */
const GAS_CEIL = 60_000_000n;
const GAS_LIMIT_BOUND_DIVISOR = 1024n;
const MIN_GAS_LIMIT = 5000n;

/** core.CalcGasLimit: the parent's limit moved toward `desired` within the bound. */
export function calcGasLimit(parent: bigint, desired: bigint): bigint {
  const delta = parent / GAS_LIMIT_BOUND_DIVISOR - 1n;
  const want = desired < MIN_GAS_LIMIT ? MIN_GAS_LIMIT : desired;
  if (parent < want) return parent + delta > want ? want : parent + delta;
  if (parent > want) return parent - delta < want ? want : parent - delta;
  return parent;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseWithdrawals(v: unknown): Withdrawal[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalidParams('invalid argument 1: withdrawals: array expected');
  return v.map((w, i) => {
    const at = `1.withdrawals[${i}]`;
    if (!isObject(w)) throw invalidParams(`invalid argument ${at}: object expected`);
    return parseWithdrawal(w, at);
  });
}

function buildBlockV1(node: DevNode, params: unknown[]): Record<string, unknown> {
  const parentHash = parseHash(params[0], 'argument 0');
  const attrs = params[1];
  if (!isObject(attrs)) throw invalidParams('invalid argument 1: payload attributes must be an object');
  if (data(parentHash) !== data(node.head.hash)) throw serverError('parentHash is not current head');
  const timestamp = parseQty(attrs.timestamp, '1.timestamp', 64);
  const prevRandao = parseHash(attrs.prevRandao, '1.prevRandao');
  const coinbase = parseAddress(attrs.suggestedFeeRecipient, '1.suggestedFeeRecipient');
  const withdrawals = parseWithdrawals(attrs.withdrawals);
  const beaconRoot =
    attrs.parentBeaconBlockRoot == null
      ? undefined
      : parseHash(attrs.parentBeaconBlockRoot, '1.parentBeaconBlockRoot');
  const extraData = params[3] == null ? new Uint8Array(0) : parseData(params[3], 'argument 3');
  let txs: SignedTransaction[];
  const given = params[2];
  if (given === undefined || given === null)
    txs = node.pool.ready(node.nonceOf, node.nextBaseFeeValue()).map((p) => p.tx);
  else {
    if (!Array.isArray(given)) throw invalidParams('invalid argument 2: array of transactions expected');
    txs = given.map((raw, i) => {
      try {
        return decodeTransaction(parseData(raw, `2[${i}]`));
      } catch (e) {
        if (e instanceof InvalidTransactionError)
          throw invalidParams(`invalid transaction ${i}: ${e.shortMessage}`);
        throw e;
      }
    });
  }
  const head = node.head.block.header;
  const cache = node.stateAt(node.head.number);
  const built = buildBlock(cache, node.chainContext(), txs, {
    timestamp,
    coinbase,
    prevRandao,
    gasLimit: calcGasLimit(head.gasLimit, GAS_CEIL),
    extraData,
    withdrawals,
    parentBeaconBlockRoot: beaconRoot,
  });
  // Given transactions must all be included (geth: "all passed transactions HAVE to be valid").
  if (given !== undefined && given !== null && built.rejected.length > 0)
    throw serverError(built.rejected[0]!.message);
  const h = built.block.header;
  const baseFee = h.baseFeePerGas ?? 0n;
  let value = 0n;
  for (const [i, r] of built.result.receipts.entries()) {
    const tx = built.block.transactions[i]!.tx;
    const price = tx.type >= 2 ? minBig(tx.maxFeePerGas!, baseFee + tx.maxPriorityFeePerGas!) : tx.gasPrice!;
    value += r.gasUsed * (price - (forkRules(built.result.fork).hasBaseFee ? baseFee : 0n));
  }
  const payload: Record<string, unknown> = {
    parentHash: data(h.parentHash),
    feeRecipient: address(h.coinbase),
    stateRoot: data(h.stateRoot),
    receiptsRoot: data(h.receiptsRoot),
    logsBloom: data(h.logsBloom),
    prevRandao: data(h.mixHash),
    blockNumber: qty(h.number),
    gasLimit: qty(h.gasLimit),
    gasUsed: qty(h.gasUsed),
    timestamp: qty(h.timestamp),
    extraData: data(h.extraData),
    baseFeePerGas: qty(baseFee),
    blockHash: data(built.result.hash),
    transactions: built.block.transactions.map((t) => data(t.encoded)),
  };
  if (built.block.withdrawals) payload.withdrawals = built.block.withdrawals.map(withdrawalJson);
  if (h.blobGasUsed !== undefined) payload.blobGasUsed = qty(h.blobGasUsed);
  if (h.excessBlobGas !== undefined) payload.excessBlobGas = qty(h.excessBlobGas);
  const out: Record<string, unknown> = {
    executionPayload: payload,
    blockValue: qty(value),
    blobsBundle: { commitments: [], proofs: [], blobs: [] },
    shouldOverrideBuilder: false,
  };
  if (built.result.requests) out.executionRequests = built.result.requests.map((r) => data(r));
  return out;
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b);

export const testingMethods: Methods = {
  testing_buildBlockV1: buildBlockV1,
};
