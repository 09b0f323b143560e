/**
 * Transaction encoding (EIP-2718 envelopes over RLP, Yellow Paper appendix B): legacy
 * `rlp([nonce, gasPrice, gas, to, value, data, v, r, s])`, and `type || rlp([...])` for
 * EIP-2930 (1), EIP-1559 (2), EIP-4844 (3) and EIP-7702 (4). Decoding is as strict as
 * geth's: canonical integers that fit their field (64 or 256 bits), 20-byte addresses,
 * 32-byte hashes, a recipient for types 3 and 4, nothing left over. Errors are
 * `InvalidTransactionError` with a reason.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { PolyvmError, type PolyvmErrorOptions } from '../../core/errors.js';
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

function bytes(item: RlpInput | undefined, field: string): Uint8Array {
  if (!(item instanceof Uint8Array)) return fail(`${field}: expected a string, got a list`);
  return item;
}

function list(item: RlpInput | undefined, field: string): readonly RlpInput[] {
  if (item === undefined || item instanceof Uint8Array) return fail(`${field}: expected a list`);
  return item;
}

function uint(item: RlpInput | undefined, field: string, bits: 64 | 256): bigint {
  const b = bytes(item, field);
  if (b.length > 0 && b[0] === 0) fail(`${field}: non-canonical integer (leading zero bytes)`);
  if (b.length > bits / 8) fail(`${field}: integer larger than ${bits} bits`);
  return bytesToBigInt(b);
}

/** geth keeps an authorization's y parity in a byte. */
function uint8(item: RlpInput | undefined, field: string): bigint {
  const v = uint(item, field, 64);
  return v > 255n ? fail(`${field}: larger than 8 bits`) : v;
}

function fixed(item: RlpInput | undefined, field: string, len: number): bigint {
  const b = bytes(item, field);
  if (b.length !== len) fail(`${field}: expected ${len} bytes, got ${b.length}`);
  return bytesToBigInt(b);
}

function recipient(item: RlpInput | undefined, required: boolean): bigint | undefined {
  const b = bytes(item, 'to');
  if (b.length === 0 && !required) return undefined;
  return fixed(b, 'to', 20);
}

function accessList(item: RlpInput | undefined): AccessListEntry[] {
  return list(item, 'accessList').map((e, i) => {
    const entry = list(e, `accessList[${i}]`);
    if (entry.length !== 2) fail(`accessList[${i}]: expected [address, storageKeys]`);
    return {
      address: fixed(entry[0], `accessList[${i}].address`, 20),
      storageKeys: list(entry[1], `accessList[${i}].storageKeys`).map((k) =>
        fixed(k, `accessList[${i}].storageKeys`, 32),
      ),
    };
  });
}

function authorizationList(item: RlpInput | undefined): Authorization[] {
  return list(item, 'authorizationList').map((a, i) => {
    const t = list(a, `authorizationList[${i}]`);
    if (t.length !== 6) fail(`authorizationList[${i}]: expected 6 fields, got ${t.length}`);
    const at = `authorizationList[${i}]`;
    return {
      chainId: uint(t[0], `${at}.chainId`, 256),
      address: fixed(t[1], `${at}.address`, 20),
      nonce: uint(t[2], `${at}.nonce`, 64),
      yParity: uint8(t[3], `${at}.yParity`),
      r: uint(t[4], `${at}.r`, 256),
      s: uint(t[5], `${at}.s`, 256),
    };
  });
}

const FIELD_COUNT: Readonly<Record<TxType, number>> = { 0: 9, 1: 11, 2: 12, 3: 14, 4: 13 };

function decodeFields(type: TxType, f: readonly RlpInput[]): SignedTransaction {
  if (f.length !== FIELD_COUNT[type])
    fail(`type ${type}: expected ${FIELD_COUNT[type]} fields, got ${f.length}`);
  const sig = (at: number) => ({
    v: uint(f[at], 'v', 256),
    r: uint(f[at + 1], 'r', 256),
    s: uint(f[at + 2], 's', 256),
  });
  if (type === 0)
    return {
      type,
      nonce: uint(f[0], 'nonce', 64),
      gasPrice: uint(f[1], 'gasPrice', 256),
      gasLimit: uint(f[2], 'gasLimit', 64),
      to: recipient(f[3], false),
      value: uint(f[4], 'value', 256),
      data: bytes(f[5], 'data'),
      ...sig(6),
    };
  const chainId = uint(f[0], 'chainId', 256);
  const nonce = uint(f[1], 'nonce', 64);
  if (type === 1)
    return {
      type,
      chainId,
      nonce,
      gasPrice: uint(f[2], 'gasPrice', 256),
      gasLimit: uint(f[3], 'gasLimit', 64),
      to: recipient(f[4], false),
      value: uint(f[5], 'value', 256),
      data: bytes(f[6], 'data'),
      accessList: accessList(f[7]),
      ...sig(8),
    };
  const tx: SignedTransaction = {
    type,
    chainId,
    nonce,
    maxPriorityFeePerGas: uint(f[2], 'maxPriorityFeePerGas', 256),
    maxFeePerGas: uint(f[3], 'maxFeePerGas', 256),
    gasLimit: uint(f[4], 'gasLimit', 64),
    to: recipient(f[5], type >= 3),
    value: uint(f[6], 'value', 256),
    data: bytes(f[7], 'data'),
    accessList: accessList(f[8]),
    v: 0n,
    r: 0n,
    s: 0n,
  };
  let at = 9;
  if (type === 3) {
    tx.maxFeePerBlobGas = uint(f[at++], 'maxFeePerBlobGas', 256);
    tx.blobVersionedHashes = list(f[at++], 'blobVersionedHashes').map((h) =>
      fixed(h, 'blobVersionedHashes', 32),
    );
  }
  if (type === 4) tx.authorizationList = authorizationList(f[at++]);
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
 * blobs, commitments and proofs) is rejected: blocks carry only the payload.
 */
export function decodeTransaction(data: Uint8Array): SignedTransaction {
  if (data.length === 0) fail('empty input');
  const first = data[0]!;
  if (first >= 0xc0) {
    const fields = decodeRlp(data);
    return decodeFields(0, list(fields, 'legacy transaction'));
  }
  if (first < 1 || first > 4) fail(`type ${first} not supported`);
  if (data.length === 1) fail('typed transaction too short');
  const payload = decodeRlp(data.subarray(1));
  return decodeFields(first as TxType, list(payload, `type ${first} payload`));
}
