/**
 * Checks at the EVM's public entries (noble style: the success path first, then a labelled
 * InvalidArgumentError): the shapes and ranges the chain's encodings give each field (uint64
 * gas as geth's `evm run` takes it, 20-byte addresses, 256-bit words), fork names, byte arrays,
 * a JournaledCache for the state. Values a chain would see and reject as an invalid
 * transaction (a value above 2^256, a nonce at its maximum, too little gas) are not argument
 * errors: runTransaction reports them as `{ valid: false }`, as the state tests expect.
 */
import {
  assertArray,
  assertBytes,
  assertFunction,
  assertObject,
  assertOneOf,
  assertUint,
} from '../core/assert.js';
import { InvalidArgumentError } from '../core/errors.js';
import { JournaledCache } from '../state/index.js';
import { FORKS } from './fork-names.js';

const BLOCK_BITS = {
  coinbase: 160,
  number: 64,
  timestamp: 64,
  gasLimit: 64,
  baseFee: 256,
  prevRandao: 256,
  difficulty: 256,
  chainId: 256,
  blobBaseFee: 256,
} as const;

export function assertFork(fork: unknown, label: string): void {
  assertOneOf(fork, label, FORKS);
}

export function assertCache(cache: unknown, label: string): void {
  if (cache instanceof JournaledCache) return;
  throw new InvalidArgumentError(`${label}: expected a JournaledCache (polyvm/state)`);
}

export function assertTracer(tracer: unknown, label: string): void {
  assertObject(tracer, label);
  assertFunction(tracer.step, `${label}.step`);
}

/** A block environment; `partial` lets fields be left out (they take the default block's). */
export function assertBlock(block: unknown, label: string, partial: boolean): void {
  assertObject(block, label);
  for (const [field, bits] of Object.entries(BLOCK_BITS))
    if (!partial || block[field] !== undefined) assertUint(block[field], `${label}.${field}`, bits);
  if (!partial || block.blockHash !== undefined) assertFunction(block.blockHash, `${label}.blockHash`);
}

function optional(
  o: Record<string, unknown>,
  field: string,
  check: (v: unknown, label: string) => void,
  label: string,
) {
  if (o[field] !== undefined) check(o[field], `${label}.${field}`);
}

const address = (v: unknown, label: string) => assertUint(v, label, 160);
const word = (v: unknown, label: string) => {
  if (typeof v !== 'bigint') throw new InvalidArgumentError(`${label}: expected a bigint, got ${typeof v}`);
};

/**
 * The options of runCode (and Evm.runCode, whose cache, fork and block the Evm gives), field by
 * field with fixed labels: this runs on every call, which for a short contract is a good part
 * of its cost.
 */
export function assertRunCodeOptions(opts: unknown): void {
  assertObject(opts, 'runCode options');
  const { code, input, gas, value, fork, address: to, caller, cache, block, tracer } = opts;
  assertBytes(code, 'runCode: code');
  if (input !== undefined) assertBytes(input, 'runCode.input');
  if (gas !== undefined) assertUint(gas, 'runCode.gas', 64);
  if (value !== undefined) assertUint(value, 'runCode.value', 256);
  if (fork !== undefined) assertFork(fork, 'runCode.fork');
  if (to !== undefined) address(to, 'runCode.address');
  if (caller !== undefined) address(caller, 'runCode.caller');
  if (cache !== undefined) assertCache(cache, 'runCode.cache');
  if (block !== undefined) assertBlock(block, 'runCode.block', true);
  if (tracer !== undefined) assertTracer(tracer, 'runCode.tracer');
}

/** The fields a transaction of each type must carry, with the types runTransaction reads. */
export function assertTransaction(tx: unknown, label = 'transaction'): void {
  assertObject(tx, label);
  address(tx.sender, `${label}.sender`);
  assertTxFields(tx, label);
}

/**
 * A transaction to sign (`signed` false) or a signed one (v, r, s; `chainId` where the type
 * has one): the fields without a sender.
 */
export function assertSignedTransaction(tx: unknown, label: string, signed: boolean): void {
  assertObject(tx, label);
  assertTxFields(tx, label);
  if (tx.type !== 0 || tx.chainId !== undefined) assertUint(tx.chainId, `${label}.chainId`, 256);
  if (signed) for (const f of ['v', 'r', 's']) assertUint(tx[f], `${label}.${f}`, 256);
}

/** What a block needs to know of its chain (ChainContext). */
export function assertChain(chain: unknown, label: string): void {
  assertObject(chain, label);
  assertConfig(chain.config, `${label}.config`);
  assertHeader(chain.parent, `${label}.parent`);
  optional(chain, 'parentHash', (v, l) => assertBytes(v, l, 32), label);
  assertFunction(chain.blockHash, `${label}.blockHash`);
}

/** A ChainConfig: its fork activations (block numbers or timestamps) and chain id. */
export function assertConfig(config: unknown, label: string): void {
  assertObject(config, label);
  assertUint(config.chainId, `${label}.chainId`, 256);
  assertUint(config.depositContract, `${label}.depositContract`, 160);
  assertArray(config.activations, `${label}.activations`, (a, l) => {
    assertObject(a, l);
    assertFork(a.fork, `${l}.fork`);
    for (const f of ['block', 'timestamp', 'totalDifficulty'])
      optional(a, f, (v, fl) => assertUint(v, fl, 256), l);
  });
  optional(config, 'blobSchedule', (v, l) => assertObject(v, l), label);
}

/** Header fields as the RLP encoding bounds them: hashes of 32 bytes, a 256-byte bloom, uint64 counters. */
const HEADER_BYTES = [
  ['parentHash', 32],
  ['ommersHash', 32],
  ['stateRoot', 32],
  ['transactionsRoot', 32],
  ['receiptsRoot', 32],
  ['logsBloom', 256],
  ['extraData', undefined],
  ['mixHash', 32],
  ['nonce', 8],
] as const;
const HEADER_UINTS = [
  ['coinbase', 160],
  ['difficulty', 256],
  ['number', 64],
  ['gasLimit', 64],
  ['gasUsed', 64],
  ['timestamp', 64],
] as const;
const HEADER_OPTIONAL: readonly (readonly [string, 'bytes' | 'uint', number])[] = [
  ['baseFeePerGas', 'uint', 256],
  ['withdrawalsRoot', 'bytes', 32],
  ['blobGasUsed', 'uint', 64],
  ['excessBlobGas', 'uint', 64],
  ['parentBeaconBlockRoot', 'bytes', 32],
  ['requestsHash', 'bytes', 32],
];

export function assertHeader(h: unknown, label: string): void {
  assertObject(h, label);
  for (const [f, n] of HEADER_BYTES) assertBytes(h[f], `${label}.${f}`, n);
  for (const [f, bits] of HEADER_UINTS) assertUint(h[f], `${label}.${f}`, bits);
  for (const [f, kind, n] of HEADER_OPTIONAL)
    optional(h, f, (v, l) => (kind === 'bytes' ? assertBytes(v, l, n) : assertUint(v, l, n)), label);
}

/** A block as encodeBlock and executeBlock take it. */
export function assertBlockBody(b: unknown, label: string): void {
  assertObject(b, label);
  assertHeader(b.header, `${label}.header`);
  assertArray(b.transactions, `${label}.transactions`, (t, l) => assertObject(t, l));
  assertArray(b.ommers, `${label}.ommers`, assertHeader);
  optional(b, 'withdrawals', (v, l) => assertArray(v, l, assertWithdrawal), label);
}

function assertWithdrawal(w: unknown, label: string): void {
  assertObject(w, label);
  for (const [f, bits] of [
    ['index', 64],
    ['validatorIndex', 64],
    ['address', 160],
    ['amount', 64],
  ] as const)
    assertUint(w[f], `${label}.${f}`, bits);
}

/** The attributes buildBlock and nextHeader take for the next block. */
export function assertAttributes(attrs: unknown, label: string): void {
  assertObject(attrs, label);
  assertUint(attrs.timestamp, `${label}.timestamp`, 64);
  assertUint(attrs.coinbase, `${label}.coinbase`, 160);
  optional(attrs, 'gasLimit', (v, l) => assertUint(v, l, 64), label);
  optional(attrs, 'prevRandao', (v, l) => assertBytes(v, l, 32), label);
  optional(attrs, 'extraData', (v, l) => assertBytes(v, l), label);
  optional(attrs, 'parentBeaconBlockRoot', (v, l) => assertBytes(v, l, 32), label);
  optional(attrs, 'withdrawals', (v, l) => assertArray(v, l, assertWithdrawal), label);
}

/** An EIP-7702 authorization, unsigned (chain id, address, nonce) or signed. */
export function assertAuthorization(a: unknown, label: string, signed: boolean): void {
  assertObject(a, label);
  for (const [f, bits] of AUTHORIZATION_BITS)
    if (signed || f === 'chainId' || f === 'address' || f === 'nonce')
      assertUint(a[f], `${label}.${f}`, bits);
}

function assertTxFields(tx: Record<string, unknown>, label: string): void {
  assertOneOf(tx.type, `${label}.type`, [0, 1, 2, 3, 4]);
  if (tx.to !== undefined) address(tx.to, `${label}.to`);
  for (const f of ['nonce', 'gasLimit', 'value']) word(tx[f], `${label}.${f}`);
  assertBytes(tx.data, `${label}.data`);
  const fees = tx.type <= 1 ? ['gasPrice'] : ['maxFeePerGas', 'maxPriorityFeePerGas'];
  if (tx.type === 3) fees.push('maxFeePerBlobGas');
  for (const f of fees) word(tx[f], `${label}.${f}`);
  optional(
    tx,
    'accessList',
    (list, l) =>
      assertArray(list, l, (e, el) => {
        assertObject(e, el);
        address(e.address, `${el}.address`);
        assertArray(e.storageKeys, `${el}.storageKeys`, (k, kl) => assertUint(k, kl, 256));
      }),
    label,
  );
  optional(tx, 'blobVersionedHashes', (v, l) => assertArray(v, l, (h, hl) => assertUint(h, hl, 256)), label);
  optional(
    tx,
    'authorizationList',
    (list, l) => assertArray(list, l, (a, al) => assertAuthorization(a, al, true)),
    label,
  );
}

/** EIP-7702 tuples as RLP gives them (a nonce is uint64; yParity, r and s are checked later). */
const AUTHORIZATION_BITS = [
  ['chainId', 256],
  ['address', 160],
  ['nonce', 64],
  ['yParity', 256],
  ['r', 256],
  ['s', 256],
] as const;
