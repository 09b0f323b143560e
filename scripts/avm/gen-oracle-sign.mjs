#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-sign.json: a signature made by snarkVM
 * (@provablehq/sdk PrivateKey.signValue over a plaintext) and snarkVM's own `sign.verify`
 * result for it on the right and on a different message, through a whole program.
 *
 *   node scripts/avm/gen-oracle-sign.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const program = `program sig.aleo;

struct msg:
    a as u8;
    b as field;

function verify:
    input r0 as signature.public;
    input r1 as address.public;
    input r2 as msg.public;
    sign.verify r0 r1 r2 into r3;
    output r3 as boolean.public;
    output r0 as signature.public;
`;

await initThreadPool(2);
const key = new PrivateKey();
const address = key.to_address().to_string();
const message = '{ a: 7u8, b: 12345field }';
const signature = key.signValue(message).to_string();
const cases = [];
for (const inputs of [
  [signature, address, message],
  [signature, address, '{ a: 8u8, b: 12345field }'],
]) {
  const auth = await ProgramManagerBase.authorize(key, program, 'verify', inputs);
  const outputs = JSON.parse(auth.toString())
    .transitions.at(-1)
    .outputs.map((o) => o.value);
  cases.push({ program: 0, function: 'verify', inputs, outputs });
}
const file = new URL('../../test/avm/fixtures/oracle-sign.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk PrivateKey.signValue + ProgramManager.authorize', programs: [program], cases }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases`);
