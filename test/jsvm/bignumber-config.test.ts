/**
 * BigNumber.config (issue 16): DECIMAL_PLACES and ROUNDING_MODE as bignumber.js defines them
 * (its API documentation: the examples of dividedBy, decimalPlaces, integerValue and toFixed, and
 * the table of rounding modes), kept for the rest of the call that sets them as IOST's per-call
 * sandbox keeps them; every call, nested ones included, starts from IOST's settings
 * (go-iost vm/v8vm/v8/libjs/environment.js: `BigNumber.config({DECIMAL_PLACES: 50,
 * POW_PRECISION: 50, ROUNDING_MODE: BigNumber.ROUND_DOWN})`). bignumber.js's documented examples
 * assume its own defaults (20, ROUND_HALF_UP), so `docs` sets those first.
 */
const THIRD_50 = `0.${'3'.repeat(50)}`;

import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

describe('BigNumber.config and rounding modes', () => {
  const vm = makeVm();
  const other = deploy(
    vm,
    `class O { init() {} third() { return new BigNumber(1).div(3).toString(); } }\nmodule.exports = O;`,
    [['third']],
    'other.iost',
  );
  const id = deploy(
    vm,
    `class B {
  init() {}
  third() { return new BigNumber(1).div(3).toString(); }
  configured(dp, rm) {
    const c = BigNumber.config({ DECIMAL_PLACES: dp, ROUNDING_MODE: rm });
    const inner = blockchain.call('${other}', 'third', [])[0];
    return [c.DECIMAL_PLACES, c.ROUNDING_MODE, this.twoThirds(), inner, new BigNumber(1).div(3).toString()];
  }
  twoThirds() { return new BigNumber(2).div(3).toString(); }
  bad(v) { BigNumber.config({ DECIMAL_PLACES: v }); }
  docs() {
    BigNumber.config({ DECIMAL_PLACES: 20, ROUNDING_MODE: 4 });
    const x = new BigNumber(1234.56);
    const y = new BigNumber(123.456);
    const z = new BigNumber(-12.7);
    const w = new BigNumber(3.456);
    return [new BigNumber(355).dividedBy(113).toString(), x.dp(1).toString(), x.dp(0, 1).toString(),
      x.dp(0, 6).toString(), x.dp(1, 1).toString(), x.dp(1, BigNumber.ROUND_HALF_EVEN).toString(),
      y.integerValue().toString(), y.integerValue(BigNumber.ROUND_CEIL).toString(), z.integerValue().toString(),
      z.integerValue(BigNumber.ROUND_DOWN).toString(), w.toFixed(0), w.toFixed(2), w.toFixed(2, 1), w.toFixed(5)];
  }
  modes() {
    const out = [];
    for (let m = 0; m <= 8; m++) out.push(['2.5', '-2.5', '1.5', '2.4', '-2.6'].map((v) => new BigNumber(v).integerValue(m).toString()).join(' '));
    return out;
  }
}
module.exports = B;`,
    [['third'], ['configured', ['number', 'number']], ['twoThirds'], ['bad', ['json']], ['docs'], ['modes']],
  );
  const ret = (method: string, args: unknown[] = []) => {
    const r = call(vm, id, method, args);
    expect(r.error).toBeUndefined();
    return JSON.parse(r.returns[0]!);
  };

  test("bignumber.js's documented examples", () => {
    expect(ret('docs')).toEqual([
      '3.14159292035398230088',
      '1234.6',
      '1234',
      '1235',
      '1234.5',
      '1234.6',
      '123',
      '124',
      '-13',
      '-12',
      '3',
      '3.46',
      '3.45',
      '3.45600',
    ]);
  });
  test('the nine rounding modes (UP, DOWN, CEIL, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, HALF_CEIL, HALF_FLOOR)', () => {
    expect(ret('modes')).toEqual([
      '3 -3 2 3 -3',
      '2 -2 1 2 -2',
      '3 -2 2 3 -2',
      '2 -3 1 2 -3',
      '3 -3 2 2 -3',
      '2 -2 1 2 -3',
      '2 -2 2 2 -3',
      '3 -2 2 2 -3',
      '2 -3 1 2 -3',
    ]);
  });
  test('config holds for the rest of the call, not in a nested call, not in the next call', () => {
    expect(ret('configured', [5, 0])).toEqual([5, 0, '0.66667', THIRD_50, '0.33334']);
    expect(ret('configured', [5, 1])).toEqual([5, 1, '0.66666', THIRD_50, '0.33333']);
    expect(call(vm, id, 'third').returns).toEqual([THIRD_50]);
    // ROUND_DOWN by default: 2/3 is cut, not rounded up.
    expect(call(vm, id, 'twoThirds').returns).toEqual([`0.${'6'.repeat(50)}`]);
  });
  test('invalid settings fail as bignumber.js refuses them', () => {
    expect(call(vm, id, 'bad', [-1]).error).toBe('[BigNumber Error] DECIMAL_PLACES out of range: -1');
    expect(call(vm, id, 'bad', [1.5]).error).toBe('[BigNumber Error] DECIMAL_PLACES not an integer: 1.5');
    expect(call(vm, id, 'bad', ['5']).error).toBe(
      '[BigNumber Error] DECIMAL_PLACES not a primitive number: 5',
    );
  });
});
