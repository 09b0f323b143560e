#!/usr/bin/env node
/**
 * Regenerates test/jsvm/fixtures/bignumber-pow.json: what go-iost's own bignumber.js
 * (vm/v8vm/v8/libjs/bignumber.js, v7.2.1) gives for `pow` under IOST's settings
 * (vm/v8vm/v8/libjs/environment.js: `BigNumber.config({DECIMAL_PLACES: 50, POW_PRECISION: 50,
 * ROUNDING_MODE: BigNumber.ROUND_DOWN})`), the library's settings after that (`config`), and what
 * expressions give in the sandbox as environment.js leaves BigNumber (`environment`: only
 * isBigNumber, max, maximum, min, minimum remain of its static methods; no config, no ROUND_*).
 * The library is read from a go-iost checkout (POLYVM_GO_IOST, else ../go-iost) and run in a
 * node:vm context; only the input/output pairs are written, never the library.
 *
 * Also test/jsvm/fixtures/bignumber-ops.json: the other methods over pairs of values, rows
 * [method, a, b, result] (b null for no argument, an array for two; a BigNumber result as its valueOf, which
 * shows -0; `error: …` when it throws).
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
// JSON has no Infinity: exponents written as the string "Infinity" are passed as the number
for (const c of cases) c.args = c.args.map((a) => (a === Infinity ? 'Infinity' : a));

// BigNumber as a contract sees it: bignumber.js loaded as go-iost's startup snapshot loads it
// (v8/compile.cc codeFormat: `let BigNumber = module.exports;`), then environment.js's BigNumber
// block (its gas wrappers, its config call, and `BigNumber = OrigBigNumber.prototype.constructor`
// with only isBigNumber, max/maximum, min/minimum copied over), each expression's String().
const env = readFileSync(join(root, 'vm/v8vm/v8/libjs/environment.js'), 'utf8');
const last = 'BigNumber.minimum = BigNumber.min = OrigBigNumber.minimum;';
const block = env.slice(
  env.indexOf('    // BigNumber\n    const OrigBigNumber'),
  env.indexOf(last) + last.length,
);
const sbx = createContext({ _IOSTInstruction_counter: { incr() {} } });
runInContext(`let module = {};\nmodule.exports = {};\n${src}\nlet BigNumber = module.exports;\n`, sbx);
runInContext(
  `'use strict';\n(function () {\nconst Stringconstructor = String.prototype.constructor;\n${block}\n})();`,
  sbx,
);
const statics = [
  'config',
  'set',
  'clone',
  'random',
  'sum',
  'DEBUG',
  'EUCLID',
  'ROUND_UP',
  'ROUND_DOWN',
  'ROUND_HALF_UP',
  'ROUND_HALF_EVEN',
  'isBigNumber',
  'max',
  'maximum',
  'min',
  'minimum',
];
const exprs = [
  ...statics.map((k) => `typeof BigNumber.${k}`),
  "BigNumber.max(1, '3', 2)",
  "BigNumber.maximum('-1', new BigNumber(-2))",
  "BigNumber.min('-1', 0, 5)",
  "BigNumber.minimum(4, '4.5')",
  'BigNumber.isBigNumber(new BigNumber(1))',
  'BigNumber.isBigNumber(1)',
  'BigNumber(7)',
  'new BigNumber(5).constructor === BigNumber',
  'new BigNumber(5) instanceof BigNumber',
  'new BigNumber(1).div(3)',
  'new BigNumber(-2).div(3)',
  'new BigNumber(355).dividedBy(113)',
  'new BigNumber(1234.56).dp(1)',
  'new BigNumber(1234.56).dp(0, 1)',
  'new BigNumber(1234.56).dp(0, 6)',
  'new BigNumber(1234.56).dp(1, 4)',
  'new BigNumber(123.456).integerValue()',
  'new BigNumber(123.456).integerValue(2)',
  'new BigNumber(-12.7).integerValue()',
  'new BigNumber(-12.7).integerValue(4)',
  'new BigNumber(3.456).toFixed(0)',
  'new BigNumber(3.456).toFixed(2)',
  'new BigNumber(3.456).toFixed(2, 4)',
  'new BigNumber(3.456).toFixed(5)',
  'BigNumber.max([1, 5, 3])',
  "BigNumber.max(1, 'x', 3)",
  'BigNumber.max(1, NaN, 3)',
  'BigNumber.min(NaN, 1)',
  'BigNumber.max()',
  'BigNumber.min([2, -1, -1.5])',
  "BigNumber.max('-0', 0).valueOf()",
  "BigNumber.min(0, '-0').valueOf()",
  "BigNumber.maximum(new BigNumber(2), '10', '0x10')",
  "BigNumber.max('7')",
  'BigNumber.config({ DECIMAL_PLACES: 5 })',
  "new BigNumber('1e21')",
  "new BigNumber('0.0000001')",
  "new BigNumber('123456789012345678901')",
];
const environment = exprs.map((expr) => {
  try {
    return { expr, out: String(runInContext(expr, sbx)) };
  } catch (e) {
    return { expr, error: `${e.name}: ${e.message}` };
  }
});

const fixture = {
  source: 'go-iost vm/v8vm/v8/libjs/bignumber.js (bignumber.js v7.2.1), configured as environment.js',
  config: BigNumber.config(),
  environment,
  cases,
};
// one case a line
const text = JSON.stringify({ ...fixture, cases: [], environment: [] }, null, 1)
  .replace(
    '"environment": []',
    `"environment": [\n${environment.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]`,
  )
  .replace('"cases": []', `"cases": [\n${cases.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]`);
writeFileSync('test/jsvm/fixtures/bignumber-pow.json', `${text}\n`);
console.log(`${cases.length} cases`);

const vals = [
  '0',
  '-0',
  '1',
  '-3',
  '0.5',
  '-0.25',
  '7',
  '123.456',
  '-987.654321',
  '1e21',
  '1e-7',
  '99999999999999999999',
  '12345678901234567890.0987654321',
  '0.000000000000000000000000000000000000000000000000000001',
  'NaN',
];
const binary = ['plus', 'minus', 'times', 'div', 'idiv', 'mod', 'comparedTo', 'eq', 'gt', 'gte', 'lt', 'lte'];
const unary = [
  'abs',
  'negated',
  'isZero',
  'isPositive',
  'isNegative',
  'isInteger',
  'isNaN',
  'isFinite',
  'integerValue',
  'toFixed',
  'toNumber',
  'toString',
  'dp',
  'toJSON',
  'valueOf',
  'sqrt',
];
const rows = [];
const op = (m, a, b) => {
  try {
    const v =
      m === 'new'
        ? b === null
          ? new BigNumber(a)
          : new BigNumber(a, b)
        : b === null
          ? new BigNumber(a)[m]()
          : Array.isArray(b)
            ? new BigNumber(a)[m](b[0], b[1])
            : new BigNumber(a)[m](b);
    rows.push([m, a, b, v instanceof BigNumber ? v.valueOf() : String(v)]);
  } catch (e) {
    rows.push([m, a, b, `error: ${e.message}`]);
  }
};
for (const a of vals) {
  for (const m of unary) op(m, a, null);
  for (const m of ['toFixed', 'dp', 'shiftedBy', 'integerValue']) for (const k of [0, 2, 5]) op(m, a, k);
  for (const b of vals) for (const m of binary) op(m, a, b);
}
// toExponential, toPrecision, precision / sd (b an array: two arguments)
const formats = [
  ['toExponential', null],
  ['toExponential', 0],
  ['toExponential', 2],
  ['toExponential', [5, 4]],
  ['toExponential', [1, 0]],
  ['toPrecision', null],
  ['toPrecision', 1],
  ['toPrecision', 3],
  ['toPrecision', 25],
  ['toPrecision', [2, 4]],
  ['toPrecision', [4, 2]],
  ['precision', null],
  ['precision', true],
  ['precision', 1],
  ['precision', 3],
  ['precision', [3, 0]],
  ['sd', [2, 4]],
  ['sd', true],
  ['toPrecision', 0],
  ['toExponential', -1],
  ['precision', '5'],
  ['toPrecision', 1.5],
  ['toExponential', [2, 9]],
  ['sd', 0],
];
for (const a of vals) for (const [m, b] of formats) op(m, a, b);
for (const a of ['9.99', '-9.99', '0.000999', '999.5', '123456789', '1e-8', '-0.00000012345', '5e21'])
  for (const [m, b] of formats.slice(0, 18)) op(m, a, b);
// argument checks of dp, toFixed, integerValue, shiftedBy (bignumber.js intCheck)
const checks = [
  ['dp', -1],
  ['dp', 1.5],
  ['dp', '2'],
  ['dp', [2, 9]],
  ['dp', [2, 1.5]],
  ['dp', [null, 9]],
  ['toFixed', -1],
  ['toFixed', 2.5],
  ['toFixed', '2'],
  ['toFixed', [null, 9]],
  ['toFixed', [2, -1]],
  ['toFixed', [1, 4]],
  ['integerValue', 9],
  ['integerValue', 1.5],
  ['integerValue', '1'],
  ['shiftedBy', 1.5],
  ['shiftedBy', '2'],
  ['shiftedBy', 9007199254740992],
  ['shiftedBy', -3],
];
for (const a of ['1.25', '-7.5', 'NaN', '0']) for (const [m, b] of checks) op(m, a, b);
// the constructor (method "new"): strings as bignumber.js reads them, numbers, a base
const news = [
  '  12  ',
  '+5',
  '.5',
  '5.',
  '1e5',
  '1E-3',
  '1e+5',
  '0x1f',
  '0b101',
  '0o17',
  '-0x1f',
  '1_000',
  '',
  ' ',
  'abc',
  '1e',
  'e5',
  '--1',
  '1.2.3',
  '-.5e-2',
  '00012.3400',
  0.1,
  1e21,
  1e-7,
  123456789012345680,
  -5.5,
  2e-300,
];
for (const a of news) op('new', a, null);
for (const [a, b] of [
  ['ff', 16],
  ['FF', 16],
  ['101', 2],
  ['z', 36],
  ['1.1', 2],
  ['-10', 8],
  ['10', 37],
  ['10', 1],
  ['12', 2],
  [255, 16],
  ['0.8', 16],
  ['ff.8', 16],
  ['10', 10],
  ['10', 1.5],
  ['10', '16'],
  ['', 16],
  ['-', 16],
  ['.', 16],
  [' ff ', 16],
  ['+ff', 16],
  ['0xff', 16],
  ['0xff', 8],
  ['ff.', 16],
  ['.8', 16],
  ['0.1', 3],
  ['-0.1', 3],
  ['0.7', 8],
  ['Ff', 16],
  ['FF.8', 16],
  ['1e5', 16],
  ['1e5', 10],
  ['1.123456789012345678901234567890123456789012345678901234567', 10],
  ['-0', 2],
  ['1..1', 2],
  ['0b101', 2],
  [-2.5, 4],
  ['zz.z', 36],
  ['NaN', 16],
  ['7', 8],
])
  op('new', a, b);
// toFormat with the default FORMAT
for (const a of [...vals, '1234567.891', '-1234567.891', '999999.999', '-0.5', '12', '123', '1234'])
  for (const b of [null, 0, 2, [2, 4], [1, 0], -1]) op('toFormat', a, b);
// toString in a base: fractions, base 10, errors
for (const a of [
  '255',
  '-255',
  '0.5',
  '-0.1',
  '0.1',
  '1e21',
  '1e-60',
  '-1e-60',
  '123.456',
  '0',
  '-0',
  'NaN',
  '35.75',
  '1e-7',
])
  for (const b of [2, 8, 10, 16, 36, 3, 1, 37, 2.5, '16']) op('toString', a, b);
// sqrt: perfect squares, roots at and beyond the 50th decimal place, negatives
for (const a of [
  '2',
  '3',
  '4',
  '0.25',
  '0.0001',
  '1e-60',
  '1e-99',
  '1e-100',
  '1e-101',
  '3e-101',
  '1e-150',
  '10',
  '1e21',
  '152415787532388367504942236884722755800955129',
  '99980001',
  '2.25',
  '0.1',
  '123456789.987654321',
  '-4',
  '-0.0001',
])
  for (const m of ['sqrt', 'squareRoot']) op(m, a, null);
// toFraction: the default and a given maximum denominator (numbers, strings, a tie), errors
for (const a of [
  ...vals,
  '3.14159265358979323846',
  '-3.14159265358979323846',
  '0.333333333333333333333333',
  '1.6180339887498948482',
  '0.1',
  '0.5',
  '-0.75',
  '2.5',
  '1e-30',
  '123456789.000000001',
  '0.0625',
  '12.34',
  '1200',
  '-1e21',
  '0.99999999999999999999',
])
  for (const b of [null, 1, 2, 3, 7, 10, 100, 1000, 113, 33102, '1e10', 1e30, 0, -1, 0.5, 'x', '7'])
    op('toFraction', a, b);
writeFileSync(
  'test/jsvm/fixtures/bignumber-ops.json',
  `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`,
);
console.log(`${rows.length} rows`);
