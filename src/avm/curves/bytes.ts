/**
 * snarkVM's canonical little-endian encodings (utilities/src/serialize, curves/src/templates/
 * macros.rs) of the values Varuna keys and proofs hold: u64 lengths, Fr (32 bytes, < r), and
 * G1 points compressed (x with SWFlags in the two top bits of the last byte: bit 6 infinity,
 * bit 7 "y is the greater root") or uncompressed (x, then y carrying the flags), G2 uncompressed
 * (x.c0, x.c1, y.c0, y.c1). Decoding is strict: non-canonical field elements, points off the
 * curve or outside the prime-order subgroup, and (true, true) flags are refused.
 */
import { G1_ZERO, type G1Affine, type G2Affine, g1FromX, isInSubgroupG1, isOnCurveG1 } from './bls12-377.js';
import { VarunaDecodeError } from './errors.js';
import { FQ_BYTES, Fq, FR_BYTES, Fr } from './fields.js';

const INFINITY = 0x40;
const POSITIVE = 0x80;

function leToBigint(b: Uint8Array, from: number, n: number): bigint {
  let v = 0n;
  for (let i = from + n - 1; i >= from; i--) v = (v << 8n) | BigInt(b[i] as number);
  return v;
}

function bigintToLe(v: bigint, out: Uint8Array, at: number, n: number): void {
  let x = v;
  for (let i = 0; i < n; i++) {
    out[at + i] = Number(x & 0xffn);
    x >>= 8n;
  }
}

export class ByteReader {
  pos = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly label: string,
  ) {}
  private take(n: number): number {
    if (this.pos + n > this.bytes.length)
      throw new VarunaDecodeError(`${this.label}: ends after ${this.bytes.length} bytes, ${n} more needed`);
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u8(): number {
    return this.bytes[this.take(1)] as number;
  }
  u64(): bigint {
    return leToBigint(this.bytes, this.take(8), 8);
  }
  /** A u64 count that must stay below `max` (lengths come off the wire). */
  count(what: string, max: number): number {
    const n = this.u64();
    if (n > BigInt(max)) throw new VarunaDecodeError(`${this.label}: ${what} ${n} exceeds ${max}`);
    return Number(n);
  }
  bool(): boolean {
    const b = this.u8();
    if (b > 1) throw new VarunaDecodeError(`${this.label}: byte ${b} at ${this.pos - 1} is not a boolean`);
    return b === 1;
  }
  fr(): bigint {
    const v = leToBigint(this.bytes, this.take(FR_BYTES), FR_BYTES);
    if (v >= Fr.p)
      throw new VarunaDecodeError(`${this.label}: field element at ${this.pos - FR_BYTES} is not canonical`);
    return v;
  }
  private fqWithFlags(): { v: bigint; flags: number } {
    const at = this.take(FQ_BYTES);
    const flags = (this.bytes[at + FQ_BYTES - 1] as number) & (INFINITY | POSITIVE);
    const v =
      leToBigint(this.bytes, at, FQ_BYTES) & ~(BigInt(INFINITY | POSITIVE) << BigInt(8 * FQ_BYTES - 8));
    if (v >= Fq.p) throw new VarunaDecodeError(`${this.label}: coordinate at ${at} is not canonical`);
    if (flags === (INFINITY | POSITIVE))
      throw new VarunaDecodeError(`${this.label}: invalid point flags at ${at}`);
    return { v, flags };
  }
  private fq(): bigint {
    const at = this.take(FQ_BYTES);
    const v = leToBigint(this.bytes, at, FQ_BYTES);
    if (v >= Fq.p) throw new VarunaDecodeError(`${this.label}: coordinate at ${at} is not canonical`);
    return v;
  }
  /** A compressed G1 point, checked to be in the prime-order subgroup. */
  g1(): G1Affine {
    const at = this.pos;
    const { v, flags } = this.fqWithFlags();
    if (flags & INFINITY) {
      if (v !== 0n) throw new VarunaDecodeError(`${this.label}: point at infinity at ${at} has a non-zero x`);
      return G1_ZERO;
    }
    const p = g1FromX(v, (flags & POSITIVE) !== 0, `${this.label} at ${at}`);
    if (!isInSubgroupG1(p))
      throw new VarunaDecodeError(`${this.label}: point at ${at} is not in G1's subgroup`);
    return p;
  }
  /** An uncompressed G1 point (the SRS files), checked to be on the curve. */
  g1Uncompressed(): G1Affine {
    const at = this.pos;
    const x = this.fq();
    const { v: y, flags } = this.fqWithFlags();
    const p = { x, y, infinity: (flags & INFINITY) !== 0 };
    if (p.infinity) return G1_ZERO;
    if (!isOnCurveG1(p)) throw new VarunaDecodeError(`${this.label}: point at ${at} is not on G1`);
    return p;
  }
  /** An uncompressed G2 point (the SRS files). */
  g2Uncompressed(): G2Affine {
    const x: [bigint, bigint] = [this.fq(), this.fq()];
    const c0 = this.fq();
    const { v: c1, flags } = this.fqWithFlags();
    return { x, y: [c0, c1], infinity: (flags & INFINITY) !== 0 };
  }
  bytesN(n: number): Uint8Array {
    const at = this.take(n);
    return this.bytes.slice(at, at + n);
  }
  end(): void {
    if (this.pos !== this.bytes.length)
      throw new VarunaDecodeError(
        `${this.label}: ${this.bytes.length - this.pos} trailing bytes after ${this.pos}`,
      );
  }
}

export class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;
  /** Reserves n bytes and returns their offset; may replace `buf`, so callers read `buf` after it. */
  private room(n: number): number {
    if (this.len + n > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    const at = this.len;
    this.len += n;
    return at;
  }
  u8(v: number): this {
    const at = this.room(1);
    this.buf[at] = v;
    return this;
  }
  u64(v: bigint | number): this {
    const at = this.room(8);
    bigintToLe(BigInt(v), this.buf, at, 8);
    return this;
  }
  bool(v: boolean): this {
    return this.u8(v ? 1 : 0);
  }
  fr(v: bigint): this {
    const at = this.room(FR_BYTES);
    bigintToLe(v, this.buf, at, FR_BYTES);
    return this;
  }
  g1(p: G1Affine): this {
    const at = this.room(FQ_BYTES);
    if (p.infinity) {
      this.buf[at + FQ_BYTES - 1] = INFINITY;
      return this;
    }
    bigintToLe(p.x, this.buf, at, FQ_BYTES);
    if (p.y > Fq.neg(p.y)) this.buf[at + FQ_BYTES - 1] = (this.buf[at + FQ_BYTES - 1] as number) | POSITIVE;
    return this;
  }
  raw(b: Uint8Array): this {
    const at = this.room(b.length);
    this.buf.set(b, at);
    return this;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
