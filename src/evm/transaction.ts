/**
 * Transaction processing (execution-specs `fork.py` validate_transaction /
 * process_transaction): types 0-3, intrinsic gas (EIP-2028, 2930, 3860), nonce and
 * balance checks, EIP-1559 fees, EIP-4844 blob gas, EIP-2929 pre-warming (EIP-3651
 * coinbase), refunds (EIP-3529), coinbase payment and EIP-161 clearing. Invalid
 * transactions are rejected before any state changes, with the ethereum/tests reason.
 */
import type { JournaledCache } from '../state/index.js';
import { executeMessage } from './executor.js';
import type { ForkName } from './fork-names.js';
import { forkRules } from './fork-rules.js';
import { type BlockEnv, type ExecContext, HALT_NAMES, type Message, REVERTED } from './frame.js';
import { createAddress } from './instructions/system.js';
import { precompileMap } from './precompiles-link.js';
import type { Tracer } from './tracer.js';
import { type Log, WorldState } from './world-state.js';

export interface AccessListEntry {
  address: bigint;
  storageKeys: bigint[];
}

export interface Transaction {
  type: 0 | 1 | 2 | 3;
  sender: bigint;
  /** undefined creates a contract. */
  to: bigint | undefined;
  nonce: bigint;
  gasLimit: bigint;
  value: bigint;
  data: Uint8Array;
  /** Types 0 and 1. */
  gasPrice?: bigint;
  /** Types 2 and 3. */
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  accessList?: AccessListEntry[];
  blobVersionedHashes?: bigint[];
  maxFeePerBlobGas?: bigint;
}

export type TxResult =
  | { valid: false; error: string }
  | {
      valid: true;
      status: 'success' | 'revert' | 'halt';
      /** The halt reason, for status 'halt'. */
      reason?: string;
      gasUsed: bigint;
      output: Uint8Array;
      logs: Log[];
      /** The address of the created contract, for a successful creation. */
      contractAddress?: bigint;
    };

const MAX_U256 = (1n << 256n) - 1n;
const BLOB_GAS_PER_BLOB = 131072n;
const MAX_BLOBS = 6;

/** EIP-4844 fake_exponential. */
export function fakeExponential(factor: bigint, numerator: bigint, denominator: bigint): bigint {
  let i = 1n;
  let output = 0n;
  let acc = factor * denominator;
  while (acc > 0n) {
    output += acc;
    acc = (acc * numerator) / (denominator * i);
    i++;
  }
  return output / denominator;
}

export function blobBaseFee(excessBlobGas: bigint): bigint {
  return fakeExponential(1n, excessBlobGas, 3338477n);
}

export function intrinsicGas(tx: Transaction, fork: ForkName): bigint {
  const r = forkRules(fork);
  let gas = 21000n;
  if (tx.to === undefined && r.homestead) gas += 32000n;
  let zeros = 0;
  for (const b of tx.data) if (b === 0) zeros++;
  gas += BigInt(zeros * 4 + (tx.data.length - zeros) * r.txDataNonZero);
  if (tx.to === undefined && r.maxInitcodeSize < Number.MAX_SAFE_INTEGER)
    gas += 2n * BigInt(Math.ceil(tx.data.length / 32));
  for (const e of tx.accessList ?? []) gas += 2400n + 1900n * BigInt(e.storageKeys.length);
  return gas;
}

/** Validates and executes `tx` over `cache`; on success the changes are in the cache. */
export function runTransaction(
  cache: JournaledCache,
  fork: ForkName,
  block: BlockEnv,
  tx: Transaction,
  tracer?: Tracer,
): TxResult {
  const rules = forkRules(fork);
  const world = new WorldState(cache);
  const fail = (error: string): TxResult => ({ valid: false, error });
  for (const v of [tx.value, tx.gasPrice, tx.maxFeePerGas, tx.maxPriorityFeePerGas, tx.maxFeePerBlobGas])
    if (v !== undefined && (v < 0n || v > MAX_U256)) return fail('TransactionException.RLP_INVALID_VALUE');
  if (tx.type >= 1 && !rules.accessLists) return fail('TransactionException.TYPE_NOT_SUPPORTED');
  if (tx.type >= 2 && !rules.hasBaseFee) return fail('TransactionException.TYPE_NOT_SUPPORTED');
  if (tx.type === 3 && !rules.hasBlobs) return fail('TransactionException.TYPE_3_TX_PRE_FORK');
  const intrinsic = intrinsicGas(tx, fork);
  if (intrinsic > tx.gasLimit) return fail('TransactionException.INTRINSIC_GAS_TOO_LOW');
  if (tx.to === undefined && tx.data.length > rules.maxInitcodeSize)
    return fail('TransactionException.INITCODE_SIZE_EXCEEDED');
  if (tx.nonce >= (1n << 64n) - 1n) return fail('TransactionException.NONCE_IS_MAX');
  if (tx.gasLimit > block.gasLimit) return fail('TransactionException.GAS_ALLOWANCE_EXCEEDED');
  const maxFee = tx.type >= 2 ? tx.maxFeePerGas! : tx.gasPrice!;
  const maxPriority = tx.type >= 2 ? tx.maxPriorityFeePerGas! : tx.gasPrice!;
  if (maxPriority > maxFee) return fail('TransactionException.PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS');
  if (rules.hasBaseFee && maxFee < block.baseFee)
    return fail('TransactionException.INSUFFICIENT_MAX_FEE_PER_GAS');
  let blobGas = 0n;
  const blobHashes = tx.blobVersionedHashes ?? [];
  if (tx.type === 3) {
    if (tx.to === undefined) return fail('TransactionException.TYPE_3_TX_CONTRACT_CREATION');
    if (blobHashes.length === 0) return fail('TransactionException.TYPE_3_TX_ZERO_BLOBS');
    if (blobHashes.length > MAX_BLOBS) return fail('TransactionException.TYPE_3_TX_BLOB_COUNT_EXCEEDED');
    for (const h of blobHashes)
      if (h >> 248n !== 1n) return fail('TransactionException.TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH');
    if (tx.maxFeePerBlobGas! < block.blobBaseFee)
      return fail('TransactionException.INSUFFICIENT_MAX_FEE_PER_BLOB_GAS');
    blobGas = BLOB_GAS_PER_BLOB * BigInt(blobHashes.length);
  }
  const sender = world.get(tx.sender);
  if (sender.nonce !== tx.nonce) return fail('TransactionException.NONCE_MISMATCH');
  if (sender.code.length > 0) return fail('TransactionException.SENDER_NOT_EOA');
  const maxCost = tx.gasLimit * maxFee + tx.value + blobGas * (tx.maxFeePerBlobGas ?? 0n);
  if (sender.balance < maxCost) return fail('TransactionException.INSUFFICIENT_ACCOUNT_FUNDS');

  const gasPrice = tx.type >= 2 ? minBig(maxFee, block.baseFee + maxPriority) : maxFee;
  const priorityFee = rules.hasBaseFee ? gasPrice - block.baseFee : gasPrice;
  cache.checkpoint();
  world.setNonce(sender, sender.nonce + 1n);
  world.setBalance(sender, sender.balance - tx.gasLimit * gasPrice - blobGas * block.blobBaseFee);

  const precompiles = precompileMap(fork);
  const ctx: ExecContext = {
    rules,
    world,
    block,
    tx: { origin: tx.sender, gasPrice, blobHashes },
    precompiles,
    tracer,
  };
  const isCreate = tx.to === undefined;
  const target = isCreate ? createAddress(tx.sender, tx.nonce) : tx.to!;
  if (rules.accessLists) {
    world.warmAddress(tx.sender);
    world.warmAddress(target);
    for (const p of precompiles.keys()) world.warmAddress(p);
    for (const e of tx.accessList ?? []) {
      world.warmAddress(e.address);
      for (const k of e.storageKeys) world.warmSlot(e.address, k);
    }
    if (rules.warmCoinbase) world.warmAddress(block.coinbase);
  }
  const gas = tx.gasLimit - intrinsic;
  const targetAccount = world.get(target);
  let result: { success: boolean; status: number; gasLeft: bigint; output: Uint8Array };
  if (
    isCreate &&
    (targetAccount.nonce !== 0n || targetAccount.code.length > 0 || world.hasStorage(targetAccount))
  ) {
    result = { success: false, status: 25, gasLeft: 0n, output: new Uint8Array(0) };
  } else {
    const msg: Message = {
      caller: tx.sender,
      address: target,
      codeAddress: target,
      value: tx.value,
      input: isCreate ? new Uint8Array(0) : tx.data,
      code: isCreate ? tx.data : targetAccount.code,
      codeHash: isCreate ? undefined : targetAccount.codeHash,
      gas,
      depth: 0,
      isStatic: false,
      isCreate,
      transfersValue: true,
    };
    result = executeMessage(ctx, msg);
  }
  let gasUsed = tx.gasLimit - result.gasLeft;
  const refund = minBig(BigInt(world.refund), gasUsed / BigInt(rules.refundQuotient));
  gasUsed -= refund;
  world.setBalance(sender, sender.balance + (tx.gasLimit - gasUsed) * gasPrice);
  const coinbase = world.get(block.coinbase);
  const fee = gasUsed * priorityFee;
  if (fee !== 0n) world.setBalance(coinbase, coinbase.balance + fee);
  else world.touch(coinbase);
  world.writeBack(rules.emptyIsDead);
  cache.commit();
  const status = result.success ? 'success' : result.status === REVERTED ? 'revert' : 'halt';
  return {
    valid: true,
    status,
    reason: status === 'halt' ? HALT_NAMES[result.status] : undefined,
    gasUsed,
    output: result.output,
    logs: world.logs,
    contractAddress: isCreate && result.success ? target : undefined,
  };
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
