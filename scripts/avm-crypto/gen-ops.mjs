// End-to-end oracle vectors for the hash.* / commit.* / sign.verify instructions: a program is
// evaluated (without proving) by ProgramManagerBase.authorize of @provablehq/sdk, and each
// output value is recorded. Signatures come from Signature.signValue / Signature.sign.
// Run: node scripts/avm-crypto/gen-ops.mjs  (writes src/avm/crypto/fixtures/ops.json; ~1-3 min)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as sdk from '@provablehq/sdk/mainnet.js';
import { makeRng } from './oracle-util.mjs';

const { ProgramManagerBase, PrivateKey, Signature, initThreadPool } = sdk;
await initThreadPool(2);
const rng = makeRng(23);
const HASHES = [
  'bhp256',
  'bhp512',
  'bhp768',
  'bhp1024',
  'keccak256',
  'keccak384',
  'keccak512',
  'ped64',
  'ped128',
  'psd2',
  'psd4',
  'psd8',
  'sha3_256',
  'sha3_384',
  'sha3_512',
];
const DESTS = [
  'field',
  'group',
  'address',
  'scalar',
  'u8',
  'u16',
  'u32',
  'u64',
  'u128',
  'i8',
  'i16',
  'i32',
  'i64',
  'i128',
];
const COMMITS = ['bhp256', 'bhp512', 'bhp768', 'bhp1024', 'ped64', 'ped128'];
const inputs = [
  { type: 'u8', value: '7u8' },
  { type: 'field', value: `${rng.field()}field` },
  { type: 'pt', value: '{ a: 1u8, b: 2u16 }' },
  { type: '[u8; 3u32]', value: '[1u8, 2u8, 3u8]' },
  { type: 'address', value: 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px' },
  { type: 'i64', value: '-5i64' },
  { type: 'boolean', value: 'true' },
];
// Each function: one input, up to 16 hash outputs.
const functions = [];
for (const [k, input] of inputs.entries()) {
  const ops = [];
  for (const [j, variant] of HASHES.entries()) {
    // Pedersen64 takes at most 64 input bits; only small literals fit.
    if (variant === 'ped64' && !['u8', 'i64', 'boolean'].includes(input.type)) continue;
    if (variant === 'ped128' && !['u8', 'i64', 'boolean'].includes(input.type)) continue;
    ops.push({ op: `hash.${variant}`, dest: DESTS[(j + k * 3) % DESTS.length] });
    ops.push({ op: `hash.${variant}`, dest: DESTS[(j * 5 + k + 1) % DESTS.length] });
  }
  for (let c = 0; c < ops.length; c += 16) functions.push({ input, ops: ops.slice(c, c + 16) });
}
// All destination types for two variants on one input.
functions.push({ input: inputs[0], ops: DESTS.map((dest) => ({ op: 'hash.psd2', dest })) });
functions.push({ input: inputs[1], ops: DESTS.map((dest) => ({ op: 'hash.bhp256', dest })) });
// Commitments, randomizer as the second input.
for (const input of [inputs[0], inputs[2], inputs[5]]) {
  const ops = [];
  for (const [j, variant] of COMMITS.entries()) {
    if (variant.startsWith('ped') && input.type === 'pt') continue;
    ops.push({ op: `commit.${variant}`, dest: ['field', 'group', 'address'][j % 3], commit: true });
  }
  functions.push({ input, ops, randomizer: `${rng.scalar()}scalar` });
}
const body = functions.map((f, i) => {
  const lines = [`function f${i}:`, `    input r0 as ${f.input.type}.public;`];
  if (f.randomizer) lines.push('    input r1 as scalar.public;');
  const base = f.randomizer ? 2 : 1;
  f.ops.forEach((o, n) => {
    lines.push(`    ${o.op} r0 ${o.commit ? 'r1 ' : ''}into r${base + n} as ${o.dest};`);
  });
  f.ops.forEach((o, n) => {
    lines.push(`    output r${base + n} as ${o.dest}.public;`);
  });
  return lines.join('\n');
});
const program = `program cryptovec.aleo;\n\nstruct pt:\n    a as u8;\n    b as u16;\n\n${body.join('\n\n')}\n\nfunction sv:\n    input r0 as signature.public;\n    input r1 as address.public;\n    input r2 as field.public;\n    sign.verify r0 r1 r2 into r3;\n    output r3 as boolean.public;\n`;
const pk = PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
const outputs = async (name, args) => {
  const auth = await ProgramManagerBase.authorize(pk, program, name, args);
  return JSON.parse(auth.toString()).transitions[0].outputs.map((o) => o.value);
};
// A panic inside the WASM module poisons it, so each function runs in its own child process
// (`node gen-ops.mjs <index>`); a function whose evaluation panics is reported and left out.
if (process.argv[2] !== undefined) {
  const f = functions[Number(process.argv[2])];
  const args = f.randomizer ? [f.input.value, f.randomizer] : [f.input.value];
  process.stdout.write(`@@${JSON.stringify(await outputs(`f${process.argv[2]}`, args))}`);
  process.exit(0);
}
const results = functions.map((f, i) => {
  try {
    const stdout = execFileSync(process.execPath, [new URL(import.meta.url).pathname, String(i)], {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 24,
    });
    process.stderr.write(`f${i} done\n`);
    return JSON.parse(stdout.slice(stdout.indexOf('@@') + 2));
  } catch {
    process.stderr.write(
      `f${i} failed: ${f.input.value} ${f.ops.map((o) => `${o.op}:${o.dest}`).join(',')}\n`,
    );
    return null;
  }
});
const cases = [];
for (const [i, f] of functions.entries()) {
  if (!results[i]) continue;
  f.ops.forEach((o, n) => {
    const [kind, variant] = o.op.split('.');
    cases.push({
      kind,
      variant,
      input: f.input.value,
      randomizer: f.randomizer,
      dest: o.dest,
      output: results[i][n],
    });
  });
}
const address = pk.to_address().to_string();
const signatures = [];
for (let i = 0; i < 3; i++) {
  const message = `${rng.field()}field`;
  const sig = Signature.signValue(pk, message).to_string();
  const other = `${rng.field()}field`;
  signatures.push({
    signature: sig,
    address,
    message,
    verify: (await outputs('sv', [sig, address, message]))[0],
  });
  signatures.push({
    signature: sig,
    address,
    message: other,
    verify: (await outputs('sv', [sig, address, other]))[0],
  });
}
const bytesCases = [];
for (let i = 0; i < 3; i++) {
  const bytes = Uint8Array.from({ length: 10 + 20 * i }, (_, j) => (j * 37 + i) & 255);
  const sig = Signature.sign(pk, bytes);
  const s = sig.to_string();
  bytesCases.push({
    signature: s,
    address,
    bytes: Buffer.from(bytes).toString('hex'),
    verify: Signature.from_string(s).verify(pk.to_address(), bytes),
  });
}
writeFileSync(
  new URL('../../src/avm/crypto/fixtures/ops.json', import.meta.url),
  `${JSON.stringify({ cases, signatures, bytesSignatures: bytesCases }, null, 1)}\n`,
);
console.log(
  `ops vectors written: ${cases.length} instruction outputs, ${signatures.length + bytesCases.length} signatures`,
);
process.exit(0);
