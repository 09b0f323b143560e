/**
 * eth_call and eth_estimateGas (geth `internal/ethapi` DoCall / DoEstimateGas): a
 * transaction request run over the state at a block, with state and block overrides, on a
 * cache that is thrown away. The nonce is the sender's own (calls skip the nonce check);
 * without fee fields the base fee is taken as zero (geth's NoBaseFee). estimateGas is
 * geth's binary search run to the exact lowest gas limit that succeeds.
 */

import {
  accountKey,
  type BlockEnv,
  type BlockHeader,
  blobBaseFee,
  blockEnv,
  blockRules,
  forkRules,
  goDuration,
  intrinsicGas,
  runTransaction,
  storageKey,
  storagePrefixOf,
  type Transaction,
  type TxResult,
  withDeadline,
} from '../evm/index.js';
import type { JournaledCache } from '../state/index.js';
import { abi } from './abi-error.js';
import { maxBig, minBig } from './bigmath.js';
import { invalidParams, RPC, RpcError, serverError } from './errors.js';
import { data, parseAddress, parseData, parseLooseQty, parseQty, parseSlot } from './hex.js';
import type { DevNode } from './node.js';
import { parseTxRequest, type TxRequest } from './tx-request.js';

/** geth's messages for the EVM's halts (core/vm/errors.go). */
export const HALT_MESSAGES: Record<string, string> = {
  OutOfGas: 'out of gas',
  StackUnderflow: 'stack underflow',
  StackOverflow: 'stack limit reached 1024 (1023)',
  InvalidOpcode: 'invalid opcode',
  InvalidJump: 'invalid jump destination',
  WriteInStaticContext: 'write protection',
  ReturnDataOutOfBounds: 'return data out of bounds',
  InvalidContractPrefix: 'invalid code: must not begin with 0xef',
  CodeSizeExceeded: 'max code size exceeded',
  CreateCollision: 'contract address collision',
  InitcodeSizeExceeded: 'max initcode size exceeded',
  CallDepthExceeded: 'max call depth exceeded',
  InsufficientBalance: 'insufficient balance for transfer',
  NonceOverflow: 'nonce uint64 overflow',
  PrecompileFailed: 'precompiled failed',
};

export interface CallContext {
  cache: JournaledCache;
  env: BlockEnv;
  header: BlockHeader;
}

/** The state and block environment of a call at block `n` (the pending block for n = head + 1). */
export function callContext(node: DevNode, n: bigint | 'pending', blockOverrides?: unknown): CallContext {
  const header = n === 'pending' ? node.pendingHeader() : node.blockByNumber(n)!.block.header;
  const cache = node.stateAt(n === 'pending' ? node.head.number : n);
  const chain = node.chainContext();
  const rules = blockRules(header, chain);
  const env = blockEnv(header, rules, chain);
  if (blockOverrides !== undefined && blockOverrides !== null) applyBlockOverrides(env, blockOverrides);
  return { cache, env, header };
}

function applyBlockOverrides(env: BlockEnv, o: unknown): void {
  if (typeof o !== 'object') throw invalidParams('invalid argument 3: block overrides must be an object');
  const b = o as Record<string, unknown>;
  if (b.number !== undefined) env.number = parseQty(b.number, 'blockOverrides.number', 64);
  if (b.time !== undefined) env.timestamp = parseQty(b.time, 'blockOverrides.time', 64);
  if (b.gasLimit !== undefined) env.gasLimit = parseQty(b.gasLimit, 'blockOverrides.gasLimit', 64);
  if (b.feeRecipient !== undefined)
    env.coinbase = parseAddress(b.feeRecipient, 'blockOverrides.feeRecipient');
  if (b.coinbase !== undefined) env.coinbase = parseAddress(b.coinbase, 'blockOverrides.coinbase');
  if (b.prevRandao !== undefined) env.prevRandao = parseSlot(b.prevRandao, 'blockOverrides.prevRandao');
  if (b.difficulty !== undefined) env.difficulty = parseQty(b.difficulty, 'blockOverrides.difficulty');
  if (b.baseFeePerGas !== undefined) env.baseFee = parseQty(b.baseFeePerGas, 'blockOverrides.baseFeePerGas');
  if (b.blobBaseFee !== undefined) env.blobBaseFee = parseQty(b.blobBaseFee, 'blockOverrides.blobBaseFee');
}

/** geth's state overrides (`override.StateOverride`): balance, nonce, code, state or stateDiff. */
export function applyStateOverrides(node: DevNode, cache: JournaledCache, o: unknown): void {
  if (o === undefined || o === null) return;
  if (typeof o !== 'object' || Array.isArray(o))
    throw invalidParams('invalid argument 2: state overrides must be an object');
  for (const [addr, v] of Object.entries(o as Record<string, unknown>)) {
    const a = parseAddress(addr, `state override ${addr}`);
    if (typeof v !== 'object' || v === null)
      throw invalidParams(`invalid argument: state override ${addr} must be an object`);
    const f = v as Record<string, unknown>;
    if (f.state !== undefined && f.stateDiff !== undefined)
      throw invalidParams(`account ${addr} has both 'state' and 'stateDiff'`);
    const code = f.code === undefined ? undefined : parseData(f.code, `state override ${addr}.code`);
    // geth creates the account for any field it sets (not for movePrecompileToAddress alone).
    const sets = [f.balance, f.nonce, f.code, f.state, f.stateDiff].some((x) => x !== undefined);
    if (sets)
      node.setAccount(
        cache,
        a,
        (acc) => {
          if (f.balance !== undefined) acc.balance = parseLooseQty(f.balance, `${addr}.balance`);
          if (f.nonce !== undefined) acc.nonce = parseLooseQty(f.nonce, `${addr}.nonce`, 64);
        },
        code,
      );
    const slots = (f.state ?? f.stateDiff) as Record<string, unknown> | undefined;
    if (f.state !== undefined)
      for (const [k] of [...cache.range({ prefix: storagePrefixOf(a) })]) cache.delete(k);
    if (slots)
      for (const [k, val] of Object.entries(slots)) {
        const slot = parseSlot(k, `${addr}.state key`);
        const value = parseSlot(val, `${addr}.state.${k}`);
        const key = storageKey(a, slot);
        if (value === 0n) cache.delete(key);
        else cache.put(key, minimal(value));
      }
    void accountKey;
  }
}

const minimal = (v: bigint): Uint8Array => {
  const h = v.toString(16);
  return Uint8Array.from(Buffer.from(h.length % 2 ? `0${h}` : h, 'hex'));
};

/** The transaction a call runs: fees zero and base fee zero when none is given (geth). */
export function callTransaction(node: DevNode, ctx: CallContext, req: TxRequest, gas: bigint): Transaction {
  const sender = req.from ?? 0n;
  const nonce = node.account(ctx.cache, sender)?.nonce ?? 0n;
  const noFees =
    req.gasPrice === undefined && req.maxFeePerGas === undefined && req.maxPriorityFeePerGas === undefined;
  if (noFees) ctx.env.baseFee = 0n;
  const type = req.type ?? (req.gasPrice !== undefined ? (req.accessList ? 1 : 0) : 2);
  const tx: Transaction = {
    type: type as Transaction['type'],
    sender,
    to: req.to,
    nonce,
    gasLimit: gas,
    value: req.value ?? 0n,
    data: req.data ?? new Uint8Array(0),
  };
  if (type >= 1) tx.accessList = req.accessList ?? [];
  if (type <= 1) tx.gasPrice = req.gasPrice ?? 0n;
  else {
    tx.maxFeePerGas = req.maxFeePerGas ?? (noFees ? 0n : ctx.env.baseFee + (req.maxPriorityFeePerGas ?? 0n));
    tx.maxPriorityFeePerGas = req.maxPriorityFeePerGas ?? 0n;
    if (tx.maxPriorityFeePerGas > tx.maxFeePerGas) tx.maxPriorityFeePerGas = tx.maxFeePerGas;
  }
  if (type === 3) {
    tx.blobVersionedHashes = req.blobVersionedHashes ?? [];
    tx.maxFeePerBlobGas = req.maxFeePerBlobGas ?? 0n;
    if (noFees) ctx.env.blobBaseFee = 0n;
  }
  if (type === 4) tx.authorizationList = req.authorizationList ?? [];
  return tx;
}

/** The gas a call gets when the request names none: the block's, within the fork's cap. */
export function defaultCallGas(node: DevNode, env: BlockEnv): bigint {
  const cap = forkRules(node.fork).maxTxGas;
  return minBig(env.gasLimit, cap);
}

/**
 * Runs the EVM work of one RPC call within the node's evmTimeoutMs (geth's RPCEVMTimeout);
 * calls nested in it share the earliest deadline. A run cut short is thrown away with
 * geth's error.
 */
export function withinEvmTimeout<T>(node: DevNode, fn: () => T): T {
  const ms = node.evmTimeoutMs;
  const r = withDeadline(ms > 0 ? ms : Number.POSITIVE_INFINITY, fn);
  if (r.timedOut) throw serverError(`execution aborted (timeout = ${goDuration(ms)})`);
  return r.value;
}

export function runCall(node: DevNode, ctx: CallContext, tx: Transaction): TxResult {
  ctx.cache.checkpoint();
  try {
    return withinEvmTimeout(node, () =>
      runTransaction(ctx.cache, node.fork, ctx.env, tx, {
        gasAvailable: maxBig(tx.gasLimit, ctx.env.gasLimit),
      }),
    );
  } finally {
    ctx.cache.revert();
  }
}

/** A call's outcome as the RPC reports it: the output, or the error geth gives. */
export function callOutput(r: TxResult): Uint8Array {
  if (!r.valid) throw serverError(r.message);
  if (r.status === 'revert') throw revertError(r.output);
  if (r.status === 'halt') throw serverError(HALT_MESSAGES[r.reason ?? ''] ?? String(r.reason));
  return r.output;
}

/** geth's revert error: code 3, "execution reverted" with the decoded reason, the data as hex. */
export function revertError(output: Uint8Array): RpcError {
  const reason = abi.revertReason(output);
  return new RpcError(
    RPC.REVERTED,
    reason === undefined ? 'execution reverted' : `execution reverted: ${reason}`,
    data(output),
  );
}

export function doCall(
  node: DevNode,
  params: unknown[],
  resolve: (tag: unknown) => bigint | 'pending',
): string {
  const req = parseTxRequest(params[0], 'argument 0');
  const n = resolve(params[1] ?? 'latest');
  const ctx = callContext(node, n, params[3]);
  applyStateOverrides(node, ctx.cache, params[2]);
  const tx = callTransaction(node, ctx, req, req.gas ?? defaultCallGas(node, ctx.env));
  return data(callOutput(runCall(node, ctx, tx)));
}

/**
 * eth_estimateGas: the lowest gas limit with which the transaction does not fail; the whole
 * search within one evmTimeoutMs.
 */
export function estimateGas(
  node: DevNode,
  params: unknown[],
  resolve: (tag: unknown) => bigint | 'pending',
): bigint {
  return withinEvmTimeout(node, () => searchGas(node, params, resolve));
}

function searchGas(node: DevNode, params: unknown[], resolve: (tag: unknown) => bigint | 'pending'): bigint {
  const req = parseTxRequest(params[0], 'argument 0');
  const n = resolve(params[1] ?? 'pending');
  const ctx = callContext(node, n, params[3]);
  applyStateOverrides(node, ctx.cache, params[2]);
  let hi = req.gas ?? defaultCallGas(node, ctx.env);
  const cap = forkRules(node.fork).maxTxGas;
  if (hi > cap) hi = cap;
  const probe = callTransaction(node, ctx, req, hi);
  // With fees, the sender's balance bounds the gas it can buy (geth).
  const feeCap = probe.type >= 2 ? probe.maxFeePerGas! : probe.gasPrice!;
  if (feeCap > 0n) {
    const balance = node.account(ctx.cache, probe.sender)?.balance ?? 0n;
    if (balance < probe.value) throw serverError('insufficient funds for transfer');
    const allowance = (balance - probe.value) / feeCap;
    if (hi > allowance) hi = allowance;
  }
  const intrinsic = intrinsicGas(probe, node.fork);
  const at = (gas: bigint) => runCall(node, ctx, { ...probe, gasLimit: gas });
  const first = at(hi);
  if (!first.valid) throw serverError(first.message);
  if (first.status !== 'success') callOutput(first);
  // A plain transfer to an account without code costs exactly 21000 (geth's shortcut).
  if (
    probe.to !== undefined &&
    probe.data.length === 0 &&
    node.code(ctx.cache, probe.to).length === 0 &&
    !probe.authorizationList?.length &&
    intrinsic === 21000n
  )
    return 21000n;
  let lo = maxBig(first.gasUsed, intrinsic) - 1n;
  const ok = (gas: bigint) => {
    const r = at(gas);
    return r.valid && r.status === 'success';
  };
  const optimistic = ((first.gasUsed + 2300n) * 64n) / 63n;
  if (optimistic < hi) {
    if (ok(optimistic)) hi = optimistic;
    else lo = optimistic;
  }
  while (lo + 1n < hi) {
    let mid = (hi + lo) / 2n;
    if (mid > lo * 2n) mid = lo * 2n;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  void blobBaseFee;
  return hi;
}
