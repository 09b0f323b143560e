/**
 * Contracts written to reach every branch of polyvm's IOST printer (src/jsvm/iost-print.ts) and
 * of the gas insertion (src/jsvm/iost-compiled.ts): statements without braces, every loop,
 * switch with blocks, labels, nested conditionals, arrows with expression bodies, templates,
 * spreads, classes, object and array layouts, string escapes, number forms, operator spacing,
 * compound assignments, comments and CRLF line ends. Their expected text comes from go-iost's
 * own inject_gas.js run on them (test/jsvm/iost-compiled.test.ts).
 */
const CLASS_END = '\nmodule.exports = C;\n';

export const PRINT_CASES: Record<string, string> = {
  statements: `'use strict';
// a comment, dropped
class C {
  init() { storage.put('a', '1') }
  ifs(a, b) {
    if (a) b = 1; else if (b) b = 2; else b = 3
    if (a) { b++ } else b--
    if (a) ; else { }
    if (!a) return b
    return a ? b : (a, b)
  }
  loops(n) {
    let s = 0, t = 1;
    for (let i = 0; i < n; i++) s += i;
    for (;;) break;
    for (const k in { a: 1 }) s += k.length;
    for (const v of [1, 2, , 3]) { s = s + v }
    for (var x = ('a' in {}) ? 1 : 2; x < 3; x += 1) continue;
    while (s > 100) s -= 10;
    do s++; while (s < 10)
    do { s++ } while (s < 20);
    outer: for (let i = 0; i < 2; i++) { inner: while (true) { break outer; } }
    return s * t;
  }
  sw(x) {
    switch (x) {
      case 1: { return 'one'; }
      case 2:
      case 3: x++; break;
      default: x = -x;
    }
    switch (x) {}
    return x;
  }
  errs(x) { if (x) throw new Error('bad ' + x); }
}${CLASS_END}`,
  expressions: `class C {
  init() {}
  ops(a, b) {
    let c = a + b * 2 - (a - b) / 3 % 4 ** 2;
    c += 1; c -= 2; c *= 3; c /= 4; c %= 5; c **= 2; c <<= 1; c >>= 1; c >>>= 1; c |= 1; c &= 3; c ^= 2;
    const o = { x: [1] }; o.x[0] += 2; o['x'][c - c] *= 3;
    const d = - -a + +b - ~a + !b + typeof a + void 0 + (delete o.y);
    const e = a && b || !a && !b, f = a == b, g = a !== b, h = a >= b && a <= b || a > b;
    const i = 'k' in o, j = o instanceof Object, k = a++ + ++b + a-- - --b;
    const l = (a, b), m = (1).toString() + 1.5.toFixed(1) + 0x10 + 1e21 + .5 + 1e-7;
    return [c, d, e, f, g, h, i, j, k, l, m].join(',');
  }
  calls(a) {
    const f = (x) => x * 2, g = x => ({ x }), h = (x, y = 1, ...z) => { return x + y + z.length; };
    const q = () => a ? 1 : 2;
    const n = new Array(3), p = new (String)('s'), r = new Object;
    const t = Math.max(...[1, 2], ...[3]), u = [...'ab', a];
    const v = \`a\${a}b\${f(1)}\` + String.raw\`x\${a}\`;
    const w = (function () { return 1; })() + (function named() { return 2; }());
    return [f(1), g(2).x, h(1, 2, 3), q(), n.length, p, r, t, u, v, w].join(';');
  }
  objs() {
    const a = {}, b = { k: 1 }, c = { k: 1, 'l m': 2, [1 + 1]: 3, 4: 5 };
    const d = { f() { return 1; }, get g() { return 2; }, set g(v) {}, h: function () {}, *gen() { yield 1; } };
    const e = { one: { two: { three: [] } } }, f = { fn: () => 1 };
    const g = [], h = [1], i = [[1, 2], { a: 1, b: 2 }], j = [, ], k = [1, , 2];
    return JSON.stringify([a, b, c, d.f(), e, f.fn(), g, h, i, j, k]);
  }
  strs() {
    return ['it\\'s', "say \\"hi\\"", 'both \\' "', 'tab\\tnl\\ncr\\rbs\\\\', '\\u00e9t\\u00e9 \\u4e2d', '\\x01\\x7f\\u2028\\u00a0', '\\0', '\\v\\f\\b', '\\ud83d\\ude00'].join('|');
  }
}${CLASS_END}`,
  classes: `class Base {
  constructor() { this.v = 1; }
  static make() { return new Base(); }
  get value() { return this.v; }
  *gen(n) { for (let i = 0; i < n; i++) yield i; yield* [n]; }
}
class C extends Base {
  init() {}
  run() {
    const x = class extends Base {}, y = class Named {};
    function local(a) { return a; }
    const it = this.gen(2); let s = 0;
    for (const v of it) s += v;
    return local(s) + super.value;
  }
}
const helper = function (a) { return a; };
function top(a) { return helper(a); }
if (top(1)) { top(2); }
${CLASS_END}`,
  crlf: [
    'class C {',
    '  init() {}',
    '  t(a) {',
    '    return `line1',
    'line2 $' + '{a}`;',
    '  }',
    '}',
    'module.exports = C;',
    '',
  ].join('\r\n'),
  nul: "class C {\n  init() {}\n  t() { return 'a\0b'; }\n}\nmodule.exports = C;\n",
  conditional: `class C {
  init() {}
  t(a, b) {
    const x = a ? b ? 1 : 2 : a ? 3 : (b, 4);
    const y = (a ? f => f : g => g)(1);
    if (a ? b : !b) return x;
    return a ? (b ? x : y) : function () { return a ? 1 : 2; }();
  }
}${CLASS_END}`,
  layout: `class C {
  init() {}
  t(a) {
    const n1 = new a.b(), n2 = new (a.f())(), n3 = new a[a.k()](), n4 = new (a.g().h)(1);
    const m = 1..toString() + 10 .toFixed(0) + (-1).toString();
    if (a.map(function (x) { if (x) { return { p: 1, q: 2 }; } return x; }).length) { a.k(); }
    while ({ p: function () { return 1; } }.p()) break;
    var f = function () { return { a: 1, b: [1, 2] }; }, g = () => { return 1; };
    let k; for (k in a) a[k]--; for (a.x of [1]) ;
    lbl: { break lbl; }
    return [n1, n2, n3, n4, m, f, g];
  }
}${CLASS_END}`,
};
