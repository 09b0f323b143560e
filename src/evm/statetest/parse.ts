/**
 * Parsing ethereum/tests state-test files (GeneralStateTests format): env, pre, the
 * transaction with its data/gas/value arrays, and the expected post results per fork.
 * Every field is checked; a bad one raises InvalidInputFileError naming file and field.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError, PolyvmError } from '../../core/errors.js';
import { bytesToBigInt } from '../words.js';

export interface PreAccount {
  address: bigint;
  nonce: bigint;
  balance: bigint;
  code: Uint8Array;
  storage: [bigint, bigint][];
}

export interface PostEntry {
  hash: string;
  logs: string;
  indexes: { data: number; gas: number; value: number };
  expectException?: string;
}

export interface StateTest {
  name: string;
  env: Record<string, string>;
  pre: PreAccount[];
  tx: Record<string, unknown>;
  post: Record<string, PostEntry[]>;
}

type Obj = Record<string, unknown>;

export class Fields {
  constructor(
    readonly file: string,
    readonly where: string,
  ) {}
  err(field: string, what: string): never {
    throw new InvalidInputFileError(`${this.file}: ${this.where}${field}: ${what}`);
  }
  big(v: unknown, field: string): bigint {
    if (typeof v !== 'string') this.err(field, `expected a hex string, got ${JSON.stringify(v)}`);
    // retesteth marks values wider than 256 bits (which a transaction may not hold) so.
    const text = v.startsWith('0x:bigint ') ? v.slice(10) : v;
    const body = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
    if (body.length === 0) return 0n;
    if (!/^[0-9a-fA-F]+$/.test(body)) this.err(field, `invalid hex ${JSON.stringify(v)}`);
    return BigInt(`0x${body}`);
  }
  bytes(v: unknown, field: string): Uint8Array {
    try {
      return hexToBytes(v as string, `${this.file}: ${this.where}${field}`);
    } catch (e) {
      if (e instanceof PolyvmError) throw new InvalidInputFileError(e.shortMessage);
      throw e;
    }
  }
  obj(v: unknown, field: string, what = 'expected an object'): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.err(field, what);
    return v as Obj;
  }
}

export function parseStateTestFile(file: string, text: string): StateTest[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidInputFileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const root = new Fields(file, '').obj(json, '(top level)');
  const tests: StateTest[] = [];
  for (const [name, raw] of Object.entries(root)) {
    const f = new Fields(file, `${name}.`);
    const t = new Fields(file, '').obj(raw, name, 'expected an object (not a state test)');
    for (const k of ['env', 'pre', 'transaction', 'post'])
      if (!(k in t)) f.err(k, 'missing (not a state test)');
    const env = f.obj(t.env, 'env') as Record<string, string>;
    const pre: PreAccount[] = [];
    for (const [addr, a] of Object.entries(f.obj(t.pre, 'pre'))) {
      const acc = f.obj(a, `pre.${addr}`);
      const storage: [bigint, bigint][] = [];
      for (const [k, v] of Object.entries(f.obj(acc.storage ?? {}, `pre.${addr}.storage`)))
        storage.push([f.big(k, `pre.${addr}.storage`), f.big(v, `pre.${addr}.storage.${k}`)]);
      pre.push({
        address: f.big(addr, `pre.${addr}`),
        nonce: f.big(acc.nonce ?? '0x', `pre.${addr}.nonce`),
        balance: f.big(acc.balance ?? '0x', `pre.${addr}.balance`),
        code: f.bytes(acc.code ?? '0x', `pre.${addr}.code`),
        storage,
      });
    }
    tests.push({
      name,
      env,
      pre,
      tx: f.obj(t.transaction, 'transaction'),
      post: f.obj(t.post, 'post') as Record<string, PostEntry[]>,
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
