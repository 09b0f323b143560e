/**
 * BigNumber's methods as go-iost's bignumber.js (vm/v8vm/v8/libjs/bignumber.js, v7.2.1, under
 * environment.js's DECIMAL_PLACES 50, ROUND_DOWN) computes them, over pairs of values: rows of
 * test/jsvm/fixtures/bignumber-ops.json, generated from that library by
 * scripts/jsvm/gen-oracle-bignumber.mjs. Results that are BigNumbers are compared through
 * valueOf, which shows a negative zero (`-0`) as bignumber.js keeps it (toString prints `0`).
 * polyvm's BigNumber holds no ±Infinity: where bignumber.js divides a non-zero number by zero,
 * polyvm's fails the call.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

type Row = [
  method: string,
  a: string,
  b: string | number | boolean | (number | string)[] | null,
  result: string,
];
const rows = JSON.parse(
  readFileSync(new URL('./fixtures/bignumber-ops.json', import.meta.url), 'utf8'),
) as Row[];
const infinite = (r: Row) => r[3] === 'Infinity' || r[3] === '-Infinity';
const failing = (r: Row) => r[3].startsWith('error: ');

const CODE = `class O {
  init() {}
  one(r) {
    if (r[0] === 'new') return (r[2] === null ? new BigNumber(r[1]) : new BigNumber(r[1], r[2])).valueOf();
    const x = new BigNumber(r[1]);
    const v = r[2] === null ? x[r[0]]() : Array.isArray(r[2]) ? x[r[0]](r[2][0], r[2][1]) : x[r[0]](r[2]);
    return BigNumber.isBigNumber(v) ? v.valueOf() : String(v);
  }
  run(rows) {
    const out = [];
    for (const r of rows) out.push(this.one(r));
    return out;
  }
}
module.exports = O;`;

describe("BigNumber methods as go-iost's bignumber.js computes them (fixture from the library itself)", () => {
  const vm = makeVm();
  const id = deploy(vm, CODE, [
    ['run', ['json']],
    ['one', ['json']],
  ]);
  const values = rows.filter((r) => !infinite(r) && !failing(r));

  test(`${values.length} results, -0 included`, () => {
    for (let i = 0; i < values.length; i += 400) {
      const chunk = values.slice(i, i + 400);
      const r = call(vm, id, 'run', [chunk], ['alice'], 4_000_000);
      expect(r.error).toBeUndefined();
      const got = JSON.parse(r.returns[0] as string) as string[];
      expect(chunk.map((row, j) => [...row.slice(0, 3), got[j]])).toEqual(chunk);
    }
  });

  test("bignumber.js's errors (argument checks); a non-zero number over zero fails the call (no Infinity)", () => {
    for (const row of rows.filter(failing))
      expect([row, call(vm, id, 'one', [row]).error]).toEqual([
        row,
        expect.stringContaining(row[3].slice(7)),
      ]);
    const inf = rows.filter(infinite);
    expect(inf.length).toBe(48);
    expect(new Set(inf.map((r) => r[0]))).toEqual(new Set(['div', 'idiv']));
    for (const row of inf)
      expect([row, call(vm, id, 'one', [row]).error]).toEqual([
        row,
        expect.stringContaining('Infinity is not supported by polyvm'),
      ]);
  });
});
