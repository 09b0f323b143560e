#!/usr/bin/env -S npx tsx
/**
 * Proves executions whose calls involve futures and external records with polyvm, then has the
 * SDK's snarkVM (@provablehq/sdk, WASM, offline over ../shared/aleo-srs) verify them with
 * `verifyFunctionExecution`, which reads the Execution JSON and derives the public inputs
 * itself. Too slow for CI (each case indexes two keys and proves a two-circuit batch: 5-8 min
 * on a loaded 2-core machine), so it is run by hand:
 *
 *   npx tsx scripts/avm/check-prove-calls.ts [pay|relay_via]
 *
 * - `c_call2.aleo/pay`: an async function calling credits.aleo/transfer_public (itself async);
 *   its future holds the callee's future. polyvm's transfer_public key is first compared with
 *   the SDK's bundled one (equal but for the console key's trailing variable count).
 * - `c_xtop.aleo/relay_via`: an external record passed to c_xmid.aleo/relay and returned.
 * The keys are polyvm's (their circuit ids equal the SDK's, test/avm/circuit/oracle-circuits);
 * each case is also checked to be refused as Varuna V1 and with the callee's tpk swapped in.
 */
import { readFileSync } from 'node:fs';
import '../../../shared/aleo-srs/serve-offline.mjs';
import {
  type AleoProgram,
  checkProgram,
  DEV_PRIVATE_KEY,
  initVaruna,
  parseInputs,
  parsePrivateKey,
  proveExecution,
  requestNonce,
  run,
} from '../../src/avm/index.js';
import { decodeVerifyingKey, verifyingKeyToString } from '../../src/avm/varuna/index.js';

// biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped here
const sdk = (await import('@provablehq/sdk/mainnet.js')) as any;
const dir = new URL('../../test/avm/programs/circuits/', import.meta.url);
const source = (id: string) => readFileSync(new URL(id, dir), 'utf8');
const loaded = new Map<string, AleoProgram>();
function load(id: string): AleoProgram {
  const have = loaded.get(id);
  if (have) return have;
  const src = source(id);
  const imports = new Map<string, AleoProgram>();
  for (const m of src.matchAll(/^import ([a-z0-9_]+\.aleo);/gm)) {
    const q = load(m[1] as string);
    imports.set(m[1] as string, q);
    for (const [k, v] of q.imports) imports.set(k, v);
  }
  const p = checkProgram(src, imports);
  loaded.set(id, p);
  return p;
}

const DEV_ADDRESS = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
const TOKEN = `{owner:${DEV_ADDRESS}.private,amount:5u64.private,_nonce:0group.public,_version:1u8.public}`;
const CASES = {
  pay: { program: 'c_call2.aleo', fn: 'pay', inputs: [DEV_ADDRESS, '5u64'], sources: [] as string[] },
  relay_via: {
    program: 'c_xtop.aleo',
    fn: 'relay_via',
    inputs: [TOKEN],
    sources: ['c_xbase.aleo', 'c_xmid.aleo'],
  },
};

await initVaruna();
const wanted = process.argv.slice(2);
for (const [name, c] of Object.entries(CASES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const program = load(c.program);
  const seed = 11n;
  const r = run(program, c.fn, c.inputs, { privateKey: DEV_PRIVATE_KEY, seed });
  if (r.status !== 'success' || !r.transitions) throw new Error(`${name}: ${JSON.stringify(r)}`);
  const transitions = r.transitions;
  const keys = new Map<string, Uint8Array>();
  const t0 = performance.now();
  const execution = proveExecution({
    program,
    function: c.fn,
    inputs: parseInputs(program, c.fn, c.inputs, parsePrivateKey(DEV_PRIVATE_KEY).viewKey),
    privateKey: DEV_PRIVATE_KEY,
    nonces: transitions.map((_, k) => requestNonce(seed, k)),
    transitions,
    version: 2,
    keyCache: {
      get: (id) => keys.get(Buffer.from(id).toString('hex')),
      put: (id, vk) => void keys.set(Buffer.from(id).toString('hex'), vk),
    },
  });
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  // Each transition's key, by its circuit id (synthesized again without a witness).
  const { synthesize } = await import('../../src/avm/index.js');
  const keyOf = (program: string, fn: string) => {
    const id = synthesize(load(program), fn).report.circuitId;
    const vk = keys.get(id);
    if (!vk) throw new Error(`no key for ${program}/${fn}`);
    return verifyingKeyToString(decodeVerifyingKey(vk));
  };
  const imports: Record<string, string> = {};
  for (const id of c.sources) imports[id] = source(id);
  const importKeys: Record<string, [string, string][]> = {};
  for (const t of execution.transitions.slice(0, -1))
    (importKeys[t.program] ??= []).push([t.function, keyOf(t.program, t.function)]);
  if (importKeys['credits.aleo']) {
    const mine = decodeVerifyingKey(
      sdk.VerifyingKey.fromString(importKeys['credits.aleo'][0]?.[1]).toBytes(),
    );
    const bundled = decodeVerifyingKey(sdk.VerifyingKey.transferPublicVerifier().toBytes());
    const same =
      JSON.stringify({ ...mine, numVariables: 0 }, (_, v) => (typeof v === 'bigint' ? `${v}` : v)) ===
      JSON.stringify({ ...bundled, numVariables: 0 }, (_, v) => (typeof v === 'bigint' ? `${v}` : v));
    console.log(
      `${name}: polyvm's transfer_public key equals the SDK's bundled key but the trailing count: ${same}`,
    );
  }
  const rootKey = keyOf(c.program, c.fn);
  const verifies = (text: string, height: number): boolean | string => {
    try {
      return sdk.verifyFunctionExecution(
        sdk.FunctionExecution.fromString(text),
        sdk.VerifyingKey.fromString(rootKey),
        sdk.Program.fromString(source(c.program)),
        c.fn,
        Object.keys(imports).length > 0 ? imports : null,
        importKeys,
        height,
      );
    } catch (e) {
      return `threw ${e}`;
    }
  };
  const text = JSON.stringify(execution);
  const swapped = JSON.parse(text);
  swapped.transitions[0].tpk = swapped.transitions[1].tpk;
  console.log(
    `${name}: ${execution.transitions.map((t) => `${t.program}/${t.function}`).join(', ')} proven in ${seconds} s; ` +
      `SDK V2 ${verifies(text, 10_000_000)}, as V1 ${verifies(text, 1)}, callee tpk swapped ${verifies(JSON.stringify(swapped), 10_000_000)}`,
  );
}
