/**
 * Blocks: `rlp([header, transactions, ommers, withdrawals?])` (Yellow Paper 4.4, EIP-2718
 * typed transactions as byte strings, EIP-4895 withdrawals), their strict decoding, and the
 * commitments a header holds to its body: the transactions and withdrawals trie roots
 * (keys rlp(index)) and the ommers hash.
 */

import type { PolyvmError } from '../../core/errors.js';
import { keccak_256 } from '../../core/keccak.js';
import { bigIntToMinimalBytes, type RlpInput, rlpDecode, rlpEncode } from '../rlp.js';
import { trieRoot } from '../trie/index.js';
import { decodeTransaction, encodeTransaction } from '../tx/codec.js';
import type { SignedTransaction } from '../tx/types.js';
import { addressToBytes, bytesToBigInt } from '../words.js';
import { InvalidBlockError } from './errors.js';
import { type BlockHeader, headerFields, headerFromRlp } from './header.js';

/** An EIP-4895 withdrawal; `amount` is in gwei. */
export interface Withdrawal {
  index: bigint;
  validatorIndex: bigint;
  address: bigint;
  amount: bigint;
}

/** A transaction as a block carries it: decoded, with its canonical encoding. */
export interface BlockTransaction {
  tx: SignedTransaction;
  encoded: Uint8Array;
}

export interface Block {
  header: BlockHeader;
  transactions: BlockTransaction[];
  ommers: BlockHeader[];
  /** From Shanghai; undefined before. */
  withdrawals?: Withdrawal[];
}

const int = bigIntToMinimalBytes;

function withdrawalRlp(w: Withdrawal): RlpInput {
  return [int(w.index), int(w.validatorIndex), addressToBytes(w.address), int(w.amount)];
}

/** The block's RLP item of a transaction: a list for legacy, the typed envelope as a string. */
function txItem(t: BlockTransaction): RlpInput {
  return t.tx.type === 0 ? rlpDecode(t.encoded) : t.encoded;
}

export function encodeBlock(b: Block): Uint8Array {
  const items: RlpInput[] = [headerFields(b.header), b.transactions.map(txItem), b.ommers.map(headerFields)];
  if (b.withdrawals) items.push(b.withdrawals.map(withdrawalRlp));
  return rlpEncode(items);
}

/** A transaction with its encoding computed. */
export function blockTransaction(tx: SignedTransaction): BlockTransaction {
  return { tx, encoded: encodeTransaction(tx) };
}

const bad = (reason: string, what: string): never => {
  throw new InvalidBlockError(reason, `invalid block: ${what}`);
};

function decodeTx(item: RlpInput, i: number): BlockTransaction {
  let encoded: Uint8Array;
  if (item instanceof Uint8Array) {
    // A typed transaction: the envelope as a byte string, its first byte the type.
    if (item.length === 0 || item[0]! >= 0x80)
      bad('RLP_STRUCTURES_ENCODING', `transaction ${i}: typed transaction too short`);
    encoded = item;
  } else encoded = rlpEncode(item);
  try {
    return { tx: decodeTransaction(encoded), encoded };
  } catch (e) {
    return bad('RLP_STRUCTURES_ENCODING', `transaction ${i}: ${(e as PolyvmError).shortMessage ?? e}`);
  }
}

function withdrawal(item: RlpInput, i: number): Withdrawal {
  if (item instanceof Uint8Array || item.length !== 4)
    return bad('RLP_STRUCTURES_ENCODING', `withdrawal ${i}`);
  const [index, validator, address, amount] = item as Uint8Array[];
  for (const x of [index, validator, address, amount])
    if (!(x instanceof Uint8Array)) bad('RLP_STRUCTURES_ENCODING', `withdrawal ${i}`);
  for (const x of [index!, validator!, amount!])
    if (x.length > 8 || (x.length > 0 && x[0] === 0))
      bad('RLP_STRUCTURES_ENCODING', `withdrawal ${i}: bad integer`);
  if (address!.length !== 20) bad('RLP_STRUCTURES_ENCODING', `withdrawal ${i}: address`);
  return {
    index: bytesToBigInt(index!),
    validatorIndex: bytesToBigInt(validator!),
    address: bytesToBigInt(address!),
    amount: bytesToBigInt(amount!),
  };
}

/** Decodes a block; malformed RLP or a malformed part is an InvalidBlockError. */
export function decodeBlock(rlp: Uint8Array): Block {
  let item: RlpInput;
  try {
    item = rlpDecode(rlp);
  } catch (e) {
    return bad('RLP_STRUCTURES_ENCODING', (e as Error).message);
  }
  if (item instanceof Uint8Array || item.length < 3 || item.length > 4)
    return bad('RLP_STRUCTURES_ENCODING', 'expected [header, transactions, ommers, withdrawals?]');
  const [h, txs, ommers, withdrawals] = item;
  if (txs instanceof Uint8Array || ommers instanceof Uint8Array || withdrawals instanceof Uint8Array)
    return bad('RLP_STRUCTURES_ENCODING', 'transactions, ommers and withdrawals must be lists');
  return {
    header: headerFromRlp(h!),
    transactions: txs!.map(decodeTx),
    ommers: ommers!.map(headerFromRlp),
    withdrawals: withdrawals?.map(withdrawal),
  };
}

const indexKey = (i: number) => rlpEncode(int(BigInt(i)));

export function transactionsRoot(txs: readonly BlockTransaction[]): Uint8Array {
  return trieRoot(txs.map((t, i) => [indexKey(i), t.encoded] as const));
}

export function withdrawalsRoot(ws: readonly Withdrawal[]): Uint8Array {
  return trieRoot(ws.map((w, i) => [indexKey(i), rlpEncode(withdrawalRlp(w))] as const));
}

export function ommersHash(ommers: readonly BlockHeader[]): Uint8Array {
  return keccak_256(rlpEncode(ommers.map(headerFields)));
}

/** A trie root of values keyed by rlp(index) (receipts use it too). */
export function indexedRoot(values: readonly Uint8Array[]): Uint8Array {
  return trieRoot(values.map((v, i) => [indexKey(i), v] as const));
}
