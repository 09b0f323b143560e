#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-hash-raw.json: snarkVM's (@provablehq/sdk, WASM) outputs
 * of the `hash.*.raw`, `hash.<keccak|sha3>.native[.raw]`, `serialize.bits[.raw]` and
 * `deserialize.bits[.raw]` instructions for the programs in test/avm/programs/{hash-raw,serialize}
 * (ProgramManagerBase.authorize: the transition's public outputs), and the errors it gives for
 * programs it refuses. authorize runs the function in circuit mode without checking the
 * constraints, so an input no real execution accepts (a group x-coordinate not in the subgroup)
 * still gets an output there: the cases avoid those.
 *
 *   node scripts/avm/gen-oracle-hash-raw.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

await initThreadPool(2);
const dir = new URL('../../test/avm/programs/', import.meta.url);
const key = PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
const A = '[1u8, 2u8, 3u8, 250u8]';
const P = '{ x: 9field, y: [7u8, 8u8] }';
const U = '340282366920938463463374607431768211455u128';
const B32 =
  '[true, true, false, true, false, false, false, false, true, true, false, true, false, false, true, false, false, true, true, false, true, true, true, true, false, true, false, true, true, false, false, true]';
const B16 =
  '[false, true, true, false, false, true, false, true, true, false, true, false, false, true, false, false]';
/** serialize.bits of 7u32 (header: variant, type id, size; then the bits). */
const H =
  '[false, false, true, true, false, true, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]';
/** The same bits with the literal type id changed (u32 -> u64). */
const H_BAD = H.replace(
  /^(\[(?:\w+, ){2})(\w+, \w+, \w+, \w+, )(\w+, \w+, \w+, \w+)/,
  '$1$2false, true, true, false',
);
const cases = [
  { file: 'hash-raw/raw1.aleo', function: 'h', inputs: ['5u8', '7field', '{ a: 3u8, b: -2i16 }'] },
  { file: 'hash-raw/raw1.aleo', function: 'h', inputs: ['255u8', '0field', '{ a: 0u8, b: 32767i16 }'] },
  { file: 'hash-raw/raw2.aleo', function: 'h', inputs: [A, U, '123field', P] },
  { file: 'hash-raw/raw2.aleo', function: 'g', inputs: [A, U, '123field', P] },
  {
    file: 'hash-raw/raw2.aleo',
    function: 'g',
    inputs: ['[0u8, 0u8, 0u8, 0u8]', '0u128', '1field', '{ x: 0field, y: [0u8, 0u8] }'],
  },
  { file: 'serialize/ser1.aleo', function: 'ser', inputs: ['7u32', '5field', '[-1i8, 3i8]'] },
  { file: 'serialize/ser1.aleo', function: 'ser', inputs: ['4294967295u32', '0field', '[-128i8, 127i8]'] },
  { file: 'serialize/ser1.aleo', function: 'de', inputs: [B32, H, B16] },
  {
    file: 'serialize/ser1.aleo',
    function: 'round',
    inputs: ['123field', 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px', '77scalar'],
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
  [
    'serialize.bits of a u32 into 32 bits',
    'u32',
    'serialize.bits r0 (u32) into r1 ([boolean; 32u32])',
    '[boolean; 32u32]',
  ],
  [
    'serialize.bits.raw of a u64 declared u32',
    'u64',
    'serialize.bits.raw r0 (u32) into r1 ([boolean; 32u32])',
    '[boolean; 32u32]',
  ],
  [
    'deserialize.bits.raw of 32 bits into a u64',
    '[boolean; 32u32]',
    'deserialize.bits.raw r0 ([boolean; 32u32]) into r1 (u64)',
    'u64',
  ],
  [
    'deserialize.bits of a header naming another type',
    '[boolean; 58u32]',
    'deserialize.bits r0 ([boolean; 58u32]) into r1 (u32)',
    'u32',
    H_BAD,
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
for (const [name, type, ins, dest, given] of refused) {
  const src = `program refused.aleo;\n\nfunction h:\n    input r0 as ${type}.public;\n    ${ins};\n    output r1 as ${dest}.public;\n`;
  const input = given ?? { boolean: 'true', field: '1field', u32: '1u32', u64: '1u64' }[type] ?? B32;
  try {
    await ProgramManagerBase.authorize(key, src, 'h', [input]);
    out.refused.push({ name, program: src, input, error: null });
  } catch (e) {
    out.refused.push({ name, program: src, input, error: String(e) });
  }
}
writeFileSync(
  new URL('../../test/avm/fixtures/oracle-hash-raw.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
process.exit(0);
