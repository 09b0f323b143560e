/**
 * Block headers and blocks (neo `Header.cs`, `Block.cs`, `TrimmedBlock.cs`): the unsigned
 * header whose Hash256 is the block hash, the trimmed form the Ledger stores (header and
 * transaction hashes), and the stack-item form `getBlock` returns.
 */
import { ArrayItem, ByteStringItem, integer, integerOf } from '../../neovm/index.js';
import { hash256, sha256 } from '../crypto/hash.js';
import { NeoFormatError } from '../errors.js';
import { BinaryReader, BinaryWriter } from '../io/binary.js';
import { UINT256_ZERO, type UInt160, type UInt256 } from '../uint.js';
import { readWitness, type Transaction, transactionHash, type Witness, writeWitness } from './transaction.js';

export interface Header {
  readonly version: number;
  readonly prevHash: UInt256;
  readonly merkleRoot: UInt256;
  readonly timestamp: bigint;
  readonly nonce: bigint;
  readonly index: number;
  readonly primaryIndex: number;
  readonly nextConsensus: UInt160;
  readonly witness: Witness;
}

export interface Block {
  readonly header: Header;
  readonly transactions: readonly Transaction[];
  /** The header's index, for convenience. */
  readonly index: number;
}

export function makeBlock(header: Header, transactions: readonly Transaction[]): Block {
  return { header, transactions, index: header.index };
}

export interface TrimmedBlock {
  readonly header: Header;
  readonly hashes: readonly UInt256[];
}

function writeUnsignedHeader(w: BinaryWriter, h: Header): void {
  w.writeUInt32(h.version).writeBytes(h.prevHash).writeBytes(h.merkleRoot).writeUInt64(h.timestamp);
  w.writeUInt64(h.nonce).writeUInt32(h.index).writeByte(h.primaryIndex).writeBytes(h.nextConsensus);
}

const hashes = new WeakMap<Header, UInt256>();

export function headerHash(h: Header): UInt256 {
  let hash = hashes.get(h);
  if (hash === undefined) {
    const w = new BinaryWriter();
    writeUnsignedHeader(w, h);
    hash = sha256(w.toBytes());
    hashes.set(h, hash);
  }
  return hash;
}

export function writeHeader(w: BinaryWriter, h: Header): void {
  writeUnsignedHeader(w, h);
  w.writeVarInt(1);
  writeWitness(w, h.witness);
}

export function readHeader(r: BinaryReader): Header {
  const version = r.readUInt32();
  if (version > 0) throw new NeoFormatError(`Invalid version ${version}`);
  const prevHash = r.readBytes(32).slice();
  const merkleRoot = r.readBytes(32).slice();
  const timestamp = r.readUInt64();
  const nonce = r.readUInt64();
  const index = r.readUInt32();
  const primaryIndex = r.readByte();
  const nextConsensus = r.readBytes(20).slice();
  if (r.readVarInt(1) !== 1) throw new NeoFormatError('Expected 1 witness');
  const witness = readWitness(r);
  return { version, prevHash, merkleRoot, timestamp, nonce, index, primaryIndex, nextConsensus, witness };
}

export function serializeTrimmedBlock(b: TrimmedBlock): Uint8Array {
  const w = new BinaryWriter();
  writeHeader(w, b.header);
  w.writeArray(b.hashes, (x, h) => x.writeBytes(h));
  return w.toBytes();
}

export function deserializeTrimmedBlock(bytes: Uint8Array): TrimmedBlock {
  const r = new BinaryReader(bytes);
  const header = readHeader(r);
  return { header, hashes: r.readArray((x) => x.readBytes(32).slice(), 0xffff) };
}

export function trimBlock(b: Block): TrimmedBlock {
  return { header: b.header, hashes: b.transactions.map(transactionHash) };
}

export function trimmedBlockToStackItem(b: TrimmedBlock): ArrayItem {
  const h = b.header;
  return new ArrayItem([
    new ByteStringItem(headerHash(h)),
    integerOf(h.version),
    new ByteStringItem(h.prevHash),
    new ByteStringItem(h.merkleRoot),
    integer(h.timestamp),
    integer(h.nonce),
    integer(BigInt(h.index)),
    integerOf(h.primaryIndex),
    new ByteStringItem(h.nextConsensus),
    integerOf(b.hashes.length),
  ]);
}

/** The Merkle root of transaction hashes (neo `MerkleTree.ComputeRoot`; zero for none). */
export function merkleRoot(hashesIn: readonly UInt256[]): UInt256 {
  if (hashesIn.length === 0) return UINT256_ZERO;
  let level: Uint8Array[] = hashesIn.map((h) => h.slice());
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i]!;
      const b = level[i + 1] ?? a;
      const buf = new Uint8Array(64);
      buf.set(a);
      buf.set(b, 32);
      next.push(hash256(buf));
    }
    level = next;
  }
  return level[0]!;
}
