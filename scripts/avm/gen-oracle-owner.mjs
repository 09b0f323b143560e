#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-owner.json: what snarkVM (@provablehq/sdk
 * ProgramManager.authorize, no proving, no network) does with a record input owned by another
 * address: refused as a `record` input (Request::sign), in the root request and in a called
 * function's request; accepted as an external record (`other.aleo/token.record`, only hashed).
 *
 *   node scripts/avm/gen-oracle-owner.mjs
 */
import { writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

const REC = `program rec.aleo;

record token:
    owner as address.private;
    amount as u64.private;

function spend:
    input r0 as token.record;
    output r0.amount as u64.public;
`;

const EXT = `import rec.aleo;
program ext.aleo;

function hold:
    input r0 as rec.aleo/token.record;
    output r0 as rec.aleo/token.record;

function fwd:
    input r0 as rec.aleo/token.record;
    call rec.aleo/spend r0 into r1;
    output r1 as u64.public;
`;

await initThreadPool(2);
const key = new PrivateKey();
const mine = key.to_address().to_string();
const other = new PrivateKey().to_address().to_string();
const record = (owner) =>
  `{ owner: ${owner}.private, amount: 5u64.private, _nonce: 0group.public, _version: 1u8.public }`;

const cases = [];
for (const [program, fn, owner] of [
  ['rec', 'spend', other],
  ['rec', 'spend', mine],
  ['ext', 'hold', other],
  ['ext', 'fwd', other],
  ['ext', 'fwd', mine],
]) {
  const inputs = [record(owner)];
  const imports = program === 'ext' ? { 'rec.aleo': REC } : {};
  try {
    const auth = JSON.parse(
      (
        await ProgramManagerBase.authorize(key, program === 'rec' ? REC : EXT, fn, inputs, imports)
      ).toString(),
    );
    cases.push({
      program,
      function: fn,
      inputs,
      tvks: auth.requests.map((r) => r.tvk),
      transitions: auth.transitions.map((t) => ({ program: t.program, function: t.function, id: t.id })),
    });
  } catch (e) {
    cases.push({ program, function: fn, inputs, error: String(e) });
  }
}

const file = new URL('../../test/avm/fixtures/oracle-owner.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ generator: '@provablehq/sdk ProgramManager.authorize', programs: { rec: REC, ext: EXT }, privateKey: key.to_string(), cases }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases`);
process.exit(0);
