/**
 * Deterministic gas for built-ins (issue 11, finding 3; issue 16): each is charged by the
 * formula go-iost's environment.js / vm.js gives it (polyvm's where IOST meters nothing),
 * restated here from those files, not read from the engine. A built-in's gas is measured as the difference between a
 * call that prepares its input and one that prepares it and calls the built-in; the formula
 * must account for that difference exactly at two input sizes. And under the default limits
 * (64 MiB heap, 4,000,000 gas) a contract that allocates without end runs out of gas before
 * it reaches the heap limit.
 */
import { describe, expect, test } from 'vitest';
import { GAS } from '../../src/jsvm/index.js';
import { call, deploy, makeVm } from './helpers.js';

const floor = Math.floor;

// [input prepared from n, the built-in call on it, its gas for that n]. Prices of go-iost
// vm/v8vm/v8/libjs/environment.js (String, Array, JSON.parse; each incr truncated) and vm.js
// (_IOSTBinaryOp, _IOSTSpreadElement); Object.* and JSON.stringify, which IOST leaves
// unmetered, at polyvm's price; polyvm's surcharges (iost-gas.ts SURCHARGE) for Array(n),
// split and join (of numbers) beyond 1,024 elements.
const str01 = (n: number) => floor(1 + n * 0.1);
const beyond = (n: number, rate: number) => (n > 1024 ? (n - 1024) * rate : 0);
const cases: Record<string, [string, string, (n: number) => number]> = {
  'String.prototype.indexOf': [`const s = 'a'.repeat(n)`, `s.indexOf('b')`, str01],
  'String.prototype.includes': [`const s = 'a'.repeat(n)`, `s.includes('b')`, str01],
  'String.prototype.split': [`const s = 'a'.repeat(n)`, `s.split('')`, (n) => str01(n) + beyond(n, 2)],
  'String.prototype.replace': [`const s = 'a'.repeat(n)`, `s.replace('a', 'b')`, str01],
  'String.prototype.repeat': [`const s = 'ab'`, `s.repeat(n)`, (n) => str01(2 * n)],
  'String.prototype.toUpperCase': [`const s = 'a'.repeat(n)`, `s.toUpperCase()`, str01],
  'string + (concatenation)': [`const s = 'a'.repeat(n)`, `s + 'x'`, (n) => n + 1],
  'string === (equal lengths)': [`const s = 'a'.repeat(n), t = 'a'.repeat(n)`, `s === t`, (n) => 2 * n],
  'Array(n)': [`const k = n`, `Array(k)`, (n) => floor(1 + n * 0.2) + beyond(n, 1)],
  'Array.prototype.slice': [`const a = Array(n)`, `a.slice()`, (n) => floor(1 + n * 10)],
  'Array.prototype.indexOf': [`const a = Array(n)`, `a.indexOf(1)`, (n) => floor(1 + n * 0.2)],
  'Array.prototype.join': [
    `const a = []; for (let i = 0; i < n; i++) a.push(i)`,
    `a.join()`,
    (n) => 1 + n + beyond(n, 5),
  ],
  'Array.prototype.sort (default order)': [
    `const a = []; for (let i = 0; i < n; i++) a.push(i)`,
    `a.sort()`,
    (n) => 1 + n,
  ],
  'spread [...a]': [`const a = Array(n)`, `[...a]`, (n) => n],
  'Object.keys': [
    `const o = {}; for (let i = 0; i < n; i++) o['k' + i] = 1`,
    `Object.keys(o)`,
    (n) => 1 + n * GAS.enumeratedKey,
  ],
  'JSON.parse': [`const t = '[' + '0,'.repeat(n) + '0]'`, `JSON.parse(t)`, (n) => 10 + 2 * n + 3],
  // json.js: per element str() 56 (a hole gives 'null'), the array 16 + 24 n, join 1 + n, then
  // its text (5 n + 1 characters) once in str() and twice at the end.
  'JSON.stringify': [`const a = Array(n)`, `JSON.stringify(a)`, (n) => 56 * n + 24 * n + n + 3 * (5 * n + 1)],
};

const names = Object.keys(cases);
const vm = makeVm();
const method = (i: number, use: boolean) => `m${i}${use ? 'use' : 'prep'}`;
const code = `class G {\n  init() {}\n${names
  .map((name, i) => {
    const [prep, op] = cases[name]!;
    return `  ${method(i, false)}(n) { ${prep}; return 0; }\n  ${method(i, true)}(n) { ${prep}; const r = ${op}; return 0; }`;
  })
  .join('\n')}\n}\nmodule.exports = G;`;
const id = deploy(
  vm,
  code,
  names.flatMap((_, i) => [
    [method(i, false), ['number']] as [string, string[]],
    [method(i, true), ['number']] as [string, string[]],
  ]),
);
const gas = (m: string, n: number) => {
  const r = call(vm, id, m, [n], ['alice'], 100_000_000);
  if (r.status !== 'success') throw new Error(`${m}(${n}): ${r.error}`);
  return r.gasUsed;
};

describe('built-ins are charged as go-iost environment.js prices them (and polyvm where IOST does not)', () => {
  test.each(names.map((name, i) => [name, i] as const))('%s', (name, i) => {
    const formula = cases[name]![2];
    const delta = (n: number) => gas(method(i, true), n) - gas(method(i, false), n);
    const [small, large] = [1_000, 10_000];
    expect(delta(large) - delta(small)).toBe(formula(large) - formula(small));
  });
});

describe('under the default limits, endless allocation runs out of gas before the heap limit', () => {
  const bombs: Record<string, string> = {
    objects: `const a = []; for (;;) a.push({ x: 1, y: 2 });`,
    arrays: `const a = []; for (;;) a.push([1.5, 2.5, 3.5]);`,
    preallocated: `const a = []; for (;;) a.push(new Array(16000));`,
    closures: `const a = []; for (;;) a.push(() => a);`,
    strings: `const a = []; for (let i = 0; ; i++) a.push('x'.repeat(1000) + i);`,
    twoByteStrings: `const a = []; for (let i = 0; ; i++) a.push('\\u00e9\\u4e2d'.repeat(500) + i);`,
    splitPieces: `const s = 'ab'.repeat(1000); const a = []; for (;;) a.push(s.split(''));`,
    dictionary: `const o = {}; for (let i = 0; ; i++) o['k' + i] = i;`,
    parsed: `const t = JSON.stringify(Array(1000).join('x').split('')); const a = []; for (;;) a.push(JSON.parse(t));`,
    copies: `const b = []; for (let i = 0; i < 1000; i++) b.push(i); const a = []; for (;;) a.push(b.concat(b));`,
  };
  const bombVm = makeVm();
  const bomb = deploy(
    bombVm,
    `class B {\n  init() {}\n${Object.entries(bombs)
      .map(([n, c]) => `  ${n}() { ${c} }`)
      .join('\n')}\n}\nmodule.exports = B;`,
    Object.keys(bombs).map((n) => [n] as [string]),
  );
  test.each(Object.keys(bombs))('%s', (name) =>
    expect(call(bombVm, bomb, name)).toMatchObject({
      status: 'error',
      error: 'out of gas',
      gasUsed: 4_000_000,
    }),
  );
});
