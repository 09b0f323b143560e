/**
 * Worker-thread side of `JsVmWorker`: this thread owns the store, the journaled cache, the
 * engine and its isolates for its whole life. Host functions called from inside an isolate
 * are synchronous callbacks, so they must run where the state lives: here. The main thread
 * only posts requests and receives plain results.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { LmdbStore, MemoryStore } from '../state/index.js';
import { JsVm } from './engine.js';

interface Request {
  id: number;
  op:
    | 'createAccount'
    | 'hasAccount'
    | 'deploy'
    | 'call'
    | 'send'
    | 'update'
    | 'balanceOf'
    | 'genesis'
    | 'setHead'
    | 'flush'
    | 'close';
  args: unknown[];
}

const { stateDir, options } = workerData as { stateDir?: string; options: Record<string, unknown> };
let store: LmdbStore | MemoryStore | undefined;
let vm: JsVm | undefined;

/**
 * A full garbage collection, to run while this thread's isolated-vm environment still exists.
 * When a worker thread ends, isolated-vm's cleanup hook removes that environment; a garbage
 * collection after it that finalizes an isolated-vm handle (a Reference, Context, Script,
 * ExternalCopy or Isolate object nobody holds any more) aborts the whole process with
 * `IsolateEnvironment::GetCurrent(): Assertion environment != nullptr`
 * (laverdet/isolated-vm#464; about one CI run of test/jsvm in four, whose CLI tests run
 * JsVmWorker threads in-process). The engine releases and disposes everything it held on
 * close; collecting then leaves no handle for that late collection.
 *
 * `gc` is taken once, before this thread creates any isolate, and the flag is switched off at
 * once: V8 flags are process-wide, and a sandbox context made while it is on would get a `gc`
 * global that cannot be deleted.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

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
      vm = undefined;
      store = undefined;
      collectGarbage();
      collectGarbage();
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
