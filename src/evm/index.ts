/**
 * polyvm/evm: the Ethereum Virtual Machine, every fork from Frontier to Osaka and the BPO
 * forks, over the shared state store. Create an EVM over a JournaledCache and run
 * transactions or raw code; execute and build whole blocks; encode, sign and recover
 * transactions of types 0-4; run state tests, blockchain tests and geth's t8n.
 */
import { assertBytes, assertFunction, assertObject, assertString, assertUint } from '../core/assert.js';
import type { JournaledCache } from '../state/index.js';
import * as asm from './asm.js';
import * as blob from './blob.js';
import { assertBlock, assertCache, assertFork, assertTracer, assertTransaction } from './boundary.js';
import type { ForkName } from './fork-names.js';
import * as forks from './fork-names.js';
import { forkRules } from './fork-rules.js';
import type { BlockEnv } from './frame.js';
import { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
import * as roots from './state-root.js';
import { parseStateTestFile as parseStateTests, type StateTest } from './statetest/parse.js';
import { runStateTests as runStates, type RunOptions as StateTestOptions } from './statetest/run.js';
import { type JsonTraceOptions, jsonLineTracer as lineTracer, type Tracer } from './tracer.js';
import type { RunTransactionOptions, Transaction, TxResult } from './transaction.js';
import * as txs from './transaction.js';
import * as intrinsic from './tx/intrinsic.js';
import type { Log } from './world-state.js';

export { type AllocAccount, allocStore, parseAlloc } from './alloc.js';
export { formatDisassembly } from './asm.js';
export { fakeExponential, GAS_PER_BLOB, nextExcessBlobGas } from './blob.js';
export * from './block/index.js';
export { type BlockTestOptions, type BlockTestResult, runBlockTests } from './blocktest/run.js';
export {
  blobParams,
  type ChainConfig,
  type ForkActivation,
  forkAt,
  MAINNET,
  networkConfig,
  parseBlobSchedule,
  requireNetwork,
  rulesFor,
  singleForkConfig,
} from './chain-config.js';
export { delegationCode, delegationTarget } from './delegation.js';
export { FORKS, type ForkName } from './fork-names.js';
export { type BlobParams, type ForkRules, forkRules } from './fork-rules.js';
export type { BlockEnv } from './frame.js';
export { readFixtureText } from './json-fields.js';
export { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES, type OpcodeRow, opcodeName } from './opcodes.js';
export { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
export type { CaseResult } from './statetest/run.js';
export {
  parseEnv as t8nParseEnv,
  parseJsonTxs as t8nParseJsonTxs,
  parseRlpTxs as t8nParseRlpTxs,
  parseT8nAlloc as t8nParseAlloc,
  type T8nEnv,
  type T8nTx,
} from './t8n/input.js';
export {
  allocJson as t8nAllocJson,
  bodyHex as t8nBodyHex,
  resultJson as t8nResultJson,
} from './t8n/output.js';
export { T8nError, type T8nOptions, type T8nResult, transition as t8nTransition } from './t8n/transition.js';
export {
  formatEnter,
  formatExit,
  formatStep,
  gethOpName,
  type JsonTraceOptions,
  type TraceEnter,
  type TraceExit,
  type Tracer,
  type TraceStep,
} from './tracer.js';
export type { RunTransactionOptions, Transaction, TxRejection, TxResult } from './transaction.js';
export {
  decodeTransaction,
  encodeTransaction,
  InvalidTransactionError,
  transactionHash,
} from './tx/codec.js';
export { floorDataGas } from './tx/intrinsic.js';
export {
  authorizationHash,
  checkSignature,
  privateKeyToAddress,
  recoverAuthority,
  recoverSender,
  signAuthorization,
  signingHash,
  signTransaction,
  withSender,
} from './tx/signature.js';
export type { AccessListEntry, Authorization, SignedTransaction, TxType } from './tx/types.js';
export { checksumAddress } from './words.js';

// The checked public entries: each checks its arguments, then calls the module's own function.

export function disassemble(code: Uint8Array): ReturnType<typeof asm.disassemble> {
  assertBytes(code, 'disassemble: code');
  return asm.disassemble(code);
}

export function assemble(source: string, file = 'input'): Uint8Array {
  assertString(source, 'assemble: source');
  assertString(file, 'assemble: file');
  return asm.assemble(source, file);
}

export function parseForkName(name: string): ForkName | undefined {
  assertString(name, 'parseForkName: name');
  return forks.parseForkName(name);
}

export function forkAtLeast(fork: ForkName, base: ForkName): boolean {
  assertFork(fork, 'forkAtLeast: fork');
  assertFork(base, 'forkAtLeast: base');
  return forks.forkAtLeast(fork, base);
}

export function computeStateRoot(cache: JournaledCache): Uint8Array {
  assertCache(cache, 'computeStateRoot: cache');
  return roots.computeStateRoot(cache);
}

export function computeLogsHash(logs: readonly Log[]): Uint8Array {
  if (!Array.isArray(logs)) assertObject(logs, 'computeLogsHash: logs');
  return roots.computeLogsHash(logs);
}

export function parseStateTestFile(file: string, text: string): StateTest[] {
  assertString(file, 'parseStateTestFile: file');
  assertString(text, 'parseStateTestFile: text');
  return parseStateTests(file, text);
}

export function runStateTests(file: string, tests: StateTest[], opts: StateTestOptions = {}) {
  assertString(file, 'runStateTests: file');
  if (!Array.isArray(tests)) assertObject(tests, 'runStateTests: tests');
  assertObject(opts as unknown, 'runStateTests: options');
  if (opts.fork !== undefined) assertFork(opts.fork, 'runStateTests: options.fork');
  if (opts.tracer !== undefined) assertTracer(opts.tracer, 'runStateTests: options.tracer');
  return runStates(file, tests, opts);
}

export function jsonLineTracer(write: (line: string) => void, opts: JsonTraceOptions = {}): Tracer {
  assertFunction(write, 'jsonLineTracer: write');
  assertObject(opts as unknown, 'jsonLineTracer: options');
  return lineTracer(write, opts);
}

export function blobBaseFee(excessBlobGas: bigint, updateFraction?: bigint): bigint {
  assertUint(excessBlobGas, 'blobBaseFee: excessBlobGas', 64);
  if (updateFraction !== undefined) assertUint(updateFraction, 'blobBaseFee: updateFraction', 64);
  return blob.blobBaseFee(excessBlobGas, updateFraction);
}

export function intrinsicGas(tx: Transaction, fork: ForkName): bigint {
  assertTransaction(tx);
  assertFork(fork, 'intrinsicGas: fork');
  return intrinsic.intrinsicGas(tx, forkRules(fork));
}

/** Validates and executes `tx` over `cache` (a chain-invalid transaction is `{ valid: false }`). */
export function runTransaction(
  cache: JournaledCache,
  fork: ForkName,
  block: BlockEnv,
  tx: Transaction,
  options: RunTransactionOptions | Tracer = {},
): TxResult {
  assertCache(cache, 'runTransaction: cache');
  assertFork(fork, 'runTransaction: fork');
  assertBlock(block, 'runTransaction: block', false);
  assertTransaction(tx);
  assertObject(options as unknown, 'runTransaction: options');
  if ('step' in options) assertTracer(options, 'runTransaction: tracer');
  else {
    if (options.tracer !== undefined) assertTracer(options.tracer, 'runTransaction: options.tracer');
    if (options.gasAvailable !== undefined)
      assertUint(options.gasAvailable, 'runTransaction: options.gasAvailable', 64);
  }
  return txs.runTransaction(cache, fork, block, tx, options);
}

export interface EvmOptions {
  fork?: ForkName;
  block?: Partial<BlockEnv>;
  tracer?: Tracer;
}

/** An EVM bound to a state (a JournaledCache over any KVStore), a fork and a block. */
export class Evm {
  readonly cache: JournaledCache;
  readonly fork: ForkName;
  readonly block: BlockEnv;
  readonly tracer: Tracer | undefined;

  constructor(cache: JournaledCache, options: EvmOptions = {}) {
    assertCache(cache, 'Evm: cache');
    assertObject(options as unknown, 'Evm: options');
    if (options.fork !== undefined) assertFork(options.fork, 'Evm: options.fork');
    if (options.block !== undefined) assertBlock(options.block, 'Evm: options.block', true);
    if (options.tracer !== undefined) assertTracer(options.tracer, 'Evm: options.tracer');
    this.cache = cache;
    this.fork = options.fork ?? 'Osaka';
    this.block = { ...defaultBlock(), ...options.block };
    this.tracer = options.tracer;
  }

  /** Validates and executes a transaction; its changes land in the cache (not flushed). */
  runTransaction(tx: Transaction): TxResult {
    assertTransaction(tx);
    return txs.runTransaction(this.cache, this.fork, this.block, tx, this.tracer);
  }

  /** Runs `code` as the contract at `address` (its changes land in the cache). */
  runCode(opts: Omit<RunCodeOptions, 'cache' | 'fork' | 'block'>): RunCodeResult {
    return runCode({ tracer: this.tracer, ...opts, cache: this.cache, fork: this.fork, block: this.block });
  }

  stateRoot(): Uint8Array {
    return roots.computeStateRoot(this.cache);
  }
}
