/**
 * The native contract framework (neo `Native/NativeContract.cs`, `ContractMethodMetadata.cs`):
 * each native declares its methods and events as rows (name, C# parameters, return type, CPU
 * and storage fees, required call flags, the hardforks that add or retire it). From the rows
 * active at a height come the contract's script (PUSH0, SYSCALL System.Contract.CallNative,
 * RET per method, methods ordered by name then parameter count) and manifest; `invoke` runs the
 * method whose stub the instruction pointer is in.
 *
 * A method that calls a contract (NEP-17 `onNEP17Payment`, `_deploy`, ...) is a generator: it
 * yields a `ContractCall` and resumes with the callee's result when the callee's context is
 * unloaded, as neo's ContractTask does.
 */
import { NULL, ScriptBuilder, type StackItem, VMFault } from '../../neovm/index.js';
import { CallFlags, callFlagsName } from '../contract/call-flags.js';
import type { ContractState } from '../contract/contract-state.js';
import {
  type ContractManifest,
  DEFAULT_PERMISSION,
  type EventDescriptor,
  type MethodDescriptor,
  type ParameterDefinition,
} from '../contract/manifest.js';
import { makeNef } from '../contract/nef.js';
import { ParamType } from '../contract/parameter-type.js';
import { hash160 } from '../crypto/hash.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { contextState } from '../engine/context-state.js';
import { convertArg, manifestType, type Param } from '../engine/convert.js';
import { FEE_FACTOR } from '../engine/prices.js';
import { interopId } from '../interop/id.js';
import { HARDFORKS, type Hardfork, type ProtocolSettings } from '../settings.js';
import { UINT160_ZERO, type UInt160 } from '../uint.js';

/** A call from a native contract to a contract, awaited by the native. */
export interface ContractCall {
  readonly hash: UInt160;
  readonly method: string;
  readonly args: readonly StackItem[];
  readonly hasReturnValue: boolean;
  readonly callingScriptHash: UInt160;
}

/** A native method body that calls contracts; it resumes with each callee's result. */
export type NativeTask<T = StackItem | undefined> = Generator<ContractCall, T, StackItem | undefined>;

export type NativeResult = StackItem | undefined | NativeTask;

export interface NativeMethod {
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns: number;
  readonly cpuFee: number;
  readonly storageFee: number;
  readonly flags: number;
  readonly activeIn?: Hardfork;
  readonly deprecatedIn?: Hardfork;
  readonly handler: (engine: ApplicationEngine, args: unknown[]) => NativeResult;
}

export interface NativeEvent {
  readonly order: number;
  readonly name: string;
  readonly params: readonly ParameterDefinition[];
  readonly activeIn?: Hardfork;
  readonly deprecatedIn?: Hardfork;
}

export type HardforkChecker = (hf: Hardfork, height: number) => boolean;

interface Activable {
  readonly activeIn?: Hardfork;
  readonly deprecatedIn?: Hardfork;
}

export function isActiveAt(u: Activable, hf: HardforkChecker, height: number): boolean {
  return (
    (u.activeIn === undefined || hf(u.activeIn, height)) &&
    (u.deprecatedIn === undefined || !hf(u.deprecatedIn, height))
  );
}

/** What a method row says, with defaults (no fees, no flags). */
export function method(
  name: string,
  params: readonly Param[],
  returns: number,
  opts: Partial<Omit<NativeMethod, 'name' | 'params' | 'returns' | 'handler'>>,
  handler: NativeMethod['handler'],
): NativeMethod {
  return { name, params, returns, cpuFee: 0, storageFee: 0, flags: CallFlags.None, ...opts, handler };
}

export function event(
  order: number,
  name: string,
  params: [string, number][],
  opts: Activable = {},
): NativeEvent {
  return { order, name, params: params.map(([n, t]) => ({ name: n, type: t })), ...opts };
}

/** Methods active at a height, keyed by the position of their SYSCALL, and the stub script. */
export interface NativeMethods {
  /** Keyed by the position of the method's SYSCALL; with its descriptor (offset of its PUSH0). */
  readonly byOffset: ReadonlyMap<number, [NativeMethod, MethodDescriptor]>;
  readonly descriptors: readonly MethodDescriptor[];
  readonly script: Uint8Array;
}

const CALL_NATIVE = interopId('System.Contract.CallNative');

export function contractHash(sender: UInt160, checksum: number, name: string): UInt160 {
  const sb = new ScriptBuilder()
    .emit('ABORT')
    .emitPush(sender)
    .emitPush(BigInt(checksum >>> 0))
    .emitPush(name);
  return hash160(sb.toArray());
}

export abstract class NativeContract {
  abstract readonly name: string;
  abstract readonly id: number;
  /** Hardforks at which the contract's state is (re)initialized; the first one activates it. */
  readonly activations: readonly (Hardfork | null)[] = [];
  private sortedMethods: NativeMethod[] | undefined;
  private hashValue: UInt160 | undefined;

  protected abstract defineMethods(): NativeMethod[];
  protected defineEvents(): NativeEvent[] {
    return [];
  }

  get hash(): UInt160 {
    this.hashValue ??= contractHash(UINT160_ZERO, 0, this.name);
    return this.hashValue;
  }

  get activeIn(): Hardfork | null {
    return this.activations[0] ?? null;
  }

  get methods(): readonly NativeMethod[] {
    this.sortedMethods ??= this.defineMethods().sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.params.length - b.params.length,
    );
    return this.sortedMethods;
  }

  get events(): readonly NativeEvent[] {
    return [...this.defineEvents()].sort((a, b) => a.order - b.order);
  }

  /** Every hardfork that changes this contract: method and event bounds and activations. */
  get usedHardforks(): Set<Hardfork> {
    const out = new Set<Hardfork>();
    for (const u of [...this.methods, ...this.events]) {
      if (u.activeIn) out.add(u.activeIn);
      if (u.deprecatedIn) out.add(u.deprecatedIn);
    }
    for (const a of this.activations) if (a) out.add(a);
    return out;
  }

  /** neo's `IsActive(settings, height)`: an unconfigured activation fork counts as genesis. */
  isActive(settings: ProtocolSettings, height: number): boolean {
    const a = this.activeIn;
    if (a === null) return true;
    return (settings.hardforks.get(a) ?? 0) <= height;
  }

  /** The hardforks whose height is `index` (initialization block), or null. */
  initializeHardforks(settings: ProtocolSettings, index: number): Hardfork[] | null {
    const hfs = [...this.usedHardforks].filter((h) => settings.hardforks.get(h) === index);
    if (hfs.length > 0) return hfs.sort((a, b) => order(a) - order(b));
    if (index === 0 && this.activeIn === null) return [];
    return null;
  }

  allowedMethods(hf: HardforkChecker, height: number): NativeMethods {
    const byOffset = new Map<number, [NativeMethod, MethodDescriptor]>();
    const descriptors: MethodDescriptor[] = [];
    const sb = new ScriptBuilder();
    for (const m of this.methods) {
      if (!isActiveAt(m, hf, height)) continue;
      const offset = sb.length;
      sb.emitPush(0n);
      const descriptor: MethodDescriptor = {
        name: m.name,
        parameters: m.params.map((p) => ({ name: p.name, type: manifestType(p) })),
        returnType: m.returns,
        offset,
        safe: (m.flags & ~CallFlags.ReadOnly) === 0,
      };
      byOffset.set(sb.length, [m, descriptor]);
      descriptors.push(descriptor);
      sb.emitSysCall(CALL_NATIVE).emit('RET');
    }
    return { byOffset, descriptors, script: sb.toArray() };
  }

  protected supportedStandards(_hf: HardforkChecker, _height: number): string[] {
    return [];
  }

  contractState(hf: HardforkChecker, height: number): ContractState {
    const methods = this.allowedMethods(hf, height);
    const events: EventDescriptor[] = this.events
      .filter((e) => isActiveAt(e, hf, height))
      .map((e) => ({ name: e.name, parameters: e.params }));
    const manifest: ContractManifest = {
      name: this.name,
      groups: [],
      supportedStandards: this.supportedStandards(hf, height),
      abi: { methods: methods.descriptors, events },
      permissions: [DEFAULT_PERMISSION],
      trusts: [],
      extra: null,
    };
    const nef = makeNef({ compiler: 'neo-core-v3.0', source: '', tokens: [], script: methods.script });
    return { id: this.id, updateCounter: 0, hash: this.hash, nef, manifest };
  }

  initialize(_engine: ApplicationEngine, _hardfork: Hardfork | null): NativeTask<void> | undefined {
    return undefined;
  }
  onPersist(_engine: ApplicationEngine): NativeTask<void> | undefined {
    return undefined;
  }
  postPersist(_engine: ApplicationEngine): NativeTask<void> | undefined {
    return undefined;
  }

  /** neo's `NativeContract.Invoke`: runs the method at the current SYSCALL (version 0 only). */
  invoke(engine: ApplicationEngine, version: number): void {
    if (version !== 0) throw new VMFault(`The native contract of version ${version} is not active.`);
    const context = engine.currentContext!;
    const entry = engine.nativeMethods(this).byOffset.get(context.instructionPointer);
    if (entry === undefined) throw new VMFault('The given key was not present in the dictionary.');
    const [method, descriptor] = entry;
    if (method.activeIn && !engine.isHardforkEnabled(method.activeIn)) {
      throw new VMFault(`Cannot call this method before hardfork ${method.activeIn}.`);
    }
    if (method.deprecatedIn && engine.isHardforkEnabled(method.deprecatedIn)) {
      throw new VMFault(`Cannot call this method after hardfork ${method.deprecatedIn}.`);
    }
    const state = contextState(context);
    if ((state.callFlags & method.flags) !== method.flags) {
      throw new VMFault(`Cannot call this method with the flag ${callFlagsName(state.callFlags)}.`);
    }
    if (!engine.isHardforkEnabled('HF_Faun') || engine.whitelistFee(this.hash, descriptor) === null) {
      engine.addFeeBig(
        BigInt(method.cpuFee) * engine.execFeePicoFactor +
          BigInt(method.storageFee * engine.storagePrice) * BigInt(FEE_FACTOR),
      );
    }
    const stack = context.evaluationStack;
    const args = method.params.map((p, i) =>
      convertArg(stack.peek(i), p, () => engine.pop(), engine.limits.maxStackSize),
    );
    const finish = (value: StackItem | undefined) => {
      for (let i = 0; i < method.params.length; i++) stack.pop();
      if (method.returns !== ParamType.Void) stack.push(value ?? NULL);
    };
    const result = method.handler(engine, args);
    if (isTask(result)) engine.runNativeTask(result, finish);
    else finish(result);
  }
}

function order(h: Hardfork): number {
  return HARDFORKS.indexOf(h);
}

export function isTask(x: unknown): x is NativeTask<unknown> {
  return (
    typeof x === 'object' && x !== null && typeof (x as Generator).next === 'function' && Symbol.iterator in x
  );
}
