/**
 * polyvm/evm: the Ethereum Virtual Machine, every fork from Frontier to Osaka and the BPO
 * forks, over the shared state store. Create an EVM over a JournaledCache and run
 * transactions or raw code; execute and build whole blocks; encode, sign and recover
 * transactions of types 0-4; run state tests, blockchain tests and geth's t8n.
 */
import type { JournaledCache } from '../state/index.js';
import type { ForkName } from './fork-names.js';
import type { BlockEnv } from './frame.js';
import { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
import { computeStateRoot } from './state-root.js';
import type { Tracer } from './tracer.js';
import { runTransaction, type Transaction, type TxResult } from './transaction.js';

export { type AllocAccount, allocStore, parseAlloc } from './alloc.js';
export { assemble, disassemble, formatDisassembly } from './asm.js';
export { blobBaseFee, fakeExponential, GAS_PER_BLOB, nextExcessBlobGas } from './blob.js';
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
export { FORKS, type ForkName, forkAtLeast, parseForkName } from './fork-names.js';
export { type BlobParams, type ForkRules, forkRules } from './fork-rules.js';
export type { BlockEnv } from './frame.js';
export { readFixtureText } from './json-fields.js';
export { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES, type OpcodeRow, opcodeName } from './opcodes.js';
export { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
export { computeLogsHash, computeStateRoot } from './state-root.js';
export { parseStateTestFile } from './statetest/parse.js';
export { type CaseResult, runStateTests } from './statetest/run.js';
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
  jsonLineTracer,
  type TraceEnter,
  type TraceExit,
  type Tracer,
  type TraceStep,
} from './tracer.js';
export {
  type RunTransactionOptions,
  runTransaction,
  type Transaction,
  type TxRejection,
  type TxResult,
} from './transaction.js';
export {
  decodeTransaction,
  encodeTransaction,
  InvalidTransactionError,
  transactionHash,
} from './tx/codec.js';
export { floorDataGas, intrinsicGas } from './tx/intrinsic.js';
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
