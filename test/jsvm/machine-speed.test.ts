/**
 * The machine-speed test (issue 11, finding 3): gas never depends on machine speed, and the
 * wall clock is only a backstop. The heaviest work per gas we found for each kind of built-in
 * and operator (workloads.ts) runs under the default limits (4,000,000 gas, 2 s) once on an idle
 * machine and once with another process spinning on a core: every call gives the same result
 * and gas both times, and none reaches the time limit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { JsVm } from '../../src/jsvm/index.js';
import { MemoryStore } from '../../src/state/index.js';
import { abiOf } from './helpers.js';
import { DIGEST_NAMES, WORKLOAD_CODE, WORKLOAD_NAMES } from './workloads.js';

const ALL = [...WORKLOAD_NAMES, ...DIGEST_NAMES];

function session() {
  const vm = new JsVm(new MemoryStore(), { onLog: () => {} });
  vm.createAccount('alice', '1000');
  const d = vm.deploy({
    code: WORKLOAD_CODE,
    abi: abiOf(ALL.map((n) => [n])),
    signers: ['alice'],
    gasLimit: 100_000_000,
  });
  if (d.status !== 'success') throw new Error(`deploy: ${d.error}`);
  return {
    run: (method: string) => {
      const r = vm.call({ contract: d.id!, method, signers: ['alice'] });
      return { status: r.status, error: r.error, gasUsed: r.gasUsed, returns: r.returns };
    },
    close: () => vm.close(),
  };
}

// Each run is a test of its own, so vitest's worker answers its RPC between them.
const idle = new Map<string, ReturnType<ReturnType<typeof session>['run']>>();
let spinner: ChildProcess | undefined;
let current: ReturnType<typeof session> | undefined;
afterAll(() => {
  spinner?.kill('SIGKILL');
  current?.close();
});

describe('the same result and gas on an idle machine and with another core busy', () => {
  test.each(ALL)('idle: %s', (method) => {
    current ??= session();
    const r = current.run(method);
    idle.set(method, r);
    if (DIGEST_NAMES.includes(method)) expect(r.status).toBe('success');
    else expect(r).toMatchObject({ error: 'out of gas', gasUsed: 4_000_000 });
  });

  test.each(ALL)('busy: %s', (method) => {
    if (spinner === undefined) {
      spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
      current?.close();
      current = session();
    }
    expect(current!.run(method)).toEqual(idle.get(method));
  });
});
