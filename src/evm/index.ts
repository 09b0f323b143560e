/**
 * polyvm/evm: the Ethereum Virtual Machine (Cancun) over the shared state store.
 * Create an EVM over a JournaledCache, run a transaction, or run raw code at an address.
 */
import type { JournaledCache } from '../state/index.js';
import type { ForkName } from './fork-names.js';
import type { BlockEnv } from './frame.js';
import { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
import { computeStateRoot } from './state-root.js';
import type { Tracer } from './tracer.js';
import { runTransaction, type Transaction, type TxResult } from './transaction.js';

export { assemble, disassemble, formatDisassembly } from './asm.js';
export { blobBaseFee } from './blob.js';
export { FORKS, type ForkName, forkAtLeast, parseForkName } from './fork-names.js';
export type { BlockEnv } from './frame.js';
export { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES, type OpcodeRow, opcodeName } from './opcodes.js';
export { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
export { computeLogsHash, computeStateRoot } from './state-root.js';
export { parseStateTestFile } from './statetest/parse.js';
export { type CaseResult, runStateTests } from './statetest/run.js';
export { formatStep, jsonLineTracer, type Tracer, type TraceStep } from './tracer.js';
export { runTransaction, type Transaction, type TxResult } from './transaction.js';
export { floorDataGas, intrinsicGas } from './tx/intrinsic.js';

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
    this.cache = cache;
    this.fork = options.fork ?? 'Osaka';
    this.block = { ...defaultBlock(), ...options.block };
    this.tracer = options.tracer;
  }

  /** Validates and executes a transaction; its changes land in the cache (not flushed). */
  runTransaction(tx: Transaction): TxResult {
    return runTransaction(this.cache, this.fork, this.block, tx, this.tracer);
  }

  /** Runs `code` as the contract at `address` (its changes land in the cache). */
  runCode(opts: Omit<RunCodeOptions, 'cache' | 'fork' | 'block'>): RunCodeResult {
    return runCode({ tracer: this.tracer, ...opts, cache: this.cache, fork: this.fork, block: this.block });
  }

  stateRoot(): Uint8Array {
    return computeStateRoot(this.cache);
  }
}
