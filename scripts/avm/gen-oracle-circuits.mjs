#!/usr/bin/env node
/**
 * Regenerates test/avm/fixtures/oracle-circuits.json: the R1CS shape snarkVM itself gives each
 * function, read from verifying keys (@provablehq/sdk, mainnet): the circuit info (padded public
 * inputs, variables, constraints, non-zero entries of A, B, C; all counting Varuna's
 * zero-knowledge constraint and its three variables) and the circuit id (Blake2s-256 over the
 * circuit info and the A, B, C matrices).
 *   - credits.aleo: the verifying keys the SDK bundles (fast).
 *   - the programs in test/avm/programs/circuits/*.aleo: keys synthesized offline by
 *     ProgramManagerBase.executeFunctionOffline(prove=false, cache=true, offline query),
 *     40-65 s per function. Cases already in the fixture are kept (delete an entry to redo it).
 * With POLYVM_PK_DIR set, each synthesized proving key is also written there (for local
 * debugging of row differences; never commit them). Needs ../shared/aleo-srs; circuits past its
 * 2^16 powers (records, calls, sign.verify) need POLYVM_SDK_DIR from sdk-srs-standin.mjs.
 *
 *   node scripts/avm/gen-oracle-circuits.mjs [program.aleo/function ...]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import '../../../shared/aleo-srs/serve-offline.mjs';

// POLYVM_SDK_DIR: an SDK copy made by sdk-srs-standin.mjs (for circuits past the 2^16 SRS).
const sdk = await import(
  process.env.POLYVM_SDK_DIR
    ? `${process.env.POLYVM_SDK_DIR}/node_modules/@provablehq/sdk/dist/mainnet/node.js`
    : '@provablehq/sdk/mainnet.js'
);
const { initThreadPool, OfflineQuery, PrivateKey, Program, ProgramManagerBase, QueryOption, VerifyingKey } =
  sdk;

await initThreadPool(2);

const file = new URL('../../test/avm/fixtures/oracle-circuits.json', import.meta.url);
const dir = new URL('../../test/avm/programs/circuits/', import.meta.url);
const out = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { cases: {} };
out.generator = '@provablehq/sdk 0.11.10 (mainnet) verifying keys';
const save = () => writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);

/** VerifyingKey bytes: version u8, then CircuitInfo (6 × u64), commitments, id (32 bytes). */
function shape(vk) {
  const b = Buffer.from(vk.toBytes());
  const u64 = (o) => Number(b.readBigUInt64LE(o));
  const info = {
    publicInputs: u64(1),
    variables: u64(9),
    constraints: u64(17),
    nonZero: { a: u64(25), b: u64(33), c: u64(41) },
  };
  const commitments = u64(49);
  const idAt = 57 + commitments * 48;
  // The console key's trailing u64: snarkVM's R1CS::num_variables (constants, public with the
  // one, private; no zero-knowledge variables), what Deployment::num_combined_variables sums
  // for MAX_DEPLOYMENT_VARIABLES. The bundled credits.aleo keys carry an older count.
  const keyVariables = u64(b.length - 8);
  return { ...info, circuitId: b.subarray(idAt, idAt + 32).toString('hex'), keyVariables };
}

const CREDITS = [
  'bond_public',
  'bond_validator',
  'unbond_public',
  'claim_unbond_public',
  'set_validator_state',
  'transfer_public',
  'transfer_public_as_signer',
  'transfer_private',
  'transfer_private_to_public',
  'transfer_public_to_private',
  'join',
  'split',
  'fee_private',
  'fee_public',
];
const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
for (const fn of CREDITS) {
  out.cases[`credits.aleo/${fn}`] = { source: 'bundled', ...shape(VerifyingKey[`${camel(fn)}Verifier`]()) };
}
const creditsFile = new URL('credits.aleo', dir);
if (!existsSync(creditsFile)) writeFileSync(creditsFile, Program.getCreditsProgram().toString());
save();

const SOURCE = process.env.POLYVM_SDK_DIR ? 'synthesized (stand-in SRS)' : 'synthesized';
const key = PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
const want = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.aleo'));
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
// The `// oracle:` lines are for this script only (snarkVM takes no comment before `program`).
const sources = Object.fromEntries(
  Object.entries(texts).map(([f, t]) => [f, t.replace(/^\/\/ oracle:.*\n/gm, '')]),
);
for (const f of files) {
  const src = sources[f];
  // `// oracle: FUNCTION INPUT…` lines name the cases (inputs as the SDK takes them).
  for (const m of texts[f].matchAll(/^\/\/ oracle: (\S+)(.*)$/gm)) {
    // credits.aleo synthesized by the SDK (to check that it equals the bundled key).
    const name = `${f === 'credits.aleo' ? 'synth:' : ''}${f}/${m[1]}`;
    if (want.length ? !want.includes(name) : out.cases[name]) continue;
    const inputs = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    const imports = {};
    for (const im of src.matchAll(/^import (\S+\.aleo);/gm)) imports[im[1]] = sources[im[1]];
    const t0 = Date.now();
    try {
      const q = QueryOption.offlineQuery(
        new OfflineQuery(1, 'sr1p93gpsezrjzdhcd2wujznx5s07k8qa39t6vfcej35zew8vn2jyrs46te8q'),
      );
      const res = await ProgramManagerBase.executeFunctionOffline(
        key,
        src,
        m[1],
        inputs,
        false,
        true,
        Object.keys(imports).length ? imports : undefined,
        undefined,
        undefined,
        'http://127.0.0.1:9',
        q,
      );
      out.cases[name] = { source: SOURCE, inputs, ...shape(res.getVerifyingKey()) };
      if (process.env.POLYVM_PK_DIR)
        writeFileSync(
          `${process.env.POLYVM_PK_DIR}/${name.replace('/', '.')}.pk`,
          res.getProvingKey().toBytes(),
        );
    } catch (e) {
      out.cases[name] = { source: SOURCE, inputs, error: String(e) };
    }
    console.log(
      name,
      `${((Date.now() - t0) / 1000).toFixed(1)} s`,
      JSON.stringify(out.cases[name]).slice(0, 200),
    );
    save();
  }
}
process.exit(0);
