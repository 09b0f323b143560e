/**
 * Transaction receipts (Yellow Paper 4.3.1, EIP-658 status from Byzantium, EIP-2718 typed
 * envelopes) and the 2048-bit logs bloom: each log's address and topics set three bits,
 * taken from the first six bytes of their keccak256.
 */
import { keccak_256 } from '../../core/keccak.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import type { TxType } from '../tx/types.js';
import { addressToBytes, bigIntToBytes32 } from '../words.js';
import type { Log } from '../world-state.js';
import { indexedRoot } from './body.js';

export interface Receipt {
  type: TxType;
  /** 1 for success, 0 for failure (Byzantium on). */
  status?: number;
  /** The state root after the transaction (before Byzantium). */
  postState?: Uint8Array;
  cumulativeGasUsed: bigint;
  logsBloom: Uint8Array;
  logs: Log[];
}

export const BLOOM_BYTES = 256;

function addToBloom(bloom: Uint8Array, data: Uint8Array): void {
  const h = keccak_256(data);
  for (let i = 0; i < 6; i += 2) {
    const bit = ((h[i]! << 8) | h[i + 1]!) & 2047;
    bloom[BLOOM_BYTES - 1 - (bit >> 3)]! |= 1 << (bit & 7);
  }
}

export function logsBloom(logs: readonly Log[]): Uint8Array {
  const bloom = new Uint8Array(BLOOM_BYTES);
  for (const l of logs) {
    addToBloom(bloom, addressToBytes(l.address));
    for (const t of l.topics) addToBloom(bloom, bigIntToBytes32(t));
  }
  return bloom;
}

/** The OR of blooms (the block's bloom from its receipts'). */
export function mergeBlooms(blooms: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(BLOOM_BYTES);
  for (const b of blooms) for (let i = 0; i < BLOOM_BYTES; i++) out[i]! |= b[i]!;
  return out;
}

export function encodeReceipt(r: Receipt): Uint8Array {
  const outcome = r.postState ?? bigIntToMinimalBytes(BigInt(r.status ?? 0));
  const logs = r.logs.map((l) => [addressToBytes(l.address), l.topics.map(bigIntToBytes32), l.data]);
  const rlp = rlpEncode([outcome, bigIntToMinimalBytes(r.cumulativeGasUsed), r.logsBloom, logs]);
  if (r.type === 0) return rlp;
  const out = new Uint8Array(rlp.length + 1);
  out[0] = r.type;
  out.set(rlp, 1);
  return out;
}

export function receiptsRoot(receipts: readonly Receipt[]): Uint8Array {
  return indexedRoot(receipts.map(encodeReceipt));
}
