#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-hash-record.json: snarkVM's (@provablehq/sdk, WASM)
 * transitions for `hash.*` (plain, `.raw`, `.native[.raw]`) and `commit.*` of records and futures
 * (test/avm/programs/hash-record), with each request's tvk so that the record nonces (and so the
 * hashed records) can be reproduced; and the errors the SDK gives for programs it refuses (the
 * byte-alignment check on a record's or a future's size).
 *
 *   node scripts/avm/gen-oracle-hash-record.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { initThreadPool, PrivateKey, ProgramManagerBase } from '@provablehq/sdk/mainnet.js';

await initThreadPool(2);
const dir = new URL('../../test/avm/programs/hash-record/', import.meta.url);
const privateKey = 'APrivateKey1zkpE6qrQxPTzUa78uLGwsSkpJdYJQnkzxeH4qzd3Yg8N6Lt';
const key = PrivateKey.from_string(privateKey);
const owner = key.to_address().to_string();
const TOK = `{ owner: ${owner}.private, amount: 100u64.private, memo: 123field.public, _nonce: 4263593765619395730544691296631235384010362767586744732927729643865741759600group.public, _version: 1u8.public }`;
const cases = [
  { file: 'hrec.aleo', function: 'made', inputs: ['5u64', '77field'] },
  { file: 'hrec.aleo', function: 'made', inputs: ['18446744073709551615u64', '0field'] },
  { file: 'hrec.aleo', function: 'spent', inputs: [TOK] },
  { file: 'hrec.aleo', function: 'bytes', inputs: ['9u64', 'true'] },
  {
    file: 'hfut.aleo',
    function: 'h',
    inputs: ['5field', '8444461749428370424248824938781546531375899335154063827935233455917409239040field'],
  },
  { file: 'hfut.aleo', function: 'h', inputs: ['0field', '1field'] },
  { file: 'hx.aleo', function: 'x', inputs: [TOK, '3field'], imports: ['hrec.aleo', 'hfut.aleo'] },
];
const REC = 'record tok:\n    owner as address.private;\n    amount as u64.private;\n\n';
const FIN = '\nfinalize h:\n    input r0 as u64.public;\n    assert.eq r0 r0;\n';
/** Programs the SDK refuses: [name, program]. */
const refused = [
  [
    'keccak256.raw of a 687-bit record',
    `program refr.aleo;\n\n${REC}function h:\n    input r0 as tok.record;\n    hash.keccak256.raw r0 into r1 as field;\n    output r1 as field.public;\n`,
  ],
  [
    'sha3_256.native of a 687-bit record',
    `program refr.aleo;\n\n${REC}function h:\n    input r0 as tok.record;\n    hash.sha3_256.native r0 into r1 as [boolean; 256u32];\n    output r1 as [boolean; 256u32].public;\n`,
  ],
  [
    'keccak384.raw of a 235-bit future',
    `program probef.aleo;\n\nfunction h:\n    input r0 as u64.public;\n    async h r0 into r1;\n    hash.keccak384.raw r1 into r2 as field;\n    output r2 as field.public;\n    output r1 as probef.aleo/h.future;\n${FIN}`,
  ],
  [
    'sha3_512.native.raw of a 235-bit future',
    `program probef.aleo;\n\nfunction h:\n    input r0 as u64.public;\n    async h r0 into r1;\n    hash.sha3_512.native.raw r1 into r2 as [boolean; 512u32];\n    output r2 as [boolean; 512u32].public;\n    output r1 as probef.aleo/h.future;\n${FIN}`,
  ],
  [
    'keccak256.raw of an external 687-bit record',
    `import hrec.aleo;\n\nprogram refx.aleo;\n\nfunction h:\n    input r0 as hrec.aleo/tok.record;\n    hash.keccak256.raw r0 into r1 as field;\n    output r1 as field.public;\n`,
    ['hrec.aleo'],
  ],
  [
    "sha3_384.native of an 817-bit future holding another program's future",
    `import hfut.aleo;\n\nprogram hx.aleo;\n\nfunction h:\n    input r0 as field.public;\n    call hfut.aleo/g r0 into r1;\n    async h r1 r0 into r2;\n    hash.sha3_384.native r2 into r3 as [boolean; 384u32];\n    output r3 as [boolean; 384u32].public;\n    output r2 as hx.aleo/h.future;\n\nfinalize h:\n    input r0 as hfut.aleo/g.future;\n    input r1 as field.public;\n    await r0;\n`,
    ['hfut.aleo'],
  ],
];
const out = {
  generator: '@provablehq/sdk 0.11.10 ProgramManagerBase.authorize',
  account: { privateKey, address: owner },
  cases: [],
  refused: [],
};
for (const c of cases) {
  const src = readFileSync(new URL(c.file, dir), 'utf8');
  const imports = Object.fromEntries(
    (c.imports ?? []).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]),
  );
  const auth = JSON.parse(
    (await ProgramManagerBase.authorize(key, src, c.function, c.inputs, imports)).toString(),
  );
  out.cases.push({ ...c, tvks: auth.requests.map((q) => q.tvk), transitions: auth.transitions });
  console.log(c.file, c.function, auth.transitions.at(-1).outputs.length);
}
for (const [name, program, deps = []] of refused) {
  const input = program.includes('tok.record')
    ? TOK
    : program.includes('as field.public')
      ? '1field'
      : '1u64';
  const imports = Object.fromEntries(deps.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
  try {
    const auth = JSON.parse(
      (await ProgramManagerBase.authorize(key, program, 'h', [input], imports)).toString(),
    );
    out.refused.push({
      name,
      program,
      imports: deps,
      error: null,
      tvks: auth.requests.map((q) => q.tvk),
      transitions: auth.transitions,
    });
  } catch (e) {
    out.refused.push({ name, program, imports: deps, error: String(e) });
  }
}
writeFileSync(
  new URL('../../test/avm/fixtures/oracle-hash-record.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`wrote ${out.cases.length} cases, ${out.refused.length} refused`);
