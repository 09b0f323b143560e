/**
 * What a stack slot holds: a 256-bit word as a BigInt in [0, 2^256), or as a number when it
 * is an integer in [0, 2^53) (then exact in a float64). Either form may hold a small value;
 * the interpreter loop produces numbers where both operands are numbers and the result
 * fits, so offsets, counters, lengths and flags never allocate a BigInt, and everything
 * else stays a BigInt. Handlers read their operands through `big`.
 */
export type Word = bigint | number;

/** The largest word held as a number (2^53 - 1). */
export const MAX_SMALL = Number.MAX_SAFE_INTEGER;

/** BigInts of 0-256 (shift counts, bytes, flags), so that converting them allocates nothing. */
const SMALL_BIGS: readonly bigint[] = Array.from({ length: 257 }, (_, i) => BigInt(i));

/** `w` as a BigInt. */
export function big(w: Word): bigint {
  return typeof w === 'bigint' ? w : w <= 256 ? SMALL_BIGS[w]! : BigInt(w);
}

/** `w` as a number when it is below 2^53, else as is. */
export function small(w: bigint): Word {
  return w <= MAX_SMALL_BIG ? Number(w) : w;
}
const MAX_SMALL_BIG = BigInt(MAX_SMALL);

const TWO32 = 4294967296;
/** Scratch for moving 64-bit values between numbers and BigInts with one allocation at most. */
const scratch = new DataView(new ArrayBuffer(8));

/** The word hi * 2^32 + lo (hi, lo below 2^32): a number below 2^53, else a BigInt. */
export function fromHiLo(hi: number, lo: number): Word {
  if (hi < 0x20_0000) return hi * TWO32 + lo;
  scratch.setUint32(0, hi);
  scratch.setUint32(4, lo);
  return scratch.getBigUint64(0);
}

/** The low 32 bits of a BigInt word, without allocating. */
export function low32(w: bigint): number {
  scratch.setBigUint64(0, w);
  return scratch.getUint32(4);
}

/** The low 53 bits of a BigInt word, without allocating. */
export function low53(w: bigint): number {
  scratch.setBigUint64(0, w);
  return (scratch.getUint32(0) & 0x1f_ffff) * TWO32 + scratch.getUint32(4);
}

const U64_BIG = 0xffff_ffff_ffff_ffffn;

/**
 * a / b for a BigInt word below 2^64 and a number divisor b in [1, 2^21] or a power of two
 * up to 2^32, by long division on 32-bit halves in float arithmetic (every step exact);
 * undefined for other operands.
 */
export function divBySmall(a: bigint, b: number): Word | undefined {
  if (a > U64_BIG) return undefined;
  scratch.setBigUint64(0, a);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  if (b <= 0x20_0000) {
    const r = hi % b; // r * 2^32 + lo < 2^53
    const t = r * TWO32 + lo;
    return fromHiLo((hi - r) / b, (t - (t % b)) / b);
  }
  if (b > TWO32 || (b < TWO32 && (b & (b - 1)) !== 0)) return undefined;
  // b = 2^k, 21 < k <= 32
  const rest = hi % b;
  return fromHiLo((hi - rest) / b, rest * (TWO32 / b) + Math.floor(lo / b));
}

/**
 * The exact product of two numbers below 2^32 (up to 64 bits): 16-bit halves of `a` keep
 * every partial product below 2^53.
 */
export function mul32(a: number, b: number): Word {
  const cross = (a >>> 16) * b; // < 2^48
  const low = (a & 0xffff) * b; // < 2^48
  const l = (cross % 65536) * 65536 + low; // < 2^49
  return fromHiLo(Math.floor(cross / 65536) + Math.floor(l / TWO32), l % TWO32);
}

/** The 32-byte big-endian word at `o` of `d`, as a number when below 2^53. */
export function loadStackWord(d: DataView, o: number): Word {
  if ((d.getUint32(o) | d.getUint32(o + 4) | d.getUint32(o + 8) | d.getUint32(o + 12)) === 0) {
    if ((d.getUint32(o + 16) | d.getUint32(o + 20)) === 0) {
      const hi = d.getUint32(o + 24);
      return hi < 0x20_0000 ? hi * TWO32 + d.getUint32(o + 28) : d.getBigUint64(o + 24);
    }
    return (d.getBigUint64(o + 16) << 64n) | d.getBigUint64(o + 24);
  }
  return (
    (d.getBigUint64(o) << 192n) |
    (d.getBigUint64(o + 8) << 128n) |
    (d.getBigUint64(o + 16) << 64n) |
    d.getBigUint64(o + 24)
  );
}

/** Writes a number word (an integer in [0, 2^53)) as 32 big-endian bytes at `o` of `d`. */
export function storeSmallWord(d: DataView, o: number, v: number): void {
  d.setUint32(o, 0);
  d.setUint32(o + 4, 0);
  d.setUint32(o + 8, 0);
  d.setUint32(o + 12, 0);
  d.setUint32(o + 16, 0);
  d.setUint32(o + 20, 0);
  d.setUint32(o + 24, Math.floor(v / TWO32));
  d.setUint32(o + 28, v >>> 0);
}
