/**
 * Worker-thread side of `JsVmWorker`: this thread owns the store, the journaled cache, the
 * engine and its isolates for its whole life. Host functions called from inside an isolate
 * are synchronous callbacks, so they must run where the state lives: here. The main thread
 * only posts requests and receives plain results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LmdbStore, MemoryStore } from '../state/index.js';
import { JsVm } from './engine.js';

interface Request {
  id: number;
  op: 'createAccount' | 'hasAccount' | 'deploy' | 'call' | 'update' | 'balanceOf' | 'flush' | 'close';
  args: unknown[];
}

const { stateDir, options } = workerData as { stateDir?: string; options: Record<string, unknown> };
let store: LmdbStore | MemoryStore | undefined;
let vm: JsVm | undefined;

/** Opens the store on the first request, so that a bad state directory is a reported error. */
function engine(): JsVm {
  store ??= stateDir ? new LmdbStore(stateDir) : new MemoryStore();
  vm ??= new JsVm(store, options);
  return vm;
}

parentPort!.on('message', async (req: Request) => {
  try {
    let value: unknown;
    if (req.op === 'close') {
      vm?.flush();
      vm?.close();
      await store?.close();
    } else {
      const vm = engine();
      // biome-ignore lint/suspicious/noExplicitAny: dispatch by method name over a fixed set.
      value = (vm as any)[req.op](...req.args);
    }
    parentPort!.postMessage({ id: req.id, ok: true, value });
  } catch (e) {
    const err = e as {
      name?: string;
      code?: string;
      message?: string;
      shortMessage?: string;
      details?: string;
    };
    parentPort!.postMessage({
      id: req.id,
      ok: false,
      error: {
        name: err.name,
        code: err.code,
        message: err.shortMessage ?? err.message,
        details: err.details,
      },
    });
  }
});
