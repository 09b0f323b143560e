#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle.json: the outputs snarkVM (compiled to WASM in
 * @provablehq/sdk) computes for the programs and inputs below, evaluated without proving
 * by ProgramManager.authorize. The oracle wraps on integer overflow where a real execution
 * halts, so the checked instructions here only get inputs that do not overflow; overflow
 * behaviour is tested against snarkVM's source, not this oracle.
 *
 *   node scripts/avm/gen-oracle-fixtures.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const INTS = ['u8', 'u16', 'u32', 'u64', 'u128', 'i8', 'i16', 'i32', 'i64', 'i128'];
const bits = (t) => Number(t.slice(1));
const max = (t) => (t[0] === 'i' ? (1n << BigInt(bits(t) - 1)) - 1n : (1n << BigInt(bits(t))) - 1n);
const min = (t) => (t[0] === 'i' ? -(1n << BigInt(bits(t) - 1)) : 0n);

function fn(name, inputs, body, outputs) {
  return [
    `function ${name}:`,
    ...inputs.map((t, i) => `    input r${i} as ${t}.public;`),
    ...body.map((l) => `    ${l};`),
    ...outputs.map(([r, t]) => `    output ${r} as ${t}.public;`),
  ].join('\n');
}

/** Builds a function from instructions `op operands -> type`, registers allocated in order. */
function build(name, inputs, ops) {
  let next = inputs.length;
  const body = [];
  const outputs = [];
  for (const [text, type] of ops) {
    const r = `r${next++}`;
    body.push(`${text} into ${r}${text.startsWith('cast') ? ` as ${type}` : ''}`);
    outputs.push([r, type]);
  }
  return fn(name, inputs, body, outputs);
}

const cases = [];
const programs = [];

for (const t of INTS) {
  const signed = t[0] === 'i';
  const wrapFn = build(
    `wrap_${t}`,
    [t, t, 'u8'],
    [
      ['add.w r0 r1', t],
      ['sub.w r0 r1', t],
      ['mul.w r0 r1', t],
      ['div.w r0 r1', t],
      ['rem.w r0 r1', t],
      ['pow.w r0 r2', t],
      ['shl.w r0 r2', t],
      ['shr.w r0 r2', t],
      ['and r0 r1', t],
      ['or r0 r1', t],
      ['xor r0 r1', t],
      ['not r0', t],
      ['gt r0 r1', 'boolean'],
      ['lte r0 r1', 'boolean'],
      ['is.neq r0 r1', 'boolean'],
      ['cast.lossy r0', 'u8'],
    ],
  );
  const checkedFn = build(
    `checked_${t}`,
    [t, t, 'u8'],
    [
      ['add r0 r1', t],
      ['sub r0 r1', t],
      ['mul r0 r1', t],
      ['div r0 r1', t],
      ['rem r0 r1', t],
      ['pow r0 r2', t],
      ['shl r0 r2', t],
      ['shr r0 r2', t],
      [signed ? 'abs.w r0' : 'mod r0 r1', t],
      [signed ? 'neg r0' : 'lt r0 r1', signed ? t : 'boolean'],
      ['cast.lossy r0', 'i8'],
      ['cast.lossy r0', 'boolean'],
      ['cast r0', 'field'],
      ['cast r0', 'scalar'],
      ['cast r1', signed ? 'i128' : 'u128'],
      ['ternary true r0 r1', t],
    ],
  );
  const src = `program ops_${t}.aleo;\n\n${wrapFn}\n\n${checkedFn}\n`;
  programs.push(src);
  const M = max(t);
  const m = min(t);
  const wrapInputs = signed
    ? [
        [M, 2n, 3n],
        [m, -1n, 7n],
        [-5n, 3n, BigInt(bits(t) + 1)],
        [m + 1n, m, 1n],
      ]
    : [
        [M, 2n, 3n],
        [M - 1n, M, 7n],
        [5n, 3n, BigInt(bits(t) + 1)],
        [1n, M, 1n],
      ];
  for (const v of wrapInputs)
    cases.push({ src, fn: `wrap_${t}`, inputs: [`${v[0]}${t}`, `${v[1]}${t}`, `${v[2]}u8`] });
  const checkedInputs = signed
    ? [
        [-7n, 3n, 2n],
        [5n, -4n, 2n],
      ]
    : [
        [7n, 3n, 2n],
        [20n, 7n, 1n],
      ];
  for (const v of checkedInputs)
    cases.push({ src, fn: `checked_${t}`, inputs: [`${v[0]}${t}`, `${v[1]}${t}`, `${v[2]}u8`] });
}

const fieldSrc = `program ops_field.aleo;\n\n${build(
  'field_ops',
  ['field', 'field'],
  [
    ['add r0 r1', 'field'],
    ['sub r0 r1', 'field'],
    ['mul r0 r1', 'field'],
    ['div r0 r1', 'field'],
    ['inv r1', 'field'],
    ['square r0', 'field'],
    ['pow r0 r1', 'field'],
    ['neg r0', 'field'],
    ['double r0', 'field'],
    ['gt r0 r1', 'boolean'],
    ['lt r0 r1', 'boolean'],
    ['cast.lossy r0', 'u8'],
    ['cast.lossy r0', 'i128'],
    ['cast.lossy r0', 'boolean'],
    ['cast.lossy r0', 'scalar'],
    ['is.eq r0 r1', 'boolean'],
  ],
)}\n\n${build(
  'field_sqrt',
  ['field'],
  [
    ['square r0', 'field'],
    ['sqrt r1', 'field'],
    ['cast r0', 'u32'],
  ],
)}\n`;
programs.push(fieldSrc);
for (const v of [
  ['3field', '5field'],
  ['-1field', '2field'],
  ['12345678901234567890123456789field', '-7field'],
])
  cases.push({ src: fieldSrc, fn: 'field_ops', inputs: v });
for (const v of ['9field', '123456field']) cases.push({ src: fieldSrc, fn: 'field_sqrt', inputs: [v] });

const groupSrc = `program ops_group.aleo;\n\n${build(
  'group_ops',
  ['scalar', 'scalar'],
  [
    ['mul group::GEN r0', 'group'],
    ['mul r1 group::GEN', 'group'],
    ['add r2 r3', 'group'],
    ['sub r2 r3', 'group'],
    ['double r2', 'group'],
    ['neg r2', 'group'],
    ['cast r2', 'field'],
    ['cast r2', 'address'],
    ['add r0 r1', 'scalar'],
    ['gt r0 r1', 'boolean'],
    ['cast r0', 'field'],
    ['cast.lossy r0', 'u8'],
    ['cast true', 'group'],
    ['cast false', 'address'],
    ['is.eq r2 r3', 'boolean'],
    ['ternary false r2 r3', 'group'],
  ],
)}\n`;
programs.push(groupSrc);
for (const v of [
  ['5scalar', '7scalar'],
  ['1scalar', '2111115437357092606062206234695386632838870926408408195193685246394721360382scalar'],
])
  cases.push({ src: groupSrc, fn: 'group_ops', inputs: v });

const dataSrc = `program ops_data.aleo;

struct point:
    x as i16;
    y as [u8; 3u32];

closure sum:
    input r0 as u8;
    input r1 as u8;
    add r0 r1 into r2;
    output r2 as u8;

function data_ops:
    input r0 as point.public;
    input r1 as [boolean; 2u32].public;
    cast r0.y[2u32] r0.y[0u32] r0.y[1u32] into r2 as [u8; 3u32];
    cast 9i16 r2 into r3 as point;
    call sum r0.y[0u32] r0.y[1u32] into r4;
    is.eq r0 r3 into r5;
    cast r1[1u32] into r6 as u16;
    output r3 as point.public;
    output r4 as u8.public;
    output r5 as boolean.public;
    output r6 as u16.public;
    output r2 as [u8; 3u32].public;
    output r1 as [boolean; 2u32].public;
`;
programs.push(dataSrc);
cases.push({ src: dataSrc, fn: 'data_ops', inputs: ['{ x: -3i16, y: [1u8, 2u8, 3u8] }', '[false, true]'] });

await initThreadPool(2);
const key = new PrivateKey();
const out = [];
for (const [i, c] of cases.entries()) {
  try {
    const auth = await ProgramManagerBase.authorize(key, c.src, c.fn, c.inputs);
    const json = JSON.parse(auth.toString());
    const transition = json.transitions.at(-1);
    const outputs = transition.outputs.map((o) => o.value);
    out.push({ program: programs.indexOf(c.src), function: c.fn, inputs: c.inputs, outputs });
  } catch (error) {
    process.stderr.write(`\ncase ${c.fn} ${c.inputs.join(' ')} rejected by the oracle: ${error}\n`);
  }
  process.stderr.write(`\r${i + 1}/${cases.length}`);
}
process.stderr.write('\n');
const file = new URL('../../test/avm/fixtures/oracle.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs, cases: out }, null, 1)}\n`,
);
console.log(`wrote ${out.length} cases`);
