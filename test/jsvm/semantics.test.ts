/**
 * Metering changes no result: each snippet runs raw in Node (the oracle: V8's own semantics,
 * strict mode) and instrumented in the sandbox, with the metered built-ins, and both give the
 * same JSON. The snippets aim at what the rewrite touches: operator conversions and their
 * order, `x++` and `op=` on names, members and getters, templates, spreads in calls, `new` and
 * `super`, default parameters, switch, for-in, classes, and the built-ins replaced by metered
 * versions (sort, join, split, replace, concat, JSON, slice/splice, conversions of arguments).
 */
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

const corpus: Record<string, string> = {
  arithmetic: `const log = []; const o = { valueOf() { log.push('v'); return 2; }, toString() { log.push('s'); return 'x'; } };
    return [o + 1, o - 1, \`\${o}\`, o * '3', '5' * '2', 1 + '2', o == 2, o === o, o < 3, '10' < '9', 10 < 9, null == undefined,
      null == 0, '' == 0, NaN != NaN, -o, +o, ~o, '1' - -'1', 2 ** 10, 7 % -3, -7 >> 1, -7 >>> 28, 5 & 3 | 8 ^ 1, 1 << 31, log];`,
  toPrimitive: `const log = []; const p = { [Symbol.toPrimitive](h) { log.push(h); return h === 'number' ? 7 : 'p'; } };
    return [p + '', p * 1, p == 'p', p < 8, \`\${p}\`, p != 'q', log];`,
  equality: `const a = 'x'.repeat(100), b = 'x'.repeat(99) + 'x', c = 'x'.repeat(99) + 'y';
    return [a === b, a !== c, a == b, a < c, c > a, a <= b, [1] == '1', null == false, undefined == null, ({}) == '[object Object]'];`,
  updates: `let x = '5'; const a = [x++, x, ++x, x--, --x]; const o = { n: '1' }; o.n++; ++o['n']; let k = 0; const arr = [1, 2]; arr[k++]++;
    let s = 'a'; s += 1; s += 'b'; let m = 10; m -= '3'; m *= 2; m /= 7; m %= 3; m **= 2; let bits = 5; bits <<= 2; bits >>= 1; bits >>>= 1; bits &= 6; bits |= 1; bits ^= 3;
    return [a, o, arr, k, s, m, bits];`,
  getters: `let reads = 0, writes = 0; const g = { get v() { reads++; return 10; }, set v(x) { writes++; this._v = x; } };
    g.v += 5; g.v++; g['v'] *= 2; const log = []; const o = { get a() { log.push('get'); return 1; }, set a(v) { log.push('set' + v); } };
    o.a += (log.push('rhs'), 2); const key = { toString() { log.push('key'); return 'a'; } }; o[key] += 1; o[key]++;
    return [reads, writes, g._v, log];`,
  templates: `const n = 5; const t = (s, ...v) => s.raw.join('|') + v.join(','); return [\`a\${n}b\${n + 1}\`, \`\${[1, 2]}\`, \`\${{}}\`, t\`x\${1}y\${2}z\`, \`plain\`];`,
  spreadCalls: `function f(...a) { return [this === undefined, a.length, a]; } const o = { m(...a) { return [this === o, a]; } };
    return [f(...[1, 2], 3), o.m(...'ab'), o['m'](...[1]), (o.m)(...[]), Math.max(...[1, 5, 3]), new Array(...[3]).length,
      String.fromCharCode(...[104, 105]), [...'héllo'].length, [...[1, , 3]], { ...{ a: 1 }, ...'xy', ...null }, f.apply(null, [1, 2])[1],
      f.call(undefined, 1)[1], f.bind(null, 1)(2)[2]];`,
  superAndNew: `class A { constructor(...a) { this.a = a; } m(...x) { return x.length; } }
    class B extends A { constructor(...a) { super(...a, 'z'); } m(...x) { return super.m(...x, 1) + super['m'](...x); } }
    const b = new B(1, 2); function F() { this.v = 1; } F.prototype.w = 2; const f = new F; const E = class extends Array {};
    const e = new E(); e.push(1, 2);
    return [b.a, b.m(1, 2), f.v, f.w, b instanceof A, e.length, e instanceof Array, e.map((x) => x) instanceof E];`,
  defaults: `function f(a, b = a + 1, c = (() => b * 2)(), d = {k: [a]}) { return [a, b, c, d]; } const g = (x = { k: 1 }) => x.k;
    const h = function (n, m = n > 0 ? h(n - 1) : 0) { return m + n; };
    return [f(1), f(1, 5), f(1, 2, 3), g(), g({ k: 2 }), f.length, h(3)];`,
  control: `const r = []; for (const v of ['a', 'b', 1, '1']) { switch (v) { case 'a': r.push(1); break; case 1: r.push(2); break; default: r.push(3); } }
    const o = { a: 1, b: 2 }; const p = Object.create(o); p.c = 3; const ks = []; for (const k in p) ks.push(k); for (const i in 'xy') ks.push(i);
    let n = 0; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; n++; } }
    let w = 0; while (w < 5) w++; do w += 2; while (w < 10); for (;;) break;
    return [r, ks, n, w];`,
  closuresAndClasses: `function outer() { return inner(); function inner() { return 7; } } const e = () => {}; class C { static s() { return 1; } get v() { return 2; } set v(x) { this._v = x; } m(a = () => 3) { return a(); } #p() { return 4; } q() { return this.#p(); } }
    class D extends C { m() { return super.m() + 1; } } const f = (x) => ({ a: x }); const g = (x) => (x, x + 1); const h = x => [x].map(y => y * 2);
    return [outer(), e(), C.s(), new D().v, new D().m(), new C().q(), f(1), g(2), h(3), typeof C, String(f).length > 0];`,
  sortJoin: `const a = [10, 9, 1, undefined, 'b', 'a', , 2]; const b = a.slice(); b.sort(); const c = [3, 1, 2].sort((x, y) => y - x);
    const objs = [{ toString() { return 'z'; } }, { toString() { return 'y'; } }]; objs.sort(); const cyc = [1, 2]; cyc.push(cyc);
    return [b, b.length, 6 in b, c, objs.map(String), [1, [2, [3]], null, undefined].join('-'), cyc.join(), String([1, [2, 3]]), [].join(), [1, 2].toString()];`,
  strings: `const s = 'a,b,,c'; return [s.split(','), s.split(',', 2), s.split(''), s.split(), 'abc'.split({ [Symbol.split](x, l) { return [x, l]; } }, 3),
    'aXbXc'.replace('X', '[$&|$\`|$\\'|$$|$1]'), 'ab'.replace('b', (m, i, str) => m + i + str), 'ab'.replace('z', 'y'), 'ab'.replace('', '-'),
    'abc'.slice(-2), 'abc'.substring(2, 0), 'abc'.indexOf('c', { valueOf() { return 1; } }), 'aba'.lastIndexOf('a'), 'abc'.includes('b'),
    'abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'ab'.repeat(3), ' x '.trim(), ' x '.trimLeft(), ' x '.trimRight(), 'aß'.toUpperCase(),
    'AB'.toLowerCase(), 'abc'.charAt('1'), 'abc'.charCodeAt({ valueOf() { return 2; } }), 'a'.concat(1, null, [2, 3]), String.fromCodePoint(128512).length];`,
  numbers: `return [Number('12'), Number(' 0x1f '), Number(''), new Number('3') + 1, Number.parseInt('ff', 16), Number.parseFloat('1.5e3x'), isNaN('x'),
    isFinite('12'), Math.max('3', 2), Math.min(), Math.floor('2.7'), Math.pow('2', '3'), Math.abs(-1), (255).toString(16), (1.005).toFixed(2),
    (1234.5678).toPrecision(6), (12345).toExponential('2'), Number.isInteger(5), Number.MAX_SAFE_INTEGER];`,
  arrays: `const a = [1, 2, 3, 4, 5]; const s = a.slice(); const r = s.splice(1, 2, 'x', 'y', 'z');
    return [a.slice(-2), a.slice(1, -1), a.slice({ valueOf() { return 3; } }), r, s, a.indexOf(3), a.indexOf(3, -2), a.lastIndexOf(1, -5), a.includes(NaN),
      [NaN].includes(NaN), a.concat(6, [7, [8]], { length: 1, 0: 'o' }), a.concat({ [Symbol.isConcatSpreadable]: true, length: 2, 0: 'p' }),
      a.filter((x) => x % 2), a.map((x, i) => x * i), a.find((x) => x > 3), a.findIndex((x) => x > 3), a.every((x) => x > 0),
      [3, 1].reverse(), [1, 2].shift(), [1].unshift(0, -1), [...a.keys()], Array.isArray(a), new Array(3).length, Array(2, 3), [1, 2, 3].pop()];`,
  json: `const o = { b: 1, a: [1, 'x', null, undefined, () => 1, { toJSON(k) { return 'J' + k; } }], n: NaN, u: undefined, d: { e: {} }, 2: 'two', s: new String('S'), num: new Number(5) };
    return [JSON.stringify(o), JSON.stringify(o, null, 2), JSON.stringify(o, ['a', 'b', '2']), JSON.stringify(o, (k, v) => (typeof v === 'number' && k !== 'num' ? v + 1 : v), '--'),
      JSON.stringify('s"\\u0001'), JSON.stringify(undefined), JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]], null, 1),
      JSON.parse('{"a":[1,{"b":2}],"c":"d"}', function (k, v) { return typeof v === 'number' ? v * 10 : k === 'c' ? undefined : v; }),
      JSON.parse(' [1, "2", {"x": null}] ')];`,
  objects: `const src = { a: 1, b: 2 }; const t = Object.assign({}, src, 'xy', null); const fe = Object.fromEntries([['k', 1], ['l', 2]]);
    const frozen = Object.freeze({ q: 1 }); const c = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } });
    return [t, fe, Object.keys(src), Object.values(src), Object.entries(src), Object.isFrozen(frozen), c.own, c.inherited, Object.keys('ab'),
      Object.getOwnPropertyNames([1]), Object.getPrototypeOf(c) !== null, Object.keys(Object.getOwnPropertyDescriptors(src))];`,
  // Generators (go-iost accepts them and charges YieldExpression): yields, values sent in,
  // return() and throw() on suspended generators, yield*, generator methods, spread.
  generators: `function* range(n) { let i = 0; while (i < n) yield i++; }
    function* echo() { const got = []; let v = yield 'first'; while (v !== 'stop') { got.push(v); v = yield v * 2; } return got; }
    const e = echo(); const sent = [e.next('ignored'), e.next(1), e.next(2), e.next('stop'), e.next()];
    function* inner() { yield 'a'; yield 'b'; return 'r'; } function* outer() { const r = yield* inner(); yield r; yield* [1, 2]; }
    const early = range(10); early.next(); const ret = early.return(7);
    function* thrower() { yield 1; yield 2; } const t = thrower(); t.next(); let threw = 0; const after = t.next();
    const o = { *m(k) { yield k; yield k + 1; } }; const words = [];
    for (const w of outer()) words.push(w);
    function* empty() {} const noArg = (function* () { const x = yield; return x; })(); noArg.next();
    return [[...range(5)], sent, words, ret, early.next(), after, threw, [...o.m(3)], [...empty()], noArg.next(9), Math.max(...range(4))];`,
};

const names = Object.keys(corpus);
const vm = makeVm();
const code = `class Semantics {\n  init() {}\n${names.map((n) => `  ${n}() { return JSON.stringify((() => { ${corpus[n]} })()); }`).join('\n')}\n}\nmodule.exports = Semantics;`;
const id = deploy(
  vm,
  code,
  names.map((n) => [n] as [string]),
);

/**
 * IOST compares strictly for `==` and `!=` (go-iost vm.js `_IOSTBinaryOp`: '==' is
 * `left === right`, '!=' is `left !== right`): the oracle runs the snippet so rewritten.
 */
const asIost = (src: string) => src.replace(/ == /g, ' === ').replace(/ != /g, ' !== ');

describe('metered code gives the results of raw V8 (with IOST strict ==)', () => {
  test.each(names)('%s', (name) => {
    const raw = JSON.stringify(
      new Function(`'use strict'; return (() => { ${asIost(corpus[name]!)} })();`)(),
    );
    const r = call(vm, id, name, [], ['alice'], 50_000_000);
    expect(r.error).toBeUndefined();
    expect(r.returns).toEqual([raw]);
  });
});
