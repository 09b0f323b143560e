/**
 * Reliability (issue 16, item 0): isolated-vm aborts the process
 * (`IsolateEnvironment::GetCurrent(): Assertion environment != nullptr`, laverdet/isolated-vm#464)
 * when a worker thread's final garbage collection, after isolated-vm's cleanup hook, finalizes
 * one of its handles (seen in CI, native stack: node::worker::Worker::Run → ~IsolateData →
 * Heap::DetachCppHeap → a GC → GlobalHandles::InvokeFirstPassWeakCallbacks → isolated_vm.node).
 * The engine therefore releases every handle and disposes every isolate on close (the worker
 * then collects garbage before its thread ends), and never closes inside a transaction.
 */
import { describe, expect, test } from 'vitest';
import { JsVmWorker } from '../../src/jsvm/index.js';
import { call, deploy, makeVm } from './helpers.js';

describe('teardown leaves no isolated-vm handle behind', () => {
  test('close disposes every isolate, idle or killed, and drops the code caches', () => {
    const vm = makeVm({ poolSize: 1, timeLimitMs: 200 });
    const id = deploy(
      vm,
      `class C { init() {} f() { return 1; } spin() { for (;;) {} } }\nmodule.exports = C;`,
      [['f'], ['spin']],
    );
    expect(call(vm, id, 'f').returns).toEqual(['1']);
    expect(call(vm, id, 'spin', [], ['alice'], 1e12).error).toMatch(/time limit/);
    expect(call(vm, id, 'f').returns).toEqual(['1']);
    const held = vm.sandboxHandles;
    expect(held.isolates).toBeGreaterThan(0);
    expect(held.codeCaches).toBeGreaterThan(0);
    vm.close();
    expect(vm.sandboxHandles).toEqual({ isolates: 0, codeCaches: 0 });
  });
  test('an engine refuses to close while a transaction runs (a host callback is on the stack)', () => {
    const vm = makeVm();
    let inside: unknown;
    const id = deploy(vm, `class C { init() {} f() { console.log('x'); return 1; } }\nmodule.exports = C;`, [
      ['f'],
    ]);
    const logVm = makeVm({
      onLog: () => {
        try {
          logVm.close();
        } catch (e) {
          inside = e;
        }
      },
    });
    const id2 = deploy(
      logVm,
      `class C { init() {} f() { console.log('x'); return 1; } }\nmodule.exports = C;`,
      [['f']],
    );
    expect(call(logVm, id2, 'f').returns).toEqual(['1']);
    expect((inside as Error).message).toBe('close: a transaction is running on this engine');
    expect(call(vm, id, 'f').returns).toEqual(['1']);
    vm.close();
    logVm.close();
  });
  test('JsVmWorker threads end cleanly, one after another', async () => {
    for (let i = 0; i < 3; i++) {
      const w = new JsVmWorker({});
      await w.createAccount('alice', '10');
      const d = await w.deploy({
        code: `class C { init() {} f() { return 'y'.repeat(2000); } }\nmodule.exports = C;`,
        abi: { lang: 'javascript', version: '1.0.0', abi: [{ name: 'f', args: [] }] },
        signers: ['alice'],
      });
      expect((await w.call({ contract: d.id!, method: 'f', signers: ['alice'] })).returns[0]).toHaveLength(
        2000,
      );
      await w.close();
    }
  });
});
