/**
 * Transactions (neo `Network/P2P/Payloads/Transaction.cs`, `Witness.cs`, attributes): the
 * unsigned serialization whose Hash256 is the transaction hash, the witnesses, and the
 * stack-item form `GetScriptContainer` and the Ledger return. Attributes are kept as their
 * type and raw payload; the engine reads OracleResponse and NotaryAssisted from them.
 */
import { ArrayItem, ByteStringItem, integer, integerOf } from '../../neovm/index.js';
import { sha256 } from '../crypto/hash.js';
import { NeoFormatError } from '../errors.js';
import { BinaryReader, BinaryWriter } from '../io/binary.js';
import type { UInt160, UInt256 } from '../uint.js';
import { checkSigners, readSigner, type Signer, writeSigner } from './signer.js';

export interface Witness {
  readonly invocationScript: Uint8Array;
  readonly verificationScript: Uint8Array;
}

export const AttributeType = {
  HighPriority: 0x01,
  OracleResponse: 0x11,
  NotValidBefore: 0x20,
  Conflicts: 0x21,
  NotaryAssisted: 0x22,
} as const;

/** An attribute: its type byte and the bytes after it. */
export interface TransactionAttribute {
  readonly type: number;
  readonly data: Uint8Array;
}

export interface Transaction {
  readonly version: number;
  readonly nonce: number;
  readonly systemFee: bigint;
  readonly networkFee: bigint;
  readonly validUntilBlock: number;
  readonly signers: readonly Signer[];
  readonly attributes: readonly TransactionAttribute[];
  readonly script: Uint8Array;
  readonly witnesses: readonly Witness[];
}

export const MAX_TRANSACTION_SIZE = 102400;
export const MAX_TRANSACTION_ATTRIBUTES = 16;

export function writeWitness(w: BinaryWriter, x: Witness): void {
  w.writeVarBytes(x.invocationScript).writeVarBytes(x.verificationScript);
}

export function readWitness(r: BinaryReader): Witness {
  return { invocationScript: r.readVarBytes(1024).slice(), verificationScript: r.readVarBytes(1024).slice() };
}

function attributeSize(r: BinaryReader, type: number): number {
  switch (type) {
    case AttributeType.HighPriority:
      return 0;
    case AttributeType.OracleResponse: {
      const start = r.position;
      r.readBytes(8 + 1);
      r.readVarBytes(0xffff);
      const n = r.position - start;
      r.position = start;
      return n;
    }
    case AttributeType.NotValidBefore:
      return 4;
    case AttributeType.Conflicts:
      return 32;
    case AttributeType.NotaryAssisted:
      return 1;
  }
  throw new NeoFormatError(`Invalid TransactionAttributeType(${type})`);
}

function readAttribute(r: BinaryReader): TransactionAttribute {
  const type = r.readByte();
  return { type, data: r.readBytes(attributeSize(r, type)).slice() };
}

export function writeUnsigned(w: BinaryWriter, tx: Transaction): void {
  w.writeByte(tx.version).writeUInt32(tx.nonce).writeUInt64(tx.systemFee).writeUInt64(tx.networkFee);
  w.writeUInt32(tx.validUntilBlock).writeArray(tx.signers, writeSigner);
  w.writeArray(tx.attributes, (x, a) => x.writeByte(a.type).writeBytes(a.data)).writeVarBytes(tx.script);
}

export function serializeTransaction(tx: Transaction): Uint8Array {
  const w = new BinaryWriter();
  writeUnsigned(w, tx);
  w.writeArray(tx.witnesses, writeWitness);
  return w.toBytes();
}

export function readTransaction(r: BinaryReader): Transaction {
  const version = r.readByte();
  if (version > 0) throw new NeoFormatError(`Invalid version: ${version}.`);
  const nonce = r.readUInt32();
  const systemFee = r.readInt64();
  if (systemFee < 0n) throw new NeoFormatError(`Invalid system fee: ${systemFee}.`);
  const networkFee = r.readInt64();
  if (networkFee < 0n) throw new NeoFormatError(`Invalid network fee: ${networkFee}.`);
  const validUntilBlock = r.readUInt32();
  const signers = r.readArray(readSigner, MAX_TRANSACTION_ATTRIBUTES);
  checkSigners(signers);
  const attributes = r.readArray(readAttribute, MAX_TRANSACTION_ATTRIBUTES - signers.length);
  const script = r.readVarBytes(0xffff).slice();
  if (script.length === 0) throw new NeoFormatError('Script in Transaction is empty');
  const witnesses = r.readArray(readWitness, signers.length);
  if (witnesses.length !== signers.length) {
    throw new NeoFormatError(`Witnesses.Length(${witnesses.length}) != Signers.Length(${signers.length})`);
  }
  return { version, nonce, systemFee, networkFee, validUntilBlock, signers, attributes, script, witnesses };
}

export function deserializeTransaction(bytes: Uint8Array): Transaction {
  return readTransaction(new BinaryReader(bytes));
}

const hashes = new WeakMap<Transaction, UInt256>();

export function transactionHash(tx: Transaction): UInt256 {
  let h = hashes.get(tx);
  if (h === undefined) {
    const w = new BinaryWriter();
    writeUnsigned(w, tx);
    h = sha256(w.toBytes());
    hashes.set(tx, h);
  }
  return h;
}

export function transactionSender(tx: Transaction): UInt160 {
  const s = tx.signers[0];
  if (s === undefined) throw new NeoFormatError('Sender is not specified in the transaction.');
  return s.account;
}

export function transactionSize(tx: Transaction): number {
  return serializeTransaction(tx).length;
}

/** The stack-item form (neo's `Transaction.ToStackItem`). */
export function transactionToStackItem(tx: Transaction): ArrayItem {
  return new ArrayItem([
    new ByteStringItem(transactionHash(tx)),
    integerOf(tx.version),
    integer(BigInt(tx.nonce)),
    new ByteStringItem(transactionSender(tx)),
    integer(tx.systemFee),
    integer(tx.networkFee),
    integer(BigInt(tx.validUntilBlock)),
    new ByteStringItem(tx.script),
  ]);
}

export function getAttribute(tx: Transaction, type: number): TransactionAttribute | undefined {
  return tx.attributes.find((a) => a.type === type);
}

/** The sign data of a hash: network (u32 LE) then the hash (neo's `GetSignData`). */
export function signData(hash: UInt256, network: number): Uint8Array {
  const out = new Uint8Array(36);
  new DataView(out.buffer).setUint32(0, network >>> 0, true);
  out.set(hash, 4);
  return out;
}

/** The id of an OracleResponse attribute (its first 8 bytes, little-endian). */
export function oracleResponseId(attr: TransactionAttribute): bigint {
  return new BinaryReader(attr.data).readUInt64();
}
