/**
 * `JsVmPool`: the seed's VMWorker lifecycle management (003: "the number of workers are set
 * dynamically based on system load ... reuse of workers"). go-iost's own vm/v8vm/pool.go keeps fixed-size
 * pools (a compile pool and a run pool, each VM recycled after up to 60 uses, vm.go vmRefLimit);
 * this follows the seed's sizing by load instead. Requests queue in order; a request
 * that finds no idle worker starts one, up to `maxWorkers` (the pool grows under a queue), and a
 * worker idle for `idleMs` is closed, down to `minWorkers` (it shrinks when idle). Each worker is
 * a `JsVmWorker` (an engine, its isolates and its own handle of the state on one thread), all on
 * one LMDB state directory: docs/state.md says why several writers on one directory are safe
 * (each transaction runs and flushes under the store's writer lock, contract records are
 * re-read after another writer's flush). What runs in parallel is what precedes the lock:
 * argument and signature checks, contract validation and instrumentation; the transactions
 * themselves commit one at a time, each its own block, as on one engine.
 */
import { availableParallelism } from 'node:os';
import { JsVmRequestError } from './errors.js';
import type { IostTx } from './tx.js';
import type { CallRequest, DeployRequest, DeployResult, TxResult } from './types.js';
import { JsVmWorker, type JsVmWorkerOptions } from './worker-client.js';

export interface JsVmPoolOptions extends JsVmWorkerOptions {
  /** The LMDB state directory every worker opens. */
  stateDir: string;
  /** Workers kept even when idle (default 1). */
  minWorkers?: number;
  /** Workers at most (default: the machine's available parallelism). */
  maxWorkers?: number;
  /** A worker idle this long (ms) is closed while more than minWorkers run (default 30,000). */
  idleMs?: number;
}

type Op = 'call' | 'deploy' | 'update' | 'send' | 'createAccount' | 'hasAccount' | 'balanceOf';

interface Job {
  op: Op;
  args: unknown[];
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: JsVmWorker;
  busy: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** What the pool has done: workers now, the most at once, started and closed so far, requests waiting. */
export interface PoolStats {
  workers: number;
  peak: number;
  started: number;
  retired: number;
  queued: number;
}

export class JsVmPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly closing: Promise<void>[] = [];
  private readonly min: number;
  private readonly max: number;
  private readonly idleMs: number;
  private readonly workerOptions: JsVmWorkerOptions;
  private closed = false;
  private peak = 0;
  private started = 0;
  private retired = 0;

  constructor(options: JsVmPoolOptions) {
    if (options === null || typeof options !== 'object')
      throw new JsVmRequestError('JsVmPool: expected options {stateDir, minWorkers?, maxWorkers?, idleMs?}');
    const { minWorkers = 1, maxWorkers = availableParallelism(), idleMs = 30_000, ...worker } = options;
    if (typeof worker.stateDir !== 'string' || worker.stateDir === '')
      throw new JsVmRequestError('JsVmPool: stateDir must name the state directory the workers share');
    const count = (what: string, v: unknown, least: number) => {
      if (!Number.isSafeInteger(v) || (v as number) < least)
        throw new JsVmRequestError(
          `JsVmPool: ${what} must be an integer of at least ${least}, got ${String(v)}`,
        );
    };
    count('minWorkers', minWorkers, 0);
    count('maxWorkers', maxWorkers, 1);
    count('idleMs', idleMs, 0);
    if (minWorkers > maxWorkers)
      throw new JsVmRequestError(`JsVmPool: minWorkers ${minWorkers} is more than maxWorkers ${maxWorkers}`);
    this.min = minWorkers;
    this.max = maxWorkers;
    this.idleMs = idleMs;
    // Each transaction is flushed, so that every worker sees the others' blocks.
    this.workerOptions = { ...worker, autoFlush: true };
    for (let i = 0; i < minWorkers; i++) this.park(this.spawn());
  }

  get stats(): PoolStats {
    return {
      workers: this.slots.length,
      peak: this.peak,
      started: this.started,
      retired: this.retired,
      queued: this.queue.length,
    };
  }

  call(req: CallRequest): Promise<TxResult> {
    return this.submit('call', [req]);
  }
  deploy(req: DeployRequest): Promise<DeployResult> {
    return this.submit('deploy', [req]);
  }
  update(req: DeployRequest & { id: string; data?: string }): Promise<TxResult> {
    return this.submit('update', [req]);
  }
  send(tx: IostTx): Promise<TxResult> {
    return this.submit('send', [tx]);
  }
  createAccount(name: string, amount?: string, keys?: { owner?: string; active?: string }): Promise<void> {
    return this.submit('createAccount', [name, amount, keys]);
  }
  hasAccount(name: string): Promise<boolean> {
    return this.submit('hasAccount', [name]);
  }
  balanceOf(account: string): Promise<string> {
    return this.submit('balanceOf', [account]);
  }

  private submit<T>(op: Op, args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new JsVmRequestError('JsVmPool: the pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, args, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Hands queued requests to idle workers, starting one while a request waits and fewer than maxWorkers run. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.max) slot = this.spawn();
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new JsVmWorker(this.workerOptions), busy: false };
    this.slots.push(slot);
    this.started++;
    this.peak = Math.max(this.peak, this.slots.length);
    return slot;
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = true;
    if (slot.timer) clearTimeout(slot.timer);
    // biome-ignore lint/suspicious/noExplicitAny: dispatch by method name over the fixed set Op.
    const pending = (slot.worker as any)[job.op](...job.args) as Promise<unknown>;
    pending.then(job.resolve, job.reject).finally(() => {
      slot.busy = false;
      // A worker whose thread died is dropped; a request that needs one starts another.
      if (!slot.worker.alive) this.slots.splice(this.slots.indexOf(slot), 1);
      this.dispatch();
      if (!slot.busy && slot.worker.alive) this.park(slot);
    });
  }

  /** An idle worker: closed after idleMs unless it is needed again or only minWorkers are left. */
  private park(slot: Slot): void {
    if (this.closed) return;
    slot.timer = setTimeout(() => {
      if (slot.busy || this.slots.length <= this.min) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.retired++;
      this.closing.push(slot.worker.close());
    }, this.idleMs);
    slot.timer.unref?.();
  }

  /** Refuses new requests, lets the queued ones finish, then closes every worker. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.queue.length > 0 || this.slots.some((s) => s.busy))
      await new Promise((r) => setTimeout(r, 5));
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    const all = this.slots.splice(0).map((s) => s.worker.close());
    await Promise.allSettled([...this.closing, ...all]);
  }
}
