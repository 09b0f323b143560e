/** The EVM's public entries refuse malformed arguments with a labelled InvalidArgumentError. */
import { describe, expect, it } from 'vitest';
import { refused, untyped } from '../../test/invalid-argument.js';
import { JournaledCache, MemoryStore } from '../state/index.js';
import {
  allocStore,
  assemble,
  buildBlock,
  checksumAddress,
  computeStateRoot,
  decodeBlock,
  decodeHeader,
  decodeTransaction,
  defaultBlock,
  delegationCode,
  delegationTarget,
  disassemble,
  Evm,
  encodeBlock,
  encodeHeader,
  encodeTransaction,
  executeBlock,
  fakeExponential,
  forkAt,
  headerHash,
  InvalidTransactionError,
  intrinsicGas,
  logsBloom,
  networkConfig,
  nextHeader,
  parseAlloc,
  privateKeyToAddress,
  recoverAuthority,
  runBlockTests,
  runCode,
  runTransaction,
  signAuthorization,
  signTransaction,
  singleForkConfig,
  type Transaction,
  t8nParseRlpTxs,
  t8nTransition,
} from './index.js';

const code = Uint8Array.of(0x60, 0x01, 0x60, 0x02, 0x01, 0x00); // PUSH1 1 PUSH1 2 ADD STOP
const cache = () => new JournaledCache(new MemoryStore());
const tx: Transaction = {
  type: 0,
  sender: 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0bn,
  to: 0x1000n,
  nonce: 0n,
  gasLimit: 100_000n,
  value: 0n,
  data: new Uint8Array(0),
  gasPrice: 10n,
};

/** Calls `f` and returns the InvalidArgumentError's message. */

describe('runCode', () => {
  it('gas is an unsigned 64-bit bigint: -1n, 2^64 and a number are refused, the bounds run', () => {
    expect(refused(() => runCode({ code, gas: -1n }))).toBe(
      'runCode.gas: expected a 64-bit unsigned bigint, got -1n',
    );
    expect(refused(() => runCode({ code, gas: 1n << 64n }))).toMatch(/^runCode\.gas: expected a 64-bit/);
    expect(refused(() => runCode({ code, gas: untyped(100_000) }))).toBe(
      'runCode.gas: expected a 64-bit unsigned bigint, got 100000',
    );
    expect(runCode({ code, gas: 0n })).toMatchObject({ status: 'halt', gasUsed: 0n });
    expect(runCode({ code, gas: (1n << 64n) - 1n })).toMatchObject({ status: 'success', gasUsed: 9n });
  });

  it('code and input are bytes; addresses 20 bytes; value 256 bits; known forks', () => {
    const bad = (o: unknown) => refused(() => runCode(untyped(o)));
    expect(bad(null)).toBe('runCode options: expected an object, got null');
    expect(bad({ code: '0x00' })).toBe('runCode: code: expected Uint8Array, got "0x00"');
    expect(bad({ code, input: [1, 2] })).toBe('runCode.input: expected Uint8Array, got array');
    expect(bad({ code, address: 1n << 160n })).toMatch(
      /^runCode\.address: expected a 160-bit unsigned bigint/,
    );
    expect(bad({ code, caller: -1n })).toBe('runCode.caller: expected a 160-bit unsigned bigint, got -1n');
    expect(bad({ code, value: 1n << 256n })).toMatch(/^runCode\.value: expected a 256-bit unsigned bigint/);
    expect(bad({ code, fork: 'cancun' })).toMatch(
      /^runCode\.fork: expected one of Frontier, Homestead, .*, got "cancun"$/,
    );
    expect(bad({ code, cache: new MemoryStore() })).toBe(
      'runCode.cache: expected a JournaledCache (polyvm/state)',
    );
    expect(bad({ code, block: { number: -1n } })).toBe(
      'runCode.block.number: expected a 64-bit unsigned bigint, got -1n',
    );
    expect(bad({ code, block: { blockHash: 5 } })).toBe(
      'runCode.block.blockHash: expected a function, got 5',
    );
    expect(bad({ code, tracer: {} })).toBe('runCode.tracer.step: expected a function, got undefined');
  });
});

describe('Evm and runTransaction', () => {
  it('the Evm needs a JournaledCache and a known fork', () => {
    expect(refused(() => new Evm(untyped({})))).toBe('Evm: cache: expected a JournaledCache (polyvm/state)');
    expect(refused(() => new Evm(cache(), { fork: untyped('prague') }))).toMatch(
      /^Evm: options\.fork: expected one of/,
    );
  });

  it('a transaction needs the fields of its type, typed; addresses 20 bytes', () => {
    const evm = new Evm(cache());
    const bad = (t: unknown) => refused(() => evm.runTransaction(untyped(t)));
    expect(bad({ ...tx, type: 5 })).toBe('transaction.type: expected one of 0, 1, 2, 3, 4, got 5');
    const setCode = { ...tx, type: 4, maxFeePerGas: 10n, maxPriorityFeePerGas: 1n };
    const auth = { chainId: 1n, address: 1n, nonce: 0n, yParity: 0n, r: 1n, s: 1n };
    expect(bad({ ...setCode, authorizationList: [{ ...auth, nonce: 1n << 64n }] })).toMatch(
      /^transaction\.authorizationList\[0\]\.nonce: expected a 64-bit unsigned bigint/,
    );
    expect(bad({ ...setCode, authorizationList: [{ ...auth, address: undefined }] })).toBe(
      'transaction.authorizationList[0].address: expected a 160-bit unsigned bigint, got undefined',
    );
    expect(bad({ ...tx, sender: -1n })).toBe(
      'transaction.sender: expected a 160-bit unsigned bigint, got -1n',
    );
    expect(bad({ ...tx, to: 1n << 160n })).toMatch(/^transaction\.to: expected a 160-bit/);
    expect(bad({ ...tx, gasLimit: 100_000 })).toBe('transaction.gasLimit: expected a bigint, got number');
    expect(bad({ ...tx, gasPrice: undefined })).toBe(
      'transaction.gasPrice: expected a bigint, got undefined',
    );
    expect(bad({ ...tx, type: 2 })).toBe('transaction.maxFeePerGas: expected a bigint, got undefined');
    expect(bad({ ...tx, data: '0x' })).toBe('transaction.data: expected Uint8Array, got "0x"');
    expect(bad({ ...tx, type: 1, accessList: [{ address: 1n, storageKeys: [-1n] }] })).toBe(
      'transaction.accessList[0].storageKeys[0]: expected a 256-bit unsigned bigint, got -1n',
    );
    expect(refused(() => intrinsicGas({ ...tx, data: untyped([]) }, 'Cancun'))).toBe(
      'transaction.data: expected Uint8Array, got array',
    );
  });

  it('a well-typed transaction the chain would reject is a result, not an argument error', () => {
    const r = runTransaction(cache(), 'Cancun', defaultBlock(), { ...tx, value: 1n << 256n });
    expect(r).toMatchObject({ valid: false, error: 'TransactionException.RLP_INVALID_VALUE' });
    expect(refused(() => runTransaction(cache(), 'Cancun', { ...defaultBlock(), gasLimit: -1n }, tx))).toBe(
      'runTransaction: block.gasLimit: expected a 64-bit unsigned bigint, got -1n',
    );
    expect(
      refused(() =>
        runTransaction(cache(), 'Cancun', { ...defaultBlock(), blockHash: untyped(undefined) }, tx),
      ),
    ).toBe('runTransaction: block.blockHash: expected a function, got undefined');
  });

  it('disassemble, assemble and computeStateRoot check their arguments', () => {
    expect(refused(() => disassemble(untyped('6001')))).toBe(
      'disassemble: code: expected Uint8Array, got "6001"',
    );
    expect(refused(() => assemble(untyped(5)))).toBe('assemble: source: expected a string, got 5');
    expect(refused(() => computeStateRoot(untyped(new MemoryStore())))).toBe(
      'computeStateRoot: cache: expected a JournaledCache (polyvm/state)',
    );
  });
});

describe('transactions and blocks', () => {
  const unsigned = {
    type: 2 as const,
    chainId: 1n,
    to: 0x1000n,
    nonce: 0n,
    gasLimit: 21_000n,
    value: 1n,
    data: new Uint8Array(0),
    maxFeePerGas: 10n,
    maxPriorityFeePerGas: 1n,
  };
  const key = new Uint8Array(32).fill(7);

  it('signTransaction, encodeTransaction and decodeTransaction check their arguments', () => {
    expect(refused(() => signTransaction(unsigned, key.subarray(1)))).toBe(
      'signTransaction: key: expected 32 bytes, got 31',
    );
    expect(refused(() => signTransaction(untyped({ ...unsigned, chainId: undefined }), key))).toBe(
      'signTransaction: tx.chainId: expected a 256-bit unsigned bigint, got undefined',
    );
    const signed = signTransaction(unsigned, key);
    expect(refused(() => encodeTransaction(untyped({ ...signed, r: undefined })))).toBe(
      'encodeTransaction: tx.r: expected a 256-bit unsigned bigint, got undefined',
    );
    expect(refused(() => decodeTransaction(untyped('0x02')))).toBe(
      'decodeTransaction: data: expected Uint8Array, got "0x02"',
    );
    // Well-typed bytes that are no transaction are a typed decoding error, not an argument error.
    expect(() => decodeTransaction(Uint8Array.of(0x05, 0xc0))).toThrow(InvalidTransactionError);
    expect(decodeTransaction(encodeTransaction(signed))).toMatchObject(signed);
  });

  const header = {
    parentHash: new Uint8Array(32),
    ommersHash: new Uint8Array(32),
    coinbase: 0n,
    stateRoot: new Uint8Array(32),
    transactionsRoot: new Uint8Array(32),
    receiptsRoot: new Uint8Array(32),
    logsBloom: new Uint8Array(256),
    difficulty: 0n,
    number: 0n,
    gasLimit: 30_000_000n,
    gasUsed: 0n,
    timestamp: 0n,
    extraData: new Uint8Array(0),
    mixHash: new Uint8Array(32),
    nonce: new Uint8Array(8),
    baseFeePerGas: 7n,
  };
  const chain = untyped({ config: networkConfig('Osaka'), parent: header, blockHash: () => 0n });

  it('executeBlock and buildBlock need a cache, a block or attributes, and a chain', () => {
    expect(refused(() => executeBlock(cache(), untyped({ header: {} }), chain))).toBe(
      'executeBlock: block.header.parentHash: expected Uint8Array, got undefined',
    );
    expect(refused(() => executeBlock(cache(), untyped({ header }), chain))).toBe(
      'executeBlock: block.transactions: expected an array, got undefined',
    );
    expect(
      refused(() => executeBlock(cache(), untyped({ header, transactions: [], ommers: [] }), untyped({}))),
    ).toBe('executeBlock: chain.config: expected an object, got undefined');
    expect(refused(() => buildBlock(cache(), untyped({ ...chain, parent: {} }), [], untyped({})))).toBe(
      'buildBlock: chain.parent.parentHash: expected Uint8Array, got undefined',
    );
    expect(refused(() => buildBlock(cache(), chain, [], untyped({ timestamp: 1n })))).toBe(
      'buildBlock: attributes.coinbase: expected a 160-bit unsigned bigint, got undefined',
    );
    expect(
      refused(() => buildBlock(cache(), chain, [], untyped({ timestamp: 1n, coinbase: 0n, prevRandao: 1n }))),
    ).toBe('buildBlock: attributes.prevRandao: expected Uint8Array, got 1n');
    expect(refused(() => buildBlock(untyped(null), chain, [], untyped({})))).toBe(
      'buildBlock: cache: expected a JournaledCache (polyvm/state)',
    );
  });

  it('header and block codecs check their arguments; what they give back round-trips', () => {
    expect(refused(() => encodeHeader(untyped({ ...header, logsBloom: new Uint8Array(32) })))).toBe(
      'encodeHeader: header.logsBloom: expected 256 bytes, got 32',
    );
    expect(refused(() => headerHash(untyped({ ...header, number: -1n })))).toBe(
      'headerHash: header.number: expected a 64-bit unsigned bigint, got -1n',
    );
    expect(refused(() => headerHash(untyped({ ...header, withdrawalsRoot: '0x' })))).toBe(
      'headerHash: header.withdrawalsRoot: expected Uint8Array, got "0x"',
    );
    expect(refused(() => decodeHeader(untyped('0xc0')))).toBe(
      'decodeHeader: rlp: expected Uint8Array, got "0xc0"',
    );
    expect(refused(() => decodeBlock(untyped(undefined)))).toBe(
      'decodeBlock: rlp: expected Uint8Array, got undefined',
    );
    expect(refused(() => encodeBlock(untyped({ header, transactions: [], ommers: [{}] })))).toBe(
      'encodeBlock: block.ommers[0].parentHash: expected Uint8Array, got undefined',
    );
    expect(decodeHeader(encodeHeader(header))).toEqual(header);
    const block = { header, transactions: [], ommers: [] };
    expect(decodeBlock(encodeBlock(block))).toMatchObject(block);
    expect(refused(() => nextHeader(chain, untyped({ coinbase: 0n })))).toBe(
      'nextHeader: attributes.timestamp: expected a 64-bit unsigned bigint, got undefined',
    );
    expect(refused(() => logsBloom(untyped([{ address: 1n, topics: [2n ** 256n] }])))).toBe(
      'logsBloom: logs[0].topics[0]: expected a 256-bit unsigned bigint, got 115792089237316195423570985008687907853269984665640564039457584007913129639936n',
    );
  });

  it('allocations, chain configs, signatures and t8n check their arguments', () => {
    // A malformed allocation is an input-file error naming the field, not an argument error.
    expect(() => parseAlloc({ '0x01': { balance: 'zz' } }, 'genesis.json')).toThrow(
      'genesis.json: alloc.0x01.balance: invalid hex "zz"',
    );
    expect(refused(() => parseAlloc({}, untyped(1)))).toBe('parseAlloc: file: expected a string, got 1');
    expect(parseAlloc({ '0x01': { balance: '0x10' } })).toEqual([
      { address: 1n, nonce: 0n, balance: 16n, code: new Uint8Array(0), storage: [] },
    ]);
    expect(refused(() => allocStore(untyped([{ address: 2n ** 160n }])))).toBe(
      'allocStore: accounts[0].address: expected a 160-bit unsigned bigint, got 1461501637330902918203684832716283019655932542976n',
    );
    expect(refused(() => forkAt(untyped({ chainId: 1n, activations: [{ fork: 'Frontier' }] }), 0n, 0n))).toBe(
      'forkAt: config.depositContract: expected a 160-bit unsigned bigint, got undefined',
    );
    expect(refused(() => forkAt(networkConfig('Osaka')!, 0n, untyped(0)))).toBe(
      'forkAt: timestamp: expected a 64-bit unsigned bigint, got 0',
    );
    expect(refused(() => singleForkConfig(untyped('Osaka2')))).toMatch(
      /^singleForkConfig: fork: expected one of /,
    );
    expect(refused(() => fakeExponential(1n, 1n, 0n))).toBe(
      'fakeExponential: denominator: expected a bigint in [1, ∞], got 0n',
    );
    expect(refused(() => delegationCode(untyped(-1n)))).toBe(
      'delegationCode: address: expected a 160-bit unsigned bigint, got -1n',
    );
    expect(refused(() => delegationTarget(untyped([0xef, 1, 0])))).toMatch(
      /^delegationTarget: code: expected Uint8Array/,
    );
    expect(refused(() => privateKeyToAddress(new Uint8Array(31)))).toBe(
      'privateKeyToAddress: key: expected 32 bytes, got 31',
    );
    expect(refused(() => signAuthorization(untyped({ chainId: 1n, address: 1n }), key))).toBe(
      'signAuthorization: authorization.nonce: expected a 64-bit unsigned bigint, got undefined',
    );
    const auth = signAuthorization({ chainId: 1n, address: 0x1000n, nonce: 0n }, key);
    expect(recoverAuthority(auth)).toBe(privateKeyToAddress(key));
    expect(refused(() => recoverAuthority(untyped({ ...auth, r: undefined })))).toBe(
      'recoverAuthority: authorization.r: expected a 256-bit unsigned bigint, got undefined',
    );
    expect(refused(() => checksumAddress(untyped('0x00')))).toBe(
      'checksumAddress: address: expected a 160-bit unsigned bigint, got "0x00"',
    );
    expect(refused(() => t8nParseRlpTxs(untyped('0xc0')))).toBe(
      't8nParseRlpTxs: data: expected Uint8Array, got "0xc0"',
    );
    expect(refused(() => t8nTransition([], untyped({}), [], untyped({ reward: 0n })))).toBe(
      't8nTransition: options.config: expected an object, got undefined',
    );
    expect(refused(() => runBlockTests('f.json', untyped(null)))).toBe(
      'runBlockTests: text: expected a string, got null',
    );
  });
});
