/**
 * A local Neo N3 chain for development, in the manner of neo-express: a private network whose
 * validator keys it holds, a genesis block that gives the committee (multisig) account all NEO
 * and the initial GAS, named accounts, and one block per sent transaction (OnPersist, the
 * transaction, PostPersist), each block flushed to the store in one atomic write. Test-mode
 * invocations (RPC `invokefunction` / `invokescript`) run on a block that is never persisted.
 */
import { randomBytes } from 'node:crypto';
import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  IntegerItem,
  MapItem,
  NULL,
  NullItem,
  ScriptBuilder,
  type StackItem,
} from '../../neovm/index.js';
import { type JournaledCache, namespacedKey } from '../../state/index.js';
import type { ContractState } from '../contract/contract-state.js';
import { parseManifest } from '../contract/manifest.js';
import { parseNef } from '../contract/nef.js';
import type { ECPoint } from '../crypto/ecpoint.js';
import { txContainer } from '../engine/container.js';
import { MAX_GAS_INVOKE } from '../engine/prices.js';
import { NeoArgumentError, NeoTransactionError } from '../errors.js';
import { interopId } from '../interop/id.js';
import { utf8 } from '../io/binary.js';
import { getContract } from '../native/contract-management.js';
import { gasToken } from '../native/gas-token.js';
import { contractManagement } from '../native/index.js';
import { ledgerCurrentHash, ledgerCurrentIndex, ledgerInitialized, trimmedBlock } from '../native/ledger.js';
import { contractHash } from '../native/native.js';
import { maxValidUntilBlockIncrement } from '../native/policy.js';
import { type Block, type Header, headerHash, makeBlock, merkleRoot } from '../payloads/block.js';
import type { Signer } from '../payloads/signer.js';
import { scopeName, WitnessScope } from '../payloads/signer.js';
import {
  MAX_TRANSACTION_SIZE,
  signData,
  type Transaction,
  transactionHash,
  transactionSize,
} from '../payloads/transaction.js';
import type { WitnessRule } from '../payloads/witness-rule.js';
import { ALL_HARDFORKS_AT_GENESIS, type Hardfork, makeSettings, type ProtocolSettings } from '../settings.js';
import { NeoStore } from '../storage/store.js';
import {
  addressToScriptHash,
  equalHash,
  hashKey,
  hashToString,
  parseUInt160,
  type UInt160,
} from '../uint.js';
import { type ExecutionResult, runScript } from './execute.js';
import { calculateNetworkFee } from './fees.js';
import { genesisBlock, persistBlock } from './persist.js';
import {
  type Account,
  fromWif,
  type KeyPair,
  multiSigAccount,
  randomKeyPair,
  standardAccount,
  toWif,
  witness,
} from './wallet.js';

const CONFIG_KEY = namespacedKey('neo', 'c/config');
const CONTRACT_CALL = interopId('System.Contract.Call');
export const GENESIS_ACCOUNT = 'genesis';

export interface ChainOptions {
  /** Protocol settings of a new chain; the committee is replaced by the validator keys. */
  readonly settings?: Partial<Omit<ProtocolSettings, 'standbyCommittee' | 'validatorsCount'>>;
  /** Validator keys of a new chain (default: one fresh key). */
  readonly validators?: readonly KeyPair[];
  /** Milliseconds since the epoch for block timestamps (default: the clock). */
  readonly clock?: () => bigint;
}

interface StoredConfig {
  readonly version: 1;
  readonly network: number;
  readonly addressVersion: number;
  readonly millisecondsPerBlock: number;
  readonly maxValidUntilBlockIncrement: number;
  readonly maxTraceableBlocks: number;
  readonly initialGasDistribution: string;
  readonly hardforks: Record<string, number>;
  readonly validators: string[];
  readonly accounts: { name: string; wif: string }[];
}

/**
 * A signer given by account and scope (CalledByEntry unless said otherwise); rules need the
 * WitnessRules scope flag, as in a transaction.
 */
export interface SignerSpec {
  readonly account: UInt160 | Account;
  readonly scopes?: number;
  readonly allowedContracts?: readonly UInt160[];
  readonly allowedGroups?: readonly ECPoint[];
  readonly rules?: readonly WitnessRule[];
}

export interface SendResult {
  readonly tx: Transaction;
  readonly block: Block;
  readonly result: ExecutionResult;
}

export class NeoChain {
  readonly store: NeoStore;
  private config: StoredConfig;
  readonly settings: ProtocolSettings;
  private readonly validatorKeys: KeyPair[];
  private readonly clock: () => bigint;
  private accountList: Account[] | undefined;

  private constructor(
    readonly cache: JournaledCache,
    config: StoredConfig,
    clock: () => bigint,
  ) {
    this.store = new NeoStore(cache);
    this.config = config;
    this.validatorKeys = config.validators.map(fromWif);
    this.clock = clock;
    const hardforks = new Map<Hardfork, number>();
    for (const [k, v] of Object.entries(config.hardforks)) hardforks.set(k as Hardfork, v);
    this.settings = makeSettings({
      network: config.network,
      addressVersion: config.addressVersion,
      standbyCommittee: this.validatorKeys.map((k) => k.publicKey),
      validatorsCount: this.validatorKeys.length,
      millisecondsPerBlock: config.millisecondsPerBlock,
      maxValidUntilBlockIncrement: config.maxValidUntilBlockIncrement,
      maxTraceableBlocks: config.maxTraceableBlocks,
      initialGasDistribution: BigInt(config.initialGasDistribution),
      hardforks,
    });
  }

  /** Opens the chain kept in `cache`, creating it (and its genesis block) when there is none. */
  /** Whether `cache` holds a chain (open creates one when it does not). */
  static exists(cache: JournaledCache): boolean {
    return cache.get(CONFIG_KEY) !== undefined;
  }

  static open(cache: JournaledCache, options: ChainOptions = {}): NeoChain {
    const clock = options.clock ?? (() => BigInt(Date.now()));
    const stored = cache.get(CONFIG_KEY);
    if (stored !== undefined) {
      let config: StoredConfig;
      try {
        config = JSON.parse(Buffer.from(stored).toString('utf8')) as StoredConfig;
      } catch {
        throw new NeoArgumentError('the Neo chain configuration in this store is corrupt');
      }
      return new NeoChain(cache, config, clock);
    }
    const s = options.settings ?? {};
    const hardforks: Record<string, number> = {};
    for (const [k, v] of s.hardforks ?? ALL_HARDFORKS_AT_GENESIS) hardforks[k] = v;
    const validators = options.validators ?? [randomKeyPair()];
    if (validators.length === 0) throw new NeoArgumentError('a chain needs at least one validator key');
    const config: StoredConfig = {
      version: 1,
      network: s.network ?? randomBytes(4).readUInt32LE(0),
      addressVersion: s.addressVersion ?? 0x35,
      millisecondsPerBlock: s.millisecondsPerBlock ?? 15000,
      maxValidUntilBlockIncrement: s.maxValidUntilBlockIncrement ?? 5760,
      maxTraceableBlocks: s.maxTraceableBlocks ?? 2102400,
      initialGasDistribution: String(s.initialGasDistribution ?? 52_000_000_00000000n),
      hardforks,
      validators: validators.map(toWif),
      accounts: [],
    };
    const chain = new NeoChain(cache, config, clock);
    chain.saveConfig();
    if (!ledgerInitialized(chain.store))
      persistBlock(chain.store, chain.settings, genesisBlock(chain.settings));
    cache.flush();
    return chain;
  }

  private saveConfig(): void {
    this.cache.put(CONFIG_KEY, utf8(JSON.stringify(this.config)));
  }

  get height(): number {
    return ledgerCurrentIndex(this.store);
  }

  get currentHash(): Uint8Array {
    return ledgerCurrentHash(this.store);
  }

  // ---- accounts -------------------------------------------------------------------------

  /** The committee account (multisig of the validators), holding the genesis NEO and GAS. */
  get genesisAccount(): Account {
    const n = this.validatorKeys.length;
    return multiSigAccount(
      GENESIS_ACCOUNT,
      n - Math.floor((n - 1) / 2),
      this.validatorKeys,
      this.settings.addressVersion,
    );
  }

  get validators(): Account[] {
    return this.validatorKeys.map((k, i) => standardAccount(`node${i + 1}`, k, this.settings.addressVersion));
  }

  /** The genesis account, the validators' and the wallet's (decoded once per change). */
  accounts(): Account[] {
    this.accountList ??= [
      this.genesisAccount,
      ...this.validators,
      ...this.config.accounts.map((a) =>
        standardAccount(a.name, fromWif(a.wif), this.settings.addressVersion),
      ),
    ];
    return [...this.accountList];
  }

  createAccount(name: string, key: KeyPair = randomKeyPair()): Account {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
      throw new NeoArgumentError(
        `account name ${JSON.stringify(name)}: use letters, digits, '_', '.' or '-'`,
      );
    }
    if (this.accounts().some((a) => a.name === name))
      throw new NeoArgumentError(`account ${name} already exists`);
    this.config = { ...this.config, accounts: [...this.config.accounts, { name, wif: toWif(key) }] };
    this.accountList = undefined;
    this.saveConfig();
    this.cache.flush();
    return standardAccount(name, key, this.settings.addressVersion);
  }

  /** An account by name, address or script hash (0x...). */
  account(id: string): Account {
    const all = this.accounts();
    const byName = all.find((a) => a.name === id);
    if (byName) return byName;
    let hash: UInt160 | undefined;
    try {
      hash = id.startsWith('0x') ? parseUInt160(id) : addressToScriptHash(id, this.settings.addressVersion);
    } catch {
      hash = undefined;
    }
    const found = hash && all.find((a) => equalHash(a.scriptHash, hash));
    if (found) return found;
    throw new NeoArgumentError(
      `unknown account ${JSON.stringify(id)} (not a wallet account name, address or hash)`,
    );
  }

  private keyedAccount(hash: UInt160): Account | undefined {
    return this.accounts().find((a) => equalHash(a.scriptHash, hash));
  }

  // ---- contracts ------------------------------------------------------------------------

  getContract(hash: UInt160): ContractState | null {
    return getContract(this.store, hash);
  }

  /** A deployed contract by hash (0x...) or by manifest name (natives by name too). */
  resolveContract(id: string): ContractState {
    if (/^0x[0-9a-fA-F]{40}$/.test(id)) {
      const c = getContract(this.store, parseUInt160(id));
      if (c) return c;
    } else {
      const lower = id.toLowerCase();
      for (const [k] of this.store.find(new Uint8Array([0xff, 0xff, 0xff, 0xff, 8]))) {
        const c = getContract(this.store, k.subarray(5))!;
        if (c.manifest.name.toLowerCase() === lower || c.manifest.name.toLowerCase() === `${lower}token`)
          return c;
      }
    }
    throw new NeoArgumentError(`no contract ${JSON.stringify(id)} is deployed`);
  }

  // ---- transactions ---------------------------------------------------------------------

  private signers(specs: readonly SignerSpec[]): Signer[] {
    if (specs.length === 0) throw new NeoArgumentError('at least one signer is required');
    const seen = new Set<string>();
    return specs.map((s) => {
      const account = 'scriptHash' in s.account ? s.account.scriptHash : s.account;
      if (seen.has(hashKey(account)))
        throw new NeoArgumentError(`signer ${hashToString(account)} is given twice`);
      seen.add(hashKey(account));
      const scopes = s.scopes ?? WitnessScope.CalledByEntry;
      const lists: [number, string, readonly unknown[] | undefined][] = [
        [WitnessScope.CustomContracts, 'allowedContracts', s.allowedContracts],
        [WitnessScope.CustomGroups, 'allowedGroups', s.allowedGroups],
        [WitnessScope.WitnessRules, 'rules', s.rules],
      ];
      for (const [flag, name, list] of lists) {
        if ((list?.length ?? 0) > 0 && (scopes & flag) === 0)
          throw new NeoArgumentError(
            `signer ${hashToString(account)}: ${name} given without the ${scopeName(flag)} scope`,
          );
      }
      return {
        account,
        scopes,
        allowedContracts: s.allowedContracts ?? [],
        allowedGroups: s.allowedGroups ?? [],
        rules: s.rules ?? [],
      };
    });
  }

  /** The block a test-mode invocation runs in: the next one, never persisted. */
  nextBlockTemplate(transactions: readonly Transaction[] = []): Block {
    const prev = trimmedBlock(this.store, this.currentHash)!.header;
    let timestamp = this.clock();
    if (timestamp <= prev.timestamp) timestamp = prev.timestamp + 1n;
    const header: Header = {
      version: 0,
      prevHash: this.currentHash,
      merkleRoot: merkleRoot(transactions.map(transactionHash)),
      timestamp,
      nonce: randomBytes(8).readBigUInt64LE(0),
      index: prev.index + 1,
      primaryIndex: 0,
      nextConsensus: prev.nextConsensus,
      witness: { invocationScript: new Uint8Array(0), verificationScript: new Uint8Array(0) },
    };
    return makeBlock(header, transactions);
  }

  /** Runs a script in test mode (neo's RPC `invokescript`): nothing is kept. */
  test(
    script: Uint8Array,
    signers: readonly SignerSpec[] = [],
    gas: bigint = MAX_GAS_INVOKE,
  ): ExecutionResult {
    const tx: Transaction = {
      version: 0,
      nonce: randomBytes(4).readUInt32LE(0),
      systemFee: 0n,
      networkFee: 0n,
      validUntilBlock: this.height + this.settings.maxValidUntilBlockIncrement,
      signers: signers.length > 0 ? this.signers(signers) : [],
      attributes: [],
      script,
      witnesses: [],
    };
    return runScript({
      store: this.store,
      settings: this.settings,
      script,
      container: signers.length > 0 ? txContainer(tx) : null,
      persistingBlock: this.nextBlockTemplate(),
      gas,
      commit: false,
    });
  }

  /** A signed transaction: system fee from a test run, network fee as neo's wallet computes it. */
  makeTransaction(script: Uint8Array, signerSpecs: readonly SignerSpec[], systemFee?: bigint): Transaction {
    const signers = this.signers(signerSpecs);
    const fee = systemFee ?? this.test(script, signerSpecs, 2000_00000000n).gasConsumed;
    const base: Transaction = {
      version: 0,
      nonce: randomBytes(4).readUInt32LE(0),
      systemFee: fee,
      networkFee: 0n,
      validUntilBlock: this.height + maxValidUntilBlockIncrement(this.store),
      signers,
      attributes: [],
      script,
      witnesses: [],
    };
    const scriptOf = (h: UInt160) => this.keyedAccount(h)?.verificationScript ?? null;
    const networkFee = calculateNetworkFee(base, this.store, this.settings, scriptOf);
    const unsigned = { ...base, networkFee };
    const data = signData(transactionHash(unsigned), this.settings.network);
    const witnesses = signers.map((s) => {
      const account = this.keyedAccount(s.account);
      return account
        ? witness(account, data)
        : { invocationScript: new Uint8Array(0), verificationScript: new Uint8Array(0) };
    });
    return { ...unsigned, witnesses };
  }

  /** Puts the transactions in a new block, persists it and flushes it to the store. */
  persist(transactions: readonly Transaction[]): { block: Block; results: ExecutionResult[] } {
    for (const tx of transactions) this.checkTransaction(tx);
    const block = this.signBlock(this.nextBlockTemplate(transactions));
    const r = persistBlock(this.store, this.settings, block);
    this.cache.flush();
    return { block, results: [...r.transactions] };
  }

  /** Sends a script as a transaction in its own block. */
  send(script: Uint8Array, signers: readonly SignerSpec[], systemFee?: bigint): SendResult {
    const tx = this.makeTransaction(script, signers, systemFee);
    const { block, results } = this.persist([tx]);
    return { tx, block, result: results[0]! };
  }

  private checkTransaction(tx: Transaction): void {
    if (transactionSize(tx) > MAX_TRANSACTION_SIZE)
      throw new NeoTransactionError('the transaction is larger than 102,400 bytes');
    const sender = tx.signers[0]!.account;
    const balance = gasToken.balanceOf(this.store, sender);
    if (balance < tx.systemFee + tx.networkFee) {
      throw new NeoTransactionError(
        `insufficient GAS: ${hashToString(sender)} holds ${balance} datoshi, the transaction needs ${tx.systemFee + tx.networkFee}`,
      );
    }
    if (tx.validUntilBlock <= this.height) throw new NeoTransactionError('the transaction has expired');
  }

  private signBlock(block: Block): Block {
    const nextConsensus = this.bftAccount().scriptHash;
    const header: Header = { ...block.header, nextConsensus };
    const data = signData(headerHash(header), this.settings.network);
    const signed = { ...header, witness: witness(this.bftAccount(), data) };
    return makeBlock(signed, block.transactions);
  }

  private bftAccount(): Account {
    const n = this.validatorKeys.length;
    return multiSigAccount(
      'validators',
      n - Math.floor((n - 1) / 3),
      this.validatorKeys,
      this.settings.addressVersion,
    );
  }

  /** Persists `count` empty blocks. */
  advance(count = 1): void {
    for (let i = 0; i < count; i++) this.persist([]);
  }

  // ---- conveniences ---------------------------------------------------------------------

  /** The script of a dynamic call (neo's `EmitDynamicCall`). */
  static callScript(hash: UInt160, method: string, args: readonly StackItem[], callFlags = 15): Uint8Array {
    const sb = new ScriptBuilder();
    pushItems(sb, args);
    sb.emitPush(BigInt(callFlags)).emitPush(method).emitPush(hash).emitSysCall(CONTRACT_CALL);
    return sb.toArray();
  }

  /** Deploys a NEF and manifest from `signer` (the sender); returns the contract hash. */
  deploy(
    nef: Uint8Array,
    manifest: Uint8Array | string,
    signer: SignerSpec,
    data: StackItem = NULL,
  ): SendResult & { hash: UInt160 } {
    const parsed = parseNef(nef);
    const m = parseManifest(manifest);
    const manifestBytes = typeof manifest === 'string' ? utf8(manifest) : manifest;
    const sender = 'scriptHash' in signer.account ? signer.account.scriptHash : signer.account;
    const hash = contractHash(sender, parsed.checksum, m.name);
    if (getContract(this.store, hash) !== null) {
      throw new NeoTransactionError(
        `contract ${m.name} (${hashToString(hash)}) is already deployed by this sender`,
      );
    }
    const script = NeoChain.callScript(contractManagement.hash, 'deploy', [
      bytesItem(nef),
      bytesItem(manifestBytes),
      data,
    ]);
    return { ...this.send(script, [signer]), hash };
  }
}

function bytesItem(b: Uint8Array): ByteStringItem {
  return new ByteStringItem(b);
}

/** Pushes stack items as arguments: NEWARRAY0, or each (last first), the count and PACK. */
export function pushItems(sb: ScriptBuilder, items: readonly StackItem[]): void {
  if (items.length === 0) {
    sb.emit('NEWARRAY0');
    return;
  }
  for (let i = items.length - 1; i >= 0; i--) pushItem(sb, items[i]!);
  sb.emitPush(BigInt(items.length)).emit('PACK');
}

export function pushItem(sb: ScriptBuilder, item: StackItem): void {
  if (item instanceof NullItem) sb.emit('PUSHNULL');
  else if (item instanceof BooleanItem) sb.emitPush(item.value);
  else if (item instanceof IntegerItem) sb.emitPush(item.value);
  else if (item instanceof ByteStringItem) sb.emitPush(item.bytes);
  else if (item instanceof ArrayItem) pushItems(sb, item.items);
  else if (item instanceof MapItem) {
    const entries = item.entries();
    for (let i = entries.length - 1; i >= 0; i--) {
      pushItem(sb, entries[i]![1]);
      pushItem(sb, entries[i]![0]);
    }
    sb.emitPush(BigInt(entries.length)).emit('PACKMAP');
  } else throw new NeoArgumentError(`cannot push an argument of type ${item.constructor.name}`);
}
