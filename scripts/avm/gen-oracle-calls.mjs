#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-calls.json: snarkVM (@provablehq/sdk
 * ProgramManager.authorize, no proving) running a program that calls a closure of an imported
 * program (evaluated in place, no transition) and an imported function (its own transition).
 *
 *   node scripts/avm/gen-oracle-calls.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const LIB = `program lib.aleo;
closure sum3:
    input r0 as u8;
    input r1 as u8;
    add r0 r1 into r2;
    add r2 3u8 into r3;
    output r3 as u8;
    output r2 as u8;
function twice:
    input r0 as u8.public;
    mul r0 2u8 into r1;
    output r1 as u8.public;
`;

const APP = `import lib.aleo;
program app.aleo;
function f:
    input r0 as u8.public;
    input r1 as u8.public;
    call lib.aleo/sum3 r0 r1 into r2 r3;
    output r2 as u8.public;
    output r3 as u8.public;
function g:
    input r0 as u8.public;
    call lib.aleo/sum3 r0 r0 into r1 r2;
    call lib.aleo/twice r1 into r3;
    output r3 as u8.public;
`;

await initThreadPool(2);
const key = new PrivateKey();
const cases = [];
for (const [fn, inputs] of [
  ['f', ['4u8', '5u8']],
  ['g', ['2u8']],
]) {
  const auth = JSON.parse(
    (await ProgramManagerBase.authorize(key, APP, fn, inputs, { 'lib.aleo': LIB })).toString(),
  );
  cases.push({
    function: fn,
    inputs,
    tvks: auth.requests.map((r) => r.tvk),
    transitions: auth.transitions.map((t) => ({
      program: t.program,
      function: t.function,
      id: t.id,
      outputs: t.outputs.map((o) => o.value),
    })),
  });
}
const file = new URL('../../test/avm/fixtures/oracle-calls.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs: { lib: LIB, app: APP }, privateKey: key.to_string(), cases }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases`);
process.exit(0);
