#!/usr/bin/env node
/**
 * Lets the SDK synthesize keys for circuits whose Varuna domains need more than the 2^16 SRS
 * powers in ../shared/aleo-srs (record circuits, calls, sign.verify, Keccak): the SDK only needs
 * *some* powers to index a circuit, and the circuit id (Blake2s over the matrices) and the
 * matrices in the proving key do not depend on them. This script prepares, outside the repo:
 *   OUT/srs/               the real files, plus stand-ins for degrees 17-20 (the degree-16
 *                          points repeated, as many as snarkVM's file for that degree holds);
 *   OUT/node_modules/      a copy of @provablehq/{sdk,wasm} whose WASM expects the stand-ins'
 *                          SHA-256 in place of snarkVM's published checksums (the `checksum` of
 *                          parameters/src/mainnet/resources/*.metadata), other packages linked.
 * Keys made this way are only good for their shape and circuit id (never for proofs).
 *
 *   node scripts/avm/sdk-srs-standin.mjs OUT
 *   POLYVM_SDK_DIR=OUT POLYVM_ALEO_SRS=OUT/srs node scripts/avm/gen-oracle-circuits.mjs CASE…
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = process.argv[2];
if (!out) throw new Error('usage: sdk-srs-standin.mjs OUT');
const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.POLYVM_ALEO_SRS ?? join(root, '../shared/aleo-srs');
const modules = join(root, 'node_modules');

// snarkVM's published SHA-256 of each file the stand-ins replace (mainnet resources metadata).
const PUBLISHED = {
  'powers-of-beta-17': '7c27308fddb11be496e4dd43ee4ae2adb31051b715bb7c0c48656a9be6fec676',
  'shifted-powers-of-beta-17': '20251789535c798606a205d04dea8a3a46a2c79e4e7f450e48a99285112bef6c',
  'powers-of-beta-18': '7a12bcb6de982aa3010dde16a7be73ec399a46717b37ea189112ef14f4c88cca',
  'shifted-powers-of-beta-18': '9a1859e01968284239e3ca3e33246a6a1af35aee1ccc82990ff5af4c3b50cac4',
  'powers-of-beta-19': 'e535d44614ef8e667ac39132cad61516dc4dcbce62d74c396b670b21c9b4e16a',
  'shifted-powers-of-beta-19': '662e3437feba9da7d1206f4cfa9297c2835124a639c9f6c5ce3e0da81f55658c',
  'powers-of-beta-20': '3daad5ed5b5b7108b46bf1d0639a0d6e06deee4c784730ec9672e8cf1184e923',
  'shifted-powers-of-beta-20': 'dbb509d0889c61f1b5f6e1cc3b3e8b7f9c9d4f7741efedcb3b76cf462d94e698',
};

mkdirSync(join(out, 'srs'), { recursive: true });
for (const f of readdirSync(shared).filter((f) => f.endsWith('.usrs')))
  cpSync(join(shared, f), join(out, 'srs', f));
const replace = new Map();
for (const [name, published] of Object.entries(PUBLISHED)) {
  const degree = Number(name.split('-').at(-1));
  const base = readFileSync(join(shared, `${name.replace(/-\d+$/, '')}-16.usrs`)).subarray(8);
  const count = 2 ** (degree - 1); // points in the file of this degree (uncompressed, 96 bytes)
  const file = Buffer.alloc(8 + count * 96);
  file.writeBigUInt64LE(BigInt(count));
  for (let o = 8; o < file.length; o += base.length) base.copy(file, o);
  writeFileSync(join(out, 'srs', `${name}.usrs`), file);
  replace.set(published, createHash('sha256').update(file).digest('hex'));
}

const nm = join(out, 'node_modules');
mkdirSync(join(nm, '@provablehq'), { recursive: true });
for (const e of readdirSync(modules))
  if (e !== '@provablehq' && e !== '.bin') {
    try {
      symlinkSync(join(modules, e), join(nm, e));
    } catch {}
  }
for (const p of ['sdk', 'wasm'])
  cpSync(join(modules, '@provablehq', p), join(nm, '@provablehq', p), { recursive: true });
const wasm = join(nm, '@provablehq/wasm/dist/mainnet/aleo_wasm.wasm');
const bytes = readFileSync(wasm);
for (const [from, to] of replace) {
  const at = bytes.indexOf(from);
  if (at < 0 || bytes.indexOf(from, at + 1) >= 0)
    throw new Error(`checksum ${from} not found once in the WASM`);
  bytes.write(to, at, 'latin1');
}
writeFileSync(wasm, bytes);
console.log(`stand-in SRS in ${join(out, 'srs')}, patched SDK in ${nm}`);
