import { describe, expect, test } from 'vitest';
import { instrument, MAX_JS_FRAMES } from './instrument.js';

/** Runs a module's `run()` export with a meter; `Function` here is the test's oracle, not the sandbox. */
function evaluate(source: string, limit = 1e12) {
  const m = { g: 0, l: limit, d: 0, f: null as Error | null };
  const oog = () => {
    m.f ??= new Error('out of gas');
    throw m.f;
  };
  const deep = () => {
    m.f ??= new Error('deep');
    throw m.f;
  };
  const module = { exports: {} as { run?: () => unknown } };
  new Function('__pvm_m', '__pvm_oog', '__pvm_deep', 'module', `'use strict';\n${source}`)(
    m,
    oog,
    deep,
    module,
  );
  return { value: JSON.stringify(module.exports.run!()), gas: m.g, depth: m.d };
}

const corpus: Record<string, string> = {
  arrows:
    'const f = (x) => ({ a: x }); const g = (x) => (x, x + 1); const h = x => [x].map(y => y * 2); module.exports.run = () => [f(1), g(2), h(3)];',
  emptyBodies:
    'function e() {} const a = () => {}; class C { m() {} } module.exports.run = () => [e(), a(), new C().m()];',
  loopsWithoutBraces:
    'module.exports.run = () => { let s = 0; for (let i = 0; i < 5; i++) s += i; for (const x of [1, 2]) s += x; for (const k in { a: 1 }) s += k.length; while (s < 30) s++; do s++; while (s < 33); return s; };',
  labels:
    'module.exports.run = () => { let n = 0; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; n++; } } return n; };',
  hoisting:
    'function outer() { return inner(); function inner() { return 7; } } module.exports.run = () => outer();',
  classes:
    'class A { static s() { return 1; } get v() { return 2; } set v(x) { this._v = x; } m(a = () => 3) { return a(); } } class B extends A { m() { return super.m() + 1; } } module.exports.run = () => [A.s(), new B().v, new B().m()];',
  tryCatch:
    'module.exports.run = () => { try { throw new Error("x"); } catch { return "caught"; } finally { } };',
  switchEtc:
    'module.exports.run = () => { const o = { a: { b: 1 } }; let r; switch (o?.a?.b) { case 1: r = `t$' +
    '{1}`; break; default: r = null; } const [p, ...q] = [1, 2, 3]; return [r, p, q, { ...o }.a.b ?? 0]; };',
};

describe('instrument', () => {
  test.each(Object.entries(corpus))(
    '%s: same results as the raw source, with gas charged',
    (_name, source) => {
      const raw = evaluate(source.replace(/__pvm/g, 'x'));
      const metered = evaluate(instrument(source));
      expect(metered.value).toBe(raw.value);
      expect(metered.gas).toBeGreaterThan(0);
      expect(metered.depth).toBe(0);
    },
  );
  test('gas is a pure function of the source and inputs', () => {
    const src = instrument(corpus.loopsWithoutBraces!);
    expect(evaluate(src).gas).toBe(evaluate(src).gas);
  });
  test('a loop charges per iteration', () => {
    const src = (n: number) =>
      instrument(
        `module.exports.run = () => { let s = 0; for (let i = 0; i < ${n}; i++) { s += i; } return s; };`,
      );
    const g10 = evaluate(src(10)).gas;
    const g20 = evaluate(src(20)).gas;
    expect(g20 - g10).toBe(10 * (evaluate(src(2)).gas - evaluate(src(1)).gas));
  });
  test('out of gas cannot be swallowed by catch or finally', () => {
    const src = instrument(
      'module.exports.run = () => { for (;;) { try { while (true) {} } catch (e) {} } };',
    );
    expect(() => evaluate(src, 10_000)).toThrow('out of gas');
  });
  test(`recursion deeper than ${MAX_JS_FRAMES} frames stops deterministically`, () => {
    const src = instrument(
      'const f = (n) => { try { return f(n + 1); } catch (e) { return n; } }; module.exports.run = () => f(0);',
    );
    expect(() => evaluate(src)).toThrow('deep');
  });
});
