/**
 * Running state tests as geth's `evm statetest` does (tests/state_test_util.go): the
 * pre-state goes into a MemoryStore, each (fork, post index) case runs one transaction
 * over a JournaledCache on top of it, and the state root and logs hash are compared.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToPrefixedHex, utf8ToBytes } from '../../core/bytes.js';
import { InvalidInputFileError } from '../../core/errors.js';
import { JournaledCache, MemoryStore } from '../../state/index.js';
import { type ForkName, parseForkName } from '../fork-names.js';
import type { BlockEnv } from '../frame.js';
import { accountKey, codeKey, encodeAccount, KECCAK_EMPTY_CODE, storageKey } from '../state-keys.js';
import { computeLogsHash, computeStateRoot, StateRootMemo } from '../state-root.js';
import type { Tracer } from '../tracer.js';
import { blobBaseFee, runTransaction, type Transaction } from '../transaction.js';
import { bigIntToMinimal, bytesToBigInt } from '../words.js';
import { Fields, type StateTest, senderOf } from './parse.js';

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
}

function blockEnv(f: Fields, env: Record<string, string>): BlockEnv {
  const big = (k: string, dflt?: bigint) =>
    env[k] === undefined ? (dflt ?? f.err(`env.${k}`, 'missing')) : f.big(env[k], `env.${k}`);
  return {
    coinbase: big('currentCoinbase'),
    number: big('currentNumber'),
    timestamp: big('currentTimestamp'),
    gasLimit: big('currentGasLimit'),
    baseFee: big('currentBaseFee', 0n),
    prevRandao: big('currentRandom', 0n),
    difficulty: big('currentDifficulty', 0n),
    chainId: 1n,
    blobBaseFee: blobBaseFee(big('currentExcessBlobGas', 0n)),
    blockHash: (n) => bytesToBigInt(keccak_256(utf8ToBytes(n.toString()))),
  };
}

function buildTx(
  f: Fields,
  t: Record<string, unknown>,
  idx: { data: number; gas: number; value: number },
): Transaction {
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
  const type = blobs ? 3 : t.maxFeePerGas !== undefined ? 2 : accessList ? 1 : 0;
  const to = t.to as string | undefined;
  const sender =
    t.sender !== undefined
      ? f.big(t.sender, 'transaction.sender')
      : senderOf(f.bytes(t.secretKey, 'transaction.secretKey'));
  const opt = (k: string) => (t[k] === undefined ? undefined : f.big(t[k], `transaction.${k}`));
  return {
    type,
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
  };
}

function preStore(test: StateTest): MemoryStore {
  const store = new MemoryStore();
  for (const a of test.pre) {
    const codeHash = a.code.length ? keccak_256(a.code) : KECCAK_EMPTY_CODE;
    store.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
    if (a.code.length) store.put(codeKey(codeHash), a.code);
    for (const [k, v] of a.storage) if (v !== 0n) store.put(storageKey(a.address, k), bigIntToMinimal(v));
  }
  return store;
}

/** Runs every case of the parsed tests of one file. */
export function runStateTests(file: string, tests: StateTest[], opts: RunOptions = {}): CaseResult[] {
  const out: CaseResult[] = [];
  for (const test of tests) {
    const f = new Fields(file, `${test.name}.`);
    const block = blockEnv(f, test.env);
    let store: MemoryStore | undefined;
    // The pre-state store never changes (each case runs over its own cache), so what belongs
    // to accounts a case leaves alone is hashed once per test.
    let memo: StateRootMemo | undefined;
    for (const [forkLabel, entries] of Object.entries(test.post)) {
      const fork = parseForkName(forkLabel);
      if (!fork || (opts.fork && fork !== opts.fork)) continue;
      if (!Array.isArray(entries)) f.err(`post.${forkLabel}`, 'expected an array');
      entries.forEach((entry, i) => {
        store ??= preStore(test);
        memo ??= new StateRootMemo();
        const idx = entry.indexes;
        if (!idx) f.err(`post.${forkLabel}[${i}].indexes`, 'missing');
        const name = `${test.name}[d${idx.data},g${idx.gas},v${idx.value}]`;
        const tx = buildTx(f, test.tx, idx);
        const cache = new JournaledCache(store);
        let error: string | undefined;
        let logs = '';
        try {
          const r = runTransaction(cache, fork, block, tx, opts.tracer);
          if (!r.valid) error = r.error;
          else logs = bytesToPrefixedHex(computeLogsHash(r.logs));
        } catch (e) {
          if (e instanceof InvalidInputFileError) throw e;
          error = `internal error: ${(e as Error).message}`;
        }
        const root = bytesToPrefixedHex(computeStateRoot(cache, memo));
        const expectErr = entry.expectException !== undefined;
        let pass = root === entry.hash.toLowerCase();
        if (expectErr !== (error !== undefined && !error.startsWith('internal'))) pass = false;
        if (!expectErr && logs !== entry.logs.toLowerCase()) pass = false;
        const res: CaseResult = { name, pass, stateRoot: root, fork };
        if (error) res.error = error;
        else if (!pass)
          res.error = root !== entry.hash.toLowerCase() ? 'state root mismatch' : 'logs hash mismatch';
        out.push(res);
      });
    }
  }
  return out;
}

export { InvalidInputFileError };
