// Helpers for the oracle vector generator: a seeded PRNG (so regenerated fixtures are
// stable) and bit-string conversion. Expected values come only from @provablehq/sdk.
export const FIELD_P = 8444461749428370424248824938781546531375899335154063827935233455917409239041n;
export const SCALAR_P = 2111115437357092606062206234695386632838870926408408195193685246394721360383n;

export function makeRng(seed) {
  let s = BigInt(seed) & 0xffffffffffffffffn;
  const next64 = () => {
    s = (s + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
    return z ^ (z >> 31n);
  };
  const big = (bits) => {
    let v = 0n;
    for (let i = 0; i < Math.ceil(bits / 64); i++) v = (v << 64n) | next64();
    return v & ((1n << BigInt(bits)) - 1n);
  };
  return {
    big,
    field: () => big(256) % FIELD_P,
    scalar: () => big(256) % SCALAR_P,
    int: (n) => Number(next64() % BigInt(n)),
  };
}

export const bitsToString = (bits) => bits.map((b) => (b ? '1' : '0')).join('');
