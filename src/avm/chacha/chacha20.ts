/**
 * ChaCha20 (RFC 8439 §2.3, 20 rounds) and the `ChaCha20Rng` of the rand_chacha crate
 * (0.3, as snarkVM uses it through rand 0.8): key = the 32-byte seed, a 64-bit block
 * counter in state words 12-13 and a 64-bit stream id (0) in words 14-15. The generator is
 * one contiguous stream of 32-bit words, block after block: `nextU32` takes the next word,
 * `nextU64` the next two (low word first), `fillBytes` whole words in little-endian order
 * (rand_core's BlockRng, which drops the unused bytes of the last word it touched).
 */

const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] as const; // "expand 32-byte k"

function quarter(s: Uint32Array, a: number, b: number, c: number, d: number): void {
  s[a] = (s[a]! + s[b]!) >>> 0;
  s[d] = rotl(s[d]! ^ s[a]!, 16);
  s[c] = (s[c]! + s[d]!) >>> 0;
  s[b] = rotl(s[b]! ^ s[c]!, 12);
  s[a] = (s[a]! + s[b]!) >>> 0;
  s[d] = rotl(s[d]! ^ s[a]!, 8);
  s[c] = (s[c]! + s[d]!) >>> 0;
  s[b] = rotl(s[b]! ^ s[c]!, 7);
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/**
 * One ChaCha20 block: 16 output words for `key` (8 words) and state words 12-15 (RFC 8439:
 * counter and nonce; rand_chacha: 64-bit counter then 64-bit stream id).
 */
export function chachaBlock(key: Uint32Array, tail: readonly [number, number, number, number]): Uint32Array {
  const init = new Uint32Array(16);
  init.set(SIGMA, 0);
  init.set(key, 4);
  init.set(tail, 12);
  const s = init.slice();
  for (let i = 0; i < 10; i++) {
    quarter(s, 0, 4, 8, 12);
    quarter(s, 1, 5, 9, 13);
    quarter(s, 2, 6, 10, 14);
    quarter(s, 3, 7, 11, 15);
    quarter(s, 0, 5, 10, 15);
    quarter(s, 1, 6, 11, 12);
    quarter(s, 2, 7, 8, 13);
    quarter(s, 3, 4, 9, 14);
  }
  for (let i = 0; i < 16; i++) s[i] = (s[i]! + init[i]!) >>> 0;
  return s;
}

/** Key words of a 32-byte seed, each read little-endian. */
export function keyWords(seed: Uint8Array): Uint32Array {
  if (seed.length !== 32) throw new RangeError(`a ChaCha20 seed is 32 bytes, got ${seed.length}`);
  const k = new Uint32Array(8);
  for (let i = 0; i < 8; i++)
    k[i] =
      (seed[4 * i]! | (seed[4 * i + 1]! << 8) | (seed[4 * i + 2]! << 16) | (seed[4 * i + 3]! << 24)) >>> 0;
  return k;
}

/** rand_chacha's ChaCha20Rng::from_seed(seed) (stream 0, block 0). */
export class ChaCha20Rng {
  private readonly key: Uint32Array;
  private block = 0n;
  private buf: Uint32Array = new Uint32Array(0);
  private index = 0;

  constructor(
    seed: Uint8Array,
    private readonly stream = 0n,
  ) {
    this.key = keyWords(seed);
  }

  nextU32(): number {
    if (this.index >= this.buf.length) {
      const c = this.block;
      const st = this.stream;
      this.buf = chachaBlock(this.key, [
        Number(c & 0xffffffffn),
        Number((c >> 32n) & 0xffffffffn),
        Number(st & 0xffffffffn),
        Number((st >> 32n) & 0xffffffffn),
      ]);
      this.block = (c + 1n) & 0xffffffffffffffffn;
      this.index = 0;
    }
    return this.buf[this.index++]!;
  }

  nextU64(): bigint {
    const lo = BigInt(this.nextU32());
    return (BigInt(this.nextU32()) << 32n) | lo;
  }

  /** `fill_bytes`: whole words, little-endian; the rest of the last word is dropped. */
  fillBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const w = this.nextU32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (w >>> (8 * j)) & 0xff;
    }
    return out;
  }
}
