/**
 * The JavaScript contract VM (IOST V8VM model): deploy, call and update contracts over the
 * shared journaled state. A transaction is a checkpoint of the journaled cache; every call
 * frame, nested ones included, is a checkpoint inside it, so an error anywhere leaves no
 * trace. Receipts and events are journaled with the frames and kept only for successful
 * calls. Limits follow go-iost `vm/host` and `vm/monitor.go`: five frames at most (the
 * top-level call and four nested), re-entry of a contract/method pair refused, the top-level
 * ABI's amountLimit checked against the token transfers of the whole call.
 *
 * The engine is synchronous and owns its isolates and its store on the thread it runs on;
 * `JsVmWorker` (worker.ts) runs one on a worker thread.
 */
import { sha3_256 } from '@noble/hashes/sha3.js';
import { base58Encode } from '../core/base58.js';
import { utf8ToBytes } from '../core/bytes.js';
import { StateStoreReadOnlyError } from '../core/errors.js';
import { bytesToKey, JournaledCache, type KVStore } from '../state/index.js';
import { type AbiArgType, type ContractAbi, parseAbi } from './abi.js';
import { checkAmountLimit } from './amount-limit.js';
import { unmarshalArgs } from './args.js';
import { type AuthAccount, authorizeCost, checkAccountId, newAccount } from './auth.js';
import { checkCallRequest, checkDeployRequest, checkOptions, checkString } from './check.js';
import { ContractRegistry } from './contracts.js';
import { formatAmount, parseAmount } from './decimal.js';
import {
  ContractValidationError,
  JsArgumentsError,
  JsUnauthorizedError,
  JsVmRequestError,
  TxFailure,
} from './errors.js';
import { GAS } from './gas.js';
import { type Decimal, dec, decString, lessThan, parseDecimal } from './gas-decimal.js';
import { GAS_MIN_PLEDGE_PER_ACTION, GasState, gasStore } from './gas-iost.js';
import { type GenesisConfig, type GenesisReport, runGenesis } from './genesis.js';
import { hostOp } from './host-api.js';
import { instrument, METER_VERSION } from './instrument.js';
import { contractOwnerEntryLength, iostRecordOf, readContractRecord, SET_CODE_GAS } from './iost-compiled.js';
import { keys } from './keys.js';
import { NativeLedger } from './ledger.js';
import { NATIVES, type NativeEnv, tokenLedger } from './natives.js';
import { accountRamInfo, addUsedRam, RAM_TOKEN } from './ram.js';
import { codeHashOf, Sandbox, type SandboxIsolate } from './sandbox.js';
import { SYSTEM_CALLS, SYSTEM_CONTRACT, SYSTEM_METHODS } from './system.js';
import { NATIVE_TOKEN, TOKEN_DECIMALS, type TokenInfo, tokenCall } from './token.js';
import type { Maps721 } from './token721.js';
import { goJsonLength, type IostTx, NET_GAS, txBytes, txHash, verifyTxSignatures } from './tx.js';
import { type Frame, type TxAuth, TxState } from './tx-state.js';
import {
  type CallRequest,
  type ContractRecord,
  DEFAULT_GAS_LIMIT,
  type DeployRequest,
  type DeployResult,
  type FrameResult,
  GAS_CONTRACT,
  type IostReturn,
  type JsVmOptions,
  MAX_CALL_DEPTH,
  type TxResult,
} from './types.js';
import { validateContract } from './validate.js';

const now = () => performance.now();
/** Block n's time in nanoseconds: a fixed genesis + n × 0.5 s (exact as a double: multiples of 2^11). */
const defaultBlockTimeNs = (n: number): bigint => 1_546_300_800_000_000_000n + BigInt(n) * 500_000_000n;
/** System contracts polyvm runs natively that a genesis may deploy as IOST's JavaScript instead (go-iost genesis.go). */
const JS_REPLACEABLE: ReadonlySet<string> = new Set(['ram.iost', 'auth.iost']);

/** The witness of a block whose head sets none. */
const DEFAULT_WITNESS = 'polyvm';

/** What JsVm.setHead fixes for the blocks that follow (go-iost verifier/simulator.go `s.Head`). */
export interface BlockHeadSettings {
  /** The producer's public key (base58), what `block.witness` gives; base.js looks its producer up by it. */
  witness?: string;
  /** Every following block's time, in nanoseconds (the clock stands still until set again), as go-iost's simulator `Head.Time`. */
  time?: bigint;
  /** The block number contracts see (`block.number`), from 1, as the simulator's `Head.Number`; the engine's own block counter still counts each transaction. */
  number?: number;
}
const isContractName = (id: string) => id.startsWith('Contract') || id.includes('.');

export class JsVm {
  readonly cache: JournaledCache;
  readonly options: Required<Omit<JsVmOptions, 'onLog'>> & Pick<JsVmOptions, 'onLog'>;
  private readonly sandbox: Sandbox;
  readonly ledger: NativeLedger;
  private readonly contracts: ContractRegistry;
  private tx: TxState | null = null;
  /** Set while a genesis transaction runs: it is block 0 and no block number is taken. */
  private inGenesis = false;
  /** RAM the deploys of block 0 owe, per payer, paid when atGenesis ends. */
  private readonly genesisRam = new Map<string, number>();

  constructor(store: KVStore | JournaledCache, options: JsVmOptions = {}) {
    checkOptions(options);
    if (
      !(store instanceof JournaledCache) &&
      (typeof store?.get !== 'function' || typeof store?.batch !== 'function')
    )
      throw new JsVmRequestError('JsVm: expected a KVStore or a JournaledCache as the store');
    this.cache = store instanceof JournaledCache ? store : new JournaledCache(store);
    this.options = {
      gasLimit: options.gasLimit ?? DEFAULT_GAS_LIMIT,
      timeLimitMs: options.timeLimitMs ?? 2_000,
      memoryLimitMb: options.memoryLimitMb ?? 64,
      poolSize: options.poolSize ?? 2,
      maxContexts: options.maxContexts ?? 64,
      maxUses: options.maxUses ?? 10_000,
      autoFlush: options.autoFlush ?? false,
      payGas: options.payGas ?? false,
      payRam: options.payRam ?? false,
      snapshot: options.snapshot ?? false,
      onLog: options.onLog,
    };
    this.ledger = new NativeLedger(this.cache);
    this.contracts = new ContractRegistry(this.cache);
    this.sandbox = new Sandbox((op, a, b, c, d, e, f) => {
      if (!this.tx) throw new Error('host API used outside a transaction');
      return hostOp(
        this.tx,
        op,
        a as string,
        b as string,
        c as string,
        d as string,
        e as string,
        f as string,
      );
    }, this.options);
  }

  // ---- accounts and the native ledger ----

  /**
   * Creates an account holding `amount` whole or decimal `iost`. An account that exists is
   * refused: IOST creates an account once, and nothing but transfers changes its balance.
   */
  createAccount(name: string, amount = '0', authKeys: { owner?: string; active?: string } = {}): void {
    checkString('createAccount: name', name);
    checkString('createAccount: amount', amount);
    if (authKeys === null || typeof authKeys !== 'object')
      throw new JsVmRequestError('createAccount: keys must be an object {owner, active}');
    const owner = authKeys.owner ?? '';
    const active = authKeys.active ?? owner;
    checkString('createAccount: owner key', owner);
    checkString('createAccount: active key', active);
    this.checkNewAccountName(name, owner, active);
    let units: bigint;
    try {
      units = parseAmount(amount, TOKEN_DECIMALS.iost!);
    } catch (e) {
      throw new JsVmRequestError(
        `balance ${JSON.stringify(amount)} of ${name} invalid: ${(e as Error).message}`,
      );
    }
    if (units < 0n) throw new JsVmRequestError(`balance of ${name} must not be negative`);
    this.unit(() => {
      if (this.hasAccount(name))
        throw new JsVmRequestError(
          `account ${name} exists (balance ${this.balanceOf(name)} iost): accounts are created once`,
        );
      this.cache.atomically(() => {
        this.ledger.saveAuth(newAccount(name, '', owner, active));
        this.ledger.setBalance(NATIVE_TOKEN, name, units);
        const iost = this.ledger.tokenInfo(NATIVE_TOKEN)!;
        iost.supply = (BigInt(iost.supply) + units).toString();
        this.ledger.setTokenInfo(NATIVE_TOKEN, iost);
      });
    });
  }

  /**
   * The names IOST gives accounts (account.js `_checkIdValid`, test/jsvm/account-names.test.ts):
   * in block 0, go-iost's genesis, none is checked, and polyvm asks only what its keys and
   * `id@perm` signers need (1-64 of `[A-Za-z0-9_]`, not starting with `Contract`); after block 0
   * an account is what auth.iost signUp would make, with signUp's messages.
   */
  private checkNewAccountName(name: string, owner: string, active: string): void {
    const block = this.inGenesis ? 0 : this.blockNumber();
    if (block === 0) {
      if (!/^[A-Za-z0-9_]{1,64}$/.test(name) || name.startsWith('Contract'))
        throw new JsVmRequestError(
          `account name ${JSON.stringify(name)} invalid: in block 0, 1 to 64 characters of [A-Za-z0-9_], not starting with "Contract"`,
        );
      return;
    }
    try {
      if (checkAccountId(name, block) && (owner !== '' || active !== ''))
        throw new TxFailure('permission should be empty');
    } catch (e) {
      if (!(e instanceof TxFailure)) throw e;
      throw new JsVmRequestError(
        `account name ${JSON.stringify(name)} refused at block ${block}: ${e.message}`,
      );
    }
  }

  hasAccount(name: string): boolean {
    checkString('hasAccount: name', name);
    return this.ledger.hasAccount(name);
  }

  /** The account's permission tree in auth.iost (go-iost `ReadAuth`). */
  loadAuth(id: string): AuthAccount | undefined {
    return this.ledger.loadAuth(id);
  }

  /** A native contract's storage maps, laid out as a JavaScript contract's (fields in insertion order). */
  nativeMaps(contract: string): Maps721 {
    return this.ledger.nativeMaps(contract);
  }

  authContext(auth: TxAuth) {
    return {
      load: (id: string) => this.ledger.loadAuth(id),
      recordBytes: (id: string) => this.ledger.authRecordBytes(id),
      keys: auth.keys,
      signers: auth.signers,
    };
  }

  /** Balance of `account` in `iost`, as token.iost's balanceOf prints it. */
  balanceOf(account: string): string {
    checkString('balanceOf: account', account);
    return formatAmount(this.ledger.balance(NATIVE_TOKEN, account), TOKEN_DECIMALS.iost!);
  }

  balance(token: string, account: string): bigint {
    return this.ledger.balance(token, account);
  }

  tokenInfo(token: string): TokenInfo | undefined {
    return this.ledger.tokenInfo(token);
  }

  /**
   * gas.iost: the account's gas at the latest block's time (go-iost `PGas`: the stock grown
   * since its refresh, at most the limit), the iost pledged for it and its limit, as go-iost
   * prints decimals.
   */
  gasOf(name: string): { gas: string; pledged: string; limit: string } {
    checkString('gasOf: name', name);
    const state = this.gasState();
    return {
      gas: decString(state.gasAt(name, this.blockTime(this.blockNumber()))),
      pledged: decString(state.pledgeTotal(name)),
      limit: decString(state.limit(name)),
    };
  }

  /** ram.iost: the account's RAM (go-iost RAMHandler: bytes used, bought or lent to it, and its `ram` balance). */
  ramOf(name: string): { used: number; total: number; available: string } {
    checkString('ramOf: name', name);
    return accountRamInfo(this.ledger, name);
  }

  private gasState(): GasState {
    return new GasState(gasStore({ ledger: this.ledger }));
  }

  /** Mines `n` empty blocks (each 0.5 s, IOST's interval): the next transaction runs n blocks later. */
  advanceBlocks(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new JsVmRequestError(`advanceBlocks: expected a count, got ${n}`);
    this.unit(() => this.cache.put(keys.nonce(), utf8ToBytes(String(this.blockNumber() + n))));
  }

  /** Block n's time in nanoseconds: the time setHead fixed, else genesis + n × 0.5 s. */
  blockTime(n: number): bigint {
    return this.head().time ?? defaultBlockTimeNs(n);
  }

  /**
   * Fixes the head of the blocks that follow, as go-iost's tests set the simulator's
   * `s.Head.Witness`, `s.Head.Time` and `s.Head.Number` (verifier/simulator.go; test/integration/
   * vote_bonus_test.go moves the time by 5,073,358,980 ns before issueIOST): `witness` is what
   * `block.witness` gives, `time` every following block's time in nanoseconds, the clock
   * standing still until it is set again, `number` the block number contracts see (`null`:
   * back to polyvm's own: genesis + n × 0.5 s, block n for the n-th transaction). Kept in the
   * state, so later processes see it. An omitted field keeps its setting.
   */
  setHead(settings: { witness?: string | null; time?: bigint | null; number?: number | null }): void {
    if (settings === null || typeof settings !== 'object')
      throw new JsVmRequestError('setHead: expected {witness?, time?, number?}');
    const { witness, time, number } = settings;
    if (number !== undefined && number !== null && (!Number.isSafeInteger(number) || number < 1))
      throw new JsVmRequestError(
        `setHead: number must be a block number of at least 1, got ${String(number)}`,
      );
    if (witness !== undefined && witness !== null) checkString('setHead: witness', witness);
    if (witness === '') throw new JsVmRequestError('setHead: witness must not be empty');
    if (time !== undefined && time !== null && (typeof time !== 'bigint' || time < 0n || time >= 1n << 63n))
      throw new JsVmRequestError('setHead: time must be a bigint of nanoseconds in [0, 2^63)');
    const head = this.head();
    if (witness === null) delete head.witness;
    else if (witness !== undefined) head.witness = witness;
    if (time === null) delete head.time;
    else if (time !== undefined) head.time = time;
    if (number === null) delete head.number;
    else if (number !== undefined) head.number = number;
    const stored = { ...head, ...(head.time === undefined ? {} : { time: String(head.time) }) };
    this.unit(() => this.cache.put(keys.head(), utf8ToBytes(JSON.stringify(stored))));
  }

  /** The head settings in force (setHead). */
  head(): BlockHeadSettings {
    const raw = this.cache.get(keys.head());
    if (!raw) return {};
    const j = JSON.parse(new TextDecoder().decode(raw)) as {
      witness?: string;
      time?: string;
      number?: number;
    };
    return {
      ...(j.witness === undefined ? {} : { witness: j.witness }),
      ...(j.time === undefined ? {} : { time: BigInt(j.time) }),
      ...(j.number === undefined ? {} : { number: j.number }),
    };
  }

  /** The latest block's number (each transaction is a block). */
  blockNumber(): number {
    const raw = this.cache.get(keys.nonce());
    return raw ? Number(new TextDecoder().decode(raw)) : 0;
  }

  isContract(id: string): boolean {
    return isContractName(id) || this.loadContract(id) !== undefined;
  }

  /** go-iost host.go IsValidAccount; in the genesis block every name is. */
  isValidAccount(name: string): boolean {
    return (
      this.inGenesis ||
      NATIVES[name] !== undefined ||
      this.hasAccount(name) ||
      this.loadContract(name) !== undefined
    );
  }

  contractOwner(id: string): string | null {
    return this.loadContract(id)?.owner ?? null;
  }

  loadContract(id: string): ContractRecord | undefined {
    return this.contracts.load(id);
  }

  /** Ends a block: writes every committed change to the store in one atomic batch. */
  flush(): void {
    this.cache.flush();
  }

  /**
   * One unit of state work (a transaction, an account creation). With autoFlush it runs and
   * flushes under the store's writer lock, so no other process can interleave its
   * read-execute-write (docs/state.md); a flush that fails leaves nothing behind. Contract
   * records remembered from earlier blocks are dropped first: another writer may have
   * changed them since.
   */
  private unit<T>(fn: () => T): T {
    const run = (): T => {
      if (this.cache.pendingCount === 0 && this.cache.depth === 0) this.contracts.clear();
      const result = fn();
      if (!this.options.autoFlush) return result;
      try {
        this.cache.flush();
      } catch (e) {
        this.cache.discard();
        this.contracts.clear();
        throw e;
      }
      return result;
    };
    return this.options.autoFlush ? this.cache.exclusive(run) : run();
  }

  /** Disposes every isolate and releases its handles; the engine must not be used afterwards. */
  close(): void {
    if (this.tx) throw new JsVmRequestError('close: a transaction is running on this engine');
    this.sandbox.dispose();
  }

  /** Hot start: where the prelude snapshot came from (undefined when off or before the first call). */
  get snapshotInfo(): { source: string; rejected?: string; refused?: string } | undefined {
    return this.sandbox.snapshotInfo;
  }

  get isolatesCreated(): number {
    return this.sandbox.isolatesCreated;
  }

  /** What the engine still holds of isolated-vm: isolates not disposed and code caches (0 and 0 after close). */
  get sandboxHandles(): { isolates: number; codeCaches: number } {
    return { isolates: this.sandbox.liveIsolates, codeCaches: this.sandbox.codeCaches };
  }

  // ---- transactions ----

  deploy(req: DeployRequest): DeployResult {
    checkDeployRequest('deploy', req);
    if (req.id !== undefined && !/^[A-Za-z0-9_.]{1,64}$/.test(req.id))
      throw new ContractValidationError(
        `contract id ${JSON.stringify(req.id)} invalid: 1 to 64 characters of [A-Za-z0-9_.]`,
      );
    const code = prepareCode(req.code, req.abi);
    const what = `deploy ${codeHashOf(JSON.stringify([req.code, code.abi]))}`;
    // as the action system.iost setCode: monitor.go's CommonOpCost of the native ABI's one amountLimit
    return this.transaction(req.signers, req.gasLimit, what, (tx) =>
      this.setCode(tx, code, req.id ?? `Contract${tx.info.hash as string}`, GAS.stackLevel),
    );
  }

  /**
   * go-iost system.go setCode and host.go SetCode, from `g` gas used: the record stored, its
   * RAM, `init` run, the owner recorded; returns the id.
   */
  private setCode(tx: TxState, code: PreparedCode, id: string, g0: number): FrameResult {
    const { abi, instrumented, iost } = code;
    if (
      this.loadContract(id) !== undefined ||
      (NATIVES[id] !== undefined && !(this.inGenesis && JS_REPLACEABLE.has(id))) ||
      this.hasAccount(id)
    )
      return { g: g0, e: 'contract exists' };
    // system.go setCode: TxInfo (ContextCost 10), then host.go SetCode's terms; init runs one
    // frame deeper (stack.go PushStack: CommonOpCost(1) = 10).
    const g = g0 + GAS.context + iost.setCodeGas(id) + GAS.stackLevel;
    if (g > tx.gasLimit) return { g, e: 'out of gas', f: true };
    const rec: ContractRecord = {
      id,
      code: code.code,
      instrumented,
      codeHash: codeHashOf(instrumented),
      abi,
      owner: tx.publisher,
      publisher: tx.publisher,
      meter: METER_VERSION,
      iostBytes: iost.bytes(id, false),
    };
    this.contracts.store(rec);
    // go-iost host.go SetCode: the owner pays the record with `init` in its ABI, then init
    // runs, then system.go setCode records the owner in system.iost's `contract_owner`.
    // In block 0 go-iost's one genesis transaction pays its RAM at its end, after its ram.iost
    // buys (consensus/genesis/genesis.go): polyvm's genesis steps are transactions, so what
    // their deploys owe is kept and paid when atGenesis ends.
    const owe = (bytes: number) =>
      this.inGenesis
        ? this.genesisRam.set(tx.publisher, (this.genesisRam.get(tx.publisher) ?? 0) + bytes)
        : tx.chargeRam(tx.publisher, bytes);
    const recordBytes = iost.bytes(id, true);
    if (!this.inGenesis) owe(recordBytes);
    tx.initOf = id;
    const out = this.frame(id, 'init', '[]', g, false, 0);
    if (out.e !== undefined) return out;
    if (this.inGenesis) owe(recordBytes);
    owe(contractOwnerEntryLength(id, tx.publisher));
    // db_handler.go MapPut of contract_owner: max(PutCost 300, ⌊len(sv) / 10⌋)
    const put = Math.max(GAS.put, Math.floor(utf8ToBytes(`s${tx.publisher}@${tx.publisher}`).length / 10));
    return { ...out, g: out.g + put, r: [id] };
  }

  /**
   * Runs `fn` (deploys and calls of this engine) as go-iost's genesis transaction runs its
   * actions: in block 0 (`block.number === 0`, which ram.js `issue` and the `initAdmin`
   * methods of the genesis contracts require), taking no block number. Only before the first block.
   */
  atGenesis<T>(fn: () => T): T {
    if (this.blockNumber() !== 0)
      throw new JsVmRequestError(
        `atGenesis: the chain is at block ${this.blockNumber()}, not before block 1`,
      );
    this.inGenesis = true;
    this.genesisRam.clear();
    try {
      const result = fn();
      this.inGenesis = false;
      this.payGenesisRam();
      return result;
    } finally {
      this.inGenesis = false;
      this.genesisRam.clear();
    }
  }

  /**
   * IOST's genesis from a directory of system contracts (go-iost `config/genesis/contract`):
   * see genesis.ts. Only before the first block; a failing step throws and leaves what ran.
   */
  genesis(dir: string, config: GenesisConfig): GenesisReport {
    checkString('genesis: dir', dir);
    if (config === null || typeof config !== 'object')
      throw new JsVmRequestError('genesis: expected a config {admin}');
    checkString('genesis: admin', config.admin);
    return runGenesis(this, dir, config);
  }

  call(req: CallRequest): TxResult {
    checkCallRequest(req);
    const args = req.args ?? '[]';
    this.checkArguments(req.contract, req.method, args);
    return this.transaction(req.signers, req.gasLimit, `call ${req.contract} ${req.method}`, () =>
      this.frame(req.contract, req.method, args, 0, false, 0),
    );
  }

  /** The top-level call's arguments against the method's ABI: bad ones are bad input, refused before anything runs. */
  private checkArguments(contract: string, method: string, args: string): void {
    const native =
      contract === SYSTEM_CONTRACT ? SYSTEM_METHODS[method] : this.nativeOf(contract)?.methods[method];
    const types = native ?? this.loadContract(contract)?.abi.abi.find((m) => m.name === method)?.args;
    if (types === undefined) return; // unknown contract or method: the call fails as a transaction
    try {
      unmarshalArgs(method, types, args);
    } catch (e) {
      if (e instanceof TxFailure) throw new JsArgumentsError(`${contract}.${method}: ${e.message}`);
      throw e;
    }
  }

  /** IOST's updateCode: the contract's `can_update(data)` must return true; init is not run. */
  update(req: DeployRequest & { id: string; data?: string }): TxResult {
    checkDeployRequest('update', req);
    checkString('update: id', req.id);
    if (req.data !== undefined) checkString('update: data', req.data);
    const code = prepareCode(req.code, req.abi);
    return this.transaction(req.signers, req.gasLimit, 'update', (tx) =>
      this.updateCode(tx, code, req.id, req.data ?? '', GAS.stackLevel),
    );
  }

  /** go-iost system.go updateCode and host.go UpdateCode, from `g0` gas used. */
  private updateCode(tx: TxState, code: PreparedCode, id: string, data: string, g0: number): FrameResult {
    const { abi, instrumented, iost } = code;
    const old = this.loadContract(id);
    if (!old) return { g: g0, e: 'contract not exists' };
    if (!old.abi.abi.some((m) => m.name === 'can_update')) return { g: g0, e: 'update refused' };
    // system.go updateCode: CommonOpCost(1), SetCodeCost; can_update one frame deeper
    // (PushStack 10); then host.go UpdateCode's checkAbiValid, checkAmountLimitValid, Compile.
    const setCode = iost.setCodeGas(id);
    const sourceCost = SET_CODE_GAS.base + SET_CODE_GAS.perByte * utf8ToBytes(code.code).length;
    const g = g0 + GAS.stackLevel + sourceCost + GAS.stackLevel;
    const out = this.frame(id, 'can_update', JSON.stringify([data]), g, false, 0);
    if (out.e !== undefined) return { ...out, e: `call can_update: ${out.e}` };
    if (out.r?.[0] !== 'true') return { g: out.g, e: 'update refused' };
    const rec: ContractRecord = {
      ...old,
      code: code.code,
      instrumented,
      codeHash: codeHashOf(instrumented),
      abi,
      meter: METER_VERSION,
      iostBytes: iost.bytes(id, false),
    };
    delete rec.stale;
    const rest = setCode - sourceCost;
    if (out.g + rest > tx.gasLimit) return { g: out.g + rest, e: 'out of gas', f: true };
    this.contracts.store(rec);
    // go-iost host.go UpdateCode: the publisher pays the new record's bytes less the old one's.
    const oldBytes = old.iostBytes ?? iostRecordOf(old.code, old.abi, old.abi).bytes(id, false);
    tx.chargeRam(tx.publisher, rec.iostBytes! - oldBytes);
    return { g: out.g + rest, r: [] };
  }

  /**
   * A transaction's action on `system.iost` (go-iost vm/native/system.go): `setCode(code)` and
   * `updateCode(code, data)`, the code a contract record as iwallet sends it, JSON
   * (`{"ID", "info": {lang, version, abi}, "code"}`) or base64 of its protobuf. A contract that
   * breaks a deploy rule fails the transaction with the rule.
   */
  private systemAction(tx: TxState, api: string, data: string, g: number): FrameResult {
    if (api !== 'setCode' && api !== 'updateCode') return this.frame(SYSTEM_CONTRACT, api, data, g, false, 0);
    const types = SYSTEM_METHODS[api]!;
    const argv = unmarshalOrFail(api, types, data, g);
    if (!Array.isArray(argv)) return argv;
    let record: { id: string; info: unknown; code: string };
    let code: PreparedCode;
    try {
      record = readContractRecord(argv[0] as string);
      code = prepareCode(record.code, record.info);
    } catch (e) {
      return { g, e: (e as Error).message };
    }
    // monitor.go Call at the top: CommonOpCost of the ABI's amountLimit, which native ABIs have
    // one of (vm/native/abi.go: `*` unlimited)
    const g1 = g + GAS.stackLevel;
    if (api === 'setCode') return this.setCode(tx, code, `Contract${tx.info.hash as string}`, g1);
    if (tx.stack.length !== 0) return { g, e: "can't call UpdateCode from other contract" };
    return this.updateCode(tx, code, record.id, argv[1] as string, g1);
  }

  private transaction(
    signers: string[],
    gasLimit: number | undefined,
    what: string,
    body: (tx: TxState) => FrameResult,
  ): DeployResult {
    if (signers.length === 0) throw new JsVmRequestError(`${what}: at least one signer is required`);
    const auth: TxAuth = {
      publisher: signers[0]!,
      signers: new Set(signers.flatMap((s) => [`${s}@active`, `${s}@owner`])),
      keys: new Map(),
    };
    return this.unit(() => {
      for (const s of signers)
        if (!this.hasAccount(s))
          throw new JsVmRequestError(`unauthorized signer: account ${s} does not exist`);
      return this.runTransaction(auth, gasLimit, what, body);
    });
  }

  /**
   * A transaction signed as iwallet signs it (tx.ts): its signatures are verified (go-iost
   * `VerifySelf`), each declared signer `id@permission` must be met by the keys that signed
   * (`CheckSigners`, authSigner), the publisher's active permission by the publisher's keys
   * (`CheckPublisher`, authPublisher); then its actions run in order, as one transaction.
   * The gas limit is the transaction's `gasLimit` / `gasRatio` (isolator.go Run), its Net paid first.
   */
  send(t: IostTx): TxResult {
    if (t === null || typeof t !== 'object' || !Array.isArray(t.actions) || !Array.isArray(t.signers))
      throw new JsVmRequestError('send: expected a transaction object with actions and signers');
    const bad = verifyTxSignatures(t);
    if (bad) throw new JsUnauthorizedError(bad);
    // go-iost core/tx/tx.go CheckGas (isolator.go checkTxParams), in hundredths
    if (t.gasRatio < 100n || t.gasRatio > 10_000n)
      throw new JsVmRequestError('gas ratio illegal, should in [1, 100]');
    if (t.gasLimit < 600_000n || t.gasLimit > 400_000_000n)
      throw new JsVmRequestError('gas limit illegal, should in [6000, 4000000]');
    const keys = new Map<string, number>();
    for (const s of t.signs) keys.set(s.pubkey, 1);
    for (const s of t.publishSigns) keys.set(s.pubkey, 2);
    const signers = new Set<string>();
    for (const v of t.signers) if (v.split('@').length === 2) signers.add(v);
    signers.add(`${t.publisher}@active`);
    const auth: TxAuth = { publisher: t.publisher, signers, keys };
    const ctx = this.authContext(auth);
    // go-iost vm/isolator.go Run: the VM's gas limit is GasLimit / GasRatio
    const gasLimit = Number(t.gasLimit / t.gasRatio);
    return this.unit(() => {
      // go-iost host.go CheckSigners and CheckPublisher; what reading the accounts costs, the
      // publisher pays (h.PayCost(c, t.Publisher))
      let authGas = 0;
      for (const item of t.signers) {
        const parts = item.split('@');
        if (parts.length !== 2) throw new JsVmRequestError(`illegal signer: ${item}`);
        const signer = authorizeCost(ctx, parts[0]!, parts[1]!, 'signer');
        if (!signer.ok) throw new JsUnauthorizedError(`unauthorized signer: ${item}`);
        authGas += signer.cost;
      }
      const publisher = authorizeCost(ctx, t.publisher, 'active', 'publisher');
      if (!publisher.ok) throw new JsUnauthorizedError(`unauthorized publisher: ${t.publisher}`);
      authGas += publisher.cost;
      if (this.options.payGas) this.checkGasLimit(t);
      return this.runTransaction(
        auth,
        gasLimit,
        `send ${t.actions.map((a) => `${a.contract} ${a.actionName}`).join(', ')}`,
        (tx) => {
          this.describeSigned(tx, t);
          // go-iost vm/isolator.go: the transaction's bytes (PrepareTx, `len(t.ToBytes(tx.Full))`)
          // and each action's returns as JSON (Run) are Net, which counts 10 gas a byte
          // (core/contract/cost.go ToGas).
          let g = NET_GAS * txBytes(t, 'full').length + authGas;
          let r: IostReturn[] = [];
          for (const a of t.actions) {
            // the gas left to the actions (isolator.go Run: GSet("gas_limit", vmGasLimit))
            tx.info.gas_limit = gasLimit - g;
            const out =
              a.contract === SYSTEM_CONTRACT
                ? this.systemAction(tx, a.actionName, a.data, g)
                : this.frame(a.contract, a.actionName, a.data, g, false, 0);
            if (out.e !== undefined) return out;
            r = out.r ?? [];
            g = out.g + NET_GAS * goJsonLength(r);
          }
          return { g, r };
        },
        this.options.payGas ? { name: t.publisher, ratio: t.gasRatio } : undefined,
      );
    });
  }

  /**
   * go-iost vm/utils.go CheckTxGasLimitValid: the publisher's gas at the block must reach the
   * transaction's gas limit (hundredths), unless its one action pledges the publisher's own
   * iost for itself, which it must hold.
   */
  private checkGasLimit(t: IostTx): void {
    const limit = dec(t.gasLimit, 2);
    const gas = this.gasState().gasAt(t.publisher, this.blockTime(this.blockNumber() + 1));
    if (!lessThan(gas, limit)) return;
    const refused = `gas not enough: user ${t.publisher} has ${decString(gas)} < ${decString(limit)}`;
    const a = t.actions[0];
    if (t.actions.length !== 1 || a?.contract !== GAS_CONTRACT || a.actionName !== 'pledge')
      throw new JsVmRequestError(refused);
    const [from, to, amount] = JSON.parse(a.data) as [string, string, string];
    if (from !== t.publisher || to !== t.publisher) throw new JsVmRequestError(refused);
    let pledge: Decimal;
    try {
      pledge = parseDecimal(amount, 8);
    } catch (e) {
      throw new JsVmRequestError(`invalid gas pledge amount ${(e as Error).message} ${amount}`);
    }
    if (lessThan(pledge, GAS_MIN_PLEDGE_PER_ACTION))
      throw new JsVmRequestError(`invalid gas pledge amount <nil> ${amount}`);
    const balance = dec(this.ledger.balance(NATIVE_TOKEN, t.publisher), 8);
    if (lessThan(balance, pledge))
      throw new JsVmRequestError(
        `iost token amount not enough for pledgement ${decString(balance)} < ${decString(pledge)}`,
      );
  }

  private runTransaction(
    auth: TxAuth,
    gasLimit: number | undefined,
    what: string,
    body: (tx: TxState) => FrameResult,
    payer?: { name: string; ratio: bigint },
  ): DeployResult {
    if (this.tx) throw new JsVmRequestError('a transaction is already running on this engine');
    const limit = gasLimit ?? this.options.gasLimit;
    if (!Number.isSafeInteger(limit) || limit <= 0)
      throw new JsVmRequestError(`gas limit must be a positive integer, got ${gasLimit}`);
    const tx = new TxState(this, auth, limit, now() + this.options.timeLimitMs, this.options.timeLimitMs);
    this.cache.checkpoint();
    const nonce = this.inGenesis ? 0 : this.bumpNonce();
    this.describe(tx, nonce, what);
    this.tx = tx;
    let out: FrameResult;
    try {
      out = body(tx);
    } catch (e) {
      out = { g: 0, e: e instanceof Error ? e.message : String(e) };
    } finally {
      this.tx = null;
      if (tx.iso) this.sandbox.release(tx.iso);
    }
    const gasUsed = Math.min(out.g, limit);
    // go-iost teller.go DoPay: ratio × gas (2 decimals) from the publisher's stock, failed transactions too.
    const fee = payer && dec(payer.ratio * BigInt(gasUsed), 2);
    const pay = () => {
      if (payer && fee && fee.v !== 0n) this.gasState().costGas(payer.name, fee, this.blockTime(nonce));
    };
    if (out.e === undefined && payer) {
      try {
        pay();
      } catch (e) {
        out = {
          g: out.g,
          e: `balance not enough after executing actions: pay gas cost failed: ${(e as Error).message} ${payer.name} ${decString(fee!)}`,
        };
      }
    }
    let ramUsage: Record<string, number> | undefined;
    if (out.e === undefined && this.options.payRam) {
      const paid = this.payRam(tx);
      ramUsage = paid.usage;
      if (paid.error) out = { g: out.g, e: `balance not enough after executing actions: ${paid.error}` };
    }
    if (out.e !== undefined) {
      this.cache.revert();
      this.contracts.clear();
      if (payer) {
        this.cache.checkpoint();
        this.bumpNonce();
        try {
          pay();
        } catch (e) {
          this.cache.revert();
          throw new JsVmRequestError(`${(e as Error).message}: the transaction is not included`);
        }
        this.cache.commit();
      }
      return { status: 'error', returns: [], gasUsed, error: out.e, receipts: [], events: [], logs: tx.logs };
    }
    if (this.cache.store.readOnly) this.endReadOnly();
    else this.cache.commit();
    const result: DeployResult = {
      status: 'success',
      returns: out.r ?? [],
      gasUsed,
      receipts: tx.receipts,
      events: tx.events,
      logs: tx.logs,
    };
    if (ramUsage && Object.keys(ramUsage).length > 0) result.ramUsage = ramUsage;
    if (what.startsWith('deploy ')) result.id = out.r?.[0] as string;
    return result;
  }

  /**
   * On a read-only store a transaction that wrote nothing but the block counter is a read:
   * it is reverted and its result stands. One that wrote state is refused.
   */
  private endReadOnly(): void {
    const nonce = bytesToKey(keys.nonce());
    const wrote = this.cache.changes().some((op) => bytesToKey(op.key) !== nonce);
    this.cache.revert();
    this.contracts.clear();
    if (wrote)
      throw new StateStoreReadOnlyError(
        `state store at ${(this.cache.store as { path?: string }).path ?? '(memory)'} is read-only; this transaction writes state, nothing was written`,
      );
  }

  private bumpNonce(): number {
    const n = this.blockNumber() + 1;
    this.cache.put(keys.nonce(), utf8ToBytes(String(n)));
    return n;
  }

  /** Deterministic block and transaction info: block n at genesis + n * 0.5 s (IOST's interval). */
  private describe(tx: TxState, nonce: number, what: string): void {
    const head = this.head();
    tx.timeNs = head.time ?? defaultBlockTimeNs(nonce);
    const time = Number(tx.timeNs);
    const parent = base58Encode(sha3_256(utf8ToBytes(`polyvm-block-${nonce - 1}`)));
    // The genesis transaction stays block 0 whatever the head says (authority.go: block 0's rules).
    const number = nonce === 0 ? 0 : (head.number ?? nonce);
    tx.block = { parent_hash: parent, number, witness: head.witness ?? DEFAULT_WITNESS, time };
    const hash = base58Encode(sha3_256(utf8ToBytes(`${nonce}|${tx.publisher}|${what}`)));
    const authList =
      tx.auth.keys.size > 0
        ? [...tx.auth.keys]
        : [...tx.auth.signers].filter((s) => s.endsWith('@active')).map((s) => [s.slice(0, -7), 2] as const);
    // go-iost vm/host/info.go TxInfo marshals a Go map: keys in sorted order, auth_list's too.
    tx.info = {
      actions: [],
      amount_limit: [],
      auth_list: Object.fromEntries([...authList].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      expiration: time + 90_000_000_000,
      gas_limit: tx.gasLimit,
      gas_ratio: 1,
      hash,
      publisher: tx.publisher,
      time,
    };
  }

  /**
   * A signed transaction's own fields in its txInfo, as go-iost vm/isolator.go loadTxInfo sets
   * them: its time and expiration (exact int64 nanoseconds), gas ratio, hash (base58 of
   * Tx.Hash), amount limits and actions.
   */
  private describeSigned(tx: TxState, t: IostTx): void {
    Object.assign(tx.info, {
      actions: t.actions.map((a) => ({ contract: a.contract, actionName: a.actionName, data: a.data })),
      amount_limit: t.amountLimit.map((a) => ({
        ...(a.token ? { token: a.token } : {}),
        ...(a.value ? { val: a.value } : {}),
      })),
      expiration: t.expiration,
      gas_ratio: t.gasRatio,
      hash: base58Encode(txHash(t)),
      time: t.time,
    });
  }

  /** Entry of `blockchain.call` from the sandbox, `d` the stack units the caller holds. */
  nestedCall(
    contract: string,
    api: string,
    args: string,
    g: number,
    withAuth: boolean,
    d: number,
  ): FrameResult {
    return this.frame(contract, api, args, g, withAuth, d);
  }

  /** Runs one call frame inside its own checkpoint; `d` stack units are held below it. */
  private frame(
    contract: string,
    api: string,
    args: string,
    gIn: number,
    withAuth: boolean,
    d: number,
  ): FrameResult {
    const tx = this.tx!;
    const height = tx.stack.length;
    let g = gIn;
    if (height > 0) {
      if (tx.stack.some((f) => f.contract === contract && f.api === api)) return { g, e: 're-entering' };
      if (height + 1 > MAX_CALL_DEPTH) return { g, e: `stack height exceed. actual ${height + 1}` };
      g += GAS.stackLevel * height;
    }
    const parent = tx.stack[height - 1];
    const auth = new Set(parent?.auth);
    if (withAuth && parent) auth.add(parent.contract);
    const caller = parent
      ? { name: parent.contract, is_account: false }
      : { name: tx.publisher, is_account: true };
    const self: Frame = { contract, api, auth, caller, ram: new Map(), ramCharged: new Set() };
    tx.stack.push(self);
    this.cache.checkpoint();
    const marks = [tx.receipts.length, tx.events.length] as const;
    let out: FrameResult;
    try {
      out = this.execute(tx, contract, api, args, g, d, height === 0, marks[0]);
      if (out.e === undefined) out = this.settleRam(tx, self, out);
    } catch (e) {
      out = { g, e: e instanceof Error ? e.message : String(e), f: !(e instanceof TxFailure) || e.fatal };
    } finally {
      tx.stack.pop();
    }
    if (out.e === undefined && out.g > tx.gasLimit) out = { g: out.g, e: 'out of gas', f: true };
    if (out.e !== undefined) {
      this.cache.revert();
      tx.receipts.length = marks[0];
      tx.events.length = marks[1];
    } else this.cache.commit();
    return out;
  }

  /**
   * go-iost vm/monitor.go Call, "check ram auth": whoever this frame's writes charged, other
   * than its own contract, must grant `active`; the frame's RAM then joins the transaction's.
   */
  private settleRam(tx: TxState, frame: Frame, out: FrameResult): FrameResult {
    for (const p of frame.ramCharged)
      if (p !== frame.contract && !tx.requireAuth(p, 'active'))
        return { g: out.g, e: `pay ram failed. no permission. need ${p}@active` };
    for (const [p, v] of frame.ram) tx.ram.set(p, (tx.ram.get(p) ?? 0) + v);
    return out;
  }

  /** The RAM block 0's deploys owe (genesis.go's one transaction pays it at its end, teller.go DoPay). */
  private payGenesisRam(): void {
    if (!this.options.payRam || this.genesisRam.size === 0) return;
    this.unit(() => {
      for (const [who, bytes] of this.genesisRam) {
        const current = this.ledger.balance(RAM_TOKEN, who);
        if (current < BigInt(bytes))
          throw new JsVmRequestError(`genesis: pay ram failed. id: ${who} need ${bytes}, actual ${current}`);
        this.ledger.setBalance(RAM_TOKEN, who, current - BigInt(bytes));
        addUsedRam(this.ledger, who, bytes);
      }
    });
  }

  /**
   * go-iost vm/host/teller.go DoPay, its RAM part: each payer's net bytes leave its `ram`
   * balance (a contract's owner pays; `*.iost` contracts pay nothing) and add to its used RAM
   * (ram.iost `UR` + account). Returns the usage, or the failure.
   */
  private payRam(tx: TxState): { usage: Record<string, number>; error?: string } {
    const usage: Record<string, number> = {};
    for (const [p, bytes] of tx.ram) {
      if (bytes !== 0) usage[p] = bytes;
      if (p.endsWith('.iost')) continue;
      const who = this.isContract(p) ? this.contractOwner(p) : p;
      if (who === null) continue;
      const current = this.ledger.balance(RAM_TOKEN, who);
      if (current < BigInt(bytes))
        return { usage, error: `pay ram failed. id: ${who} need ${bytes}, actual ${current}` };
      this.ledger.setBalance(RAM_TOKEN, who, current - BigInt(bytes));
      addUsedRam(this.ledger, who, bytes);
    }
    return { usage };
  }

  private execute(
    tx: TxState,
    contract: string,
    api: string,
    args: string,
    gIn: number,
    d: number,
    top: boolean,
    rMark: number,
  ): FrameResult {
    let g = gIn;
    if (contract === SYSTEM_CONTRACT) return this.systemCall(tx, api, args, g, top);
    const native = this.nativeOf(contract);
    if (native) {
      const types = native.methods[api];
      if (types === undefined) return prepareFailure(g, `abi ${api} not found`);
      const argv = unmarshalOrFail(api, types, args, g);
      if (!Array.isArray(argv)) return argv;
      g += GAS.nativeCall;
      if (g > tx.gasLimit) return { g, e: 'out of gas', f: true };
      const env: NativeEnv = {
        tx,
        ledger: this.ledger,
        api,
        isValidAccount: (n) => this.isValidAccount(n),
        call: (c, a, argList) => {
          const out = this.frame(c, a, JSON.stringify(argList), g, true, d);
          if (out.e !== undefined) throw new TxFailure(out.e);
          g = out.g;
        },
        tokenAs: (lent, a, argv) => tokenCall(tokenLedger(env, lent), a, argv),
        time: tx.timeNs,
      };
      const r = native.run(env, argv);
      return { g, r };
    }
    const rec = this.loadContract(contract);
    // monitor.go Call: 'init' from other than system.iost fails first, CommonErrorCost(1)
    if (api === 'init' && tx.initOf !== contract)
      return { g: g + GAS.errorLevel, e: "prepare contract: cannot call 'init' manually" };
    if (!rec) return prepareFailure(g, `contract ${contract} not found`);
    if (rec.stale) return { g, e: rec.stale };
    const method =
      api === 'init' ? { name: 'init', args: [], amountLimit: [] } : rec.abi.abi.find((m) => m.name === api);
    if (!method) return prepareFailure(g, `abi ${api} not found`);
    const argsJson = preparedArgs(api, method.args, args, g);
    if (typeof argsJson !== 'string') return argsJson;
    g += GAS.jsCall + (top ? GAS.stackLevel * method.amountLimit.length : 0);
    if (g > tx.gasLimit) return { g, e: 'out of gas', f: true };
    // The wall clock and the heap limit are backstops: a call they stop is charged its whole limit.
    const remaining = tx.deadline - now();
    if (remaining <= 0) return { g: tx.gasLimit, e: this.timeoutMessage(tx), f: true };
    tx.iso ??= this.sandbox.acquire();
    let o: ReturnType<SandboxIsolate['runFrame']>;
    try {
      o = tx.iso.runFrame(rec.codeHash, rec.instrumented, api, argsJson, g, tx.gasLimit, d, remaining);
    } catch (e) {
      return { g: tx.gasLimit, e: this.sandboxFailure(tx, e), f: true };
    }
    if (o.e !== undefined) return { g: o.g, e: o.e, f: o.f };
    if (top) {
      const err = checkAmountLimit(
        tx.receipts.slice(rMark),
        method.amountLimit,
        (id) => this.isContract(id),
        (t) => this.ledger.tokenInfo(t),
      );
      if (err) return { g: o.g, e: err };
    }
    return { g: o.g, r: [o.r!] };
  }

  /**
   * A call of a system.iost method other than the transaction actions setCode / updateCode
   * (system.go): arguments checked against its ABI, then, at the top of a transaction,
   * monitor.go Call's CommonOpCost of the native ABI's one amountLimit (10), then the method.
   */
  private systemCall(tx: TxState, api: string, args: string, g: number, top: boolean): FrameResult {
    const types = SYSTEM_METHODS[api];
    if (types === undefined) return prepareFailure(g, `abi ${api} not found`);
    const argv = unmarshalOrFail(api, types, args, g);
    if (!Array.isArray(argv)) return argv;
    const g1 = g + (top ? GAS.stackLevel : 0);
    const run = SYSTEM_CALLS[api];
    // setCode / updateCode other than as a transaction's action (system.go: "can only be invoked in native vm")
    if (run === undefined)
      return { g: g1, e: `system.iost ${api}: polyvm runs it only as a transaction's action` };
    const out = run(
      {
        receipt: (content) => tx.receipts.push({ func_name: `${SYSTEM_CONTRACT}/${api}`, content }),
        requireAuth: (id, permission) => tx.requireAuthCost(id, permission),
        genesis: tx.block.number === 0,
      },
      argv,
    );
    if (out.error !== undefined) return { g: g1 + out.gas, e: out.error };
    return { g: g1 + out.gas, r: out.returns ?? [] };
  }

  /**
   * The native contract behind `id`, unless the genesis deployed IOST's own JavaScript for it
   * (ram.js as ram.iost, account.js as auth.iost: IOST runs those as JavaScript, and charges
   * them as such).
   */
  private nativeOf(id: string): (typeof NATIVES)[string] | undefined {
    const native = NATIVES[id];
    if (native && JS_REPLACEABLE.has(id) && this.loadContract(id) !== undefined) return undefined;
    return native;
  }

  private timeoutMessage(tx: TxState): string {
    return `execution killed: time limit of ${tx.timeLimitMs} ms exceeded`;
  }

  private sandboxFailure(tx: TxState, e: unknown): string {
    const msg = e instanceof Error ? e.message : String(e);
    if (/timed out/i.test(msg)) return this.timeoutMessage(tx);
    if (tx.iso?.disposed || /memory limit|disposed/i.test(msg))
      return `out of memory: isolate heap limit of ${this.options.memoryLimitMb} MiB exceeded`;
    return `sandbox failure: ${msg}`;
  }
}

/**
 * go-iost vm/monitor.go Call: when prepareContract fails (no such contract, no such ABI, the
 * arguments refused by UnmarshalArgs) the call fails `prepare contract: …`, costing
 * `host.Costs["GetCost"]` (vm/host/costs.go: 300) and nothing else (no JSCost, no amountLimit).
 */
function prepareFailure(g: number, why: string): FrameResult {
  return { g: g + GAS.get, e: `prepare contract: ${why}` };
}

/** The arguments as `types` read them (monitor.go UnmarshalArgs), as JSON text, or the prepare failure. */
function preparedArgs(
  api: string,
  types: readonly AbiArgType[],
  args: string,
  g: number,
): string | FrameResult {
  try {
    return unmarshalArgs(api, types, args);
  } catch (e) {
    if (e instanceof TxFailure) return prepareFailure(g, e.message);
    throw e;
  }
}

/** preparedArgs, parsed. */
function unmarshalOrFail(
  api: string,
  types: readonly AbiArgType[],
  args: string,
  g: number,
): unknown[] | FrameResult {
  const text = preparedArgs(api, types, args, g);
  return typeof text === 'string' ? (JSON.parse(text) as unknown[]) : text;
}

/** A contract's code made ready to store: ABI checked, deploy rules applied, instrumented, IOST's record measured. */
interface PreparedCode {
  code: string;
  abi: ContractAbi;
  instrumented: string;
  iost: ReturnType<typeof iostRecordOf>;
}

function prepareCode(code: string, abiDoc: unknown): PreparedCode {
  const abi = parseAbi(abiDoc);
  validateContract(code, abi);
  return { code, abi, instrumented: instrument(code), iost: iostRecordOf(code, abiDoc, abi) };
}
