/**
 * Aleo circuit synthesis: polyvm's `synthesize` against the SDK's key synthesis for the same
 * function (@provablehq/sdk, snarkVM's WASM build: ProgramManagerBase.executeFunctionOffline
 * with prove=false, cache=true and an offline query, which synthesizes the circuit and indexes
 * its keys). Same process, interleaved, after one warm-up of each. The SDK needs the universal
 * SRS in ../shared/aleo-srs (degrees up to 2^16): functions whose Varuna domains need 2^17
 * (credits.aleo transfer_private) are timed for polyvm only, unless POLYVM_SDK_DIR names the
 * SDK copy that scripts/avm/sdk-srs-standin.mjs makes (stand-in powers for degrees 17-20, with
 * POLYVM_ALEO_SRS=DIR/srs; it synthesizes and indexes the same circuit, good for timing and ids).
 *
 *   npm run bench:aleo [-- --rounds N] [-- --no-sdk]
 *   POLYVM_SDK_DIR=DIR POLYVM_ALEO_SRS=DIR/srs npm run bench:aleo
 */
import { readFileSync } from 'node:fs';
import { checkProgram, synthesize } from '../../src/avm/index.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 0) || 3;
const withSdk = !args.includes('--no-sdk');
const ME = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
const sdkDir = process.env.POLYVM_SDK_DIR;
const source = readFileSync(
  new URL('../../test/avm/programs/circuits/credits.aleo', import.meta.url),
  'utf8',
).replace(/^\/\/ oracle:.*\n/gm, '');
const program = checkProgram(source);

interface Case {
  fn: string;
  inputs: string[];
  /** The SDK can index this circuit with the SRS available offline (or with the stand-in SDK). */
  sdk: boolean;
}
const CASES: Case[] = [
  { fn: 'transfer_public', inputs: [ME, '5u64'], sdk: true },
  {
    fn: 'transfer_private',
    inputs: [
      `{owner:${ME}.private,microcredits:100u64.private,_nonce:0group.public,_version:1u8.public}`,
      ME,
      '5u64',
    ],
    sdk: sdkDir !== undefined,
  },
];

async function sdkRunner() {
  await import('../../../shared/aleo-srs/serve-offline.mjs' as string);
  const sdk = await import(
    sdkDir ? `${sdkDir}/node_modules/@provablehq/sdk/dist/mainnet/node.js` : '@provablehq/sdk/mainnet.js'
  );
  await sdk.initThreadPool(2);
  const key = sdk.PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
  return async (c: Case) => {
    const q = sdk.QueryOption.offlineQuery(
      new sdk.OfflineQuery(1, 'sr1p93gpsezrjzdhcd2wujznx5s07k8qa39t6vfcej35zew8vn2jyrs46te8q'),
    );
    const r = await sdk.ProgramManagerBase.executeFunctionOffline(
      key,
      source,
      c.fn,
      c.inputs,
      false,
      true,
      undefined,
      undefined,
      undefined,
      'http://127.0.0.1:9',
      q,
    );
    return r.getVerifyingKey().numConstraints();
  };
}

const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const sdkRun = withSdk ? await sdkRunner() : undefined;
console.log(`Aleo circuit synthesis, ${rounds} rounds (machine shared: timings are noisy)`);
for (const c of CASES) {
  synthesize(program, c.fn); // warm-up
  const ours: number[] = [];
  const theirs: number[] = [];
  let constraints = 0;
  if (sdkRun && c.sdk) await sdkRun(c); // warm-up
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    constraints = synthesize(program, c.fn).report.constraints;
    ours.push(ms(t0));
    if (sdkRun && c.sdk) {
      t0 = performance.now();
      await sdkRun(c);
      theirs.push(ms(t0));
    }
  }
  const p = median(ours);
  const line = `${c.fn.padEnd(18)} ${String(constraints).padStart(7)} constraints  polyvm ${(p / 1000).toFixed(2)} s`;
  if (theirs.length) {
    const s = median(theirs);
    console.log(`${line}  SDK key synthesis ${(s / 1000).toFixed(1)} s  ratio ${(s / p).toFixed(1)}x`);
  } else if (!sdkRun) console.log(`${line}  SDK: skipped (--no-sdk)`);
  else console.log(`${line}  SDK: n/a (needs SRS degree 2^17: set POLYVM_SDK_DIR to the stand-in SDK)`);
}
process.exit(0);
