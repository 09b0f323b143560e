/**
 * Neo's binary encoding (neo `IO/MemoryReader.cs`, `BinaryWriter` extensions): little-endian
 * integers, var-ints (0xfd/0xfe/0xff prefixes), var-bytes and strict UTF-8 var-strings, each
 * read checked against its bound so that truncated or oversized input is a FormatError.
 */
import { NeoFormatError } from '../errors.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Strict UTF-8 decoding (neo's `ToStrictUtf8String`). */
export function strictUtf8(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new NeoFormatError('Invalid UTF-8 sequence');
  }
}

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export class BinaryReader {
  position = 0;
  constructor(readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.position;
  }

  private ensure(n: number): void {
    if (this.position + n > this.data.length) {
      throw new NeoFormatError(
        `Position ${this.position} + Wanted ${n} is exceeded boundary(${this.data.length})`,
      );
    }
  }

  readByte(): number {
    this.ensure(1);
    return this.data[this.position++]!;
  }

  readBoolean(): boolean {
    const v = this.readByte();
    if (v > 1) throw new NeoFormatError(`Invalid boolean value: ${v}`);
    return v === 1;
  }

  readUInt16(): number {
    this.ensure(2);
    const d = this.data;
    const p = this.position;
    this.position += 2;
    return d[p]! | (d[p + 1]! << 8);
  }

  readUInt32(): number {
    this.ensure(4);
    const d = this.data;
    const p = this.position;
    this.position += 4;
    return (d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >>> 0;
  }

  readInt32(): number {
    return this.readUInt32() | 0;
  }

  readUInt64(): bigint {
    const lo = this.readUInt32();
    const hi = this.readUInt32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  readInt64(): bigint {
    return BigInt.asIntN(64, this.readUInt64());
  }

  readVarInt(max: number | bigint = Number.MAX_SAFE_INTEGER): number {
    const b = this.readByte();
    let value: bigint;
    if (b === 0xfd) value = BigInt(this.readUInt16());
    else if (b === 0xfe) value = BigInt(this.readUInt32());
    else if (b === 0xff) value = this.readUInt64();
    else value = BigInt(b);
    if (value > BigInt(max)) throw new NeoFormatError(`VarInt value is greater than max: ${value}/${max}`);
    return Number(value);
  }

  readBytes(n: number): Uint8Array {
    this.ensure(n);
    const out = this.data.subarray(this.position, this.position + n);
    this.position += n;
    return out;
  }

  readVarBytes(max = 0x1000000): Uint8Array {
    return this.readBytes(this.readVarInt(max));
  }

  readVarString(max = 0x1000000): string {
    return strictUtf8(this.readVarBytes(max));
  }

  /** A string in `length` bytes, zero-padded; the padding must be zeros. */
  readFixedString(length: number): string {
    const bytes = this.readBytes(length);
    let end = 0;
    while (end < length && bytes[end] !== 0) end++;
    for (let i = end; i < length; i++) {
      if (bytes[i] !== 0) throw new NeoFormatError(`The padding is not 0 at fixed string offset ${i}`);
    }
    return strictUtf8(bytes.subarray(0, end));
  }

  /** `count` items read by `read`, the count a var-int of at most `max`. */
  readArray<T>(read: (r: BinaryReader) => T, max = 0x1000000): T[] {
    const n = this.readVarInt(max);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(read(this));
    return out;
  }
}

export class BinaryWriter {
  private buf = new Uint8Array(256);
  length = 0;

  private grow(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  writeByte(v: number): this {
    this.grow(1);
    this.buf[this.length++] = v & 0xff;
    return this;
  }

  writeBoolean(v: boolean): this {
    return this.writeByte(v ? 1 : 0);
  }

  writeUInt16(v: number): this {
    this.grow(2);
    this.buf[this.length++] = v & 0xff;
    this.buf[this.length++] = (v >>> 8) & 0xff;
    return this;
  }

  writeUInt32(v: number): this {
    this.grow(4);
    for (let i = 0; i < 4; i++) this.buf[this.length++] = (v >>> (8 * i)) & 0xff;
    return this;
  }

  writeUInt64(v: bigint): this {
    const u = BigInt.asUintN(64, v);
    this.writeUInt32(Number(u & 0xffffffffn));
    return this.writeUInt32(Number(u >> 32n));
  }

  writeVarInt(v: number | bigint): this {
    const n = BigInt(v);
    if (n < 0xfdn) return this.writeByte(Number(n));
    if (n <= 0xffffn) return this.writeByte(0xfd).writeUInt16(Number(n));
    if (n <= 0xffffffffn) return this.writeByte(0xfe).writeUInt32(Number(n));
    return this.writeByte(0xff).writeUInt64(n);
  }

  writeBytes(bytes: Uint8Array): this {
    this.grow(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  writeVarBytes(bytes: Uint8Array): this {
    return this.writeVarInt(bytes.length).writeBytes(bytes);
  }

  writeVarString(text: string): this {
    return this.writeVarBytes(utf8(text));
  }

  /** UTF-8 of `text` zero-padded to `length` bytes (it must fit). */
  writeFixedString(text: string, length: number): this {
    const bytes = utf8(text);
    if (bytes.length > length) throw new NeoFormatError(`string longer than ${length} bytes: ${text}`);
    this.writeBytes(bytes);
    return this.writeBytes(new Uint8Array(length - bytes.length));
  }

  writeArray<T>(items: readonly T[], write: (w: BinaryWriter, item: T) => void): this {
    this.writeVarInt(items.length);
    for (const item of items) write(this, item);
    return this;
  }

  toBytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Size of a var-int (neo's `GetVarSize`). */
export function varIntSize(n: number): number {
  return n < 0xfd ? 1 : n <= 0xffff ? 3 : n <= 0xffffffff ? 5 : 9;
}
