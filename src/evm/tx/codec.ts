/**
 * Transaction encoding (EIP-2718 envelopes over RLP, Yellow Paper appendix B): legacy
 * `rlp([nonce, gasPrice, gas, to, value, data, v, r, s])`, and `type || rlp([...])` for
 * EIP-2930 (1), EIP-1559 (2), EIP-4844 (3) and EIP-7702 (4). Decoding is as strict as
 * geth's: canonical integers that fit their field (64 or 256 bits), 20-byte addresses,
 * 32-byte hashes, a recipient for types 3 and 4, nothing left over. Errors are
 * `InvalidTransactionError` with a reason.
 */

import { PolyvmError, type PolyvmErrorOptions } from '../../core/errors.js';
import { keccak_256 } from '../../core/keccak.js';
import { bigIntToMinimalBytes, type RlpInput, rlpDecode, rlpEncode } from '../rlp.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt } from '../words.js';
import type { AccessListEntry, Authorization, SignedTransaction, TxType } from './types.js';

/** A transaction that cannot be decoded, or whose signature is invalid. */
export class InvalidTransactionError extends PolyvmError {
  override name = 'InvalidTransactionError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('INVALID_TRANSACTION', shortMessage, options);
  }
}

const fail = (what: string): never => {
  throw new InvalidTransactionError(`transaction: ${what}`);
};

const int = (n: bigint): Uint8Array => bigIntToMinimalBytes(n);
const addr = (a: bigint | undefined): Uint8Array => (a === undefined ? new Uint8Array(0) : addressToBytes(a));

function accessListRlp(list: readonly AccessListEntry[] | undefined): RlpInput {
  return (list ?? []).map((e) => [addressToBytes(e.address), e.storageKeys.map(bigIntToBytes32)]);
}

function authorizationRlp(a: Authorization): RlpInput[] {
  return [int(a.chainId), addressToBytes(a.address), int(a.nonce), int(a.yParity), int(a.r), int(a.s)];
}

/** The RLP fields of `tx` before its signature (what the signature of a typed tx covers). */
export function unsignedFields(tx: Omit<SignedTransaction, 'v' | 'r' | 's'>): RlpInput[] {
  const base = [int(tx.nonce)];
  const tail = [int(tx.gasLimit), addr(tx.to), int(tx.value), tx.data];
  switch (tx.type) {
    case 0:
      return [...base, int(tx.gasPrice!), ...tail];
    case 1:
      return [int(tx.chainId!), ...base, int(tx.gasPrice!), ...tail, accessListRlp(tx.accessList)];
    case 2:
    case 3:
    case 4: {
      const fees = [int(tx.maxPriorityFeePerGas!), int(tx.maxFeePerGas!)];
      const fields = [int(tx.chainId!), ...base, ...fees, ...tail, accessListRlp(tx.accessList)];
      if (tx.type === 3)
        fields.push(int(tx.maxFeePerBlobGas!), (tx.blobVersionedHashes ?? []).map(bigIntToBytes32));
      if (tx.type === 4) fields.push((tx.authorizationList ?? []).map(authorizationRlp));
      return fields;
    }
  }
}

/** The canonical encoding: a legacy RLP list, or the type byte followed by the RLP payload. */
export function encodeTransaction(tx: SignedTransaction): Uint8Array {
  const fields = [...unsignedFields(tx), int(tx.v), int(tx.r), int(tx.s)];
  const rlp = rlpEncode(fields);
  if (tx.type === 0) return rlp;
  const out = new Uint8Array(rlp.length + 1);
  out[0] = tx.type;
  out.set(rlp, 1);
  return out;
}

/** keccak256 of the encoding. */
export function transactionHash(encoded: Uint8Array): Uint8Array {
  return keccak_256(encoded);
}

// ---- decoding ----------------------------------------------------------------------
// Errors read as geth's RLP decoder writes them (rlp/decode.go), with the Go type and the
// field path: `rlp: input string too short for common.Address, decoding into
// (types.Transaction)(types.BlobTx).To`.

const GO_TYPES: Readonly<Record<TxType, string>> = {
  0: 'LegacyTx',
  1: 'AccessListTx',
  2: 'DynamicFeeTx',
  3: 'BlobTx',
  4: 'SetCodeTx',
};

class Path {
  constructor(readonly type: TxType) {}
  fail(what: string, goType: string, field = ''): never {
    throw new InvalidTransactionError(
      `rlp: ${what} for ${goType}, decoding into (types.Transaction)(types.${GO_TYPES[this.type]})${field}`,
    );
  }
}

function str(p: Path, item: RlpInput | undefined, goType: string, field: string): Uint8Array {
  if (!(item instanceof Uint8Array)) return p.fail('expected input string or byte', goType, field);
  return item;
}

function list(p: Path, item: RlpInput | undefined, goType: string, field: string): readonly RlpInput[] {
  if (item === undefined || item instanceof Uint8Array) return p.fail('expected input list', goType, field);
  return item;
}

/** An integer field: uint64, uint8, or a 256-bit *uint256.Int / *big.Int (no limit for big). */
function uint(p: Path, item: RlpInput | undefined, goType: string, field: string): bigint {
  const b = str(p, item, goType, field);
  if (b.length > 0 && b[0] === 0) p.fail('non-canonical integer (leading zero bytes)', goType, field);
  const bytes =
    goType === 'uint64'
      ? 8
      : goType === 'uint8'
        ? 1
        : goType === '*uint256.Int' || goType === 'uint256.Int'
          ? 32
          : Number.POSITIVE_INFINITY;
  if (b.length > bytes) p.fail('input string too long', goType, field);
  return bytesToBigInt(b);
}

function fixed(p: Path, item: RlpInput | undefined, goType: string, len: number, field: string): bigint {
  const b = str(p, item, goType, field);
  if (b.length < len) p.fail('input string too short', goType, field);
  if (b.length > len) p.fail('input string too long', goType, field);
  return bytesToBigInt(b);
}

const address = (p: Path, item: RlpInput | undefined, field: string) =>
  fixed(p, item, 'common.Address', 20, field);
const hash = (p: Path, item: RlpInput | undefined, field: string) => fixed(p, item, 'common.Hash', 32, field);

function accessList(p: Path, item: RlpInput | undefined): AccessListEntry[] {
  return list(p, item, 'types.AccessList', '.AccessList').map((e, i) => {
    const at = `.AccessList[${i}]`;
    const entry = list(p, e, 'types.AccessTuple', at);
    if (entry.length < 2) p.fail('too few elements', 'types.AccessTuple', at);
    if (entry.length > 2) p.fail('input list has too many elements', 'types.AccessTuple', at);
    return {
      address: address(p, entry[0], `${at}.Address`),
      storageKeys: list(p, entry[1], '[]common.Hash', `${at}.StorageKeys`).map((k, j) =>
        hash(p, k, `${at}.StorageKeys[${j}]`),
      ),
    };
  });
}

function authorizationList(p: Path, item: RlpInput | undefined): Authorization[] {
  return list(p, item, '[]types.SetCodeAuthorization', '.AuthList').map((a, i) => {
    const at = `.AuthList[${i}]`;
    const t = list(p, a, 'types.SetCodeAuthorization', at);
    if (t.length < 6) p.fail('too few elements', 'types.SetCodeAuthorization', at);
    if (t.length > 6) p.fail('input list has too many elements', 'types.SetCodeAuthorization', at);
    return {
      chainId: uint(p, t[0], 'uint256.Int', `${at}.ChainID`),
      address: address(p, t[1], `${at}.Address`),
      nonce: uint(p, t[2], 'uint64', `${at}.Nonce`),
      yParity: uint(p, t[3], 'uint8', `${at}.V`),
      r: uint(p, t[4], 'uint256.Int', `${at}.R`),
      s: uint(p, t[5], 'uint256.Int', `${at}.S`),
    };
  });
}

const FIELD_COUNT: Readonly<Record<TxType, number>> = { 0: 9, 1: 11, 2: 12, 3: 14, 4: 13 };

function decodeFields(type: TxType, f: readonly RlpInput[]): SignedTransaction {
  const p = new Path(type);
  if (f.length < FIELD_COUNT[type]) p.fail('too few elements', `types.${GO_TYPES[type]}`);
  if (f.length > FIELD_COUNT[type]) p.fail('input list has too many elements', `types.${GO_TYPES[type]}`);
  // BlobTx and SetCodeTx hold 256-bit integers, the older types *big.Int.
  const big = type >= 3 ? '*uint256.Int' : '*big.Int';
  const n = (at: number, field: string, goType = big) => uint(p, f[at], goType, `.${field}`);
  const sig = (at: number) => ({ v: n(at, 'V'), r: n(at + 1, 'R'), s: n(at + 2, 'S') });
  const to = (at: number) => {
    const b = f[at];
    // LegacyTx to AccessListTx and DynamicFeeTx keep `To *common.Address` (empty: a creation).
    if (type < 3 && b instanceof Uint8Array && b.length === 0) return undefined;
    return address(p, b, '.To');
  };
  if (type === 0)
    return {
      type,
      nonce: n(0, 'Nonce', 'uint64'),
      gasPrice: n(1, 'GasPrice'),
      gasLimit: n(2, 'Gas', 'uint64'),
      to: to(3),
      value: n(4, 'Value'),
      data: str(p, f[5], '[]uint8', '.Data'),
      ...sig(6),
    };
  const chainId = n(0, 'ChainID');
  const nonce = n(1, 'Nonce', 'uint64');
  if (type === 1)
    return {
      type,
      chainId,
      nonce,
      gasPrice: n(2, 'GasPrice'),
      gasLimit: n(3, 'Gas', 'uint64'),
      to: to(4),
      value: n(5, 'Value'),
      data: str(p, f[6], '[]uint8', '.Data'),
      accessList: accessList(p, f[7]),
      ...sig(8),
    };
  const tx: SignedTransaction = {
    type,
    chainId,
    nonce,
    maxPriorityFeePerGas: n(2, 'GasTipCap'),
    maxFeePerGas: n(3, 'GasFeeCap'),
    gasLimit: n(4, 'Gas', 'uint64'),
    to: to(5),
    value: n(6, 'Value'),
    data: str(p, f[7], '[]uint8', '.Data'),
    accessList: accessList(p, f[8]),
    v: 0n,
    r: 0n,
    s: 0n,
  };
  let at = 9;
  if (type === 3) {
    tx.maxFeePerBlobGas = n(at++, 'BlobFeeCap');
    tx.blobVersionedHashes = list(p, f[at++], '[]common.Hash', '.BlobHashes').map((h, j) =>
      hash(p, h, `.BlobHashes[${j}]`),
    );
  }
  if (type === 4) tx.authorizationList = authorizationList(p, f[at++]);
  return { ...tx, ...sig(at) };
}

function decodeRlp(data: Uint8Array): RlpInput {
  try {
    return rlpDecode(data);
  } catch (e) {
    return fail((e as PolyvmError).shortMessage ?? String(e));
  }
}

/**
 * Decodes a transaction from its canonical encoding (a legacy RLP list, or a type byte
 * 0x01-0x04 followed by the RLP payload). A blob transaction in its network form (with
 * blobs, commitments and proofs) is rejected: blocks carry only the payload. A value above
 * 256 bits in an older type decodes (as in geth) and is refused when executed.
 */
export function decodeTransaction(data: Uint8Array): SignedTransaction {
  if (data.length === 0) fail('empty input');
  const first = data[0]!;
  if (first >= 0xc0) {
    const fields = decodeRlp(data);
    if (fields instanceof Uint8Array) return fail('legacy transaction: expected a list');
    return decodeFields(0, fields);
  }
  if (first < 1 || first > 4) throw new InvalidTransactionError('transaction type not supported');
  if (data.length === 1) throw new InvalidTransactionError('typed transaction too short');
  const payload = decodeRlp(data.subarray(1));
  if (payload instanceof Uint8Array)
    return new Path(first as TxType).fail('expected input list', `types.${GO_TYPES[first as TxType]}`);
  return decodeFields(first as TxType, payload);
}
