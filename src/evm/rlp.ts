/**
 * Recursive Length Prefix encoding, Ethereum Yellow Paper appendix B.
 * `rlpDecode` is strict: it rejects every non-canonical form (a single byte below 0x80
 * wrapped in a string header, a long form for a payload under 56 bytes, a length with
 * leading zeros, trailing bytes, a length running past the end) with an `RlpError`.
 */
import { InvalidArgumentError, PolyvmError, type PolyvmErrorOptions } from '../core/errors.js';

export type RlpInput = Uint8Array | readonly RlpInput[];

/** Malformed or non-canonical RLP; `details` names the offset. */
export class RlpError extends PolyvmError {
  override name = 'RlpError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('RLP_INVALID', shortMessage, options);
  }
}

/** Nesting deeper than this is rejected rather than risking the call stack. */
export const RLP_MAX_DEPTH = 1024;

/** Big-endian bytes of `n` without leading zeros; 0n gives an empty array. */
export function bigIntToMinimalBytes(n: bigint): Uint8Array {
  if (typeof n !== 'bigint' || n < 0n) {
    throw new InvalidArgumentError(`bigIntToMinimalBytes: expected a non-negative bigint, got ${String(n)}`);
  }
  if (n === 0n) return new Uint8Array(0);
  if (n <= 0xffffffffffffn) {
    // Below 2^48 (nonces, most balances and storage values): plain number arithmetic.
    let v = Number(n);
    let len = 0;
    for (let t = v; t > 0; t = Math.floor(t / 256)) len++;
    const out = new Uint8Array(len);
    for (let i = len - 1; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
    return out;
  }
  let hex = n.toString(16);
  if (hex.length & 1) hex = `0${hex}`;
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function lengthOfLength(len: number): number {
  let n = 0;
  for (let v = len; v > 0; v = Math.floor(v / 256)) n++;
  return n;
}

function headerLength(payload: number): number {
  return payload < 56 ? 1 : 1 + lengthOfLength(payload);
}

/** Writes a string/list header for a payload of `len` bytes at `pos`; returns the new position. */
export function writeHeader(out: Uint8Array, pos: number, len: number, base: 0x80 | 0xc0): number {
  if (len < 56) {
    out[pos] = base + len;
    return pos + 1;
  }
  const lol = lengthOfLength(len);
  out[pos] = base + 55 + lol;
  for (let i = lol, v = len; i > 0; i--, v = Math.floor(v / 256)) out[pos + i] = v % 256;
  return pos + 1 + lol;
}

function encodedLength(input: RlpInput, depth: number): number {
  if (input instanceof Uint8Array) {
    if (input.length === 1 && input[0]! < 0x80) return 1;
    return headerLength(input.length) + input.length;
  }
  if (!Array.isArray(input)) throw new InvalidArgumentError('rlpEncode: expected a Uint8Array or an array');
  if (depth >= RLP_MAX_DEPTH)
    throw new InvalidArgumentError(`rlpEncode: nesting deeper than ${RLP_MAX_DEPTH}`);
  let payload = 0;
  for (const item of input as readonly RlpInput[]) payload += encodedLength(item, depth + 1);
  return headerLength(payload) + payload;
}

function payloadLength(input: readonly RlpInput[]): number {
  let payload = 0;
  for (const item of input) payload += encodedLength(item, 1);
  return payload;
}

function write(out: Uint8Array, pos: number, input: RlpInput): number {
  if (input instanceof Uint8Array) {
    if (input.length === 1 && input[0]! < 0x80) {
      out[pos] = input[0]!;
      return pos + 1;
    }
    const p = writeHeader(out, pos, input.length, 0x80);
    out.set(input, p);
    return p + input.length;
  }
  let p = writeHeader(out, pos, payloadLength(input), 0xc0);
  for (const item of input) p = write(out, p, item);
  return p;
}

/** The RLP encoding of a byte string or a (nested) list of them. */
export function rlpEncode(input: RlpInput): Uint8Array {
  const out = new Uint8Array(encodedLength(input, 0));
  write(out, 0, input);
  return out;
}

interface Item {
  /** Offset of the payload and its length; `list` tells the kind. */
  start: number;
  len: number;
  list: boolean;
  /** Offset just past the item. */
  end: number;
}

function readLength(data: Uint8Array, pos: number, lol: number): number {
  if (pos + lol > data.length)
    throw new RlpError('RLP: length field runs past the end', { details: `at offset ${pos}` });
  if (data[pos] === 0)
    throw new RlpError('RLP: length with a leading zero byte', { details: `at offset ${pos}` });
  let len = 0;
  for (let i = 0; i < lol; i++) len = len * 256 + data[pos + i]!;
  if (len < 56)
    throw new RlpError('RLP: long form used for a payload under 56 bytes', {
      details: `at offset ${pos - 1}`,
    });
  return len;
}

function readItem(data: Uint8Array, pos: number, limit: number): Item {
  const b = data[pos]!;
  let start: number;
  let len: number;
  let list = false;
  if (b < 0x80) {
    return { start: pos, len: 1, list: false, end: pos + 1 };
  } else if (b <= 0xb7) {
    start = pos + 1;
    len = b - 0x80;
    if (len === 1 && start < limit && data[start]! < 0x80) {
      throw new RlpError('RLP: single byte below 0x80 must not have a string header', {
        details: `at offset ${pos}`,
      });
    }
  } else if (b <= 0xbf) {
    const lol = b - 0xb7;
    len = readLength(data, pos + 1, lol);
    start = pos + 1 + lol;
  } else if (b <= 0xf7) {
    start = pos + 1;
    len = b - 0xc0;
    list = true;
  } else {
    const lol = b - 0xf7;
    len = readLength(data, pos + 1, lol);
    start = pos + 1 + lol;
    list = true;
  }
  if (start + len > limit) {
    throw new RlpError('RLP: item runs past the end of its container', {
      details: `item at offset ${pos} needs ${len} bytes from offset ${start}, container ends at ${limit}`,
    });
  }
  return { start, len, list, end: start + len };
}

function decodeAt(data: Uint8Array, pos: number, limit: number, depth: number): [RlpInput, number] {
  const item = readItem(data, pos, limit);
  if (!item.list) return [data.slice(item.start, item.end), item.end];
  if (depth >= RLP_MAX_DEPTH)
    throw new RlpError(`RLP: nesting deeper than ${RLP_MAX_DEPTH}`, { details: `at offset ${pos}` });
  const out: RlpInput[] = [];
  let p = item.start;
  while (p < item.end) {
    const [child, next] = decodeAt(data, p, item.end, depth + 1);
    out.push(child);
    p = next;
  }
  return [out, item.end];
}

/** Decodes exactly one RLP item that spans all of `data`. */
export function rlpDecode(data: Uint8Array): RlpInput {
  if (!(data instanceof Uint8Array)) throw new InvalidArgumentError('rlpDecode: expected a Uint8Array');
  if (data.length === 0) throw new RlpError('RLP: empty input');
  const [value, end] = decodeAt(data, 0, data.length, 0);
  if (end !== data.length) {
    throw new RlpError('RLP: trailing bytes after the item', {
      details: `item ends at ${end}, input has ${data.length} bytes`,
    });
  }
  return value;
}

/** The items of concatenated RLP (a chain.rlp file, as `geth import` reads it), each one's bytes. */
export function rlpSplit(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let pos = 0; pos < data.length; ) {
    const { end } = readItem(data, pos, data.length);
    out.push(data.subarray(pos, end));
    pos = end;
  }
  return out;
}
