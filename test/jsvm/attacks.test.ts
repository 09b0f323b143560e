/**
 * The attack set: each attempt ends in a clean error (a value, not a crash) with state
 * unchanged, and the engine keeps serving calls afterwards.
 */
import { describe, expect, test } from 'vitest';
import { keys } from '../../src/jsvm/keys.js';
import { call, deploy, makeVm, snapshot } from './helpers.js';

const vm = makeVm({ memoryLimitMb: 32, timeLimitMs: 1_000 });
const attacks: Record<string, string> = {
  // escape to the host
  process: `return typeof process === 'undefined' ? (() => { throw new Error('no process'); })() : process.pid;`,
  require: `return require('fs');`,
  ctorChain: `return this.constructor.constructor('return process')();`,
  fnCtor: `return (function () {}).constructor('return 1')();`,
  arrowCtor: `const F = (() => 1).constructor; return F('return 1')();`,
  hostRefs: `return Object.getOwnPropertyNames(globalThis).filter((n) => /ivm|__pvm|_ivm|isolated/i.test(n)).join() || (() => { throw new Error('none'); })();`,
  stackHook: `Error.prepareStackTrace = (e, s) => s; return new Error('x').stack;`,
  captureStack: `Error.captureStackTrace({}); return 1;`,
  // nondeterminism and code generation
  date: `return Date.now();`,
  newDate: `return new Date().getTime();`,
  random: `return Math.random();`,
  timers: `setTimeout(() => storage.put('late', 'x'), 0); return 1;`,
  promise: `Promise.resolve().then(() => storage.put('late', 'x')); return 1;`,
  evalIndirect: `return globalThis['ev' + 'al']('1 + 1');`,
  wasm: `return WebAssembly.Module;`,
  sab: `return new SharedArrayBuffer(8);`,
  atomics: `return Atomics.add;`,
  intl: `return Intl.DateTimeFormat().resolvedOptions().timeZone;`,
  locale: `return (1234.5).toLocaleString();`,
  weakRef: `return new WeakRef({});`,
  // resources
  infiniteLoop: `storage.put('x', 'y'); while (true) {}`,
  swallowedLoop: `for (;;) { try { while (true) {} } catch (e) {} }`,
  finallyLoop: `for (;;) { try { while (true) {} } finally { continue; } }`,
  recursion: `storage.put('x', 'y'); const f = (n) => f(n + 1) + 1; return f(0);`,
  caughtRecursion: `const f = (n) => { try { return f(n + 1); } catch (e) { return f(n + 1); } }; return f(0);`,
  memoryBomb: `storage.put('x', 'y'); const a = []; for (;;) a.push(new Array(1e6).fill(1.5));`,
  hugeString: `return 'x'.repeat(2 ** 30);`,
  hugeArray: `const a = new Array(2 ** 32); return a.length;`,
  hugeJoin: `return new Array(1e8).join('xxxxxxxx').length;`,
  // tampering that would leak into the next call
  arrayProto: `Array.prototype.push = function () { return 0; }; return 1;`,
  objectProto: `Object.prototype.polluted = 'yes'; return 1;`,
  defineProto: `Object.defineProperty(Array.prototype, 'map', { value: () => [] }); return 1;`,
  globalVar: `globalThis.leak = 1; return 1;`,
  storageApi: `storage.get = () => 'fake'; return 1;`,
  jsonTamper: `JSON.stringify = () => 'fake'; return 1;`,
  bigNumberTamper: `BigNumber.prototype.plus = () => 0; return 1;`,
};
const expected: Record<string, RegExp> = {
  process: /no process|process is not defined/,
  require: /require\("fs"\) is not available/,
  ctorChain: /code generation from strings is forbidden/,
  fnCtor: /code generation from strings is forbidden/,
  arrowCtor: /code generation from strings is forbidden/,
  hostRefs: /^none$/,
  stackHook: /object is not extensible|Cannot add property|read only/,
  captureStack: /not a function/,
  date: /Date is not defined/,
  newDate: /Date is not defined/,
  random: /not a function/,
  timers: /setTimeout is not defined/,
  promise: /Promise is not defined/,
  evalIndirect: /not a function/,
  wasm: /WebAssembly is not defined/,
  sab: /SharedArrayBuffer is not defined/,
  atomics: /Atomics is not defined/,
  intl: /Intl is not defined/,
  locale: /not a function/,
  weakRef: /WeakRef is not defined/,
  infiniteLoop: /^out of gas$/,
  swallowedLoop: /^out of gas$/,
  finallyLoop: /^out of gas$/,
  recursion: /JavaScript call stack exceeded/,
  caughtRecursion: /JavaScript call stack exceeded/,
  memoryBomb: /out of memory|out of gas/,
  hugeString: /Invalid string length|out of memory|out of gas/,
  hugeArray: /Invalid array length/,
  hugeJoin: /Invalid string length|out of memory|out of gas/,
  arrayProto: /read only|not extensible/,
  objectProto: /not extensible|Cannot add property/,
  defineProto: /Cannot redefine property|not extensible/,
  globalVar: /not extensible|Cannot add property/,
  storageApi: /read only/,
  jsonTamper: /read only/,
  bigNumberTamper: /read only/,
};
const names = Object.keys(attacks);
const code = `class Attack {\n  init() {}\n${names.map((n) => `  ${n}() { ${attacks[n]} }`).join('\n')}\n  probe() { const a = []; a.push(1); return [a.length, ({}).polluted, typeof globalThis.leak, storage.get('x'), JSON.stringify([1]), new BigNumber(1).plus(1).toString(), [1].map((x) => x + 1)]; }\n}\nmodule.exports = Attack;`;
const id = deploy(vm, code, [...names.map((n) => [n] as [string]), ['probe']]);
const PRISTINE = JSON.stringify([1, null, 'undefined', null, '[1]', '2', [2]]);

describe('attack set: clean error, state unchanged, next call pristine', () => {
  test.each(names)('%s', (name) => {
    const before = snapshot(vm);
    const r = call(vm, id, name, [], ['alice'], 50_000_000);
    expect(r.status).toBe('error');
    expect(r.error).toMatch(expected[name]!);
    expect(r.receipts).toEqual([]);
    expect(snapshot(vm)).toBe(before);
    expect(call(vm, id, 'probe').returns).toEqual([PRISTINE]);
  });
  test('a late callback never reaches state', () => {
    expect(vm.cache.has(keys.value(id, 'late'))).toBe(false);
    expect(vm.cache.has(keys.value(id, 'x'))).toBe(false);
  });
});
