/**
 * Varuna proofs over BLS12-377 as snarkVM makes them: verifying keys and proofs (bytes and
 * `verifier1…` / `proof1…` text), verification of single and batch proofs (V1 and V2), and of
 * an execution's proof against its transitions. Await `initVaruna()` once before verifying.
 */
import { bech32mDecode } from '../crypto/bech32m.js';
import { bytesToBigintLe } from '../crypto/bits.js';
import { initBls12377 } from '../curves/bls12-377.js';
import { VarunaInputError } from '../curves/errors.js';
import type { AleoProgram } from '../process.js';
import type { Proof, VerifyingKey } from './encoding.js';
import { type ExecutionJson, executionVerifierInputs } from './execution.js';
import { checkExecution } from './execution-checks.js';
import { inclusionVerifierInputs } from './inclusion.js';
import { loadVerifierSrs, type VerifierSrs } from './srs.js';
import { type BatchEntry, type VarunaVersion, verifyBatch } from './verifier.js';

export {
  VarunaDecodeError,
  VarunaExecutionError,
  VarunaInitError,
  VarunaInputError,
  VarunaSrsError,
} from '../curves/errors.js';
export * from './encoding.js';
export type { ExecutionJson, TransitionEntry } from './execution.js';
export { callGraph, executionVerifierInputs, externalCalls } from './execution.js';
export {
  checkExecution,
  executionFault,
  MAX_INPUTS,
  MAX_OUTPUTS,
  MAX_TRANSITIONS,
} from './execution-checks.js';
export {
  assertProvable,
  emptyLedgerStateRoot,
  type ProveExecutionInput,
  proveExecution,
  type VerifyingKeyCache,
} from './execution-proof.js';
export { inclusionVerifierInputs, prepareInclusion, type StatePathQuery } from './inclusion.js';
export { type CircuitIndex, circuitVerifyingKey, indexCircuit, indexPolynomials } from './indexer.js';
export { loadProverSrs, loadVerifierSrs, ProverSrs, srsAvailable, srsDir, type VerifierSrs } from './srs.js';
export { type BatchEntry, type VarunaVersion, verifyBatch } from './verifier.js';

/** Loads the curve library (mcl-wasm); call once, then every verification is synchronous. */
export const initVaruna = (): Promise<void> => initBls12377();

/** Mainnet's ConsensusVersion::V4 height, from which proofs are Varuna V2. */
export const VARUNA_V2_HEIGHT = 6_135_000;

/** The Varuna version of mainnet at `height` (snarkVM varuna_version_from_consensus). */
export const varunaVersionAt = (height: number): VarunaVersion => (height >= VARUNA_V2_HEIGHT ? 2 : 1);

export interface VerifyOptions {
  /** Default 2 (the current network). */
  version?: VarunaVersion;
  srs?: VerifierSrs;
  /**
   * The inclusion circuit's verifying key (snarkVM's `inclusion.verifier`, in the SDK as
   * `VerifyingKey.inclusionVerifier()`): needed when the execution spends records, whose proof
   * holds one inclusion instance per record input.
   */
  inclusionKey?: VerifyingKey;
}

/** snarkVM's VerifyingKey::verify: one instance's inputs (starting with 1) against one key. */
export function verifyProof(
  vk: VerifyingKey,
  inputs: readonly bigint[],
  proof: Proof,
  opts: VerifyOptions = {},
): boolean {
  return verifyBatch(opts.srs ?? loadVerifierSrs(), [{ vk, inputs: [inputs] }], proof, opts.version ?? 2);
}

/**
 * Verifies an execution as snarkVM's Process::verify_execution: first the checks that need no
 * proof (execution-checks.ts: every value against its id, the transition ids, the functions'
 * input and output kinds, one signer), throwing VarunaExecutionError naming the transition and
 * input or output at fault; then the proof (verifyExecutionProof). `root` is the executed
 * program with its imports loaded.
 */
export function verifyExecution(
  root: AleoProgram,
  execution: ExecutionJson,
  keys: ReadonlyMap<string, VerifyingKey>,
  proof: Proof,
  opts: VerifyOptions = {},
): boolean {
  checkExecution(root, execution);
  return verifyExecutionProof(root, execution, keys, proof, opts);
}

/**
 * Trace::verify_execution_proof: each transition's public inputs (to_transition_verifier_inputs,
 * the call graph from the programs) against the key of its function, `keys` by
 * `program.aleo/function`, in one batch with the inclusion instances; the ids are taken as
 * given (see verifyExecution).
 */
export function verifyExecutionProof(
  root: AleoProgram,
  execution: ExecutionJson,
  keys: ReadonlyMap<string, VerifyingKey>,
  proof: Proof,
  opts: VerifyOptions = {},
): boolean {
  const inputs = executionVerifierInputs(root, execution);
  const byLocator = new Map<string, BatchEntry & { inputs: bigint[][] }>();
  execution.transitions.forEach((t, i) => {
    const locator = `${t.program}/${t.function}`;
    let e = byLocator.get(locator);
    if (!e) {
      const vk = keys.get(locator);
      if (!vk) throw new VarunaInputError(`no verifying key for ${locator}`);
      e = { vk, inputs: [] };
      byLocator.set(locator, e);
    }
    e.inputs.push(inputs[i] as bigint[]);
  });
  // verify_execution: the inclusion instances join the batch (Inclusion::prepare_verifier_inputs).
  if (execution.transitions.some((t) => t.inputs.some((x) => x.type === 'record'))) {
    if (!opts.inclusionKey)
      throw new VarunaInputError(
        'the execution spends records, so its proof holds inclusion circuits: the inclusion verifying key is needed',
      );
    const root = bytesToBigintLe(bech32mDecode(execution.global_state_root, 'sr', 'global state root'));
    byLocator.set('inclusion', {
      vk: opts.inclusionKey,
      inputs: inclusionVerifierInputs(root, execution.transitions),
    });
  }
  return verifyBatch(opts.srs ?? loadVerifierSrs(), [...byLocator.values()], proof, opts.version ?? 2);
}
