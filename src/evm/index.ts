/**
 * polyvm/evm: the Ethereum Virtual Machine (Cancun) over the shared state store.
 * Create an EVM over a JournaledCache, run a transaction, or run raw code at an address.
 */
import { assertBytes, assertFunction, assertObject, assertString, assertUint } from '../core/assert.js';
import type { JournaledCache } from '../state/index.js';
import * as asm from './asm.js';
import { assertBlock, assertCache, assertFork, assertTracer, assertTransaction } from './boundary.js';
import type { ForkName } from './fork-names.js';
import * as forks from './fork-names.js';
import type { BlockEnv } from './frame.js';
import { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
import * as roots from './state-root.js';
import { parseStateTestFile as parseStateTests, type StateTest } from './statetest/parse.js';
import { runStateTests as runStates, type RunOptions as StateTestOptions } from './statetest/run.js';
import { jsonLineTracer as lineTracer, type Tracer } from './tracer.js';
import type { Transaction, TxResult } from './transaction.js';
import * as txs from './transaction.js';
import type { Log } from './world-state.js';

export { formatDisassembly } from './asm.js';
export { FORKS, type ForkName } from './fork-names.js';
export type { BlockEnv } from './frame.js';
export { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES, type OpcodeRow, opcodeName } from './opcodes.js';
export { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
export type { CaseResult } from './statetest/run.js';
export { formatStep, type Tracer, type TraceStep } from './tracer.js';
export type { Transaction, TxResult } from './transaction.js';

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

export function jsonLineTracer(write: (line: string) => void): Tracer {
  assertFunction(write, 'jsonLineTracer: write');
  return lineTracer(write);
}

export function blobBaseFee(excessBlobGas: bigint): bigint {
  assertUint(excessBlobGas, 'blobBaseFee: excessBlobGas', 64);
  return txs.blobBaseFee(excessBlobGas);
}

export function intrinsicGas(tx: Transaction, fork: ForkName): bigint {
  assertTransaction(tx);
  assertFork(fork, 'intrinsicGas: fork');
  return txs.intrinsicGas(tx, fork);
}

/** Validates and executes `tx` over `cache` (a chain-invalid transaction is `{ valid: false }`). */
export function runTransaction(
  cache: JournaledCache,
  fork: ForkName,
  block: BlockEnv,
  tx: Transaction,
  tracer?: Tracer,
): TxResult {
  assertCache(cache, 'runTransaction: cache');
  assertFork(fork, 'runTransaction: fork');
  assertBlock(block, 'runTransaction: block', false);
  assertTransaction(tx);
  if (tracer !== undefined) assertTracer(tracer, 'runTransaction: tracer');
  return txs.runTransaction(cache, fork, block, tx, tracer);
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
    this.fork = options.fork ?? 'Cancun';
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
