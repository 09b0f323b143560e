#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-hash-raw.json: snarkVM's (@provablehq/sdk, WASM) outputs
 * of the `hash.*.raw` and `hash.<keccak|sha3>.native[.raw]` instructions for the programs in
 * test/avm/programs/hash-raw (ProgramManagerBase.authorize: the transition's public outputs),
 * and the errors it gives for programs it refuses.
 *
 *   node scripts/avm/gen-oracle-hash-raw.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

await initThreadPool(2);
const dir = new URL('../../test/avm/programs/hash-raw/', import.meta.url);
const key = PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
const A = '[1u8, 2u8, 3u8, 250u8]';
const P = '{ x: 9field, y: [7u8, 8u8] }';
const U = '340282366920938463463374607431768211455u128';
const cases = [
  { file: 'raw1.aleo', function: 'h', inputs: ['5u8', '7field', '{ a: 3u8, b: -2i16 }'] },
  { file: 'raw1.aleo', function: 'h', inputs: ['255u8', '0field', '{ a: 0u8, b: 32767i16 }'] },
  { file: 'raw2.aleo', function: 'h', inputs: [A, U, '123field', P] },
  { file: 'raw2.aleo', function: 'g', inputs: [A, U, '123field', P] },
  {
    file: 'raw2.aleo',
    function: 'g',
    inputs: ['[0u8, 0u8, 0u8, 0u8]', '0u128', '1field', '{ x: 0field, y: [0u8, 0u8] }'],
  },
];
/** Programs the SDK refuses when the function is authorized: [name, input type, instruction, destination]. */
const refused = [
  ['keccak256.raw of a boolean', 'boolean', 'hash.keccak256.raw r0 into r1 as field', 'field'],
  [
    'keccak256.native.raw of a boolean',
    'boolean',
    'hash.keccak256.native.raw r0 into r1 as [boolean; 256u32]',
    '[boolean; 256u32]',
  ],
  [
    'sha3_256.native of a boolean',
    'boolean',
    'hash.sha3_256.native r0 into r1 as [boolean; 256u32]',
    '[boolean; 256u32]',
  ],
  [
    'sha3_512.native of a field',
    'field',
    'hash.sha3_512.native r0 into r1 as [boolean; 512u32]',
    '[boolean; 512u32]',
  ],
];
const out = { generator: '@provablehq/sdk 0.11.10 ProgramManagerBase.authorize', cases: [], refused: [] };
for (const c of cases) {
  const src = readFileSync(new URL(c.file, dir), 'utf8');
  const auth = await ProgramManagerBase.authorize(key, src, c.function, c.inputs);
  const outputs = JSON.parse(auth.toString())
    .transitions.at(-1)
    .outputs.map((o) => o.value);
  out.cases.push({ ...c, outputs });
  console.log(c.file, c.function, outputs.length);
}
for (const [name, type, ins, dest] of refused) {
  const src = `program refused.aleo;\n\nfunction h:\n    input r0 as ${type}.public;\n    ${ins};\n    output r1 as ${dest}.public;\n`;
  const input = type === 'boolean' ? 'true' : '1field';
  try {
    await ProgramManagerBase.authorize(key, src, 'h', [input]);
    out.refused.push({ name, program: src, error: null });
  } catch (e) {
    out.refused.push({ name, program: src, error: String(e) });
  }
}
writeFileSync(
  new URL('../../test/avm/fixtures/oracle-hash-raw.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
process.exit(0);
