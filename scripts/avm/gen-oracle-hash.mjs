#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-hash.json: snarkVM's (@provablehq/sdk, WASM) results
 * of hash.* and commit.* instructions on literals, structs and arrays, into several
 * destination types, run through whole programs.
 *
 *   node scripts/avm/gen-oracle-hash.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const OPS = [
  ['hash.bhp256 r0', 'field'],
  ['hash.bhp512 r0', 'group'],
  ['hash.bhp768 r0', 'u64'],
  ['hash.bhp1024 r0', 'address'],
  ['hash.ped64 r0', 'field'],
  ['hash.psd2 r0', 'field'],
  ['hash.psd4 r0', 'scalar'],
  ['hash.psd8 r0', 'group'],
  ['hash.keccak256 r0', 'field'],
  ['hash.keccak384 r0', 'i128'],
  ['hash.sha3_256 r0', 'field'],
  ['hash.sha3_512 r0', 'u8'],
  ['commit.bhp256 r0 r1', 'field'],
  ['commit.bhp512 r0 r1', 'group'],
  ['commit.ped64 r0 r1', 'address'],
  ['commit.ped128 r0 r1', 'field'],
];

/** Pedersen takes at most 64/128 input bits (a panic in the oracle), so only small inputs get it. */
function program(name, type, prelude = '', pedersen = false) {
  const ops = pedersen ? OPS : OPS.filter(([op]) => !op.includes('ped'));
  const lines = [
    `program ${name}.aleo;`,
    '',
    prelude,
    'function h:',
    `    input r0 as ${type}.public;`,
    '    input r1 as scalar.public;',
  ];
  for (const [i, [op, t]] of ops.entries()) lines.push(`    ${op} into r${i + 2} as ${t};`);
  for (const [i, [, t]] of ops.entries()) lines.push(`    output r${i + 2} as ${t}.public;`);
  return `${lines.join('\n')}\n`;
}

const programs = [
  program('hash_u8', 'u8', '', true),
  program('hash_field', 'field'),
  program('hash_bool', 'boolean', '', true),
  program('hash_struct', 'pair', 'struct pair:\n    a as u8;\n    b as i16;\n'),
];
const cases = [
  { program: 0, inputs: ['0u8', '0scalar'] },
  { program: 0, inputs: ['255u8', '7scalar'] },
  { program: 1, inputs: ['1field', '123456789scalar'] },
  { program: 2, inputs: ['true', '1scalar'] },
  { program: 3, inputs: ['{ a: 3u8, b: -2i16 }', '5scalar'] },
];

await initThreadPool(2);
const key = new PrivateKey();
const out = [];
for (const [i, c] of cases.entries()) {
  try {
    const auth = await ProgramManagerBase.authorize(key, programs[c.program], 'h', c.inputs);
    const outputs = JSON.parse(auth.toString())
      .transitions.at(-1)
      .outputs.map((o) => o.value);
    out.push({ program: c.program, function: 'h', inputs: c.inputs, outputs });
  } catch (error) {
    process.stderr.write(`\ncase ${c.inputs.join(' ')} rejected by the oracle: ${error}\n`);
  }
  process.stderr.write(`\r${i + 1}/${cases.length}`);
}
process.stderr.write('\n');
const file = new URL('../../test/avm/fixtures/oracle-hash.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs, cases: out }, null, 1)}\n`,
);
console.log(`wrote ${out.length} cases`);
