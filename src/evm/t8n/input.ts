/**
 * geth `evm t8n` inputs (cmd/evm/internal/t8ntool): the environment (`stEnv`, numbers hex or
 * decimal), and transactions as JSON (`types.Transaction` JSON with `input`, `gas` and the
 * signature; `secretKey` signs a transaction whose v, r and s are zero, EIP-155 unless
 * `protected` is false) or as an RLP list (`*.rlp`, or `txsRlp` on stdin).
 */
import { hexToBytes } from '../../core/bytes.js';
import { InvalidInputFileError } from '../../core/errors.js';
import type { AllocAccount } from '../alloc.js';
import type { Withdrawal } from '../block/body.js';
import { type RlpInput, rlpDecode, rlpEncode } from '../rlp.js';
import { decodeTransaction } from '../tx/codec.js';
import { signTransaction } from '../tx/signature.js';
import type { AccessListEntry, Authorization, SignedTransaction, TxType } from '../tx/types.js';
import { bytesToBigInt } from '../words.js';

export interface T8nEnv {
  coinbase: bigint;
  difficulty?: bigint;
  random?: bigint;
  parentDifficulty?: bigint;
  parentBaseFee?: bigint;
  parentGasUsed: bigint;
  parentGasLimit: bigint;
  gasLimit: bigint;
  number: bigint;
  timestamp: bigint;
  parentTimestamp: bigint;
  blockHashes?: Map<bigint, bigint>;
  ommers: { delta: bigint; address: bigint }[];
  withdrawals?: Withdrawal[];
  baseFee?: bigint;
  parentUncleHash?: Uint8Array;
  excessBlobGas?: bigint;
  parentExcessBlobGas?: bigint;
  parentBlobGasUsed?: bigint;
  parentBeaconBlockRoot?: Uint8Array;
}

/** A transaction from the txs input: decoded, or why it could not be (rejected, not fatal). */
export type T8nTx = { tx: SignedTransaction; encoded?: Uint8Array } | { error: string };

type Obj = Record<string, unknown>;

const bad = (where: string, what: string): never => {
  throw new InvalidInputFileError(`t8n: ${where}: ${what}`);
};

/** math.HexOrDecimal: "0x..." hex, otherwise decimal; JSON numbers too. */
export function hexOrDecimal(v: unknown, where: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v !== 'string') return bad(where, `expected a number, got ${JSON.stringify(v)}`);
  if (/^0[xX][0-9a-fA-F]*$/.test(v)) return v.length === 2 ? 0n : BigInt(v);
  if (/^\d+$/.test(v)) return BigInt(v);
  return bad(where, `invalid number ${JSON.stringify(v)}`);
}

function hash(v: unknown, where: string): Uint8Array {
  const b = bytes(v, where);
  if (b.length !== 32) bad(where, 'expected 32 bytes');
  return b;
}

function bytes(v: unknown, where: string): Uint8Array {
  if (typeof v !== 'string') return bad(where, 'expected a hex string');
  try {
    return hexToBytes(v.startsWith('0x') || v.startsWith('0X') ? v : `0x${v}`, where);
  } catch {
    return bad(where, `invalid hex ${JSON.stringify(v)}`);
  }
}

const address = (v: unknown, where: string): bigint => {
  const b = bytes(v, where);
  if (b.length !== 20) bad(where, 'expected a 20-byte address');
  return BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
};

export function parseEnv(json: unknown): T8nEnv {
  if (typeof json !== 'object' || json === null) return bad('env', 'expected an object');
  const e = json as Obj;
  const opt = (k: string) =>
    e[k] === undefined || e[k] === null ? undefined : hexOrDecimal(e[k], `env.${k}`);
  const req = (k: string) => opt(k) ?? bad('env', `missing required field '${k}' for stEnv`);
  const env: T8nEnv = {
    coinbase:
      e.currentCoinbase === undefined
        ? bad('env', "missing required field 'currentCoinbase' for stEnv")
        : address(e.currentCoinbase, 'env.currentCoinbase'),
    difficulty: opt('currentDifficulty'),
    random: opt('currentRandom'),
    parentDifficulty: opt('parentDifficulty'),
    parentBaseFee: opt('parentBaseFee'),
    parentGasUsed: opt('parentGasUsed') ?? 0n,
    parentGasLimit: opt('parentGasLimit') ?? 0n,
    gasLimit: req('currentGasLimit'),
    number: req('currentNumber'),
    timestamp: req('currentTimestamp'),
    parentTimestamp: opt('parentTimestamp') ?? 0n,
    ommers: [],
    baseFee: opt('currentBaseFee'),
    excessBlobGas: opt('currentExcessBlobGas'),
    parentExcessBlobGas: opt('parentExcessBlobGas'),
    parentBlobGasUsed: opt('parentBlobGasUsed'),
  };
  if (e.blockHashes && typeof e.blockHashes === 'object') {
    env.blockHashes = new Map();
    for (const [n, h] of Object.entries(e.blockHashes as Obj))
      env.blockHashes.set(
        hexOrDecimal(n, 'env.blockHashes'),
        BigInt(`0x${Buffer.from(hash(h, `env.blockHashes.${n}`)).toString('hex')}`),
      );
  }
  for (const [i, o] of ((e.ommers as Obj[] | undefined) ?? []).entries())
    env.ommers.push({
      delta: hexOrDecimal(o.delta, `env.ommers[${i}].delta`),
      address: address(o.address, `env.ommers[${i}].address`),
    });
  if (Array.isArray(e.withdrawals))
    env.withdrawals = (e.withdrawals as Obj[]).map((w, i) => ({
      index: hexOrDecimal(w.index, `env.withdrawals[${i}].index`),
      validatorIndex: hexOrDecimal(w.validatorIndex, `env.withdrawals[${i}].validatorIndex`),
      address: address(w.address, `env.withdrawals[${i}].address`),
      amount: hexOrDecimal(w.amount, `env.withdrawals[${i}].amount`),
    }));
  if (e.parentUncleHash) env.parentUncleHash = hash(e.parentUncleHash, 'env.parentUncleHash');
  if (e.parentBeaconBlockRoot)
    env.parentBeaconBlockRoot = hash(e.parentBeaconBlockRoot, 'env.parentBeaconBlockRoot');
  return env;
}

function txField(t: Obj, k: string, i: number, required = true): bigint | undefined {
  if (t[k] === undefined || t[k] === null) {
    if (required) throw new Error(`missing required field '${k}' in transaction`);
    return undefined;
  }
  return hexOrDecimal(t[k], `txs[${i}].${k}`);
}

function jsonTx(t: Obj, i: number, chainId: bigint): SignedTransaction {
  const type = Number(txField(t, 'type', i, false) ?? 0n);
  if (type > 4) throw new Error('transaction type not supported');
  const num = (k: string, required = true) => txField(t, k, i, required);
  const input = t.input ?? t.data;
  if (input === undefined) throw new Error("missing required field 'input' in transaction");
  const tx: SignedTransaction = {
    type: type as TxType,
    nonce: num('nonce')!,
    gasLimit: num('gas')!,
    to: t.to === undefined || t.to === null ? undefined : address(t.to, `txs[${i}].to`),
    value: num('value')!,
    data: bytes(input, `txs[${i}].input`),
    v: num('v')!,
    r: num('r')!,
    s: num('s')!,
  };
  // A legacy transaction's chain id is in its v (EIP-155); geth ignores a `chainId` field.
  if (type === 0) tx.gasPrice = num('gasPrice');
  else {
    tx.chainId = num('chainId', false) ?? chainId;
    tx.accessList = ((t.accessList as Obj[] | undefined) ?? []).map(
      (e, j): AccessListEntry => ({
        address: address(e.address, `txs[${i}].accessList[${j}].address`),
        storageKeys: ((e.storageKeys as string[]) ?? []).map((k) =>
          BigInt(`0x${Buffer.from(hash(k, `txs[${i}].accessList[${j}]`)).toString('hex')}`),
        ),
      }),
    );
    if (type === 1) tx.gasPrice = num('gasPrice');
    else {
      tx.maxPriorityFeePerGas = num('maxPriorityFeePerGas');
      tx.maxFeePerGas = num('maxFeePerGas');
    }
    if (type !== 0 && t.yParity !== undefined) tx.v = num('yParity')!;
  }
  if (type === 3) {
    tx.maxFeePerBlobGas = num('maxFeePerBlobGas');
    tx.blobVersionedHashes = ((t.blobVersionedHashes as string[]) ?? []).map((h) =>
      BigInt(`0x${Buffer.from(hash(h, `txs[${i}].blobVersionedHashes`)).toString('hex')}`),
    );
  }
  if (type === 4)
    tx.authorizationList = ((t.authorizationList as Obj[]) ?? []).map(
      (a, j): Authorization => ({
        chainId: hexOrDecimal(a.chainId, `txs[${i}].authorizationList[${j}].chainId`),
        address: address(a.address, `txs[${i}].authorizationList[${j}].address`),
        nonce: hexOrDecimal(a.nonce, `txs[${i}].authorizationList[${j}].nonce`),
        yParity: hexOrDecimal(a.yParity ?? a.v, `txs[${i}].authorizationList[${j}].yParity`),
        r: hexOrDecimal(a.r, `txs[${i}].authorizationList[${j}].r`),
        s: hexOrDecimal(a.s, `txs[${i}].authorizationList[${j}].s`),
      }),
    );
  if (t.secretKey !== undefined && tx.v === 0n && tx.r === 0n && tx.s === 0n) {
    const key = hash(t.secretKey, `txs[${i}].secretKey`);
    const unprotected = tx.type === 0 && t.protected === false;
    const { v: _v, r: _r, s: _s, ...unsigned } = tx;
    if (tx.type === 0 && !unprotected) unsigned.chainId = chainId;
    if (unprotected) delete unsigned.chainId;
    return signTransaction(unsigned, key);
  }
  return tx;
}

/** The transactions of a JSON array; a transaction that does not parse is a rejection. */
export function parseJsonTxs(json: unknown, chainId: bigint): T8nTx[] {
  if (json === null || json === undefined) return [];
  if (!Array.isArray(json)) return bad('txs', 'expected an array');
  return json.map((t, i) => {
    try {
      return { tx: jsonTx(t as Obj, i, chainId) };
    } catch (e) {
      if (e instanceof InvalidInputFileError) throw e;
      return { error: (e as Error).message };
    }
  });
}

/** The transactions of an RLP list (as `types.Transactions` encodes them). */
export function parseRlpTxs(data: Uint8Array): T8nTx[] {
  let items: RlpInput;
  try {
    items = rlpDecode(data);
  } catch (e) {
    return bad('txs', `not an RLP list: ${(e as Error).message}`);
  }
  if (items instanceof Uint8Array) return bad('txs', 'not an RLP list');
  return items.map((item) => {
    const encoded = item instanceof Uint8Array ? item : rlpEncode(item);
    try {
      if (item instanceof Uint8Array && (item.length === 0 || item[0]! >= 0x80))
        throw new Error('typed transaction too short');
      return { tx: decodeTransaction(encoded), encoded };
    } catch (e) {
      return { error: (e as { shortMessage?: string }).shortMessage ?? (e as Error).message };
    }
  });
}

/** A genesis-style alloc as t8n reads it (`types.GenesisAlloc`: numbers hex or decimal). */
export function parseT8nAlloc(json: unknown): AllocAccount[] {
  if (json === undefined || json === null) return [];
  if (typeof json !== 'object') return bad('alloc', 'expected an object');
  return Object.entries(json as Obj).map(([addr, raw]) => {
    const a = (raw ?? {}) as Obj;
    const where = `alloc.${addr}`;
    const storage: [bigint, bigint][] = Object.entries((a.storage ?? {}) as Obj).map(([k, v]) => [
      bytesToBigInt(bytes(k, `${where}.storage`)),
      bytesToBigInt(bytes(v, `${where}.storage.${k}`)),
    ]);
    return {
      address: address(addr, where),
      nonce: a.nonce === undefined ? 0n : hexOrDecimal(a.nonce, `${where}.nonce`),
      balance: a.balance === undefined ? 0n : hexOrDecimal(a.balance, `${where}.balance`),
      code: a.code === undefined ? new Uint8Array(0) : bytes(a.code, `${where}.code`),
      storage,
    };
  });
}
