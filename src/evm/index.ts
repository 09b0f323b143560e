/**
 * polyvm/evm: the Ethereum Virtual Machine, every fork from Frontier to Osaka and the BPO
 * forks, over the shared state store. Create an EVM over a JournaledCache and run
 * transactions or raw code; execute and build whole blocks; encode, sign and recover
 * transactions of types 0-4; run state tests, blockchain tests and geth's t8n.
 */
import {
  assertArray,
  assertBytes,
  assertFunction,
  assertObject,
  assertString,
  assertUint,
} from '../core/assert.js';
import type { JournaledCache } from '../state/index.js';
import * as asm from './asm.js';
import * as blob from './blob.js';
import * as blocks from './block/index.js';
import {
  assertBlock,
  assertCache,
  assertChain,
  assertFork,
  assertSignedTransaction,
  assertTracer,
  assertTransaction,
} from './boundary.js';
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
import * as codec from './tx/codec.js';
import * as intrinsic from './tx/intrinsic.js';
import * as signature from './tx/signature.js';
import type { SignedTransaction } from './tx/types.js';
import type { Log } from './world-state.js';

export { type AllocAccount, allocStore, parseAlloc } from './alloc.js';
export { formatDisassembly } from './asm.js';
export { fakeExponential, GAS_PER_BLOB, nextExcessBlobGas } from './blob.js';
export {
  BEACON_ROOTS_ADDRESS,
  type Block,
  type BlockAttributes,
  type BlockHeader,
  type BlockResult,
  type BlockTransaction,
  type BuiltBlock,
  blockEnv,
  blockRules,
  blockTransaction,
  type ChainContext,
  CONSOLIDATION_REQUEST_ADDRESS,
  calcBaseFee,
  calcDifficulty,
  decodeBlock,
  decodeHeader,
  depositRequests,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  type ExecuteOptions,
  encodeBlock,
  encodeHeader,
  encodeReceipt,
  HISTORY_STORAGE_ADDRESS,
  headerHash,
  INITIAL_BASE_FEE,
  InvalidBlockError,
  logsBloom,
  mergeBlooms,
  nextHeader,
  ommersHash,
  type Receipt,
  receiptsRoot,
  requestsHash,
  SYSTEM_ADDRESS,
  type TransactionReceipt,
  transactionsRoot,
  validateHeader,
  WITHDRAWAL_REQUEST_ADDRESS,
  type Withdrawal,
  withdrawalsRoot,
} from './block/index.js';
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
// For the dev node (src/evm-node): the state's key layout and the incremental state-root memo.
export {
  accountKey,
  CODE_PREFIX,
  codeKey,
  decodeAccount,
  encodeAccount,
  KECCAK_EMPTY_CODE,
  STORAGE_PREFIX,
  type StoredAccount,
  storageKey,
  storagePrefixOf,
} from './state-keys.js';
export { StateRootMemo } from './state-root.js';
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
export { InvalidTransactionError } from './tx/codec.js';
export { floorDataGas } from './tx/intrinsic.js';
export {
  authorizationHash,
  checkSignature,
  privateKeyToAddress,
  recoverAuthority,
  recoverSender,
  signAuthorization,
  signingHash,
  withSender,
} from './tx/signature.js';
export type { AccessListEntry, Authorization, SignedTransaction, TxType } from './tx/types.js';
export { checksumAddress } from './words.js';
export type { Log } from './world-state.js';

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

/** Decodes an EIP-2718 transaction (InvalidTransactionError naming the field when it is malformed). */
export function decodeTransaction(data: Uint8Array): SignedTransaction {
  assertBytes(data, 'decodeTransaction: data');
  return codec.decodeTransaction(data);
}

export function encodeTransaction(tx: SignedTransaction): Uint8Array {
  assertSignedTransaction(tx, 'encodeTransaction: tx', true);
  return codec.encodeTransaction(tx);
}

export function transactionHash(encoded: Uint8Array): Uint8Array {
  assertBytes(encoded, 'transactionHash: encoded');
  return codec.transactionHash(encoded);
}

/** Signs `tx` with a 32-byte secp256k1 key (EIP-155 for a legacy transaction with a chain id). */
export function signTransaction(
  tx: Omit<SignedTransaction, 'v' | 'r' | 's'>,
  key: Uint8Array,
): SignedTransaction {
  assertSignedTransaction(tx, 'signTransaction: tx', false);
  assertBytes(key, 'signTransaction: key', 32);
  return signature.signTransaction(tx, key);
}

/** Validates and imports `block` on top of `chain.parent` (InvalidBlockError when it is invalid). */
export function executeBlock(
  cache: JournaledCache,
  block: blocks.Block,
  chain: blocks.ChainContext,
  opts: blocks.ExecuteOptions = {},
): blocks.BlockResult {
  assertCache(cache, 'executeBlock: cache');
  assertObject(block as unknown, 'executeBlock: block');
  assertObject(block.header as unknown, 'executeBlock: block.header');
  assertArray(block.transactions, 'executeBlock: block.transactions', (t, l) => assertObject(t, l));
  assertChain(chain, 'executeBlock: chain');
  assertObject(opts as unknown, 'executeBlock: options');
  if (opts.tracer !== undefined) assertTracer(opts.tracer, 'executeBlock: options.tracer');
  return blocks.executeBlock(cache, block, chain, opts);
}

/** Builds the next block on `chain.parent` from `pending` (those that cannot be included are left out). */
export function buildBlock(
  cache: JournaledCache,
  chain: blocks.ChainContext,
  pending: readonly SignedTransaction[],
  attrs: blocks.BlockAttributes,
  opts: Pick<blocks.ExecuteOptions, 'tracer' | 'memo'> = {},
): blocks.BuiltBlock {
  assertCache(cache, 'buildBlock: cache');
  assertChain(chain, 'buildBlock: chain');
  assertArray(pending, 'buildBlock: pending', (t, l) => assertSignedTransaction(t, l, true));
  assertObject(attrs as unknown, 'buildBlock: attributes');
  assertUint(attrs.timestamp, 'buildBlock: attributes.timestamp', 64);
  assertUint(attrs.coinbase, 'buildBlock: attributes.coinbase', 160);
  if (attrs.gasLimit !== undefined) assertUint(attrs.gasLimit, 'buildBlock: attributes.gasLimit', 64);
  assertObject(opts as unknown, 'buildBlock: options');
  if (opts.tracer !== undefined) assertTracer(opts.tracer, 'buildBlock: options.tracer');
  return blocks.buildBlock(cache, chain, pending, attrs, opts);
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
