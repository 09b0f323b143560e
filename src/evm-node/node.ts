/**
 * The dev node: a chain over the state store, a mempool, mining (automine, interval,
 * manual), dev-account keys, impersonation, snapshots. Mining is synchronous: a block is
 * built over the JournaledCache and flushed (with the chain records and the undo entry) as
 * one LMDB write before anything about it is answered, so a receipt is only ever given for
 * a block on disk.
 */

import { equalBytes } from '../core/bytes.js';
import { keccak_256 } from '../core/keccak.js';
// The block pipeline (each block mined runs it) without the public API's input checks:
// everything here is built by this node (DESIGN: check at the boundary, trust inside).
import {
  buildBlock,
  decodeBlock,
  encodeBlock,
  executeBlock,
  headerHash,
  logsBloom,
  nextHeader,
  receiptsRoot,
  transactionsRoot,
} from '../evm/block/index.js';
import { forkAt } from '../evm/chain-config.js';
import { forkAtLeast } from '../evm/fork-names.js';
import {
  accountKey,
  BEACON_ROOTS_ADDRESS,
  type Block,
  type BlockAttributes,
  type BlockHeader,
  blobBaseFee,
  blockEnv,
  blockRules,
  blockTransaction,
  type ChainConfig,
  type ChainContext,
  CONSOLIDATION_REQUEST_ADDRESS,
  calcBaseFee,
  codeKey,
  decodeAccount,
  encodeAccount,
  type ForkName,
  forkRules,
  GAS_PER_BLOB,
  type Genesis,
  HISTORY_STORAGE_ADDRESS,
  KECCAK_EMPTY_CODE,
  LiveStateRoot,
  mergeBlooms,
  networkConfig,
  type Receipt,
  type StoredAccount,
  storageKey,
  storagePrefixOf,
  WITHDRAWAL_REQUEST_ADDRESS,
  withSender,
} from '../evm/index.js';
import { runTransaction } from '../evm/transaction.js';
import { transactionHash } from '../evm/tx/codec.js';
import { intrinsicGas } from '../evm/tx/intrinsic.js';
import { JournaledCache, type KVStore, LmdbStore } from '../state/index.js';
import { DEFAULT_MNEMONIC, type DevAccount, deriveAccounts } from './accounts.js';
import {
  blockKey,
  blockSeqKey,
  decodeNumber,
  decodeTxLocation,
  encodeNumber,
  encodeTxLocation,
  flushWithUndo,
  hashKey,
  json,
  META_KEY,
  parseJson,
  receiptsKey,
  storeAt,
  type TxLocation,
  txKey,
  undoTo,
} from './chain-store.js';
import { NodeOptionError, RPC, RpcError, serverError } from './errors.js';
import { DEFAULT_BASE_FEE, DEFAULT_GAS_LIMIT, WEI_PER_ETH, writeGenesis } from './genesis.js';
import { Mempool } from './mempool.js';
import { decodeReceipts, encodeReceipts } from './receipts-codec.js';
import { SplitMemoryStore } from './split-store.js';
import { lockState } from './state-lock.js';
import type { ChainBlock, PendingTx, StoredReceipt } from './types.js';

export interface NodeOptions {
  /** LMDB state directory; none: an in-memory chain. */
  state?: string;
  chainId?: bigint;
  accounts?: number;
  /** Balance of each dev account, in ether. */
  balance?: bigint;
  mnemonic?: string;
  hardfork?: ForkName;
  /** Interval mining, in seconds. */
  blockTime?: number;
  /** false: no automine (blocks only from evm_mine or the interval). */
  automine?: boolean;
  gasLimit?: bigint;
  baseFee?: bigint;
  /** Genesis timestamp in seconds (default: now). */
  timestamp?: bigint;
  /** A geth genesis (its config and allocation) instead of the dev genesis. */
  genesis?: Genesis;
  /** Fork blocks of that genesis that its ChainConfig does not carry (eth_config's fork id). */
  extraForkBlocks?: bigint[];
  /**
   * Wall-clock bound of one eth_call, eth_estimateGas or eth_simulateV1 in milliseconds
   * (geth's --rpc.evmtimeout, default 5 s); 0: none.
   */
  evmTimeoutMs?: number;
}

/** geth's default RPCEVMTimeout. */
export const DEFAULT_EVM_TIMEOUT_MS = 5000;

interface Meta {
  format: 'polyvm-evm-node';
  version: 1;
  chainId: string;
  hardfork: ForkName;
  mnemonic: string;
  accounts: number;
  head: string;
  seq: string;
  timeOffset: string;
  /** The chain config, when it is not the single-fork dev config. */
  config?: SerializedConfig;
}

type SerializedConfig = {
  chainId: string;
  depositContract: string;
  activations: Record<string, string>[];
  blobSchedule?: unknown;
};

function serializeConfig(c: ChainConfig): SerializedConfig {
  return JSON.parse(JSON.stringify(c, (_k, v) => (typeof v === 'bigint' ? `n${v}` : v)));
}
function deserializeConfig(s: SerializedConfig): ChainConfig {
  return JSON.parse(JSON.stringify(s), (_k, v) =>
    typeof v === 'string' && /^n\d+$/.test(v) ? BigInt(v.slice(1)) : v,
  );
}

export interface MinedEvent {
  block: ChainBlock;
}

interface Built {
  chainBlock: ChainBlock;
  included: PendingTx[];
  rejected: { ptx: PendingTx; reason: string; message: string }[];
}

type Waiter = { resolve: (hash: string) => void; reject: (e: unknown) => void };

const MAX_CACHED_BLOCKS = 2048;

const startsWith = (k: Uint8Array, p: Uint8Array) => k.length >= p.length && p.every((b, i) => k[i] === b);
const sameBytes = (k: Uint8Array, p: Uint8Array) => k.length === p.length && startsWith(k, p);
/** Tests for the state keys of the EIP-7002/7251 contracts: their account and their storage. */
const REQUEST_CONTRACT_KEYS = [WITHDRAWAL_REQUEST_ADDRESS, CONSOLIDATION_REQUEST_ADDRESS].flatMap((a) => {
  const account = accountKey(a);
  const storage = storagePrefixOf(a);
  return [(k: Uint8Array) => sameBytes(k, account), (k: Uint8Array) => startsWith(k, storage)];
});
/** Reasons a transaction is left out of a block but may fit a later one. */
const RETRY_REASONS = new Set([
  'TransactionException.GAS_ALLOWANCE_EXCEEDED',
  'TransactionException.NONCE_MISMATCH_TOO_HIGH',
  'TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED',
  'TransactionException.INSUFFICIENT_MAX_FEE_PER_GAS',
]);

const nowSeconds = () => BigInt(Math.floor(Date.now() / 1000));
const hexOf = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`;

export class DevNode {
  readonly store: KVStore;
  readonly cache: JournaledCache;
  readonly config: ChainConfig;
  readonly extraForkBlocks: readonly bigint[];
  /** NodeOptions.evmTimeoutMs. */
  readonly evmTimeoutMs: number;
  /** The fork of the head block (what the next block and calls run under). */
  fork: ForkName;
  /** Whether the chain's blocks from genesis are past the merge (PoS from block 0). */
  private readonly mergedFromGenesis: boolean;
  private readonly hasMerge: boolean;
  readonly accounts: DevAccount[];
  readonly keys = new Map<bigint, Uint8Array>();
  readonly impersonated = new Set<bigint>();
  /** anvil_autoImpersonateAccount: eth_sendTransaction from any sender without its key. */
  autoImpersonate = false;
  readonly pool = new Mempool();
  automine: boolean;
  head!: ChainBlock;
  seq = 0n;
  timeOffset = 0n;
  nextTimestamp: bigint | undefined;
  /** anvil_setBlockTimestampInterval: each block's timestamp is its parent's plus this. */
  timestampInterval: bigint | undefined;
  /** anvil_setCoinbase: the beneficiary of the blocks mined from now on. */
  coinbase = 0n;
  /** anvil_setNextBlockBaseFeePerGas and evm_setBlockGasLimit: the next block's, once. */
  nextBaseFee: bigint | undefined;
  nextGasLimit: bigint | undefined;
  private readonly blocks = new Map<bigint, ChainBlock>();
  /** What the metadata record keeps from the chain's creation. */
  private readonly metaFixed: Pick<Meta, 'mnemonic' | 'config'>;
  /** The state's tries, kept across blocks: a block's root costs its own changes. */
  private readonly stateRoot: LiveStateRoot;
  private readonly unlock: (() => void) | undefined;
  private readonly waiters = new Map<string, Waiter>();
  private readonly snapshots = new Map<number, bigint>();
  private nextSnapshot = 1;
  private mineScheduled = false;
  private interval: NodeJS.Timeout | undefined;
  private closed = false;
  readonly listeners = {
    block: new Set<(b: ChainBlock) => void>(),
    pending: new Set<(p: PendingTx) => void>(),
  };

  constructor(options: NodeOptions = {}) {
    this.store = options.state ? new LmdbStore(options.state) : new SplitMemoryStore();
    try {
      this.unlock = options.state === undefined ? undefined : lockState(this.store, options.state);
    } catch (e) {
      void this.store.close();
      throw e;
    }
    try {
      this.cache = new JournaledCache(this.store);
      this.stateRoot = new LiveStateRoot(this.store);
      const raw = this.store.get(META_KEY);
      let meta: Meta;
      if (raw) {
        meta = parseJson<Meta>(raw);
        if (meta.format !== 'polyvm-evm-node')
          throw new NodeOptionError(`state ${options.state}: not a polyvm dev-node chain`);
        if (options.chainId !== undefined && BigInt(meta.chainId) !== options.chainId)
          throw new NodeOptionError(
            `state ${options.state} holds chain id ${meta.chainId}, not ${options.chainId}`,
          );
      } else {
        meta = {
          format: 'polyvm-evm-node',
          version: 1,
          chainId: String(options.chainId ?? 31337n),
          hardfork: options.hardfork ?? 'Osaka',
          mnemonic: options.mnemonic ?? DEFAULT_MNEMONIC,
          accounts: options.accounts ?? 10,
          head: '0',
          seq: '0',
          timeOffset: '0',
        };
      }
      if (!raw && options.genesis) {
        meta.chainId = String(options.genesis.config.chainId);
        meta.config = serializeConfig(options.genesis.config);
      }
      this.metaFixed = { mnemonic: meta.mnemonic, config: meta.config };
      this.config = meta.config
        ? deserializeConfig(meta.config)
        : { ...networkConfig(meta.hardfork)!, chainId: BigInt(meta.chainId) };
      this.extraForkBlocks = options.extraForkBlocks ?? [];
      this.evmTimeoutMs = options.evmTimeoutMs ?? DEFAULT_EVM_TIMEOUT_MS;
      const paris = this.config.activations.find((a) => a.fork === 'Paris');
      this.hasMerge = paris !== undefined;
      this.mergedFromGenesis =
        paris !== undefined && (paris.totalDifficulty ?? 0n) === 0n && paris.block === undefined;
      this.fork = meta.hardfork;
      this.accounts = deriveAccounts(meta.mnemonic, meta.accounts);
      for (const a of this.accounts) this.keys.set(a.address, a.key);
      this.automine = options.automine !== false && options.blockTime === undefined;
      if (raw) {
        this.seq = BigInt(meta.seq);
        this.timeOffset = BigInt(meta.timeOffset);
        this.head = this.blockByNumber(BigInt(meta.head))!;
      } else this.writeGenesisBlock(meta, options);
      this.fork = this.forkOf(this.head.block.header);
      if (options.blockTime !== undefined) this.setIntervalMining(options.blockTime);
    } catch (e) {
      // A state that is not this node's: nothing was written; the lock and the store let go.
      this.unlock?.();
      void this.store.close();
      throw e;
    }
  }

  /** Whether `h` is past the merge: difficulty 0 once the chain has merged (the header says it). */
  isMerged(h: BlockHeader): boolean {
    if (this.mergedFromGenesis) return true;
    return this.hasMerge && h.difficulty === 0n && h.number > 0n;
  }

  forkOf(h: BlockHeader): ForkName {
    return forkAt(this.config, h.number, h.timestamp, this.isMerged(h));
  }

  /** The metadata record of the chain as it is now. */
  private meta(): Meta {
    return {
      config: this.metaFixed.config,
      format: 'polyvm-evm-node',
      version: 1,
      chainId: String(this.config.chainId),
      hardfork: this.fork,
      mnemonic: this.metaFixed.mnemonic,
      accounts: this.accounts.length,
      head: String(this.head.number),
      seq: String(this.seq),
      timeOffset: String(this.timeOffset),
    };
  }

  private writeGenesisBlock(meta: Meta, o: NodeOptions): void {
    if (o.genesis) {
      for (const [k, v] of o.genesis.store.range()) this.cache.put(k, v);
      const header = o.genesis.header;
      const block: Block = {
        header,
        transactions: [],
        ommers: [],
        withdrawals: header.withdrawalsRoot ? [] : undefined,
      };
      this.head = this.record(block, [], []);
      this.cache.put(META_KEY, json(meta));
      this.persist(this.head);
      return;
    }
    const header = writeGenesis(this.cache, {
      fork: this.fork,
      accounts: this.accounts.map((a) => a.address),
      balance: (o.balance ?? 10_000n) * WEI_PER_ETH,
      gasLimit: o.gasLimit ?? DEFAULT_GAS_LIMIT,
      baseFee: o.baseFee ?? DEFAULT_BASE_FEE,
      timestamp: o.timestamp ?? nowSeconds(),
    });
    const block: Block = {
      header,
      transactions: [],
      ommers: [],
      withdrawals: forkAtLeast(this.fork, 'Shanghai') ? [] : undefined,
    };
    this.head = this.record(block, [], []);
    this.cache.put(META_KEY, json({ ...meta, mnemonic: meta.mnemonic }));
    this.persist(this.head);
  }

  /** A block's record, from the cache of recent blocks or the store. */
  blockByNumber(n: bigint): ChainBlock | undefined {
    const hit = this.blocks.get(n);
    if (hit) return hit;
    if (this.head && n > this.head.number) return undefined;
    const raw = this.store.get(blockKey(n));
    if (!raw) return undefined;
    const block = decodeBlock(raw);
    const receipts = decodeReceipts(parseJson(this.store.get(receiptsKey(n))!));
    const seqRaw = this.store.get(blockSeqKey(n));
    const rec: ChainBlock = {
      number: n,
      block,
      hash: headerHash(block.header),
      txHashes: block.transactions.map((t) => transactionHash(t.encoded)),
      receipts,
      seq: seqRaw ? decodeNumber(seqRaw) : 0n,
    };
    this.remember(rec);
    return rec;
  }

  blockByHash(hash: Uint8Array): ChainBlock | undefined {
    const raw = this.store.get(hashKey(hash));
    return raw && this.blockByNumber(decodeNumber(raw));
  }

  txLocation(hash: Uint8Array): TxLocation | undefined {
    const raw = this.store.get(txKey(hash));
    return raw && decodeTxLocation(raw);
  }

  private remember(b: ChainBlock): void {
    if (this.blocks.size >= MAX_CACHED_BLOCKS) {
      const first = this.blocks.keys().next().value!;
      this.blocks.delete(first);
    }
    this.blocks.set(b.number, b);
  }

  private record(block: Block, receipts: StoredReceipt[], txHashes: Uint8Array[]): ChainBlock {
    return {
      number: block.header.number,
      block,
      hash: headerHash(block.header),
      txHashes,
      receipts,
      seq: 0n,
    };
  }

  /** Writes the block's chain records and the cache's state changes as one LMDB write. */
  private persist(b: ChainBlock): void {
    this.seq++;
    b.seq = this.seq;
    const c = this.cache;
    c.put(blockKey(b.number), encodeBlock(b.block));
    c.put(receiptsKey(b.number), json(encodeReceipts(b.receipts)));
    c.put(blockSeqKey(b.number), encodeNumber(b.seq));
    c.put(hashKey(b.hash), encodeNumber(b.number));
    for (const [i, h] of b.txHashes.entries()) c.put(txKey(h), encodeTxLocation(b.number, i));
    this.head = b;
    this.fork = this.forkOf(b.block.header);
    this.writeMeta();
    this.flush();
    this.remember(b);
  }

  private writeMeta(): void {
    this.cache.put(META_KEY, json(this.meta()));
  }

  /** Applies a dev method's state edit as its own write (revertible by evm_revert). */
  edit(fn: (cache: JournaledCache) => void): void {
    fn(this.cache);
    this.seq++;
    this.writeMeta();
    this.flush();
  }

  private flush(): void {
    this.stateRoot.committed(flushWithUndo(this.cache, this.seq));
  }

  /** Flushes changes that carry no undo entry (evm_revert, anvil_reset). */
  private flushUndone(): void {
    const changes = this.cache.changes();
    this.cache.flush();
    this.stateRoot.committed(changes);
  }

  // ---- State reads ----

  /** A cache over the state after block `n` (the live state for the head). */
  stateAt(n: bigint): JournaledCache {
    if (n >= this.head.number) return new JournaledCache(this.store);
    const b = this.blockByNumber(n);
    if (!b) throw new RpcError(RPC.SERVER, `header not found`);
    return new JournaledCache(storeAt(this.store, b.seq, this.seq));
  }

  /**
   * A cache over the state block `b` was executed on: after every write before it, the
   * dev methods' edits since its parent included.
   */
  stateBefore(b: ChainBlock): JournaledCache {
    return new JournaledCache(storeAt(this.store, b.seq - 1n, this.seq));
  }

  account(cache: JournaledCache, a: bigint): StoredAccount | undefined {
    const raw = cache.get(accountKey(a));
    return raw && decodeAccount(raw);
  }

  nonceOf = (a: bigint): bigint => this.account(this.cache, a)?.nonce ?? 0n;

  code(cache: JournaledCache, a: bigint): Uint8Array {
    const acc = this.account(cache, a);
    if (!acc) return new Uint8Array(0);
    return cache.get(codeKey(acc.codeHash)) ?? new Uint8Array(0);
  }

  storage(cache: JournaledCache, a: bigint, slot: bigint): bigint {
    const raw = cache.get(storageKey(a, slot));
    return raw ? BigInt(`0x${Buffer.from(raw).toString('hex') || '0'}`) : 0n;
  }

  setAccount(cache: JournaledCache, a: bigint, change: (acc: StoredAccount) => void, code?: Uint8Array) {
    const acc = this.account(cache, a) ?? { nonce: 0n, balance: 0n, codeHash: KECCAK_EMPTY_CODE };
    change(acc);
    if (code) {
      acc.codeHash = code.length ? keccak_256(code) : KECCAK_EMPTY_CODE;
      if (code.length) cache.put(codeKey(acc.codeHash), code);
    }
    cache.put(accountKey(a), encodeAccount(acc));
  }

  // ---- The next block ----

  chainContext(parent: ChainBlock = this.head, child?: BlockHeader): ChainContext {
    const parentMerged = this.isMerged(parent.block.header);
    const merged = child ? this.isMerged(child) : parentMerged || forkAtLeast(this.fork, 'Paris');
    return {
      config: this.config,
      parent: parent.block.header,
      parentHash: parent.hash,
      parentMerged,
      merged,
      ancestors: () => {
        const out = [];
        for (let n = parent.number, k = 0; n >= 0n && k < 7; n--, k++) {
          const b = this.blockByNumber(n)!;
          out.push({ header: b.block.header, hash: b.hash, ommers: b.block.ommers });
        }
        return out;
      },
      blockHash: (n) => {
        const b = this.blockByNumber(n);
        return b ? BigInt(hexOf(b.hash)) : 0n;
      },
    };
  }

  /** The timestamp the next block gets: the one set, else now plus the offset, after the parent's. */
  pendingTimestamp(): bigint {
    if (this.nextTimestamp !== undefined) return this.nextTimestamp;
    if (this.timestampInterval !== undefined)
      return this.head.block.header.timestamp + this.timestampInterval;
    const t = nowSeconds() + this.timeOffset;
    const min = this.head.block.header.timestamp + 1n;
    return t < min ? min : t;
  }

  /** The header the next block would have (for calls at "pending" and gas estimation). */
  pendingHeader(): BlockHeader {
    const p = this.head.block.header;
    const rules = forkRules(this.fork);
    const h: BlockHeader = {
      ...p,
      number: p.number + 1n,
      timestamp: this.pendingTimestamp(),
      gasUsed: 0n,
      gasLimit: this.pendingGasLimit(),
      coinbase: this.coinbase,
    };
    h.parentHash = this.head.hash;
    if (rules.hasBaseFee) h.baseFeePerGas = this.nextBaseFeeValue();
    return h;
  }

  nextBaseFeeValue(): bigint {
    const p = this.head.block.header;
    if (p.baseFeePerGas === undefined) return 0n;
    if (this.nextBaseFee !== undefined) return this.nextBaseFee;
    return calcBaseFee(p, forkRules(this.fork));
  }

  /** The gas limit of the next block: the one set, else the parent's. */
  pendingGasLimit(): bigint {
    return this.nextGasLimit ?? this.head.block.header.gasLimit;
  }

  // ---- Transactions ----

  /** Checks a transaction as the pool does, then pools it; in automine, resolves once mined. */
  submit(ptx: PendingTx): Promise<string> | string {
    this.admit(ptx);
    this.pool.add(ptx);
    for (const l of this.listeners.pending) l(ptx);
    if (!this.automine) return ptx.hashHex;
    const ready = this.pool.isReady(ptx, this.nonceOf(ptx.sender));
    this.scheduleMine();
    if (!ready) return ptx.hashHex;
    return new Promise((resolve, reject) => this.waiters.set(ptx.hashHex, { resolve, reject }));
  }

  /** geth's txpool validation (`ValidateTransaction`, `ValidateTransactionWithState`) in its order. */
  private admit(p: PendingTx): void {
    const t = p.tx;
    const rules = forkRules(this.fork);
    if (t.type > rules.maxTxType) throw serverError('transaction type not supported');
    if (t.gasLimit > this.pendingGasLimit()) throw serverError('exceeds block gas limit');
    if (t.gasLimit > rules.maxTxGas)
      throw serverError(`transaction gas limit too high (cap: ${rules.maxTxGas}, tx: ${t.gasLimit})`);
    const fee = t.type >= 2 ? t.maxFeePerGas! : t.gasPrice!;
    const tip = t.type >= 2 ? t.maxPriorityFeePerGas! : t.gasPrice!;
    if (fee < tip) throw serverError('max priority fee per gas higher than max fee per gas');
    const intrinsic = intrinsicGas(t, rules);
    if (t.gasLimit < intrinsic)
      throw serverError(`intrinsic gas too low: gas ${t.gasLimit}, minimum needed ${intrinsic}`);
    const baseFee = this.nextBaseFeeValue();
    if (rules.hasBaseFee && fee < baseFee)
      throw serverError(
        `max fee per gas less than block base fee: address ${hexAddr(p.sender)}, maxFeePerGas: ${fee}, baseFee: ${baseFee}`,
      );
    const acc = this.account(this.cache, p.sender);
    const nonce = acc?.nonce ?? 0n;
    if (t.nonce < nonce) throw serverError(`nonce too low: next nonce ${nonce}, tx nonce ${t.nonce}`);
    let cost = fee * t.gasLimit + t.value;
    if (t.type === 3) cost += t.maxFeePerBlobGas! * 131072n * BigInt(t.blobVersionedHashes?.length ?? 0);
    const balance = acc?.balance ?? 0n;
    if (balance < cost)
      throw serverError(
        `insufficient funds for gas * price + value: balance ${balance}, tx cost ${cost}, overshot ${cost - balance}`,
      );
  }

  scheduleMine(): void {
    if (this.mineScheduled || this.closed) return;
    this.mineScheduled = true;
    setImmediate(() => {
      this.mineScheduled = false;
      try {
        while (!this.closed && this.pool.size > 0) {
          const before = this.pool.size;
          const ready = this.pool.ready(this.nonceOf, this.nextBaseFeeValue());
          if (ready.length === 0) break;
          this.mine();
          if (this.pool.size >= before) break;
        }
      } catch (e) {
        for (const [h, w] of this.waiters) {
          w.reject(e);
          this.waiters.delete(h);
        }
      }
    });
  }

  /**
   * The block `mine` would make now (geth's pending block): built from the ready pool
   * transactions on the live cache inside a checkpoint that is then reverted, so nothing of
   * it stays in the state or the chain.
   */
  pendingBlock(): ChainBlock {
    this.cache.checkpoint();
    try {
      return this.build(this.pool.ready(this.nonceOf, this.nextBaseFeeValue()), this.pendingTimestamp())
        .chainBlock;
    } finally {
      this.cache.revert();
    }
  }

  /**
   * Mines one block from the ready pool transactions; returns it. Built and written under
   * the store's writer lock: nothing can change what the block read, so the flush need not
   * check it again.
   */
  mine(timestamp?: bigint): ChainBlock {
    const b = this.cache.exclusive(() => {
      const ready = this.pool.ready(this.nonceOf, this.nextBaseFeeValue());
      const built = this.build(ready, timestamp ?? this.pendingTimestamp());
      this.persist(built.chainBlock);
      return built;
    });
    this.nextTimestamp = undefined;
    this.nextBaseFee = undefined;
    this.nextGasLimit = undefined;
    for (const p of b.included) {
      this.pool.remove(p);
      const w = this.waiters.get(p.hashHex);
      if (w) {
        this.waiters.delete(p.hashHex);
        w.resolve(p.hashHex);
      }
    }
    for (const { ptx, reason, message } of b.rejected) {
      if (RETRY_REASONS.has(reason) && b.included.length > 0) continue;
      this.pool.remove(ptx);
      const w = this.waiters.get(ptx.hashHex);
      if (w) {
        this.waiters.delete(ptx.hashHex);
        w.reject(serverError(message));
      }
    }
    for (const p of this.pool.prune(this.nonceOf)) {
      const w = this.waiters.get(p.hashHex);
      if (w) {
        this.waiters.delete(p.hashHex);
        w.reject(serverError('nonce too low'));
      }
    }
    for (const l of this.listeners.block) l(b.chainBlock);
    return b.chainBlock;
  }

  /**
   * Builds the next block from `ready`. The fast way runs the transactions with the senders
   * the pool recovered, then builds an empty block over the result for the system calls and
   * the header (state root, requests hash), and fills in the body's fields. That order equals
   * the mainnet one (EIP-4788/2935 calls, transactions, EIP-7002/7251 calls) when the chain
   * has no EIP-4788/2935 contract and no transaction touched the request contracts or the
   * deposit contract; otherwise the block is built again with buildBlock, exactly (a block
   * with impersonated transactions then keeps the fast way: its signatures do not recover).
   */
  private build(ready: PendingTx[], timestamp: bigint): Built {
    const chain = this.chainContext();
    const attrs = {
      timestamp,
      coinbase: this.coinbase,
      prevRandao: keccak_256(this.head.hash),
      gasLimit: this.pendingGasLimit(),
      baseFeePerGas: this.head.block.header.baseFeePerGas === undefined ? undefined : this.nextBaseFee,
    };
    const impersonated = ready.some((p) => p.impersonated);
    this.cache.checkpoint();
    const fast = this.runAll(chain, ready, attrs);
    if (!impersonated && (this.hasPreTxSystemContracts() || this.touchesSystem(fast.receipts))) {
      this.cache.revert();
      return this.buildExact(chain, ready, attrs);
    }
    this.cache.commit();
    const tail = buildBlock(this.cache, chain, [], attrs, { memo: this.stateRoot });
    const txs = fast.included.map((p) => blockTransaction(p.tx));
    const header: BlockHeader = {
      ...tail.block.header,
      transactionsRoot: transactionsRoot(txs),
      receiptsRoot: receiptsRoot(fast.raw),
      logsBloom: mergeBlooms(fast.raw.map((r) => r.logsBloom)),
      gasUsed: fast.gasUsed,
    };
    if (header.blobGasUsed !== undefined) header.blobGasUsed = fast.blobGasUsed;
    const block: Block = { ...tail.block, header, transactions: txs };
    const receipts = fast.receipts.map((r, i) =>
      storedReceipt(r, fast.included[i]!, header, r.gasUsed, this.fork),
    );
    return {
      chainBlock: this.record(
        block,
        receipts,
        fast.included.map((p) => p.hash),
      ),
      included: fast.included,
      rejected: fast.rejected,
    };
  }

  private hasCode(a: bigint): boolean {
    const acc = this.account(this.cache, a);
    return acc !== undefined && !equalBytes(acc.codeHash, KECCAK_EMPTY_CODE);
  }

  private hasPreTxSystemContracts(): boolean {
    const rules = forkRules(this.fork);
    return (
      (rules.beaconRoot && this.hasCode(BEACON_ROOTS_ADDRESS)) ||
      (rules.historyStorage && this.hasCode(HISTORY_STORAGE_ADDRESS))
    );
  }

  /** Whether the transactions changed a request contract or logged from the deposit contract. */
  private touchesSystem(receipts: { logs: Receipt['logs'] }[]): boolean {
    const dep = this.config.depositContract;
    if (receipts.some((r) => r.logs.some((l) => l.address === dep))) return true;
    return this.cache.changes().some(({ key }) => REQUEST_CONTRACT_KEYS.some((p) => p(key)));
  }

  private runAll(chain: ChainContext, ready: PendingTx[], attrs: BlockAttributes) {
    const header = nextHeader(chain, attrs);
    const rules = blockRules(header, chain);
    const env = blockEnv(header, rules, chain);
    const included: PendingTx[] = [];
    const rejected: { ptx: PendingTx; reason: string; message: string }[] = [];
    const receipts: (Receipt & { contractAddress?: bigint; blobGasUsed: bigint; gasUsed: bigint })[] = [];
    const raw: Receipt[] = [];
    let gasUsed = 0n;
    let blobGasUsed = 0n;
    const maxBlobGas = BigInt(rules.blob.max) * GAS_PER_BLOB;
    for (const p of ready) {
      const blobGas = GAS_PER_BLOB * BigInt(p.tx.blobVersionedHashes?.length ?? 0);
      if (blobGasUsed + blobGas > maxBlobGas) {
        rejected.push({
          ptx: p,
          reason: 'TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED',
          message: "blob gas exceeds the block's maximum",
        });
        continue;
      }
      const r = runTransaction(this.cache, rules.fork, env, withSender(p.tx, p.sender), {
        gasAvailable: header.gasLimit - gasUsed,
      });
      if (!r.valid) {
        rejected.push({ ptx: p, reason: r.error, message: r.message });
        continue;
      }
      gasUsed += r.gasUsed;
      blobGasUsed += r.blobGasUsed;
      included.push(p);
      const receipt: Receipt = {
        type: p.tx.type,
        status: r.status === 'success' ? 1 : 0,
        cumulativeGasUsed: gasUsed,
        logsBloom: logsBloom(r.logs),
        logs: r.logs,
      };
      raw.push(receipt);
      receipts.push({
        ...receipt,
        contractAddress: r.contractAddress,
        blobGasUsed: r.blobGasUsed,
        gasUsed: r.gasUsed,
      });
    }
    return { included, rejected, receipts, raw, gasUsed, blobGasUsed };
  }

  /** The block built by buildBlock (senders recovered again; exact system-call order). */
  private buildExact(chain: ChainContext, ready: PendingTx[], attrs: BlockAttributes): Built {
    const built = buildBlock(
      this.cache,
      chain,
      ready.map((p) => p.tx),
      attrs,
      { memo: this.stateRoot },
    );
    const byTx = new Map(ready.map((p) => [p.tx, p]));
    const included = built.block.transactions.map((t) => byTx.get(t.tx)!);
    const header = built.block.header;
    const receipts = built.result.receipts.map((r, i) =>
      storedReceipt(r, included[i]!, header, r.gasUsed, this.fork),
    );
    return {
      chainBlock: this.record(
        built.block,
        receipts,
        included.map((p) => p.hash),
      ),
      included,
      rejected: built.rejected.map((r) => ({ ptx: byTx.get(r.tx)!, reason: r.reason, message: r.message })),
    };
  }

  /** Imports a block on the head (executeBlock's checks, no seal check), as one write. */
  importBlock(raw: Uint8Array): ChainBlock {
    const block = decodeBlock(raw);
    const chain = this.chainContext(this.head, block.header);
    const result = executeBlock(this.cache, block, chain, { memo: this.stateRoot });
    const header = block.header;
    const receipts = result.receipts.map((r, i) => {
      const t = block.transactions[i]!;
      const ptx: PendingTx = {
        tx: t.tx,
        sender: r.sender,
        hash: new Uint8Array(0),
        hashHex: '',
        impersonated: false,
      };
      return storedReceipt(r, ptx, header, r.gasUsed, this.fork);
    });
    const rec = this.record(
      block,
      receipts,
      block.transactions.map((t) => transactionHash(t.encoded)),
    );
    this.persist(rec);
    this.fork = this.forkOf(header);
    return rec;
  }

  // ---- Snapshots, mining modes, shutdown ----

  snapshot(): number {
    const id = this.nextSnapshot++;
    this.snapshots.set(id, this.seq);
    return id;
  }

  revert(id: number): boolean {
    const seq = this.snapshots.get(id);
    if (seq === undefined) return false;
    for (const k of [...this.snapshots.keys()]) if (k >= id) this.snapshots.delete(k);
    undoTo(this.cache, seq, this.seq);
    this.flushUndone();
    const meta = parseJson<Meta>(this.store.get(META_KEY)!);
    this.seq = BigInt(meta.seq);
    this.timeOffset = BigInt(meta.timeOffset);
    this.blocks.clear();
    this.head = this.blockByNumber(BigInt(meta.head))!;
    this.pool.prune(this.nonceOf);
    return true;
  }

  /** anvil_reset without forking: back to the genesis, in one write (the pool emptied). */
  reset(): void {
    undoTo(this.cache, 1n, this.seq);
    this.flushUndone();
    this.snapshots.clear();
    this.pool.clear();
    this.blocks.clear();
    const meta = parseJson<Meta>(this.store.get(META_KEY)!);
    this.seq = BigInt(meta.seq);
    this.timeOffset = BigInt(meta.timeOffset);
    this.nextTimestamp = undefined;
    this.timestampInterval = undefined;
    this.nextBaseFee = undefined;
    this.nextGasLimit = undefined;
    this.coinbase = 0n;
    this.head = this.blockByNumber(BigInt(meta.head))!;
  }

  setIntervalMining(seconds: number): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
    if (seconds > 0) {
      this.automine = false;
      this.interval = setInterval(() => {
        try {
          this.mine();
        } catch (e) {
          // A block that cannot be built is left out; the error goes to stderr, the node goes on.
          process.stderr.write(`polyvm: interval mining: ${(e as Error).message}\n`);
        }
      }, seconds * 1000);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.interval) clearInterval(this.interval);
    for (const [, w] of this.waiters) w.reject(new RpcError(RPC.SERVER, 'node stopped'));
    this.waiters.clear();
    this.unlock?.();
    await this.store.close();
  }
}

const hexAddr = (a: bigint) => `0x${a.toString(16).padStart(40, '0')}`;

function storedReceipt(
  r: {
    status?: number;
    cumulativeGasUsed: bigint;
    logs: Receipt['logs'];
    contractAddress?: bigint;
    blobGasUsed: bigint;
    postState?: Uint8Array;
  },
  p: PendingTx,
  header: BlockHeader,
  gasUsed: bigint,
  fork: ForkName,
): StoredReceipt {
  const t = p.tx;
  const baseFee = header.baseFeePerGas ?? 0n;
  let price = t.gasPrice ?? 0n;
  if (t.type >= 2) {
    const tip = t.maxFeePerGas! - baseFee;
    price = baseFee + (tip < t.maxPriorityFeePerGas! ? tip : t.maxPriorityFeePerGas!);
  }
  void fork;
  return {
    from: p.sender,
    status: r.status ?? 1,
    gasUsed,
    cumulativeGasUsed: r.cumulativeGasUsed,
    contractAddress: r.contractAddress,
    logs: r.logs,
    effectiveGasPrice: price,
    blobGasUsed: r.blobGasUsed,
    ...(r.postState && { root: r.postState }),
  };
}

export { blobBaseFee };
