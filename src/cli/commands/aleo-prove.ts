/**
 * `polyvm aleo execute … --prove`: the execution's proof, made after the execution is stored
 * (outside the store's writer lock: proving takes a minute or more). With `--json` the output
 * is snarkVM's Execution JSON, which `polyvm aleo verify` and the SDK read.
 */
import {
  type AleoProgram,
  assertProvable,
  initVaruna,
  parseInputs,
  parsePrivateKey,
  proveExecution,
  type RunResult,
  requestNonce,
  stateRootToString,
  verifyingKeyCache,
} from '../../avm/index.js';
import { loadProverSrs, varunaVersionAt } from '../../avm/varuna/index.js';
import type { KVStore } from '../../state/index.js';
import { type CliContext, EXIT_OK, printJson } from '../io.js';

type Success = Extract<RunResult, { status: 'success' }>;

export async function prepare(
  program: AleoProgram,
  fn: string,
  keys: { privateKey: string; seed?: bigint },
  height?: number,
) {
  // The Varuna version of the network at that height (V2, the current one, without a height).
  const version = height === undefined ? 2 : varunaVersionAt(height);
  assertProvable(program, fn);
  const srs = loadProverSrs();
  await initVaruna();
  // Every request's nonce (the root's and each call's) derives from one seed, as `run` derives
  // them from --seed (a random one without it), so the circuits' witnesses are the stored
  // transitions'.
  const seed = keys.seed ?? requestNonce();
  return {
    options: { privateKey: keys.privateKey, seed },
    prove(
      ctx: CliContext,
      texts: string[],
      r: Success,
      opts: { json?: boolean },
      store: KVStore,
      globalStateRoot: bigint,
    ): number {
      const { privateKey } = keys;
      const inputs = parseInputs(program, fn, texts, parsePrivateKey(privateKey).viewKey);
      const started = performance.now();
      const execution = proveExecution({
        program,
        function: fn,
        inputs,
        privateKey,
        nonces: (r.transitions ?? []).map((_, k) => requestNonce(seed, k)),
        transitions: r.transitions ?? [],
        srs,
        version,
        keyCache: verifyingKeyCache(store),
        // The ledger's root before the execution's block, as a prover sees the latest block.
        globalStateRoot: stateRootToString(globalStateRoot),
      });
      if (opts.json) printJson(ctx, execution);
      else {
        for (const o of r.outputs) ctx.io.out(`${o}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        ctx.io.out(`proof (Varuna V${version}, ${seconds} s) ${execution.proof}\n`);
      }
      return EXIT_OK;
    },
  };
}
