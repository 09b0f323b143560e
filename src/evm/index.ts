/**
 * polyvm/evm: the Ethereum Virtual Machine, every fork from Frontier to Osaka and the BPO
 * forks, over the shared state store. Create an EVM over a JournaledCache and run
 * transactions or raw code; execute and build whole blocks; encode, sign and recover
 * transactions of types 0-4; run state tests, blockchain tests and geth's t8n.
 */
import {
  assertArray,
  assertBigInt,
  assertBytes,
  assertFunction,
  assertObject,
  assertOneOf,
  assertString,
  assertUint,
} from '../core/assert.js';
import type { JournaledCache } from '../state/index.js';
import * as allocs from './alloc.js';
import * as asm from './asm.js';
import * as blob from './blob.js';
import * as blocks from './block/index.js';
import * as blocktests from './blocktest/run.js';
import {
  assertAttributes,
  assertAuthorization,
  assertBlock,
  assertBlockBody,
  assertCache,
  assertChain,
  assertConfig,
  assertFork,
  assertHeader,
  assertSignedTransaction,
  assertTracer,
  assertTransaction,
} from './boundary.js';
import * as chains from './chain-config.js';
import * as delegation from './delegation.js';
import type { ForkName } from './fork-names.js';
import * as forks from './fork-names.js';
import { forkRules } from './fork-rules.js';
import type { BlockEnv } from './frame.js';
import * as genesis from './genesis.js';
import { Fields } from './json-fields.js';
import * as rlp from './rlp.js';
import { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
import * as roots from './state-root.js';
import { parseStateTestFile as parseStateTests, type StateTest } from './statetest/parse.js';
import { runStateTests as runStates, type RunOptions as StateTestOptions } from './statetest/run.js';
import type { T8nEnv, T8nTx } from './t8n/input.js';
import * as t8nInput from './t8n/input.js';
import type { T8nOptions, T8nResult } from './t8n/transition.js';
import * as t8n from './t8n/transition.js';
import { type JsonTraceOptions, jsonLineTracer as lineTracer, type Tracer } from './tracer.js';
import type { RunTransactionOptions, Transaction, TxResult } from './transaction.js';
import * as txs from './transaction.js';
import * as codec from './tx/codec.js';
import * as intrinsic from './tx/intrinsic.js';
import * as signature from './tx/signature.js';
import type { Authorization, SignedTransaction } from './tx/types.js';
import * as words from './words.js';
import type { Log } from './world-state.js';

export type { AllocAccount } from './alloc.js';
export { formatDisassembly } from './asm.js';
export { GAS_PER_BLOB, nextExcessBlobGas } from './blob.js';
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
  depositRequests,
  EMPTY_OMMERS_HASH,
  EMPTY_REQUESTS_HASH,
  EMPTY_TRIE_ROOT,
  type ExecuteOptions,
  encodeReceipt,
  HISTORY_STORAGE_ADDRESS,
  INITIAL_BASE_FEE,
  InvalidBlockError,
  mergeBlooms,
  ommersHash,
  type Receipt,
  requestsHash,
  SYSTEM_ADDRESS,
  type SystemCallResult,
  // For the dev node's eth_simulateV1, which assembles blocks of unsigned calls itself.
  systemCall,
  type TransactionReceipt,
  validateHeader,
  WITHDRAWAL_REQUEST_ADDRESS,
  type Withdrawal,
  withdrawalsRoot,
} from './block/index.js';
export type { BlockTestOptions, BlockTestResult } from './blocktest/run.js';
export {
  blobParams,
  type ChainConfig,
  type ForkActivation,
  MAINNET,
  parseBlobSchedule,
  rulesFor,
} from './chain-config.js';
export { type Bounded, goDuration, parseGoDuration, withDeadline } from './deadline.js';
export { FORKS, type ForkName } from './fork-names.js';
export { type BlobParams, type ForkRules, forkRules } from './fork-rules.js';
export type { BlockEnv } from './frame.js';
export type { Genesis } from './genesis.js';
export { readFixtureText } from './json-fields.js';
export { LiveStateRoot } from './live-state-root.js';
export { OPCODE_BY_CODE, OPCODE_BY_NAME, OPCODES, type OpcodeRow, opcodeName } from './opcodes.js';
// For the dev node (src/evm-node): the state's key layout, the incremental state-root memo, RLP
// and the trie's hex-prefix encoding (for proofs), and each fork's precompiles.
export { type Precompile, precompilesFor } from './precompiles/index.js';
export { bigIntToMinimalBytes, type RlpInput, rlpDecode, rlpEncode } from './rlp.js';
export { defaultBlock, type RunCodeOptions, type RunCodeResult, runCode } from './run-code.js';
export {
  ACCOUNT_PREFIX,
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
  parseT8nAlloc as t8nParseAlloc,
  type T8nEnv,
  type T8nTx,
} from './t8n/input.js';
export {
  allocJson as t8nAllocJson,
  bodyHex as t8nBodyHex,
  resultJson as t8nResultJson,
} from './t8n/output.js';
export { T8nError, type T8nOptions, type T8nResult } from './t8n/transition.js';
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
export { hexPrefix } from './trie/index.js';
export { InvalidTransactionError } from './tx/codec.js';
export { floorDataGas } from './tx/intrinsic.js';
export {
  checkSignature,
  recoverSender,
  signingHash,
  withSender,
} from './tx/signature.js';
export type { AccessListEntry, Authorization, SignedTransaction, TxType } from './tx/types.js';
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
  assertBlockBody(block, 'executeBlock: block');
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
  assertAttributes(attrs, 'buildBlock: attributes');
  assertObject(opts as unknown, 'buildBlock: options');
  if (opts.tracer !== undefined) assertTracer(opts.tracer, 'buildBlock: options.tracer');
  return blocks.buildBlock(cache, chain, pending, attrs, opts);
}

/** The accounts of an allocation object (`{ address: { nonce, balance, code, storage } }`, hex). */
export function parseAlloc(json: unknown, file = 'alloc'): allocs.AllocAccount[] {
  assertString(file, 'parseAlloc: file');
  return allocs.parseAlloc(new Fields(file, ''), json, 'alloc');
}

/** The items of concatenated RLP, such as the blocks of a chain.rlp file (RlpError when one is malformed). */
export function splitRlp(data: Uint8Array): Uint8Array[] {
  assertBytes(data, 'splitRlp: data');
  return rlp.rlpSplit(data);
}

/** A genesis file in geth's format: its chain config, allocation (and its store) and genesis header. */
export function parseGenesis(json: unknown, file = 'genesis.json'): genesis.Genesis {
  assertString(file, 'parseGenesis: file');
  return genesis.parseGenesis(json, file);
}

/** A MemoryStore holding exactly these accounts (under the EVM's state keys). */
export function allocStore(accounts: readonly allocs.AllocAccount[]) {
  assertArray(accounts, 'allocStore: accounts', (a, l) => {
    assertObject(a, l);
    assertUint(a.address, `${l}.address`, 160);
    assertUint(a.nonce, `${l}.nonce`, 64);
    assertUint(a.balance, `${l}.balance`, 256);
    assertBytes(a.code, `${l}.code`);
    assertArray(a.storage, `${l}.storage`, (e, el) => assertArray(e, el, (w, wl) => assertUint(w, wl, 256)));
  });
  return allocs.allocStore(accounts);
}

export function encodeHeader(header: blocks.BlockHeader): Uint8Array {
  assertHeader(header, 'encodeHeader: header');
  return blocks.encodeHeader(header);
}

export function headerHash(header: blocks.BlockHeader): Uint8Array {
  assertHeader(header, 'headerHash: header');
  return blocks.headerHash(header);
}

/** Decodes an RLP header strictly (InvalidBlockError naming the field when it is malformed). */
export function decodeHeader(rlp: Uint8Array): blocks.BlockHeader {
  assertBytes(rlp, 'decodeHeader: rlp');
  return blocks.decodeHeader(rlp);
}

export function encodeBlock(block: blocks.Block): Uint8Array {
  assertBlockBody(block, 'encodeBlock: block');
  return blocks.encodeBlock(block);
}

/** Decodes an RLP block strictly (InvalidBlockError naming the field when it is malformed). */
export function decodeBlock(rlp: Uint8Array): blocks.Block {
  assertBytes(rlp, 'decodeBlock: rlp');
  return blocks.decodeBlock(rlp);
}

/** The header buildBlock starts from: parent hash, number, base fee and blob gas derived from `chain.parent`. */
export function nextHeader(chain: blocks.ChainContext, attrs: blocks.BlockAttributes): blocks.BlockHeader {
  assertChain(chain, 'nextHeader: chain');
  assertAttributes(attrs, 'nextHeader: attributes');
  return blocks.nextHeader(chain, attrs);
}

export function logsBloom(logs: readonly Log[]): Uint8Array {
  assertArray(logs, 'logsBloom: logs', (l, label) => {
    assertObject(l, label);
    assertUint(l.address, `${label}.address`, 160);
    assertArray(l.topics, `${label}.topics`, (t, tl) => assertUint(t, tl, 256));
  });
  return blocks.logsBloom(logs);
}

export function receiptsRoot(receipts: readonly blocks.Receipt[]): Uint8Array {
  assertArray(receipts, 'receiptsRoot: receipts', (r, l) => assertObject(r, l));
  return blocks.receiptsRoot(receipts);
}

export function transactionsRoot(transactions: readonly blocks.BlockTransaction[]): Uint8Array {
  assertArray(transactions, 'transactionsRoot: transactions', (t, l) => assertObject(t, l));
  return blocks.transactionsRoot(transactions);
}

/** Runs the blockchain tests of one fixture file (`text` its JSON) as `polyvm evm blocktest` does. */
export function runBlockTests(file: string, text: string, opts: blocktests.BlockTestOptions = {}) {
  assertString(file, 'runBlockTests: file');
  assertString(text, 'runBlockTests: text');
  assertObject(opts as unknown, 'runBlockTests: options');
  if (opts.network !== undefined) assertString(opts.network, 'runBlockTests: options.network');
  if (opts.tracer !== undefined) assertTracer(opts.tracer, 'runBlockTests: options.tracer');
  return blocktests.runBlockTests(file, text, opts);
}

/** The chain config of a named network (a fork name or an EEST transition such as `CancunToPragueAtTime15k`). */
export function networkConfig(name: string): chains.ChainConfig | undefined {
  assertString(name, 'networkConfig: name');
  return chains.networkConfig(name);
}

export function requireNetwork(name: string): chains.ChainConfig {
  assertString(name, 'requireNetwork: name');
  return chains.requireNetwork(name);
}

/** A chain running `fork` from genesis. */
export function singleForkConfig(fork: ForkName, chainId = 1n): chains.ChainConfig {
  assertFork(fork, 'singleForkConfig: fork');
  assertUint(chainId, 'singleForkConfig: chainId', 256);
  return chains.singleForkConfig(fork, chainId);
}

/** The fork of block `number` at `timestamp` on `config` (`merged`: past the terminal total difficulty). */
export function forkAt(
  config: chains.ChainConfig,
  number: bigint,
  timestamp: bigint,
  merged?: boolean,
): ForkName {
  assertConfig(config, 'forkAt: config');
  assertUint(number, 'forkAt: number', 64);
  assertUint(timestamp, 'forkAt: timestamp', 64);
  if (merged !== undefined) assertOneOf(merged, 'forkAt: merged', [true, false]);
  return chains.forkAt(config, number, timestamp, merged);
}

/** EIP-4844's fake_exponential: factor * e^(numerator / denominator), integer. */
export function fakeExponential(factor: bigint, numerator: bigint, denominator: bigint): bigint {
  assertUint(factor, 'fakeExponential: factor', 256);
  assertUint(numerator, 'fakeExponential: numerator', 256);
  assertBigInt(denominator, 'fakeExponential: denominator', 1n);
  return blob.fakeExponential(factor, numerator, denominator);
}

/** The address an 0xef0100 delegation designator points to (EIP-7702), or undefined. */
export function delegationTarget(code: Uint8Array): bigint | undefined {
  assertBytes(code, 'delegationTarget: code');
  return delegation.delegationTarget(code);
}

export function delegationCode(address: bigint): Uint8Array {
  assertUint(address, 'delegationCode: address', 160);
  return delegation.delegationCode(address);
}

export function privateKeyToAddress(key: Uint8Array): bigint {
  assertBytes(key, 'privateKeyToAddress: key', 32);
  return signature.privateKeyToAddress(key);
}

/** keccak256(0x05 || rlp([chainId, address, nonce])): what an EIP-7702 authorization signs. */
export function authorizationHash(a: Pick<Authorization, 'chainId' | 'address' | 'nonce'>): Uint8Array {
  assertAuthorization(a, 'authorizationHash: authorization', false);
  return signature.authorizationHash(a);
}

export function signAuthorization(
  a: Pick<Authorization, 'chainId' | 'address' | 'nonce'>,
  key: Uint8Array,
): Authorization {
  assertAuthorization(a, 'signAuthorization: authorization', false);
  assertBytes(key, 'signAuthorization: key', 32);
  return signature.signAuthorization(a, key);
}

/** The authority of an authorization, or undefined when its signature is invalid. */
export function recoverAuthority(a: Authorization): bigint | undefined {
  assertAuthorization(a, 'recoverAuthority: authorization', true);
  return signature.recoverAuthority(a);
}

/** EIP-55 mixed-case hex of a 20-byte address. */
export function checksumAddress(address: bigint): string {
  assertUint(address, 'checksumAddress: address', 160);
  return words.checksumAddress(address);
}

/** Transactions of a t8n `--input.txs` RLP list (signed, senders recovered where valid). */
export function t8nParseRlpTxs(data: Uint8Array): T8nTx[] {
  assertBytes(data, 't8nParseRlpTxs: data');
  return t8nInput.parseRlpTxs(data);
}

/** geth's `evm t8n` state transition over `alloc` (T8nError with geth's exit code when the inputs are invalid). */
export function t8nTransition(
  alloc: readonly allocs.AllocAccount[],
  env: T8nEnv,
  txs: readonly T8nTx[],
  opts: T8nOptions,
): T8nResult {
  assertArray(alloc, 't8nTransition: alloc', (a, l) => assertObject(a, l));
  assertObject(env as unknown, 't8nTransition: env');
  assertArray(txs, 't8nTransition: txs', (t, l) => assertObject(t, l));
  assertObject(opts as unknown, 't8nTransition: options');
  assertConfig(opts.config, 't8nTransition: options.config');
  assertBigInt(opts.reward, 't8nTransition: options.reward', -1n);
  if (opts.tracer !== undefined) assertFunction(opts.tracer, 't8nTransition: options.tracer');
  return t8n.transition(alloc, env, txs, opts);
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
