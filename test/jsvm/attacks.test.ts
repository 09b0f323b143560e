/**
 * The attack set: each attempt ends in a clean error (a value, not a crash) with state
 * unchanged, and the engine keeps serving calls afterwards.
 */
import { describe, expect, test } from 'vitest';
import { keys } from '../../src/jsvm/keys.js';
import { abiOf, call, deploy, type Method, makeVm, snapshot } from './helpers.js';

const RECURSIONS: Record<string, string> = {
  viaGetter: `const mk = (n) => ({ get v() { return mk(n + 1).v + 1; } }); return mk(0).v;`,
  viaSetter: `const mk = (n) => ({ set v(x) { mk(n + 1).v = x; } }); mk(0).v = 1;`,
  viaValueOf: `const mk = (n) => ({ valueOf() { return mk(n + 1) + 1; } }); return mk(0) + 0;`,
  viaToString: `const mk = (n) => ({ toString() { return String(mk(n + 1)); } }); return String(mk(0));`,
  viaTemplate: `const mk = (n) => ({ toString() { return \`\${mk(n + 1)}\`; } }); return \`\${mk(0)}\`;`,
  viaIndexOf: `const mk = (n) => ({ toString() { return 'a'.indexOf(mk(n + 1)) + 'a'; } }); return 'a'.indexOf(mk(0));`,
  viaMap: `const f = (n) => [n].map(() => f(n + 1))[0]; return f(0);`,
  viaForEach: `const f = (n) => { let r = 0; [n].forEach(() => { r = f(n + 1); }); return r; }; return f(0);`,
  viaSort: `const f = (n) => { let r = 0; [2, 1].sort((a, b) => { if (!r) r = f(n + 1); return a - b; }); return r; }; return f(0);`,
  viaToJSON: `const mk = (n) => ({ toJSON() { return JSON.parse(JSON.stringify(mk(n + 1))); } }); return JSON.stringify(mk(0));`,
  viaReplacer: `const f = (n) => JSON.stringify({ a: 1 }, (k, v) => (k === 'a' ? f(n + 1) : v)); return f(0);`,
  viaReplaceFn: `const f = (n) => 'a'.replace('a', () => f(n + 1)); return f(0);`,
  viaConstructor: `class A { constructor(n) { new A(n + 1); } } return new A(0);`,
  viaGenerator: `function* g(n) { yield* g(n + 1); } return [...g(0)].length;`,
  viaGeneratorNext: `function* g(n) { g(n + 1).next(); yield 1; } return g(0).next().value;`,
  viaIterator: `const mk = (n) => ({ [Symbol.iterator]() { for (const x of mk(n + 1)); return [][Symbol.iterator](); } }); for (const x of mk(0)); return 1;`,
  viaBind: `const f = (n) => f.bind(null, n + 1)() + 1; return f(0);`,
  viaApply: `const f = (n) => f.apply(null, [n + 1]) + 1; return f(0);`,
};
const RECURSION_METHODS = Object.keys(RECURSIONS).map((n) => [n] as [string]);

const vm = makeVm({ memoryLimitMb: 32, timeLimitMs: 1_000 });
const attacks: Record<string, string> = {
  // escape to the host
  process: `return typeof process === 'undefined' ? (() => { throw new Error('no process'); })() : process.pid;`,
  require: `return require('fs');`,
  ctorChain: `return this.constructor.constructor('return process')();`,
  fnCtor: `return (function () {}).constructor('return 1')();`,
  arrowCtor: `const F = (() => 1).constructor; return F('return 1')();`,
  hostRefs: `return Object.getOwnPropertyNames(globalThis).filter((n) => ['ivm', 'pvm', 'isolated', 'iost'].filter((w) => n.toLowerCase().indexOf(w) >= 0 && n !== 'IOSTCrypto').length > 0).join() || (() => { throw new Error('none'); })();`,
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
  // built-ins whose cost cannot be metered, gone as IOST's environment.js removes them
  regexp: `return new RegExp('(a+)+$').test('a'.repeat(40) + 'b');`,
  search: `return ('a'.repeat(40) + 'b').search('(a+)+$');`,
  map: `return new Map([[1, 2]]).size;`,
  typedArray: `return new Uint8Array(8).length;`,
  reflect: `return Reflect.ownKeys({});`,
  proxy: `return new Proxy({}, {});`,
  bigint: `return BigInt(2) ** BigInt(100000);`,
  bigNumberState: `return typeof new BigNumber(5)._c === 'undefined' ? (() => { throw new Error('no state'); })() : 1;`,
  originalArray: `const species = Object.getOwnPropertySymbols(Array)[0]; return Object.getOwnPropertyDescriptor(Array, species).get.call(Array)(1e6);`,
  setPrototype: `return Object.setPrototypeOf({}, null);`,
  protoSetter: `const o = {}; o.__proto__ = null; return 1;`,
  deepPrototypes: `let p = {}; for (let i = 0; i < 100; i++) p = Object.create(p); return 1;`,
  deepConstructors: `let p = {}; for (let i = 0; i < 100; i++) { function F() {} F.prototype = p; p = new F(); } return 1;`,
  functionSource: `return String(storage.put).indexOf('charge') >= 0 ? 'leak' : (() => { throw new Error('no source'); })();`,
  // resources
  infiniteLoop: `storage.put('x', 'y'); while (true) {}`,
  recursion: `storage.put('x', 'y'); const f = (n) => f(n + 1) + 1; return f(0);`,
  memoryBomb: `storage.put('x', 'y'); const a = []; for (;;) a.push(new Array(1e6));`,
  stringBomb: `let s = 'x'; for (;;) s = s + s;`,
  joinBomb: `const a = []; for (let i = 0; i < 1000; i++) a.push('x'.repeat(10000)); const b = []; for (;;) b.push(a.join(''));`,
  hugeString: `return 'x'.repeat(2 ** 30);`,
  hugeArray: `const a = new Array(2 ** 32); return a.length;`,
  hugeJoin: `return new Array(1e8).join('xxxxxxxx').length;`,
  // tampering that would leak into the next call
  // Built-ins a contract changes stay changed for the rest of its call (as on IOST) and are put
  // back when it ends: each change is checked in effect, then the call fails.
  arrayProto: `Array.prototype.push = function () { return 0; }; const a = []; a.push(1); throw 'kept ' + a.length;`,
  objectProto: `Object.prototype.polluted = 'yes'; throw 'kept ' + ({}).polluted;`,
  defineProto: `Object.defineProperty(Array.prototype, 'map', { value: () => [] }); return 1;`,
  globalVar: `globalThis.leak = 1; return 1;`,
  storageApi: `storage.get = () => 'fake'; return 1;`,
  jsonTamper: `JSON.stringify = () => 'fake'; throw 'kept ' + JSON.stringify([1]);`,
  toJsonTamper: `Object.prototype.toJSON = () => 'forged'; const r = blockchain.call(blockchain.contractName(), 'probe', '[]'); throw 'kept ' + JSON.stringify({}) + ' ' + r.length;`,
  iteratorTamper: `const p = Object.getPrototypeOf([][Symbol.iterator]()); p.next = () => ({ done: true }); throw 'kept ' + [...[1, 2]].length;`,
  bigNumberTamper: `BigNumber.prototype.plus = () => 0; return 1;`,
};
const expected: Record<string, RegExp> = {
  process: /no process|process is not defined/,
  require: /require\("fs"\) is not available/,
  ctorChain: /Code generation from strings disallowed/,
  fnCtor: /Code generation from strings disallowed/,
  arrowCtor: /Code generation from strings disallowed/,
  hostRefs: /^none$/,
  stackHook: /object is not extensible|Cannot add property|read only/,
  captureStack: /not a function/,
  date: /Date is not defined/,
  newDate: /Date is not defined/,
  random: /not a function/,
  timers: /setTimeout is not defined/,
  promise: /Promise is not defined/,
  evalIndirect: /Code generation from strings disallowed/,
  wasm: /WebAssembly is not defined/,
  sab: /SharedArrayBuffer is not defined/,
  atomics: /Atomics is not defined/,
  intl: /Intl is not defined/,
  locale: /not a function/,
  weakRef: /WeakRef is not defined/,
  regexp: /RegExp is not defined/,
  search: /search is not a function/,
  map: /Map is not defined/,
  typedArray: /Uint8Array is not defined/,
  reflect: /Reflect is not defined/,
  proxy: /Proxy is not defined/,
  bigint: /BigInt is not defined/,
  bigNumberState: /^no state$/,
  originalArray: /is not a function/,
  setPrototype: /setPrototypeOf is not a function/,
  protoSetter: /which has only a getter/,
  deepPrototypes: /prototype chain longer than 32 objects/,
  deepConstructors: /prototype chain longer than 32 objects/,
  functionSource: /^no source$/,
  infiniteLoop: /^out of gas$/,
  recursion: /JavaScript call stack exceeded/,
  // Under this set's 50,000,000 gas and 32 MiB heap either may come first; under the defaults
  // gas comes first (gas.test.ts).
  memoryBomb: /^out of gas$|^out of memory/,
  stringBomb: /^out of gas$/,
  joinBomb: /^out of gas$|^out of memory/,
  hugeString: /^out of gas$/,
  hugeArray: /Invalid array length/,
  hugeJoin: /^out of gas$/,
  arrayProto: /^kept 0$/,
  objectProto: /^kept yes$/,
  defineProto: /^Object.defineProperty of a built-in is not supported: assign to it instead$/,
  globalVar: /not extensible|Cannot add property/,
  storageApi: /read only/,
  jsonTamper: /^kept fake$/,
  toJsonTamper: /^kept "forged" 1$/,
  iteratorTamper: /^kept 0$/,
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

/**
 * Attacks on the meter itself (issue 11, finding 2): each one defeated the metering or the
 * stack limit before the meter moved into bindings no contract can name. Each ends in the
 * deterministic outcome shown, the same on every machine and every run.
 */
describe('the meter cannot be reached', () => {
  const DEFAULT = 4_000_000;
  const meterVm = makeVm({ memoryLimitMb: 32, timeLimitMs: 1_000 });
  const deployed = (code: string, methods: Method[]) => deploy(meterVm, code, methods);
  const run = (id: string, method: string, args: unknown[] = [], gas?: number) =>
    call(meterVm, id, method, args, ['alice'], gas);
  // The module's top-level `arguments[0]` was the meter object: `M.g = 0` ran for free.
  const grab = `const M = typeof arguments === 'object' ? arguments[0] : undefined;\nconst meter = () => M !== null && typeof M === 'object' && 'g' in M;\n`;
  const reacher = deployed(
    `${grab}class R { init() {}
      spin() { for (let i = 0; i < 1e7; i++) { if (meter()) M.g = 0; } return 'free'; }
      unlimited() { if (meter()) M.l = Infinity; for (;;) {} }
      zero() { if (meter()) M.g = 0; return 1; }
      spend(z) { for (let i = 0; i < 200; i++) blockchain.call(z, 'zero', []); return 'free'; }
      negativeDepth() { if (meter()) M.d = -1e9; const f = (n) => f(n + 1) + 1; return f(0); }
    }\nmodule.exports = R;`,
    [['spin'], ['unlimited'], ['zero'], ['spend', ['string']], ['negativeDepth']],
  );

  test('top-level arguments[0] does not reset gas: the loop runs out of gas', () =>
    expect(run(reacher, 'spin')).toMatchObject({ status: 'error', error: 'out of gas', gasUsed: DEFAULT }));
  test('the limit cannot be raised: out of gas, not the clock', () =>
    expect(run(reacher, 'unlimited', [], 200_000)).toMatchObject({
      status: 'error',
      error: 'out of gas',
      gasUsed: 200_000,
    }));
  test("a callee cannot zero its caller's gas: 200 nested calls pay 200 call fees", () =>
    expect(run(reacher, 'spend', [reacher])).toMatchObject({
      status: 'error',
      error: 'out of gas',
      gasUsed: DEFAULT,
    }));
  test('the stack limit cannot be moved: our error at the same depth, never V8 own', () => {
    const a = run(reacher, 'negativeDepth');
    expect(a.error).toMatch(/^JavaScript call stack exceeded/);
    expect(run(reacher, 'negativeDepth')).toEqual(a);
  });

  test.each([
    [
      'injected names',
      `class C { init() { _IOSTInstruction_counter.incr(-1); } }`,
      /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/,
    ],
    [
      'a shadowing declaration',
      `class C { init() { const _IOSTg = 0; return _IOSTg; } }`,
      /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/,
    ],
    [
      'try/catch around a stack overflow',
      `class C { init() {} f() { const g = (n) => { try { return g(n + 1); } catch (e) { return n; } }; return g(0); } }`,
      /use of try catch is not supported/,
    ],
    [
      'finally around a loop',
      `class C { init() { for (;;) { try { while (true) {} } finally { continue; } } } }`,
      /use of try catch is not supported/,
    ],
    [
      'a regular expression',
      `class C { init() { return /(a+)+$/.test('a'.repeat(40) + 'b'); } }`,
      /use of RegularExpression is not allowed\./,
    ],
    ['a BigInt literal', `class C { init() { return 2n ** 100000n; } }`, /use of BigInt is not supported/],
  ])('deploy refuses %s (IOST inject_gas.js rules)', (_what, code, message) => {
    const before = snapshot(meterVm);
    expect(() =>
      meterVm.deploy({ code: `${code}\nmodule.exports = C;`, abi: abiOf([]), signers: ['alice'] }),
    ).toThrow(message);
    expect(snapshot(meterVm)).toBe(before);
  });

  // Recursion through every path that adds native or prelude frames beneath a contract frame
  // (getters, setters, conversions, callbacks of built-ins, toJSON, iterators, generators):
  // each level costs V8 80-1,500 bytes of stack, less than polyvm charges, so polyvm's limit
  // comes first, well before V8's own.
  // Recursion that V8 used to end at a machine-dependent depth with its own RangeError.
  const deep = deployed(
    `class D { init() {}
      viaDefaults() { const f = (a = f()) => a; return f(); }
      viaSpread() { const a = new Array(100000); const f = (...x) => f(...x); return f(...a); }
      viaStringify() { let a = []; for (let i = 0; i < 100000; i++) a = [a]; return JSON.stringify(a).length; }
      viaJoin() { let a = []; for (let i = 0; i < 100000; i++) a = [a]; return String(a).length; }
      viaReviver() { const t = '['.repeat(100000) + ']'.repeat(100000); return JSON.parse(t, (k, v) => v).length; }
${Object.entries(RECURSIONS)
  .map(([name, body]) => `      ${name}() { ${body} }`)
  .join('\n')}
    }\nmodule.exports = D;`,
    [['viaDefaults'], ['viaSpread'], ['viaStringify'], ['viaJoin'], ['viaReviver'], ...RECURSION_METHODS],
  );
  test.each([
    'viaDefaults',
    'viaSpread',
    'viaStringify',
    'viaJoin',
    'viaReviver',
    ...Object.keys(RECURSIONS),
  ])('deep recursion %s stops at our limit, deterministically', (method) => {
    const a = run(deep, method, [], 50_000_000);
    expect(a.status).toBe('error');
    expect(a.error).toBe('JavaScript call stack exceeded: more than 800 KiB of stack');
    expect(run(deep, method, [], 50_000_000)).toEqual(a);
  });

  test('a call the clock stops is charged its whole gas limit', () => {
    const slowVm = makeVm({ timeLimitMs: 100 });
    const id = deploy(
      slowVm,
      `class S { init() {} spin() { storage.put('x', 'y'); for (;;) {} } }\nmodule.exports = S;`,
      [['spin']],
    );
    const before = snapshot(slowVm);
    expect(call(slowVm, id, 'spin', [], ['alice'], 1e12)).toMatchObject({
      status: 'error',
      error: 'execution killed: time limit of 100 ms exceeded',
      gasUsed: 1e12,
    });
    expect(snapshot(slowVm)).toBe(before);
    slowVm.close();
  });

  test('a contract that allocates hugely runs out of gas before the heap limit', () => {
    const id = deployed(
      `class M { init() {} grow() { const a = []; for (let i = 0; i < 200; i++) a.push(new Array(65536)); return a.length; } }\nmodule.exports = M;`,
      [['grow']],
    );
    expect(run(id, 'grow')).toMatchObject({ status: 'error', error: 'out of gas', gasUsed: DEFAULT });
  });
});
