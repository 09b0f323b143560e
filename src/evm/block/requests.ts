/**
 * EIP-7685 execution-layer requests: EIP-6110 deposits parsed from the deposit contract's
 * DepositEvent logs (with execution-specs' strict checks of the ABI layout), EIP-7002
 * withdrawal and EIP-7251 consolidation requests returned by their system contracts, and
 * the requests hash sha256(sha256(type || data) ...) over the non-empty ones.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToBigInt } from '../words.js';
import type { Log } from '../world-state.js';
import { InvalidBlockError } from './errors.js';
import { EMPTY_REQUESTS_HASH } from './header.js';

export const DEPOSIT_REQUEST_TYPE = 0x00;
export const WITHDRAWAL_REQUEST_TYPE = 0x01;
export const CONSOLIDATION_REQUEST_TYPE = 0x02;
const DEPOSIT_EVENT_TOPIC = 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5n;

// The DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature,
// bytes index) ABI layout: five offsets, then each value after its length word.
const EVENT_LENGTH = 576;
const FIELDS: readonly (readonly [offset: number, size: number])[] = [
  [160, 48],
  [256, 32],
  [320, 8],
  [384, 96],
  [512, 8],
];

/** The 192-byte deposit request a DepositEvent's data encodes. */
export function depositRequest(data: Uint8Array): Uint8Array {
  const bad = (what: string): never => {
    throw new InvalidBlockError('INVALID_DEPOSIT_EVENT_LAYOUT', `invalid deposit event: ${what}`);
  };
  if (data.length !== EVENT_LENGTH) bad(`data length ${data.length}, want ${EVENT_LENGTH}`);
  const word = (at: number) => bytesToBigInt(data.subarray(at, at + 32));
  const out = new Uint8Array(192);
  let o = 0;
  FIELDS.forEach(([offset, size], i) => {
    if (word(32 * i) !== BigInt(offset)) bad(`offset ${i}`);
    if (word(offset) !== BigInt(size)) bad(`size ${i}`);
    out.set(data.subarray(offset + 32, offset + 32 + size), o);
    o += size;
  });
  return out;
}

/** The deposit requests of a block's logs (type byte first), or undefined for none. */
export function depositRequests(logs: readonly Log[], depositContract: bigint): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  for (const l of logs)
    if (l.address === depositContract && l.topics[0] === DEPOSIT_EVENT_TOPIC)
      parts.push(depositRequest(l.data));
  if (parts.length === 0) return undefined;
  return withType(DEPOSIT_REQUEST_TYPE, concat(parts));
}

export function withType(type: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 1);
  out[0] = type;
  out.set(data, 1);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** EIP-7685: sha256 over the sha256 of each request with data (type byte included). */
export function requestsHash(requests: readonly Uint8Array[]): Uint8Array {
  const withData = requests.filter((r) => r.length > 1);
  if (withData.length === 0) return EMPTY_REQUESTS_HASH.slice();
  return sha256(concat(withData.map((r) => sha256(r))));
}
