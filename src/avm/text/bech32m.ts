/**
 * Bech32m (BIP-350) encoding, as snarkVM prints addresses (`aleo1…`) and signatures
 * (`sign1…`): 8-bit data regrouped into 5-bit words, checksum constant 0x2bc830a3.
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const CONST = 0x2bc830a3;

function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

function convertBits(data: Iterable<number>, from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & maxv);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) return undefined;
  return out;
}

export function bech32mEncode(hrp: string, bytes: Uint8Array): string {
  const words = convertBits(bytes, 8, 5, true)!;
  const chk = polymod([...hrpExpand(hrp), ...words, 0, 0, 0, 0, 0, 0]) ^ CONST;
  let out = `${hrp}1`;
  for (const w of words) out += CHARSET[w];
  for (let i = 0; i < 6; i++) out += CHARSET[(chk >>> (5 * (5 - i))) & 31];
  return out;
}

/** Decodes `text` with the expected `hrp`; returns an error message on failure. */
export function bech32mDecode(text: string, hrp: string): Uint8Array | string {
  if (text.toLowerCase() !== text) return 'must be lowercase';
  const sep = text.lastIndexOf('1');
  if (text.slice(0, sep) !== hrp) return `expected the prefix ${hrp}1`;
  const data: number[] = [];
  for (const c of text.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return `invalid character ${JSON.stringify(c)}`;
    data.push(v);
  }
  if (data.length < 6) return 'too short';
  if (polymod([...hrpExpand(hrp), ...data]) !== CONST) return 'invalid checksum';
  const bytes = convertBits(data.slice(0, -6), 5, 8, false);
  if (bytes === undefined) return 'invalid padding';
  return Uint8Array.from(bytes);
}
