/**
 * BigNumber as IOST leaves it to contracts (issue 16): go-iost's startup snapshot loads
 * bignumber.js v7.2.1 (v8/compile.cc: `let BigNumber = module.exports;`), then
 * vm/v8vm/v8/libjs/environment.js configures it (`DECIMAL_PLACES: 50, POW_PRECISION: 50,
 * ROUNDING_MODE: ROUND_DOWN`) and replaces it with `OrigBigNumber.prototype.constructor`,
 * copying only `isBigNumber`, `max` / `maximum` and `min` / `minimum`: a contract has no
 * `BigNumber.config` / `set`, no `ROUND_*` constants, so its settings are IOST's for good.
 * The expected values are that library's, run by scripts/jsvm/gen-oracle-bignumber.mjs in that
 * environment (test/jsvm/fixtures/bignumber-pow.json, `environment`). Before 2026-12-06
 * polyvm offered `BigNumber.config` and the `ROUND_*` constants, which IOST does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

interface Expr {
  expr: string;
  out?: string;
  error?: string;
}
const { environment } = JSON.parse(
  readFileSync(new URL('./fixtures/bignumber-pow.json', import.meta.url), 'utf8'),
) as { environment: Expr[] };
const values = environment.filter((e) => e.out !== undefined);
const errors = environment.filter((e) => e.error !== undefined);

describe("BigNumber's static methods and settings as go-iost's environment.js leaves them", () => {
  const vm = makeVm();
  const id = deploy(
    vm,
    `class B {
  init() {}
  values() { return [${values.map((e) => `String(${e.expr})`).join(', ')}]; }
${errors.map((e, i) => `  error${i}() { return String(${e.expr}); }`).join('\n')}
  modes() {
    const out = [];
    for (let m = 0; m <= 8; m++) out.push(['2.5', '-2.5', '1.5', '2.4', '-2.6'].map((v) => new BigNumber(v).integerValue(m).toString()).join(' '));
    return out;
  }
}
module.exports = B;`,
    [['values'], ['modes'], ...errors.map((_, i): [string] => [`error${i}`])],
  );

  test(`${values.length} expressions give what they give on IOST`, () => {
    const r = call(vm, id, 'values');
    expect(r.error).toBeUndefined();
    const got = JSON.parse(r.returns[0] as string) as string[];
    expect(values.map((e, i) => [e.expr, got[i]])).toEqual(values.map((e) => [e.expr, e.out]));
  });

  test('BigNumber.config is not a function there: calling it fails the call', () => {
    expect(errors.length).toBeGreaterThan(0);
    errors.forEach((e, i) => {
      const message = e.error!.replace(/^TypeError: /, '');
      expect([e.expr, call(vm, id, `error${i}`).error]).toEqual([e.expr, expect.stringContaining(message)]);
    });
  });

  // bignumber.js's API documentation, the table of rounding modes (given as numbers, as a
  // contract must: IOST has no ROUND_* constants)
  test('the nine rounding modes (UP, DOWN, CEIL, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, HALF_CEIL, HALF_FLOOR)', () => {
    expect(JSON.parse(call(vm, id, 'modes').returns[0] as string)).toEqual([
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
});
