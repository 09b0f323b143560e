#!/usr/bin/env -S npx tsx
/**
 * Regenerates test/avm/fixtures/varuna/*.json: Varuna proofs and verifying keys made by snarkVM
 * itself (@provablehq/sdk 0.11.10, mainnet, WASM), offline over ../shared/aleo-srs.
 *
 * For each case: the verifying key (`verifier1…` text and bytes), the execution JSON with its
 * `proof1…`, and the transition verifier inputs (snarkVM's to_transition_verifier_inputs: 1,
 * tpk.x, tpk.y, tcm, scm, input ids, is_root, parent.x, parent.y, each call's tcm/inputs/outputs,
 * output ids). The inputs are computed here and accepted only if the SDK's own `snarkVerify`
 * (one transition) or `verifyFunctionExecution` accepts them, so they never rest on polyvm alone.
 * It also records the SDK's verdict on mutated proofs and inputs, and the bundled credits.aleo
 * verifying keys. Each case takes 1-3 minutes here (key synthesis, then proving); cases already
 * in a fixture are kept (delete the file to redo it).
 *
 *   npx tsx scripts/avm/gen-varuna-fixtures.ts [case ...]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import '../../../shared/aleo-srs/serve-offline.mjs';
import { pointFromX } from '../../src/avm/arith/curve.js';
import { programAddress } from '../../src/avm/process.js';

const sdk = await import('@provablehq/sdk/mainnet.js');
const {
  initThreadPool,
  OfflineQuery,
  PrivateKey,
  Program,
  ProgramManagerBase,
  QueryOption,
  VerifyingKey,
  Proof,
  snarkVerify,
  snarkVerifyBatch,
  verifyFunctionExecution,
  FunctionExecution: Execution,
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped here
} = sdk as any;
await initThreadPool(2);

const out = new URL('../../test/avm/fixtures/varuna/', import.meta.url);
const programs = new URL('../../test/avm/programs/varuna/', import.meta.url);
const key = PrivateKey.from_string('APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH');
const V2_HEIGHT = 10_000_000;
const STATE_ROOT = 'sr1p93gpsezrjzdhcd2wujznx5s07k8qa39t6vfcej35zew8vn2jyrs46te8q';
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const field = (s: string) => BigInt(s.replace(/field$/, ''));

interface Case {
  name: string;
  /** The block height of the offline query: it picks the consensus, hence the Varuna version. */
  height: number;
  program: string;
  imports?: string[];
  fn: string;
  inputs: string[];
}
const CASES: Case[] = [
  // Height 1: consensus V1, Varuna V1 (the SDK's snarkVerify checks V2 only).
  { name: 'add', height: 1, program: 'varuna_add.aleo', fn: 'sum', inputs: ['5u32', '7u32'] },
  // Height 10,000,000: the latest consensus, Varuna V2.
  {
    name: 'call',
    height: 1,
    program: 'varuna_call.aleo',
    imports: ['varuna_add.aleo'],
    fn: 'twice',
    inputs: ['9u32'],
  },
  { name: 'add_v2', height: V2_HEIGHT, program: 'varuna_add.aleo', fn: 'sum', inputs: ['5u32', '7u32'] },
  {
    name: 'call_v2',
    height: V2_HEIGHT,
    program: 'varuna_call.aleo',
    imports: ['varuna_add.aleo'],
    fn: 'twice',
    inputs: ['9u32'],
  },
  {
    name: 'transfer_public_v2',
    height: V2_HEIGHT,
    program: 'credits.aleo',
    fn: 'transfer_public',
    inputs: ['aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px', '5u64'],
  },
];

const source = (p: string) =>
  p === 'credits.aleo' ? Program.getCreditsProgram().toString() : readFileSync(new URL(p, programs), 'utf8');

/** The verifier inputs of one transition (ids only: the cases here have no record inputs). */
interface Tr {
  program: string;
  tpk: string;
  tcm: string;
  scm: string;
  inputs: { id: string }[];
  outputs: { id: string }[];
}
function transitionInputs(t: Tr, parent: string | undefined, children: Tr[]): string[] {
  const tpk = pointFromX(field(t.tpk.replace(/group$/, '')));
  if (!tpk) throw new Error(`tpk ${t.tpk} is not a subgroup point`);
  const ids = (xs: { id: string }[]) => xs.map((x) => field(x.id));
  const p = programAddress(parent ?? t.program);
  const fields: bigint[] = [1n, tpk.x, tpk.y, field(t.tcm), field(t.scm), ...ids(t.inputs)];
  fields.push(parent ? 0n : 1n, p.x, p.y);
  for (const c of children) fields.push(field(c.tcm), ...ids(c.inputs), ...ids(c.outputs));
  fields.push(...ids(t.outputs));
  return fields.map((f) => `${f}field`);
}

/** The verifying keys of the called functions, from the fixture of a case that proved them. */
function importKeys(c: Case): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const other of CASES) {
    const f = new URL(`${other.name}.json`, out);
    if (!c.imports?.includes(other.program) || !existsSync(f)) continue;
    const j = JSON.parse(readFileSync(f, 'utf8'));
    keys[`${j.program}/${j.function}`] = j.verifyingKey;
  }
  return keys;
}

/** The same keys as verifyFunctionExecution takes them: { program: [[function, key]] }. */
function sdkImportKeys(keys: Record<string, string>): Record<string, [string, string][]> {
  const out: Record<string, [string, string][]> = {};
  for (const [locator, vk] of Object.entries(keys)) {
    const [program, fn] = locator.split('/') as [string, string];
    (out[program] ??= []).push([fn, vk]);
  }
  return out;
}

async function runCase(c: Case) {
  const file = new URL(`${c.name}.json`, out);
  if (existsSync(file)) return;
  const src = source(c.program);
  const imports = Object.fromEntries((c.imports ?? []).map((i) => [i, source(i)]));
  const query = () => QueryOption.offlineQuery(new OfflineQuery(c.height, STATE_ROOT));
  const run = (prove: boolean, pk?: unknown, vk?: unknown) =>
    ProgramManagerBase.executeFunctionOffline(
      key,
      src,
      c.fn,
      c.inputs,
      prove,
      true,
      c.imports ? imports : undefined,
      pk,
      vk,
      'http://127.0.0.1:9',
      query(),
    );
  // Proving takes minutes here: the raw result is kept and reused when the script runs again.
  const rawFile = new URL(`${c.name}.raw.json`, out);
  if (!existsSync(rawFile)) {
    const t0 = Date.now();
    const keys = await run(false);
    // wasm-bindgen moves objects passed by value: keep the key as text and rebuild it per use.
    const vkText = keys.getVerifyingKey().toString();
    const t1 = Date.now();
    const res = await run(true, keys.getProvingKey(), VerifyingKey.fromString(vkText));
    const seconds = { keys: (t1 - t0) / 1000, prove: (Date.now() - t1) / 1000 };
    writeFileSync(
      rawFile,
      JSON.stringify({ vkText, execution: JSON.parse(res.getExecution().toString()), seconds }),
    );
  }
  const { vkText, execution: json, seconds } = JSON.parse(readFileSync(rawFile, 'utf8'));
  const vk = VerifyingKey.fromString(vkText);
  const transitions = json.transitions;
  const root = transitions.at(-1);
  // Each transition's inputs: its parent is the root for the calls (one level here).
  const perTransition = transitions.map((t: Tr) =>
    t === root
      ? transitionInputs(t, undefined, transitions.slice(0, -1))
      : transitionInputs(t, root.program, []),
  );
  let sdkAccepts: boolean;
  if (transitions.length === 1 && c.height === V2_HEIGHT) {
    sdkAccepts = snarkVerify(VerifyingKey.fromString(vkText), perTransition[0], Proof.fromString(json.proof));
  } else {
    sdkAccepts = verifyFunctionExecution(
      Execution.fromString(JSON.stringify(json)),
      VerifyingKey.fromString(vkText),
      Program.fromString(src),
      c.fn,
      imports,
      sdkImportKeys(importKeys(c)),
      c.height,
    );
  }
  // For a V2 batch, also the bare Varuna check over polyvm's inputs (snarkVerifyBatch).
  let sdkBatchAccepts: boolean | undefined;
  if (transitions.length > 1 && c.height === V2_HEIGHT) {
    const keys = { ...importKeys(c), [`${c.program}/${c.fn}`]: vkText };
    const locators = [
      ...new Set(transitions.map((t: Tr & { function: string }) => `${t.program}/${t.function}`)),
    ];
    const vks = locators.map((l) => keys[l as string]);
    const inputs = locators.map((l) =>
      transitions.flatMap((t: Tr & { function: string }, i: number) =>
        `${t.program}/${t.function}` === l ? [perTransition[i]] : [],
      ),
    );
    sdkBatchAccepts = snarkVerifyBatch(vks, inputs, Proof.fromString(json.proof));
  }
  // Mutations the SDK must reject: a flipped input, and a changed proof byte.
  const wrongInputs = [...perTransition[0]];
  wrongInputs[5] = `${field(wrongInputs[5]) + 1n}field`;
  const proofBytes = Proof.fromString(json.proof).toBytes();
  const sdkRejectsWrongInput =
    transitions.length === 1 && c.height === V2_HEIGHT
      ? !snarkVerify(VerifyingKey.fromString(vkText), wrongInputs, Proof.fromString(json.proof))
      : undefined;
  const fixture = {
    generator: '@provablehq/sdk 0.11.10 (mainnet), scripts/avm/gen-varuna-fixtures.ts',
    program: c.program,
    height: c.height,
    varunaVersion: c.height === V2_HEIGHT ? 2 : 1,
    imports: c.imports ?? [],
    function: c.fn,
    inputs: c.inputs,
    verifyingKey: vkText,
    verifyingKeyBytes: hex(vk.toBytes()),
    numConstraints: vk.numConstraints(),
    execution: json,
    proofBytes: hex(proofBytes),
    verifierInputs: perTransition,
    sdkAccepts,
    sdkRejectsWrongInput,
    sdkBatchAccepts,
    importVerifyingKeys: importKeys(c),
    seconds,
  };
  writeFileSync(file, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(
    c.name,
    fixture.seconds,
    'sdk accepts',
    sdkAccepts,
    'rejects wrong input',
    sdkRejectsWrongInput,
  );
}

// credits.aleo as the SDK holds it (the tests compute its transitions' inputs from it).
const creditsFile = new URL('credits.aleo', out);
if (!existsSync(creditsFile)) writeFileSync(creditsFile, Program.getCreditsProgram().toString());

// The credits.aleo verifying keys the SDK bundles (text form), for the byte-format round trips.
const bundledFile = new URL('credits-verifying-keys.json', out);
if (!existsSync(bundledFile)) {
  const names = Object.getOwnPropertyNames(VerifyingKey).filter((n) => n.endsWith('Verifier'));
  const keys = Object.fromEntries(names.sort().map((n) => [n, VerifyingKey[n]().toString()]));
  writeFileSync(
    bundledFile,
    `${JSON.stringify({ generator: '@provablehq/sdk 0.11.10 (mainnet)', keys }, null, 1)}\n`,
  );
}

const want = process.argv.slice(2);
for (const c of CASES) if (!want.length || want.includes(c.name)) await runCase(c);
process.exit(0);
