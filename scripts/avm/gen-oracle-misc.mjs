#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-misc.json: snarkVM's (@provablehq/sdk, WASM) results
 * for boolean logic (and/or/xor/nand/nor/not), gte, checked abs, ternary over addresses,
 * and casts involving group and address, including cast.lossy through Elligator-2.
 *
 *   node scripts/avm/gen-oracle-misc.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const program = `program misc.aleo;

function logic:
    input r0 as boolean.public;
    input r1 as boolean.public;
    input r2 as i32.public;
    input r3 as address.public;
    and r0 r1 into r4;
    or r0 r1 into r5;
    xor r0 r1 into r6;
    nand r0 r1 into r7;
    nor r0 r1 into r8;
    not r0 into r9;
    gte r2 -5i32 into r10;
    abs r2 into r11;
    ternary r0 r3 misc.aleo into r12;
    is.eq r3 r3 into r13;
    output r4 as boolean.public;
    output r5 as boolean.public;
    output r6 as boolean.public;
    output r7 as boolean.public;
    output r8 as boolean.public;
    output r9 as boolean.public;
    output r10 as boolean.public;
    output r11 as i32.public;
    output r12 as address.public;
    output r13 as boolean.public;

function groups:
    input r0 as address.public;
    input r1 as field.public;
    cast r0 into r2 as field;
    cast r0 into r3 as group;
    cast.lossy r0 into r4 as u8;
    cast.lossy r1 into r5 as group;
    cast.lossy r1 into r6 as address;
    cast r2 into r7 as group;
    cast.lossy r2 into r8 as i64;
    cast.lossy r0 into r9 as boolean;
    output r2 as field.public;
    output r3 as group.public;
    output r4 as u8.public;
    output r5 as group.public;
    output r6 as address.public;
    output r7 as group.public;
    output r8 as i64.public;
    output r9 as boolean.public;
`;

await initThreadPool(2);
const key = new PrivateKey();
const addr = key.to_address().to_string();
const inputs = [
  ['logic', ['true', 'false', '-7i32', addr]],
  ['logic', ['false', 'false', '-5i32', addr]],
  ['logic', ['true', 'true', '2147483647i32', addr]],
  ['groups', [addr, '2field']],
  ['groups', [addr, '1field']],
  ['groups', [addr, '0field']],
  ['groups', [addr, '12345678901234567890field']],
];
const cases = [];
for (const [fn, args] of inputs) {
  try {
    const auth = await ProgramManagerBase.authorize(key, program, fn, args);
    const outputs = JSON.parse(auth.toString())
      .transitions.at(-1)
      .outputs.map((o) => o.value);
    cases.push({ program: 0, function: fn, inputs: args, outputs });
  } catch (error) {
    process.stderr.write(`\ncase ${fn} ${args.join(' ')} rejected by the oracle: ${error}\n`);
  }
}
const file = new URL('../../test/avm/fixtures/oracle-misc.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs: [program], cases }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases`);
