/**
 * The sandbox: V8 isolates from isolated-vm (a memory limit per isolate, a wall-clock
 * timeout per frame), kept warm in a pool. In each isolate, every contract gets one context
 * that ran the prelude (host API + lockdown) and installed the contract's factory; a call
 * re-evaluates the module inside that context and constructs a fresh instance, so a warm
 * call costs one `applySync`. Compiled code is cached twice: the compiled Script per
 * isolate, and V8's code cache per code hash, which lets a new isolate skip compilation.
 */
import { createHash } from 'node:crypto';
import ivm from 'isolated-vm';
import { BOOT_JS, BRIDGE_GLOBAL, preludeJs, wrapContract } from './prelude/index.js';
import { type PreludeSnapshot, preludeSnapshot } from './snapshot.js';

export type Bridge = (
  op: number,
  a?: unknown,
  b?: unknown,
  c?: unknown,
  d?: unknown,
  e?: unknown,
  f?: unknown,
) => unknown;

export interface SandboxOptions {
  /** Heap limit of each isolate, in MiB (isolated-vm's minimum is 8). */
  memoryLimitMb: number;
  /** Contracts kept loaded per isolate; the least recently used context is released beyond. */
  maxContexts: number;
  /** Warm isolates kept idle. */
  poolSize: number;
  /** An isolate is replaced after this many transactions (IOST recycles after 60). */
  maxUses: number;
  /**
   * Hot start from a V8 snapshot of the prelude (snapshot.ts): `false` runs the prelude in each
   * context; `true` builds the snapshot in memory; a directory keeps it in a file there.
   */
  snapshot: boolean | string;
}

/**
 * Outcome of one frame, as the prelude's runner reports it (`v8`: V8's own stack limit hit;
 * `t`: the contract changed built-ins, put back when its frame ended).
 */
export interface FrameOutcome {
  g: number;
  r?: string;
  e?: string;
  f?: boolean;
  v8?: boolean;
  t?: boolean;
}

interface ContractContext {
  context: ivm.Context;
  run: ivm.Reference<(...args: unknown[]) => string>;
}

export class SandboxIsolate {
  readonly isolate: ivm.Isolate;
  uses = 0;
  /** Set when a run was cut short: the isolate is disposed instead of reused. */
  tainted = false;
  /** The prelude compiled in this isolate, when it does not start from a snapshot. */
  private readonly prelude: ivm.Script | undefined;
  private readonly boot: ivm.Script;
  private readonly scripts = new Map<string, ivm.Script>();
  private readonly contexts = new Map<string, ContractContext>();

  constructor(
    private readonly owner: Sandbox,
    options: SandboxOptions,
  ) {
    const snapshot = owner.snapshot();
    this.isolate = new ivm.Isolate({
      memoryLimit: options.memoryLimitMb,
      ...(snapshot ? { snapshot: snapshot.blob } : {}),
    });
    this.prelude = snapshot
      ? undefined
      : this.isolate.compileScriptSync(preludeJs(), { filename: 'polyvm:prelude.js' });
    this.boot = this.isolate.compileScriptSync(BOOT_JS, { filename: 'polyvm:boot.js' });
  }

  get disposed(): boolean {
    return this.isolate.isDisposed;
  }

  /**
   * Runs `method` of the contract whose wrapped code has hash `codeHash`, starting from `g0`
   * gas used and `d0` stack units held. An isolate whose run was cut short (clock, heap) or
   * hit V8's own stack limit is disposed when released: its prelude state may be half-updated.
   */
  runFrame(
    codeHash: string,
    code: string,
    method: string,
    argsJson: string,
    g0: number,
    limit: number,
    d0: number,
    timeoutMs: number,
  ): FrameOutcome {
    const cc = this.contextFor(codeHash, code);
    let out: FrameOutcome;
    try {
      out = JSON.parse(
        cc.run.applySync(undefined, [method, argsJson, g0, limit, d0], {
          timeout: Math.max(1, Math.ceil(timeoutMs)),
        }) as string,
      ) as FrameOutcome;
    } catch (e) {
      this.tainted = true;
      throw e;
    }
    // A changed built-in turns off V8 fast paths for the whole isolate: replaced after this transaction.
    if (out.v8 || out.t) this.tainted = true;
    return out;
  }

  private contextFor(codeHash: string, code: string): ContractContext {
    const hit = this.contexts.get(codeHash);
    if (hit) {
      this.contexts.delete(codeHash);
      this.contexts.set(codeHash, hit);
      return hit;
    }
    const context = this.isolate.createContextSync();
    // From a snapshot the context already holds the prelude's state; else it runs now. Then
    // boot takes the bridge from the global object (lockdown removed every other global).
    this.prelude?.runSync(context);
    context.global.setSync(BRIDGE_GLOBAL, new ivm.Callback(this.owner.bridge));
    const api = this.boot.runSync(context, { reference: true }) as ivm.Reference<Record<string, unknown>>;
    const run = api.getSync('run', { reference: true }) as ivm.Reference<(...args: unknown[]) => string>;
    const install = api.getSync('install', { reference: true }) as ivm.Reference<(f: unknown) => void>;
    const factory = this.scriptFor(codeHash, code).runSync(context, { reference: true }) as ivm.Reference;
    install.applySync(undefined, [factory.derefInto()]);
    api.release();
    install.release();
    factory.release();
    const cc = { context, run };
    this.contexts.set(codeHash, cc);
    if (this.contexts.size > this.owner.options.maxContexts) {
      const [oldest, old] = this.contexts.entries().next().value as [string, ContractContext];
      this.contexts.delete(oldest);
      old.run.release();
      old.context.release();
    }
    return cc;
  }

  private scriptFor(codeHash: string, code: string): ivm.Script {
    let script = this.scripts.get(codeHash);
    if (script) return script;
    const cachedData = this.owner.codeCache.get(codeHash);
    const wrapped = wrapContract(code);
    script = this.isolate.compileScriptSync(wrapped, {
      filename: `contract:${codeHash.slice(0, 16)}.js`,
      ...(cachedData ? { cachedData } : { produceCachedData: true }),
    });
    const produced = (script as { cachedData?: ivm.ExternalCopy<ArrayBuffer> }).cachedData;
    if (!cachedData && produced) this.owner.codeCache.set(codeHash, produced);
    this.scripts.set(codeHash, script);
    return script;
  }

  /**
   * Releases this isolate's handles, then the isolate: every Reference and Context first,
   * then the compiled scripts, so that no isolated-vm handle of a disposed isolate is left for
   * the garbage collector to find later (see Sandbox.dispose).
   */
  dispose(): void {
    for (const cc of this.contexts.values()) {
      quietly(() => cc.run.release());
      quietly(() => cc.context.release());
    }
    this.contexts.clear();
    for (const script of this.scripts.values()) quietly(() => script.release());
    this.scripts.clear();
    if (this.prelude) quietly(() => this.prelude!.release());
    quietly(() => this.boot.release());
    if (!this.isolate.isDisposed) this.isolate.dispose();
    this.owner.forget(this);
  }
}

export class Sandbox {
  readonly codeCache = new Map<string, ivm.ExternalCopy<ArrayBuffer>>();
  private readonly idle: SandboxIsolate[] = [];
  /** Every isolate not yet disposed, idle or running a transaction. */
  private readonly live = new Set<SandboxIsolate>();
  private created = 0;
  private prepared: PreludeSnapshot | null | undefined;

  constructor(
    readonly bridge: Bridge,
    readonly options: SandboxOptions,
  ) {}

  /**
   * The prelude snapshot isolates start from (made or read at the first isolate), or null when
   * off or when its restore probe failed (snapshot.ts): then isolates run the prelude.
   */
  snapshot(): PreludeSnapshot | null {
    if (this.prepared === undefined) {
      const opt = this.options.snapshot;
      this.prepared = opt === false ? null : preludeSnapshot(opt === true ? undefined : opt);
    }
    return this.prepared?.refused === undefined ? this.prepared : null;
  }

  /** Where the prelude snapshot came from (`built`, `file`, and why a file was refused); undefined before the first isolate or when off. */
  get snapshotInfo(): { source: string; rejected?: string; refused?: string } | undefined {
    if (!this.prepared) return undefined;
    const { source, rejected, refused } = this.prepared;
    return {
      source,
      ...(rejected === undefined ? {} : { rejected }),
      ...(refused === undefined ? {} : { refused }),
    };
  }

  /** Number of isolates created so far (the pool grows only when all are busy or dead). */
  get isolatesCreated(): number {
    return this.created;
  }

  acquire(): SandboxIsolate {
    const warm = this.idle.pop();
    if (warm && !warm.disposed) return warm;
    this.created++;
    const iso = new SandboxIsolate(this, this.options);
    this.live.add(iso);
    return iso;
  }

  /** Isolates not yet disposed (idle or in use), and V8 code caches held. */
  get liveIsolates(): number {
    return this.live.size;
  }
  get codeCaches(): number {
    return this.codeCache.size;
  }

  forget(iso: SandboxIsolate): void {
    this.live.delete(iso);
  }

  release(iso: SandboxIsolate): void {
    iso.uses++;
    if (
      iso.disposed ||
      iso.tainted ||
      iso.uses >= this.options.maxUses ||
      this.idle.length >= this.options.poolSize
    ) {
      iso.dispose();
      return;
    }
    this.idle.push(iso);
  }

  /**
   * Disposes every isolate (idle or not) and releases the code cache. Called when the engine
   * closes, never from inside a host callback (the engine refuses to close mid-transaction).
   * isolated-vm aborts the process (`IsolateEnvironment::GetCurrent(): Assertion environment
   * != nullptr`, laverdet/isolated-vm#464) when the garbage collector finalizes one of its
   * handles after the thread's isolated-vm environment is gone (a worker thread ending);
   * releasing everything here, and collecting garbage before the worker ends (worker.ts),
   * leaves nothing for that late collection.
   */
  dispose(): void {
    this.idle.length = 0;
    for (const iso of [...this.live]) iso.dispose();
    for (const copy of this.codeCache.values()) copy.release();
    this.codeCache.clear();
    if (this.prepared) quietly(() => this.prepared!.blob.release());
    this.prepared = undefined;
  }
}

/** A handle of an isolate the heap limit already disposed may refuse to be released: nothing is left to free. */
function quietly(release: () => void): void {
  try {
    release();
  } catch {}
}

export function codeHashOf(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
