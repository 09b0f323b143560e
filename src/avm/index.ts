/**
 * polyvm/avm: the Aleo VM's execution half. Parse and check Aleo instructions programs,
 * evaluate functions (`run`), and execute them with their finalize over the mappings
 * of the shared state store (`execute`).
 */
import { assertBigInt, assertSafeInteger, assertString } from '../core/assert.js';
import { InvalidArgumentError } from '../core/errors.js';
import { JournaledCache } from '../state/journaled-cache.js';
import { namespacedKey } from '../state/namespaces.js';
import type { KVStore } from '../state/store.js';
import { type Account, domainField, parsePrivateKey } from './account/keys.js';
import { GENERATOR } from './arith/curve.js';
import { assertCall, assertProgram, assertRunOptions, assertState } from './boundary.js';
import { Fq } from './crypto/modular.js';
import { poseidonHash } from './crypto/poseidon.js';
import { AleoHalt } from './errors.js';
import { type FinalizeEnv, runFinalize } from './finalize.js';
import { usesSnarkVerify } from './instructions/snark.js';
import { requireInputRecords } from './ledger/inclusion.js';
import type { AleoLedger } from './ledger/store.js';
import {
  AleoProgram,
  type ExecutionContext,
  type FunctionResult,
  parseInputs,
  runFunction,
} from './process.js';
import { valueToText } from './text/value.js';
import { type TransitionJson, transitionToJson } from './transition/json.js';
import type { RequestRandomness, Transition } from './transition/request.js';
import type { AffinePoint } from './values.js';
import type { VerifyingKeyCache } from './varuna/execution-proof.js';

export { privateKeyToString, viewKeyToString } from './account/keys.js';
export {
  accountFromSeed,
  decryptRecord,
  parsePlaintext,
  parsePrivateKey,
  parseProgram,
  parseRecordCiphertext,
  parseViewKey,
  proveExecution,
  readMapping,
  runFinalize,
} from './boundary.js';
export {
  CircuitHalt,
  type CircuitReport,
  firstUnsatisfied,
  type Synthesis,
  type SynthesizeOptions,
  synthesize,
} from './circuit/index.js';
export {
  type Deployment,
  type DeployResult,
  deployProgram,
  MAX_DEPLOYMENT_CONSTRAINTS,
  MAX_DEPLOYMENT_VARIABLES,
  readDeployment,
  requireDeployed,
} from './deploy.js';
export {
  AleoCheckError,
  AleoDeployError,
  AleoHalt,
  AleoLedgerError,
  AleoParseError,
  AleoValueError,
} from './errors.js';
export { mappingKey } from './finalize.js';
export type { Block } from './ledger/block.js';
export { type StatePath, verifyStatePath } from './ledger/state-path.js';
export { parseStatePath, statePathToString } from './ledger/state-path-bytes.js';
export {
  type AleoLedger,
  type AppendOptions,
  aleoLedger,
  blockHashToString,
  type LedgerStore,
  stateRootToString,
} from './ledger/store.js';
export { isIdentifier, isProgramId } from './parser/types.js';
export { AleoProgram, parseInputs, runFunction } from './process.js';
export { addressFromText, addressToText, literalToText, parseLiteral } from './text/literal.js';
export { plaintextToText, valueToText } from './text/value.js';
export { recordCiphertextToString } from './transition/bytes.js';
export type { TransitionJson } from './transition/json.js';
export { encryptRecord } from './transition/record.js';
export type { Transition } from './transition/request.js';
export type * from './types.js';
export type * from './values.js';
export {
  assertProvable,
  type BatchEntry,
  checkExecution,
  decodeProof,
  decodeVerifyingKey,
  type ExecutionJson,
  emptyLedgerStateRoot,
  encodeProof,
  encodeVerifyingKey,
  executionFault,
  executionVerifierInputs,
  initVaruna,
  type Proof,
  type ProveExecutionInput,
  parseProof,
  parseVerifyingKey,
  proofToString,
  srsAvailable,
  VarunaExecutionError,
  type VarunaVersion,
  type VerifyingKey,
  type VerifyingKeyCache,
  varunaVersionAt,
  verifyBatch,
  verifyExecution,
  verifyExecutionProof,
  verifyingKeyToString,
  verifyProof,
} from './varuna/index.js';

export type RunResult =
  | {
      status: 'success';
      outputs: string[];
      /** The transitions of the execution, callees first, root last (with a private key or seed). */
      transitions?: TransitionJson[];
    }
  | { status: 'error'; error: string };

/** snarkOS's development account 0, the default signer of `polyvm aleo run/execute`. */
export const DEV_PRIVATE_KEY = 'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH';

export interface RunOptions {
  /**
   * self.signer / self.caller without a transition layer (legacy mode, records keep a
   * `0group` nonce); defaults to the generator's address. Ignored with `privateKey`.
   */
  signer?: AffinePoint;
  /**
   * Sign requests and build transitions as snarkVM's authorize does: the signer's key
   * (`APrivateKey1…`). Implied (with DEV_PRIVATE_KEY) by `seed`, `tvks` or `nonces`.
   */
  privateKey?: string;
  /** Deterministic request randomness derived from this seed (default: random). */
  seed?: bigint;
  /** Reproduce another run: the tvk of each request, root first then each call in order. */
  tvks?: readonly bigint[];
  /** Explicit request randomness (Request::sign's nonce field), root first then each call. */
  nonces?: readonly bigint[];
  networkId?: number;
}

/** The randomness of successive requests: from `tvks`, from `seed`, or random. */
function randomness(opts: RunOptions): () => RequestRandomness {
  let i = 0;
  if (opts.nonces) {
    const nonces = opts.nonces;
    return () => {
      const nonce = nonces[i++];
      if (nonce === undefined) throw new AleoHalt(`no nonce given for request ${i - 1}`);
      return { nonce };
    };
  }
  if (opts.tvks) {
    const tvks = opts.tvks;
    return () => {
      const tvk = tvks[i++];
      if (tvk === undefined) throw new AleoHalt(`no tvk given for request ${i - 1}`);
      return { tvk };
    };
  }
  const seed = opts.seed;
  return () => ({ nonce: requestNonce(seed, i++) });
}

/**
 * The nonce of an execution's request `index` (root 0, then each call): derived from `seed`
 * as `run`/`execute` derive it, or random without one.
 */
export function requestNonce(seed?: bigint, index = 0): bigint {
  if (seed !== undefined) assertBigInt(seed, 'requestNonce: seed', 0n);
  assertSafeInteger(index, 'requestNonce: index', 0);
  if (seed !== undefined)
    return poseidonHash(2, [domainField('polyvm.request.seed'), Fq.mod(seed), BigInt(index)]);
  const bytes = crypto.getRandomValues(new Uint8Array(48));
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return Fq.mod(v);
}

function context(opts: RunOptions): { ctx: ExecutionContext; account?: Account } {
  const wants =
    opts.privateKey !== undefined ||
    opts.seed !== undefined ||
    opts.tvks !== undefined ||
    opts.nonces !== undefined;
  if (!wants) return { ctx: { signer: opts.signer ?? GENERATOR } };
  const account = parsePrivateKey(opts.privateKey ?? DEV_PRIVATE_KEY);
  const transitions = {
    account,
    next: randomness(opts),
    list: [] as Transition[],
    callGraph: new Map<bigint, bigint[]>(),
    networkId: opts.networkId,
  };
  return { ctx: { signer: account.address, transitions }, account };
}

function transitionsJson(ctx: ExecutionContext) {
  const list = ctx.transitions?.list;
  return list ? { transitions: list.map(transitionToJson) } : {};
}

/** The id (a field) of the root transition of an execution, as finalize's `rand.chacha` seeds from it. */
export function executionTransitionId(transitions: readonly Transition[]): bigint | undefined {
  return transitions.at(-1)?.idField;
}

/** Parses and checks `source`; throws AleoParseError / AleoCheckError. */
export function checkProgram(
  source: string,
  imports: ReadonlyMap<string, AleoProgram> = new Map(),
): AleoProgram {
  assertString(source, 'checkProgram: source');
  if (!(imports instanceof Map)) throw new InvalidArgumentError('checkProgram: imports: expected a Map');
  for (const [id, p] of imports) assertProgram(p, `checkProgram: imports '${id}'`);
  return AleoProgram.parse(source, imports);
}

/**
 * Signs (when asked) and evaluates `fn` on text inputs, then hands the result to `then`
 * (finalize); a halt (overflow, failed assert) anywhere is an error result.
 */
function evaluate(
  program: AleoProgram,
  fn: string,
  inputs: readonly string[],
  opts: RunOptions,
  then?: (r: FunctionResult, ctx: ExecutionContext) => void,
): RunResult {
  const { ctx, account } = context(opts);
  const args = parseInputs(program, fn, inputs, account?.viewKey);
  try {
    const r = runFunction(program, fn, args, ctx, ctx.signer);
    then?.(r, ctx);
    return {
      status: 'success',
      outputs: r.outputs.map(valueToText),
      ...transitionsJson(ctx),
    };
  } catch (e) {
    if (e instanceof AleoHalt) return { status: 'error', error: e.shortMessage };
    throw e;
  }
}

/** Evaluates `fn` on text inputs: a halt (overflow, failed assert) is an error result. */
export function run(
  program: AleoProgram,
  fn: string,
  inputs: readonly string[],
  opts: RunOptions = {},
): RunResult {
  assertCall(program, fn, inputs, 'run');
  assertRunOptions(opts, 'run: options');
  return evaluate(program, fn, inputs, opts);
}

export interface ExecuteOptions extends RunOptions {
  blockHeight?: number;
  /**
   * The ledger the execution's record inputs must come from (snarkVM's inclusion): a record that
   * no earlier transition of the execution made and no stored block holds is refused with
   * AleoLedgerError `Commitment '…field' does not exist` before finalize, leaving `state` as it was.
   * Without it (or without transitions) record inputs are not checked.
   */
  ledger?: Pick<AleoLedger, 'hasCommitment'>;
}

/**
 * Runs `fn` and then its finalize against `state`, atomically: on any failure no mapping
 * changes. The caller flushes the cache (or a whole block of executions) to the store.
 */
export function execute(
  program: AleoProgram,
  fn: string,
  inputs: readonly string[],
  state: JournaledCache,
  opts: ExecuteOptions = {},
): RunResult {
  assertCall(program, fn, inputs, 'execute');
  assertState(state, 'execute: state');
  assertRunOptions(opts, 'execute: options');
  return evaluate(program, fn, inputs, opts, (r, ctx) => {
    if (opts.ledger && ctx.transitions) requireInputRecords(ctx.transitions.list, opts.ledger);
    state.atomically(() => {
      if (!r.future) return;
      // The finalize environment carries the root transition id and the call graph (rand.chacha).
      const env: FinalizeEnv = {
        state,
        blockHeight: opts.blockHeight ?? 0,
        networkId: opts.networkId ?? 0,
        transitionId: executionTransitionId(ctx.transitions?.list ?? []),
        callGraph: ctx.transitions?.callGraph,
      };
      runFinalize(program, r.future, env);
    });
  });
}

/**
 * Whether running `program` (or a program it imports) can reach `snark.verify`: then
 * `await initVaruna()` must come before `execute`, and the verifier reads the universal SRS.
 */
export const needsVaruna = (program: AleoProgram): boolean =>
  [program, ...program.imports.values()].some((p) => usesSnarkVerify(p.ast));

/**
 * Verifying keys kept in `store` by circuit id (`aleo/.varuna-vk/<id hex>`; no program id starts
 * with a dot), so that proving a function again skips committing its index. Each entry is
 * written once, whole, and is the same bytes whoever writes it.
 */
export function verifyingKeyCache(store: KVStore): VerifyingKeyCache {
  const key = (id: Uint8Array) => namespacedKey('avm', `.varuna-vk/${Buffer.from(id).toString('hex')}`);
  return { get: (id) => store.get(key(id)), put: (id, vk) => store.put(key(id), vk) };
}

/** A journaled cache over `store` for a sequence of executions. */
export function aleoState(store: KVStore): JournaledCache {
  if (typeof store !== 'object' || store === null || typeof store.get !== 'function')
    throw new InvalidArgumentError('aleoState: store: expected a KVStore (MemoryStore, LmdbStore)');
  return new JournaledCache(store);
}
