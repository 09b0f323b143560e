/**
 * `JsVmWorker`: the engine on a worker thread, off the main thread. One worker owns the store
 * and the isolates (see worker.ts for why); requests are queued and answered in order.
 */
import { Worker } from 'node:worker_threads';
import { PolyvmError } from '../core/errors.js';
import { JsVmRequestError } from './errors.js';
import type { GenesisConfig, GenesisReport } from './genesis.js';
import type { IostTx } from './tx.js';
import type { CallRequest, DeployRequest, DeployResult, JsVmOptions, TxResult } from './types.js';

export interface JsVmWorkerOptions extends Omit<JsVmOptions, 'onLog'> {
  /** LMDB state directory owned by the worker; in memory when absent. */
  stateDir?: string;
}

class WorkerRequestError extends PolyvmError {
  override name = 'JsVmWorkerError';
}

export class JsVmWorker {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void }
  >();

  constructor(options: JsVmWorkerOptions = {}) {
    if (options === null || typeof options !== 'object')
      throw new JsVmRequestError(
        `JsVmWorker: expected options as an object, got ${options === null ? 'null' : typeof options}`,
      );
    const { stateDir, ...engine } = options;
    if (stateDir !== undefined && typeof stateDir !== 'string')
      throw new JsVmRequestError(`JsVmWorker: stateDir must be a path string, got ${typeof stateDir}`);
    const ts = import.meta.url.endsWith('.ts');
    const url = new URL(ts ? './worker.ts' : './worker.js', import.meta.url);
    const workerData = { stateDir, options: { ...engine, autoFlush: engine.autoFlush ?? true } };
    // Running from TypeScript sources (tests, tsx): load the worker through tsx's loader,
    // found from this file where the runtime can say (a bare specifier in eval code is looked
    // up from the working directory).
    const tsxApi =
      typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
    this.worker = ts
      ? new Worker(
          `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, workerData },
        )
      : new Worker(url, { workerData });
    this.worker.on(
      'message',
      (m: {
        id: number;
        ok: boolean;
        value?: unknown;
        error?: { code?: string; message?: string; details?: string };
      }) => {
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (!w) return;
        if (m.ok) w.resolve(m.value);
        else
          w.reject(
            new WorkerRequestError(m.error?.code ?? 'JS_WORKER', m.error?.message ?? 'worker error', {
              details: m.error?.details,
            }),
          );
      },
    );
    this.worker.on('error', (e) => this.fail(e));
    // A worker that ends (or dies) with requests in flight must not leave them pending: the
    // process would exit with nothing said.
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.fail(new WorkerRequestError('JS_WORKER', `the JavaScript VM worker exited (code ${code})`));
    });
  }

  private exited = false;

  /** False once the thread has ended (closed, or died). */
  get alive(): boolean {
    return !this.exited;
  }

  private fail(e: unknown): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  private request<T>(op: string, ...args: unknown[]): Promise<T> {
    if (this.exited)
      return Promise.reject(new WorkerRequestError('JS_WORKER', 'the JavaScript VM worker has exited'));
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  createAccount(name: string, amount?: string, keys?: { owner?: string; active?: string }): Promise<void> {
    return this.request('createAccount', name, amount, keys);
  }
  hasAccount(name: string): Promise<boolean> {
    return this.request('hasAccount', name);
  }
  deploy(req: DeployRequest): Promise<DeployResult> {
    return this.request('deploy', req);
  }
  call(req: CallRequest): Promise<TxResult> {
    return this.request('call', req);
  }
  /** A signed transaction (JsVm.send). */
  send(tx: IostTx): Promise<TxResult> {
    return this.request('send', tx);
  }
  update(req: DeployRequest & { id: string; data?: string }): Promise<TxResult> {
    return this.request('update', req);
  }
  balanceOf(account: string): Promise<string> {
    return this.request('balanceOf', account);
  }
  /** Deploys a directory of system contracts at block 0 (JsVm.genesis). */
  genesis(dir: string, config: GenesisConfig): Promise<GenesisReport> {
    return this.request('genesis', dir, config);
  }
  /** Fixes the witness and time of the blocks that follow (JsVm.setHead). */
  setHead(settings: {
    witness?: string | null;
    time?: bigint | null;
    number?: number | null;
  }): Promise<void> {
    return this.request('setHead', settings);
  }
  flush(): Promise<void> {
    return this.request('flush');
  }
  /** Flushes and closes the store, then ends the thread (even when the store never opened). */
  async close(): Promise<void> {
    try {
      await this.request('close');
    } finally {
      await this.worker.terminate();
    }
  }
}
