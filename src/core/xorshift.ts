/** xorshift32 (Marsaglia 2003): a seeded generator of numbers in [0, 1), so that random tests reproduce. */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}
