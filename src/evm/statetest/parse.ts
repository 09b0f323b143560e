/**
 * Parsing state-test files, in the ethereum/tests GeneralStateTests format and in
 * execution-spec-tests' (which adds `config` with the chain id and blob schedule, `txbytes`
 * and the full expected `state` per post entry, and EIP-7702 authorization lists): env,
 * pre, the transaction with its data/gas/value arrays, and the expected post results per
 * fork. Every field is checked; a bad one raises InvalidInputFileError naming file and field.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '../../core/keccak.js';
import { type AllocAccount, parseAlloc } from '../alloc.js';
import { Fields, parseJson } from '../json-fields.js';
import { bytesToBigInt } from '../words.js';

export { Fields };
export type PreAccount = AllocAccount;

export interface PostEntry {
  hash: string;
  logs: string;
  indexes: { data: number; gas: number; value: number };
  expectException?: string;
  /** EEST: the signed transaction's encoding. */
  txbytes?: string;
  /** EEST: the whole expected post-state. */
  state?: Record<
    string,
    { nonce?: string; balance?: string; code?: string; storage?: Record<string, string> }
  >;
}

export interface StateTest {
  name: string;
  env: Record<string, string>;
  pre: PreAccount[];
  tx: Record<string, unknown>;
  post: Record<string, PostEntry[]>;
  /** EEST: `{ chainid, blobSchedule }`. */
  config?: Record<string, unknown>;
}

export function parseStateTestFile(file: string, text: string): StateTest[] {
  const root = new Fields(file, '').obj(parseJson(file, text), '(top level)');
  const tests: StateTest[] = [];
  for (const [name, raw] of Object.entries(root)) {
    const f = new Fields(file, `${name}.`);
    const t = new Fields(file, '').obj(raw, name, 'expected an object (not a state test)');
    for (const k of ['env', 'pre', 'transaction', 'post'])
      if (!(k in t)) f.err(k, 'missing (not a state test)');
    const env = f.obj(t.env, 'env') as Record<string, string>;
    const pre = parseAlloc(f, t.pre, 'pre');
    tests.push({
      name,
      env,
      pre,
      tx: f.obj(t.transaction, 'transaction'),
      post: f.obj(t.post, 'post') as Record<string, PostEntry[]>,
      config: t.config === undefined ? undefined : f.obj(t.config, 'config'),
    });
  }
  return tests;
}

const senderCache = new Map<string, bigint>();

/** The address of a secret key (keccak of the uncompressed public key). */
export function senderOf(secretKey: Uint8Array): bigint {
  const key = Buffer.from(secretKey).toString('hex');
  let a = senderCache.get(key);
  if (a === undefined) {
    const pub = secp256k1.getPublicKey(secretKey, false);
    a = bytesToBigInt(keccak_256(pub.subarray(1)).subarray(12));
    senderCache.set(key, a);
  }
  return a;
}
