/**
 * Built-ins a contract changes stay changed for the rest of its call, as on IOST, and reach
 * no other call or contract (issue 16, step 2). go-iost test/v8vm/js_gas_test.go
 * (TestInjectGas) runs test_data/gas1.js: `assignment3` replaces Array.prototype.concat and
 * its override runs ("Arrayconcat is not defined"); `length0` replaces
 * String.prototype.toString and succeeds.
 */
import { describe, expect, test } from 'vitest';
import { SURCHARGE } from '../../src/jsvm/iost-gas.js';
import { goIostFile } from './go-iost.js';
import { call, deploy, makeVm, snapshot } from './helpers.js';

const gas1 = goIostFile('test/v8vm/test_data/gas1.js');

describe.skipIf(!gas1.found)(
  `go-iost gas1.js assignment3 and length0 (js_gas_test.go TestInjectGas)${gas1.skip}`,
  () => {
    if (!gas1.found) return void test('data not found', () => {});
    const vm = makeVm();
    const id = deploy(vm, gas1.text(), [
      ['assignment3', ['number']],
      ['length0', ['string']],
      ['assignment11'],
    ]);
    test('assignment3: the replaced concat runs (its Arrayconcat is not defined)', () => {
      const r = call(vm, id, 'assignment3', [10]);
      expect(r.status).toBe('error');
      expect(r.error).toContain('Arrayconcat is not defined');
    });
    test('length0: String.prototype.toString replaced, the call succeeds', () => {
      const r = call(vm, id, 'length0', ['input']);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe('success');
    });
    test('the next call sees the built-ins as they were', () => {
      expect(call(vm, id, 'assignment11').returns).toEqual(['[0,2,3,4,5,6]']);
    });
  },
);

describe('a change lasts for the call and leaks nowhere', () => {
  const vm = makeVm();
  const other = deploy(
    vm,
    `class B { init() {}
      look() { return [[1].concat([2]).length, typeof Array.prototype.mine, JSON.stringify([1])]; } }
    module.exports = B;`,
    [['look']],
  );
  const a = deploy(
    vm,
    `class A { init() {}
      change(b) {
        Array.prototype.concat = function () { return 'mine'; };
        Array.prototype.mine = 1;
        JSON.stringify = () => 'js';
        const inB = blockchain.call(b, 'look', '[]')[0];
        const again = blockchain.call(blockchain.contractName(), 'look', '[]')[0];
        return [[1].concat([2]), inB, again].join('|');
      }
      look() { return [typeof [1].concat([2]) === 'string' ? 'changed' : 'pristine', typeof Array.prototype.mine].join(','); }
      plain() { return [[1].concat([2]).length, typeof Array.prototype.mine, JSON.stringify([1])].join(','); }
    }
    module.exports = A;`,
    [['change', ['string']], ['look'], ['plain']],
  );
  test('kept in the same contract for the rest of the call (nested frames too), not in another contract', () => {
    const r = call(vm, a, 'change', [other]);
    expect(r.error).toBeUndefined();
    // B has its own realm: concat, mine and stringify as they were; A's nested frame sees A's change.
    expect(r.returns).toEqual(['mine|[2,"undefined","[1]"]|changed,number']);
  });
  test('the next call of the same contract sees the built-ins as they were, and pays as before', () => {
    const before = call(vm, a, 'plain');
    expect(before.returns).toEqual(['2,undefined,[1]']);
    call(vm, a, 'change', [other]);
    const after = call(vm, a, 'plain');
    expect(after.returns).toEqual(['2,undefined,[1]']);
    expect(after.gasUsed).toBe(before.gasUsed);
  });
  test('a method added to a built-in (a polyfill) works for the call and is gone after; accessors are refused', () => {
    const poly = deploy(
      vm,
      `class P { init() {}
        add() { Array.prototype.sum = function () { let s = 0; for (let i = 0; i < this.length; i++) s += this[i]; return s; }; return [1, 2, 3].sum(); }
        has() { return typeof [].sum; }
        getter() { Array.prototype.__defineGetter__('first', function () { return this[0]; }); } }
      module.exports = P;`,
      [['add'], ['has'], ['getter']],
    );
    expect(call(vm, poly, 'add').returns).toEqual(['6']);
    expect(call(vm, poly, 'has').returns).toEqual(['undefined']);
    expect(call(vm, poly, 'getter').error).toBe(
      '__defineGetter__ of a built-in is not supported: assign to it instead',
    );
  });
  test("a call that changed built-ins pays polyvm's restoring surcharge, once", () => {
    const changing = deploy(
      vm,
      `class C { init() {}
        run(change) { if (change) Math.max = Math.min; return Math.max(1, 2); } }
      module.exports = C;`,
      [['run', ['bool']]],
    );
    const plain = call(vm, changing, 'run', [false]);
    const changed = call(vm, changing, 'run', [true]);
    expect([plain.returns, changed.returns]).toEqual([['2'], ['1']]);
    // The two runs differ by the `if` body (an assignment of 3 and two member reads of 4 each) and the surcharge.
    expect(changed.gasUsed - plain.gasUsed).toBe(SURCHARGE.realmRestore + 3 + 4 + 4);
  });
  test('a failed call that changed built-ins leaves state and built-ins as they were', () => {
    const before = snapshot(vm);
    const bad = deploy(
      vm,
      `class D { init() {} run() { storage.put('x', '1'); Object.prototype.polluted = 1; throw 'no'; } }
      module.exports = D;`,
      [['run']],
    );
    const mid = snapshot(vm);
    expect(mid).not.toBe(before);
    expect(call(vm, bad, 'run').error).toBe('no');
    expect(snapshot(vm)).toBe(mid);
    expect(call(vm, a, 'plain').returns).toEqual(['2,undefined,[1]']);
  });
});
