/**
 * go-iost's own test contracts (read at test time from the go-iost checkout of POLYVM_GO_IOST,
 * test/jsvm/go-iost.ts) deploy, fail and return as go-iost's tests say. gas1.js follows test/v8vm/js_gas_test.go
 * (TestInjectGas): generators run and are charged, eval and the Function constructors fail
 * when they run (V8's code generation is disabled), `Function` is null, Array.from is gone.
 */
import { describe, expect, test } from 'vitest';
import { goIostFile } from './go-iost.js';
import { call, deploy, type Method, makeVm } from './helpers.js';

const gas1 = goIostFile('test/v8vm/test_data/gas1.js');

describe.skipIf(!gas1.found)(
  `go-iost test/v8vm/test_data/gas1.js (js_gas_test.go TestInjectGas)${gas1.skip}`,
  () => {
    if (!gas1.found) return void test('data not found', () => {});
    const vm = makeVm();
    const N: Method[] = [
      'assignment2',
      'assignment3',
      'yield0',
      'yield1',
      'library0',
      'eval0',
      'function0',
      'function1',
      'literal0',
      'literal1',
      'array0',
      'array1',
      'array2',
      'string0',
      'string1',
      'spread0',
    ].map((m) => [m, ['number']]);
    const id = deploy(vm, gas1.text(), [
      ['assignment0'],
      ['assignment1'],
      ['assignment11'],
      ['assignment111'],
      ...N,
      ['templateString', ['number', 'string']],
      ['bignumber0'],
    ]);
    const run = (method: string, ...args: unknown[]) => call(vm, id, method, args, ['alice'], 10_000_000);
    const ok = (method: string, ...args: unknown[]) => {
      const r = run(method, ...args);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe('success');
      return r;
    };
    const fails = (method: string, message: string, ...args: unknown[]) => {
      const r = run(method, ...args);
      expect(r.status).toBe('error');
      expect(r.error).toContain(message);
    };

    test('assignments', () => {
      ok('assignment0');
      fails('assignment1', 'Cannot assign to read only property');
      expect(ok('assignment11').returns).toEqual(['[0,2,3,4,5,6]']);
      expect(ok('assignment111').returns).toEqual(['{"p0":"ppp","p1":"p1"}']);
      fails('assignment2', 'Array.from is not a function', 10);
      fails('assignment2', 'Array.from is not a function', 1_000_000);
    });
    test('yield0: a generator runs, and more iterations cost more gas', () => {
      const r10 = ok('yield0', 10);
      expect(r10.returns).toEqual(['10']);
      const r100 = ok('yield0', 100);
      expect(r100.returns).toEqual(['100']);
      expect(r100.gasUsed).toBeGreaterThan(r10.gasUsed);
    });
    test('yield1: an empty generator', () => ok('yield1', 10));
    test('library0: esprima is not reachable', () => fails('library0', 'esprima is not defined', 10));
    test('eval0: eval refuses to compile when it runs', () =>
      fails('eval0', 'Code generation from strings disallowed for this context', 10));
    test('function0: Function is null', () => fails('function0', 'Function is not a constructor', 10));
    test('function1: a function constructor refuses to compile', () =>
      fails('function1', 'Code generation from strings disallowed for this context', 10));
    test('literal0: nested templates and a tag', () => {
      const r10 = ok('literal0', 10);
      expect(r10.returns).toEqual(['token ,nested deeply 10 blah']);
      const r100 = ok('literal0', 100);
      expect(r100.returns).toEqual(['token ,nested deeply 100 blah']);
      expect(r100.gasUsed).toBeGreaterThan(r10.gasUsed);
    });
    test('literal1, templateString', () => {
      ok('literal1', 10);
      ok('templateString', 1, 'input');
      ok('templateString', 10, 'input');
    });
    test.each([
      ['array0', 1, 3, 0],
      ['array1', 1, 10, 0],
      ['array2', 1, 10, 9],
      ['string0', 1, 10, 0],
      ['string1', 1, 3, 0],
      ['spread0', 10, 100, 0],
    ] as const)('%s(%d) costs less than %s(%d) by more than %d', (method, small, large, margin) => {
      const a = ok(method, small);
      const b = ok(method, large);
      expect(b.gasUsed).toBeGreaterThan(a.gasUsed + margin);
    });
  },
);

// The limits go-iost's test/v8vm/test_data/json.js (stringify30, stringify31, stringify40) and
// danger.js (putlong) probe, as test/v8vm/vm_test.go TestEngine_JSON and TestEngine_Danger run
// them, exercised by a contract of our own: a 1,000-deep object returned as JSON, 1,000 nested
// JavaScript calls, a cycle, a host argument over 65,536 characters.
describe('json.js and danger.js limits, own contract', () => {
  const vm = makeVm();
  const id = deploy(
    vm,
    `class Limits {
  init() {}
  nest(n) { let o = "a"; let k = 0; while (k < n) { o = { a: o }; k++; } return o; }
  walk(n) {
    const deep = this.nest(n);
    const show = (x) => typeof x === "object" ? '{"a":' + show(x.a) + '}' : '"' + x + '"';
    return show(deep);
  }
  cycle() { const o = { b: 1 }; o.self = o; return o; }
  putlong() { storage.put('x', 'x'.repeat(65537)); }
  put(n) { storage.put('x', 'x'.repeat(n)); }
  event(n) { blockchain.event('x'.repeat(n)); }
}
module.exports = Limits;`,
    [
      ['nest', ['number']],
      ['walk', ['number']],
      ['cycle'],
      ['putlong'],
      ['put', ['number']],
      ['event', ['number']],
    ],
  );
  const nested = `${'{"a":'.repeat(1000)}"a"${'}'.repeat(1000)}`;
  test('a 1,000-deep object is returned as JSON (stringify30)', () => {
    const r = call(vm, id, 'nest', [1000], ['alice'], 100_000_000);
    expect(r.error).toBeUndefined();
    expect(r.returns).toEqual([nested]);
  });
  test('1,000 nested JavaScript calls (stringify31)', () => {
    const r = call(vm, id, 'walk', [1000], ['alice'], 100_000_000);
    expect(r.error).toBeUndefined();
    expect(r.returns).toEqual([nested]);
  });
  test('a cycle (stringify40)', () =>
    expect(call(vm, id, 'cycle').error).toContain('Converting circular structure to JSON'));
  test('putlong: a host argument longer than 65,536 characters is refused, nothing stored', () => {
    const r = call(vm, id, 'putlong');
    expect(r.status).toBe('error');
    expect(r.error).toBe('input string too long');
    expect(call(vm, id, 'put', [65536]).status).toBe('success');
    expect(call(vm, id, 'event', [65537]).error).toBe('input string too long');
  });
});

// go-iost vm/v8vm/v8/libjs/utils.js formatWithOptions (console's format); test/v8vm/test_data
// console1.js and vm_test.go TestEngine_Console (console.fatal is not a function).
describe('console formats as go-iost utils.js', () => {
  const vm = makeVm();
  const lines: [string, string][] = [
    [`'%s: %d', 'hello', new Int64('12345567')`, 'hello: 12345567'],
    [`'%d', new BigNumber('1.5')`, '1.5'],
    // IOST reads one more argument for %d of anything but Int64 and BigNumber.
    [`'%d', 5, 7`, '7'],
    [`'100%% %s', 'x'`, '100% x'],
    [`'%x %s', 'a'`, '%x a'],
    [`'%s %s', 'x'`, 'x %s'],
    [`'%s'`, '%s'],
    [`'%v', { a: [1] }`, '{"a":[1]}'],
    [`'%i|%f', '42.9px', '2.5e1x'`, '42|25'],
    [`'a', 'b', 3, null, [1], undefined`, 'a b 3 null [1] undefined'],
    [`1, 2`, '[1,2]'],
    [`{ a: 1 }`, '{"a":1}'],
  ];
  const id = deploy(
    vm,
    `class C { init() {}\n${lines.map(([args], i) => `  l${i}() { console.log(${args}); }`).join('\n')}\n  fatal() { console.fatal('%s', 'x'); }\n}\nmodule.exports = C;`,
    [...lines.map((_, i) => [`l${i}`] as Method), ['fatal']],
  );
  test.each(lines.map(([args, text], i) => [args, text, i] as const))(
    'console.log(%s) prints %j',
    (_a, text, i) => {
      const r = call(vm, id, `l${i}`);
      expect(r.error).toBeUndefined();
      expect(r.logs).toEqual([{ level: 'Info', text }]);
    },
  );
  test('console.fatal is not a function', () =>
    expect(call(vm, id, 'fatal').error).toContain('console.fatal is not a function'));
});
