#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-snark-verify.json: what snarkVM (@provablehq/sdk 0.11.10,
 * mainnet, WASM) says about `snark.verify` / `snark.verify.batch` programs and proofs.
 *
 * - `checks`: programs using the two instructions, each with the SDK's verdict when it adds the
 *   program to its process (ProgramManagerBase.authorize type-checks the whole program): accepted,
 *   or the error it gives (type rules, batch bounds, finalize-only).
 * - `batch`: the SDK's snarkVerifyBatch on the two-circuit proof of fixtures/varuna/call_v2.json
 *   with the circuits in either order and with one key given twice.
 *
 *   node scripts/avm/gen-oracle-snark-verify.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import '../../../shared/aleo-srs/serve-offline.mjs';

const { initThreadPool, PrivateKey, ProgramManagerBase, Proof, snarkVerifyBatch } = await import(
  '@provablehq/sdk/mainnet.js'
);
await initThreadPool(2);

const TYPES = ['[u8; 673u32]', '[field; 11u32]', '[u8; 957u32]'];
const BATCH = ['[[u8; 673u32]; 2u32]', '[[[field; 14u32]; 1u32]; 2u32]', '[u8; 1445u32]'];
/** A program whose function passes three inputs of `types` to a finalize running `command`. */
const program = (name, command, types = TYPES) => `program ${name}.aleo;
function f:
${types.map((t, i) => `    input r${i} as ${t}.public;\n`).join('')}    async f r0 r1 r2 into r3;
    output r3 as ${name}.aleo/f.future;
finalize f:
${types.map((t, i) => `    input r${i} as ${t}.public;\n`).join('')}    ${command}
`;
const checks = [
  ['single', program('sv_single', 'snark.verify r0 2u8 r1 r2 into r3;')],
  ['batch', program('sv_batch', 'snark.verify.batch r0 2u8 r1 r2 into r3;', BATCH)],
  [
    'in a closure',
    `program sv_closure.aleo;
closure c:
    input r0 as [u8; 4u32];
    input r1 as [field; 1u32];
    snark.verify r0 2u8 r1 r0 into r2;
    output r2 as boolean;
function f:
    input r0 as u8.public;
    assert.eq r0 r0;
`,
  ],
  [
    'in a function',
    `program sv_function.aleo;
function f:
    input r0 as [u8; 4u32].public;
    input r1 as [field; 1u32].public;
    snark.verify r0 2u8 r1 r0 into r2;
    output r2 as boolean.public;
`,
  ],
  ['key not bytes', program('sv_badvk', 'snark.verify r1 2u8 r1 r2 into r3;')],
  ['version not u8', program('sv_badver', 'snark.verify r0 2u16 r1 r2 into r3;')],
  ['inputs not fields', program('sv_badin', 'snark.verify r0 2u8 r0 r2 into r3;')],
  ['proof not bytes', program('sv_badproof', 'snark.verify r0 2u8 r1 r1 into r3;')],
  ['batch of 1-D keys', program('sv_batch1d', 'snark.verify.batch r0 2u8 r1 r2 into r3;')],
  [
    'batch keys and circuits differ',
    program('sv_batchm', 'snark.verify.batch r0 2u8 r1 r2 into r3;', [
      '[[u8; 673u32]; 2u32]',
      '[[[field; 14u32]; 1u32]; 3u32]',
      '[u8; 1445u32]',
    ]),
  ],
  [
    'batch of 128 instances',
    program('sv_batch128', 'snark.verify.batch r0 2u8 r1 r2 into r3;', [
      '[[u8; 4u32]; 2u32]',
      '[[[field; 1u32]; 64u32]; 2u32]',
      '[u8; 4u32]',
    ]),
  ],
  [
    'batch of 130 instances',
    program('sv_batch130', 'snark.verify.batch r0 2u8 r1 r2 into r3;', [
      '[[u8; 4u32]; 2u32]',
      '[[[field; 1u32]; 65u32]; 2u32]',
      '[u8; 4u32]',
    ]),
  ],
  [
    'batch of 33 circuits',
    program('sv_batch33', 'snark.verify.batch r0 2u8 r1 r2 into r3;', [
      '[[u8; 4u32]; 33u32]',
      '[[[field; 1u32]; 1u32]; 33u32]',
      '[u8; 4u32]',
    ]),
  ],
  [
    'proof a 2-D byte array',
    program('sv_proof2d', 'snark.verify r0 2u8 r1 r2 into r3;', [
      '[u8; 4u32]',
      '[field; 1u32]',
      '[[u8; 4u32]; 2u32]',
    ]),
  ],
  ['array of 2048', program('sv_a2048', 'assert.eq r0 r0;', ['[u8; 2048u32]', 'u8', 'u8'])],
  ['array of 2049', program('sv_a2049', 'assert.eq r0 r0;', ['[u8; 2049u32]', 'u8', 'u8'])],
];

/** A zero value of a type (arrays of zeros). */
const zero = (t) => {
  const m = /^\[(.*); (\d+)u32\]$/.exec(t);
  if (!m) return t === 'field' ? '0field' : '0u8';
  return `[${Array.from({ length: Number(m[2]) }, () => zero(m[1])).join(', ')}]`;
};
const key = new PrivateKey();
const out = {
  generator: '@provablehq/sdk 0.11.10 (mainnet), scripts/avm/gen-oracle-snark-verify.mjs',
  checks: [],
};
for (const [name, source] of checks) {
  const types = [...source.matchAll(/^ {4}input r\d as (.*)\.public;$/gm)].slice(0, 3).map((m) => m[1]);
  let error = null;
  try {
    await ProgramManagerBase.authorize(key, source, 'f', types.map(zero));
  } catch (e) {
    error = String(e);
  }
  out.checks.push({ name, source, error });
}

const call = JSON.parse(
  readFileSync(new URL('../../test/avm/fixtures/varuna/call_v2.json', import.meta.url), 'utf8'),
);
const main = call.verifyingKey;
const sub = call.importVerifyingKeys['varuna_add.aleo/sum'];
const [subInputs, mainInputs] = call.verifierInputs;
const proof = () => Proof.fromString(call.execution.proof);
out.batch = {
  calleeFirst: snarkVerifyBatch([sub, main], [[subInputs], [mainInputs]], proof()),
  callerFirst: snarkVerifyBatch([main, sub], [[mainInputs], [subInputs]], proof()),
  oneKeyTwice: snarkVerifyBatch([main, main], [[mainInputs], [mainInputs]], proof()),
};
writeFileSync(
  new URL('../../test/avm/fixtures/oracle-snark-verify.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`wrote ${out.checks.length} checks`);
process.exit(0);
