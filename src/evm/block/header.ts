/**
 * Block headers (Yellow Paper 4.3 and the fields forks appended: EIP-1559 base fee,
 * EIP-4895 withdrawals root, EIP-4844 blob gas used and excess, EIP-4788 parent beacon
 * root, EIP-7685 requests hash): RLP encoding, strict decoding and the block hash.
 */
import { keccak_256 } from '../../core/keccak.js';
import { bigIntToMinimalBytes, type RlpInput, rlpDecode, rlpEncode } from '../rlp.js';
import { EMPTY_TRIE_ROOT } from '../trie/index.js';
import { addressToBytes, bytesToBigInt } from '../words.js';
import { InvalidBlockError } from './errors.js';

export interface BlockHeader {
  parentHash: Uint8Array;
  ommersHash: Uint8Array;
  coinbase: bigint;
  stateRoot: Uint8Array;
  transactionsRoot: Uint8Array;
  receiptsRoot: Uint8Array;
  logsBloom: Uint8Array;
  difficulty: bigint;
  number: bigint;
  gasLimit: bigint;
  gasUsed: bigint;
  timestamp: bigint;
  extraData: Uint8Array;
  /** PREVRANDAO after the merge. */
  mixHash: Uint8Array;
  nonce: Uint8Array;
  baseFeePerGas?: bigint;
  withdrawalsRoot?: Uint8Array;
  blobGasUsed?: bigint;
  excessBlobGas?: bigint;
  parentBeaconBlockRoot?: Uint8Array;
  requestsHash?: Uint8Array;
}

/** keccak256(rlp([])): the ommers hash of a block without ommers. */
export const EMPTY_OMMERS_HASH: Uint8Array = keccak_256(rlpEncode([]));
/** sha256 of nothing: the requests hash of a block without requests (EIP-7685). */
export const EMPTY_REQUESTS_HASH = Uint8Array.from(
  Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'),
);
export { EMPTY_TRIE_ROOT };

const int = bigIntToMinimalBytes;

/** The header's RLP fields in order, optional ones as far as they are present. */
export function headerFields(h: BlockHeader): RlpInput[] {
  const f: RlpInput[] = [
    h.parentHash,
    h.ommersHash,
    addressToBytes(h.coinbase),
    h.stateRoot,
    h.transactionsRoot,
    h.receiptsRoot,
    h.logsBloom,
    int(h.difficulty),
    int(h.number),
    int(h.gasLimit),
    int(h.gasUsed),
    int(h.timestamp),
    h.extraData,
    h.mixHash,
    h.nonce,
  ];
  const optional: (RlpInput | undefined)[] = [
    h.baseFeePerGas === undefined ? undefined : int(h.baseFeePerGas),
    h.withdrawalsRoot,
    h.blobGasUsed === undefined ? undefined : int(h.blobGasUsed),
    h.excessBlobGas === undefined ? undefined : int(h.excessBlobGas),
    h.parentBeaconBlockRoot,
    h.requestsHash,
  ];
  for (const o of optional) {
    if (o === undefined) break;
    f.push(o);
  }
  return f;
}

export function encodeHeader(h: BlockHeader): Uint8Array {
  return rlpEncode(headerFields(h));
}

export function headerHash(h: BlockHeader): Uint8Array {
  return keccak_256(encodeHeader(h));
}

const bad = (what: string): never => {
  throw new InvalidBlockError('RLP_STRUCTURES_ENCODING', `invalid block header: ${what}`);
};

function str(item: RlpInput | undefined, field: string, len?: number): Uint8Array {
  if (!(item instanceof Uint8Array)) return bad(`${field}: expected a string`);
  if (len !== undefined && item.length !== len) bad(`${field}: expected ${len} bytes, got ${item.length}`);
  return item;
}

function num(item: RlpInput | undefined, field: string, bits = 64): bigint {
  const b = str(item, field);
  if (b.length > 0 && b[0] === 0) bad(`${field}: non-canonical integer`);
  if (b.length * 8 > bits) bad(`${field}: larger than ${bits} bits`);
  return bytesToBigInt(b);
}

/** A header from its decoded RLP list. */
export function headerFromRlp(item: RlpInput): BlockHeader {
  if (item instanceof Uint8Array) return bad('expected a list');
  const f = item;
  if (f.length < 15 || f.length > 21) bad(`expected 15 to 21 fields, got ${f.length}`);
  const h: BlockHeader = {
    parentHash: str(f[0], 'parentHash', 32),
    ommersHash: str(f[1], 'ommersHash', 32),
    coinbase: bytesToBigInt(str(f[2], 'coinbase', 20)),
    stateRoot: str(f[3], 'stateRoot', 32),
    transactionsRoot: str(f[4], 'transactionsRoot', 32),
    receiptsRoot: str(f[5], 'receiptsRoot', 32),
    logsBloom: str(f[6], 'logsBloom', 256),
    difficulty: num(f[7], 'difficulty', 256),
    number: num(f[8], 'number', 256),
    gasLimit: num(f[9], 'gasLimit'),
    gasUsed: num(f[10], 'gasUsed'),
    timestamp: num(f[11], 'timestamp'),
    extraData: str(f[12], 'extraData'),
    mixHash: str(f[13], 'mixHash', 32),
    nonce: str(f[14], 'nonce', 8),
  };
  if (f.length > 15) h.baseFeePerGas = num(f[15], 'baseFeePerGas', 256);
  if (f.length > 16) h.withdrawalsRoot = str(f[16], 'withdrawalsRoot', 32);
  if (f.length > 17) h.blobGasUsed = num(f[17], 'blobGasUsed');
  if (f.length > 18) h.excessBlobGas = num(f[18], 'excessBlobGas');
  if (f.length > 19) h.parentBeaconBlockRoot = str(f[19], 'parentBeaconBlockRoot', 32);
  if (f.length > 20) h.requestsHash = str(f[20], 'requestsHash', 32);
  return h;
}

export function decodeHeader(rlp: Uint8Array): BlockHeader {
  let item: RlpInput;
  try {
    item = rlpDecode(rlp);
  } catch (e) {
    return bad((e as Error).message);
  }
  return headerFromRlp(item);
}
