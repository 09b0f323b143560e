/**
 * BigNumber `pow` as go-iost runs it: its own bignumber.js (vm/v8vm/v8/libjs/bignumber.js,
 * v7.2.1) under environment.js's `BigNumber.config({DECIMAL_PLACES: 50, POW_PRECISION: 50,
 * ROUNDING_MODE: ROUND_DOWN})`. test/jsvm/fixtures/bignumber-pow.json holds what that library
 * gave, run in plain Node by scripts/jsvm/gen-oracle-bignumber.mjs from a go-iost checkout:
 * integer, negative and huge exponents, fractional ones (refused), NaN and ±Infinity exponents,
 * the modulus argument. polyvm's BigNumber
 * holds no ±Infinity: where bignumber.js gives one, polyvm's pow fails the call instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

interface Case {
  args: (string | number)[];
  out?: string;
  error?: string;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/bignumber-pow.json', import.meta.url), 'utf8'),
) as {
  cases: Case[];
};
const infinite = (c: Case) => c.out === 'Infinity' || c.out === '-Infinity';
/**
 * polyvm holds a BigNumber as an integer over a power of ten, so a result of d integer digits
 * costs what building it does (d² / 256 gas, as the constructor charges `new BigNumber('1e…')`):
 * under a 4,000,000 gas limit, those beyond 32,000 digits run out of gas, where bignumber.js's
 * floating limbs hold them at once.
 */
const LIMIT = 4_000_000;
const tooLong = (c: Case) => Number(/e\+(\d+)$/.exec(c.out ?? '')?.[1] ?? 0) > 32_000;

const CODE = `class P {
  init() {}
  one(c) {
    const n = c.args[1] === 'Infinity' ? Infinity : c.args[1];
    const x = new BigNumber(c.args[0]);
    return (c.args.length > 2 ? x.pow(n, c.args[2]) : x.pow(n)).toString();
  }
  run(cases) {
    const out = [];
    for (const c of cases) out.push(this.one(c));
    return out;
  }
}
module.exports = P;`;

describe("BigNumber pow as go-iost's bignumber.js computes it (fixture from the library itself)", () => {
  const vm = makeVm();
  const id = deploy(vm, CODE, [
    ['run', ['json']],
    ['one', ['json']],
  ]);
  const values = fixture.cases.filter((c) => c.out !== undefined && !infinite(c) && !tooLong(c));

  test(`${values.length} finite results, digit for digit`, () => {
    for (let i = 0; i < values.length; i += 60) {
      const chunk = values.slice(i, i + 60);
      const r = call(vm, id, 'run', [chunk], ['alice'], LIMIT);
      expect(r.error).toBeUndefined();
      const got = JSON.parse(r.returns[0] as string) as string[];
      chunk.forEach((c, j) => {
        expect([c.args, got[j]]).toEqual([c.args, c.out]);
      });
    }
  });

  test('the error cases fail with bignumber.js messages; ±Infinity results fail as polyvm holds none', () => {
    const errors = fixture.cases.filter((c) => c.error !== undefined);
    expect(errors.length).toBeGreaterThan(0);
    for (const c of errors) {
      const r = call(vm, id, 'one', [c], ['alice'], LIMIT);
      expect([c.args, r.error]).toEqual([c.args, expect.stringContaining(c.error!)]);
    }
    const inf = fixture.cases.filter(infinite);
    expect(inf.length).toBeGreaterThan(0);
    for (const c of inf) {
      const r = call(vm, id, 'one', [c], ['alice'], LIMIT);
      expect([c.args, r.error]).toEqual([
        c.args,
        expect.stringContaining('Infinity is not supported by polyvm'),
      ]);
    }
  });

  test('results of more than 32,000 digits run out of gas under a 4,000,000 limit (polyvm holds their digits)', () => {
    const long = fixture.cases.filter(tooLong);
    expect(long.length).toBe(3);
    for (const c of long)
      expect([c.args, call(vm, id, 'one', [c], ['alice'], LIMIT).error]).toEqual([c.args, 'out of gas']);
  });
});
