/**
 * snarkVM's block header (ledger/block/src/header: mod.rs, merkle.rs, bytes.rs; metadata/
 * to_bits.rs, to_hash.rs, bytes.rs): six roots and the metadata, hashed as a BHP Merkle tree of
 * depth 3 whose eight leaves are HeaderLeaf(index, id): previous state root, transactions root,
 * finalize root, ratifications root, solutions root, subdag root, zero, metadata hash. The block
 * hash is BHP1024(previous block hash ‖ header root) (`blockHash` in state-path.ts).
 */
import { bhpHash } from '../crypto/bhp.js';
import { type Bits, bytesToBigintLe, pushUintBits } from '../crypto/bits.js';
import { AleoDecodeError } from '../crypto/errors.js';
import { bhpMerkleTree, type MerkleTree } from './merkle.js';
import { HEADER_DEPTH, headerLeafBits } from './state-path.js';

export interface Metadata {
  readonly network: number;
  readonly round: bigint;
  readonly height: number;
  readonly cumulativeWeight: bigint;
  readonly cumulativeProofTarget: bigint;
  readonly coinbaseTarget: bigint;
  readonly proofTarget: bigint;
  readonly lastCoinbaseTarget: bigint;
  readonly lastCoinbaseTimestamp: bigint;
  readonly timestamp: bigint;
}

export interface Header {
  readonly previousStateRoot: bigint;
  readonly transactionsRoot: bigint;
  readonly finalizeRoot: bigint;
  readonly ratificationsRoot: bigint;
  readonly solutionsRoot: bigint;
  readonly subdagRoot: bigint;
  readonly metadata: Metadata;
}

/** Metadata's fields in to_bits_le order with their widths (a leading 0u8 comes first). */
const METADATA_FIELDS: readonly (readonly [keyof Metadata, number])[] = [
  ['network', 16],
  ['round', 64],
  ['height', 32],
  ['cumulativeWeight', 128],
  ['cumulativeProofTarget', 128],
  ['coinbaseTarget', 64],
  ['proofTarget', 64],
  ['lastCoinbaseTarget', 64],
  ['lastCoinbaseTimestamp', 64],
  ['timestamp', 64],
];

/** Metadata::to_bits_le: 0u8, then the fields (696 bits). */
export function metadataBits(m: Metadata): Bits {
  const b: Bits = [];
  pushUintBits(b, 0n, 8);
  for (const [k, w] of METADATA_FIELDS) pushUintBits(b, BigInt(m[k]), w);
  return b;
}

/** Metadata::to_hash: BHP1024 of its bits. */
export const metadataHash = (m: Metadata): bigint => bhpHash('bhp1024', metadataBits(m));

/** The header's eight leaf ids by index (Header::to_tree). */
export const headerLeafIds = (h: Header): bigint[] => [
  h.previousStateRoot,
  h.transactionsRoot,
  h.finalizeRoot,
  h.ratificationsRoot,
  h.solutionsRoot,
  h.subdagRoot,
  0n,
  metadataHash(h.metadata),
];

/** Header::to_tree. */
export const headerTree = (h: Header): MerkleTree =>
  bhpMerkleTree(
    HEADER_DEPTH,
    headerLeafIds(h).map((id, index) => headerLeafBits({ index, id })),
  );

/** Header::read_le (version 1, six 32-byte fields, the metadata with its version 1); returns the bytes read too. */
export function decodeHeader(bytes: Uint8Array): { header: Header; length: number } {
  let at = 0;
  const take = (n: number): Uint8Array => {
    if (at + n > bytes.length) throw new AleoDecodeError('block header: unexpected end of bytes');
    const out = bytes.subarray(at, at + n);
    at += n;
    return out;
  };
  const version = (what: string) => {
    const v = take(1)[0];
    if (v !== 1) throw new AleoDecodeError(`${what}: version ${v}, expected 1`);
  };
  version('block header');
  const fields = [0, 1, 2, 3, 4, 5].map(() => bytesToBigintLe(take(32)));
  version('block metadata');
  const m: Record<string, bigint | number> = {};
  for (const [k, w] of METADATA_FIELDS) {
    const v = bytesToBigintLe(take(w / 8));
    // last_coinbase_timestamp and timestamp are i64.
    const signed = k === 'lastCoinbaseTimestamp' || k === 'timestamp';
    m[k] = k === 'network' || k === 'height' ? Number(v) : signed ? BigInt.asIntN(64, v) : v;
  }
  const [previousStateRoot, transactionsRoot, finalizeRoot, ratificationsRoot, solutionsRoot, subdagRoot] =
    fields as [bigint, bigint, bigint, bigint, bigint, bigint];
  return {
    header: {
      previousStateRoot,
      transactionsRoot,
      finalizeRoot,
      ratificationsRoot,
      solutionsRoot,
      subdagRoot,
      metadata: m as unknown as Metadata,
    },
    length: at,
  };
}
