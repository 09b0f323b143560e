/**
 * The Neo N3 application engine (neo `SmartContract/ApplicationEngine.cs` and its partial
 * files): a NeoVM engine with triggers, a script container, the persisting block, GAS charged
 * in the pre-instruction hook, call flags, invocation counters, notifications and logs, and
 * contract calls with per-context state snapshots (a checkpoint of the journaled cache per
 * loaded script, committed when it returns, reverted when an exception unwinds it).
 *
 * The VM core stays fee-free: everything here plugs into neovm's hooks and jump table.
 */
import {
  type ArrayItem,
  deepCopy,
  type EngineHooks,
  ExecutionContext,
  ExecutionEngine,
  type ExecutionEngineLimits,
  type Instruction,
  NULL,
  Script,
  type StackItem,
  VMFault,
  VMUnhandledException,
} from '../../neovm/index.js';
import { CallFlags, callFlagsName } from '../contract/call-flags.js';
import type { ContractState } from '../contract/contract-state.js';
import { getMethod, type MethodDescriptor, permissionAllows } from '../contract/manifest.js';
import { ParamType } from '../contract/parameter-type.js';
import { hash160 } from '../crypto/hash.js';
import { syscallById } from '../interop/table.js';
import { getContract } from '../native/contract-management.js';
import { nativeByHash, natives } from '../native/index.js';
import { ledgerCurrentIndex } from '../native/ledger.js';
import type { ContractCall, NativeContract, NativeMethods, NativeTask } from '../native/native.js';
import { execFeeFactorRaw, isBlocked, policyStoragePrice, whitelistFee } from '../native/policy.js';
import type { Block } from '../payloads/block.js';
import { type Hardfork, isHardforkEnabled, type ProtocolSettings } from '../settings.js';
import type { NeoStore } from '../storage/store.js';
import { hashKey, hashToString, type UInt160 } from '../uint.js';
import { containerHash, type ScriptContainer } from './container.js';
import { type ContextState, contextState } from './context-state.js';
import { convertArg } from './convert.js';
import { FeeMeter } from './fee-meter.js';
import { composeJumpTables } from './jump-tables.js';
import { DEFAULT_EXEC_FEE_FACTOR, DEFAULT_STORAGE_PRICE, FEE_FACTOR, OPCODE_PRICE_TABLE } from './prices.js';
import { TriggerType } from './trigger.js';
import { checkWitnessInternal } from './witness.js';

export interface Notification {
  readonly scriptHash: UInt160;
  readonly eventName: string;
  readonly state: ArrayItem;
}

export interface LogEntry {
  readonly scriptHash: UInt160;
  readonly message: string;
}

export interface EngineOptions {
  readonly trigger: number;
  readonly container: ScriptContainer | null;
  readonly store: NeoStore;
  readonly persistingBlock: Block | null;
  readonly settings: ProtocolSettings;
  /** Datoshi the execution may spend. */
  readonly gas: bigint;
  readonly limits?: ExecutionEngineLimits;
  /** Called for each `System.Runtime.Log`, as neo's Log event. */
  readonly onLog?: (entry: LogEntry) => void;
}

export const MAX_NOTIFICATION_COUNT = 512;

interface PendingTask {
  readonly task: NativeTask<unknown>;
  readonly hasReturnValue: boolean;
  readonly done: (value: StackItem | undefined) => void;
}

const TABLES = composeJumpTables({
  CALLT: (engine, instruction) => (engine as ApplicationEngine).onCallT(instruction),
  SYSCALL: (engine, instruction) => (engine as ApplicationEngine).onSysCall(instruction.tokenU32),
});

export class ApplicationEngine extends ExecutionEngine {
  readonly trigger: number;
  readonly container: ScriptContainer | null;
  readonly store: NeoStore;
  readonly persistingBlock: Block | null;
  readonly settings: ProtocolSettings;
  private readonly meter: FeeMeter;
  /** The execution fee factor in picoGAS per fee unit. */
  readonly execFeePicoFactor: bigint;
  readonly storagePrice: number;
  private notificationList: Notification[] = [];
  readonly logs: LogEntry[] = [];
  private readonly onLog: ((entry: LogEntry) => void) | undefined;
  private readonly invocationCounter = new Map<string, number>();
  private readonly pending = new Map<ExecutionContext, PendingTask>();
  /** Contexts loaded with their own snapshot (a checkpoint of the cache). */
  private readonly owners = new Set<ExecutionContext>();
  private readonly baseDepth: number;
  private whitelisted = false;
  private readonly forks: ReadonlySet<Hardfork>;
  private readonly nativeCache = new Map<number, NativeMethods>();
  private readonly states = new Map<unknown, unknown>();
  nonceData: Uint8Array;
  randomTimes = 0;
  private finished = false;

  static create(opts: EngineOptions): ApplicationEngine {
    return new ApplicationEngine(opts);
  }

  constructor(opts: EngineOptions) {
    const index = opts.persistingBlock?.index ?? ledgerCurrentIndex(opts.store);
    const s = opts.settings;
    const jumpTable = isHardforkEnabled(s, 'HF_Gorgon', index)
      ? TABLES.gorgon
      : isHardforkEnabled(s, 'HF_Echidna', index)
        ? TABLES.notGorgon
        : TABLES.notEchidna;
    const hooks: EngineHooks = {};
    super({ jumpTable, hooks, ...(opts.limits ? { limits: opts.limits } : {}) });
    this.trigger = opts.trigger;
    this.container = opts.container;
    this.store = opts.store;
    this.persistingBlock = opts.persistingBlock;
    this.settings = s;
    this.onLog = opts.onLog;
    this.forks = new Set(
      [...s.hardforks.keys()].filter((h) =>
        opts.persistingBlock === null ? true : isHardforkEnabled(s, h, index),
      ),
    );
    const block = opts.persistingBlock;
    if (block?.index === 0) {
      this.execFeePicoFactor = BigInt(DEFAULT_EXEC_FEE_FACTOR * FEE_FACTOR);
      this.storagePrice = DEFAULT_STORAGE_PRICE;
    } else {
      const persistingIndex = block?.index ?? index;
      const raw = execFeeFactorRaw(opts.store);
      if (!isHardforkEnabled(s, 'HF_Faun', persistingIndex))
        this.execFeePicoFactor = raw * BigInt(FEE_FACTOR);
      else {
        let f = raw;
        const faunBlock =
          opts.trigger === TriggerType.OnPersist &&
          persistingIndex > 0 &&
          !isHardforkEnabled(s, 'HF_Faun', persistingIndex - 1);
        if (faunBlock) f *= BigInt(FEE_FACTOR);
        this.execFeePicoFactor = f;
      }
      this.storagePrice = policyStoragePrice(opts.store);
    }
    this.meter = new FeeMeter(opts.gas, this.execFeePicoFactor);
    this.nonceData = new Uint8Array(16);
    if (opts.container?.kind === 'transaction')
      this.nonceData.set(containerHash(opts.container).subarray(0, 16));
    if (block) {
      const view = new DataView(this.nonceData.buffer);
      view.setBigUint64(0, view.getBigUint64(0, true) ^ BigInt.asUintN(64, block.header.nonce), true);
    }
    const meter = this.meter;
    hooks.preExecuteInstruction = (_e, instruction) => {
      if (!this.whitelisted) meter.addUnits(PRICES[instruction.opcode]!);
    };
    hooks.onFault = () => {
      this.notificationList = [];
    };
    this.baseDepth = this.store.depth;
    this.store.checkpoint();
  }

  // ---- fees -------------------------------------------------------------------------------

  /** Adds picoGAS; faults with "Insufficient GAS." past the limit. */
  addFeeBig(pico: bigint): void {
    if (!this.whitelisted) this.meter.addBig(pico);
  }

  /** The execution fee factor in datoshi, rounded up (`ExecFeeFactor`). */
  get execFeeFactor(): number {
    return Math.ceil(Number(this.execFeePicoFactor) / FEE_FACTOR);
  }

  /** Datoshi spent (`FeeConsumed`). */
  get feeConsumed(): bigint {
    return this.meter.feeConsumed;
  }

  get gasLeft(): bigint {
    return this.meter.gasLeft;
  }

  // ---- state ------------------------------------------------------------------------------

  isHardforkEnabled(hf: Hardfork): boolean {
    return this.forks.has(hf);
  }

  get notifications(): readonly Notification[] {
    return this.notificationList;
  }

  getState<T>(key: unknown, factory: () => T): T {
    if (!this.states.has(key)) this.states.set(key, factory());
    return this.states.get(key) as T;
  }

  setState(key: unknown, value: unknown): void {
    this.states.set(key, value);
  }

  get currentState(): ContextState {
    return contextState(this.currentContext!);
  }

  get currentScriptHash(): UInt160 | null {
    return this.currentContext ? contextState(this.currentContext).scriptHash : null;
  }

  get callingScriptHash(): UInt160 | null {
    if (this.currentContext === null) return null;
    const state = contextState(this.currentContext);
    return (
      state.nativeCallingScriptHash ??
      (state.callingContext ? contextState(state.callingContext).scriptHash : null)
    );
  }

  get entryScriptHash(): UInt160 | null {
    return this.entryContext ? contextState(this.entryContext).scriptHash : null;
  }

  /** Commits the execution's writes to the cache below (after HALT). */
  commit(): void {
    this.closeSnapshots(true);
  }

  /** Discards the execution's writes. */
  discard(): void {
    this.closeSnapshots(false);
  }

  private closeSnapshots(keep: boolean): void {
    if (this.finished) return;
    this.finished = true;
    while (this.store.depth > this.baseDepth + 1) this.store.revert();
    if (keep) this.store.commit();
    else this.store.revert();
  }

  // ---- contexts ---------------------------------------------------------------------------

  override loadContext(context: ExecutionContext): void {
    const state = contextState(context);
    state.scriptHash ??= scriptHash(context.script);
    const key = hashKey(state.scriptHash);
    if (!this.invocationCounter.has(key)) this.invocationCounter.set(key, 1);
    super.loadContext(context);
    this.whitelisted = state.whiteListed;
  }

  /** neo's `LoadScript`: a new context with its own snapshot; `configure` sets its state. */
  loadScriptWith(
    script: Script | Uint8Array,
    rvCount = -1,
    initialPosition = 0,
    configure?: (state: ContextState) => void,
  ): ExecutionContext {
    const s = script instanceof Script ? script : new Script(script);
    const context = ExecutionContext.create(s, rvCount, this.referenceCounter, initialPosition);
    configure?.(contextState(context));
    this.loadContext(context);
    this.store.checkpoint();
    this.owners.add(context);
    return context;
  }

  override loadScript(script: Script | Uint8Array, rvCount = -1, initialPosition = 0): ExecutionContext {
    return this.loadScriptWith(script, rvCount, initialPosition);
  }

  /** neo's `LoadContract`: the method's context, then `_initialize` on top of it if any. */
  loadContract(contract: ContractState, method: MethodDescriptor, callFlags: number): ExecutionContext {
    const context = this.loadScriptWith(
      contract.nef.script,
      method.returnType === ParamType.Void ? 0 : 1,
      method.offset,
      (p) => {
        p.callFlags = callFlags;
        p.scriptHash = contract.hash;
        p.contract = contract;
      },
    );
    const init = getMethod(contract.manifest.abi, '_initialize', 0);
    if (init) this.loadContext(context.clone(init.offset));
    return context;
  }

  override contextUnloaded(context: ExecutionContext): void {
    super.contextUnloaded(context);
    if (this.owners.delete(context)) {
      const state = contextState(context);
      if (this.uncaughtException === null) {
        this.store.commit();
        if (this.currentContext !== null) {
          contextState(this.currentContext).notificationCount += state.notificationCount;
          if (state.isDynamicCall) {
            const n = context.evaluationStack.count;
            if (n === 0) this.push(NULL);
            else if (n > 1)
              throw new VMFault('Multiple return values are not allowed in cross-contract calls.');
          }
        }
      } else {
        this.store.revert();
        if (state.notificationCount > 0) this.notificationList.length -= state.notificationCount;
      }
    }
    this.whitelisted = this.currentContext !== null && contextState(this.currentContext).whiteListed;
    const task = this.pending.get(context);
    if (task !== undefined) {
      this.pending.delete(context);
      if (this.uncaughtException !== null) throw new VMUnhandledException(this.uncaughtException);
      this.step(task, task.hasReturnValue ? this.pop() : undefined);
    }
  }

  // ---- calls ------------------------------------------------------------------------------

  /** neo's `CallContractInternal` by hash and method name. */
  callContractByName(
    hash: UInt160,
    method: string,
    flags: number,
    hasReturnValue: boolean,
    args: StackItem[],
  ) {
    const contract = getContract(this.store, hash);
    if (contract === null) throw new VMFault(`Called Contract Does Not Exist: ${hashToString(hash)}`);
    const md = getMethod(contract.manifest.abi, method, args.length);
    if (md === undefined) {
      throw new VMFault(
        `Method "${method}" with ${args.length} parameter(s) doesn't exist in the contract ${hashToString(hash)}.`,
      );
    }
    return this.callContractInternal(contract, md, flags, hasReturnValue, args);
  }

  callContractInternal(
    contract: ContractState,
    method: MethodDescriptor,
    flags: number,
    hasReturnValue: boolean,
    args: readonly StackItem[],
  ): ExecutionContext {
    if (isBlocked(this.store, contract.hash)) {
      throw new VMFault(`The contract ${hashToString(contract.hash)} has been blocked.`);
    }
    const current = this.currentContext!;
    const state = contextState(current);
    if (method.safe) flags &= ~(CallFlags.WriteStates | CallFlags.AllowNotify);
    else {
      const executing = this.isHardforkEnabled('HF_Domovoi')
        ? state.contract
        : getContract(this.store, this.currentScriptHash!);
      if (
        executing !== null &&
        !executing.manifest.permissions.some((p) => permissionAllows(p, contract, method.name))
      ) {
        throw new VMFault(
          `Cannot Call Method ${method.name} Of Contract ${hashToString(contract.hash)} From Contract ${hashToString(this.currentScriptHash!)}`,
        );
      }
    }
    const key = hashKey(contract.hash);
    this.invocationCounter.set(key, (this.invocationCounter.get(key) ?? 0) + 1);
    if (args.length !== method.parameters.length) {
      throw new VMFault(
        `Method ${method.name} Expects ${method.parameters.length} Arguments But Receives ${args.length} Arguments`,
      );
    }
    if (hasReturnValue !== (method.returnType !== ParamType.Void)) {
      throw new VMFault('The return value type does not match.');
    }
    const context = this.loadContract(contract, method, flags & state.callFlags);
    const next = contextState(context);
    next.callingContext = current;
    if (this.isHardforkEnabled('HF_Faun')) {
      const fixed = whitelistFee(this.store, contract.hash, method);
      if (fixed !== null) {
        this.addFeeBig(BigInt.asIntN(64, fixed * BigInt(FEE_FACTOR)));
        next.whiteListed = true;
        this.whitelisted = contextState(this.currentContext!).whiteListed;
      }
    }
    for (let i = args.length - 1; i >= 0; i--) context.evaluationStack.push(args[i]!);
    return context;
  }

  /** CALLT: a call through the current contract's NEF method token. */
  onCallT(instruction: Instruction): void {
    this.validateCallFlags(CallFlags.ReadStates | CallFlags.AllowCall);
    const contract = this.currentState.contract;
    const tokenId = instruction.tokenU16;
    if (contract === null || tokenId >= contract.nef.tokens.length) {
      throw new VMFault('Operation is not valid due to the current state of the object.');
    }
    const token = contract.nef.tokens[tokenId]!;
    if (token.parametersCount > this.currentContext!.evaluationStack.count) {
      throw new VMFault('Operation is not valid due to the current state of the object.');
    }
    const args: StackItem[] = [];
    for (let i = 0; i < token.parametersCount; i++) args.push(this.pop());
    this.callContractByName(token.hash, token.method, token.callFlags, token.hasReturnValue, args);
  }

  validateCallFlags(required: number): void {
    const flags = this.currentState.callFlags;
    if ((flags & required) !== required) {
      throw new VMFault(`Cannot call this SYSCALL with the flag ${callFlagsName(flags)}.`);
    }
  }

  /** SYSCALL: neo's `OnSysCall` (flags, fixed price, arguments, handler, result). */
  onSysCall(id: number): void {
    const syscall = syscallById(id);
    if (
      syscall === undefined ||
      (syscall.hardfork !== undefined && !this.isHardforkEnabled(syscall.hardfork))
    ) {
      throw new VMFault(`The given key '${id}' was not present in the dictionary.`);
    }
    this.validateCallFlags(syscall.flags);
    this.addFeeBig(BigInt(syscall.price) * this.execFeePicoFactor);
    const args = syscall.params.map((p) =>
      convertArg(this.pop(), p, () => this.pop(), this.limits.maxStackSize),
    );
    const result = syscall.handler(this, args);
    if (result !== undefined) this.push(result);
  }

  // ---- native contracts -------------------------------------------------------------------

  nativeMethods(native: NativeContract): NativeMethods {
    let m = this.nativeCache.get(native.id);
    if (m === undefined) {
      const index = this.persistingBlock?.index ?? ledgerCurrentIndex(this.store);
      m = native.allowedMethods((hf, h) => isHardforkEnabled(this.settings, hf, h), index);
      this.nativeCache.set(native.id, m);
    }
    return m;
  }

  /** The fixed fee (datoshi) of a whitelisted method, or null (Policy, from Faun). */
  whitelistFee(hash: UInt160, method: MethodDescriptor): bigint | null {
    return whitelistFee(this.store, hash, method);
  }

  /** Runs a native task until it completes or awaits a contract call. */
  runNativeTask<T>(task: NativeTask<T>, done: (value: T) => void): void {
    this.step(
      { task: task as NativeTask<unknown>, hasReturnValue: false, done: done as (v: unknown) => void },
      undefined,
    );
  }

  private step(p: PendingTask, input: StackItem | undefined): void {
    const r = p.task.next(input);
    if (r.done) {
      p.done(r.value as StackItem | undefined);
      return;
    }
    const call: ContractCall = r.value;
    const context = this.callContractByName(call.hash, call.method, CallFlags.All, call.hasReturnValue, [
      ...call.args,
    ]);
    contextState(context).nativeCallingScriptHash = call.callingScriptHash;
    this.pending.set(context, { task: p.task, hasReturnValue: call.hasReturnValue, done: p.done });
  }

  nativeContract(hash: UInt160): NativeContract | undefined {
    return nativeByHash(hash);
  }

  get natives(): readonly NativeContract[] {
    return natives();
  }

  // ---- runtime services -------------------------------------------------------------------

  getInvocationCounter(): number {
    const key = hashKey(this.currentScriptHash!);
    let n = this.invocationCounter.get(key);
    if (n === undefined) this.invocationCounter.set(key, (n = 1));
    return n;
  }

  checkWitnessInternal(hash: UInt160): boolean {
    return checkWitnessInternal(this, hash);
  }

  getTime(): bigint {
    if (this.persistingBlock === null)
      throw new VMFault('GetTime can only be called with Application trigger.');
    return this.persistingBlock.header.timestamp;
  }

  /** neo's `SendNotification`: at most 512 per Application execution from Echidna. */
  sendNotification(hash: UInt160, eventName: string, state: ArrayItem): void {
    if (
      this.isHardforkEnabled('HF_Echidna') &&
      this.trigger === TriggerType.Application &&
      this.notificationList.length >= MAX_NOTIFICATION_COUNT
    ) {
      throw new VMFault(`Maximum number of notifications \`${MAX_NOTIFICATION_COUNT}\` is reached.`);
    }
    this.notificationList.push({ scriptHash: hash, eventName, state: deepCopy(state, true) as ArrayItem });
    this.currentState.notificationCount++;
  }

  /** A script for `System.Runtime.LoadScript`, checked in strict mode. */
  strictScript(bytes: Uint8Array): Script {
    return new Script(bytes, true);
  }

  deepCopyImmutable(item: StackItem): StackItem {
    return deepCopy(item, true);
  }

  log(message: string): void {
    const entry = { scriptHash: this.currentScriptHash!, message };
    this.logs.push(entry);
    this.onLog?.(entry);
  }
}

/** Opcode prices in fee units, indexed by opcode. */
const PRICES = Int32Array.from(OPCODE_PRICE_TABLE);

const scriptHashes = new WeakMap<Script, UInt160>();

function scriptHash(script: Script): UInt160 {
  let h = scriptHashes.get(script);
  if (h === undefined) scriptHashes.set(script, (h = hash160(script.bytes)));
  return h;
}
