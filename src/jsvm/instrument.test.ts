/**
 * The instrumenter on its own: what it injects, what it charges, what it refuses. (That metered
 * code computes what raw V8 computes is test/jsvm/semantics.test.ts; the runtime limits are in
 * test/jsvm/attacks.test.ts and limits.test.ts.)
 */
import { type Node, parse } from 'acorn';
import { describe, expect, test } from 'vitest';
import { ContractValidationError, JsVmRequestError } from './errors.js';
import { STACK } from './gas.js';
import { frameUnits, instrument } from './instrument.js';
import { ALL_NAMES } from './meter-names.js';

function identifiers(source: string): Set<string> {
  const names = new Set<string>();
  const visit = (n: Node & Record<string, unknown>) => {
    if (n.type === 'Identifier') names.add(n.name as string);
    for (const v of Object.values(n))
      for (const c of Array.isArray(v) ? v : [v])
        if (c && typeof c === 'object' && typeof (c as Node).type === 'string')
          visit(c as Node & Record<string, unknown>);
  };
  visit(parse(`(function(){${source}})`, { ecmaVersion: 2022 }) as unknown as Node & Record<string, unknown>);
  return names;
}

const sample = `class C { init() {} m(a, b = a + 1) { let s = ''; for (const k in { a }) s += k; for (let i = 0; i < a; i++) s = s + i;
  switch (s) { case 'x': break; } const o = { n: 1 }; o.n++; o.n *= 2; return [\`\${s}\`, ...[1], Math.max(...[a]), new Array(2), -a, a === b]; } }
class D extends C { constructor(...x) { super(...x); } }
module.exports = C;`;

describe('instrument', () => {
  test('the output parses, and every name it adds is one of the _IOST bindings', () => {
    const out = instrument(sample);
    const added = [...identifiers(out)].filter((n) => !identifiers(sample).has(n));
    expect(added.length).toBeGreaterThan(10);
    for (const n of added) expect(ALL_NAMES).toContain(n);
  });

  test('charges sit where inject_gas.js puts them, with its table (hand count)', () => {
    // ForStatement 1 at the body, per iteration (`x;` costs nothing: an identifier).
    expect(instrument('for (;;) { x; }\nmodule.exports = 1;')).toContain(
      'for (;;) {if((_IOSTg+=1)>_IOSTl)_IOSToog(); x; }',
    );
    // while: 1 at the body and 1 at each evaluation of the test.
    const w = instrument('while (y) x;\nmodule.exports = 1;');
    expect(w).toContain('while (((_IOSTg+=1)>_IOSTl&&_IOSToog(),y)) {if((_IOSTg+=1)>_IOSTl)_IOSToog();x;}');
    // VariableDeclarator 3 + 'ab' (2 + 0.2) = 5.2, truncated; then Assignment 3 + Member 4 = 7.
    expect(instrument("let s = 'ab';\nmodule.exports = s;")).toContain(
      'if((_IOSTg+=12)>_IOSTl)_IOSToog();let s',
    );
  });

  test('a function frame holds ceil((40 + 2 × its nodes) / 16) stack units, released on every exit', () => {
    expect(frameUnits(4)).toBe(3);
    expect(frameUnits(5)).toBe(4);
    expect(frameUnits(500)).toBe(Math.ceil((STACK.frameSlots + 1000) / 16));
    // f, its parameter, the block, the return and its identifier: 5 nodes, ceil(50 / 16) = 4 units.
    const out = instrument('function f(n) { return n; }\nmodule.exports = f;');
    expect(out).toContain('if((_IOSTd+=4)>6400)_IOSTdeep();try{ return n; }finally{_IOSTd-=4;}');
  });

  test('every operator IOST rewrites into _IOSTBinaryOp calls its helper; the others stay', () => {
    const out = instrument(
      "const f = (a, b) => [a + b, a < b, a === b, a === 'x', typeof a === 'string', a == null, 1 + 2, -1, -a, a && b + 1];\nmodule.exports = f;",
    );
    for (const call of [
      '_IOSTadd(a,b)',
      '_IOSTlt(a,b)',
      '_IOSTseq(a,b)',
      "_IOSTseq(a,'x')",
      "_IOSTseq(typeof a,'string')",
      '_IOSTeq(a,null)',
      '_IOSTadd(1,2)',
      '_IOSTneg(a)',
    ])
      expect(out).toContain(call);
    // Under &&'s right side the operator may not run: its helper charges its own 3.
    expect(out).toContain('a && _IOSTaddc(b,1)');
    expect(out).toContain('-1');
  });

  test.each([
    ['try { } catch (e) { }', /use of try catch is not supported/],
    ['const r = /x/;', /use of RegularExpression is not allowed\./],
    ['let _IOSTg = 0;', /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/],
  ])('called directly, it refuses what deploy refuses: %s', (code, message) => {
    expect(() => instrument(`${code}\nmodule.exports = 1;`)).toThrow(ContractValidationError);
    expect(() => instrument(`${code}\nmodule.exports = 1;`)).toThrow(message);
  });

  test('input is checked', () => {
    expect(() => instrument(42 as unknown as string)).toThrow(JsVmRequestError);
  });
});
