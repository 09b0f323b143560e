/**
 * Transaction processing (execution-specs `fork.py` check_transaction / process_transaction,
 * geth `core/state_transition.go`): the checks in geth's order and with its messages, gas
 * purchase, EIP-7702 authorizations, the top-level message, EIP-3529 refunds, the EIP-7623
 * calldata floor, coinbase payment and EIP-161 clearing. An invalid transaction changes
 * nothing; a valid one leaves its changes in the cache.
 */
import type { JournaledCache } from '../state/index.js';
import { GAS_PER_BLOB } from './blob.js';
import { delegationCode, delegationTarget } from './delegation.js';
import { executeMessage } from './executor.js';
import type { ForkName } from './fork-names.js';
import { type ForkRules, forkRules } from './fork-rules.js';
import { type BlockEnv, type ExecContext, HALT_NAMES, type Message, REVERTED } from './frame.js';
import { createAddress } from './instructions/system.js';
import { type Precompile, precompileMap } from './precompiles-link.js';
import type { Tracer } from './tracer.js';
import { floorDataGas, intrinsicGas } from './tx/intrinsic.js';
import { recoverAuthority } from './tx/signature.js';
import type { Transaction } from './tx/types.js';
import { checksumAddress } from './words.js';
import { type Log, WorldState } from './world-state.js';

export type { AccessListEntry, Authorization, Transaction } from './tx/types.js';

/** Why a transaction is invalid: the execution-spec-tests name and geth's message. */
export interface TxRejection {
  valid: false;
  /** `TransactionException.NAME` as execution-spec-tests names it. */
  error: string;
  /** geth's error text (what `evm t8n` reports for a rejected transaction). */
  message: string;
}

export type TxResult =
  | TxRejection
  | {
      valid: true;
      status: 'success' | 'revert' | 'halt';
      /** The halt reason, for status 'halt'. */
      reason?: string;
      /** Gas charged: after the refund and the EIP-7623 floor. */
      gasUsed: bigint;
      /** Gas used before the refund, at least the EIP-7623 floor (geth `MaxUsedGas`). */
      maxUsedGas: bigint;
      /** Blob gas paid for (EIP-4844). */
      blobGasUsed: bigint;
      output: Uint8Array;
      logs: Log[];
      /** The address of the created contract, for a creation. */
      contractAddress?: bigint;
    };

const MAX_U256 = (1n << 256n) - 1n;
const MAX_NONCE = (1n << 64n) - 1n;

const reject = (name: string, message: string): TxRejection => ({
  valid: false,
  error: `TransactionException.${name}`,
  message,
});
/** geth prints addresses in its messages with the EIP-55 checksum. */
const hex = checksumAddress;

/** geth's transaction type check (the fork's signer): a later type is not supported yet. */
export function unsupportedType(tx: Transaction, rules: ForkRules): TxRejection | undefined {
  if (tx.type <= rules.maxTxType) return undefined;
  const name =
    tx.type === 3 ? 'TYPE_3_TX_PRE_FORK' : tx.type === 4 ? 'TYPE_4_TX_PRE_FORK' : 'TYPE_NOT_SUPPORTED';
  return reject(name, 'transaction type not supported');
}

/** Checks a transaction against the state and block (geth's preCheck and execute order). */
function validate(
  world: WorldState,
  rules: ForkRules,
  block: BlockEnv,
  tx: Transaction,
  gasAvailable: bigint,
  opts: RunTransactionOptions = {},
): TxRejection | { intrinsic: bigint; floor: bigint; blobGas: bigint } {
  // For the messages only: a checksum address costs a keccak.
  const from = () => hex(tx.sender);
  for (const v of [tx.value, tx.gasPrice, tx.maxFeePerGas, tx.maxPriorityFeePerGas, tx.maxFeePerBlobGas])
    if (v !== undefined && (v < 0n || v > MAX_U256))
      return reject('RLP_INVALID_VALUE', 'value exceeds 256 bits');
  const typeError = unsupportedType(tx, rules);
  if (typeError) return typeError;
  const sender = world.get(tx.sender);
  if (!opts.skipNonceCheck && sender.nonce < tx.nonce)
    return reject(
      'NONCE_MISMATCH_TOO_HIGH',
      `nonce too high: address ${from()}, tx: ${tx.nonce} state: ${sender.nonce}`,
    );
  if (!opts.skipNonceCheck && sender.nonce > tx.nonce)
    return reject(
      'NONCE_MISMATCH_TOO_LOW',
      `nonce too low: address ${from()}, tx: ${tx.nonce} state: ${sender.nonce}`,
    );
  if (!opts.skipNonceCheck && sender.nonce === MAX_NONCE)
    return reject('NONCE_IS_MAX', `nonce has max value: address ${from()}, nonce: ${sender.nonce}`);
  const txChecks = !opts.skipTransactionChecks;
  if (txChecks && tx.gasLimit > rules.maxTxGas)
    return reject(
      'GAS_LIMIT_EXCEEDS_MAXIMUM',
      `transaction gas limit too high (cap: ${rules.maxTxGas}, tx: ${tx.gasLimit})`,
    );
  if (
    txChecks &&
    sender.code.length > 0 &&
    !(rules.delegation && delegationTarget(sender.code) !== undefined)
  )
    return reject('SENDER_NOT_EOA', `sender not an eoa: address ${from()}, len(code): ${sender.code.length}`);
  const feeCap = tx.type >= 2 ? tx.maxFeePerGas! : tx.gasPrice!;
  const tipCap = tx.type >= 2 ? tx.maxPriorityFeePerGas! : tx.gasPrice!;
  const noFees = opts.noBaseFee === true && feeCap === 0n && tipCap === 0n;
  if (rules.hasBaseFee && !noFees) {
    if (feeCap < tipCap)
      return reject(
        'PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS',
        `max priority fee per gas higher than max fee per gas: address ${from()}, maxPriorityFeePerGas: ${tipCap}, maxFeePerGas: ${feeCap}`,
      );
    if (feeCap < block.baseFee)
      return reject(
        'INSUFFICIENT_MAX_FEE_PER_GAS',
        `max fee per gas less than block base fee: address ${from()}, maxFeePerGas: ${feeCap}, baseFee: ${block.baseFee}`,
      );
  }
  const blobs = tx.blobVersionedHashes;
  if (tx.type === 3 && blobs) {
    if (tx.to === undefined) return reject('TYPE_3_TX_CONTRACT_CREATION', 'blob transaction of type create');
    if (blobs.length === 0) return reject('TYPE_3_TX_ZERO_BLOBS', 'blob transaction missing blob hashes');
    if (blobs.length > rules.maxBlobsPerTx)
      return reject('TYPE_3_TX_BLOB_COUNT_EXCEEDED', 'blob transaction has too many blobs');
    for (const [i, h] of blobs.entries())
      if (h >> 248n !== 1n)
        return reject('TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH', `blob ${i} has invalid hash version`);
  }
  const blobGas = GAS_PER_BLOB * BigInt(blobs?.length ?? 0);
  const noBlobFee = opts.noBaseFee === true && (tx.maxFeePerBlobGas ?? 0n) === 0n;
  if (rules.blobs && blobGas > 0n && !noBlobFee && tx.maxFeePerBlobGas! < block.blobBaseFee)
    return reject(
      'INSUFFICIENT_MAX_FEE_PER_BLOB_GAS',
      `max fee per blob gas less than block blob gas fee: address ${from()} blobGasFeeCap: ${tx.maxFeePerBlobGas}, blobBaseFee: ${block.blobBaseFee}`,
    );
  if (tx.type === 4) {
    if (tx.to === undefined)
      return reject(
        'TYPE_4_TX_CONTRACT_CREATION',
        `EIP-7702 transaction cannot be used to create contract (sender ${from()})`,
      );
    if (!tx.authorizationList?.length)
      return reject(
        'TYPE_4_EMPTY_AUTHORIZATION_LIST',
        `EIP-7702 transaction with empty auth list (sender ${from()})`,
      );
  }
  const need = tx.gasLimit * feeCap + tx.value + blobGas * (tx.maxFeePerBlobGas ?? 0n);
  if (need > MAX_U256)
    return reject(
      'INSUFFICIENT_ACCOUNT_FUNDS',
      `insufficient funds for gas * price + value: address ${from()} required balance exceeds 256 bits`,
    );
  if (sender.balance < need)
    return reject(
      'INSUFFICIENT_ACCOUNT_FUNDS',
      `insufficient funds for gas * price + value: address ${from()} have ${sender.balance} want ${need}`,
    );
  if (tx.gasLimit > gasAvailable) return reject('GAS_ALLOWANCE_EXCEEDED', 'gas limit reached');
  const intrinsic = intrinsicGas(tx, rules);
  if (tx.gasLimit < intrinsic)
    return reject('INTRINSIC_GAS_TOO_LOW', `intrinsic gas too low: have ${tx.gasLimit}, want ${intrinsic}`);
  const floor = floorDataGas(tx, rules);
  if (tx.gasLimit < floor)
    return reject(
      'INTRINSIC_GAS_BELOW_FLOOR_GAS_COST',
      `insufficient gas for floor data gas cost: have ${tx.gasLimit}, want ${floor}`,
    );
  if (tx.to === undefined && tx.data.length > rules.maxInitcodeSize)
    return reject(
      'INITCODE_SIZE_EXCEEDED',
      `max initcode size exceeded: code size ${tx.data.length} limit ${rules.maxInitcodeSize}`,
    );
  return { intrinsic, floor, blobGas };
}

/** EIP-7702: applies each valid authorization (an invalid one is skipped, not an error). */
function applyAuthorizations(world: WorldState, rules: ForkRules, block: BlockEnv, tx: Transaction): void {
  for (const auth of tx.authorizationList ?? []) {
    if (auth.chainId !== 0n && auth.chainId !== block.chainId) continue;
    if (auth.nonce === MAX_NONCE) continue;
    const authority = recoverAuthority(auth);
    if (authority === undefined) continue;
    world.warmAddress(authority);
    const account = world.get(authority);
    const current = delegationTarget(account.code);
    if (account.code.length > 0 && current === undefined) continue;
    if (account.nonce !== auth.nonce) continue;
    if (account.exists) world.addRefund(Number(rules.authorizationGas - rules.authorizationBaseGas));
    world.setNonce(account, auth.nonce + 1n);
    if (auth.address === 0n) {
      if (current !== undefined) world.setCode(account, new Uint8Array(0));
    } else if (current !== auth.address) world.setCode(account, delegationCode(auth.address));
  }
}

export interface RunTransactionOptions {
  tracer?: Tracer;
  /** Gas left in the block for this transaction (default: the block gas limit). */
  gasAvailable?: bigint;
  /**
   * For calls and simulations (geth `Message.SkipNonceChecks`): the nonce is not checked
   * against the sender's; the sender's own nonce is used and incremented (wrapping at 2^64).
   */
  skipNonceCheck?: boolean;
  /** geth `Message.SkipTransactionChecks`: no EIP-7825 gas cap and no EIP-3607 EOA check. */
  skipTransactionChecks?: boolean;
  /**
   * geth `vm.Config.NoBaseFee`: with every fee field zero, the fee cap checks against the
   * base fee and blob base fee are skipped and no fee is paid to the coinbase.
   */
  noBaseFee?: boolean;
  /**
   * The precompiles by address, in place of the fork's (eth_simulateV1 moves them, geth
   * `evm.SetPrecompiles`); the fork's own addresses are still the ones warmed (EIP-2929).
   */
  precompiles?: ReadonlyMap<bigint, Precompile>;
}

/** Validates and executes `tx` over `cache`; on success the changes are in the cache. */
export function runTransaction(
  cache: JournaledCache,
  fork: ForkName,
  block: BlockEnv,
  tx: Transaction,
  options: RunTransactionOptions | Tracer = {},
): TxResult {
  const opts: RunTransactionOptions = 'step' in options ? { tracer: options } : options;
  const rules = forkRules(fork);
  const world = new WorldState(cache);
  const checked = validate(world, rules, block, tx, opts.gasAvailable ?? block.gasLimit, opts);
  if ('valid' in checked) return checked;
  const { intrinsic, floor, blobGas } = checked;

  const maxFee = tx.type >= 2 ? tx.maxFeePerGas! : tx.gasPrice!;
  const tip = tx.type >= 2 ? tx.maxPriorityFeePerGas! : tx.gasPrice!;
  const gasPrice = tx.type >= 2 ? minBig(maxFee, block.baseFee + tip) : maxFee;
  const priorityFee = rules.hasBaseFee ? gasPrice - block.baseFee : gasPrice;
  cache.checkpoint();
  const sender = world.get(tx.sender);
  const nonce = sender.nonce;
  world.setBalance(sender, sender.balance - tx.gasLimit * gasPrice - blobGas * block.blobBaseFee);
  world.setNonce(sender, opts.skipNonceCheck ? (nonce + 1n) & MAX_NONCE : nonce + 1n);

  const precompiles = precompileMap(fork);
  const ctx: ExecContext = {
    rules,
    world,
    block,
    tx: { origin: tx.sender, gasPrice, blobHashes: tx.blobVersionedHashes ?? [] },
    precompiles: opts.precompiles ?? precompiles,
    tracer: opts.tracer,
  };
  const isCreate = tx.to === undefined;
  const target = isCreate ? createAddress(tx.sender, nonce) : tx.to!;
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
  applyAuthorizations(world, rules, block, tx);
  let code = world.get(target);
  if (!isCreate && rules.delegation) {
    const delegate = delegationTarget(code.code);
    if (delegate !== undefined) {
      world.warmAddress(delegate);
      code = world.get(delegate);
    }
  }
  const msg: Message = {
    kind: isCreate ? 0xf0 : 0xf1,
    caller: tx.sender,
    address: target,
    codeAddress: target,
    value: tx.value,
    input: isCreate ? new Uint8Array(0) : tx.data,
    code: isCreate ? tx.data : code.code,
    codeHash: isCreate ? undefined : code.codeHash,
    gas: tx.gasLimit - intrinsic,
    depth: 0,
    isStatic: false,
    isCreate,
    transfersValue: true,
  };
  const result = executeMessage(ctx, msg);
  let gasUsed = tx.gasLimit - result.gasLeft;
  let maxUsedGas = gasUsed;
  if (maxUsedGas < floor) maxUsedGas = floor;
  const refund = minBig(BigInt(world.refund), gasUsed / rules.refundQuotient);
  gasUsed -= refund;
  if (gasUsed < floor) gasUsed = floor;
  world.setBalance(sender, sender.balance + (tx.gasLimit - gasUsed) * gasPrice);
  const coinbase = world.get(block.coinbase);
  // NoBaseFee with zero fee fields: geth pays the coinbase nothing and does not touch it.
  if (!(opts.noBaseFee && maxFee === 0n && tip === 0n)) {
    const fee = gasUsed * priorityFee;
    if (fee !== 0n) world.setBalance(coinbase, coinbase.balance + fee);
    else world.touch(coinbase);
  }
  world.writeBack(rules.emptyIsDead);
  cache.commit();
  const status = result.success ? 'success' : result.status === REVERTED ? 'revert' : 'halt';
  return {
    valid: true,
    status,
    reason: status === 'halt' ? HALT_NAMES[result.status] : undefined,
    gasUsed,
    maxUsedGas,
    blobGasUsed: blobGas,
    output: result.output,
    logs: world.logs,
    contractAddress: isCreate ? target : undefined,
  };
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
