/**
 * Proving an execution as snarkVM's Process::execute and Trace::prove_execution do: each
 * transition's circuit synthesized with its witness (the request signed with the execution's
 * own nonce, so tpk, tcm and the input ids are the transition's), keyed over the universal SRS,
 * and proven in one Varuna batch; the result is snarkVM's Execution JSON
 * (`{"transitions":[…],"global_state_root":"sr1…","proof":"proof1…"}`).
 *
 * A called function is its own transition (Call::execute ejects the caller's circuit and runs
 * execute_function on the callee): its circuit has is_root false, the calling program's
 * address as parent and the root request's tvk; its inputs are what its caller passed. The
 * circuits are synthesized callees first (post-order, the order of the execution's
 * transitions), then grouped by circuit id: a function called twice is one circuit with two
 * instances, in transition order.
 */
import { equalBytes } from '../../core/bytes.js';
import { type ExternalCall, type Matrices, type Synthesis, synthesize } from '../circuit/index.js';
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
import { checkExecution } from './execution-checks.js';
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
  /** The signer (`APrivateKey1…`). */
  privateKey: string;
  /**
   * Request::sign's nonce of each request the execution signed: the root's first, then each
   * call's in the order the execution made them (depth first), as `RunOptions.nonces`.
   */
  nonces: readonly bigint[];
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
 * Refuses (before anything runs) what cannot be proven here: a function that spends a record,
 * itself or in a function it calls (`record` input; an external record is only hashed). snarkVM
 * adds one inclusion circuit per spent record to the batch (Trace::prove_execution), and that
 * circuit (134,838 constraints, `circuit/inclusion.ts`) needs SRS powers of degree 2^19 for its
 * key, past the 2^16 available offline.
 */
export function assertProvable(program: AleoProgram, fn: string): void {
  const what = `cannot prove ${program.id}/${fn} yet`;
  const spends = (p: AleoProgram, name: string) =>
    p.ast.functions.get(name)?.inputs.some((i) => i.type.kind === 'record') ?? false;
  const inclusion = 'its inclusion circuit needs SRS powers of degree 2^19, past the 2^16 available offline';
  if (spends(program, fn)) throw new VarunaInputError(`${what}: it spends a record, and ${inclusion}`);
  const visit = (p: AleoProgram, name: string) => {
    for (const c of externalCalls(p, name)) {
      const callee = p.resolve(c.program);
      if (spends(callee, c.fn))
        throw new VarunaInputError(`${what}: ${c.program}/${c.fn} spends a record, and ${inclusion}`);
      visit(callee, c.fn);
    }
  };
  visit(program, fn);
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

/**
 * Each transition's circuit, callees first: the root's with the execution's call nonces, then
 * (recursively) each function it called with the inputs it passed and the nonces of its subtree
 * (requests are numbered depth first, so a call's subtree follows its own request).
 */
export function synthesizeExecution(
  x: Pick<ProveExecutionInput, 'program' | 'function' | 'inputs' | 'privateKey' | 'nonces'>,
): Synthesis[] {
  const nonceAt = (k: number): bigint => {
    const n = x.nonces[k];
    if (n === undefined)
      throw new VarunaInputError(`no nonce for request ${k} (${x.nonces.length} given, root first)`);
    return n;
  };
  const out: Synthesis[] = [];
  const visit = (
    program: AleoProgram,
    fn: string,
    inputs: readonly Value[],
    k: number,
    caller?: { program: string; rootTvk: bigint },
  ) => {
    let next = k + 1;
    const calls: { call: ExternalCall; k: number }[] = [];
    const s = synthesize(program, fn, {
      inputs,
      privateKey: x.privateKey,
      nonce: nonceAt(k),
      caller,
      callNonces: () => nonceAt(next++),
      onCall: (call) => calls.push({ call, k: next }),
    });
    const rootTvk = caller?.rootTvk ?? s.tvk;
    for (const c of calls)
      visit(c.call.program, c.call.function, c.call.inputs, c.k, { program: program.id, rootTvk });
    out.push(s);
  };
  visit(x.program, x.function, x.inputs, 0);
  return out;
}

export function proveExecution(x: ProveExecutionInput): ExecutionJson {
  assertProvable(x.program, x.function);
  const execution: ExecutionJson = {
    transitions: x.transitions.map(entry),
    global_state_root: x.globalStateRoot ?? emptyLedgerStateRoot(),
    proof: '',
  };
  // What a verifier checks before the proof (the ids of the values, the transition ids), up
  // front: a fault there would make minutes of proving worthless.
  checkExecution(x.program, execution);
  // The call graph of the transitions, and each one's inputs as a verifier derives them.
  const expected = executionVerifierInputs(x.program, execution);
  const circuits = synthesizeExecution(x);
  if (circuits.length !== execution.transitions.length)
    throw new VarunaInputError(
      `the execution has ${execution.transitions.length} transitions, its circuits ${circuits.length}`,
    );
  // Each circuit's public inputs must be the ones a verifier derives from its transition.
  circuits.forEach((s, i) => {
    const t = execution.transitions[i] as TransitionEntry;
    const want = expected[i] as bigint[];
    const got = s.publicInputs;
    if (
      s.report.program !== t.program ||
      s.report.function !== t.function ||
      want.length !== got.length ||
      want.some((v, j) => v !== got[j])
    )
      throw new VarunaInputError(
        `the circuit of ${s.report.program}/${s.report.function} does not match transition ${i} (${t.id})`,
      );
  });
  // Trace::prove_execution: one batch, an entry per proving key, instances in transition order.
  const srs = x.srs ?? loadProverSrs();
  const groups = new Map<string, { s: Synthesis; assignments: (readonly bigint[])[] }>();
  for (const s of circuits) {
    let g = groups.get(s.report.circuitId);
    if (!g) groups.set(s.report.circuitId, (g = { s, assignments: [] }));
    g.assignments.push(s.assignment);
  }
  const batch = [...groups.values()].map((g) => ({
    pk: provingKey(g.s.matrices, srs, x.keyCache, BigInt(g.s.report.variables)),
    assignments: g.assignments,
  }));
  execution.proof = proofToString(proveBatch(srs, batch, x.version ?? 2));
  return execution;
}
