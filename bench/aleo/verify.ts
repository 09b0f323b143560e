/**
 * `npm run bench:aleo`: Varuna verification of a proof snarkVM made (credits.aleo
 * transfer_public when its fixture exists, else varuna_add.aleo/sum; V2), polyvm against the
 * SDK's WebAssembly snarkVM (snarkVerify) in the same run, interleaved, after a warm-up; then
 * where polyvm's time goes (a pairing product of five pairs, the KZG MSMs, the sponge).
 *
 *   npm run bench:aleo -- [--runs N] [--curves] [--prove] [--json]
 *
 * `--curves` adds the library measurement (mcl-wasm against @noble/curves, bench/aleo/curves.ts).
 * `--prove` also times key synthesis and proving of the same function once each (minutes here),
 * interleaved: the SDK's keys, polyvm's synthesis and setup (index + verifying key), the SDK's
 * proof, polyvm's proof (from its own witness on the same inputs), which the SDK's snarkVerify
 * must accept with polyvm's key.
 * The machine is shared: timings are noisy, compare ratios.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import '../../../shared/aleo-srs/serve-offline.mjs';
import { G2_GENERATOR, g1, g1Msm, g2, pairingProductIsOne } from '../../src/avm/curves/bls12-377.js';
import { Fr } from '../../src/avm/curves/fields.js';
import { checkProgram, parseInputs, parsePrivateKey, synthesize } from '../../src/avm/index.js';
import { AleoProgram } from '../../src/avm/process.js';
import {
  executionFault,
  initVaruna,
  loadProverSrs,
  parseProof,
  parseVerifyingKey,
  proofToString,
  verifyingKeyToString,
  verifyProof,
} from '../../src/avm/varuna/index.js';
import { circuitSetup, proveBatch } from '../../src/avm/varuna/prover.js';
import { VarunaSponge } from '../../src/avm/varuna/sponge.js';
import { loadVerifierSrs, srsAvailable, srsDir } from '../../src/avm/varuna/srs.js';
import { benchCurves } from './curves.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    curves: { type: 'boolean', default: false },
    prove: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`bench:aleo: --runs must be a positive integer, got ${values.runs}\n`);
  process.exit(2);
}
if (!srsAvailable()) {
  process.stderr.write(`bench:aleo: skipped: data not found at ${srsDir()}\n`);
  process.exit(0);
}

const fixtures = new URL('../../test/avm/fixtures/varuna/', import.meta.url);
const name = existsSync(new URL('transfer_public_v2.json', fixtures)) ? 'transfer_public_v2' : 'add_v2';
const f = JSON.parse(readFileSync(new URL(`${name}.json`, fixtures), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped here
const sdk: any = await import('@provablehq/sdk/mainnet.js');
await sdk.initThreadPool(2);
await initVaruna();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** Wall time, and the process's CPU time (every thread's: the SDK's pool included), in ms. */
const time = <T>(fn: () => T) => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = fn();
  const used = process.cpuUsage(c);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, r };
};

const srs = loadVerifierSrs();
const inputs = (f.verifierInputs[0] as string[]).map((s) => BigInt(s.replace(/field$/, '')));
const polyvm = () =>
  verifyProof(parseVerifyingKey(f.verifyingKey), inputs, parseProof(f.execution.proof), { srs });
const snarkvm = () =>
  sdk.snarkVerify(
    sdk.VerifyingKey.fromString(f.verifyingKey),
    f.verifierInputs[0],
    sdk.Proof.fromString(f.execution.proof),
  );
if (polyvm() !== true || snarkvm() !== true) {
  process.stderr.write(
    `bench:aleo: ${name}: the proof does not verify (polyvm ${polyvm()}, SDK ${snarkvm()})\n`,
  );
  process.exit(1);
}
const tp: ReturnType<typeof time>[] = [];
const ts: ReturnType<typeof time>[] = [];
for (let i = 0; i < runs; i++) {
  tp.push(time(polyvm));
  ts.push(time(snarkvm));
}
// CPU time as well as wall time: on the shared machine the wall time of either side swings
// with the load, its CPU time much less.
const verify = {
  polyvmMs: median(tp.map((t) => t.ms)),
  sdkMs: median(ts.map((t) => t.ms)),
  ratio: median(tp.map((t) => t.ms)) / median(ts.map((t) => t.ms)),
  polyvmCpuMs: median(tp.map((t) => t.cpuMs)),
  sdkCpuMs: median(ts.map((t) => t.cpuMs)),
  cpuRatio: median(tp.map((t) => t.cpuMs)) / median(ts.map((t) => t.cpuMs)),
};

// The checks verify_execution makes before the proof (values against ids, the transition id),
// which `aleo verify` and verifyExecution add to the proof's time.
const executed = AleoProgram.parse(
  f.program === 'credits.aleo'
    ? readFileSync(new URL('credits.aleo', fixtures), 'utf8')
    : readFileSync(new URL(`../../test/avm/programs/varuna/${f.program}`, import.meta.url), 'utf8'),
);
if (executionFault(executed, f.execution) !== undefined) {
  process.stderr.write(`bench:aleo: ${name}: the SDK execution fails the checks before the proof\n`);
  process.exit(1);
}
const checksMs = median(
  Array.from({ length: runs }, () => time(() => executionFault(executed, f.execution)).ms),
);

// Where polyvm's time goes: the pieces of one verification, each timed alone.
const pieces = (() => {
  const G = g1(srs.g);
  const Q = g2(G2_GENERATOR);
  const pairs = Array.from({ length: 5 }, () => [G, Q] as const);
  const bases = Array.from({ length: 60 }, () => G);
  const scalars = Array.from({ length: 60 }, (_, i) => Fr.pow(7n, BigInt(i + 100)));
  const sponge = () => {
    const s = new VarunaSponge();
    for (let i = 0; i < 100; i++) s.absorbNative([BigInt(i), BigInt(i + 1)]);
    s.squeezeNative(1);
  };
  const m = (fn: () => unknown) => median(Array.from({ length: Math.max(3, runs) }, () => time(fn).ms));
  return {
    pairingProductOf5Ms: m(() => pairingProductIsOne(pairs)),
    msmOf60Ms: m(() => g1Msm(bases, scalars)),
    sponge100PermutationsMs: m(sponge),
  };
})();

interface ProveTimes {
  sdkKeysS: number;
  sdkProveS: number;
  polyvmSynthesisS: number;
  polyvmSetupS: number;
  polyvmProveS: number;
  sdkAcceptsPolyvmProof: boolean;
}
let prove: ProveTimes | undefined;
if (values.prove) {
  const DEV_KEY = 'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH';
  const key = sdk.PrivateKey.from_string(DEV_KEY);
  const src =
    f.program === 'credits.aleo'
      ? readFileSync(new URL('credits.aleo', fixtures), 'utf8')
      : readFileSync(new URL(`../../test/avm/programs/varuna/${f.program}`, import.meta.url), 'utf8');
  const query = () =>
    sdk.QueryOption.offlineQuery(
      new sdk.OfflineQuery(f.height, 'sr1p93gpsezrjzdhcd2wujznx5s07k8qa39t6vfcej35zew8vn2jyrs46te8q'),
    );
  const run = (p: boolean, pk?: unknown, vk?: unknown) =>
    sdk.ProgramManagerBase.executeFunctionOffline(
      key,
      src,
      f.function,
      f.inputs,
      p,
      true,
      undefined,
      pk,
      vk,
      'http://127.0.0.1:9',
      query(),
    );
  const s = (ms: number) => ms / 1000;
  const t0 = performance.now();
  const keys = await run(false);
  const sdkKeysS = s(performance.now() - t0);
  const program = checkProgram(src);
  const given = parseInputs(program, f.function, f.inputs, parsePrivateKey(DEV_KEY).viewKey);
  const synth = time(() => synthesize(program, f.function, { inputs: given, privateKey: DEV_KEY }));
  const prover = loadProverSrs();
  const setup = time(() => circuitSetup(synth.r.matrices, prover));
  const t1 = performance.now();
  await run(true, keys.getProvingKey(), keys.getVerifyingKey());
  const sdkProveS = s(performance.now() - t1);
  const pk = setup.r;
  const proof = time(() => proveBatch(prover, [{ pk, assignments: [synth.r.assignment] }], 2));
  const sdkAcceptsPolyvmProof = sdk.snarkVerify(
    sdk.VerifyingKey.fromString(verifyingKeyToString(pk.vk)),
    synth.r.publicInputs.map((x) => `${x}field`),
    sdk.Proof.fromString(proofToString(proof.r)),
  );
  prove = {
    sdkKeysS,
    sdkProveS,
    polyvmSynthesisS: s(synth.ms),
    polyvmSetupS: s(setup.ms),
    polyvmProveS: s(proof.ms),
    sdkAcceptsPolyvmProof,
  };
}

const curves = values.curves ? await benchCurves() : undefined;
const report = {
  case: `${f.program}/${f.function} (Varuna V${f.varunaVersion})`,
  runs,
  verify,
  checksMs,
  pieces,
  prove,
  curves,
};
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
else {
  const r = (x: number) => x.toFixed(1);
  process.stdout.write(
    `${report.case}, ${runs} runs (shared machine: noisy)\n` +
      `verify   polyvm ${r(verify.polyvmMs)} ms   SDK ${r(verify.sdkMs)} ms   ratio ${verify.ratio.toFixed(2)}\n` +
      `  (CPU)  polyvm ${r(verify.polyvmCpuMs)} ms   SDK ${r(verify.sdkCpuMs)} ms   ratio ${verify.cpuRatio.toFixed(2)}\n` +
      `checks before the proof (ids, transition id) ${r(checksMs)} ms\n` +
      `polyvm pieces: pairing product of 5 ${r(pieces.pairingProductOf5Ms)} ms, MSM of 60 ${r(pieces.msmOf60Ms)} ms, ` +
      `100 sponge permutations ${r(pieces.sponge100PermutationsMs)} ms\n` +
      (prove
        ? `keys     polyvm ${r(prove.polyvmSynthesisS + prove.polyvmSetupS)} s (synthesis ${r(prove.polyvmSynthesisS)}, setup ${r(prove.polyvmSetupS)})   SDK ${r(prove.sdkKeysS)} s   ratio ${((prove.polyvmSynthesisS + prove.polyvmSetupS) / prove.sdkKeysS).toFixed(2)}\n` +
          `prove    polyvm ${r(prove.polyvmProveS)} s   SDK ${r(prove.sdkProveS)} s   ratio ${(prove.polyvmProveS / prove.sdkProveS).toFixed(2)}   (SDK accepts polyvm's proof: ${prove.sdkAcceptsPolyvmProof})\n`
        : '') +
      (curves
        ? `${curves
            .map(
              (c) =>
                `${c.op}: mcl ${r(c.mclMs)} ms, noble ${r(c.nobleMs)} ms (noble/mcl ${c.ratio.toFixed(2)})`,
            )
            .join('\n')}\n`
        : ''),
  );
}
process.exit(0);
