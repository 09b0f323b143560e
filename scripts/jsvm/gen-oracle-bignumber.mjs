#!/usr/bin/env node
/**
 * Regenerates test/jsvm/fixtures/bignumber-pow.json: what go-iost's own bignumber.js
 * (vm/v8vm/v8/libjs/bignumber.js, v7.2.1) gives for `pow` under IOST's settings
 * (vm/v8vm/v8/libjs/environment.js: `BigNumber.config({DECIMAL_PLACES: 50, POW_PRECISION: 50,
 * ROUNDING_MODE: BigNumber.ROUND_DOWN})`), and `BigNumber.config()` as IOST leaves it.
 * The library is read from a go-iost checkout (POLYVM_GO_IOST, else ../go-iost) and run in a
 * node:vm context; only the input/output pairs are written, never the library.
 *
 *   POLYVM_GO_IOST=/path/to/go-iost node scripts/jsvm/gen-oracle-bignumber.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const root = process.env.POLYVM_GO_IOST ?? '../go-iost';
const src = readFileSync(join(root, 'vm/v8vm/v8/libjs/bignumber.js'), 'utf8');
const ctx = createContext({});
runInContext(src, ctx);
const BigNumber = ctx.BigNumber;
const IOST = { DECIMAL_PLACES: 50, POW_PRECISION: 50, ROUNDING_MODE: BigNumber.ROUND_DOWN };

const xs = [
  '2',
  '-2',
  '3',
  '-3',
  '7',
  '10',
  '1.5',
  '-1.5',
  '0.1',
  '0.05',
  '123.456',
  '-0.999',
  '0.9999999',
  '1.0000001',
  '99999999999999999999',
  '12345678901234567890.0987654321',
  '1',
  '-1',
  '0',
  '-0',
  'NaN',
];
const ns = [
  0,
  1,
  2,
  3,
  5,
  10,
  33,
  50,
  100,
  127,
  1000,
  4096,
  -1,
  -2,
  -3,
  -7,
  -10,
  -50,
  -127,
  '5',
  '-4',
  1e10,
  -1e10,
  1e15,
  '1e20',
  2.5,
  '0.5',
  '-1.5',
  'abc',
  Infinity,
];
const mods = [
  ['3', 5, 7],
  ['2', 100, '1000000007'],
  ['-3', 3, 5],
  ['3', 3, '-5'],
  ['2', -1, 7],
  ['1.5', 2, 1],
  ['3', 2, 0],
  ['5', 0, 3],
  ['123456789', 1000, '987654321'],
  ['10', 20, '0.3'],
  ['2', 10, 'NaN'],
];
const configs = [
  { DECIMAL_PLACES: 5, ROUNDING_MODE: 4 },
  { DECIMAL_PLACES: 20, ROUNDING_MODE: 0 },
  { DECIMAL_PLACES: 50, ROUNDING_MODE: 2 },
  { DECIMAL_PLACES: 50, ROUNDING_MODE: 3 },
  { DECIMAL_PLACES: 0, ROUNDING_MODE: 6 },
];
const cfgCases = [
  ['3', -1],
  ['7', -3],
  ['-7', -3],
  ['1.5', -2],
  ['3', 200],
  ['-3', 201],
  ['2', -100],
  ['0.3', 77],
];

function run(args) {
  try {
    const x = new BigNumber(args[0]);
    return { out: (args.length > 2 ? x.pow(args[1], args[2]) : x.pow(args[1])).toString() };
  } catch (e) {
    return { error: e.message };
  }
}

const cases = [];
BigNumber.config(IOST);
for (const x of xs) for (const n of ns) cases.push({ args: [x, n], ...run([x, n]) });
for (const m of mods) cases.push({ args: m, ...run(m) });
for (const config of configs) {
  BigNumber.config({ ...IOST, ...config });
  for (const c of cfgCases) cases.push({ config, args: c, ...run(c) });
}
BigNumber.config(IOST);
// JSON has no Infinity: exponents written as the string "Infinity" are passed as the number
for (const c of cases) c.args = c.args.map((a) => (a === Infinity ? 'Infinity' : a));

const fixture = {
  source: 'go-iost vm/v8vm/v8/libjs/bignumber.js (bignumber.js v7.2.1), configured as environment.js',
  config: BigNumber.config(),
  cases,
};
// one case a line
const text = JSON.stringify({ ...fixture, cases: [] }, null, 1).replace(
  '"cases": []',
  `"cases": [\n${cases.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]`,
);
writeFileSync('test/jsvm/fixtures/bignumber-pow.json', `${text}\n`);
console.log(`${cases.length} cases`);
