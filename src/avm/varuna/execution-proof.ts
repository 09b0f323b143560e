/**
 * Proving an execution as snarkVM's Process::execute and Trace::prove_execution do: each
 * transition's circuit synthesized with its witness (the request signed with the execution's
 * own nonce, so tpk, tcm and the input ids are the transition's), keyed over the universal SRS,
 * and proven in one Varuna batch; the result is snarkVM's Execution JSON
 * (`{"transitions":[…],"global_state_root":"sr1…","proof":"proof1…"}`).
 *
 * Only executions of one transition are proven: a callee's circuit (is_root false, its caller
 * as parent) is not synthesized yet, so a function with external calls is refused up front.
 */
import { equalBytes } from '../../core/bytes.js';
import { type Matrices, synthesize } from '../circuit/index.js';
import { bech32mEncode } from '../crypto/bech32m.js';
import { bigintToBytesLe } from '../crypto/bits.js';
import { VarunaDecodeError, VarunaInputError } from '../curves/errors.js';
import type { AleoProgram } from '../process.js';
import type { TransitionJson } from '../transition/json.js';
import { hashChildren } from '../transition/merkle.js';
import type { Value } from '../types.js';
import { decodeVerifyingKey, encodeVerifyingKey, proofToString } from './encoding.js';
import {
  type ExecutionJson,
  executionVerifierInputs,
  externalCalls,
  type TransitionEntry,
} from './execution.js';
import { circuitVerifyingKeyFrom, indexCircuit, indexPolynomials } from './indexer.js';
import { type ProvingKey, proveBatch } from './prover.js';
import { loadProverSrs, type ProverSrs } from './srs.js';
import type { VarunaVersion } from './verifier.js';

/** snarkVM's BLOCKS_DEPTH: the block tree whose root is the global state root. */
const BLOCKS_DEPTH = 32;
let emptyRoot: string | undefined;

/**
 * The global state root written when none is given: the root of snarkVM's block tree
 * (BHP Merkle tree of depth 32, as transition trees are hashed) holding no blocks. polyvm keeps
 * no ledger; snarkVM only requires the root to be non-zero (Inclusion::prepare), and the proof
 * does not depend on it.
 */
export function emptyLedgerStateRoot(): string {
  if (emptyRoot) return emptyRoot;
  const empty = hashChildren(0n, 0n);
  let root = empty;
  for (let d = 0; d < BLOCKS_DEPTH; d++) root = hashChildren(root, empty);
  emptyRoot = bech32mEncode('sr', bigintToBytesLe(root, 32));
  return emptyRoot;
}

export interface ProveExecutionInput {
  program: AleoProgram;
  function: string;
  /** The function's inputs as values (as the execution parsed them). */
  inputs: readonly Value[];
  /** The signer (`APrivateKey1…`) and the request nonce the execution was signed with. */
  privateKey: string;
  nonce: bigint;
  /** The execution's transitions (callees first, root last), as `run`/`execute` return them. */
  transitions: readonly TransitionJson[];
  version?: VarunaVersion;
  globalStateRoot?: string;
  srs?: ProverSrs;
  /**
   * Where verifying keys are kept between runs, by circuit id: committing the index polynomials
   * is most of a setup (32 of 35 s for a 12k-constraint function), the rest is recomputed.
   */
  keyCache?: VerifyingKeyCache;
}

/** Encoded verifying keys (`encodeVerifyingKey`) by 32-byte circuit id. */
export interface VerifyingKeyCache {
  get(circuitId: Uint8Array): Uint8Array | undefined;
  put(circuitId: Uint8Array, verifyingKey: Uint8Array): void;
}

/**
 * The proving key of `m`, its commitments from `cache` when it holds this circuit's key;
 * `numVariables` is the console key's trailing count (R1CS::num_variables, constants included).
 */
function provingKey(
  m: Matrices,
  srs: ProverSrs,
  cache: VerifyingKeyCache | undefined,
  numVariables: bigint,
): ProvingKey {
  const index = indexCircuit(m);
  const polys = indexPolynomials(index);
  const bytes = cache?.get(index.id);
  if (bytes) {
    // A key of another circuit or a damaged entry is recomputed, never used.
    try {
      const vk = decodeVerifyingKey(bytes);
      if (equalBytes(vk.id, index.id) && JSON.stringify(vk.info) === JSON.stringify(index.info)) {
        // The commitments do not depend on the count; a key cached with another one is corrected.
        if (vk.numVariables === numVariables) return { index, polys, vk };
        const fixed = { ...vk, numVariables };
        cache?.put(index.id, encodeVerifyingKey(fixed));
        return { index, polys, vk: fixed };
      }
    } catch (e) {
      if (!(e instanceof VarunaDecodeError)) throw e;
    }
  }
  const vk = circuitVerifyingKeyFrom(index, polys, srs, numVariables);
  cache?.put(index.id, encodeVerifyingKey(vk));
  return { index, polys, vk };
}

/**
 * Refuses (before anything runs) what cannot be proven yet: a function whose execution has more
 * than one transition, or that spends a record (its inclusion proof needs a ledger's state path).
 */
export function assertProvable(program: AleoProgram, fn: string): void {
  const what = `cannot prove ${program.id}/${fn} yet`;
  const calls = externalCalls(program, fn);
  if (calls.length > 0)
    throw new VarunaInputError(
      `${what}: it calls ${calls.map((c) => `${c.program}/${c.fn}`).join(', ')} (only executions of one transition are proven)`,
    );
  const f = program.ast.functions.get(fn);
  if (f?.inputs.some((i) => i.type.kind === 'record'))
    throw new VarunaInputError(
      `${what}: a record input needs an inclusion proof against a ledger, which polyvm does not keep`,
    );
}

/** snarkVM's transition JSON: the fields an Execution holds, in its order. */
const entry = (t: TransitionJson): TransitionEntry => {
  if (!t.tpk) throw new VarunaInputError(`transition ${t.id} has no tpk (it was not signed)`);
  return {
    id: t.id,
    program: t.program,
    function: t.function,
    inputs: t.inputs,
    outputs: t.outputs,
    tpk: t.tpk,
    tcm: t.tcm,
    scm: t.scm,
  } as TransitionEntry;
};

export function proveExecution(x: ProveExecutionInput): ExecutionJson {
  assertProvable(x.program, x.function);
  if (x.transitions.length !== 1)
    throw new VarunaInputError(`expected the execution's one transition, found ${x.transitions.length}`);
  const execution: ExecutionJson = {
    transitions: [entry(x.transitions[0] as TransitionJson)],
    global_state_root: x.globalStateRoot ?? emptyLedgerStateRoot(),
    proof: '',
  };
  const s = synthesize(x.program, x.function, { inputs: x.inputs, privateKey: x.privateKey, nonce: x.nonce });
  // The circuit's public inputs must be the ones a verifier derives from the transition.
  const expected = executionVerifierInputs(x.program, execution)[0] as bigint[];
  const got = s.publicInputs;
  if (expected.length !== got.length || expected.some((v, i) => v !== got[i]))
    throw new VarunaInputError(
      `the circuit of ${x.program.id}/${x.function} does not match its transition ${execution.transitions[0]?.id}`,
    );
  const srs = x.srs ?? loadProverSrs();
  const pk = provingKey(s.matrices, srs, x.keyCache, BigInt(s.report.variables));
  execution.proof = proofToString(proveBatch(srs, [{ pk, assignments: [s.assignment] }], x.version ?? 2));
  return execution;
}
