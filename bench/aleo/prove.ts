/**
 * polyvm's Varuna prover: (1) one MSM over the first n SRS powers with mcl-wasm's `mulVec`
 * (what the prover used before) and with the bucket method (varuna/msm.ts), interleaved in the
 * same run, results checked equal; (2) setup (index + verifying key), proof and verification of
 * `varuna_add.aleo/sum` from polyvm's own synthesis with the bucket MSM.
 *
 *   npx tsx bench/aleo/prove.ts [--points N] [--rounds R] [--no-prove]
 */
import { readFileSync } from 'node:fs';
import { g1Affine, g1Msm } from '../../src/avm/curves/bls12-377.js';
import { Fr } from '../../src/avm/curves/fields.js';
import { checkProgram, synthesize } from '../../src/avm/index.js';
import { initVaruna, loadProverSrs, srsAvailable, srsDir, verifyProof } from '../../src/avm/varuna/index.js';
import { msm } from '../../src/avm/varuna/msm.js';
import { circuitSetup, proveBatch } from '../../src/avm/varuna/prover.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
if (!srsAvailable()) {
  console.log(`skipped: data not found at ${srsDir()}`);
  process.exit(0);
}
await initVaruna();
const srs = loadProverSrs();
const n = opt('--points', 1 << 15);
const bases = srs.powers(n);
let seed = 12345n;
const scalars = bases.map(() => {
  seed = (seed * 0x5851f42d4c957f2dn + 0x14057b7ef767814fn) % (1n << 256n);
  return seed % Fr.p;
});
const time = <T>(f: () => T): [number, T] => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};
for (let round = 0; round < opt('--rounds', 1); round++) {
  const [mclMs, a] = time(() => g1Msm(bases, scalars));
  const [bucketMs, b] = time(() => msm(bases, scalars));
  const same = JSON.stringify(g1Affine(a), (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  const ok = same === JSON.stringify(g1Affine(b), (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  console.log(
    `MSM of ${n} points: mcl mulVec ${(mclMs / 1000).toFixed(2)} s (${((mclMs * 1000) / n).toFixed(0)} µs/pt), ` +
      `bucket ${(bucketMs / 1000).toFixed(2)} s (${((bucketMs * 1000) / n).toFixed(0)} µs/pt), ` +
      `ratio ${(mclMs / bucketMs).toFixed(1)}x, equal ${ok}`,
  );
}
if (!args.includes('--no-prove')) {
  const source = readFileSync(
    new URL('../../test/avm/programs/varuna/varuna_add.aleo', import.meta.url),
    'utf8',
  );
  const s = synthesize(checkProgram(source), 'sum');
  const [setupMs, pk] = time(() => circuitSetup(s.matrices, srs));
  const [proveMs, proof] = time(() => proveBatch(srs, [{ pk, assignments: [s.assignment] }], 2));
  const [verifyMs, valid] = time(() => verifyProof(pk.vk, s.publicInputs, proof, { version: 2 }));
  console.log(
    `varuna_add.aleo/sum (${s.report.constraints} constraints): setup ${(setupMs / 1000).toFixed(1)} s, ` +
      `prove ${(proveMs / 1000).toFixed(1)} s, verify ${(verifyMs / 1000).toFixed(2)} s (valid ${valid})`,
  );
}
