// Oracle vectors for the hash/commit primitives through the SDK's direct hasher bindings
// (BHP*, Pedersen*, Poseidon*) and Plaintext::to_bits_le / to_fields.
// Run: node scripts/avm-crypto/gen-hash.mjs  (writes src/avm/crypto/fixtures/hash.json)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as sdk from '@provablehq/sdk/mainnet.js';
import { bitsToString, makeRng } from './oracle-util.mjs';

const {
  Plaintext,
  Scalar,
  BHP256,
  BHP512,
  BHP768,
  BHP1024,
  Pedersen64,
  Pedersen128,
  Poseidon2,
  Poseidon4,
  Poseidon8,
} = sdk;
const rng = makeRng(11);
const addr = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
const inputs = [
  '0u8',
  '1u8',
  '255u8',
  '-7i16',
  '123456789u64',
  '-170141183460469231731687303715884105728i128',
  'true',
  'false',
  '0field',
  '1field',
  `${rng.field()}field`,
  `${rng.field()}field`,
  `${rng.scalar()}scalar`,
  '0group',
  '1540945439182663264862696551825005342995406165131907382295858612069623286213group',
  addr,
  '"hello"',
  '""',
  '{ a: 1u8, b: 2u16 }',
  '{ owner: aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px, amount: 100u64 }',
  '[1u8, 2u8, 3u8]',
  '[true, false, true, true]',
  '{ x: [1field, 2field], y: { z: -1i8 } }',
  '[{ a: 0u32 }, { a: 4294967295u32 }]',
];
const bhp = { bhp256: new BHP256(), bhp512: new BHP512(), bhp768: new BHP768(), bhp1024: new BHP1024() };
const ped = { ped64: new Pedersen64(), ped128: new Pedersen128() };
const psd = { psd2: new Poseidon2(), psd4: new Poseidon4(), psd8: new Poseidon8() };
const attempt = (fn) => {
  try {
    return fn().toString();
  } catch (e) {
    return { error: String(e).slice(0, 120) };
  }
};
// The WASM module's object table breaks after a few hundred calls in one process, so each
// input is evaluated in a fresh child process (`node gen-hash.mjs <index>`).
function vectorFor(text) {
  const pt = Plaintext.fromString(text);
  // The bindings take ownership of the array elements, so every call gets a fresh array.
  const bits = () => pt.toBitsLe();
  const fields = () => pt.toFields();
  const r = Scalar.fromString(`${makeRng(1000 + inputs.indexOf(text)).scalar()}scalar`);
  const v = {
    input: text,
    bits: bitsToString(bits()),
    fields: fields().map(String),
    randomizer: r.toString(),
  };
  for (const [name, h] of Object.entries(bhp)) {
    v[name] = {
      hash: attempt(() => h.hash(bits())),
      group: attempt(() => h.hashToGroup(bits())),
      commit: attempt(() => h.commitToGroup(bits(), Scalar.fromString(r.toString()))),
    };
  }
  for (const [name, h] of Object.entries(ped)) {
    // Oversized Pedersen inputs panic inside the WASM module (which poisons it); skip them.
    if (bits().length > (name === 'ped64' ? 64 : 128)) continue;
    v[name] = {
      hash: attempt(() => h.hash(bits())),
      commit: attempt(() => h.commitToGroup(bits(), Scalar.fromString(r.toString()))),
    };
  }
  for (const [name, h] of Object.entries(psd)) {
    v[name] = {
      hash: attempt(() => h.hash(fields())),
      group: attempt(() => h.hashToGroup(fields())),
      scalar: attempt(() => h.hashToScalar(fields())),
      many: attempt(() => h.hashMany(fields(), 5).map(String).join(' ')),
    };
  }
  return v;
}
const index = process.argv[2];
if (index !== undefined) {
  process.stdout.write(JSON.stringify(vectorFor(inputs[Number(index)])));
  process.exit(0);
}
const vectors = inputs.map((_, i) =>
  JSON.parse(
    execFileSync(process.execPath, [new URL(import.meta.url).pathname, String(i)], { encoding: 'utf8' }),
  ),
);
writeFileSync(
  new URL('../../src/avm/crypto/fixtures/hash.json', import.meta.url),
  `${JSON.stringify(vectors, null, 1)}\n`,
);
console.log(`hash vectors written: ${vectors.length} inputs`);
