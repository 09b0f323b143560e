/**
 * Running state tests as geth's `evm statetest` does (tests/state_test_util.go): the
 * pre-state goes into a MemoryStore, each (fork, post index) case runs one transaction
 * over a JournaledCache on top of it, and the state root and logs hash are compared.
 * Like geth, a case is rejected before execution when it carries more blobs than a block
 * may hold, or when its `txbytes` do not decode or their signature does not recover under
 * the fork's signer. Blob parameters come from the file's `config.blobSchedule`.
 */

import { bytesToPrefixedHex, hexToBytes, utf8ToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, PolyvmError } from '../../core/errors.js';
import { keccak_256 } from '../../core/keccak.js';
import { JournaledCache, type MemoryStore } from '../../state/index.js';
import { allocStore } from '../alloc.js';
import { blobBaseFee } from '../blob.js';
import { type ChainConfig, parseBlobSchedule, rulesFor } from '../chain-config.js';
import { type ForkName, forkAtLeast, parseForkName } from '../fork-names.js';
import type { ForkRules } from '../fork-rules.js';
import type { BlockEnv } from '../frame.js';
import { computeLogsHash, computeStateRoot, StateRootMemo } from '../state-root.js';
import type { Tracer } from '../tracer.js';
import { runTransaction, type TxResult } from '../transaction.js';
import { decodeTransaction } from '../tx/codec.js';
import { checkSignature, recoverSender } from '../tx/signature.js';
import type { Authorization, Transaction, TxType } from '../tx/types.js';
import { bytesToBigInt } from '../words.js';
import { Fields, type PostEntry, type StateTest, senderOf } from './parse.js';
import { postStateDiff } from './post-state.js';

export interface CaseResult {
  name: string;
  pass: boolean;
  stateRoot: string;
  fork: string;
  error?: string;
}

export interface RunOptions {
  /** Only this fork (default: every fork of the file we know). */
  fork?: ForkName;
  tracer?: Tracer;
  /** Called after each case, in order (the CLI writes geth's `{"stateRoot": ...}` line). */
  afterCase?: (r: CaseResult) => void;
}

function blockEnv(f: Fields, env: Record<string, string>, rules: ForkRules, chainId: bigint): BlockEnv {
  const big = (k: string, dflt?: bigint) =>
    env[k] === undefined ? (dflt ?? f.err(`env.${k}`, 'missing')) : f.big(env[k], `env.${k}`);
  const random = env.currentRandom === undefined ? undefined : big('currentRandom');
  // geth: from London, a given random makes the block post-merge (0x44 reads it).
  const merged = random !== undefined && forkAtLeast(rules.fork, 'London');
  return {
    coinbase: big('currentCoinbase'),
    number: big('currentNumber'),
    timestamp: big('currentTimestamp'),
    gasLimit: big('currentGasLimit'),
    // Retesteth's default: a genesis base fee of 0x10 makes this block's 0x0a.
    baseFee: rules.hasBaseFee ? big('currentBaseFee', 10n) : 0n,
    prevRandao: random ?? 0n,
    difficulty: merged ? random! : big('currentDifficulty', 0n),
    chainId,
    blobBaseFee: blobBaseFee(big('currentExcessBlobGas', 0n), rules.blob.updateFraction),
    blockHash: (n) => bytesToBigInt(keccak_256(utf8ToBytes(n.toString()))),
  };
}

function authorizations(f: Fields, list: unknown): Authorization[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return f.err('transaction.authorizationList', 'expected an array');
  return list.map((a: Record<string, unknown>, i) => {
    const at = `transaction.authorizationList[${i}]`;
    return {
      chainId: f.big(a.chainId, `${at}.chainId`),
      address: f.big(a.address, `${at}.address`),
      nonce: f.big(a.nonce, `${at}.nonce`),
      yParity: f.big(a.yParity ?? a.v, `${at}.v`),
      r: f.big(a.r, `${at}.r`),
      s: f.big(a.s, `${at}.s`),
    };
  });
}

/** The transaction type: from `txbytes` when given (exact), else from the fields present. */
function txType(t: Record<string, unknown>, accessList: unknown, txbytes: string | undefined): TxType {
  if (txbytes && txbytes.length >= 4) {
    const first = Number.parseInt(txbytes.slice(2, 4), 16);
    if (first >= 0xc0) return 0;
    if (first >= 1 && first <= 4) return first as TxType;
  }
  if (t.authorizationList !== undefined) return 4;
  if (t.blobVersionedHashes !== undefined) return 3;
  if (t.maxFeePerGas !== undefined) return 2;
  return accessList ? 1 : 0;
}

function buildTx(f: Fields, t: Record<string, unknown>, entry: PostEntry): Transaction {
  const idx = entry.indexes;
  const arr = (k: string, i: number) => {
    const a = t[k];
    if (!Array.isArray(a) || i >= a.length) f.err(`transaction.${k}[${i}]`, 'missing');
    return a[i];
  };
  const data = f.bytes(arr('data', idx.data), `transaction.data[${idx.data}]`);
  const gasLimit = f.big(arr('gasLimit', idx.gas), `transaction.gasLimit[${idx.gas}]`);
  const value = f.big(arr('value', idx.value), `transaction.value[${idx.value}]`);
  const lists = t.accessLists as unknown[] | undefined;
  const rawList = lists?.[idx.data] as { address: string; storageKeys: string[] }[] | null | undefined;
  const accessList = rawList
    ? rawList.map((e, i) => ({
        address: f.big(e.address, `transaction.accessLists[${idx.data}][${i}].address`),
        storageKeys: e.storageKeys.map((k) =>
          f.big(k, `transaction.accessLists[${idx.data}][${i}].storageKeys`),
        ),
      }))
    : undefined;
  const blobs = t.blobVersionedHashes as string[] | undefined;
  const to = t.to as string | undefined;
  const sender =
    t.sender !== undefined
      ? f.big(t.sender, 'transaction.sender')
      : senderOf(f.bytes(t.secretKey, 'transaction.secretKey'));
  const opt = (k: string) => (t[k] === undefined ? undefined : f.big(t[k], `transaction.${k}`));
  return {
    type: txType(t, rawList, entry.txbytes),
    sender,
    to: to === undefined || to === '' ? undefined : f.big(to, 'transaction.to'),
    nonce: f.big(t.nonce, 'transaction.nonce'),
    gasLimit,
    value,
    data,
    gasPrice: opt('gasPrice'),
    maxFeePerGas: opt('maxFeePerGas'),
    maxPriorityFeePerGas: opt('maxPriorityFeePerGas'),
    accessList,
    blobVersionedHashes: blobs?.map((h, i) => f.big(h, `transaction.blobVersionedHashes[${i}]`)),
    maxFeePerBlobGas: opt('maxFeePerBlobGas'),
    authorizationList: authorizations(f, t.authorizationList),
  };
}

/**
 * geth's checks before the state transition; an error string rejects the case. The curve
 * arithmetic of sender recovery (milliseconds a case) is done only for a case that expects
 * an exception: a filler signs every valid case correctly.
 */
function preRejection(
  tx: Transaction,
  entry: PostEntry,
  rules: ForkRules,
  chainId: bigint,
): string | undefined {
  if (rules.blobs && (tx.blobVersionedHashes?.length ?? 0) > rules.blob.max)
    return 'blob gas exceeds maximum';
  if (!entry.txbytes || entry.txbytes === '0x') return undefined;
  try {
    const signed = decodeTransaction(hexToBytes(entry.txbytes, 'txbytes'));
    if (entry.expectException === undefined) checkSignature(signed, rules, chainId);
    else recoverSender(signed, rules, chainId);
  } catch (e) {
    if (e instanceof PolyvmError) return e.shortMessage;
    throw e;
  }
  return undefined;
}

function chainOf(f: Fields, test: StateTest): ChainConfig {
  const c = test.config ?? {};
  return {
    chainId: c.chainid === undefined ? 1n : f.big(c.chainid, 'config.chainid'),
    activations: [],
    blobSchedule: parseBlobSchedule(c.blobSchedule),
    depositContract: 0n,
  };
}

/** Runs every case of the parsed tests of one file. */
export function runStateTests(file: string, tests: StateTest[], opts: RunOptions = {}): CaseResult[] {
  const out: CaseResult[] = [];
  for (const test of tests) {
    const f = new Fields(file, `${test.name}.`);
    const chain = chainOf(f, test);
    let store: MemoryStore | undefined;
    // The pre-state store never changes (each case runs over its own cache), so what belongs
    // to accounts a case leaves alone is hashed once per test.
    let memo: StateRootMemo | undefined;
    for (const [forkLabel, entries] of Object.entries(test.post)) {
      const fork = parseForkName(forkLabel);
      if (!fork || (opts.fork && fork !== opts.fork)) continue;
      if (!Array.isArray(entries)) f.err(`post.${forkLabel}`, 'expected an array');
      const rules = rulesFor(chain, fork);
      const block = blockEnv(f, test.env, rules, chain.chainId);
      entries.forEach((entry, i) => {
        store ??= allocStore(test.pre);
        memo ??= new StateRootMemo();
        const idx = entry.indexes;
        if (!idx) f.err(`post.${forkLabel}[${i}].indexes`, 'missing');
        const name = `${test.name}[d${idx.data},g${idx.gas},v${idx.value}]`;
        const tx = buildTx(f, test.tx, entry);
        const cache = new JournaledCache(store);
        let error = preRejection(tx, entry, rules, chain.chainId);
        let logs = '';
        if (error === undefined) {
          try {
            const r: TxResult = runTransaction(cache, fork, block, tx, { tracer: opts.tracer });
            if (!r.valid) error = r.error;
            else logs = bytesToPrefixedHex(computeLogsHash(r.logs));
          } catch (e) {
            if (e instanceof InvalidInputFileError) throw e;
            error = `internal error: ${(e as Error).message}`;
          }
        }
        const root = bytesToPrefixedHex(computeStateRoot(cache, memo));
        const expectErr = entry.expectException !== undefined;
        let pass = root === entry.hash.toLowerCase();
        if (expectErr !== (error !== undefined && !error.startsWith('internal'))) pass = false;
        if (!expectErr && logs !== entry.logs.toLowerCase()) pass = false;
        const res: CaseResult = { name, pass, stateRoot: root, fork };
        if (error) res.error = error;
        else if (!pass)
          res.error =
            root !== entry.hash.toLowerCase()
              ? `state root mismatch${postStateDiff(cache, entry.state)}`
              : 'logs hash mismatch';
        out.push(res);
        opts.afterCase?.(res);
      });
    }
  }
  return out;
}

export { InvalidInputFileError };
