/**
 * eth_simulateV1 (ethereum/execution-apis `src/eth/execute.yaml`, geth
 * `internal/ethapi/simulate.go`): a chain of simulated blocks on top of a base block, each
 * with block overrides, state overrides and calls. Blocks get numbers and timestamps in
 * order (gaps filled with empty blocks, +12 s each), headers as geth makes them (coinbase,
 * difficulty and gas limit carried from the previous header, base fee zero without
 * validation, excess blob gas from the parent), the system calls before and after the
 * calls, withdrawals from the overrides, and the roots and hash of a real block over
 * unsigned transactions (v, r, s zero). Calls are unsigned: nonce and gas default to the
 * sender's nonce and the gas left in the block, capped by the request's 50,000,000 gas
 * budget (geth's default --rpc.gascap); without `validation` the nonce is not checked and
 * zero fees pay no base fee. A call that cannot be included fails the whole request with
 * the -380xx code of its error; a call that reverts or halts is reported in its result.
 */
import { keccak_256 } from '../../core/keccak.js';
import {
  BEACON_ROOTS_ADDRESS,
  type Block,
  type BlockEnv,
  type BlockHeader,
  blobBaseFee,
  blockTransaction,
  CONSOLIDATION_REQUEST_ADDRESS,
  calcBaseFee,
  computeStateRoot,
  depositRequests,
  EMPTY_OMMERS_HASH,
  type ForkRules,
  forkAt,
  HISTORY_STORAGE_ADDRESS,
  headerHash,
  logsBloom,
  mergeBlooms,
  nextExcessBlobGas,
  type Precompile,
  precompilesFor,
  type Receipt,
  receiptsRoot,
  requestsHash,
  rulesFor,
  runTransaction,
  type SignedTransaction,
  systemCall,
  type Transaction,
  transactionsRoot,
  WITHDRAWAL_REQUEST_ADDRESS,
  type Withdrawal,
  withdrawalsRoot,
} from '../../evm/index.js';
import type { JournaledCache } from '../../state/index.js';
import { abi } from '../abi-error.js';
import { applyStateOverrides, HALT_MESSAGES, withinEvmTimeout } from '../call.js';
import { invalidParams, RpcError } from '../errors.js';
import { blockJson } from '../format.js';
import { address, data, parseAddress, parseQty, parseSlot, parseWithdrawal, qty, word } from '../hex.js';
import type { DevNode } from '../node.js';
import { SimLogTracer } from '../simulate-tracer.js';
import { parseTxRequest, type TxRequest } from '../tx-request.js';
import type { ChainBlock, StoredReceipt } from '../types.js';
import { resolveBlock } from './eth.js';
import type { Methods } from './types.js';

/** geth's limits and defaults (simulate.go, --rpc.gascap). */
const MAX_BLOCKS = 256n;
const MAX_CALLS_PER_BLOCK = 5000;
const MAX_CALLS = 10000;
const TIMESTAMP_INCREMENT = 12n;
const GAS_BUDGET = 50_000_000n;
const GWEI = 1_000_000_000n;
const ZERO32 = new Uint8Array(32);

/** The error codes of execution-apis `execute.yaml` (geth internal/ethapi/errors.go). */
export const SIM = {
  NONCE_TOO_LOW: -38010,
  NONCE_TOO_HIGH: -38011,
  BASE_FEE_TOO_LOW: -38012,
  INTRINSIC_GAS: -38013,
  INSUFFICIENT_FUNDS: -38014,
  BLOCK_GAS_LIMIT: -38015,
  BLOCK_NUMBER: -38020,
  BLOCK_TIMESTAMP: -38021,
  SENDER_NOT_EOA: -38024,
  INIT_CODE_SIZE: -38025,
  CLIENT_LIMIT: -38026,
  INTERNAL: -32603,
  INVALID_PARAMS: -32602,
  VM_ERROR: -32015,
} as const;

/** Our rejection names -> geth's txValidationError codes (anything else: -32603). */
const REJECTION_CODES: Record<string, number> = {
  NONCE_MISMATCH_TOO_HIGH: SIM.NONCE_TOO_HIGH,
  NONCE_MISMATCH_TOO_LOW: SIM.NONCE_TOO_LOW,
  SENDER_NOT_EOA: SIM.SENDER_NOT_EOA,
  PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS: SIM.INVALID_PARAMS,
  INSUFFICIENT_MAX_FEE_PER_GAS: SIM.BASE_FEE_TOO_LOW,
  INSUFFICIENT_ACCOUNT_FUNDS: SIM.INSUFFICIENT_FUNDS,
  INTRINSIC_GAS_TOO_LOW: SIM.INTRINSIC_GAS,
  INITCODE_SIZE_EXCEEDED: SIM.INIT_CODE_SIZE,
};

interface BlockOverrides {
  number?: bigint;
  difficulty?: bigint;
  time?: bigint;
  gasLimit?: bigint;
  feeRecipient?: bigint;
  prevRandao?: Uint8Array;
  baseFeePerGas?: bigint;
  blobBaseFee?: bigint;
  beaconRoot?: Uint8Array;
  withdrawals?: Withdrawal[];
}

interface SimBlock {
  overrides: BlockOverrides;
  stateOverrides?: unknown;
  calls: TxRequest[];
}

interface SimOptions {
  blocks: SimBlock[];
  traceTransfers: boolean;
  validation: boolean;
  fullTx: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseOverrides(v: unknown, where: string): BlockOverrides {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw invalidParams(`invalid argument 0: ${where} must be an object`);
  const q = (k: string, bits = 256) => (v[k] == null ? undefined : parseQty(v[k], `${where}.${k}`, bits));
  const o: BlockOverrides = {
    number: q('number'),
    difficulty: q('difficulty'),
    time: q('time', 64),
    gasLimit: q('gasLimit', 64),
    baseFeePerGas: q('baseFeePerGas'),
    blobBaseFee: q('blobBaseFee'),
  };
  if (v.feeRecipient != null) o.feeRecipient = parseAddress(v.feeRecipient, `${where}.feeRecipient`);
  if (v.prevRandao != null) o.prevRandao = word32(parseSlot(v.prevRandao, `${where}.prevRandao`));
  if (v.beaconRoot != null) o.beaconRoot = word32(parseSlot(v.beaconRoot, `${where}.beaconRoot`));
  if (v.withdrawals != null) {
    if (!Array.isArray(v.withdrawals))
      throw invalidParams(`invalid argument 0: ${where}.withdrawals: array expected`);
    o.withdrawals = v.withdrawals.map((w, i) => {
      const at = `${where}.withdrawals[${i}]`;
      if (!isObject(w)) throw invalidParams(`invalid argument 0: ${at} must be an object`);
      return parseWithdrawal(w, at);
    });
  }
  return o;
}

const word32 = (n: bigint): Uint8Array =>
  Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));

function parseOptions(v: unknown): SimOptions {
  if (!isObject(v)) throw invalidParams('invalid argument 0: simulation options must be an object');
  const raw = v.blockStateCalls ?? [];
  if (!Array.isArray(raw)) throw invalidParams('invalid argument 0: blockStateCalls must be an array');
  if (raw.length === 0) throw new RpcError(SIM.INVALID_PARAMS, 'empty input');
  if (BigInt(raw.length) > MAX_BLOCKS) throw new RpcError(SIM.CLIENT_LIMIT, 'too many blocks');
  let total = 0;
  const blocks = raw.map((b, i): SimBlock => {
    const where = `blockStateCalls[${i}]`;
    if (!isObject(b)) throw invalidParams(`invalid argument 0: ${where} must be an object`);
    const calls = b.calls ?? [];
    if (!Array.isArray(calls)) throw invalidParams(`invalid argument 0: ${where}.calls must be an array`);
    if (calls.length > MAX_CALLS_PER_BLOCK)
      throw new RpcError(
        SIM.CLIENT_LIMIT,
        `too many calls in block: ${calls.length} > ${MAX_CALLS_PER_BLOCK}`,
      );
    total += calls.length;
    if (total > MAX_CALLS) throw new RpcError(SIM.CLIENT_LIMIT, `too many calls: ${total} > ${MAX_CALLS}`);
    return {
      overrides: parseOverrides(b.blockOverrides, `${where}.blockOverrides`),
      stateOverrides: b.stateOverrides,
      calls: calls.map((c, k) => parseTxRequest(c, `argument 0.${where}.calls[${k}]`)),
    };
  });
  return {
    blocks,
    traceTransfers: v.traceTransfers === true,
    validation: v.validation === true,
    fullTx: v.returnFullTransactions === true,
  };
}

/** geth's sanitizeChain: numbers and timestamps in order, gaps filled with empty blocks. */
function sanitizeChain(base: BlockHeader, blocks: SimBlock[]): SimBlock[] {
  const out: SimBlock[] = [];
  let prevNumber = base.number;
  let prevTime = base.timestamp;
  for (const b of blocks) {
    const o = b.overrides;
    o.number ??= prevNumber + 1n;
    o.withdrawals ??= [];
    if (o.number <= prevNumber)
      throw new RpcError(SIM.BLOCK_NUMBER, `block numbers must be in order: ${o.number} <= ${prevNumber}`);
    if (o.number - base.number > MAX_BLOCKS) throw new RpcError(SIM.CLIENT_LIMIT, 'too many blocks');
    for (let n = prevNumber + 1n; n < o.number; n++) {
      prevTime += TIMESTAMP_INCREMENT;
      out.push({ overrides: { number: n, time: prevTime, withdrawals: [] }, calls: [] });
    }
    prevNumber = o.number;
    if (o.time === undefined) o.time = prevTime + TIMESTAMP_INCREMENT;
    else if (o.time <= prevTime)
      throw new RpcError(SIM.BLOCK_TIMESTAMP, `block timestamps must be in order: ${o.time} <= ${prevTime}`);
    prevTime = o.time;
    out.push(b);
  }
  return out;
}

interface CallResultJson {
  returnData: string;
  logs: unknown[];
  gasUsed: string;
  maxUsedGas: string;
  status: string;
  error?: { message: string; code: number; data?: string };
}

class Simulator {
  private budget = GAS_BUDGET;
  /** Final headers of the simulated blocks so far, by number. */
  private readonly simHeaders = new Map<bigint, { header: BlockHeader; hash: Uint8Array }>();

  constructor(
    private readonly node: DevNode,
    private readonly cache: JournaledCache,
    private readonly base: ChainBlock,
    private readonly opts: SimOptions,
  ) {}

  private rulesOf(number: bigint, time: bigint): ForkRules {
    const config = this.node.config;
    return rulesFor(config, forkAt(config, number, time, this.postMerge(number, time)));
  }

  /**
   * geth's IsPostMerge: merged at genesis, from the merge netsplit block, or from Shanghai.
   * The netsplit block is read off the chain: a block the chain has is merged as it is, a
   * later one as the head is.
   */
  private postMerge(number: bigint, time: bigint): boolean {
    const { node } = this;
    if (node.isMerged(this.base.block.header)) return true;
    const shanghai = node.config.activations.find((a) => a.fork === 'Shanghai')?.timestamp;
    if (shanghai !== undefined && time >= shanghai) return true;
    const canonical = node.blockByNumber(number) ?? node.head;
    return node.isMerged(canonical.block.header);
  }

  private blockHash(n: bigint): bigint {
    const h = n <= this.base.number ? this.node.blockByNumber(n)?.hash : this.simHeaders.get(n)?.hash;
    return h ? BigInt(data(h)) : 0n;
  }

  run(): Record<string, unknown>[] {
    const blocks = sanitizeChain(this.base.block.header, this.opts.blocks);
    const results: Record<string, unknown>[] = [];
    let parent = this.base.block.header;
    let parentHash = this.base.hash;
    let prev = parent;
    for (const b of blocks) {
      const header = this.makeHeader(prev, b.overrides);
      const r = this.processBlock(b, header, parent, parentHash);
      results.push(r.json);
      parent = r.header;
      parentHash = r.hash;
      prev = r.header;
      this.simHeaders.set(r.header.number, { header: r.header, hash: r.hash });
    }
    return results;
  }

  /** geth's makeHeaders: fields carried from the previous header, then the overrides. */
  private makeHeader(prev: BlockHeader, o: BlockOverrides): BlockHeader {
    const number = o.number!;
    const time = o.time!;
    const rules = this.rulesOf(number, time);
    const h: BlockHeader = {
      parentHash: ZERO32,
      ommersHash: EMPTY_OMMERS_HASH,
      coinbase: o.feeRecipient ?? prev.coinbase,
      stateRoot: ZERO32,
      transactionsRoot: ZERO32,
      receiptsRoot: ZERO32,
      logsBloom: new Uint8Array(256),
      difficulty: o.difficulty ?? (this.postMerge(number, time) ? 0n : prev.difficulty),
      number,
      gasLimit: o.gasLimit ?? prev.gasLimit,
      gasUsed: 0n,
      timestamp: time,
      extraData: new Uint8Array(0),
      mixHash: o.prevRandao ?? ZERO32,
      nonce: new Uint8Array(8),
    };
    if (o.baseFeePerGas !== undefined) h.baseFeePerGas = o.baseFeePerGas;
    if (rules.withdrawals) h.withdrawalsRoot = withdrawalsRoot([]);
    if (rules.beaconRoot) h.parentBeaconBlockRoot = o.beaconRoot ?? ZERO32;
    return h;
  }

  private processBlock(
    b: SimBlock,
    header: BlockHeader,
    parent: BlockHeader,
    parentHash: Uint8Array,
  ): { header: BlockHeader; hash: Uint8Array; json: Record<string, unknown> } {
    const { node, cache, opts } = this;
    const rules = this.rulesOf(header.number, header.timestamp);
    const parentRules = this.rulesOf(parent.number, parent.timestamp);
    header.parentHash = parentHash;
    if (rules.hasBaseFee && header.baseFeePerGas === undefined)
      header.baseFeePerGas = opts.validation ? calcBaseFee(parent, parentRules) : 0n;
    if (rules.blobs)
      header.excessBlobGas = parentRules.blobs
        ? nextExcessBlobGas(
            {
              excessBlobGas: parent.excessBlobGas ?? 0n,
              blobGasUsed: parent.blobGasUsed ?? 0n,
              baseFee: parent.baseFeePerGas ?? 0n,
            },
            rules.blob,
            rules.blobBaseCost,
          )
        : 0n;
    const env: BlockEnv = {
      coinbase: header.coinbase,
      number: header.number,
      timestamp: header.timestamp,
      gasLimit: header.gasLimit,
      baseFee: header.baseFeePerGas ?? 0n,
      prevRandao: BigInt(data(header.mixHash)),
      difficulty: header.difficulty,
      chainId: node.config.chainId,
      blobBaseFee:
        b.overrides.blobBaseFee ?? blobBaseFee(header.excessBlobGas ?? 0n, rules.blob.updateFraction),
      blockHash: (n) => this.blockHash(n),
    };
    const precompiles = this.movePrecompiles(rules, b.stateOverrides);
    applyStateOverrides(node, cache, b.stateOverrides);
    if (rules.beaconRoot)
      systemCall(cache, rules, env, BEACON_ROOTS_ADDRESS, header.parentBeaconBlockRoot!, false);
    if (rules.historyStorage) systemCall(cache, rules, env, HISTORY_STORAGE_ADDRESS, parentHash, false);

    const tracer = new SimLogTracer(opts.traceTransfers);
    const txs: SignedTransaction[] = [];
    const senders: bigint[] = [];
    const receipts: Receipt[] = [];
    const stored: StoredReceipt[] = [];
    const calls: (CallResultJson & {
      rawLogs: { index: number; log: import('../../evm/index.js').Log }[];
    })[] = [];
    const allLogs: import('../../evm/index.js').Log[] = [];
    let gasUsed = 0n;
    let blobGasUsed = 0n;
    for (const req of b.calls) {
      const remaining = header.gasLimit - gasUsed;
      const sender = req.from ?? 0n;
      const nonce = req.nonce ?? node.account(cache, sender)?.nonce ?? 0n;
      let gas = req.gas ?? remaining;
      if (remaining < gas)
        throw new RpcError(
          SIM.BLOCK_GAS_LIMIT,
          `block gas limit reached: remaining: ${remaining}, required: ${gas}`,
        );
      if (gas > this.budget) gas = this.budget;
      const { tx, signed } = this.callTransaction(req, header, nonce, gas);
      tracer.reset();
      const r = runTransaction(cache, rules.fork, env, tx, {
        gasAvailable: remaining,
        tracer,
        skipNonceCheck: !opts.validation,
        skipTransactionChecks: true,
        noBaseFee: !opts.validation,
        precompiles,
      });
      if (!r.valid) {
        const name = r.error.replace('TransactionException.', '');
        throw new RpcError(REJECTION_CODES[name] ?? SIM.INTERNAL, `err: ${r.message} (supplied gas ${gas})`);
      }
      txs.push(signed);
      senders.push(sender);
      gasUsed += r.gasUsed;
      blobGasUsed += r.blobGasUsed;
      if (r.gasUsed > this.budget)
        throw new RpcError(
          SIM.INTERNAL,
          `RPC gas cap exhausted: need ${r.gasUsed}, remaining ${this.budget}`,
        );
      this.budget -= r.gasUsed;
      const status = r.status === 'success' ? 1 : 0;
      const receipt: Receipt = {
        type: signed.type,
        status,
        cumulativeGasUsed: gasUsed,
        logsBloom: logsBloom(r.logs),
        logs: r.logs,
      };
      if (rules.difficulty === 'frontier' || rules.difficulty === 'homestead')
        receipt.postState = computeStateRoot(cache);
      receipts.push(receipt);
      const gasPrice =
        signed.type >= 2
          ? minBig(signed.maxFeePerGas!, env.baseFee + signed.maxPriorityFeePerGas!)
          : (signed.gasPrice ?? 0n);
      stored.push({
        from: sender,
        status,
        gasUsed: r.gasUsed,
        cumulativeGasUsed: gasUsed,
        contractAddress: r.contractAddress,
        logs: r.logs,
        effectiveGasPrice: gasPrice,
        blobGasUsed: r.blobGasUsed,
      });
      const traced = tracer.logs(r.logs);
      // geth's ExecutionResult.Return(): empty when the call failed; a creation's is the code.
      const returned =
        r.status !== 'success'
          ? new Uint8Array(0)
          : r.contractAddress !== undefined
            ? node.code(cache, r.contractAddress)
            : r.output;
      const call: CallResultJson & { rawLogs: typeof traced } = {
        returnData: data(returned),
        logs: [],
        rawLogs: traced,
        gasUsed: qty(r.gasUsed),
        maxUsedGas: qty(r.maxUsedGas),
        status: qty(status),
      };
      if (r.status === 'revert') {
        const reason = abi.revertReason(r.output);
        call.error = {
          message: reason === undefined ? 'execution reverted' : `execution reverted: ${reason}`,
          code: 3,
          data: data(r.output),
        };
      } else if (r.status === 'halt')
        call.error = { message: HALT_MESSAGES[r.reason ?? ''] ?? String(r.reason), code: SIM.VM_ERROR };
      else allLogs.push(...traced.map((t) => t.log));
      calls.push(call);
    }
    header.gasUsed = gasUsed;
    if (rules.blobs) header.blobGasUsed = blobGasUsed;
    if (rules.requests) {
      const requests: Uint8Array[] = [];
      const deposits = depositRequests(allLogs, node.config.depositContract);
      if (deposits) requests.push(deposits);
      const w = systemCall(cache, rules, env, WITHDRAWAL_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (w.output.length > 0) requests.push(typed(0x01, w.output));
      const c = systemCall(cache, rules, env, CONSOLIDATION_REQUEST_ADDRESS, new Uint8Array(0), false);
      if (c.output.length > 0) requests.push(typed(0x02, c.output));
      header.requestsHash = requestsHash(requests);
    }
    const withdrawals = rules.withdrawals ? (b.overrides.withdrawals ?? []) : undefined;
    if (withdrawals) {
      for (const w of withdrawals) this.credit(w.address, w.amount * GWEI);
      header.withdrawalsRoot = withdrawalsRoot(withdrawals);
    }
    // Before the merge geth's ethash Finalize pays the block reward (no ommers here).
    if (header.difficulty !== 0n && rules.blockReward > 0n) this.credit(header.coinbase, rules.blockReward);
    const bodyTxs = txs.map(blockTransaction);
    header.stateRoot = computeStateRoot(cache);
    header.transactionsRoot = transactionsRoot(bodyTxs);
    header.receiptsRoot = receiptsRoot(receipts);
    header.logsBloom = mergeBlooms(receipts.map((r) => r.logsBloom));
    const block: Block = { header, transactions: bodyTxs, ommers: [], withdrawals };
    const hash = headerHash(header);
    const chainBlock: ChainBlock = {
      number: header.number,
      block,
      hash,
      txHashes: bodyTxs.map((t) => keccak_256(t.encoded)),
      receipts: stored,
      seq: 0n,
    };
    const json = blockJson(chainBlock, opts.fullTx, rules.fork);
    json.calls = calls.map(({ rawLogs, ...c }, i) => ({
      ...c,
      logs: rawLogs.map(({ index, log }) => ({
        address: address(log.address),
        topics: log.topics.map(word),
        data: data(log.data),
        blockNumber: qty(header.number),
        transactionHash: data(chainBlock.txHashes[i]!),
        transactionIndex: qty(i),
        blockHash: data(hash),
        blockTimestamp: qty(header.timestamp),
        logIndex: qty(index),
        removed: false,
      })),
    }));
    return { header, hash, json };
  }

  /**
   * The block's precompiles after the state overrides (geth `StateOverride.Apply`, in address
   * order): `movePrecompileToAddress` moves one to an address no other override names, and
   * an overridden precompile's address is no longer a precompile (its new code runs).
   */
  private movePrecompiles(rules: ForkRules, overrides: unknown): Map<bigint, Precompile> {
    const map = new Map<bigint, Precompile>();
    for (const [a, p] of precompilesFor(rules.fork)) map.set(BigInt(`0x${a}`), p);
    if (!isObject(overrides)) return map;
    const entries = Object.entries(overrides).map(
      ([k, v]) => [parseAddress(k, `state override ${k}`), v] as const,
    );
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const named = new Set(entries.map(([a]) => a));
    const moved = new Set<bigint>();
    for (const [a, v] of entries) {
      if (moved.has(a))
        throw new RpcError(-32000, `account ${checksum(a)} has already been overridden by a precompile`);
      const p = map.get(a);
      const to = isObject(v) ? v.movePrecompileToAddress : undefined;
      if (to != null) {
        if (!p) throw new RpcError(-32000, `account ${checksum(a)} is not a precompile`);
        const dest = parseAddress(to, `state override ${address(a)}.movePrecompileToAddress`);
        if (named.has(dest)) throw new RpcError(-32000, `account ${checksum(dest)} is already overridden`);
        map.set(dest, p);
        moved.add(dest);
      }
      if (p) map.delete(a);
    }
    return map;
  }

  /** EIP-4895: a withdrawal credits its amount; a zero amount only touches the account. */
  private credit(a: bigint, amount: bigint): void {
    const acc = this.node.account(this.cache, a);
    if (amount === 0n && !acc) return;
    this.node.setAccount(this.cache, a, (x) => {
      x.balance += amount;
    });
  }

  /** geth's CallDefaults, ToTransaction(DynamicFeeTxType) and ToMessage for a call. */
  private callTransaction(
    req: TxRequest,
    header: BlockHeader,
    nonce: bigint,
    gas: bigint,
  ): { tx: Transaction; signed: SignedTransaction } {
    const chainId = this.node.config.chainId;
    if (
      req.gasPrice !== undefined &&
      (req.maxFeePerGas !== undefined || req.maxPriorityFeePerGas !== undefined)
    )
      throw new RpcError(-32000, 'both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified');
    if (req.chainId !== undefined && req.chainId !== chainId)
      throw new RpcError(-32000, `chainId does not match node's (have=${req.chainId}, want=${chainId})`);
    const london = header.baseFeePerGas !== undefined;
    const type =
      req.gasPrice !== undefined
        ? 0
        : req.authorizationList !== undefined
          ? 4
          : req.blobVersionedHashes !== undefined
            ? 3
            : 2;
    const signed: SignedTransaction = {
      type,
      nonce,
      gasLimit: gas,
      to: req.to,
      value: req.value ?? 0n,
      data: req.data ?? new Uint8Array(0),
      v: 0n,
      r: 0n,
      s: 0n,
    };
    if (type === 0) signed.gasPrice = req.gasPrice ?? 0n;
    else {
      signed.chainId = chainId;
      signed.maxFeePerGas = req.maxFeePerGas ?? 0n;
      signed.maxPriorityFeePerGas = req.maxPriorityFeePerGas ?? 0n;
      signed.accessList = req.accessList ?? [];
      if (type === 3) {
        signed.blobVersionedHashes = req.blobVersionedHashes ?? [];
        signed.maxFeePerBlobGas = req.maxFeePerBlobGas ?? 0n;
      }
      if (type === 4) signed.authorizationList = req.authorizationList ?? [];
    }
    const { v: _v, r: _r, s: _s, chainId: _c, ...fields } = signed;
    const tx: Transaction = { ...fields, sender: req.from ?? 0n };
    // A legacy request after London runs as an EIP-1559 message with both caps the gas price.
    if (type === 0 && !london) tx.gasPrice = req.gasPrice ?? 0n;
    return { tx, signed };
  }
}

const checksum = (a: bigint): string => address(a);
const minBig = (a: bigint, b: bigint) => (a < b ? a : b);
const typed = (type: number, body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(body.length + 1);
  out[0] = type;
  out.set(body, 1);
  return out;
};

/**
 * eth_simulateV1(options, block): the simulated blocks, each with its calls' results; the
 * whole simulation within the node's evmTimeoutMs, as geth's.
 */
function simulateV1(node: DevNode, params: unknown[]): Record<string, unknown>[] {
  const opts = parseOptions(params[0]);
  const n = resolveBlock(node, params[1] ?? 'latest');
  const number = n === 'pending' ? node.head.number : n;
  const base = node.blockByNumber(number);
  if (!base) throw new RpcError(-32000, 'header not found');
  const cache = node.stateAt(number);
  return withinEvmTimeout(node, () => new Simulator(node, cache, base, opts).run());
}

export const simulateMethods: Methods = {
  eth_simulateV1: simulateV1,
};
