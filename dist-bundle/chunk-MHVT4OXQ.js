import {
  base58Decode,
  base58Encode
} from "./chunk-CIILX6KK.js";
import {
  BLAKE2_SIGMA
} from "./chunk-36UFO7KE.js";
import {
  rhoOffsets,
  roundConstants
} from "./chunk-3R424V4S.js";
import {
  JournaledCache,
  namespacedKey
} from "./chunk-ACMAOO3W.js";
import {
  assertArray,
  assertBigInt,
  assertFunction,
  assertObject,
  assertSafeInteger,
  assertString,
  equalBytes,
  utf8ToBytes
} from "./chunk-IXTBPKQN.js";
import {
  InvalidArgumentError,
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/avm/crypto/errors.js
var AleoDecodeError = class extends PolyvmError {
  name = "AleoDecodeError";
  constructor(shortMessage, options) {
    super("AVM_DECODE", shortMessage, options);
  }
};
var AleoCryptoError = class extends PolyvmError {
  name = "AleoCryptoError";
  constructor(shortMessage, options) {
    super("AVM_CRYPTO", shortMessage, options);
  }
};

// dist/avm/crypto/bits.js
function pushUintBits(out, value, width) {
  let v = BigInt.asUintN(width, value);
  for (let i = 0; i < width; i++) {
    out.push((v & 1n) === 1n);
    v >>= 1n;
  }
}
function bitsToUint(bits) {
  let v = 0n;
  for (let i = bits.length - 1; i >= 0; i--)
    v = v << 1n | (bits[i] ? 1n : 0n);
  return v;
}
function pushBytesBits(out, bytes) {
  for (const b of bytes)
    for (let i = 0; i < 8; i++)
      out.push((b >> i & 1) === 1);
}
function bitsToBytes(bits) {
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++)
    if (bits[i])
      out[i >> 3] |= 1 << (i & 7);
  return out;
}
function fieldFromBitsLe(f2, bits, label = "field") {
  for (let i = f2.bits; i < bits.length; i++) {
    if (bits[i])
      throw new AleoDecodeError(`Cannot build a ${label} from bits: the excess bits are not zero`);
  }
  const v = bitsToUint(bits.slice(0, f2.bits));
  if (v >= f2.p)
    throw new AleoDecodeError(`Cannot build a ${label} from bits: the value is not below the modulus`);
  return v;
}
function bigintToBytesLe(v, length) {
  const out = new Uint8Array(length);
  let x = v;
  for (let i = 0; i < length; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}
function bytesToBigintLe(bytes) {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--)
    v = v << 8n | BigInt(bytes[i]);
  return v;
}

// dist/avm/crypto/modular.js
var PrimeField = class {
  p;
  bits;
  /** snarkVM's size_in_data_bits: bits - 1 (every value of that size is canonical). */
  dataBits;
  halfP;
  s;
  t;
  nonResidue = 0n;
  constructor(p) {
    this.p = p;
    this.bits = p.toString(2).length;
    this.dataBits = this.bits - 1;
    this.halfP = p - 1n >> 1n;
    let t = p - 1n;
    let s = 0;
    while ((t & 1n) === 0n) {
      t >>= 1n;
      s++;
    }
    this.s = s;
    this.t = t;
  }
  mod(a2) {
    const r = a2 % this.p;
    return r < 0n ? r + this.p : r;
  }
  add(a2, b) {
    const r = a2 + b;
    return r >= this.p ? r - this.p : r;
  }
  sub(a2, b) {
    const r = a2 - b;
    return r < 0n ? r + this.p : r;
  }
  neg(a2) {
    return a2 === 0n ? 0n : this.p - a2;
  }
  mul(a2, b) {
    return a2 * b % this.p;
  }
  square(a2) {
    return a2 * a2 % this.p;
  }
  double(a2) {
    return this.add(a2, a2);
  }
  pow(a2, e) {
    let result = 1n;
    let base = a2 % this.p;
    let exp = e;
    while (exp > 0n) {
      if (exp & 1n)
        result = result * base % this.p;
      base = base * base % this.p;
      exp >>= 1n;
    }
    return result;
  }
  /** Multiplicative inverse (extended Euclid); throws on zero. */
  inv(a2) {
    if (a2 === 0n)
      throw new AleoCryptoError("Cannot invert zero");
    let [r0, r1] = [this.p, a2];
    let [t0, t1] = [0n, 1n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [t0, t1] = [t1, t0 - q * t1];
    }
    return t0 < 0n ? t0 + this.p : t0;
  }
  div(a2, b) {
    return this.mul(a2, this.inv(b));
  }
  /** Legendre symbol: 0, 1 (residue) or -1 (non-residue). */
  legendre(a2) {
    if (a2 === 0n)
      return 0;
    return this.pow(a2, this.halfP) === 1n ? 1 : -1;
  }
  /** One square root (Tonelli-Shanks), or undefined for a non-residue. */
  sqrt(a2) {
    const l = this.legendre(a2);
    if (l === 0)
      return 0n;
    if (l === -1)
      return void 0;
    if (this.nonResidue === 0n) {
      let z = 2n;
      while (this.legendre(z) !== -1)
        z++;
      this.nonResidue = z;
    }
    let m = this.s;
    let c = this.pow(this.nonResidue, this.t);
    let t = this.pow(a2, this.t);
    let r = this.pow(a2, this.t + 1n >> 1n);
    while (t !== 1n) {
      let i = 0;
      let t2 = t;
      while (t2 !== 1n) {
        t2 = t2 * t2 % this.p;
        i++;
      }
      let b = c;
      for (let j = 0; j < m - i - 1; j++)
        b = b * b % this.p;
      m = i;
      c = b * b % this.p;
      t = t * c % this.p;
      r = r * b % this.p;
    }
    return r;
  }
  /** snarkVM's Field::square_root: the smaller of the two roots. */
  sqrtSmaller(a2) {
    const r = this.sqrt(a2);
    if (r === void 0)
      return void 0;
    const n = this.neg(r);
    return bigMin(r, n);
  }
  /** snarkVM's Field::even_square_root: the root whose least significant bit is zero. */
  sqrtEven(a2) {
    const r = this.sqrt(a2);
    if (r === void 0)
      return void 0;
    return (r & 1n) === 1n ? this.neg(r) : r;
  }
  /** Canonical check: 0 <= a < p. */
  isValid(a2) {
    return a2 >= 0n && a2 < this.p;
  }
};
function bigMin(a2, b) {
  if (a2 <= b)
    return a2;
  return b;
}
var FIELD_MODULUS = 8444461749428370424248824938781546531375899335154063827935233455917409239041n;
var SCALAR_MODULUS = 2111115437357092606062206234695386632838870926408408195193685246394721360383n;
var Fq = new PrimeField(FIELD_MODULUS);
var Fs = new PrimeField(SCALAR_MODULUS);

// dist/avm/crypto/curve.js
var EDWARDS_A = Fq.neg(1n);
var EDWARDS_D = 3021n;
var P = Fq.p;
var ZERO = Object.freeze({ x: 0n, y: 1n });
var EXT_ZERO = Object.freeze({ X: 0n, Y: 1n, Z: 1n, T: 0n });
function toExt(p) {
  return { X: p.x, Y: p.y, Z: 1n, T: p.x * p.y % P };
}
function toAffine(p) {
  if (p.Z === 1n)
    return { x: Fq.mod(p.X), y: Fq.mod(p.Y) };
  const zi = Fq.inv(Fq.mod(p.Z));
  return { x: Fq.mod(p.X * zi), y: Fq.mod(p.Y * zi) };
}
function extAdd(p, q) {
  const A = p.X * q.X % P;
  const B = p.Y * q.Y % P;
  const C = p.T * q.T % P * EDWARDS_D % P;
  const D = p.Z * q.Z % P;
  const E = ((p.X + p.Y) * (q.X + q.Y) - A - B) % P;
  const F = D - C;
  const G = D + C;
  const H = B + A;
  return { X: E * F % P, Y: G * H % P, Z: F * G % P, T: E * H % P };
}
function extDouble(p) {
  const A = p.X * p.X % P;
  const B = p.Y * p.Y % P;
  const C = 2n * p.Z * p.Z % P;
  const D = -A;
  const E = ((p.X + p.Y) * (p.X + p.Y) - A - B) % P;
  const G = D + B;
  const F = G - C;
  const H = D - B;
  return { X: E * F % P, Y: G * H % P, Z: F * G % P, T: E * H % P };
}
function extIsZero(p) {
  return Fq.mod(p.X) === 0n && Fq.mod(p.Y - p.Z) === 0n;
}
function norm(p) {
  return { x: Fq.mod(p.x), y: Fq.mod(p.y) };
}
function add(p, q) {
  return norm(toAffine(extAdd(toExt(p), toExt(q))));
}
function double(p) {
  return norm(toAffine(extDouble(toExt(p))));
}
function neg(p) {
  return { x: Fq.neg(p.x), y: p.y };
}
function isZero(p) {
  return p.x === 0n && p.y === 1n;
}
function extMul(p, k) {
  let acc = EXT_ZERO;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    acc = extDouble(acc);
    if (k >> BigInt(i) & 1n)
      acc = extAdd(acc, p);
  }
  return acc;
}
function mul(p, k) {
  if (k === 0n)
    return ZERO;
  return norm(toAffine(extMul(toExt(p), k)));
}
function isOnCurve(p) {
  const x2 = Fq.square(p.x);
  const y2 = Fq.square(p.y);
  return Fq.add(y2, Fq.neg(x2)) === Fq.add(1n, Fq.mul(EDWARDS_D, Fq.mul(x2, y2)));
}
function isInSubgroup(p) {
  return extIsZero(extMul(toExt(p), Fs.p));
}
function mulByCofactor(p) {
  return double(double(p));
}
function fromXUnchecked(x, greatest) {
  const x2 = Fq.square(x);
  const num = Fq.sub(Fq.neg(x2), 1n);
  const den = Fq.sub(Fq.mul(EDWARDS_D, x2), 1n);
  if (den === 0n)
    return void 0;
  const y = Fq.sqrt(Fq.div(num, den));
  if (y === void 0)
    return void 0;
  const ny = Fq.neg(y);
  const small = bigMin(y, ny);
  return { x, y: greatest ? Fq.neg(small) : small };
}
function tryFromX(x) {
  if (!Fq.isValid(x))
    return void 0;
  const p1 = fromXUnchecked(x, false);
  if (p1 === void 0)
    return void 0;
  const p2 = { x, y: Fq.neg(p1.y) };
  for (const p of [p2, p1])
    if (isInSubgroup(p))
      return p;
  return void 0;
}
function fromX(x) {
  const p = tryFromX(x);
  if (p === void 0) {
    throw new AleoDecodeError(`Failed to recover an affine group from an x-coordinate of ${x}field`);
  }
  return p;
}
var GENERATOR_X = 1540945439182663264862696551825005342995406165131907382295858612069623286213n;
var generator;
function generatorPoint() {
  generator ??= fromX(GENERATOR_X);
  return generator;
}

// dist/avm/crypto/elligator2.js
var MONTGOMERY_A = Fq.div(Fq.mul(2n, Fq.add(EDWARDS_A, EDWARDS_D)), Fq.sub(EDWARDS_A, EDWARDS_D));
var MONTGOMERY_B = Fq.div(4n, Fq.sub(EDWARDS_A, EDWARDS_D));
function fail(what) {
  throw new AleoCryptoError(`Elligator2 failed: ${what}`);
}
function elligator2Encode(input) {
  if (input === 0n)
    fail("inputs to Elligator2 must be nonzero");
  const bInv = Fq.inv(MONTGOMERY_B);
  const a2 = Fq.mul(MONTGOMERY_A, bInv);
  const b = Fq.square(bInv);
  const ur2 = Fq.mul(EDWARDS_D, Fq.square(input));
  const onePlus = Fq.add(1n, ur2);
  if (Fq.mul(Fq.square(a2), ur2) === Fq.mul(b, Fq.square(onePlus)))
    fail("A^2 * ur^2 == B(1 + ur^2)^2");
  if (onePlus === 0n)
    fail("(1 + ur^2) == 0");
  const v = Fq.mul(Fq.neg(a2), Fq.inv(onePlus));
  if (v === 0n)
    fail("v == 0");
  const curveRhs = (t) => {
    const t2 = Fq.square(t);
    return Fq.add(Fq.add(Fq.mul(t2, t), Fq.mul(a2, t2)), Fq.mul(b, t));
  };
  const e = Fq.legendre(curveRhs(v));
  if (e === 0)
    fail("e == 0");
  const x = e === 1 ? v : Fq.sub(Fq.neg(v), a2);
  if (x === 0n)
    fail("x == 0");
  const rhs = curveRhs(x);
  const value = Fq.sqrtEven(rhs);
  if (value === void 0)
    fail("even_sqrt(x^3 + Ax^2 + Bx) failed");
  const y = e === 1 ? Fq.neg(value) : value;
  if (y === 0n)
    fail("y == 0");
  const u = Fq.mul(x, MONTGOMERY_B);
  const w = Fq.mul(y, MONTGOMERY_B);
  const point = { x: Fq.div(u, w), y: Fq.div(Fq.sub(u, 1n), Fq.add(u, 1n)) };
  if (!isOnCurve(point))
    fail("point is not on the curve");
  const g = mulByCofactor(point);
  if (!isInSubgroup(g))
    fail("element in incorrect subgroup");
  return g;
}

// dist/avm/crypto/poseidon.js
var FULL_ROUNDS = 8;
var PARTIAL_ROUNDS = 31;
var ALPHA = 17n;
var GrainLfsr = class {
  field;
  state = new Array(80).fill(false);
  head = 0;
  constructor(field2, stateLen) {
    this.field = field2;
    const fieldBits2 = field2.bits;
    const put = (from, to, value) => {
      let cur = value;
      for (let i = to; i >= from; i--) {
        this.state[i] = (cur & 1) === 1;
        cur >>= 1;
      }
    };
    this.state[1] = true;
    put(6, 17, fieldBits2);
    put(18, 29, stateLen);
    put(30, 39, FULL_ROUNDS);
    put(40, 49, PARTIAL_ROUNDS);
    for (let i = 50; i < 80; i++)
      this.state[i] = true;
    for (let i = 0; i < 160; i++)
      this.nextBit();
  }
  nextBit() {
    const s = this.state;
    const h = this.head;
    const b = s[(h + 62) % 80] !== s[(h + 51) % 80] !== (s[(h + 38) % 80] !== s[(h + 23) % 80]);
    const bit = b !== s[(h + 13) % 80] !== s[h];
    s[h] = bit;
    this.head = (h + 1) % 80;
    return bit;
  }
  /** n filtered bits, the first one most significant. */
  number(n) {
    let v = 0n;
    for (let i = 0; i < n; i++) {
      while (!this.nextBit())
        this.nextBit();
      v = v << 1n | (this.nextBit() ? 1n : 0n);
    }
    return v;
  }
  rejectionSample(count2) {
    const out = [];
    const f2 = this.field;
    while (out.length < count2) {
      const v = this.number(f2.bits);
      if (v < f2.p)
        out.push(v);
    }
    return out;
  }
  modP(count2) {
    return Array.from({ length: count2 }, () => this.number(this.field.bits) % this.field.p);
  }
};
function poseidonArkMds(field2, width) {
  const lfsr = new GrainLfsr(field2, width);
  const ark = Array.from({ length: FULL_ROUNDS + PARTIAL_ROUNDS }, () => lfsr.rejectionSample(width));
  const xs = lfsr.modP(width);
  const ys = lfsr.modP(width);
  const mds = xs.map((x) => ys.map((y) => field2.inv(field2.add(x, y))));
  return { ark, mds };
}
function setup(rate) {
  const { ark, mds } = poseidonArkMds(Fq, rate + 1);
  const domain = Fq.mod(bytesToBigintLe(new TextEncoder().encode(`AleoPoseidon${rate}`)));
  return { rate, domain, ark, mds };
}
var cache = /* @__PURE__ */ new Map();
function poseidonParams(rate) {
  let p = cache.get(rate);
  if (!p) {
    p = setup(rate);
    cache.set(rate, p);
  }
  return p;
}
function permute(p, state) {
  const P6 = Fq.p;
  const half = FULL_ROUNDS / 2;
  for (let r = 0; r < FULL_ROUNDS + PARTIAL_ROUNDS; r++) {
    const ark = p.ark[r];
    for (let i = 0; i < state.length; i++)
      state[i] = (state[i] + ark[i]) % P6;
    const full = r < half || r >= half + PARTIAL_ROUNDS;
    for (let i = 0; i < (full ? state.length : 1); i++)
      state[i] = Fq.pow(state[i], ALPHA);
    const next = p.mds.map((row3) => row3.reduce((acc, m, j) => acc + m * state[j], 0n) % P6);
    for (let i = 0; i < state.length; i++)
      state[i] = next[i];
  }
}
function poseidonHashMany(rate, input, numOutputs) {
  const p = poseidonParams(rate);
  const preimage = [p.domain, BigInt(input.length)];
  while (preimage.length < rate)
    preimage.push(0n);
  preimage.push(...input);
  const state = new Array(rate + 1).fill(0n);
  let pos2 = 0;
  for (const e of preimage) {
    if (pos2 === rate) {
      permute(p, state);
      pos2 = 0;
    }
    state[1 + pos2] = Fq.add(state[1 + pos2], e);
    pos2++;
  }
  const out = [];
  if (numOutputs === 0)
    return out;
  permute(p, state);
  pos2 = 0;
  while (out.length < numOutputs) {
    if (pos2 === rate) {
      permute(p, state);
      pos2 = 0;
    }
    out.push(state[1 + pos2]);
    pos2++;
  }
  return out;
}
function poseidonHash(rate, input) {
  return poseidonHashMany(rate, input, 1)[0];
}
function poseidonHashToGroup(rate, input) {
  if (input.length === 0)
    throw new AleoCryptoError("Input to hash to group cannot be empty");
  const [h0, h1] = poseidonHashMany(rate, input, 2);
  return add(elligator2Encode(h0), elligator2Encode(h1));
}
function poseidonHashToScalar(rate, input) {
  return scalarFromFieldLossy(poseidonHash(rate, input));
}
function scalarFromFieldLossy(f2) {
  return f2 & (1n << BigInt(Fs.dataBits)) - 1n;
}

// dist/avm/crypto/bech32m.js
var CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32M_CONST = 734539939;
var GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (chk & 33554431) << 5 ^ v;
    for (let i = 0; i < 5; i++)
      if (top >>> i & 1)
        chk ^= GEN[i];
  }
  return chk >>> 0;
}
function hrpExpand(hrp) {
  const out = [];
  for (const c of hrp)
    out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp)
    out.push(c.charCodeAt(0) & 31);
  return out;
}
function convertBits(data, from, to, pad2) {
  let acc = 0;
  let bits = 0;
  const out = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = acc << from | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push(acc >> bits & maxv);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad2) {
    if (bits > 0)
      out.push(acc << to - bits & maxv);
  } else if (bits >= from || (acc << to - bits & maxv) !== 0) {
    throw new AleoDecodeError("Invalid bech32m padding");
  }
  return out;
}
function bech32mEncode(hrp, bytes) {
  const words = convertBits(bytes, 8, 5, true);
  const values = [...hrpExpand(hrp), ...words, 0, 0, 0, 0, 0, 0];
  const mod2 = polymod(values) ^ BECH32M_CONST;
  const checksum = [];
  for (let i = 0; i < 6; i++)
    checksum.push(mod2 >>> 5 * (5 - i) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => CHARSET[w]).join("")}`;
}
function bech32mDecode(text, expectedHrp, label) {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) {
    throw new AleoDecodeError(`Invalid ${label} '${text}': mixed case`);
  }
  const s = text.toLowerCase();
  const sep = s.lastIndexOf("1");
  if (sep < 1 || sep + 7 > s.length)
    throw new AleoDecodeError(`Invalid ${label} '${text}': missing separator or checksum`);
  const hrp = s.slice(0, sep);
  if (hrp !== expectedHrp)
    throw new AleoDecodeError(`Invalid ${label} '${text}': '${hrp}' is an invalid prefix`);
  const words = [];
  for (let i = sep + 1; i < s.length; i++) {
    const w = CHARSET.indexOf(s[i]);
    if (w < 0)
      throw new AleoDecodeError(`Invalid ${label} '${text}': invalid character '${s[i]}' at ${i}`);
    words.push(w);
  }
  const check4 = polymod([...hrpExpand(hrp), ...words]);
  if (check4 !== BECH32M_CONST) {
    throw new AleoDecodeError(`Invalid ${label} '${text}': ${check4 === 1 ? "bech32 (not bech32m) checksum" : "invalid checksum"}`);
  }
  const data = words.slice(0, words.length - 6);
  if (data.length === 0)
    throw new AleoDecodeError(`Invalid ${label} '${text}': data field is empty`);
  try {
    return Uint8Array.from(convertBits(data, 5, 8, false));
  } catch (cause) {
    throw new AleoDecodeError(`Invalid ${label} '${text}': invalid padding`, { cause });
  }
}

// dist/avm/crypto/address.js
function addressToString(p) {
  return bech32mEncode("aleo", bigintToBytesLe(p.x, 32));
}
function groupFromBytesLe(bytes, label) {
  const x = bytesToBigintLe(bytes);
  if (!Fq.isValid(x))
    throw new AleoDecodeError(`Invalid ${label}: the x-coordinate is not a field element`);
  try {
    return fromX(x);
  } catch (cause) {
    throw new AleoDecodeError(`Invalid ${label}: no group element has the x-coordinate ${x}`, { cause });
  }
}
function parseAddress(text) {
  const s = text.replaceAll("_", "");
  if (s.length !== 63) {
    throw new AleoDecodeError(`Invalid account address length: found ${s.length}, expected 63`, {
      details: text
    });
  }
  const bytes = bech32mDecode(s, "aleo", "address");
  if (bytes.length !== 32)
    throw new AleoDecodeError(`Invalid address '${text}': expected 32 bytes, found ${bytes.length}`);
  return groupFromBytesLe(bytes, `address '${text}'`);
}

// dist/avm/crypto/blake2xs.js
var IV = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
var rotr = (x, n) => x >>> n | x << 32 - n;
function compress(h, block, t, last) {
  const m = new Array(16);
  for (let i = 0; i < 16; i++) {
    m[i] = block[4 * i] | block[4 * i + 1] << 8 | block[4 * i + 2] << 16 | block[4 * i + 3] << 24;
  }
  const v = [...h, ...IV];
  v[12] = v[12] ^ t;
  if (last)
    v[14] = ~v[14];
  const g = (a2, b, c, d2, x, y) => {
    v[a2] = v[a2] + v[b] + x | 0;
    v[d2] = rotr(v[d2] ^ v[a2], 16);
    v[c] = v[c] + v[d2] | 0;
    v[b] = rotr(v[b] ^ v[c], 12);
    v[a2] = v[a2] + v[b] + y | 0;
    v[d2] = rotr(v[d2] ^ v[a2], 8);
    v[c] = v[c] + v[d2] | 0;
    v[b] = rotr(v[b] ^ v[c], 7);
  };
  for (let r = 0; r < 10; r++) {
    const s = BLAKE2_SIGMA[r];
    const w = (i) => m[s[i]];
    g(0, 4, 8, 12, w(0), w(1));
    g(1, 5, 9, 13, w(2), w(3));
    g(2, 6, 10, 14, w(4), w(5));
    g(3, 7, 11, 15, w(6), w(7));
    g(0, 5, 10, 15, w(8), w(9));
    g(1, 6, 11, 12, w(10), w(11));
    g(2, 7, 8, 13, w(12), w(13));
    g(3, 4, 9, 14, w(14), w(15));
  }
  for (let i = 0; i < 8; i++)
    h[i] = (h[i] ^ v[i] ^ v[i + 8]) >>> 0;
}
function blake2s(input, p) {
  const off = p.nodeOffset ?? 0n;
  const pers = new Uint8Array(8);
  pers.set(p.personal ?? new Uint8Array());
  const word = (b, i) => b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24;
  const param = [
    p.outLen | (p.fanout ?? 1) << 16 | (p.depth ?? 1) << 24,
    p.leafLength ?? 0,
    Number(off & 0xffffffffn),
    Number(off >> 32n & 0xffffn) | (p.nodeDepth ?? 0) << 16 | (p.innerLength ?? 0) << 24,
    0,
    0,
    word(pers, 0),
    word(pers, 4)
  ];
  const h = IV.map((x, i) => (x ^ param[i]) >>> 0);
  const nBlocks = Math.max(1, Math.ceil(input.length / 64));
  for (let b = 0; b < nBlocks; b++) {
    const block = new Uint8Array(64);
    block.set(input.subarray(b * 64, b * 64 + 64));
    const last = b === nBlocks - 1;
    compress(h, block, last ? input.length : (b + 1) * 64, last);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 4; j++)
      out[4 * i + j] = h[i] >>> 8 * j & 255;
  return out.slice(0, p.outLen);
}
function blake2xs(input, outLen, personal) {
  const base = BigInt(outLen) << 32n;
  const digest = blake2s(input, { outLen: 32, nodeOffset: base, personal });
  const out = new Uint8Array(outLen);
  const rounds = Math.ceil(outLen / 32);
  for (let i = 0; i < rounds; i++) {
    const len = i === rounds - 1 && outLen % 32 !== 0 ? outLen % 32 : 32;
    const part = blake2s(digest, {
      outLen: len,
      fanout: 0,
      depth: 0,
      leafLength: 32,
      nodeOffset: base | BigInt(i),
      innerLength: 32,
      personal
    });
    out.set(part, i * 32);
  }
  return out;
}
var HTC_PERSONA = new TextEncoder().encode("AleoHtC0");
function tryHashToCurve(message) {
  const digest = blake2xs(new TextEncoder().encode(message), 32, HTC_PERSONA);
  const greatest = (digest[31] & 128) !== 0;
  digest[31] = digest[31] & 31;
  const x = bytesToBigintLe(digest);
  if (!Fq.isValid(x))
    return void 0;
  const p = x === 0n ? ZERO : fromXUnchecked(x, greatest);
  if (p === void 0)
    return void 0;
  const g = mulByCofactor(p);
  return isZero(g) ? void 0 : g;
}
function hashToCurve(input) {
  for (let k = 0; k < 128; k++) {
    const g = tryHashToCurve(`${input} in ${k}`);
    if (g)
      return g;
  }
  throw new AleoCryptoError(`Unable to hash to curve on ${input}`);
}

// dist/avm/values.js
var INTEGER_TYPES = ["i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128"];
var LITERAL_TYPES = [
  "address",
  "boolean",
  "field",
  "group",
  "i8",
  "i16",
  "i32",
  "i64",
  "i128",
  "u8",
  "u16",
  "u32",
  "u64",
  "u128",
  "scalar",
  "signature",
  "string"
];

// dist/avm/crypto/encode.js
var INT_BITS = {
  i8: 8,
  i16: 16,
  i32: 32,
  i64: 64,
  i128: 128,
  u8: 8,
  u16: 16,
  u32: 32,
  u64: 64,
  u128: 128
};
var SIGNATURE_BITS = 2 * Fs.bits + 2 * Fq.bits;
var utf8 = new TextEncoder();
function literalBits(l, out = []) {
  switch (l.type) {
    case "address":
    case "group":
      pushUintBits(out, l.value.x, Fq.bits);
      break;
    case "boolean":
      out.push(l.value);
      break;
    case "field":
      pushUintBits(out, l.value, Fq.bits);
      break;
    case "scalar":
      pushUintBits(out, l.value, Fs.bits);
      break;
    case "signature":
      pushUintBits(out, l.value.challenge, Fs.bits);
      pushUintBits(out, l.value.response, Fs.bits);
      pushUintBits(out, l.value.pkSig.x, Fq.bits);
      pushUintBits(out, l.value.prSig.x, Fq.bits);
      break;
    case "string":
      pushBytesBits(out, utf8.encode(l.value));
      break;
    default:
      pushUintBits(out, l.value, INT_BITS[l.type]);
  }
  return out;
}
function literalSize(l) {
  switch (l.type) {
    case "address":
    case "group":
    case "field":
      return Fq.bits;
    case "boolean":
      return 1;
    case "scalar":
      return Fs.bits;
    case "signature":
      return SIGNATURE_BITS;
    case "string":
      return utf8.encode(l.value).length * 8;
    default:
      return INT_BITS[l.type];
  }
}
function checkU16(n, what) {
  if (n > 65535)
    throw new AleoCryptoError(`${what} exceeds u16::MAX bits`);
  return n;
}
function plaintextBits(p, out = []) {
  if (p.kind === "literal") {
    out.push(false, false);
    pushUintBits(out, BigInt(LITERAL_TYPES.indexOf(p.literal.type)), 8);
    pushUintBits(out, BigInt(checkU16(literalSize(p.literal), "Literal")), 16);
    literalBits(p.literal, out);
  } else if (p.kind === "struct") {
    out.push(false, true);
    if (p.members.size > 255)
      throw new AleoCryptoError("Plaintext struct length exceeds u8::MAX");
    pushUintBits(out, BigInt(p.members.size), 8);
    for (const [name, value] of p.members) {
      const id = utf8.encode(name);
      pushUintBits(out, BigInt(id.length * 8), 8);
      pushBytesBits(out, id);
      const bits = plaintextBits(value);
      pushUintBits(out, BigInt(checkU16(bits.length, "Plaintext member")), 16);
      for (const b of bits)
        out.push(b);
    }
  } else {
    out.push(true, false);
    pushUintBits(out, BigInt(p.elements.length), 32);
    for (const e of p.elements) {
      const bits = plaintextBits(e);
      pushUintBits(out, BigInt(checkU16(bits.length, "Plaintext element")), 16);
      for (const b of bits)
        out.push(b);
    }
  }
  return out;
}
function packFields(bits) {
  const out = [];
  for (let i = 0; i < bits.length; i += Fq.dataBits)
    out.push(fieldFromBitsLe(Fq, bits.slice(i, i + Fq.dataBits)));
  return out;
}
var MAX_DATA_SIZE_IN_FIELDS = Math.floor(128 * 1024 * 8 / Fq.dataBits);
function plaintextFields(p) {
  const bits = plaintextBits(p);
  bits.push(true);
  const fields = packFields(bits);
  if (fields.length > MAX_DATA_SIZE_IN_FIELDS)
    throw new AleoCryptoError("Plaintext exceeds maximum allowed size");
  return fields;
}
var isIntegerType = (t) => INTEGER_TYPES.includes(t);

// dist/avm/crypto/signature.js
var accountG;
function accountGenerator() {
  accountG ??= hashToCurve("AleoAccountEncryptionAndSignatureScheme0");
  return accountG;
}
function signatureToString(s) {
  const bytes = new Uint8Array(128);
  bytes.set(bigintToBytesLe(s.challenge, 32), 0);
  bytes.set(bigintToBytesLe(s.response, 32), 32);
  bytes.set(bigintToBytesLe(s.pkSig.x, 32), 64);
  bytes.set(bigintToBytesLe(s.prSig.x, 32), 96);
  return bech32mEncode("sign", bytes);
}
function parseSignature(text) {
  const bytes = bech32mDecode(text.replaceAll("_", ""), "sign", "signature");
  if (bytes.length !== 128)
    throw new AleoDecodeError(`Invalid signature '${text}': expected 128 bytes, found ${bytes.length}`);
  const scalar2 = (at, what) => {
    const v = bytesToBigintLe(bytes.subarray(at, at + 32));
    if (!Fs.isValid(v))
      throw new AleoDecodeError(`Invalid signature '${text}': the ${what} is not a scalar`);
    return v;
  };
  return {
    challenge: scalar2(0, "challenge"),
    response: scalar2(32, "response"),
    pkSig: groupFromBytesLe(bytes.subarray(64, 96), `signature '${text}' (pk_sig)`),
    prSig: groupFromBytesLe(bytes.subarray(96, 128), `signature '${text}' (pr_sig)`)
  };
}
function signatureAddress(s) {
  const skPrf = poseidonHashToScalar(4, [s.pkSig.x, s.prSig.x]);
  return toAffine(extAdd(extAdd(extMul(toExt(accountGenerator()), skPrf), toExt(s.pkSig)), toExt(s.prSig)));
}
function verifyFields(s, address, message) {
  if (message.length > MAX_DATA_SIZE_IN_FIELDS)
    return false;
  const gr = toAffine(extAdd(extMul(toExt(accountGenerator()), s.response), extMul(toExt(s.pkSig), s.challenge)));
  const candidate = poseidonHashToScalar(8, [gr.x, s.pkSig.x, s.prSig.x, address.x, ...message]);
  if (candidate !== s.challenge)
    return false;
  const a2 = signatureAddress(s);
  return a2.x === address.x && a2.y === address.y;
}
function verifySignature(s, address, message) {
  return verifyFields(s, address, plaintextFields(message));
}

// dist/avm/account/keys.js
var PRIVATE_KEY_PREFIX = [127, 134, 189, 116, 210, 221, 210, 137, 145, 18, 253];
var VIEW_KEY_PREFIX = [14, 138, 223, 204, 247, 224, 122];
function domainField(text) {
  return Fq.mod(bytesToBigintLe(new TextEncoder().encode(text)));
}
function gMul(k) {
  return mul(accountGenerator(), k);
}
var accounts = /* @__PURE__ */ new Map();
function accountFromSeed(seed) {
  let a2 = accounts.get(seed);
  if (a2)
    return a2;
  const skSig = poseidonHashToScalar(2, [domainField("AleoAccountSignatureSecretKey0"), seed]);
  const rSig = poseidonHashToScalar(2, [domainField("AleoAccountSignatureRandomizer0.0"), seed]);
  const pkSig = gMul(skSig);
  const prSig = gMul(rSig);
  const skPrf = poseidonHashToScalar(4, [pkSig.x, prSig.x]);
  const viewKey = Fs.add(Fs.add(skSig, rSig), skPrf);
  const address = gMul(viewKey);
  const skTag = graphKey(viewKey);
  a2 = { seed, skSig, rSig, pkSig, prSig, skPrf, viewKey, address, skTag };
  accounts.set(seed, a2);
  return a2;
}
function graphKey(viewKey) {
  return poseidonHash(4, [domainField("AleoGraphKey0"), viewKey, 0n]);
}
function decodeKey(text, prefix, length, what) {
  let data;
  try {
    data = base58Decode(text);
  } catch (e) {
    throw new AleoDecodeError(`Invalid ${what}: ${e instanceof PolyvmError ? e.shortMessage : String(e)}`);
  }
  if (data.length !== length)
    throw new AleoDecodeError(`Invalid ${what} length: found ${data.length}, expected ${length}`);
  if (prefix.some((b, i) => data[i] !== b))
    throw new AleoDecodeError(`Invalid ${what} prefix in '${text}'`);
  return bytesToBigintLe(data.subarray(prefix.length));
}
function encodeKey(v, prefix) {
  const out = new Uint8Array(prefix.length + 32);
  out.set(prefix);
  out.set(bigintToBytesLe(v, 32), prefix.length);
  return base58Encode(out);
}
function parsePrivateKey(text) {
  const seed = decodeKey(text, PRIVATE_KEY_PREFIX, 43, "account private key");
  if (!Fq.isValid(seed))
    throw new AleoDecodeError(`Invalid account private key '${text}': the seed is not a field`);
  return accountFromSeed(seed);
}
var viewKeyToString = (viewKey) => encodeKey(viewKey, VIEW_KEY_PREFIX);
function parseViewKey(text) {
  const v = decodeKey(text, VIEW_KEY_PREFIX, 39, "account view key");
  if (!Fs.isValid(v))
    throw new AleoDecodeError(`Invalid account view key '${text}': not a scalar`);
  return v;
}

// dist/avm/errors.js
var AleoParseError = class extends PolyvmError {
  name = "AleoParseError";
  line;
  column;
  constructor(message, line, column, options) {
    super("AVM_PARSE", `${line}:${column}: ${message}`, options);
    this.line = line;
    this.column = column;
  }
};
var AleoCheckError = class extends PolyvmError {
  name = "AleoCheckError";
  constructor(message, options) {
    super("AVM_CHECK", message, options);
  }
};
var AleoValueError = class extends PolyvmError {
  name = "AleoValueError";
  constructor(message, options) {
    super("AVM_VALUE", message, options);
  }
};
var AleoHalt = class extends PolyvmError {
  name = "AleoHalt";
  constructor(message, options) {
    super("AVM_HALT", message, options);
  }
};
var AleoDeployError = class extends PolyvmError {
  name = "AleoDeployError";
  constructor(message, options) {
    super("AVM_DEPLOY", message, options);
  }
};

// dist/avm/circuit/errors.js
var CircuitHalt = class extends PolyvmError {
  constructor(message) {
    super("AVM_CIRCUIT", message);
  }
};

// dist/avm/crypto/bhp.js
var SHAPES = {
  bhp256: [3, 57, "AleoBHP256"],
  bhp512: [6, 43, "AleoBHP512"],
  bhp768: [15, 23, "AleoBHP768"],
  bhp1024: [8, 54, "AleoBHP1024"]
};
var FIELD_DATA_BITS = Fq.dataBits;
function neg2(p) {
  return { X: -p.X, Y: p.Y, Z: p.Z, T: -p.T };
}
function doublings(base, count2) {
  const out = [];
  let g = toExt(base);
  for (let i = 0; i < count2; i++) {
    out.push(g);
    g = extDouble(g);
  }
  return out;
}
function setup2(variant) {
  const [numWindows, windowSize, domainText] = SHAPES[variant];
  const lookup = [];
  for (let w = 0; w < numWindows; w++) {
    let base = toExt(hashToCurve(`Aleo.BHP.${numWindows}.${windowSize}.${domainText}.${w}`));
    const window = [];
    for (let j = 0; j < windowSize; j++) {
      const g22 = extDouble(base);
      const g3 = extAdd(g22, base);
      const g4 = extDouble(g22);
      window.push([base, g22, g3, g4, neg2(base), neg2(g22), neg2(g3), neg2(g4)]);
      for (let k = 0; k < 4; k++)
        base = extDouble(base);
    }
    lookup.push(window);
  }
  const randomBase = doublings(hashToCurve(`Aleo.BHP.${numWindows}.${windowSize}.${domainText}.Randomizer`), Fs.bits);
  const domain = [];
  pushBytesBits(domain, new TextEncoder().encode(domainText));
  while (domain.length < FIELD_DATA_BITS - 64)
    domain.push(false);
  domain.reverse();
  return { numWindows, windowSize, domain, lookup, randomBase };
}
var cache2 = /* @__PURE__ */ new Map();
function bhpParams(variant) {
  let p = cache2.get(variant);
  if (!p) {
    p = setup2(variant);
    cache2.set(variant, p);
  }
  return p;
}
function hashBlock(p, input) {
  const minBits = p.windowSize * 3;
  const maxBits = p.numWindows * minBits;
  if (input.length <= minBits)
    throw new AleoCryptoError(`Inputs to this BHP must be greater than ${minBits} bits`);
  if (input.length > maxBits) {
    throw new AleoCryptoError(`Inputs to this BHP cannot exceed ${maxBits} bits, found ${input.length}`);
  }
  let acc = EXT_ZERO;
  for (let i = 0; i < input.length; i += 3) {
    const c = Number(input[i] ?? false) | Number(input[i + 1] ?? false) << 1 | Number(input[i + 2] ?? false) << 2;
    const chunk = i / 3;
    const table = p.lookup[Math.floor(chunk / p.windowSize)]?.[chunk % p.windowSize];
    acc = extAdd(acc, table[c]);
  }
  return acc;
}
function hashExt(p, input) {
  const perBlock = p.numWindows * p.windowSize * 3 - FIELD_DATA_BITS;
  let digest = EXT_ZERO;
  for (let i = 0; i * perBlock < input.length; i++) {
    const chunk = input.slice(i * perBlock, (i + 1) * perBlock);
    const pre = [];
    if (i === 0) {
      pre.push(...p.domain);
      pushUintBits(pre, BigInt(input.length), 64);
    } else {
      pushUintBits(pre, toAffine(digest).x, Fq.bits);
      pre.length = FIELD_DATA_BITS;
    }
    pre.push(...chunk);
    digest = hashBlock(p, pre);
  }
  return digest;
}
function bhpHashToGroup(variant, input) {
  return toAffine(hashExt(bhpParams(variant), input));
}
function bhpHash(variant, input) {
  return bhpHashToGroup(variant, input).x;
}
function addRandomizer(acc, randomBase, randomizer) {
  let out = acc;
  for (let i = 0; i < randomBase.length; i++) {
    if (randomizer >> BigInt(i) & 1n)
      out = extAdd(out, randomBase[i]);
  }
  return out;
}
function bhpCommitToGroup(variant, input, randomizer) {
  const p = bhpParams(variant);
  return toAffine(addRandomizer(hashExt(p, input), p.randomBase, randomizer));
}

// dist/avm/crypto/cast-lossy.js
function fieldToGroupLossy(f2) {
  const p = tryFromX(f2);
  if (p)
    return p;
  if (f2 === 1n)
    return generatorPoint();
  return elligator2Encode(f2);
}
function castLossyField(f2, to) {
  if (to === "field")
    return { type: "field", value: f2 };
  if (to === "group")
    return { type: "group", value: fieldToGroupLossy(f2) };
  if (to === "address")
    return { type: "address", value: fieldToGroupLossy(f2) };
  if (to === "boolean")
    return { type: "boolean", value: (f2 & 1n) === 1n };
  if (to === "scalar")
    return { type: "scalar", value: scalarFromFieldLossy(f2) };
  if (isIntegerType(to)) {
    const w = INT_BITS[to];
    const value = to.startsWith("i") ? BigInt.asIntN(w, f2) : BigInt.asUintN(w, f2);
    return { type: to, value };
  }
  throw new AleoCryptoError(`Cannot cast (lossy) a field literal to a ${to} type.`);
}
function castLossyGroup(g, to) {
  if (to === "address")
    return { type: "address", value: g };
  if (to === "group")
    return { type: "group", value: g };
  return castLossyField(g.x, to);
}

// dist/avm/crypto/ops.js
import { keccak_256, keccak_384, keccak_512, sha3_256, sha3_384, sha3_512 } from "@noble/hashes/sha3.js";

// dist/avm/crypto/pedersen.js
var cache3 = /* @__PURE__ */ new Map();
function pedersenParams(variant) {
  return params(variant);
}
function params(variant) {
  let p = cache3.get(variant);
  if (!p) {
    const n = variant === "ped64" ? 64 : 128;
    const domain = variant === "ped64" ? "AleoPedersen64" : "AleoPedersen128";
    p = {
      bases: doublings(hashToCurve(`Aleo.Pedersen.Base.${domain}`), n),
      randomBase: doublings(hashToCurve(`Aleo.Pedersen.RandomBase.${domain}`), Fs.bits)
    };
    cache3.set(variant, p);
  }
  return p;
}
function hashExt2(variant, input) {
  const { bases: bases2 } = params(variant);
  if (input.length > bases2.length) {
    throw new AleoCryptoError(`Invalid input size for Pedersen: expected <= ${bases2.length}, found ${input.length}`);
  }
  let acc = EXT_ZERO;
  for (let i = 0; i < input.length; i++)
    if (input[i])
      acc = extAdd(acc, bases2[i]);
  return acc;
}
function pedersenHashToGroup(variant, input) {
  return toAffine(hashExt2(variant, input));
}
function pedersenCommitToGroup(variant, input, randomizer) {
  return toAffine(addRandomizer(hashExt2(variant, input), params(variant).randomBase, randomizer));
}

// dist/avm/crypto/ops.js
var KECCAK = {
  keccak256: [keccak_256, "bhp256"],
  keccak384: [keccak_384, "bhp512"],
  keccak512: [keccak_512, "bhp512"],
  sha3_256: [sha3_256, "bhp256"],
  sha3_384: [sha3_384, "bhp512"],
  sha3_512: [sha3_512, "bhp512"]
};
function keccakBits(variant, bits) {
  const entry3 = KECCAK[variant];
  if (!entry3)
    throw new AleoCryptoError(`Unknown Keccak variant '${variant}'`);
  const out = [];
  pushBytesBits(out, entry3[0](bitsToBytes(bits)));
  return out;
}
function hashBitsToGroup(variant, bits) {
  switch (variant) {
    case "bhp256":
    case "bhp512":
    case "bhp768":
    case "bhp1024":
      return bhpHashToGroup(variant, bits);
    case "ped64":
    case "ped128":
      return pedersenHashToGroup(variant, bits);
    case "psd2":
    case "psd4":
    case "psd8":
      throw new AleoCryptoError(`'${variant}' hashes fields, not bits`);
    default: {
      const entry3 = KECCAK[variant];
      return bhpHashToGroup(entry3[1], keccakBits(variant, bits));
    }
  }
}
function checkHashDest(dest) {
  if (dest === "boolean" || dest === "string" || dest === "signature") {
    throw new AleoCryptoError(`Invalid destination type '${dest}' for 'hash' instruction`);
  }
}
function hashOp(variant, input, dest) {
  checkHashDest(dest);
  if (variant === "psd2" || variant === "psd4" || variant === "psd8") {
    const rate = Number(variant.slice(3));
    const fields = plaintextFields(input);
    if (dest === "group" || dest === "address")
      return castLossyGroup(poseidonHashToGroup(rate, fields), dest);
    return castLossyField(poseidonHash(rate, fields), dest);
  }
  return castLossyGroup(hashBitsToGroup(variant, plaintextBits(input)), dest);
}
function commitOp(variant, input, randomizer, dest) {
  if (dest !== "address" && dest !== "field" && dest !== "group") {
    throw new AleoCryptoError(`Invalid destination type '${dest}' for 'commit' instruction`);
  }
  if (!Fs.isValid(randomizer))
    throw new AleoCryptoError("The commit randomizer must be a scalar");
  const bits = plaintextBits(input);
  const g = variant === "ped64" || variant === "ped128" ? pedersenCommitToGroup(variant, bits, randomizer) : bhpCommitToGroup(variant, bits, randomizer);
  return castLossyGroup(g, dest);
}

// dist/avm/arith/curve.js
var IDENTITY = ZERO;
var GENERATOR = generatorPoint();
var GENERATOR_X2 = GENERATOR.x;
var pointAdd = add;
var pointNeg = neg;
var pointDouble = double;
var pointMul = (a2, k) => mul(a2, k);
function pointFromX(x) {
  return tryFromX(x);
}

// dist/avm/arith/modular.js
var FR = Fq;
var FS = Fs;
function mod(a2, p) {
  const r = a2 % p;
  return r < 0n ? r + p : r;
}
var fieldOf = (p) => p === Fs.p ? Fs : Fq;
function powMod(base, exp, p) {
  return fieldOf(p).pow(mod(base, p), exp);
}
function invMod(a2, p) {
  const x = mod(a2, p);
  return x === 0n ? void 0 : fieldOf(p).inv(x);
}
function sqrtLesser(a2, f2) {
  return f2.sqrtSmaller(a2);
}

// dist/avm/instructions/crypto-ops.js
function asHalt(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AleoCryptoError)
      throw new AleoHalt(e.shortMessage, { cause: e });
    throw e;
  }
}
function signatureFromText(text) {
  try {
    return parseSignature(text);
  } catch (e) {
    if (e instanceof AleoDecodeError || e instanceof AleoCryptoError)
      throw new AleoValueError(`invalid signature ${text}: ${e.shortMessage}`);
    throw e;
  }
}
function signatureToText(signature) {
  return signatureToString(signature);
}

// dist/avm/text/literal.js
function integerBits(t) {
  return Number(t.slice(1));
}
function isSigned(t) {
  return t[0] === "i";
}
function integerMin(t) {
  return isSigned(t) ? -(1n << BigInt(integerBits(t) - 1)) : 0n;
}
function integerMax(t) {
  const bits = BigInt(integerBits(t));
  return isSigned(t) ? (1n << bits - 1n) - 1n : (1n << bits) - 1n;
}
function isIntegerType2(t) {
  return INTEGER_TYPES.includes(t);
}
var NUMERIC = /^(-?)([0-9][0-9_]*)(u8|u16|u32|u64|u128|i8|i16|i32|i64|i128|field|group|scalar)$/;
function addressToText(point) {
  return addressToString(point);
}
function addressFromText(text) {
  try {
    return parseAddress(text);
  } catch (e) {
    if (e instanceof AleoDecodeError || e instanceof AleoCryptoError)
      throw new AleoValueError(`invalid address ${text}: ${e.shortMessage}`);
    throw e;
  }
}
function parseLiteral(text) {
  if (text === "true" || text === "false")
    return { type: "boolean", value: text === "true" };
  if (text.startsWith("aleo1"))
    return { type: "address", value: addressFromText(text) };
  if (text.startsWith("sign1"))
    return { type: "signature", value: signatureFromText(text) };
  if (text === "group::GEN")
    return { type: "group", value: GENERATOR };
  if (text.startsWith('"'))
    return { type: "string", value: parseStringLiteral(text) };
  const m = NUMERIC.exec(text);
  if (!m)
    throw new AleoValueError(`invalid literal ${JSON.stringify(text)}`);
  const negative = m[1] === "-";
  const digits = m[2].replaceAll("_", "");
  const magnitude = BigInt(digits);
  const type = m[3];
  if (isIntegerType2(type)) {
    if (negative && !isSigned(type))
      throw new AleoValueError(`${text}: an unsigned integer cannot be negative`);
    const value = negative ? -magnitude : magnitude;
    if (value < integerMin(type) || value > integerMax(type))
      throw new AleoValueError(`${text}: out of range for ${type}`);
    return { type, value: value === 0n ? 0n : value };
  }
  if (digits.length > 1 && digits[0] === "0")
    throw new AleoValueError(`${text}: leading zeros are not allowed`);
  if (type === "field" || type === "scalar") {
    const p = type === "field" ? FIELD_MODULUS : SCALAR_MODULUS;
    const v = magnitude % p;
    return { type, value: negative && v !== 0n ? p - v : v };
  }
  const x0 = magnitude % FIELD_MODULUS;
  const point = x0 === 0n ? IDENTITY : pointFromX(x0);
  if (!point)
    throw new AleoValueError(`${text}: not the x-coordinate of a point in the group`);
  return { type: "group", value: negative ? pointNeg(point) : point };
}
var ESCAPES = {
  n: "\n",
  r: "\r",
  t: "	",
  b: "\b",
  f: "\f",
  "\\": "\\",
  "/": "/",
  '"': '"'
};
function unsupportedChar(code) {
  if (code > 8297)
    return false;
  if (code < 8234)
    return code <= 31 ? code < 9 || code > 13 || code === 11 || code === 12 : code === 127;
  return code <= 8238 || code >= 8294;
}
function parseStringLiteral(text) {
  if (text.length < 2 || !text.endsWith('"'))
    throw new AleoValueError(`unterminated string ${text}`);
  const end = text.length - 1;
  let out = "";
  let i = 1;
  while (i < end) {
    const c = text[i];
    if (c === "\\") {
      const n = text[i + 1] ?? "";
      const hex3 = n === "u" ? /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2)) : null;
      if (hex3) {
        const cp2 = Number.parseInt(hex3[1], 16);
        if (cp2 > 1114111 || cp2 >= 55296 && cp2 <= 57343)
          throw new AleoValueError(`invalid unicode escape in string ${text}`);
        out += String.fromCodePoint(cp2);
        i += 2 + hex3[0].length;
      } else if (n in ESCAPES && n !== "u") {
        out += ESCAPES[n];
        i += 2;
      } else {
        let j = i + 1;
        while (j < end && " 	\r\n".includes(text[j]))
          j++;
        if (j === i + 1)
          throw new AleoValueError(`invalid escape in string ${text}`);
        i = j;
      }
      continue;
    }
    const cp = text.codePointAt(i);
    if (c === '"' || unsupportedChar(cp))
      throw new AleoValueError(`invalid character in string ${text}`);
    out += String.fromCodePoint(cp);
    i += cp > 65535 ? 2 : 1;
  }
  const size = new TextEncoder().encode(out).length;
  if (size > 255)
    throw new AleoValueError(`Attempted to allocate a string of size ${size}`);
  return out;
}
function literalToText(l) {
  switch (l.type) {
    case "boolean":
      return l.value ? "true" : "false";
    case "address":
      return addressToText(l.value);
    case "group":
      return `${l.value.x}group`;
    case "signature":
      return signatureToText(l.value);
    case "string":
      return `"${l.value}"`;
    default:
      return `${l.value}${l.type}`;
  }
}

// dist/avm/curves/errors.js
var VarunaDecodeError = class extends PolyvmError {
  name = "VarunaDecodeError";
  constructor(shortMessage, options) {
    super("VARUNA_DECODE", shortMessage, options);
  }
};
var VarunaInputError = class extends PolyvmError {
  name = "VarunaInputError";
  constructor(shortMessage, options) {
    super("VARUNA_INPUT", shortMessage, options);
  }
};
var VarunaSrsError = class extends PolyvmError {
  name = "VarunaSrsError";
  constructor(shortMessage, options) {
    super("VARUNA_SRS", shortMessage, options);
  }
};
var VarunaInitError = class extends PolyvmError {
  name = "VarunaInitError";
  constructor(shortMessage, options) {
    super("VARUNA_INIT", shortMessage, options);
  }
};

// dist/avm/curves/fields.js
var Fr = Fq;
var Fq2 = new PrimeField(258664426012969094010652733694893533536393512754914660539884262666720468348340822774968888139573360124440321458177n);
var FR_BYTES = 32;
var FQ_BYTES = 48;

// dist/avm/curves/bls12-377.js
var ready;
var initialised = false;
var mcl;
function initBls12377() {
  ready ??= import("mcl-wasm").then(async (m) => {
    mcl = m.default ?? m;
    await mcl.init(mcl.BLS12_377);
    mcl.verifyOrderG1(false);
    mcl.verifyOrderG2(false);
    initialised = true;
  });
  return ready;
}
function needInit() {
  if (!initialised)
    throw new VarunaInitError("BLS12-377 is not initialised: await initVaruna() first");
}
function mclModule() {
  needInit();
  return mcl;
}
var G1_ZERO = { x: 0n, y: 1n, infinity: true };
var G2_GENERATOR = {
  x: [
    170590608266080109581922461902299092015242589883741236963254737235977648828052995125541529645051927918098146183295n,
    83407003718128594709087171351153471074446327721872642659202721143408712182996929763094113874399921859453255070254n
  ],
  y: [
    1843833842842620867708835993770650838640642469700861403869757682057607397502738488921663703124647238454792872005n,
    33145532013610981697337930729788870077912093258611421158732879580766461459275194744385880708057348608045241477209n
  ],
  infinity: false
};
function isOnCurveG1(p) {
  if (p.infinity)
    return true;
  return Fq2.square(p.y) === Fq2.add(Fq2.mul(Fq2.square(p.x), p.x), 1n);
}
function g1(p) {
  needInit();
  const q = new mcl.G1();
  if (!p.infinity)
    q.setStr(`1 ${p.x.toString(16)} ${p.y.toString(16)}`, 16);
  return q;
}
function g1Affine(p) {
  const s = mcl.normalize(p).getStr(16);
  if (s === "0")
    return G1_ZERO;
  const [, x, y] = s.split(" ");
  return { x: BigInt(`0x${x}`), y: BigInt(`0x${y}`), infinity: false };
}
function g2(p) {
  needInit();
  const q = new mcl.G2();
  if (!p.infinity)
    q.setStr(`1 ${[...p.x, ...p.y].map((v) => v.toString(16)).join(" ")}`, 16);
  return q;
}
function isInSubgroupG1(p) {
  if (p.infinity)
    return true;
  if (!isOnCurveG1(p))
    return false;
  return g1(p).isValidOrder();
}
function scalar(k) {
  needInit();
  const f2 = new mcl.Fr();
  f2.setStr(k.toString(16), 16);
  return f2;
}
var g1Add = (a2, b) => mcl.add(a2, b);
var g1Neg = (a2) => mcl.neg(a2);
function g1Msm(points, scalars) {
  needInit();
  let acc = new mcl.G1();
  for (let i = 0; i < points.length; i += 4096) {
    const ps = points.slice(i, i + 4096);
    if (ps.length === 1)
      acc = mcl.add(acc, mcl.mul(ps[0], scalar(scalars[i])));
    else
      acc = mcl.add(acc, mcl.mulVec(ps, scalars.slice(i, i + 4096).map(scalar)));
  }
  return acc;
}
function pairingProductIsOne(pairs) {
  needInit();
  let f2;
  for (const [p, q] of pairs) {
    if (p.isZero() || q.isZero())
      continue;
    const m = mcl.millerLoop(p, q);
    f2 = f2 ? mcl.mul(f2, m) : m;
  }
  return f2 === void 0 || mcl.finalExp(f2).isOne();
}
function g1FromX(x, greatest, label) {
  const y = Fq2.sqrt(Fq2.add(Fq2.mul(Fq2.square(x), x), 1n));
  if (y === void 0)
    throw new VarunaDecodeError(`${label}: x is not the abscissa of a G1 point`);
  const neg3 = Fq2.neg(y);
  const big = y > neg3;
  return { x, y: greatest === big ? y : neg3, infinity: false };
}

// dist/avm/curves/bytes.js
var INFINITY = 64;
var POSITIVE = 128;
function leToBigint(b, from, n) {
  let v = 0n;
  for (let i = from + n - 1; i >= from; i--)
    v = v << 8n | BigInt(b[i]);
  return v;
}
function bigintToLe(v, out, at, n) {
  let x = v;
  for (let i = 0; i < n; i++) {
    out[at + i] = Number(x & 0xffn);
    x >>= 8n;
  }
}
var ByteReader = class {
  bytes;
  label;
  pos = 0;
  constructor(bytes, label) {
    this.bytes = bytes;
    this.label = label;
  }
  take(n) {
    if (this.pos + n > this.bytes.length)
      throw new VarunaDecodeError(`${this.label}: ends after ${this.bytes.length} bytes, ${n} more needed`);
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u8() {
    return this.bytes[this.take(1)];
  }
  u64() {
    return leToBigint(this.bytes, this.take(8), 8);
  }
  /** A u64 count that must stay below `max` (lengths come off the wire). */
  count(what, max) {
    const n = this.u64();
    if (n > BigInt(max))
      throw new VarunaDecodeError(`${this.label}: ${what} ${n} exceeds ${max}`);
    return Number(n);
  }
  bool() {
    const b = this.u8();
    if (b > 1)
      throw new VarunaDecodeError(`${this.label}: byte ${b} at ${this.pos - 1} is not a boolean`);
    return b === 1;
  }
  fr() {
    const v = leToBigint(this.bytes, this.take(FR_BYTES), FR_BYTES);
    if (v >= Fr.p)
      throw new VarunaDecodeError(`${this.label}: field element at ${this.pos - FR_BYTES} is not canonical`);
    return v;
  }
  fqWithFlags() {
    const at = this.take(FQ_BYTES);
    const flags = this.bytes[at + FQ_BYTES - 1] & (INFINITY | POSITIVE);
    const v = leToBigint(this.bytes, at, FQ_BYTES) & ~(BigInt(INFINITY | POSITIVE) << BigInt(8 * FQ_BYTES - 8));
    if (v >= Fq2.p)
      throw new VarunaDecodeError(`${this.label}: coordinate at ${at} is not canonical`);
    if (flags === (INFINITY | POSITIVE))
      throw new VarunaDecodeError(`${this.label}: invalid point flags at ${at}`);
    return { v, flags };
  }
  fq() {
    const at = this.take(FQ_BYTES);
    const v = leToBigint(this.bytes, at, FQ_BYTES);
    if (v >= Fq2.p)
      throw new VarunaDecodeError(`${this.label}: coordinate at ${at} is not canonical`);
    return v;
  }
  /** A compressed G1 point, checked to be in the prime-order subgroup. */
  g1() {
    const at = this.pos;
    const { v, flags } = this.fqWithFlags();
    if (flags & INFINITY) {
      if (v !== 0n)
        throw new VarunaDecodeError(`${this.label}: point at infinity at ${at} has a non-zero x`);
      return G1_ZERO;
    }
    const p = g1FromX(v, (flags & POSITIVE) !== 0, `${this.label} at ${at}`);
    if (!isInSubgroupG1(p))
      throw new VarunaDecodeError(`${this.label}: point at ${at} is not in G1's subgroup`);
    return p;
  }
  /** An uncompressed G1 point (the SRS files), checked to be on the curve. */
  g1Uncompressed() {
    const at = this.pos;
    const x = this.fq();
    const { v: y, flags } = this.fqWithFlags();
    const p = { x, y, infinity: (flags & INFINITY) !== 0 };
    if (p.infinity)
      return G1_ZERO;
    if (!isOnCurveG1(p))
      throw new VarunaDecodeError(`${this.label}: point at ${at} is not on G1`);
    return p;
  }
  /** An uncompressed G2 point (the SRS files). */
  g2Uncompressed() {
    const x = [this.fq(), this.fq()];
    const c0 = this.fq();
    const { v: c1, flags } = this.fqWithFlags();
    return { x, y: [c0, c1], infinity: (flags & INFINITY) !== 0 };
  }
  bytesN(n) {
    const at = this.take(n);
    return this.bytes.slice(at, at + n);
  }
  end() {
    if (this.pos !== this.bytes.length)
      throw new VarunaDecodeError(`${this.label}: ${this.bytes.length - this.pos} trailing bytes after ${this.pos}`);
  }
};
var ByteWriter = class {
  buf = new Uint8Array(1024);
  len = 0;
  room(n) {
    if (this.len + n > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    const at = this.len;
    this.len += n;
    return at;
  }
  u8(v) {
    this.buf[this.room(1)] = v;
    return this;
  }
  u64(v) {
    bigintToLe(BigInt(v), this.buf, this.room(8), 8);
    return this;
  }
  bool(v) {
    return this.u8(v ? 1 : 0);
  }
  fr(v) {
    bigintToLe(v, this.buf, this.room(FR_BYTES), FR_BYTES);
    return this;
  }
  g1(p) {
    const at = this.room(FQ_BYTES);
    if (p.infinity) {
      this.buf[at + FQ_BYTES - 1] = INFINITY;
      return this;
    }
    bigintToLe(p.x, this.buf, at, FQ_BYTES);
    if (p.y > Fq2.neg(p.y))
      this.buf[at + FQ_BYTES - 1] = this.buf[at + FQ_BYTES - 1] | POSITIVE;
    return this;
  }
  raw(b) {
    this.buf.set(b, this.room(b.length));
    return this;
  }
  bytes() {
    return this.buf.slice(0, this.len);
  }
};

// dist/avm/varuna/encoding.js
var VERSION = 1;
var MAX_ITEMS = 1 << 16;
var INFO_FIELDS = [
  "numPublicInputs",
  "numVariables",
  "numConstraints",
  "nonZeroA",
  "nonZeroB",
  "nonZeroC"
];
function readVersion(r) {
  const v = r.u8();
  if (v !== VERSION)
    throw new VarunaDecodeError(`${r.label}: version ${v}, expected ${VERSION}`);
}
function circuitInfoBytes(info) {
  const w = new ByteWriter();
  for (const k of INFO_FIELDS)
    w.u64(info[k]);
  return w.bytes();
}
function decodeVerifyingKey(bytes, opts = {}) {
  const r = new ByteReader(bytes, "verifying key");
  readVersion(r);
  const info = {};
  for (const k of INFO_FIELDS)
    info[k] = r.count(k, Number.MAX_SAFE_INTEGER);
  const n = r.count("commitment count", MAX_ITEMS);
  const commitments = Array.from({ length: n }, () => r.g1());
  const id = r.bytesN(32);
  const numVariables2 = r.u64();
  if (!opts.trailing)
    r.end();
  return { info, commitments, id, numVariables: numVariables2 };
}
function encodeVerifyingKey(vk) {
  const w = new ByteWriter().u8(VERSION).raw(circuitInfoBytes(vk.info)).u64(vk.commitments.length);
  for (const c of vk.commitments)
    w.g1(c);
  return w.raw(vk.id).u64(vk.numVariables).bytes();
}
var sums = (r) => ({ a: r.fr(), b: r.fr(), c: r.fr() });
var many = (n, f2) => Array.from({ length: n }, f2);
function decodeProof(bytes, opts = {}) {
  const r = new ByteReader(bytes, "proof");
  readVersion(r);
  const batchSizes = many(r.count("circuit count", MAX_ITEMS), () => r.count("batch size", MAX_ITEMS));
  if (batchSizes.length === 0 || batchSizes.some((b) => b === 0))
    throw new VarunaDecodeError("proof: empty batch");
  const k = batchSizes.length;
  const instances = batchSizes.reduce((a2, b) => a2 + b, 0);
  const g = () => r.g1();
  const w = many(instances, g);
  const maskPoly = r.bool() ? r.g1() : void 0;
  const [h0, g12, h1] = [g(), g(), g()];
  const [ga, gb, gc] = [many(k, g), many(k, g), many(k, g)];
  const h2 = g();
  const f2 = () => r.fr();
  const evals = { g1: f2(), ga: many(k, f2), gb: many(k, f2), gc: many(k, f2) };
  const thirdSums = batchSizes.map((b) => many(b, () => sums(r)));
  const fourthSums = many(k, () => sums(r));
  const pc = many(r.count("opening count", MAX_ITEMS), () => ({
    w: r.g1(),
    randomV: r.bool() ? r.fr() : void 0
  }));
  if (!opts.trailing)
    r.end();
  return { batchSizes, w, maskPoly, h0, g1: g12, h1, ga, gb, gc, h2, evals, thirdSums, fourthSums, pc };
}
function encodeProof(p) {
  const w = new ByteWriter().u8(VERSION).u64(p.batchSizes.length);
  for (const b of p.batchSizes)
    w.u64(b);
  for (const c of p.w)
    w.g1(c);
  w.bool(p.maskPoly !== void 0);
  if (p.maskPoly)
    w.g1(p.maskPoly);
  for (const c of [p.h0, p.g1, p.h1, ...p.ga, ...p.gb, ...p.gc, p.h2])
    w.g1(c);
  for (const e of [p.evals.g1, ...p.evals.ga, ...p.evals.gb, ...p.evals.gc])
    w.fr(e);
  for (const s of [...p.thirdSums.flat(), ...p.fourthSums])
    w.fr(s.a).fr(s.b).fr(s.c);
  w.u64(p.pc.length);
  for (const o of p.pc) {
    w.g1(o.w).bool(o.randomV !== void 0);
    if (o.randomV !== void 0)
      w.fr(o.randomV);
  }
  return w.bytes();
}
var parseVerifyingKey = (text) => decodeVerifyingKey(bech32mDecode(text.trim(), "verifier", "verifying key"));
var parseProof = (text) => decodeProof(bech32mDecode(text.trim(), "proof", "proof"));
var proofToString = (p) => bech32mEncode("proof", encodeProof(p));

// dist/avm/varuna/srs.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function srsDir() {
  if (process.env.POLYVM_ALEO_SRS)
    return process.env.POLYVM_ALEO_SRS;
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/aleo-srs");
}
function read(dir, name) {
  const file = join(dir, name);
  if (!existsSync(file))
    throw new VarunaSrsError(`universal SRS file ${file} not found`);
  return new ByteReader(new Uint8Array(readFileSync(file)), name);
}
function readMap(r, value) {
  const m = /* @__PURE__ */ new Map();
  const n = r.count("entries", 1 << 20);
  for (let i = 0; i < n; i++)
    m.set(r.count("key", Number.MAX_SAFE_INTEGER), value());
  r.end();
  return m;
}
var verifierCache;
function loadVerifierSrs(dir = srsDir()) {
  if (verifierCache?.dir === dir)
    return verifierCache.srs;
  const powers = read(dir, "powers-of-beta-15.usrs");
  powers.count("powers", 1 << 28);
  const g = powers.g1Uncompressed();
  const gamma = read(dir, "powers-of-beta-gamma.usrs");
  const gammaMap = readMap(gamma, () => gamma.g1Uncompressed());
  const gammaG = gammaMap.get(0);
  if (!gammaG)
    throw new VarunaSrsError("powers-of-beta-gamma.usrs has no degree 0");
  const neg3 = read(dir, "neg-powers-of-beta.usrs");
  const negPowersOfBetaH = readMap(neg3, () => neg3.g2Uncompressed());
  const bh = read(dir, "beta-h.usrs");
  const betaH = bh.g2Uncompressed();
  bh.end();
  const srs = { g, gammaG, h: G2_GENERATOR, betaH, negPowersOfBetaH };
  verifierCache = { dir, srs };
  return srs;
}
var SRS_MAX_DEGREE = 1 << 28;
var CHUNK = 1 << 15;
function readPowers(dir, file) {
  const r = read(dir, file);
  const n = r.count("powers", 1 << 28);
  if (n !== CHUNK)
    throw new VarunaSrsError(`${file}: ${n} powers, expected ${CHUNK}`);
  const out = new Array(n);
  for (let i = 0; i < n; i++)
    out[i] = g1(r.g1Uncompressed());
  r.end();
  return out;
}
var ProverSrs = class {
  dir;
  verifier;
  gammaPowers;
  normal = [];
  shifted = [];
  constructor(dir, verifier, gammaPowers) {
    this.dir = dir;
    this.verifier = verifier;
    this.gammaPowers = gammaPowers;
  }
  /** β^0·G … β^(n-1)·G. */
  powers(n) {
    if (n > 2 * CHUNK)
      throw new VarunaSrsError(`degree ${n - 1} needs SRS powers beyond 2^16 (not available offline)`);
    if (this.normal.length === 0)
      this.normal = readPowers(this.dir, "powers-of-beta-15.usrs");
    if (n > CHUNK && this.normal.length === CHUNK)
      this.normal = this.normal.concat(readPowers(this.dir, "powers-of-beta-16.usrs"));
    return this.normal.slice(0, n);
  }
  /** β^start·G … β^(start+n-1)·G for start ≥ D - 2^16 (degree-bound commitments). */
  shiftedPowers(start, n) {
    const low = SRS_MAX_DEGREE - 2 * CHUNK;
    if (start < low || start + n > SRS_MAX_DEGREE)
      throw new VarunaSrsError(`shifted SRS powers ${start}..${start + n} are not available offline`);
    if (this.shifted.length === 0)
      this.shifted = readPowers(this.dir, "shifted-powers-of-beta-16.usrs").concat(readPowers(this.dir, "shifted-powers-of-beta-15.usrs"));
    return this.shifted.slice(start - low, start - low + n);
  }
};
var proverCache;
function loadProverSrs(dir = srsDir()) {
  if (proverCache?.dir === dir)
    return proverCache;
  const gamma = read(dir, "powers-of-beta-gamma.usrs");
  const gammaPowers = readMap(gamma, () => gamma.g1Uncompressed());
  proverCache = new ProverSrs(dir, loadVerifierSrs(dir), gammaPowers);
  return proverCache;
}

// dist/avm/parser/types.js
var IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
var PROGRAM_ID = /^[a-z][a-z0-9_]{0,30}\.aleo$/;
function isIdentifier(text) {
  return IDENT.test(text);
}
function isProgramId(text) {
  return PROGRAM_ID.test(text);
}
function isLiteralType(text) {
  return LITERAL_TYPES.includes(text);
}
function namedType(text, ts) {
  if (isLiteralType(text))
    return { kind: "literal", type: text };
  if (!isIdentifier(text))
    throw ts.error(`invalid type '${text}'`);
  return { kind: "struct", name: text };
}
function arrayType(ts) {
  ts.expect("[");
  const element = plaintextType(ts);
  ts.expect(";");
  const lenTok = ts.word("an array length");
  const m = /^([0-9][0-9_]*)u32$/.exec(lenTok.text);
  if (!m)
    throw ts.error(`invalid array length '${lenTok.text}' (expected e.g. 4u32)`, lenTok);
  ts.expect("]");
  return { kind: "array", element, length: Number(m[1].replaceAll("_", "")) };
}
function plaintextType(ts) {
  if (ts.is("["))
    return arrayType(ts);
  const t = ts.word("a type");
  return namedType(t.text, ts);
}
var VISIBILITIES = ["constant", "public", "private"];
function valueType(ts) {
  if (ts.is("[")) {
    const type = arrayType(ts);
    const vis = ts.word("a visibility");
    if (!vis.text.startsWith(".") || !VISIBILITIES.includes(vis.text.slice(1)))
      throw ts.error(`expected .constant, .public or .private, found '${vis.text}'`, vis);
    return { kind: "plaintext", type, visibility: vis.text.slice(1) };
  }
  const t = ts.word("a type");
  if (ts.accept("/")) {
    const rest = ts.word("a record or future name");
    const [name, suffix2, extra] = rest.text.split(".");
    if (!isProgramId(t.text))
      throw ts.error(`invalid program id '${t.text}'`, t);
    if (extra !== void 0 || !name || !isIdentifier(name) || suffix2 !== "record" && suffix2 !== "future")
      throw ts.error(`expected NAME.record or NAME.future, found '${rest.text}'`, rest);
    const locator2 = { program: t.text, name };
    return suffix2 === "record" ? { kind: "external_record", locator: locator2 } : { kind: "future", locator: locator2 };
  }
  const dot2 = t.text.lastIndexOf(".");
  if (dot2 < 0)
    throw ts.error(`expected a visibility after '${t.text}' (e.g. ${t.text}.private)`, t);
  const base = t.text.slice(0, dot2);
  const suffix = t.text.slice(dot2 + 1);
  if (suffix === "record") {
    if (!isIdentifier(base))
      throw ts.error(`invalid record name '${base}'`, t);
    return { kind: "record", name: base };
  }
  if (!VISIBILITIES.includes(suffix))
    throw ts.error(`invalid visibility '.${suffix}'`, t);
  return { kind: "plaintext", type: namedType(base, ts), visibility: suffix };
}
function registerType(ts) {
  if (ts.is("["))
    return { kind: "plaintext", type: arrayType(ts) };
  const t = ts.peek();
  if (ts.peek(1).text === "/") {
    const v = valueType(ts);
    if (v.kind === "plaintext")
      throw ts.error("unexpected visibility", t);
    return v;
  }
  ts.next();
  if (t.text.endsWith(".record")) {
    const name = t.text.slice(0, -".record".length);
    if (!isIdentifier(name))
      throw ts.error(`invalid record name '${name}'`, t);
    return { kind: "record", name };
  }
  if (t.text.includes("."))
    throw ts.error(`closure types take no visibility: '${t.text}'`, t);
  return { kind: "plaintext", type: namedType(t.text, ts) };
}
function finalizeType(ts) {
  const start = ts.peek();
  const v = valueType(ts);
  if (v.kind === "future")
    return v;
  if (v.kind === "plaintext" && v.visibility === "public")
    return { kind: "plaintext", type: v.type };
  throw ts.error("finalize inputs must be public plaintexts or futures", start);
}
function mappingType(ts) {
  const start = ts.peek();
  const v = valueType(ts);
  if (v.kind !== "plaintext" || v.visibility !== "public")
    throw ts.error("mapping types must be T.public", start);
  return v.type;
}
function castType(ts) {
  const t = ts.peek();
  if (t.kind === "word" && (t.text === "group.x" || t.text === "group.y")) {
    ts.next();
    return { kind: t.text === "group.x" ? "group_x" : "group_y" };
  }
  if (t.text === "[")
    return { kind: "plaintext", type: arrayType(ts) };
  if (ts.peek(1).text === "/" || t.text.endsWith(".record")) {
    const r = registerType(ts);
    if (r.kind === "future" || r.kind === "plaintext")
      throw ts.error("cannot cast to a future", t);
    return r;
  }
  return { kind: "plaintext", type: plaintextType(ts) };
}
function literalTypeName(ts) {
  const t = ts.word("a literal type");
  if (!isLiteralType(t.text))
    throw ts.error(`expected a literal type, found '${t.text}'`, t);
  return t.text;
}

// dist/avm/parser/lexer.js
var PUNCT = /* @__PURE__ */ new Set([";", ":", ",", "[", "]", "{", "}", "/"]);
function isWordStart(c) {
  return /[A-Za-z0-9_.]/.test(c);
}
function tokenize(source) {
  const tokens = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  const here = () => ({ line, column: i - lineStart + 1 });
  let comment;
  const push = (t) => {
    tokens.push(comment ? { ...t, comment } : t);
    comment = void 0;
  };
  while (i < n) {
    const c = source[i];
    if (c === "\n") {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "/" && source[i + 1] === "/") {
      comment ??= here();
      while (i < n && source[i] !== "\n")
        i++;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const start = here();
      comment ??= start;
      const end = source.indexOf("*/", i + 2);
      if (end < 0)
        throw new AleoParseError("unterminated block comment", start.line, start.column);
      for (let j = i; j < end; j++) {
        if (source[j] === "\n") {
          line++;
          lineStart = j + 1;
        }
      }
      i = end + 2;
      continue;
    }
    const pos2 = here();
    if (c === '"') {
      let j = i + 1;
      while (j < n && source[j] !== '"') {
        if (source[j] === "\\")
          j++;
        if (source[j] === "\n") {
          line++;
          lineStart = j + 1;
        }
        j++;
      }
      if (j >= n)
        throw new AleoParseError("unterminated string", pos2.line, pos2.column);
      push({ kind: "string", text: source.slice(i, j + 1), ...pos2 });
      i = j + 1;
      continue;
    }
    if (isWordStart(c) || c === "-" && /[0-9]/.test(source[i + 1] ?? "")) {
      let j = i + 1;
      while (j < n && isWordStart(source[j]))
        j++;
      let text = source.slice(i, j);
      if (text === "group" && source.startsWith("::GEN", j)) {
        text = "group::GEN";
        j += 5;
      }
      push({ kind: "word", text, ...pos2 });
      i = j;
      continue;
    }
    if (PUNCT.has(c)) {
      push({ kind: "punct", text: c, ...pos2 });
      i++;
      continue;
    }
    throw new AleoParseError(`unexpected character ${JSON.stringify(c)}`, pos2.line, pos2.column);
  }
  tokens.push({ kind: "eof", text: "", line, column: i - lineStart + 1 });
  return tokens;
}
var TokenStream = class {
  tokens;
  statements;
  pos = 0;
  statementAt = -1;
  constructor(tokens, statements = false) {
    this.tokens = tokens;
    this.statements = statements;
  }
  /** The current token starts a declaration or statement: a comment may precede it. */
  statement() {
    this.statementAt = this.pos;
  }
  peek(offset = 0) {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (t.kind === "eof")
      return t;
    if (this.statements && t.comment && this.statementAt !== this.pos)
      throw new AleoParseError("a comment may only stand before a statement", t.comment.line, t.comment.column);
    this.pos++;
    return t;
  }
  atEnd() {
    return this.peek().kind === "eof";
  }
  is(text) {
    const t = this.peek();
    return t.kind !== "string" && t.text === text;
  }
  accept(text) {
    if (!this.is(text))
      return false;
    this.next();
    return true;
  }
  expect(text) {
    const t = this.peek();
    if (t.kind === "string" || t.text !== text)
      throw this.error(`expected '${text}', found ${describe(t)}`, t);
    return this.next();
  }
  word(what) {
    const t = this.peek();
    if (t.kind !== "word")
      throw this.error(`expected ${what}, found ${describe(t)}`, t);
    return this.next();
  }
  error(message, t = this.peek()) {
    return new AleoParseError(message, t.line, t.column);
  }
};
function adjacent(a2, b) {
  return a2.kind !== "eof" && b.line === a2.line && b.column === a2.column + a2.text.length;
}
function describe(t) {
  return t.kind === "eof" ? "end of input" : `'${t.text}'`;
}

// dist/avm/text/value.js
function plaintextToText(p, depth = 0) {
  const pad2 = "  ".repeat(depth);
  if (p.kind === "literal")
    return literalToText(p.literal);
  if (p.kind === "struct") {
    const lines2 = [...p.members].map(([k, v]) => `${pad2}  ${k}: ${plaintextToText(v, depth + 1)}`);
    return `{
${lines2.join(",\n")}
${pad2}}`;
  }
  const lines = p.elements.map((v) => `${pad2}  ${plaintextToText(v, depth + 1)}`);
  return `[
${lines.join(",\n")}
${pad2}]`;
}
function entryToText(e, depth) {
  if (e.value.kind === "literal")
    return `${literalToText(e.value.literal)}.${e.visibility}`;
  const pad2 = "  ".repeat(depth);
  const inner = (v, d2) => entryToText({ visibility: e.visibility, value: v }, d2);
  if (e.value.kind === "struct") {
    const lines2 = [...e.value.members].map(([k, v]) => `${pad2}  ${k}: ${inner(v, depth + 1)}`);
    return `{
${lines2.join(",\n")}
${pad2}}`;
  }
  const lines = e.value.elements.map((v) => `${pad2}  ${inner(v, depth + 1)}`);
  return `[
${lines.join(",\n")}
${pad2}]`;
}
function recordToText(r) {
  const lines = [
    `  owner: ${literalToText({ type: "address", value: r.owner.value })}.${r.owner.visibility}`
  ];
  for (const [k, e] of r.data)
    lines.push(`  ${k}: ${entryToText(e, 1)}`);
  lines.push(`  _nonce: ${r.nonce.x}group.public`);
  if ((r.version ?? 0) !== 0)
    lines.push(`  _version: ${r.version}u8.public`);
  return `{
${lines.join(",\n")}
}`;
}
function futureToText(f2, depth = 0) {
  const pad2 = "  ".repeat(depth);
  const args = f2.arguments.map((a2, i) => `${pad2}    ${a2.kind === "future" ? futureToText(a2, depth + 2) + (i === f2.arguments.length - 1 ? `
${pad2}  ` : "") : plaintextToText(a2)}`);
  const argText = args.length === 0 ? "[]" : `[
${args.join(",\n")}
${pad2}  ]`;
  return `{
${pad2}  program_id: ${f2.program},
${pad2}  function_name: ${f2.function},
${pad2}  arguments: ${argText}
${pad2}}`;
}
function valueToText(v) {
  if (v.kind === "record")
    return recordToText(v);
  if (v.kind === "future")
    return futureToText(v);
  return plaintextToText(v);
}
function parsePlaintext(text) {
  try {
    const ts = new TokenStream(tokenize(text));
    const p = plaintext(ts);
    if (!ts.atEnd())
      throw ts.error(`unexpected '${ts.peek().text}' after the value`);
    return p;
  } catch (e) {
    if (e instanceof AleoParseError)
      throw new AleoValueError(`invalid value ${JSON.stringify(text)}: ${e.shortMessage}`);
    throw e;
  }
}
function plaintext(ts) {
  if (ts.accept("{")) {
    const members2 = /* @__PURE__ */ new Map();
    do {
      const name = ts.word("a member name");
      if (members2.has(name.text))
        throw ts.error(`duplicate member '${name.text}'`, name);
      ts.expect(":");
      members2.set(name.text, plaintext(ts));
    } while (ts.accept(","));
    ts.expect("}");
    return { kind: "struct", members: members2 };
  }
  if (ts.accept("[")) {
    const elements = [];
    do
      elements.push(plaintext(ts));
    while (ts.accept(","));
    ts.expect("]");
    return { kind: "array", elements };
  }
  const t = ts.next();
  if (t.kind === "eof" || t.kind === "punct")
    throw ts.error(`expected a value, found '${t.text || "end of input"}'`, t);
  try {
    return { kind: "literal", literal: parseLiteral(t.text) };
  } catch (e) {
    if (e instanceof AleoValueError)
      throw ts.error(e.shortMessage, t);
    throw e;
  }
}
function parseRecordText(text) {
  try {
    const ts = new TokenStream(tokenize(text));
    ts.expect("{");
    const entries = /* @__PURE__ */ new Map();
    do {
      const name = ts.word("an entry name");
      if (entries.has(name.text))
        throw ts.error(`duplicate entry '${name.text}'`, name);
      ts.expect(":");
      entries.set(name.text, entry(ts));
    } while (ts.accept(","));
    ts.expect("}");
    if (!ts.atEnd())
      throw ts.error("unexpected text after the record");
    const owner = entries.get("owner");
    if (!owner)
      throw ts.error("a record needs an owner");
    const nonce = entries.get("_nonce");
    const version2 = entries.get("_version");
    entries.delete("owner");
    entries.delete("_nonce");
    entries.delete("_version");
    return { owner, entries, nonce: nonce?.value, version: version2?.value };
  } catch (e) {
    if (e instanceof AleoParseError)
      throw new AleoValueError(`invalid record ${JSON.stringify(text)}: ${e.shortMessage}`);
    throw e;
  }
}
function entry(ts) {
  let visibility;
  const strip = (word) => {
    const m = /^(.*)\.(private|public|constant)$/.exec(word);
    if (!m)
      throw ts.error(`expected a visibility on '${word}' (e.g. ${word}.private)`);
    if (visibility && visibility !== m[2])
      throw ts.error("mixed visibilities in one entry");
    visibility = m[2];
    return m[1];
  };
  const value = () => {
    if (ts.accept("{")) {
      const members2 = /* @__PURE__ */ new Map();
      do {
        const n = ts.word("a member name");
        ts.expect(":");
        members2.set(n.text, value());
      } while (ts.accept(","));
      ts.expect("}");
      return { kind: "struct", members: members2 };
    }
    if (ts.accept("[")) {
      const elements = [];
      do
        elements.push(value());
      while (ts.accept(","));
      ts.expect("]");
      return { kind: "array", elements };
    }
    const t = ts.word("a value");
    try {
      return { kind: "literal", literal: parseLiteral(strip(t.text)) };
    } catch (e) {
      if (e instanceof AleoValueError)
        throw ts.error(e.shortMessage, t);
      throw e;
    }
  };
  const v = value();
  return { visibility, value: v };
}

// dist/avm/types.js
function plaintextTypeToString(t) {
  if (t.kind === "literal")
    return t.type;
  if (t.kind === "struct")
    return t.name;
  return `[${plaintextTypeToString(t.element)}; ${t.length}u32]`;
}
function registerTypeToString(t) {
  switch (t.kind) {
    case "plaintext":
      return plaintextTypeToString(t.type);
    case "record":
      return `${t.name}.record`;
    case "external_record":
      return `${t.locator.program}/${t.locator.name}.record`;
    case "future":
      return `${t.locator.program}/${t.locator.name}.future`;
  }
}
function valueTypeToRegisterType(t) {
  return t.kind === "plaintext" ? { kind: "plaintext", type: t.type } : t;
}
function plaintextTypeEquals(a2, b) {
  if (a2.kind !== b.kind)
    return false;
  if (a2.kind === "literal")
    return a2.type === b.type;
  if (a2.kind === "struct")
    return a2.name === b.name;
  const bb = b;
  return a2.length === bb.length && plaintextTypeEquals(a2.element, bb.element);
}
function registerTypeEquals(a2, b) {
  if (a2.kind !== b.kind)
    return false;
  if (a2.kind === "plaintext")
    return plaintextTypeEquals(a2.type, b.type);
  return registerTypeToString(a2) === registerTypeToString(b);
}

// dist/avm/transition/bytes.js
var utf82 = new TextEncoder();
var Writer = class {
  parts = [];
  u8(v) {
    this.parts.push(v & 255);
  }
  u16(v) {
    this.u8(v);
    this.u8(v >> 8);
  }
  u32(v) {
    this.u16(v & 65535);
    this.u16(v >>> 16);
  }
  bytes(b) {
    for (const x of b)
      this.parts.push(x);
  }
  field(v) {
    this.bytes(bigintToBytesLe(v, 32));
  }
  done() {
    return Uint8Array.from(this.parts);
  }
};
function literalBytes(w, l) {
  w.u16(LITERAL_TYPES.indexOf(l.type));
  if (isIntegerType2(l.type)) {
    const width = integerBits(l.type);
    w.bytes(bigintToBytesLe(BigInt.asUintN(width, l.value), width / 8));
    return;
  }
  switch (l.type) {
    case "address":
    case "group":
      w.field(l.value.x);
      return;
    case "boolean":
      w.u8(l.value ? 1 : 0);
      return;
    case "field":
    case "scalar":
      w.field(l.value);
      return;
    case "signature":
      w.field(l.value.challenge);
      w.field(l.value.response);
      w.field(l.value.pkSig.x);
      w.field(l.value.prSig.x);
      return;
    case "string": {
      const b = utf82.encode(l.value);
      w.u16(b.length);
      w.bytes(b);
      return;
    }
  }
}
function identifier(w, name) {
  const b = utf82.encode(name);
  w.u8(b.length);
  w.bytes(b);
}
function plaintextBytes(p, w = new Writer()) {
  if (p.kind === "literal") {
    w.u8(0);
    literalBytes(w, p.literal);
  } else if (p.kind === "struct") {
    w.u8(1);
    w.u8(p.members.size);
    for (const [k, v] of p.members) {
      identifier(w, k);
      const b = plaintextBytes(v);
      w.u16(b.length);
      w.bytes(b);
    }
  } else {
    w.u8(2);
    w.u32(p.elements.length);
    for (const e of p.elements) {
      const b = plaintextBytes(e);
      w.u16(b.length);
      w.bytes(b);
    }
  }
  return w.done();
}
function ciphertext(w, fields) {
  w.u16(fields.length);
  for (const f2 of fields)
    w.field(f2);
}
function recordCiphertextBytes(c) {
  const w = new Writer();
  const priv = c.owner.visibility === "private";
  w.u8((c.version === 0 ? 0 : 2) + (priv ? 1 : 0));
  if (c.owner.visibility === "private")
    ciphertext(w, [c.owner.value]);
  else
    w.field(c.owner.value.x);
  w.u8(c.data.size);
  for (const [name, e] of c.data) {
    identifier(w, name);
    const ew = new Writer();
    if (e.visibility === "private") {
      ew.u8(2);
      ciphertext(ew, e.value);
    } else {
      ew.u8(e.visibility === "constant" ? 0 : 1);
      ew.bytes(plaintextBytes(e.value));
    }
    const b = ew.done();
    w.u16(b.length);
    w.bytes(b);
  }
  w.field(c.nonce.x);
  return w.done();
}
var recordCiphertextToString = (c) => bech32mEncode("record", recordCiphertextBytes(c));
function ciphertextToString(fields) {
  const w = new Writer();
  ciphertext(w, fields);
  return bech32mEncode("ciphertext", w.done());
}
var Reader = class {
  b;
  label;
  at = 0;
  constructor(b, label) {
    this.b = b;
    this.label = label;
  }
  take(n) {
    if (this.at + n > this.b.length)
      throw new AleoDecodeError(`Invalid ${this.label}: unexpected end of data`);
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u8() {
    return this.take(1)[0];
  }
  u16() {
    const b = this.take(2);
    return b[0] | b[1] << 8;
  }
  field() {
    const v = bytesToBigintLe(this.take(32));
    if (!Fq.isValid(v))
      throw new AleoDecodeError(`Invalid ${this.label}: a field element is not canonical`);
    return v;
  }
  group() {
    return fromX(this.field());
  }
  identifier() {
    return new TextDecoder().decode(this.take(this.u8()));
  }
};
function parseRecordCiphertext(text) {
  const r = new Reader(bech32mDecode(text, "record", "record ciphertext"), `record ciphertext '${text}'`);
  const variant = r.u8();
  if (variant > 3)
    throw new AleoDecodeError(`Failed to decode record variant (${variant}) for the version`);
  const version2 = variant >= 2 ? 1 : 0;
  const ciphertextFields = (rr) => Array.from({ length: rr.u16() }, () => rr.field());
  let owner;
  if (variant % 2 === 1) {
    const f2 = ciphertextFields(r);
    if (f2.length !== 1)
      throw new AleoDecodeError(`Invalid ${r.label}: the owner must be one field`);
    owner = { visibility: "private", value: f2[0] };
  } else
    owner = { visibility: "public", value: r.group() };
  const data = /* @__PURE__ */ new Map();
  const count2 = r.u8();
  for (let i = 0; i < count2; i++) {
    const name = r.identifier();
    const er = new Reader(r.take(r.u16()), r.label);
    const kind = er.u8();
    if (kind === 2)
      data.set(name, { visibility: "private", value: ciphertextFields(er) });
    else if (kind === 0 || kind === 1)
      data.set(name, { visibility: kind === 0 ? "constant" : "public", value: readPlaintext(er) });
    else
      throw new AleoDecodeError(`Invalid ${r.label}: entry variant ${kind}`);
  }
  const nonce = r.group();
  if (r.at !== r.b.length)
    throw new AleoDecodeError(`Invalid ${r.label}: trailing bytes`);
  return { owner, data, nonce, version: version2 };
}
function readLiteral(r) {
  const type = LITERAL_TYPES[r.u16()];
  if (!type)
    throw new AleoDecodeError(`Invalid ${r.label}: unknown literal variant`);
  if (isIntegerType2(type)) {
    const width = integerBits(type);
    const u = bytesToBigintLe(r.take(width / 8));
    return { type, value: type[0] === "i" ? BigInt.asIntN(width, u) : u };
  }
  switch (type) {
    case "address":
    case "group":
      return { type, value: r.group() };
    case "boolean":
      return { type, value: r.u8() === 1 };
    case "field":
      return { type, value: r.field() };
    case "scalar":
      return { type, value: bytesToBigintLe(r.take(32)) };
    case "signature": {
      const challenge = bytesToBigintLe(r.take(32));
      const response = bytesToBigintLe(r.take(32));
      return { type, value: { challenge, response, pkSig: r.group(), prSig: r.group() } };
    }
    default:
      return { type: "string", value: new TextDecoder().decode(r.take(r.u16())) };
  }
}
function readPlaintext(r) {
  const kind = r.u8();
  if (kind === 0)
    return { kind: "literal", literal: readLiteral(r) };
  if (kind === 1) {
    const members2 = /* @__PURE__ */ new Map();
    const n = r.u8();
    for (let i = 0; i < n; i++) {
      const name = r.identifier();
      members2.set(name, readPlaintext(new Reader(r.take(r.u16()), r.label)));
    }
    return { kind: "struct", members: members2 };
  }
  if (kind === 2) {
    const n = Number(bytesToBigintLe(r.take(4)));
    const elements = Array.from({ length: n }, () => readPlaintext(new Reader(r.take(r.u16()), r.label)));
    return { kind: "array", elements };
  }
  throw new AleoDecodeError(`Invalid ${r.label}: plaintext variant ${kind}`);
}

// dist/avm/transition/plaintext-bits.js
var BitReader = class _BitReader {
  bits;
  at = 0;
  constructor(bits) {
    this.bits = bits;
  }
  uint(n) {
    if (this.at + n > this.bits.length)
      throw new AleoDecodeError("Plaintext from bits: insufficient bits");
    let v = 0n;
    for (let i = n - 1; i >= 0; i--)
      v = v << 1n | (this.bits[this.at + i] ? 1n : 0n);
    this.at += n;
    return v;
  }
  num(n) {
    return Number(this.uint(n));
  }
  sub(n) {
    if (this.at + n > this.bits.length)
      throw new AleoDecodeError("Plaintext from bits: insufficient bits");
    const r = new _BitReader(this.bits.slice(this.at, this.at + n));
    this.at += n;
    return r;
  }
};
function canonical(v, p, what) {
  if (v >= p)
    throw new AleoDecodeError(`Plaintext from bits: the ${what} is not below the modulus`);
  return v;
}
function literalFromBits(type, r, size) {
  if (isIntegerType2(type)) {
    const width = integerBits(type);
    const u = r.uint(width);
    return { type, value: isSigned(type) ? BigInt.asIntN(width, u) : u };
  }
  switch (type) {
    case "address":
    case "group":
      return { type, value: fromX(canonical(r.uint(Fq.bits), Fq.p, type)) };
    case "boolean":
      return { type, value: r.uint(1) === 1n };
    case "field":
      return { type, value: canonical(r.uint(Fq.bits), Fq.p, "field") };
    case "scalar":
      return { type, value: canonical(r.uint(Fs.bits), Fs.p, "scalar") };
    case "signature": {
      const challenge = canonical(r.uint(Fs.bits), Fs.p, "challenge");
      const response = canonical(r.uint(Fs.bits), Fs.p, "response");
      const pkSig = fromX(canonical(r.uint(Fq.bits), Fq.p, "pk_sig"));
      const prSig = fromX(canonical(r.uint(Fq.bits), Fq.p, "pr_sig"));
      return { type, value: { challenge, response, pkSig, prSig } };
    }
    case "string": {
      const bytes = Uint8Array.from({ length: size / 8 }, () => r.num(8));
      return { type, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    }
  }
  throw new AleoDecodeError(`Plaintext from bits: unknown literal type ${type}`);
}
function plaintextFromBits(r) {
  const v0 = r.uint(1);
  const v1 = r.uint(1);
  if (v0 === 0n && v1 === 0n) {
    const type = LITERAL_TYPES[r.num(8)];
    if (!type)
      throw new AleoDecodeError("Plaintext from bits: unknown literal variant");
    const size = r.num(16);
    return { kind: "literal", literal: literalFromBits(type, r.sub(size), size) };
  }
  if (v0 === 0n && v1 === 1n) {
    const count2 = r.num(8);
    const members2 = /* @__PURE__ */ new Map();
    for (let i = 0; i < count2; i++) {
      const idBits = r.num(8);
      const name = new TextDecoder().decode(Uint8Array.from({ length: idBits / 8 }, () => r.num(8)));
      const size = r.num(16);
      if (members2.has(name))
        throw new AleoDecodeError("Duplicate identifier in struct.");
      members2.set(name, plaintextFromBits(r.sub(size)));
    }
    return { kind: "struct", members: members2 };
  }
  if (v0 === 1n && v1 === 0n) {
    const count2 = r.num(32);
    const elements = [];
    for (let i = 0; i < count2; i++)
      elements.push(plaintextFromBits(r.sub(r.num(16))));
    return { kind: "array", elements };
  }
  throw new AleoDecodeError("Plaintext from bits: unknown plaintext variant");
}
function plaintextFromFields(fields) {
  const bits = [];
  for (const f2 of fields) {
    if (f2 >> BigInt(Fq.dataBits) !== 0n)
      throw new AleoDecodeError("Plaintext from fields: a field exceeds the data bits");
    for (let i = 0; i < Fq.dataBits; i++)
      bits.push((f2 >> BigInt(i) & 1n) === 1n);
  }
  const end = bits.lastIndexOf(true);
  if (end < 0)
    throw new AleoDecodeError("Plaintext from fields: missing terminator bit");
  return plaintextFromBits(new BitReader(bits.slice(0, end)));
}

// dist/avm/transition/record-bits.js
var utf83 = new TextEncoder();
function identifierBits(name, out = []) {
  pushBytesBits(out, utf83.encode(name));
  return out;
}
function programIdBits(id, out = []) {
  const [name, network] = id.split(".");
  identifierBits(name, out);
  identifierBits(network, out);
  return out;
}
var VISIBILITY_BITS = {
  constant: [false, false],
  public: [false, true],
  private: [true, false]
};
function fieldBits(out, v) {
  pushUintBits(out, v, Fq.bits);
}
function recordBits(ownerPrivate, ownerField, entries, nonce, version2, out, withVersion) {
  out.push(ownerPrivate);
  fieldBits(out, ownerField);
  pushUintBits(out, BigInt(entries.length), 31);
  out.push(version2 !== 0);
  for (const b of entries)
    out.push(b);
  fieldBits(out, nonce.x);
  if (withVersion && version2 !== 0)
    pushUintBits(out, BigInt(version2), 8);
  return out;
}
function recordPlaintextBits(r, out = [], withVersion = true) {
  const entries = [];
  for (const [name, e] of r.data) {
    identifierBits(name, entries);
    entries.push(...VISIBILITY_BITS[e.visibility]);
    plaintextBits(e.value, entries);
  }
  const version2 = r.version ?? 0;
  return recordBits(r.owner.visibility === "private", r.owner.value.x, entries, r.nonce, version2, out, withVersion);
}
function recordCiphertextBits(c, out = []) {
  const entries = [];
  for (const [name, e] of c.data) {
    identifierBits(name, entries);
    entries.push(...VISIBILITY_BITS[e.visibility]);
    if (e.visibility === "private")
      for (const f2 of e.value)
        fieldBits(entries, f2);
    else
      plaintextBits(e.value, entries);
  }
  const owner = c.owner.visibility === "private" ? c.owner.value : c.owner.value.x;
  return recordBits(c.owner.visibility === "private", owner, entries, c.nonce, c.version, out, true);
}
function bitsToFields(bits) {
  bits.push(true);
  return packFields(bits);
}

// dist/avm/transition/record.js
var encryptionDomain = () => domainField("AleoSymmetricEncryption0");
var serialNumberDomain = () => domainField("AleoSerialNumber0");
var recordRandomizer = (tvk, index) => poseidonHashToScalar(2, [tvk, BigInt(index)]);
var recordNonce = (randomizer) => gMul(randomizer);
var recordViewKeyFromRandomizer = (owner, randomizer) => mul(owner, randomizer).x;
var recordViewKeyFromViewKey = (nonce, viewKey) => mul(nonce, viewKey).x;
function numRandomizers(r) {
  let n = r.owner.visibility === "private" ? 1 : 0;
  for (const e of r.data.values())
    if (e.visibility === "private")
      n += plaintextFields(e.value).length;
  return n;
}
function encryptRecord(r, rvk) {
  const rho = poseidonHashMany(8, [encryptionDomain(), rvk], numRandomizers(r));
  let i = 0;
  const owner = r.owner.visibility === "private" ? { visibility: "private", value: Fq.add(r.owner.value.x, rho[i++]) } : { visibility: "public", value: r.owner.value };
  const data = /* @__PURE__ */ new Map();
  for (const [name, e] of r.data) {
    if (e.visibility !== "private") {
      data.set(name, { visibility: e.visibility, value: e.value });
      continue;
    }
    data.set(name, {
      visibility: "private",
      value: plaintextFields(e.value).map((f2) => Fq.add(f2, rho[i++]))
    });
  }
  return { owner, data, nonce: r.nonce, version: r.version ?? 0 };
}
function decryptRecordWithRvk(c, rvk) {
  let n = c.owner.visibility === "private" ? 1 : 0;
  for (const e of c.data.values())
    if (e.visibility === "private")
      n += e.value.length;
  const rho = poseidonHashMany(8, [encryptionDomain(), rvk], n);
  let i = 0;
  const owner = c.owner.visibility === "private" ? { visibility: "private", value: fromX(Fq.sub(c.owner.value, rho[i++])) } : { visibility: "public", value: c.owner.value };
  const data = /* @__PURE__ */ new Map();
  for (const [name, e] of c.data) {
    if (e.visibility !== "private")
      data.set(name, e);
    else
      data.set(name, {
        visibility: "private",
        value: plaintextFromFields(e.value.map((f2) => Fq.sub(f2, rho[i++])))
      });
  }
  return { kind: "record", owner, data, nonce: c.nonce, version: c.version };
}
function decryptRecord(c, viewKey) {
  const notOwner = "Illegal operation: Record::decrypt() view key does not correspond to the record owner.";
  let r;
  try {
    r = decryptRecordWithRvk(c, recordViewKeyFromViewKey(c.nonce, viewKey));
  } catch (cause) {
    throw new AleoCryptoError(notOwner, { cause });
  }
  const me = gMul(viewKey);
  if (r.owner.value.x !== me.x || r.owner.value.y !== me.y)
    throw new AleoCryptoError(notOwner);
  return r;
}
function recordCommitment(program, name, r, rvk) {
  const bits = programIdBits(program);
  identifierBits(name, bits);
  recordPlaintextBits(r, bits, false);
  const version2 = r.version ?? 0;
  const digest = bhpHash("bhp1024", bits);
  if (version2 === 0)
    return digest;
  const input = [];
  pushUintBits(input, digest, Fq.bits);
  pushUintBits(input, BigInt(version2), 8);
  return bhpCommitToGroup("bhp512", input, poseidonHashToScalar(2, [domainField("AleoCommitment0"), rvk])).x;
}
var senderCiphertext = (signer, rvk) => Fq.add(signer.x, poseidonHash(4, [encryptionDomain(), rvk, 1n]));
var recordH = (commitment) => poseidonHashToGroup(2, [serialNumberDomain(), commitment]);
function serialNumberFromGamma(gamma, commitment) {
  const snNonce = poseidonHashToScalar(2, [serialNumberDomain(), mulByCofactor(gamma).x]);
  const bits = [];
  pushUintBits(bits, serialNumberDomain(), Fq.bits);
  pushUintBits(bits, commitment, Fq.bits);
  return bhpCommitToGroup("bhp512", bits, snNonce).x;
}
var recordTag = (skTag, commitment) => poseidonHash(2, [skTag, commitment]);

// dist/avm/transition/inputs.js
function parseInput(program, text, type) {
  const value = parsePlaintext(text);
  const err = conformsTo(program.ast, value, type);
  if (err)
    throw new AleoValueError(`input ${JSON.stringify(text)} is not a ${plaintextTypeToString(type)}: ${err}`);
  return value;
}
function conformsTo(ast, value, type) {
  if (type.kind === "literal") {
    if (value.kind !== "literal")
      return `expected a ${type.type} literal`;
    return value.literal.type === type.type ? void 0 : `found ${value.literal.type}`;
  }
  if (type.kind === "array") {
    if (value.kind !== "array")
      return "expected an array";
    if (value.elements.length !== type.length)
      return `expected ${type.length} elements, found ${value.elements.length}`;
    for (const e of value.elements) {
      const err = conformsTo(ast, e, type.element);
      if (err)
        return err;
    }
    return void 0;
  }
  const s = ast.structs.get(type.name);
  if (!s)
    return `unknown struct ${type.name}`;
  if (value.kind !== "struct")
    return `expected a struct ${type.name}`;
  const names = [...value.members.keys()];
  const want = [...s.members.keys()];
  if (names.join(",") !== want.join(","))
    return `expected members ${want.join(", ")} in this order`;
  for (const [k, t] of s.members) {
    const err = conformsTo(ast, value.members.get(k), t);
    if (err)
      return `${k}: ${err}`;
  }
  return void 0;
}
function parseInputs(program, name, inputs2, viewKey) {
  const f2 = program.ast.functions.get(name);
  if (!f2)
    throw new AleoValueError(`program '${program.id}' has no function '${name}'`);
  if (inputs2.length !== f2.inputs.length)
    throw new AleoValueError(`function '${name}' takes ${f2.inputs.length} inputs, found ${inputs2.length}`);
  return f2.inputs.map((inp, i) => {
    const t = inp.type;
    if (t.kind === "record")
      return parseRecordInput(program, inputs2[i], t.name, viewKey);
    if (t.kind === "external_record")
      return parseRecordInput(program.resolve(t.locator.program), inputs2[i], t.locator.name, viewKey);
    if (t.kind !== "plaintext")
      throw new AleoValueError(`input ${i}: futures cannot be given as text`);
    return parseInput(program, inputs2[i], t.type);
  });
}
function parseRecordInput(program, text, name, viewKey) {
  const def = program.ast.records.get(name);
  const fail2 = (why) => new AleoValueError(`input is not a ${name}.record: ${why}`);
  if (!def)
    throw fail2(`program '${program.id}' declares no record '${name}'`);
  if (text.trim().startsWith("record1")) {
    if (viewKey === void 0)
      throw fail2("a record ciphertext needs the signer's view key to decrypt");
    let r2;
    try {
      r2 = decryptRecord(parseRecordCiphertext(text.trim()), viewKey);
    } catch (e) {
      throw fail2(e.shortMessage ?? e.message);
    }
    checkRecord(program, def, r2.owner.visibility, r2.data, fail2);
    return r2;
  }
  const r = parseRecordText(text);
  if (r.owner.value.kind !== "literal" || r.owner.value.literal.type !== "address")
    throw fail2("the owner must be an address");
  checkRecord(program, def, r.owner.visibility, r.entries, fail2);
  let nonce = IDENTITY;
  if (r.nonce !== void 0) {
    if (r.nonce.kind !== "literal" || r.nonce.literal.type !== "group")
      throw fail2("_nonce must be a group");
    nonce = r.nonce.literal.value;
  }
  let version2 = 0;
  if (r.version !== void 0) {
    if (r.version.kind !== "literal" || r.version.literal.type !== "u8" || r.version.literal.value > 1n)
      throw fail2("_version must be 0u8 or 1u8");
    version2 = Number(r.version.literal.value);
  }
  return {
    kind: "record",
    owner: { visibility: def.ownerVisibility, value: r.owner.value.literal.value },
    data: r.entries,
    nonce,
    version: version2
  };
}
function checkRecord(program, def, ownerVisibility, entries, fail2) {
  if (ownerVisibility !== def.ownerVisibility)
    throw fail2(`the owner must be .${def.ownerVisibility}`);
  if ([...entries.keys()].join(",") !== [...def.entries.keys()].join(","))
    throw fail2(`expected entries ${[...def.entries.keys()].join(", ")} in this order`);
  for (const [k, e] of def.entries) {
    const got = entries.get(k);
    if (got.visibility !== e.visibility)
      throw fail2(`${k} must be .${e.visibility}`);
    const err = conformsTo(program.ast, got.value, e.type);
    if (err)
      throw fail2(`${k}: ${err}`);
  }
}

// dist/avm/checker.js
var LIMITS = {
  maxProgramSize: 1e5,
  maxFunctions: 31,
  maxClosures: 62,
  maxStructs: 310,
  maxRecords: 310,
  maxStructEntries: 32,
  /** Entries besides the owner. */
  maxRecordEntries: 32,
  /** 2,048 since ConsensusVersion V14 (snark.verify, snarkVM PR #3004; the SDK's snarkVM accepts 2,048, refuses 2,049). */
  maxArrayElements: 2048,
  maxInputs: 16,
  maxOutputs: 16,
  maxOperands: 16,
  maxInstructions: 65535,
  maxCommands: 65535,
  maxWrites: 16,
  maxPositions: 255,
  maxImports: 64,
  maxMappings: 31,
  maxStructDepth: 32
};
var lit = (type) => ({ kind: "plaintext", type: { kind: "literal", type } });
var Checker = class {
  program;
  imported;
  constructor(program, imported = /* @__PURE__ */ new Map()) {
    this.program = program;
    this.imported = imported;
  }
  fail(message, pos2) {
    throw new AleoCheckError(pos2 ? `${pos2.line}:${pos2.column}: ${message}` : message);
  }
  check() {
    const p = this.program;
    if (p.functions.size > LIMITS.maxFunctions)
      this.fail(`too many functions (${p.functions.size} > ${LIMITS.maxFunctions})`);
    if (p.mappings.size > LIMITS.maxMappings)
      this.fail(`too many mappings (${p.mappings.size} > ${LIMITS.maxMappings})`);
    if (p.imports.length > LIMITS.maxImports)
      this.fail("too many imports");
    if (new TextEncoder().encode(p.source).length > LIMITS.maxProgramSize)
      this.fail(`the program is larger than ${LIMITS.maxProgramSize} bytes`);
    if (p.closures.size > LIMITS.maxClosures)
      this.fail(`too many closures (> ${LIMITS.maxClosures})`);
    if (p.structs.size > LIMITS.maxStructs)
      this.fail(`too many structs (> ${LIMITS.maxStructs})`);
    if (p.records.size > LIMITS.maxRecords)
      this.fail(`too many records (> ${LIMITS.maxRecords})`);
    if (p.functions.size + p.closures.size === 0)
      this.fail("a program needs at least one function or closure");
    for (const s of p.structs.values()) {
      if (s.members.size > LIMITS.maxStructEntries)
        this.fail(`struct '${s.name}' has too many members`, s.pos);
      for (const t of s.members.values())
        this.checkPlaintextType(t, s.pos, s.name);
    }
    for (const r of p.records.values()) {
      if (r.entries.size > LIMITS.maxRecordEntries)
        this.fail(`record '${r.name}' has too many entries`, r.pos);
      for (const e of r.entries.values())
        this.checkPlaintextType(e.type, r.pos);
    }
    for (const m of p.mappings.values()) {
      this.checkPlaintextType(m.key, m.pos);
      this.checkPlaintextType(m.value, m.pos);
    }
    for (const c of p.closures.values()) {
      const regs = /* @__PURE__ */ new Map();
      if (c.inputs.length === 0)
        this.fail(`closure '${c.name}' needs at least one input`, c.pos);
      if (c.inputs.length > LIMITS.maxInputs)
        this.fail(`closure '${c.name}' has too many inputs`, c.pos);
      if (c.instructions.length === 0)
        this.fail(`closure '${c.name}' needs at least one instruction`, c.pos);
      if (c.instructions.length > LIMITS.maxInstructions)
        this.fail(`closure '${c.name}' has too many instructions`, c.pos);
      if (c.outputs.length > LIMITS.maxOutputs)
        this.fail(`closure '${c.name}' has too many outputs`, c.pos);
      this.inputs(c.inputs, regs, (t) => t);
      for (const ins of c.instructions) {
        const why = ins.spec.restrict?.(ins, "closure");
        if (why)
          this.fail(why, ins.pos);
      }
      this.instructions(c.instructions, regs, void 0);
      for (const o of c.outputs) {
        if (o.type.kind === "record")
          this.fail("closure outputs do not support records", o.pos);
        const t = this.operandType(o.operand, regs, o.pos, "closure");
        if (!registerTypeEquals(t, o.type))
          this.fail(`output type ${registerTypeToString(t)} does not match the declared ${registerTypeToString(o.type)}`, o.pos);
      }
    }
    for (const f2 of p.functions.values()) {
      const regs = /* @__PURE__ */ new Map();
      if (f2.inputs.length > LIMITS.maxInputs)
        this.fail(`function '${f2.name}' has too many inputs`, f2.pos);
      if (f2.outputs.length > LIMITS.maxOutputs)
        this.fail(`function '${f2.name}' has too many outputs`, f2.pos);
      for (const i of f2.inputs) {
        if (i.type.kind === "plaintext" && i.type.visibility === "constant")
          this.fail("constant inputs are not supported", i.pos);
        if (i.type.kind === "future")
          this.fail("future inputs are not supported", i.pos);
      }
      this.inputs(f2.inputs, regs, valueTypeToRegisterType);
      if (f2.instructions.length > LIMITS.maxInstructions)
        this.fail(`function '${f2.name}' has too many instructions`, f2.pos);
      this.instructions(f2.instructions, regs, f2.name);
      this.checkCallsAndFutures(f2, regs);
      let futures = 0;
      for (const o of f2.outputs) {
        const t = this.operandType(o.operand, regs, o.pos, "function");
        const want = valueTypeToRegisterType(o.type);
        if (!registerTypeEquals(t, want))
          this.fail(`output type ${registerTypeToString(t)} does not match the declared ${registerTypeToString(want)}`, o.pos);
        if (t.kind === "future")
          futures++;
      }
      const asyncs = f2.instructions.filter((i) => i.opcode === "async").length;
      if (f2.finalize) {
        const last = f2.outputs.at(-1);
        if (last?.type.kind !== "future" || last.type.locator.program !== p.id || last.type.locator.name !== f2.name)
          this.fail(`the last output of function '${f2.name}' must be a future associated with itself`, f2.pos);
        if (asyncs !== 1)
          this.fail(`function '${f2.name}' must have exactly one 'async' instruction`, f2.pos);
        if (futures !== 1)
          this.fail(`function '${f2.name}' must contain exactly one 'future' output, found ${futures}`, f2.pos);
        this.finalize(f2.finalize, f2.name);
      } else if (asyncs > 0 || futures > 0)
        this.fail(`function '${f2.name}' has an 'async' but no finalize block`, f2.pos);
    }
    if (p.ctor)
      this.finalize(p.ctor, "constructor");
  }
  /**
   * snarkVM RegisterTypes::initialize_function_types: at most one `async`, every `call`
   * before it, and every future a call produced consumed by the `async`.
   */
  checkCallsAndFutures(f2, regs) {
    let asyncIns;
    for (const ins of f2.instructions) {
      if (ins.opcode === "async") {
        if (asyncIns)
          this.fail(`Function '${f2.name}' can contain at most one 'async' instruction`, ins.pos);
        asyncIns = ins;
      } else if (ins.opcode === "call" && asyncIns)
        this.fail(`The 'call' can only be invoked before an 'async' instruction`, ins.pos);
    }
    const futureRegs = [...regs].filter(([r, t]) => t.kind === "future" && r >= f2.inputs.length).map(([r]) => r);
    if (!asyncIns) {
      if (futureRegs.length > 0)
        this.fail(`Function '${f2.name}' contains futures, but does not contain an 'async' instruction`, f2.pos);
      return;
    }
    futureRegs.pop();
    const consumed = new Set(asyncIns.operands.flatMap((o) => o.kind === "register" && o.path.length === 0 ? [o.index] : []));
    if (futureRegs.some((r) => !consumed.has(r)))
      this.fail(`Function '${f2.name}' contains futures, but the 'async' instruction does not consume all of the ones produced.`, asyncIns.pos);
  }
  inputs(ins, regs, conv) {
    for (const i of ins) {
      this.define(regs, i.register, conv(i.type), i.pos);
      this.checkRegisterType(conv(i.type), i.pos);
    }
  }
  define(regs, r, t, pos2) {
    if (r !== regs.size)
      this.fail(`expected register r${regs.size}, found r${r} (registers are assigned in order)`, pos2);
    regs.set(r, t);
  }
  checkPlaintextType(t, pos2, inside, depth = 0) {
    if (depth > LIMITS.maxStructDepth)
      this.fail("type nesting too deep", pos2);
    if (t.kind === "struct") {
      if (t.name === inside)
        this.fail(`struct '${t.name}' cannot contain itself`, pos2);
      const s = this.program.structs.get(t.name);
      if (!s)
        this.fail(`unknown struct '${t.name}'`, pos2);
      if (inside !== void 0)
        for (const m of s.members.values())
          this.checkPlaintextType(m, pos2, inside, depth + 1);
    } else if (t.kind === "array") {
      if (t.length < 1 || t.length > LIMITS.maxArrayElements)
        this.fail(`array length ${t.length} out of range 1..${LIMITS.maxArrayElements}`, pos2);
      this.checkPlaintextType(t.element, pos2, inside, depth + 1);
    }
  }
  checkRegisterType(t, pos2) {
    if (t.kind === "plaintext")
      this.checkPlaintextType(t.type, pos2);
    else if (t.kind === "record" && !this.program.records.has(t.name))
      this.fail(`unknown record '${t.name}'`, pos2);
  }
  structMembers(name, program = this.program) {
    return program.structs.get(name)?.members;
  }
  operandType(o, regs, pos2, scope) {
    switch (o.kind) {
      case "literal":
        return lit(o.literal.type);
      case "program_id":
        return lit("address");
      case "signer":
      case "caller":
        if (scope !== "function")
          this.fail(`'self.${o.kind}' is only available in functions`, pos2);
        return lit("address");
      case "block_height":
      case "network_id":
        if (scope !== "finalize")
          this.fail(`'${o.kind === "block_height" ? "block.height" : "network.id"}' is only available in finalize`, pos2);
        return lit(o.kind === "block_height" ? "u32" : "u16");
      case "register": {
        let t = regs.get(o.index);
        if (!t)
          this.fail(`register r${o.index} is used before it is defined`, pos2);
        for (const a2 of o.path) {
          if (t.kind === "record" && a2.kind === "member") {
            const rec = this.program.records.get(t.name);
            if (a2.name === "owner")
              t = lit("address");
            else {
              const e = rec.entries.get(a2.name);
              if (!e)
                this.fail(`record '${t.name}' has no entry '${a2.name}'`, pos2);
              t = { kind: "plaintext", type: e.type };
            }
          } else if (t.kind === "plaintext" && t.type.kind === "struct" && a2.kind === "member") {
            const m = this.structMembers(t.type.name)?.get(a2.name);
            if (!m)
              this.fail(`struct '${t.type.name}' has no member '${a2.name}'`, pos2);
            t = { kind: "plaintext", type: m };
          } else if (t.kind === "future" && a2.kind === "index") {
            t = this.futureArgumentType(t.locator, a2.index, pos2);
          } else if (t.kind === "plaintext" && t.type.kind === "array" && a2.kind === "index") {
            if (a2.index >= t.type.length)
              this.fail(`index ${a2.index} out of bounds for ${registerTypeToString(t)}`, pos2);
            t = { kind: "plaintext", type: t.type.element };
          } else
            this.fail(`cannot access ${a2.kind === "member" ? `.${a2.name}` : `[${a2.index}u32]`} of ${registerTypeToString(t)}`, pos2);
        }
        return t;
      }
    }
  }
  futureArgumentType(locator2, index, pos2) {
    const prog = locator2.program === this.program.id ? this.program : this.imported.get(locator2.program);
    const fin = prog?.functions.get(locator2.name)?.finalize;
    if (!fin)
      this.fail(`unknown future '${locator2.program}/${locator2.name}'`, pos2);
    const inp = fin.inputs[index];
    if (!inp)
      this.fail(`index ${index} out of bounds for ${locator2.program}/${locator2.name}.future`, pos2);
    return inp.type;
  }
  instructions(list, regs, fn) {
    for (const ins of list) {
      const why = fn === void 0 ? void 0 : ins.spec.restrict?.(ins, "function");
      if (why)
        this.fail(why, ins.pos);
      const outs = this.instruction(ins, regs, fn === void 0 ? "closure" : "function", fn);
      for (const [i, d2] of ins.destinations.entries())
        this.define(regs, d2, outs[i], ins.pos);
    }
  }
  /** The destination types of one instruction. */
  instruction(ins, regs, scope, fn) {
    const spec = ins.spec;
    const types = ins.operands.map((o) => this.operandType(o, regs, ins.pos, scope));
    return spec.check(this, ins, types, scope, fn);
  }
  finalize(f2, name) {
    const regs = /* @__PURE__ */ new Map();
    this.inputs(f2.inputs, regs, (t) => t);
    if (f2.inputs.length > LIMITS.maxInputs)
      this.fail(`finalize '${name}' has too many inputs`, f2.pos);
    if (f2.commands.length > LIMITS.maxCommands)
      this.fail(`finalize '${name}' has too many commands`, f2.pos);
    const writes = f2.commands.filter((c) => c.kind === "set" || c.kind === "remove").length;
    if (writes > LIMITS.maxWrites)
      this.fail(`Cannot add more than ${LIMITS.maxWrites} 'set' & 'remove' commands (finalize '${name}')`, f2.pos);
    for (const [i, c] of f2.commands.entries())
      this.command(c, i, f2, regs);
    const awaited = new Set(f2.commands.flatMap((c) => c.kind === "await" ? [c.register] : []));
    for (const inp of f2.inputs)
      if (inp.type.kind === "future" && !awaited.has(inp.register))
        this.fail(`Futures in finalize '${name}' are not all awaited.`, f2.pos);
  }
  mappingOf(loc, pos2) {
    if (loc.program === this.program.id)
      this.fail(`Locator '${loc.program}/${loc.name}' does not reference an external mapping.`, pos2);
    const prog = loc.program ? this.imported.get(loc.program) : this.program;
    if (!prog)
      this.fail(`program '${loc.program}' is not loaded`, pos2);
    if (loc.program && loc.program !== this.program.id && !this.program.imports.includes(loc.program))
      this.fail(`program '${loc.program}' is not imported`, pos2);
    const m = prog.mappings.get(loc.name);
    if (!m)
      this.fail(`unknown mapping '${loc.program ? `${loc.program}/` : ""}${loc.name}'`, pos2);
    return m;
  }
  command(c, index, f2, regs) {
    const opType = (o) => this.operandType(o, regs, c.pos, "finalize");
    const expect = (o, t, what) => {
      const got = opType(o);
      if (!registerTypeEquals(got, { kind: "plaintext", type: t }))
        this.fail(`${what} is ${registerTypeToString(got)}, expected ${registerTypeToString({ kind: "plaintext", type: t })}`, c.pos);
    };
    switch (c.kind) {
      case "instruction": {
        const why = c.instruction.spec.restrict?.(c.instruction, "finalize");
        if (why)
          this.fail(why, c.pos);
        const outs = this.instruction(c.instruction, regs, "finalize");
        for (const [i, d2] of c.instruction.destinations.entries())
          this.define(regs, d2, outs[i], c.pos);
        return;
      }
      case "get":
      case "get.or_use":
      case "contains": {
        const m = this.mappingOf(c.mapping, c.pos);
        expect(c.key, m.key, "the key");
        if (c.kind === "get.or_use")
          expect(c.fallback, m.value, "the default");
        this.define(regs, c.destination, c.kind === "contains" ? lit("boolean") : { kind: "plaintext", type: m.value }, c.pos);
        return;
      }
      case "set":
      case "remove": {
        const m = this.mappingOf({ name: c.mapping }, c.pos);
        expect(c.key, m.key, "the key");
        if (c.kind === "set")
          expect(c.value, m.value, "the value");
        return;
      }
      case "rand.chacha":
        this.define(regs, c.destination, lit(c.type), c.pos);
        return;
      case "branch.eq":
      case "branch.neq": {
        const target = f2.positions.get(c.label);
        if (target === void 0)
          this.fail(`unknown position '${c.label}'`, c.pos);
        if (target <= index)
          this.fail(`'${c.kind}' must jump forward to '${c.label}'`, c.pos);
        if (!registerTypeEquals(opType(c.first), opType(c.second)))
          this.fail(`'${c.kind}' operands must have the same type`, c.pos);
        return;
      }
      case "position":
        return;
      case "await": {
        const t = regs.get(c.register);
        if (t?.kind !== "future")
          this.fail(`'await' expects a future register, r${c.register} is ${t ? registerTypeToString(t) : "undefined"}`, c.pos);
        return;
      }
    }
  }
};

// dist/avm/instructions/spec.js
function fixedShape(operands, dests, withType) {
  return (ins, fail2) => {
    if (ins.operands.length !== operands)
      throw fail2(`'${ins.opcode}' expects ${operands} operand${operands === 1 ? "" : "s"}, found ${ins.operands.length}`);
    if (ins.destinations.length !== dests)
      throw fail2(`'${ins.opcode}' expects ${dests} destination register${dests === 1 ? "" : "s"}, found ${ins.destinations.length}`);
    if (withType && !ins.castType)
      throw fail2(`'${ins.opcode}' needs 'as TYPE'`);
    if (!withType && ins.castType)
      throw fail2(`'${ins.opcode}' takes no 'as TYPE'`);
  };
}
var literalRegisterType = (type) => ({
  kind: "plaintext",
  type: { kind: "literal", type }
});
function literalOf(v, what) {
  if (v.kind !== "literal")
    throw new AleoHalt(`${what} is not a literal`);
  return v.literal;
}
function plaintextOf(v, what) {
  if (v.kind === "record" || v.kind === "future")
    throw new AleoHalt(`${what} must be a plaintext`);
  return v;
}
var functionBodyOnly = (name) => (_ins, scope) => scope === "closure" ? `a '${name}' instruction is not allowed in closures` : scope === "finalize" ? `'${name}' is not available in finalize` : void 0;

// dist/avm/circuit/env.js
var P2 = Fq.p;
var LC = class _LC {
  constant;
  terms;
  value;
  constructor(constant, terms, value) {
    this.constant = constant;
    this.terms = terms;
    this.value = value;
  }
  static constant(v) {
    return new _LC(v, /* @__PURE__ */ new Map(), v);
  }
  static variable(key3, value) {
    return new _LC(0n, /* @__PURE__ */ new Map([[key3, 1n]]), value);
  }
  /** Σ coefficient_i · lc_i in one pass (the same terms as repeated scale and add). */
  static combine(parts) {
    const terms = /* @__PURE__ */ new Map();
    let constant = 0n;
    let value = 0n;
    for (const [lc, f2] of parts) {
      if (f2 === 0n)
        continue;
      constant += lc.constant * f2;
      value += lc.value * f2;
      for (const [k, c] of lc.terms)
        terms.set(k, (terms.get(k) ?? 0n) + c * f2);
    }
    for (const [k, c] of terms) {
      const r = c % P2;
      if (r === 0n)
        terms.delete(k);
      else
        terms.set(k, r);
    }
    return new _LC(constant % P2, terms, value % P2);
  }
  isConstant() {
    return this.terms.size === 0;
  }
  /** snarkVM LinearCombination::is_public: no constant and exactly one public term with coefficient one. */
  isPublic() {
    if (this.constant !== 0n || this.terms.size !== 1)
      return false;
    const [[k, c]] = this.terms;
    return (k & 1) === 0 && c === 1n;
  }
  mode() {
    return this.isConstant() ? "constant" : this.isPublic() ? "public" : "private";
  }
  add(o) {
    if (o.constant === 0n && o.terms.size === 0)
      return this;
    if (this.constant === 0n && this.terms.size === 0)
      return o;
    const [big, small] = this.terms.size >= o.terms.size ? [this, o] : [o, this];
    const terms = new Map(big.terms);
    for (const [k, c] of small.terms) {
      const s = (terms.get(k) ?? 0n) + c;
      const r = s >= P2 ? s - P2 : s;
      if (r === 0n)
        terms.delete(k);
      else
        terms.set(k, r);
    }
    return new _LC(Fq.add(this.constant, o.constant), terms, Fq.add(this.value, o.value));
  }
  neg() {
    const terms = /* @__PURE__ */ new Map();
    for (const [k, c] of this.terms)
      terms.set(k, P2 - c);
    return new _LC(Fq.neg(this.constant), terms, Fq.neg(this.value));
  }
  sub(o) {
    return this.add(o.neg());
  }
  scale(f2) {
    const terms = /* @__PURE__ */ new Map();
    if (f2 !== 0n)
      for (const [k, c] of this.terms)
        terms.set(k, c * f2 % P2);
    return new _LC(this.constant * f2 % P2, terms, this.value * f2 % P2);
  }
  /** Non-zero entries this side of a constraint contributes (snarkVM num_nonzeros). */
  nonZeros() {
    return this.terms.size + (this.constant === 0n ? 0 : 1);
  }
};
var ZERO2 = LC.constant(0n);
var ONE = LC.constant(1n);
var ONE_VAR = LC.variable(0, 1n);
var R1CS = class {
  publicValues = [1n];
  privateValues = [];
  constraints = [];
  numConstants = 0;
  inWitness = false;
  constraintLimit;
  variableLimit;
};
var cs = new R1CS();
function current() {
  return cs;
}
function synthesizeWith(build, limits) {
  const saved = cs;
  cs = new R1CS();
  cs.constraintLimit = limits?.constraints;
  cs.variableLimit = limits?.variables;
  try {
    const result = build();
    return { r1cs: cs, result };
  } finally {
    cs = saved;
  }
}
function numVariables(r = cs) {
  return r.numConstants + r.publicValues.length + r.privateValues.length;
}
function newVariable(mode, value) {
  if (cs.inWitness)
    throw new CircuitHalt("Tried to initialize a new variable in witness mode");
  if (cs.variableLimit !== void 0 && numVariables() > cs.variableLimit)
    throw new CircuitHalt(`Surpassed the variable limit (${cs.variableLimit})`);
  if (mode === "constant") {
    cs.numConstants++;
    return LC.constant(value);
  }
  if (mode === "public") {
    cs.publicValues.push(value);
    return LC.variable(2 * (cs.publicValues.length - 1), value);
  }
  cs.privateValues.push(value);
  return LC.variable(2 * (cs.privateValues.length - 1) + 1, value);
}
function allocConstants(n) {
  for (let i = 0; i < n; i++)
    newVariable("constant", 0n);
}
function enforce(a2, b, c) {
  if (cs.inWitness)
    throw new CircuitHalt("Tried to add a new constraint in witness mode");
  if (cs.constraintLimit !== void 0 && cs.constraints.length > cs.constraintLimit)
    throw new CircuitHalt(`Surpassed the constraint limit (${cs.constraintLimit})`);
  if (a2.isConstant() && b.isConstant() && c.isConstant()) {
    if (Fq.mul(a2.value, b.value) !== c.value)
      throw new CircuitHalt("Constant constraint failed");
    return;
  }
  cs.constraints.push({ a: a2, b, c });
}
function assertTrue(b) {
  enforce(b, ONE, ONE);
}
function assertEq(a2, b) {
  enforce(a2, ONE, b);
}
function witnessMode(...lcs) {
  return lcs.every((x) => x.isConstant()) ? "constant" : "private";
}

// dist/avm/circuit/boolean.js
var Bool = class _Bool {
  lc;
  constructor(lc) {
    this.lc = lc;
  }
  static new(mode, value) {
    const v = newVariable(mode, value ? 1n : 0n);
    enforce(ONE.sub(v), v, ZERO2);
    return new _Bool(v);
  }
  static constant(value) {
    return value ? TRUE : FALSE;
  }
  /** A private variable already known to be 0 or 1 (Boolean::from_variable). */
  static fromVariable(value) {
    return new _Bool(newVariable("private", value ? 1n : 0n));
  }
  isConstant() {
    return this.lc.isConstant();
  }
  get value() {
    return this.lc.value === 1n;
  }
  not() {
    return new _Bool(this.isConstant() ? ONE.sub(this.lc) : ONE_VAR.sub(this.lc));
  }
  and(o) {
    if (this.isConstant())
      return this.value ? o : this;
    if (o.isConstant())
      return o.value ? this : o;
    const out = _Bool.fromVariable(this.value && o.value);
    enforce(this.lc, o.lc, out.lc);
    return out;
  }
  or(o) {
    if (this.isConstant())
      return this.value ? this : o;
    if (o.isConstant())
      return o.value ? o : this;
    const out = _Bool.fromVariable(this.value || o.value);
    enforce(ONE.sub(this.lc), ONE.sub(o.lc), ONE.sub(out.lc));
    return out;
  }
  nand(o) {
    if (this.isConstant())
      return this.value ? o.not() : this.not();
    if (o.isConstant())
      return o.value ? this.not() : o.not();
    const out = _Bool.fromVariable(!(this.value && o.value));
    enforce(this.lc, o.lc, ONE.sub(out.lc));
    return out;
  }
  nor(o) {
    if (this.isConstant())
      return this.value ? this.not() : o.not();
    if (o.isConstant())
      return o.value ? o.not() : this.not();
    const out = _Bool.fromVariable(!this.value && !o.value);
    enforce(ONE.sub(this.lc), ONE.sub(o.lc), out.lc);
    return out;
  }
  xor(o) {
    if (this.isConstant())
      return this.value ? o.not() : o;
    if (o.isConstant())
      return o.value ? this.not() : this;
    const out = _Bool.fromVariable(this.value !== o.value);
    enforce(this.lc.add(this.lc), o.lc, this.lc.add(o.lc).sub(out.lc));
    return out;
  }
  isEqual(o) {
    return this.isNotEqual(o).not();
  }
  isNotEqual(o) {
    return this.xor(o);
  }
  static ternary(cond, first, second) {
    if (cond.isConstant())
      return cond.value ? first : second;
    if (first.isConstant())
      return first.value ? cond.or(second) : cond.not().and(second);
    if (second.isConstant())
      return second.value ? cond.not().or(first) : cond.and(first);
    const out = _Bool.fromVariable(cond.value ? first.value : second.value);
    enforce(cond.lc, first.lc.sub(second.lc), out.lc.sub(second.lc));
    return out;
  }
};
var TRUE = new Bool(ONE);
var FALSE = new Bool(ZERO2);
function assertBitsAreZero(bits) {
  let sum = ZERO2;
  for (const b of bits)
    sum = sum.add(b.lc);
  assertEq(sum, ZERO2);
}
function isLessThanOrEqualConstant(bits, constant) {
  if (bits.length !== constant.length)
    throw new CircuitHalt(`Mismatching length of bits (${bits.length} != ${constant.length})`);
  let restIsLess = Bool.constant(false);
  for (let i = 0; i < bits.length; i++) {
    const that = bits[i];
    restIsLess = constant[i] ? that.and(restIsLess) : that.or(restIsLess);
  }
  return restIsLess.not();
}
function assertLessThanOrEqualConstant(bits, constant) {
  const b = isLessThanOrEqualConstant(bits, constant);
  enforce(b.lc, ONE, ONE);
}
function bitsOf(value, width) {
  const out = [];
  for (let i = 0; i < width; i++)
    out.push((value >> BigInt(i) & 1n) === 1n);
  return out;
}

// dist/avm/circuit/field.js
var BITS = Fq.bits;
var DATA_BITS = Fq.dataBits;
var MODULUS_MINUS_ONE_BITS = bitsOf(Fq.p - 1n, BITS);
var Fld = class _Fld {
  lc;
  bits;
  constructor(lc, bits) {
    this.lc = lc;
    this.bits = bits;
  }
  static new(mode, value) {
    return new _Fld(newVariable(mode, value));
  }
  /** Field::constant: a constant variable (snarkVM counts it in num_constants). */
  static constant(value) {
    return new _Fld(newVariable("constant", Fq.mod(value)));
  }
  /**
   * A constant that allocates nothing: a parameter snarkVM injects once per thread before the
   * circuit is reset (initialize_global_constants), or a console value folded into a linear
   * combination.
   */
  static fixed(value) {
    return new _Fld(LC.constant(Fq.mod(value)));
  }
  static zero() {
    return new _Fld(ZERO2);
  }
  static one() {
    return new _Fld(ONE);
  }
  static fromBool(b) {
    return new _Fld(b.lc);
  }
  clone() {
    return new _Fld(this.lc, this.bits);
  }
  get value() {
    return this.lc.value;
  }
  isConstant() {
    return this.lc.isConstant();
  }
  mode() {
    return this.lc.mode();
  }
  add(o) {
    return new _Fld(this.lc.add(o.lc));
  }
  sub(o) {
    return new _Fld(this.lc.add(o.lc.neg()));
  }
  neg() {
    return new _Fld(this.lc.neg());
  }
  double() {
    return this.add(this);
  }
  /** By a constant. */
  scale(f2) {
    return new _Fld(this.lc.scale(f2));
  }
  mul(o) {
    if (o.isConstant())
      return new _Fld(this.lc.scale(o.value));
    if (this.isConstant())
      return new _Fld(o.lc.scale(this.value));
    const product = _Fld.new("private", Fq.mul(this.value, o.value));
    enforce(this.lc, o.lc, product.lc);
    return product;
  }
  square() {
    return this.mul(this);
  }
  inverse() {
    const inv = _Fld.new(witnessMode(this), this.value === 0n ? 0n : Fq.inv(this.value));
    enforce(this.lc, inv.lc, ONE);
    return inv;
  }
  div(o) {
    if (o.isConstant() && o.value === 0n)
      throw new CircuitHalt("Attempted to divide by zero.");
    return this.mul(o.inverse());
  }
  divUnchecked(o) {
    if (o.isConstant()) {
      if (o.value === 0n)
        throw new CircuitHalt("Attempted to divide by zero.");
      return this.mul(o.inverse());
    }
    if (this.isConstant())
      return this.mul(o.inverse());
    const q = _Fld.new("private", Fq.div(this.value, o.value === 0n ? 1n : o.value));
    enforce(q.lc, o.lc, this.lc);
    return q;
  }
  isNotEqual(o) {
    const neq = this.value !== o.value;
    if (this.isConstant() && o.isConstant())
      return Bool.new("constant", neq);
    const isNeq = Bool.fromVariable(neq);
    const delta = this.sub(o);
    const multiplier = _Fld.new(witnessMode(delta), delta.value === 0n ? 1n : Fq.inv(delta.value));
    const isEq = isNeq.not();
    enforce(delta.lc, multiplier.lc, isNeq.lc);
    enforce(delta.lc, isEq.lc, ZERO2);
    return isNeq;
  }
  isEqual(o) {
    return this.isNotEqual(o).not();
  }
  isZero() {
    return this.isEqual(_Fld.zero());
  }
  isOne() {
    return this.isEqual(_Fld.one());
  }
  static ternary(cond, first, second) {
    if (cond.isConstant())
      return cond.value ? first : second;
    if (first.isConstant() && second.isConstant()) {
      const notCond = _Fld.fromBool(cond.not());
      return _Fld.fromBool(cond).mul(first).add(notCond.mul(second));
    }
    const w = _Fld.new(witnessMode(cond, first, second), cond.value ? first.value : second.value);
    enforce(first.sub(second).lc, cond.lc, w.sub(second).lc);
    return w;
  }
  /** Little-endian bits, decomposed once per value (with the check that they are below the modulus). */
  toBitsLe() {
    if (!this.bits) {
      const bits = this.toNonUniqueBitsLe();
      assertLessThanOrEqualConstant(bits, MODULUS_MINUS_ONE_BITS);
      this.bits = bits;
    }
    return this.bits;
  }
  toBitsBe() {
    return this.toBitsLe().slice().reverse();
  }
  toNonUniqueBitsLe() {
    const mode = witnessMode(this);
    const bits = bitsOf(this.value, BITS).map((b) => Bool.new(mode, b));
    assertEq(this.lc, packBits(bits).lc);
    return bits;
  }
  toLowerBitsLe(k) {
    if (k > BITS)
      throw new CircuitHalt(`Attempted to extract ${k} bits from a ${BITS}-bit base field element`);
    const mode = witnessMode(this);
    const bits = bitsOf(this.value, k).map((b) => Bool.new(mode, b));
    assertEq(this.lc, packBits(bits).lc);
    return bits;
  }
  toUpperBitsBe(k) {
    if (k > BITS)
      throw new CircuitHalt(`Attempted to extract ${k} bits from a ${BITS}-bit base field element`);
    const mode = witnessMode(this);
    const all = bitsOf(this.value, BITS).reverse();
    const bits = all.slice(0, k).map((b) => Bool.new(mode, b));
    let acc = ZERO2;
    let coeff = 1n;
    for (let i = 0; i < BITS - k; i++)
      coeff = Fq.double(coeff);
    for (let i = bits.length - 1; i >= 0; i--) {
      acc = acc.add(bits[i].lc.scale(coeff));
      coeff = Fq.double(coeff);
    }
    assertEq(this.lc, acc);
    return bits;
  }
  static fromBitsLe(bits) {
    if (bits.length > BITS)
      assertBitsAreZero(bits.slice(BITS));
    const head = bits.slice(0, BITS);
    if (bits.length > DATA_BITS)
      assertLessThanOrEqualConstant(head, MODULUS_MINUS_ONE_BITS);
    const out = packBits(head);
    while (head.length < BITS)
      head.push(Bool.constant(false));
    out.bits = head;
    return out;
  }
  static fromBitsBe(bits) {
    return _Fld.fromBitsLe(bits.slice().reverse());
  }
  pow(exp) {
    let out = _Fld.one();
    const bits = exp.toBitsBe();
    if (exp.isConstant()) {
      for (const bit of bits) {
        out = out.square();
        if (bit.value)
          out = out.mul(this);
      }
    } else {
      for (const bit of bits) {
        out = out.square();
        out = _Fld.ternary(bit, out.mul(this), out);
      }
    }
    return out;
  }
  /** div_unchecked's witness side as from_x_coordinate_flagged writes it: q witnessed, q · other = self. */
  divUncheckedWitness(o) {
    const q = _Fld.new(witnessMode(this, o), o.value === 0n ? 0n : Fq.div(this.value, o.value));
    enforce(q.lc, o.lc, this.lc);
    return q;
  }
  /** Field::square_roots_flagged_nondeterministic: (root, -root, error flag). */
  squareRootsFlagged() {
    const euler = this.pow(_Fld.constant(Fq.p - 1n >> 1n));
    const isNonzeroSquare = euler.isOne();
    const witness = Fq.sqrtSmaller(this.value) ?? 0n;
    const square = _Fld.ternary(isNonzeroSquare, this, _Fld.zero());
    const first = _Fld.new(this.isConstant() ? "constant" : "private", witness);
    enforce(first.lc, first.lc, square.lc);
    const second = first.neg();
    const isNonzero = this.isZero().not();
    return [first, second, isNonzero.and(isNonzeroSquare.not())];
  }
  /** The square root no greater than (p - 1) / 2. */
  squareRoot() {
    const r = _Fld.new(witnessMode(this), Fq.sqrtSmaller(this.value) ?? 0n);
    enforce(r.lc, r.lc, this.lc);
    const half = _Fld.constant(Fq.p - 1n >> 1n);
    enforce(r.isLessThanOrEqual(half).lc, ONE, ONE);
    return r;
  }
  isLessThan(o) {
    if (this.isConstant() && o.isConstant())
      return Bool.constant(this.value < o.value);
    if (this.isConstant()) {
      const mine2 = bitsOf(this.value, BITS);
      const theirs2 = o.toBitsLe();
      let lt2 = Bool.constant(false);
      for (let i = 0; i < BITS; i++)
        lt2 = mine2[i] ? theirs2[i].and(lt2) : theirs2[i].or(lt2);
      return lt2;
    }
    if (o.isConstant()) {
      const mine2 = this.toBitsLe();
      const theirs2 = bitsOf(o.value, BITS);
      let lt2 = Bool.constant(false);
      for (let i = 0; i < BITS; i++)
        lt2 = theirs2[i] ? mine2[i].not().or(lt2) : mine2[i].not().and(lt2);
      return lt2;
    }
    const mine = this.toBitsLe();
    const theirs = o.toBitsLe();
    let lt = Bool.constant(false);
    for (let i = 0; i < BITS; i++) {
      const a2 = mine[i];
      const b = theirs[i];
      lt = Bool.ternary(a2.xor(b), b, lt);
    }
    return lt;
  }
  isGreaterThan(o) {
    return o.isLessThan(this);
  }
  isLessThanOrEqual(o) {
    return o.isGreaterThanOrEqual(this);
  }
  isGreaterThanOrEqual(o) {
    return this.isLessThan(o).not();
  }
};
function packBits(bits) {
  const parts = [];
  let coeff = 1n;
  for (const b of bits) {
    parts.push([b.lc, coeff]);
    coeff = Fq.double(coeff);
  }
  return new Fld(LC.combine(parts));
}

// dist/avm/circuit/group.js
var a = () => Fld.constant(EDWARDS_A);
var d = () => Fld.constant(EDWARDS_D);
var COFACTOR_INV = Fs.inv(4n);
var Grp = class _Grp {
  x;
  y;
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  static new(mode, p) {
    const g = new _Grp(Fld.new(mode, p.x), Fld.new(mode, p.y));
    g.enforceInGroup();
    return g;
  }
  static constant(p) {
    return _Grp.new("constant", p);
  }
  /** A point snarkVM injects once per thread (generator powers, BHP and Pedersen bases): no allocation. */
  static fixed(p) {
    return new _Grp(Fld.fixed(p.x), Fld.fixed(p.y));
  }
  static zero() {
    return new _Grp(Fld.zero(), Fld.one());
  }
  get value() {
    return { x: this.x.value, y: this.y.value };
  }
  isConstant() {
    return this.x.isConstant() && this.y.isConstant();
  }
  isConstantZero() {
    return this.isConstant() && this.x.value === 0n && this.y.value === 1n;
  }
  enforceOnCurve() {
    const x2 = this.x.square();
    const y2 = this.y.square();
    const [A, D] = [a(), d()];
    enforce(y2.lc, D.mul(x2).sub(Fld.one()).lc, A.mul(x2).sub(Fld.one()).lc);
  }
  enforceInGroup() {
    const mode = this.isConstant() ? "constant" : "private";
    const q = mul(this.value, COFACTOR_INV);
    const point = new _Grp(Fld.new(mode, q.x), Fld.new(mode, q.y));
    point.enforceOnCurve();
    point.double().enforceDouble(this);
  }
  add(other) {
    if (this.isConstantZero())
      return other;
    if (other.isConstantZero())
      return this;
    const [t, o] = other.isConstant() ? [this, other] : [other, this];
    const [A, D] = [a(), d()];
    const u1 = t.x.mul(A.neg()).add(t.y);
    const u2 = o.x.add(o.y);
    const u = u1.mul(u2);
    const v0 = t.x.mul(o.y);
    const v1 = o.x.mul(t.y);
    const v2 = v0.mul(v1).mul(D);
    const mode = witnessMode(u, v0, v1, v2);
    const x3 = Fld.new(mode, Fq.div(Fq.add(v0.value, v1.value), Fq.add(v2.value, 1n)));
    const y3 = Fld.new(mode, Fq.div(Fq.sub(Fq.add(u.value, Fq.mul(v0.value, EDWARDS_A)), v1.value), Fq.sub(1n, v2.value)));
    enforce(x3.lc, v2.add(Fld.one()).lc, v0.add(v1).lc);
    enforce(y3.lc, Fld.one().sub(v2).lc, u.add(v0.mul(A)).sub(v1).lc);
    return new _Grp(x3, y3);
  }
  neg() {
    return new _Grp(this.x.neg(), this.y);
  }
  sub(other) {
    return this.add(other.neg());
  }
  double() {
    if (this.isConstantZero())
      return this;
    const A = a();
    const two = Fld.one().double();
    const xy = this.x.mul(this.y);
    const x2 = this.x.square();
    const y2 = this.y.square();
    const ax2 = x2.mul(A);
    const mode = witnessMode(two, xy, y2, ax2);
    const x3 = Fld.new(mode, Fq.div(Fq.double(xy.value), Fq.add(ax2.value, y2.value)));
    const y3 = Fld.new(mode, Fq.div(Fq.sub(y2.value, ax2.value), Fq.sub(Fq.sub(2n, ax2.value), y2.value)));
    const ax2PlusY2 = ax2.add(y2);
    enforce(x3.lc, ax2PlusY2.lc, xy.double().lc);
    enforce(y3.lc, two.sub(ax2PlusY2).lc, y2.sub(ax2).lc);
    return new _Grp(x3, y3);
  }
  enforceDouble(double2) {
    const A = a();
    const two = Fld.one().double();
    const xy = this.x.mul(this.y);
    const x2 = this.x.square();
    const y2 = this.y.square();
    const ax2 = x2.mul(A);
    const ax2PlusY2 = ax2.add(y2);
    enforce(double2.x.lc, ax2PlusY2.lc, xy.double().lc);
    enforce(double2.y.lc, two.sub(ax2PlusY2).lc, y2.sub(ax2).lc);
  }
  /** Double-and-add over big-endian bits (Group *= &[Boolean]). */
  mulBitsBe(bits) {
    let out = _Grp.zero();
    for (const bit of bits) {
      out = out.double();
      out = _Grp.ternary(bit, this.add(out), out);
    }
    return out;
  }
  static ternary(cond, first, second) {
    return new _Grp(Fld.ternary(cond, first.x, second.x), Fld.ternary(cond, first.y, second.y));
  }
  isEqual(o) {
    return this.x.isEqual(o.x).and(this.y.isEqual(o.y));
  }
  isNotEqual(o) {
    return this.isEqual(o).not();
  }
  isZero() {
    return this.x.isEqual(Fld.zero()).and(this.y.isEqual(Fld.one()));
  }
  mulByCofactor() {
    return this.double().double();
  }
  /** Group::from_x_coordinate: y witnessed (zero when x is not on the curve), then the subgroup check. */
  static fromXCoordinate(x) {
    const p = tryY(x.value);
    const y = Fld.new(witnessMode(x), p);
    const g = new _Grp(x, y);
    g.enforceInGroup();
    return g;
  }
  /** Group::is_in_group: self · order == 0 over the order's big-endian constant bits. */
  isInGroup() {
    const bits = bitsOf(Fs.p, Fs.bits).reverse().map((b) => Bool.constant(b));
    return this.mulBitsBe(bits).isZero();
  }
};
function tryY(x) {
  try {
    return fromX(x).y;
  } catch {
    return 0n;
  }
}

// dist/avm/circuit/elligator2.js
function assertNeq(a2, b) {
  const d2 = a2.sub(b);
  const mode = a2.isConstant() && b.isConstant() ? "constant" : "private";
  const multiplier = d2.value === 0n ? ZERO2 : newVariable(mode, Fq.inv(d2.value));
  enforce(d2, multiplier, ONE);
}
var HALF_MODULUS = Fq.p - 1n >> 1n;
function elligator2(input) {
  assertNeq(input.lc, ZERO2);
  const one = Fld.one();
  const ma = Fld.constant(MONTGOMERY_A);
  const mb = Fld.constant(MONTGOMERY_B);
  const mbInv = mb.inverse();
  const mb2 = mb.square();
  const mb3 = mb2.mul(mb);
  const d2 = Fld.constant(EDWARDS_D);
  const a2 = ma.mul(mbInv);
  const aHalf = a2.mul(Fld.constant(Fq.inv(2n)));
  const b = mbInv.square();
  const ur2 = d2.mul(input.square());
  const onePlusUr2 = one.add(ur2);
  assertNeq(a2.square().mul(ur2).lc, b.mul(onePlusUr2.square()).lc);
  const v = a2.neg().div(onePlusUr2);
  const v2 = v.square();
  const e = v2.mul(v).add(a2.mul(v2)).add(b.mul(v)).pow(Fld.constant(HALF_MODULUS));
  const x = e.mul(v).sub(one.sub(e).mul(aHalf));
  const x2 = x.square();
  const x3 = x2.mul(x);
  const rhs = x3.add(a2.mul(x2)).add(b.mul(x));
  const root = Fld.new(witnessMode(rhs), Fq.sqrtEven(rhs.value) ?? 0n);
  assertTrue(root.toBitsBe().at(-1).not().lc);
  const y = e.neg().mul(root);
  assertNeq(v.mul(e).mul(x).mul(y).lc, ZERO2);
  const y2 = y.square();
  assertEq(y2.lc, rhs.lc);
  const u = x.mul(mb);
  const vv = y.mul(mb);
  const u2 = x2.mul(mb2);
  const u3 = x3.mul(mb3);
  const vv2 = y2.mul(mb3);
  assertEq(vv2.lc, u3.add(ma.mul(u2)).add(u).lc);
  const ex = u.div(vv);
  const ey = u.sub(one).div(u.add(one));
  const encoding = new Grp(ex, ey);
  encoding.enforceOnCurve();
  return encoding.mulByCofactor();
}

// dist/avm/circuit/scalar.js
var BITS2 = Fs.bits;
var DATA_BITS2 = Fs.dataBits;
var MODULUS_MINUS_ONE_BITS2 = bitsOf(Fs.p - 1n, BITS2);
var Scl = class _Scl {
  field;
  bits;
  constructor(field2, bits) {
    this.field = field2;
    this.bits = bits;
  }
  static new(mode, value) {
    return new _Scl(Fld.new(mode, value));
  }
  static constant(value) {
    return new _Scl(Fld.constant(value));
  }
  get value() {
    return this.field.value;
  }
  isConstant() {
    return this.field.isConstant();
  }
  toBitsLe() {
    if (!this.bits) {
      const bits = this.field.toLowerBitsLe(BITS2);
      assertLessThanOrEqualConstant(bits, MODULUS_MINUS_ONE_BITS2);
      this.bits = bits;
    }
    return this.bits;
  }
  toBitsBe() {
    return this.toBitsLe().slice().reverse();
  }
  isEqual(o) {
    return this.field.isEqual(o.field);
  }
  static ternary(cond, first, second) {
    return new _Scl(Fld.ternary(cond, first.field, second.field));
  }
  static fromBitsLe(bits) {
    if (bits.length > BITS2)
      assertBitsAreZero(bits.slice(BITS2));
    if (bits.length > DATA_BITS2) {
      const head2 = bits.slice(0, BITS2);
      const s = new _Scl(packBits(head2), head2);
      assertLessThanOrEqualConstant(head2, MODULUS_MINUS_ONE_BITS2);
      return s;
    }
    const head = bits.slice(0, BITS2);
    while (head.length < BITS2)
      head.push(Bool.constant(false));
    return new _Scl(packBits(head), head);
  }
  /** Scalar::from_field_lossy: the low 250 bits of the field's decomposition. */
  static fromFieldLossy(f2) {
    return _Scl.fromBitsLe(f2.toBitsLe().slice(0, DATA_BITS2));
  }
};
var SCALAR_MODULUS_FIELD = Fs.p;
function scalarAdd(a2, b) {
  if (a2.isConstant() && b.isConstant())
    return Scl.new("constant", Fs.add(a2.value, b.value));
  const sum = Fld.fromBitsLe(a2.field.add(b.field).toLowerBitsLe(BITS2 + 1));
  const modulus = Fld.constant(SCALAR_MODULUS_FIELD);
  const wrapped = Fld.ternary(sum.isLessThan(modulus), sum, sum.sub(modulus));
  return new Scl(wrapped, wrapped.toLowerBitsLe(BITS2));
}
function scalarCompare(name, a2, b) {
  const lt = (x, y) => {
    if (x.isConstant() && y.isConstant())
      return Bool.new("constant", x.value < y.value);
    return x.field.sub(y.field).double().toBitsBe().at(-1);
  };
  if (name === "isLessThan")
    return lt(a2, b);
  if (name === "isGreaterThan")
    return lt(b, a2);
  if (name === "isLessThanOrEqual")
    return lt(b, a2).not();
  return lt(a2, b).not();
}

// dist/avm/circuit/poseidon.js
function pow17(x) {
  if (x.isConstant())
    return Fld.fixed(Fq.pow(x.value, 17n));
  const t = x.scale(1n);
  const t16 = t.square().square().square().square();
  return t16.mul(x);
}
function permute2(rate, state) {
  const p = poseidonParams(rate);
  const half = FULL_ROUNDS / 2;
  for (let r = 0; r < FULL_ROUNDS + PARTIAL_ROUNDS; r++) {
    const ark = p.ark[r];
    for (let i = 0; i < state.length; i++)
      state[i] = state[i].add(Fld.fixed(ark[i]));
    const full = r < half || r >= half + PARTIAL_ROUNDS;
    for (let i = 0; i < (full ? state.length : 1); i++)
      state[i] = pow17(state[i]);
    const next = [];
    for (let i = 0; i < state.length; i++) {
      const row3 = p.mds[i];
      next.push(new Fld(LC.combine(state.map((s, j) => [s.lc, row3[j]]))));
    }
    for (let i = 0; i < state.length; i++)
      state[i] = next[i];
  }
}
function hashMany(rate, input, numOutputs) {
  const p = poseidonParams(rate);
  const preimage = [Fld.fixed(p.domain), Fld.constant(BigInt(input.length))];
  while (preimage.length < rate)
    preimage.push(Fld.zero());
  preimage.push(...input);
  const state = Array.from({ length: rate + 1 }, () => Fld.zero());
  let pos2 = 0;
  let rest = preimage;
  if (rest.length > 0) {
    for (; ; ) {
      if (pos2 + rest.length <= rate) {
        rest.forEach((e, i) => {
          state[1 + pos2 + i] = state[1 + pos2 + i].add(e);
        });
        pos2 += rest.length;
        break;
      }
      const n = rate - pos2;
      for (let i = 0; i < n; i++)
        state[1 + pos2 + i] = state[1 + pos2 + i].add(rest[i]);
      permute2(rate, state);
      rest = rest.slice(n);
      pos2 = 0;
    }
  }
  const out = [];
  if (numOutputs === 0)
    return out;
  permute2(rate, state);
  let sq = 0;
  while (out.length < numOutputs) {
    if (sq === rate) {
      permute2(rate, state);
      sq = 0;
    }
    out.push(state[1 + sq].clone());
    sq++;
  }
  return out;
}
function hashPsd(rate, input) {
  return hashMany(rate, input, 1)[0];
}
function hashToScalarPsd(rate, input) {
  return Scl.fromFieldLossy(hashPsd(rate, input));
}
function hashToGroupPsd(rate, input) {
  if (input.length === 0)
    throw new CircuitHalt("Input to hash to group cannot be empty");
  const [h0, h1] = hashMany(rate, input, 2);
  return elligator2(h1).add(elligator2(h0));
}

// dist/avm/circuit/account.js
var gPowers;
function generatorPowers() {
  if (!gPowers) {
    gPowers = [];
    let g = accountGenerator();
    for (let i = 0; i < Fs.bits; i++) {
      gPowers.push(g);
      g = double(g);
    }
  }
  return gPowers;
}
function gScalarMultiply(s) {
  const bases2 = generatorPowers();
  const bits = s.toBitsLe();
  let out = Grp.zero();
  for (let i = 0; i < bits.length; i++) {
    out = Grp.ternary(bits[i], out.add(Grp.fixed(bases2[i])), out);
  }
  return out;
}
function groupMulScalar(g, s) {
  return g.mulBitsBe(s.toBitsBe());
}
var ComputeKey = class _ComputeKey {
  pkSig;
  prSig;
  skPrf;
  constructor(pkSig, prSig, skPrf) {
    this.pkSig = pkSig;
    this.prSig = prSig;
    this.skPrf = skPrf;
  }
  static fromGroups(pkSig, prSig) {
    return new _ComputeKey(pkSig, prSig, hashToScalarPsd(4, [pkSig.x.clone(), prSig.x.clone()]));
  }
  static new(mode, pkSig, prSig) {
    const a2 = Grp.new(mode, pkSig);
    const b = Grp.new(mode, prSig);
    return _ComputeKey.fromGroups(a2, b);
  }
  toAddress() {
    const pkPrf = gScalarMultiply(this.skPrf);
    return this.pkSig.add(this.prSig).add(pkPrf);
  }
};
var Signature = class _Signature {
  challenge;
  response;
  computeKey;
  constructor(challenge, response, computeKey) {
    this.challenge = challenge;
    this.response = response;
    this.computeKey = computeKey;
  }
  static new(mode, v) {
    const challenge = Scl.new(mode, v.challenge);
    const response = Scl.new(mode, v.response);
    return new _Signature(challenge, response, ComputeKey.new(mode, v.pkSig, v.prSig));
  }
  /** Signature::verify: challenge == HashToScalarPSD8(G·response + pk_sig·challenge, pk_sig, pr_sig, address, message). */
  verify(address, message) {
    const pk = this.computeKey.pkSig;
    const gNonce = gScalarMultiply(this.response).add(groupMulScalar(pk, this.challenge));
    const preimage = [
      gNonce.x.clone(),
      pk.x.clone(),
      this.computeKey.prSig.x.clone(),
      address.x.clone(),
      ...message
    ];
    const candidate = hashToScalarPsd(8, preimage);
    const candidateAddress = this.computeKey.toAddress();
    return this.challenge.isEqual(candidate).and(address.isEqual(candidateAddress));
  }
};

// dist/avm/circuit/integer.js
function intType(type) {
  return { bits: Number(type.slice(1)), signed: type[0] === "i" };
}
var Int = class _Int {
  t;
  bits;
  constructor(t, bits) {
    this.t = t;
    this.bits = bits;
  }
  /** Integer::constant: Integer::new(Mode::Constant), one counted constant per bit. */
  static constant(t, value) {
    return _Int.witness(t, value, true);
  }
  /** Integer::new(mode): one boolean per bit. */
  static witness(t, value, constant) {
    const v = BigInt.asUintN(t.bits, value);
    const bits = [];
    for (let i = 0; i < t.bits; i++)
      bits.push(Bool.new(constant ? "constant" : "private", (v >> BigInt(i) & 1n) === 1n));
    return new _Int(t, bits);
  }
  isConstant() {
    return this.bits.every((b) => b.isConstant());
  }
  /** Two's complement value (signed) or the unsigned value. */
  get value() {
    let v = 0n;
    for (let i = this.bits.length - 1; i >= 0; i--)
      v = v << 1n | (this.bits[i].value ? 1n : 0n);
    return this.t.signed ? BigInt.asIntN(this.t.bits, v) : v;
  }
  msb() {
    return this.bits[this.t.bits - 1];
  }
  toField() {
    return Fld.fromBitsLe(this.bits);
  }
  not() {
    return new _Int(this.t, this.bits.map((b) => b.not()));
  }
  wrap(v) {
    return this.t.signed ? BigInt.asIntN(this.t.bits, v) : BigInt.asUintN(this.t.bits, v);
  }
  fits(v) {
    return this.wrap(v) === v;
  }
  addChecked(o) {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value + o.value;
      if (!this.fits(v))
        throw new CircuitHalt("Integer overflow on addition of two constants");
      return _Int.constant(this.t, v);
    }
    if (this.t.signed) {
      const sumBits = this.toField().add(o.toField()).toLowerBitsLe(this.t.bits + 1);
      const sum2 = new _Int(this.t, sumBits.slice(0, this.t.bits));
      const sameSign = this.msb().isEqual(o.msb());
      const overflow = sameSign.and(sum2.msb().isNotEqual(this.msb()));
      assertEq(overflow.lc, ZERO2);
      return sum2;
    }
    const sum = _Int.witness(this.t, this.wrap(this.value + o.value), false);
    assertEq(this.toField().add(o.toField()).lc, sum.toField().lc);
    return sum;
  }
  addWrapped(o) {
    if (this.isConstant() && o.isConstant())
      return _Int.constant(this.t, this.value + o.value);
    const bits = this.toField().add(o.toField()).toLowerBitsLe(this.t.bits + 1);
    return new _Int(this.t, bits.slice(0, this.t.bits));
  }
  subChecked(o) {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value - o.value;
      if (!this.fits(v))
        throw new CircuitHalt("Integer underflow on subtraction of two constants");
      return _Int.constant(this.t, v);
    }
    const bits = this.toField().add(o.not().toField()).add(Fld.one()).toLowerBitsLe(this.t.bits + 1);
    const diff = new _Int(this.t, bits.slice(0, this.t.bits));
    const carry = bits[this.t.bits];
    if (this.t.signed) {
      const differentSigns = this.msb().isNotEqual(o.msb());
      const underflow = differentSigns.and(diff.msb().isEqual(o.msb()));
      assertEq(underflow.lc, ZERO2);
    } else
      assertEq(carry.lc, ONE);
    return diff;
  }
  subWrapped(o) {
    if (this.isConstant() && o.isConstant())
      return _Int.constant(this.t, this.value - o.value);
    const bits = this.toField().add(o.not().toField()).add(Fld.one()).toLowerBitsLe(this.t.bits + 1);
    return new _Int(this.t, bits.slice(0, this.t.bits));
  }
  isEqual(o) {
    if (this.isConstant() && o.isConstant()) {
      let acc = Bool.constant(true);
      for (let i = 0; i < this.bits.length; i++)
        acc = acc.and(this.bits[i].isEqual(o.bits[i]));
      return acc;
    }
    return this.toField().isEqual(o.toField());
  }
  isNotEqual(o) {
    return this.isEqual(o).not();
  }
  isLessThan(o) {
    if (this.isConstant() && o.isConstant())
      return Bool.new("constant", this.value < o.value);
    if (this.t.signed) {
      const sameSign = this.msb().isEqual(o.msb());
      const negPos = this.msb().and(o.msb().not());
      const e2 = _Int.constant(this.t, -1n).toField().add(this.toField()).sub(o.toField()).add(Fld.one());
      const bit = e2.toLowerBitsLe(this.t.bits + 1).at(-1);
      return Bool.ternary(sameSign, bit.not(), negPos);
    }
    const max = (1n << BigInt(this.t.bits)) - 1n;
    const e = _Int.constant(this.t, max).toField().add(this.toField()).sub(o.toField()).add(Fld.one());
    return e.toLowerBitsLe(this.t.bits + 1).at(-1).not();
  }
  isGreaterThan(o) {
    return o.isLessThan(this);
  }
  isLessThanOrEqual(o) {
    return o.isGreaterThanOrEqual(this);
  }
  isGreaterThanOrEqual(o) {
    return this.isLessThan(o).not();
  }
  static zero(t) {
    return _Int.constant(t, 0n);
  }
  static one(t) {
    return _Int.constant(t, 1n);
  }
  /** The same bits as the other signedness (cast_as_dual). */
  dual() {
    return new _Int({ bits: this.t.bits, signed: !this.t.signed }, this.bits);
  }
  min() {
    return this.t.signed ? -(1n << BigInt(this.t.bits - 1)) : 0n;
  }
  absWrapped() {
    return this.t.signed ? _Int.ternary(this.msb(), _Int.zero(this.t).subWrapped(this), this) : this;
  }
  absChecked() {
    return this.t.signed ? _Int.ternary(this.msb(), _Int.zero(this.t).subChecked(this), this) : this;
  }
  negChecked() {
    if (!this.t.signed)
      throw new CircuitHalt("Attempted to negate an unsigned integer");
    return _Int.one(this.t).addChecked(this.not());
  }
  negWrapped() {
    if (!this.t.signed)
      throw new CircuitHalt("Attempted to negate an unsigned integer");
    return _Int.zero(this.t).subWrapped(this);
  }
  mulWrapped(o) {
    if (this.isConstant() && o.isConstant())
      return _Int.witness(this.t, this.wrap(this.value * o.value), true);
    const h = this.t.bits / 2;
    const x1 = Fld.fromBitsLe(this.bits.slice(h));
    const x0 = Fld.fromBitsLe(this.bits.slice(0, h));
    const y1 = Fld.fromBitsLe(o.bits.slice(h));
    const y0 = Fld.fromBitsLe(o.bits.slice(0, h));
    const z0 = x0.mul(y0);
    const z1 = x1.mul(y0).add(x0.mul(y1));
    const bm = Fld.fromBitsLe([
      ...Array.from({ length: h }, () => Bool.constant(false)),
      Bool.constant(true)
    ]);
    const bits = z0.add(z1.mul(bm)).toLowerBitsLe(this.t.bits + h + 1);
    return new _Int(this.t, bits.slice(0, this.t.bits));
  }
  karatsuba(o) {
    const h = this.t.bits / 2;
    const x1 = Fld.fromBitsLe(this.bits.slice(h));
    const x0 = Fld.fromBitsLe(this.bits.slice(0, h));
    const y1 = Fld.fromBitsLe(o.bits.slice(h));
    const y0 = Fld.fromBitsLe(o.bits.slice(0, h));
    const z0 = x0.mul(y0);
    const z2 = x1.mul(y1);
    const z1 = x1.add(x0).mul(y1.add(y0)).sub(z2).sub(z0);
    const bm = Fld.fromBitsLe([
      ...Array.from({ length: h }, () => Bool.constant(false)),
      Bool.constant(true)
    ]);
    const bits = z0.add(z1.mul(bm)).toLowerBitsLe(this.t.bits + h + 1);
    return [new _Int(this.t, bits.slice(0, this.t.bits)), bits.slice(this.t.bits), z2];
  }
  static mulAndCheck(a2, b) {
    if (2 * a2.t.bits < Fq.bits - 1) {
      const product2 = _Int.witness(a2.t, a2.wrap(a2.value * b.value), a2.isConstant() && b.isConstant());
      enforce(a2.toField().lc, b.toField().lc, product2.toField().lc);
      return product2;
    }
    const [product, upper, z2] = a2.karatsuba(b);
    assertBitsAreZero(upper);
    assertEq(z2.lc, ZERO2);
    return product;
  }
  static mulWithFlags(a2, b) {
    if (2 * a2.t.bits < Fq.bits - 1) {
      const product2 = _Int.witness(a2.t, a2.wrap(a2.value * b.value), a2.isConstant() && b.isConstant());
      const computed = a2.toField().mul(b.toField());
      return [product2, computed.isNotEqual(product2.toField())];
    }
    const [product, upper, z2] = a2.karatsuba(b);
    return [product, Fld.fromBitsLe(upper).add(z2).isNotEqual(Fld.zero())];
  }
  signedProductChecks(product, sameSign) {
    const positiveOverflows = sameSign.and(product.msb());
    let lowerNonZero = Bool.constant(false);
    for (const b of product.bits.slice(0, this.t.bits - 1))
      lowerNonZero = lowerNonZero.or(b);
    const ltOrEqMin = product.msb().not().or(product.msb().and(lowerNonZero.not()));
    return [positiveOverflows, sameSign.not().and(ltOrEqMin.not())];
  }
  mulChecked(o) {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value * o.value;
      if (!this.fits(v))
        throw new CircuitHalt("Integer overflow on multiplication of two constants");
      return _Int.witness(this.t, v, true);
    }
    if (!this.t.signed)
      return _Int.mulAndCheck(this, o);
    const product = _Int.mulAndCheck(this.absWrapped(), o.absWrapped());
    const sameSign = this.msb().isEqual(o.msb());
    const positiveOverflows = sameSign.and(product.msb());
    assertEq(positiveOverflows.lc, ZERO2);
    let lowerNonZero = Bool.constant(false);
    for (const b of product.bits.slice(0, this.t.bits - 1))
      lowerNonZero = lowerNonZero.or(b);
    const ltOrEqMin = product.msb().not().or(product.msb().and(lowerNonZero.not()));
    const negativeUnderflows = sameSign.not().and(ltOrEqMin.not());
    assertEq(negativeUnderflows.lc, ZERO2);
    return _Int.ternary(sameSign, product, _Int.zero(this.t).subWrapped(product));
  }
  unsignedDivision(o) {
    const divisor = o.value === 0n ? 1n : o.value;
    const q = _Int.witness(this.t, this.value / divisor, false);
    const r = _Int.witness(this.t, this.value % divisor, false);
    if (2 * this.t.bits < Fq.dataBits)
      assertEq(this.toField().lc, q.toField().mul(o.toField()).add(r.toField()).lc);
    else
      assertEq(this.toField().lc, q.mulChecked(o).addChecked(r).toField().lc);
    assertTrue(r.isLessThan(o).lc);
    return [q, r];
  }
  divZeroCheck(o) {
    if (o.isConstant() && o.value === 0n)
      throw new CircuitHalt("Attempted to divide by zero.");
  }
  divWrapped(o) {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant())
      return _Int.witness(this.t, this.wrap(this.value / o.value), true);
    if (!this.t.signed)
      return this.unsignedDivision(o)[0];
    const q = new _Int(this.t, this.absWrapped().dual().divWrapped(o.absWrapped().dual()).bits);
    const sameSign = this.msb().isEqual(o.msb());
    return _Int.ternary(sameSign, q, _Int.zero(this.t).subWrapped(q));
  }
  divChecked(o) {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant()) {
      const v = this.value / o.value;
      if (!this.fits(v))
        throw new CircuitHalt("Overflow on division of two integer constants");
      return _Int.constant(this.t, v);
    }
    if (!this.t.signed)
      return this.divWrapped(o);
    const overflows = this.isEqual(_Int.constant(this.t, this.min())).and(o.isEqual(_Int.constant(this.t, -1n)));
    assertTrue(overflows.not().lc);
    return this.divWrapped(o);
  }
  remWrapped(o) {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant())
      return _Int.witness(this.t, this.wrap(this.value % o.value), true);
    if (!this.t.signed)
      return this.unsignedDivision(o)[1];
    const r = new _Int(this.t, this.absWrapped().dual().remWrapped(o.absWrapped().dual()).bits);
    return _Int.ternary(this.msb().not(), r, _Int.zero(this.t).subWrapped(r));
  }
  remChecked(o) {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant())
      return _Int.constant(this.t, this.value % o.value);
    if (!this.t.signed)
      return this.remWrapped(o);
    const overflows = this.isEqual(_Int.constant(this.t, this.min())).and(o.isEqual(_Int.constant(this.t, -1n)));
    assertTrue(overflows.not().lc);
    return this.remWrapped(o);
  }
  powWrapped(e) {
    if (this.isConstant() && e.isConstant())
      return _Int.witness(this.t, this.powValue(e.value, true), true);
    let result = _Int.one(this.t);
    for (let i = e.bits.length - 1; i >= 0; i--) {
      result = result.mulWrapped(result);
      result = _Int.ternary(e.bits[i], result.mulWrapped(this), result);
    }
    return result;
  }
  powChecked(e) {
    if (this.isConstant() && e.isConstant()) {
      const v = this.powValue(e.value, false);
      if (v === void 0)
        throw new CircuitHalt("Integer overflow on exponentiation of two constants");
      return _Int.witness(this.t, v, true);
    }
    let result = _Int.one(this.t);
    for (let i = e.bits.length - 1; i >= 0; i--) {
      const bit = e.bits[i];
      result = result.mulChecked(result);
      let times;
      if (this.t.signed) {
        const [product, overflow] = _Int.mulWithFlags(result.absWrapped(), this.absWrapped());
        const sameSign = result.msb().isEqual(this.msb());
        const [pos2, neg3] = this.signedProductChecks(product, sameSign);
        assertEq(overflow.or(pos2).or(neg3).and(bit).lc, ZERO2);
        times = _Int.ternary(sameSign, product, product.not().addWrapped(_Int.one(this.t)));
      } else {
        const [product, overflow] = _Int.mulWithFlags(result, this);
        assertEq(overflow.and(bit).lc, ZERO2);
        times = product;
      }
      result = _Int.ternary(bit, times, result);
    }
    return result;
  }
  powValue(e, wrapping) {
    let result = 1n;
    let overflow = false;
    for (let i = e.toString(2).length - 1; i >= 0; i--) {
      const sq = result * result;
      if (!this.fits(sq))
        overflow = true;
      result = this.wrap(sq);
      if (e >> BigInt(i) & 1n) {
        const m = result * this.value;
        if (!this.fits(m))
          overflow = true;
        result = this.wrap(m);
      }
    }
    return wrapping || !overflow ? result : void 0;
  }
  shiftIndex() {
    return Math.log2(this.t.bits);
  }
  shlWrapped(rhs) {
    if (this.isConstant() && rhs.isConstant())
      return _Int.constant(this.t, this.value << BigInt(Number(rhs.value) % this.t.bits));
    const k = this.shiftIndex();
    const low = rhs.bits.slice(0, k);
    if (low.every((b) => b.isConstant())) {
      const n = low.reduce((acc, b, i) => acc + (b.value ? 1 << i : 0), 0);
      const bits = [...Array.from({ length: n }, () => Bool.constant(false)), ...this.bits].slice(0, this.t.bits);
      return new _Int(this.t, bits);
    }
    if (2 * this.t.bits < Fq.dataBits) {
      let result = this.toField();
      low.forEach((bit, i) => {
        result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
      });
      return new _Int(this.t, result.toLowerBitsLe(2 * this.t.bits).slice(0, this.t.bits));
    }
    let shift = Fld.one();
    for (let i = low.length - 1; i >= 0; i--) {
      shift = shift.square();
      shift = Fld.ternary(low[i], shift.mul(Fld.one().add(Fld.one())), shift);
    }
    return this.mulWrapped(new _Int(this.t, shift.toLowerBitsLe(this.t.bits)));
  }
  shlChecked(rhs) {
    const k = this.shiftIndex();
    const two = _Int.one(this.t).addChecked(_Int.one(this.t));
    if (this.t.signed) {
      if (3 * this.t.bits < Fq.dataBits) {
        assertBitsAreZero(rhs.bits.slice(k));
        const bits = [...this.bits];
        while (bits.length < 2 * this.t.bits)
          bits.push(this.msb());
        let result = Fld.fromBitsLe(bits);
        rhs.bits.slice(0, k).forEach((bit, i) => {
          result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
        });
        const all = result.toLowerBitsLe(3 * this.t.bits);
        const out = new _Int(this.t, all.slice(0, this.t.bits));
        for (const b of all.slice(this.t.bits, 2 * this.t.bits))
          assertEq(b.lc, out.msb().lc);
        return out;
      }
      const factor = new _Int(this.t, two.dual().powChecked(rhs).bits);
      const isMin = factor.isEqual(_Int.constant(this.t, this.min()));
      return _Int.ternary(isMin, _Int.zero(this.t).subWrapped(this), this).mulChecked(factor);
    }
    if (2 * this.t.bits < Fq.dataBits) {
      assertBitsAreZero(rhs.bits.slice(k));
      let result = this.toField();
      rhs.bits.slice(0, k).forEach((bit, i) => {
        result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
      });
      const all = result.toLowerBitsLe(2 * this.t.bits);
      assertBitsAreZero(all.slice(this.t.bits));
      return new _Int(this.t, all.slice(0, this.t.bits));
    }
    return this.mulChecked(two.powChecked(rhs));
  }
  shrWrapped(rhs) {
    if (this.isConstant() && rhs.isConstant())
      return _Int.constant(this.t, this.value >> BigInt(Number(rhs.value) % this.t.bits));
    const k = this.shiftIndex();
    const low = rhs.bits.slice(0, k);
    if (low.every((b) => b.isConstant())) {
      const n = low.reduce((acc, b, i) => acc + (b.value ? 1 << i : 0), 0);
      const fill = this.t.signed ? this.msb() : Bool.constant(false);
      const bits = [...this.bits, ...Array.from({ length: n }, () => fill)];
      return new _Int(this.t, bits.slice(bits.length - this.t.bits));
    }
    if (2 * this.t.bits < Fq.dataBits) {
      const msb = Fld.fromBool(this.msb());
      let result = Fld.fromBitsBe(this.bits);
      low.forEach((bit, i) => {
        const product = result.mul(Fld.constant(1n << BigInt(1 << i)));
        const next = this.t.signed ? product.add(Fld.constant((1n << BigInt(1 << i)) - 1n).mul(msb)) : product;
        result = Fld.ternary(bit, next, result);
      });
      const bits = result.toLowerBitsLe(2 * this.t.bits).slice(0, this.t.bits).reverse();
      return new _Int(this.t, bits);
    }
    throw new CircuitHalt(`shr on ${this.t.bits}-bit integers is not supported in circuits yet`);
  }
  shrChecked(rhs) {
    if (this.isConstant() && rhs.isConstant()) {
      if (rhs.value >= BigInt(this.t.bits))
        throw new CircuitHalt("Constant shifted by constant exceeds the allowed bitwidth.");
      return _Int.constant(this.t, this.value >> rhs.value);
    }
    assertBitsAreZero(rhs.bits.slice(this.shiftIndex()));
    return this.shrWrapped(rhs);
  }
  /** Bitwise and/or/xor/nand/nor: the boolean gadget per bit. */
  bitwise(o, op) {
    return new _Int(this.t, this.bits.map((b, i) => b[op](o.bits[i])));
  }
  static ternary(cond, first, second) {
    if (cond.isConstant())
      return cond.value ? first : second;
    return new _Int(first.t, first.bits.map((b, i) => Bool.ternary(cond, b, second.bits[i])));
  }
};

// dist/avm/circuit/bhp.js
var lookups = /* @__PURE__ */ new Map();
function montgomeryBases(variant) {
  let l = lookups.get(variant);
  if (!l) {
    const p = bhpParams(variant);
    l = p.lookup.map((window) => window.map((table) => {
      const xs = [];
      const ys = [];
      for (let k = 0; k < 4; k++) {
        const e = toAffine(table[k]);
        const x = Fq.div(Fq.add(1n, e.y), Fq.sub(1n, e.y));
        xs.push(x);
        ys.push(Fq.div(x, e.x));
      }
      return { xs, ys };
    }));
    lookups.set(variant, l);
  }
  return l;
}
var HALF = Fq.inv(2n);
function montgomeryAdd(A, B, p, q) {
  const [x1, y1] = p;
  const [x2, y2] = q;
  const mode = witnessMode(x1, y1, x2, y2);
  const lambda = Fld.new(mode, Fq.div(Fq.sub(y2.value, y1.value), Fq.sub(x2.value, x1.value)));
  enforce(x2.sub(x1).lc, lambda.lc, y2.sub(y1).lc);
  const l2 = Fq.square(lambda.value);
  const sumX = Fld.new(witnessMode(lambda, x2, x1), Fq.sub(Fq.sub(Fq.sub(Fq.mul(MONTGOMERY_B, l2), MONTGOMERY_A), x1.value), x2.value));
  enforce(B.mul(lambda).lc, lambda.lc, A.add(x1).add(x2).add(sumX).lc);
  const sumY = Fld.new(witnessMode(lambda, sumX, x1, y1), Fq.neg(Fq.add(y1.value, Fq.mul(lambda.value, Fq.sub(sumX.value, x1.value)))));
  enforce(x1.sub(sumX).lc, lambda.lc, y1.add(sumY).lc);
  return [sumX, sumY];
}
function hashBlock2(variant, input) {
  const p = bhpParams(variant);
  const minBits = p.windowSize * 3;
  if (input.length <= minBits)
    throw new CircuitHalt(`Inputs to this BHP must be greater than ${minBits} bits`);
  if (input.length > p.numWindows * minBits)
    throw new CircuitHalt(`Inputs to this BHP cannot exceed ${p.numWindows * minBits} bits`);
  const bits = [...input];
  while (bits.length % 3 !== 0)
    bits.push(Bool.constant(false));
  const bases2 = montgomeryBases(variant);
  const half = Fld.constant(HALF);
  const A = Fld.constant(MONTGOMERY_A);
  const B = Fld.constant(MONTGOMERY_B);
  let acc = Grp.zero();
  const perWindow = p.windowSize * 3;
  for (let w = 0; w * perWindow < bits.length; w++) {
    const windowBits2 = bits.slice(w * perWindow, (w + 1) * perWindow);
    let sum;
    for (let c = 0; c * 3 < windowBits2.length; c++) {
      const [c0, c1, c2] = windowBits2.slice(c * 3, c * 3 + 3);
      const { xs, ys } = bases2[w][c];
      const b0 = Fld.fromBool(c0);
      const b1 = Fld.fromBool(c1);
      const b2 = Fld.fromBool(c2);
      const b01 = Fld.fromBool(c0.and(c1));
      const lookup = (v) => {
        const [v0, v1, v2, v3] = v;
        return Fld.fixed(v0).add(b0.scale(Fq.sub(v1, v0))).add(b1.scale(Fq.sub(v2, v0))).add(b01.scale(Fq.add(Fq.sub(Fq.sub(v3, v2), v1), v0)));
      };
      const mx = lookup(xs);
      const y = lookup(ys);
      const my = Fld.new(witnessMode(c0, c1, c2, y), c2.value ? Fq.neg(y.value) : y.value);
      enforce(y.double().neg().lc, b2.sub(half).lc, my.lc);
      sum = sum ? montgomeryAdd(A, B, sum, [mx, my]) : [mx, my];
    }
    if (!sum)
      throw new CircuitHalt("Invalid iteration of BHP detected, a window was not evaluated");
    const [sx, sy] = sum;
    const ex = sx.divUnchecked(sy);
    const ey = sx.sub(Fld.one()).divUnchecked(sx.add(Fld.one()));
    acc = acc.add(new Grp(ex, ey));
  }
  return acc;
}
function bhpHashToGroup2(variant, input) {
  const p = bhpParams(variant);
  const perBlock = p.numWindows * p.windowSize * 3 - Fq.dataBits;
  let digest = Grp.zero();
  for (let i = 0; i * perBlock < input.length; i++) {
    const chunk = input.slice(i * perBlock, (i + 1) * perBlock);
    const pre = [];
    if (i === 0) {
      for (const b of p.domain)
        pre.push(Bool.constant(b));
      constBits(pre, input.length, 64);
    } else {
      pre.push(...digest.x.clone().toBitsLe());
      pre.length = Fq.dataBits;
    }
    pre.push(...chunk);
    digest = hashBlock2(variant, pre);
  }
  return digest;
}
function bhpHash2(variant, input) {
  return bhpHashToGroup2(variant, input).x.clone();
}
function bhpCommitToGroup2(variant, input, randomizer) {
  const hash = bhpHashToGroup2(variant, input);
  const bases2 = bhpParams(variant).randomBase;
  const bits = randomizer.toBitsLe();
  let acc = hash;
  bits.forEach((bit, i) => {
    acc = acc.add(Grp.ternary(bit, Grp.fixed(toAffine(bases2[i])), Grp.zero()));
  });
  return acc;
}
function bhpCommit(variant, input, randomizer) {
  return bhpCommitToGroup2(variant, input, randomizer).x.clone();
}

// dist/avm/circuit/record.js
var U8 = { bits: 8, signed: false };
function injectVersion(version2) {
  return Int.witness(U8, BigInt(version2), false);
}
function isHiding(r) {
  return r.version.isEqual(Int.constant(U8, 0n)).not();
}
var VIS_BITS = {
  constant: [false, false],
  public: [false, true],
  private: [true, false]
};
var COMMITMENT_DOMAIN = domainField("AleoCommitment0");
var ENCRYPTION_DOMAIN = domainField("AleoSymmetricEncryption0");
var SERIAL_NUMBER_DOMAIN = domainField("AleoSerialNumber0");
function injectRecord(r) {
  const owner = Grp.new("private", r.owner.value);
  const data = /* @__PURE__ */ new Map();
  for (const [k, e] of r.data) {
    identifierConstants(k);
    data.set(k, { visibility: e.visibility, value: injectPlaintext("private", e.value) });
  }
  const nonce = Grp.new("private", r.nonce);
  const version2 = injectVersion(r.version ?? 0);
  const ownerPlaintext = r.owner.visibility === "private" ? { kind: "literal", literal: { type: "address", g: owner } } : void 0;
  return {
    kind: "record",
    ownerVisibility: r.owner.visibility,
    owner,
    ownerPlaintext,
    data,
    nonce,
    version: version2
  };
}
function recordOwnerEntry(r) {
  if (r.ownerVisibility === "private" && r.ownerPlaintext)
    return clonePlaintext(r.ownerPlaintext);
  return { kind: "literal", literal: { type: "address", g: new Grp(r.owner.x.clone(), r.owner.y.clone()) } };
}
function cloneRecord(r) {
  const ownerPlaintext = r.ownerPlaintext && clonePlaintext(r.ownerPlaintext);
  const owner = ownerPlaintext?.kind === "literal" && ownerPlaintext.literal.type === "address" ? ownerPlaintext.literal.g : new Grp(r.owner.x.clone(), r.owner.y.clone());
  const data = /* @__PURE__ */ new Map();
  for (const [k, e] of r.data)
    data.set(k, { visibility: e.visibility, value: clonePlaintext(e.value) });
  return { ...r, owner, ownerPlaintext, data, nonce: new Grp(r.nonce.x.clone(), r.nonce.y.clone()) };
}
function entryBits(data) {
  const out = [];
  for (const [name, e] of data) {
    identifierBits2(out, name);
    out.push(...VIS_BITS[e.visibility].map((b) => Bool.constant(b)));
    out.push(...plaintextBits2(e.value));
  }
  return out;
}
function layout(r, hidingBit, ownerBits, entries, nonce, withVersion) {
  const out = [Bool.constant(r.ownerVisibility === "private"), ...ownerBits];
  constBits(out, entries.length, 31);
  out.push(hidingBit ?? isHiding(r));
  out.push(...entries);
  out.push(...nonce.x.toBitsLe());
  if (withVersion && r.version.value !== 0n)
    out.push(...r.version.bits);
  return out;
}
function recordBits2(r, withVersion = true) {
  const h = void 0;
  return layout(r, h, r.owner.x.toBitsLe(), entryBits(r.data), r.nonce, withVersion);
}
function recordCommitment2(program, name, r, rvk) {
  const bits = [];
  programIdBits2(bits, program);
  identifierBits2(bits, name);
  bits.push(...recordBits2(r, false));
  const digest = bhpHash2("bhp1024", bits);
  const input = [...digest.toBitsLe(), ...r.version.bits];
  const randomizer = hashToScalarPsd(2, [Fld.fixed(COMMITMENT_DOMAIN), rvk]);
  const commit2 = bhpCommit("bhp512", input, randomizer);
  return Fld.ternary(r.version.isEqual(Int.constant(U8, 0n)), digest, commit2);
}
function numFields(p) {
  return Math.ceil((plaintextBits2(p).length + 1) / Fq.dataBits);
}
function encryptRecord2(r, rvk) {
  let n = r.ownerVisibility === "private" ? 1 : 0;
  for (const e of r.data.values())
    if (e.visibility === "private")
      n += numFields(e.value);
  const rho = hashMany(8, [Fld.fixed(ENCRYPTION_DOMAIN), rvk], n);
  let i = 0;
  const owner = r.ownerVisibility === "private" ? r.owner.x.add(rho[i++]) : r.owner.x;
  const entries = /* @__PURE__ */ new Map();
  for (const [name, e] of r.data) {
    if (e.visibility !== "private")
      entries.set(name, { visibility: e.visibility });
    else
      entries.set(name, {
        visibility: e.visibility,
        fields: bitsToFields2(plaintextBits2(e.value)).map((f2) => f2.add(rho[i++]))
      });
  }
  return { record: r, owner, entries, nonce: new Grp(r.nonce.x.clone(), r.nonce.y.clone()) };
}
function ciphertextBits(c) {
  const ownerBits = c.owner.toBitsLe();
  const entries = [];
  for (const [name, e] of c.entries) {
    identifierBits2(entries, name);
    entries.push(...VIS_BITS[e.visibility].map((b) => Bool.constant(b)));
    if (e.fields)
      for (const f2 of e.fields)
        entries.push(...f2.toBitsLe());
    else
      entries.push(...plaintextBits2(c.record.data.get(name).value));
  }
  return layout(c.record, void 0, ownerBits, entries, c.nonce, true);
}
function outputRecordViewKey(r, randomizer) {
  assertEq(r.nonce.x.lc, gScalarMultiply(randomizer).x.lc);
  return r.owner.mulBitsBe(randomizer.toBitsBe()).x.clone();
}
function senderCiphertext2(signer, rvk) {
  return signer.x.add(hashPsd(4, [Fld.fixed(ENCRYPTION_DOMAIN), rvk, Fld.one()]));
}
function serialNumberFromGamma2(gamma, commitment) {
  const snNonce = hashToScalarPsd(2, [Fld.fixed(SERIAL_NUMBER_DOMAIN), gamma.mulByCofactor().x.clone()]);
  const bits = [...Fld.fixed(SERIAL_NUMBER_DOMAIN).toBitsLe(), ...commitment.toBitsLe()];
  return bhpCommit("bhp512", bits, snNonce);
}

// dist/avm/circuit/value.js
var INT_WIDTH = {
  i8: 8,
  i16: 16,
  i32: 32,
  i64: 64,
  i128: 128,
  u8: 8,
  u16: 16,
  u32: 32,
  u64: 64,
  u128: 128
};
function injectLiteral(mode, l) {
  switch (l.type) {
    case "address":
    case "group":
      return { type: l.type, g: Grp.new(mode, l.value) };
    case "boolean":
      return { type: "boolean", b: Bool.new(mode, l.value) };
    case "field":
      return { type: "field", f: Fld.new(mode, l.value) };
    case "scalar":
      return { type: "scalar", s: Scl.new(mode, l.value) };
    case "signature":
      return { type: "signature", sig: Signature.new(mode, l.value) };
    case "string":
      throw new CircuitHalt("string literals are not supported in circuits");
    default: {
      const w = INT_WIDTH[l.type];
      const v = BigInt.asUintN(w, l.value);
      return { type: l.type, bits: bitsOf(v, w).map((b) => Bool.new(mode, b)) };
    }
  }
}
function injectPlaintext(mode, p) {
  if (p.kind === "literal")
    return { kind: "literal", literal: injectLiteral(mode, p.literal) };
  if (p.kind === "struct") {
    const members2 = /* @__PURE__ */ new Map();
    for (const [k, v] of p.members) {
      identifierConstants(k);
      members2.set(k, injectPlaintext(mode, v));
    }
    return { kind: "struct", members: members2 };
  }
  return { kind: "array", elements: p.elements.map((e) => injectPlaintext(mode, e)) };
}
function injectFuture(mode, f2) {
  injectProgramIdConstants(f2.program);
  identifierConstants(f2.function);
  return {
    kind: "future",
    program: f2.program,
    function: f2.function,
    arguments: f2.arguments.map((a2) => a2.kind === "future" ? injectFuture(mode, a2) : injectPlaintext(mode, a2))
  };
}
function injectValue(mode, v) {
  if (v.kind === "future")
    return injectFuture(mode, v);
  if (v.kind === "record")
    throw new CircuitHalt("records are injected through the record gadget");
  return injectPlaintext(mode, v);
}
function cloneLiteral(l) {
  switch (l.type) {
    case "address":
    case "group":
      return { type: l.type, g: new Grp(l.g.x.clone(), l.g.y.clone()) };
    case "field":
      return { type: "field", f: l.f.clone() };
    case "scalar":
      return { type: "scalar", s: new Scl(l.s.field.clone(), l.s.bits) };
    default:
      return l;
  }
}
function clonePlaintext(p) {
  if (p.kind === "literal")
    return { kind: "literal", literal: cloneLiteral(p.literal), cache: p.cache };
  if (p.kind === "struct") {
    const members2 = /* @__PURE__ */ new Map();
    for (const [k, v] of p.members)
      members2.set(k, clonePlaintext(v));
    return { kind: "struct", members: members2, cache: p.cache };
  }
  return { kind: "array", elements: p.elements.map(clonePlaintext), cache: p.cache };
}
function cloneValue(v) {
  if (v.kind === "record")
    return cloneRecord(v);
  if (v.kind === "future")
    return { ...v, arguments: v.arguments.map((a2) => cloneValue(a2)) };
  return clonePlaintext(v);
}
function literalSizeInBits(type) {
  if (type === "address" || type === "field" || type === "group")
    return Fq.bits;
  if (type === "boolean")
    return 1;
  if (type === "scalar")
    return Fs.bits;
  if (type === "signature")
    return 2 * Fs.bits + 2 * Fq.bits;
  const w = INT_WIDTH[type];
  if (w === void 0)
    throw new CircuitHalt(`no bit size for ${type}`);
  return w;
}
function literalBits2(l, out) {
  switch (l.type) {
    case "address":
    case "group":
      out.push(...l.g.x.toBitsLe());
      return;
    case "boolean":
      out.push(l.b);
      return;
    case "field":
      out.push(...l.f.toBitsLe());
      return;
    case "scalar":
      out.push(...l.s.toBitsLe());
      return;
    case "signature":
      out.push(...l.sig.challenge.toBitsLe(), ...l.sig.response.toBitsLe());
      out.push(...l.sig.computeKey.pkSig.x.toBitsLe(), ...l.sig.computeKey.prSig.x.toBitsLe());
      return;
    default:
      out.push(...l.bits);
  }
}
function constBits(out, value, width) {
  for (const b of bitsOf(BigInt(value), width))
    out.push(Bool.new("constant", b));
}
function identifierBits2(out, name) {
  for (const byte of new TextEncoder().encode(name))
    for (const b of bitsOf(BigInt(byte), 8))
      out.push(Bool.constant(b));
}
function identifierConstants(name) {
  allocConstants(8 * new TextEncoder().encode(name).length);
}
function injectProgramIdConstants(id) {
  const dot2 = id.lastIndexOf(".");
  identifierConstants(id.slice(0, dot2));
  identifierConstants(id.slice(dot2 + 1));
}
function plaintextBits2(p) {
  if (p.cache)
    return p.cache;
  const out = [];
  if (p.kind === "literal") {
    out.push(Bool.constant(false), Bool.constant(false));
    constBits(out, LITERAL_TYPES.indexOf(p.literal.type), 8);
    constBits(out, literalSizeInBits(p.literal.type), 16);
    literalBits2(p.literal, out);
  } else if (p.kind === "struct") {
    out.push(Bool.constant(false), Bool.constant(true));
    constBits(out, p.members.size, 8);
    for (const [name, v] of p.members) {
      const vb = plaintextBits2(v);
      constBits(out, new TextEncoder().encode(name).length * 8, 8);
      identifierBits2(out, name);
      constBits(out, vb.length, 16);
      out.push(...vb);
    }
  } else {
    out.push(Bool.constant(true), Bool.constant(false));
    constBits(out, p.elements.length, 32);
    for (const e of p.elements) {
      const eb = plaintextBits2(e);
      constBits(out, eb.length, 16);
      out.push(...eb);
    }
  }
  p.cache = out;
  return out;
}
function programIdBits2(out, id) {
  const dot2 = id.lastIndexOf(".");
  identifierBits2(out, id.slice(0, dot2));
  identifierBits2(out, id.slice(dot2 + 1));
}
function futureBits(f2) {
  const out = [];
  const pid = [];
  programIdBits2(pid, f2.program);
  constBits(out, pid.length, 16);
  out.push(...pid);
  constBits(out, new TextEncoder().encode(f2.function).length * 8, 16);
  identifierBits2(out, f2.function);
  constBits(out, f2.arguments.length, 8);
  for (const a2 of f2.arguments) {
    const ab = [];
    if (a2.kind === "future") {
      ab.push(Bool.constant(true), ...futureBits(a2));
    } else {
      ab.push(Bool.constant(false), ...plaintextBits2(a2));
    }
    constBits(out, ab.length, 16);
    out.push(...ab);
  }
  return out;
}
function valueBits(v) {
  if (v.kind === "record")
    return recordBits2(v);
  return v.kind === "future" ? futureBits(v) : plaintextBits2(v);
}
function bitsToFields2(bits) {
  const all = [...bits, Bool.constant(true)];
  const out = [];
  for (let i = 0; i < all.length; i += Fq.dataBits)
    out.push(Fld.fromBitsLe(all.slice(i, i + Fq.dataBits)));
  return out;
}
function valueFields(v) {
  return bitsToFields2(valueBits(v));
}
function asPlaintext(v) {
  if (v.kind === "future" || v.kind === "record")
    throw new CircuitHalt(`expected a plaintext, found a ${v.kind}`);
  return v;
}
function literalOf2(p) {
  if (p.kind !== "literal")
    throw new CircuitHalt("expected a literal");
  return p.literal;
}
function encryptSymmetric(p, key3) {
  const bits = plaintextBits2(p);
  const n = Math.ceil((bits.length + 1) / Fq.dataBits);
  const randomizers = hashMany(8, [Fld.fixed(ENCRYPTION_DOMAIN2), key3], n);
  return bitsToFields2(bits).map((f2, i) => f2.add(randomizers[i]));
}
var ENCRYPTION_DOMAIN2 = domainField("AleoSymmetricEncryption0");
function ejectLiteral(l) {
  switch (l.type) {
    case "address":
    case "group":
      return { type: l.type, value: l.g.value };
    case "boolean":
      return { type: "boolean", value: l.b.value };
    case "field":
      return { type: "field", value: l.f.value };
    case "scalar":
      return { type: "scalar", value: l.s.value };
    case "signature": {
      const s = l.sig;
      const ck = s.computeKey;
      const value = {
        challenge: s.challenge.value,
        response: s.response.value,
        pkSig: ck.pkSig.value,
        prSig: ck.prSig.value
      };
      return { type: "signature", value };
    }
    default: {
      let v = 0n;
      l.bits.forEach((b, i) => {
        if (b.value)
          v |= 1n << BigInt(i);
      });
      return { type: l.type, value: l.type.startsWith("i") ? BigInt.asIntN(l.bits.length, v) : v };
    }
  }
}
function ejectPlaintext(p) {
  if (p.kind === "literal")
    return { kind: "literal", literal: ejectLiteral(p.literal) };
  if (p.kind === "struct")
    return { kind: "struct", members: new Map([...p.members].map(([k, v]) => [k, ejectPlaintext(v)])) };
  return { kind: "array", elements: p.elements.map(ejectPlaintext) };
}

// dist/avm/circuit/ops.js
var isIntType = (t) => INT_WIDTH[t] !== void 0;
function toInt(l) {
  if (!("bits" in l))
    throw new CircuitHalt(`expected an integer, found ${l.type}`);
  return new Int(intType(l.type), l.bits);
}
function fromInt(type, i) {
  return { type, bits: i.bits };
}
function literalIsEqual(a2, b) {
  if (a2.type !== b.type)
    return Bool.constant(false);
  switch (a2.type) {
    case "address":
    case "group":
      return a2.g.isEqual(b.g);
    case "boolean":
      return a2.b.isEqual(b.b);
    case "field":
      return a2.f.isEqual(b.f);
    case "scalar":
      return a2.s.isEqual(b.s);
    case "signature":
      return signatureIsEqual(a2.sig, b.sig);
    default:
      return toInt(a2).isEqual(toInt(b));
  }
}
function signatureIsEqual(a2, b) {
  const isConstant = (s) => s.challenge.isConstant() && s.response.isConstant() && s.computeKey.pkSig.isConstant() && s.computeKey.prSig.isConstant();
  if (isConstant(a2) && isConstant(b)) {
    const v = (s) => [
      s.challenge,
      s.response,
      s.computeKey.pkSig.x,
      s.computeKey.pkSig.y,
      s.computeKey.prSig.x,
      s.computeKey.prSig.y
    ].map((f2) => f2.value).join();
    return Bool.constant(v(a2) === v(b));
  }
  const scalars = a2.challenge.isEqual(b.challenge).and(a2.response.isEqual(b.response));
  const ka = a2.computeKey;
  const kb = b.computeKey;
  const keys = ka.pkSig.isEqual(kb.pkSig).and(ka.prSig.isEqual(kb.prSig)).and(ka.skPrf.isEqual(kb.skPrf));
  return scalars.and(keys);
}
function literalIsNotEqual(a2, b) {
  if (a2.type !== b.type)
    return Bool.constant(true);
  if (a2.type === "boolean")
    return a2.b.isNotEqual(b.b);
  if (a2.type === "field")
    return a2.f.isNotEqual(b.f);
  return literalIsEqual(a2, b).not();
}
function plaintextIsEqual(a2, b) {
  if (a2.kind === "literal" && b.kind === "literal")
    return literalIsEqual(a2.literal, b.literal);
  if (a2.kind === "struct" && b.kind === "struct") {
    if (a2.members.size !== b.members.size)
      return Bool.constant(false);
    let eq = Bool.constant(true);
    const bs = [...b.members];
    [...a2.members].forEach(([name, v], i) => {
      const [nb, vb] = bs[i];
      eq = eq.and(Bool.new("constant", name === nb)).and(plaintextIsEqual(v, vb));
    });
    return eq;
  }
  if (a2.kind === "array" && b.kind === "array") {
    if (a2.elements.length !== b.elements.length)
      return Bool.constant(false);
    let eq = Bool.constant(true);
    a2.elements.forEach((e, i) => {
      eq = eq.and(plaintextIsEqual(e, b.elements[i]));
    });
    return eq;
  }
  return Bool.constant(false);
}
function plaintextIsNotEqual(a2, b) {
  if (a2.kind === "literal" && b.kind === "literal")
    return literalIsNotEqual(a2.literal, b.literal);
  if (a2.kind === "struct" && b.kind === "struct") {
    if (a2.members.size !== b.members.size)
      return Bool.constant(true);
    let ne = Bool.constant(false);
    const bs = [...b.members];
    [...a2.members].forEach(([name, v], i) => {
      const [nb, vb] = bs[i];
      ne = ne.or(Bool.new("constant", name !== nb)).or(plaintextIsNotEqual(v, vb));
    });
    return ne;
  }
  if (a2.kind === "array" && b.kind === "array") {
    if (a2.elements.length !== b.elements.length)
      return Bool.constant(true);
    let ne = Bool.constant(false);
    a2.elements.forEach((e, i) => {
      ne = ne.or(plaintextIsNotEqual(e, b.elements[i]));
    });
    return ne;
  }
  return Bool.constant(true);
}
function valueIsEqual(a2, b) {
  return plaintextIsEqual(asPlaintext(a2), asPlaintext(b));
}
function valueIsNotEqual(a2, b) {
  return plaintextIsNotEqual(asPlaintext(a2), asPlaintext(b));
}
function ternaryLiteral(c, a2, b) {
  switch (a2.type) {
    case "address":
    case "group":
      return { type: a2.type, g: Grp.ternary(c, a2.g, b.g) };
    case "boolean":
      return { type: "boolean", b: Bool.ternary(c, a2.b, b.b) };
    case "field":
      return { type: "field", f: Fld.ternary(c, a2.f, b.f) };
    case "scalar":
      return { type: "scalar", s: Scl.ternary(c, a2.s, b.s) };
    default:
      if (isIntType(a2.type))
        return fromInt(a2.type, Int.ternary(c, toInt(a2), toInt(b)));
      throw new CircuitHalt(`ternary on ${a2.type} is not supported in circuits yet`);
  }
}

// dist/avm/circuit/instructions.js
var cloneGroup = (g) => new Grp(g.x.clone(), g.y.clone());
function loadOperand(regs, op) {
  switch (op.kind) {
    case "literal":
      return { kind: "literal", literal: injectLiteral("constant", op.literal) };
    case "program_id":
      return { kind: "literal", literal: { type: "address", g: Grp.constant(programAddress(op.id)) } };
    case "signer":
      return { kind: "literal", literal: { type: "address", g: cloneGroup(regs.signer) } };
    case "caller":
      return { kind: "literal", literal: { type: "address", g: cloneGroup(regs.caller) } };
    case "register": {
      let v = regs.values.get(op.index);
      if (!v)
        throw new CircuitHalt(`register r${op.index} is not set`);
      let path = op.path;
      for (const a2 of path) {
        if (a2.kind === "member")
          identifierConstants(a2.name);
        else
          allocConstants(32);
      }
      if (v.kind === "record" && path.length === 1)
        allocConstants(40);
      if (v.kind === "record" && path.length > 0) {
        const [first, ...rest] = path;
        if (first.kind !== "member")
          throw new CircuitHalt("Attempted to index into a record");
        if (first.name === "owner" && rest.length === 0)
          return recordOwnerEntry(v);
        const entry3 = v.data.get(first.name);
        if (!entry3)
          throw new CircuitHalt(`Record entry \`${first.name}\` not found.`);
        v = entry3.value;
        path = rest;
      }
      for (const a2 of path) {
        if (v.kind === "struct" && a2.kind === "member")
          v = v.members.get(a2.name);
        else if (v.kind === "array" && a2.kind === "index")
          v = v.elements[a2.index];
        else
          throw new CircuitHalt(`cannot access r${op.index}`);
        if (!v)
          throw new CircuitHalt(`cannot access r${op.index}`);
      }
      return cloneValue(v);
    }
    default:
      throw new CircuitHalt(`Illegal operation: cannot retrieve ${op.kind} in a function scope`);
  }
}
function executeInstruction(regs, ins) {
  const synthesize4 = ins.spec.synthesize;
  if (!synthesize4)
    throw new CircuitHalt(`'${ins.opcode}' is not supported in circuits yet`);
  const outs = synthesize4(regs, ins);
  ins.destinations.forEach((d2, i) => {
    regs.values.set(d2, outs[i]);
  });
}
function literalTarget(ins) {
  const t = ins.castType;
  if (t?.kind !== "plaintext" || t.type.kind !== "literal")
    throw new CircuitHalt(`'${ins.opcode}' needs a literal destination type`);
  return t.type.type;
}
var circuitGenerator = () => Grp.constant(generatorPoint());

// dist/avm/instructions/literal.js
var INTS = INTEGER_TYPES;
var SIGNED = INTS.filter((t) => t[0] === "i");
var UNSIGNED = INTS.filter((t) => t[0] === "u");
var MAGS = ["u8", "u16", "u32"];
var same = (types, arity) => types.map((t) => [Array(arity).fill(t), t]);
var toBool = (types) => types.map((t) => [[t, t], "boolean"]);
var withMag = (types) => types.flatMap((t) => MAGS.map((m) => [[t, m], t]));
function wrap(v, t) {
  const bits = BigInt(integerBits(t));
  let r = BigInt.asUintN(Number(bits), v);
  if (isSigned(t) && r >= 1n << bits - 1n)
    r -= 1n << bits;
  return r;
}
function checked(v, t, what, args) {
  if (v < integerMin(t) || v > integerMax(t))
    throw new AleoHalt(`Integer ${what} failed on: ${args.map(literalToText).join(" and ")}`);
  return { type: t, value: v };
}
var int = (l) => l.value;
var isInt = (t) => INTS.includes(t);
function row(name, arity, sigs, evaluate5, synthesize4) {
  return {
    name,
    arity,
    signatures: new Map(sigs.map(([ins, out]) => [ins.join(","), out])),
    evaluate: evaluate5,
    synthesize: synthesize4
  };
}
function literalSpec(family, op) {
  return {
    name: op.name,
    family,
    shape: fixedShape(op.arity, 1, false),
    check: (c, ins, types) => {
      const lt = types.map((t) => {
        if (t.kind !== "plaintext" || t.type.kind !== "literal")
          return c.fail(`'${ins.opcode}' expects literal operands, found ${registerTypeToString(t)}`, ins.pos);
        return t.type.type;
      });
      const out = op.signatures.get(lt.join(","));
      if (!out)
        return c.fail(`'${ins.opcode}' does not accept operands of type ${lt.join(", ")}`, ins.pos);
      return [literalRegisterType(out)];
    },
    evaluate: (_frame, _ins, args) => [
      { kind: "literal", literal: op.evaluate(args.map((a2) => literalOf(a2, "operand"))) }
    ],
    synthesize: (regs, ins) => [
      {
        kind: "literal",
        literal: op.synthesize(ins.operands.map((o) => literalOf2(loadOperand(regs, o))))
      }
    ]
  };
}
var cField = (f2) => ({ type: "field", f: f2 });
var cBool = (b) => ({ type: "boolean", b });
var unsupported = (op, t) => {
  throw new CircuitHalt(`'${op}' on ${t} is not supported in circuits`);
};
function intOp(f2) {
  return ([a2, b]) => fromInt(a2.type, f2(toInt(a2), toInt(b)));
}

// dist/avm/instructions/arithmetic.js
var P3 = FR.p;
var S = FS.p;
function arith(a2, ops) {
  const [x, y] = a2;
  if (x.type === "field" && ops.field)
    return { type: "field", value: ops.field(x.value, y.value) };
  if (x.type === "scalar" && ops.scalar)
    return { type: "scalar", value: ops.scalar(x.value, y.value) };
  if (isInt(x.type) && ops.int)
    return ops.int(int(x), int(y), x.type);
  throw new AleoHalt(`unsupported operand types ${x.type}, ${y.type}`);
}
function divZero(args, what, wrapped) {
  const [a2, b] = args.map(literalToText);
  if (!wrapped)
    throw new AleoHalt(`Integer ${what} failed on: ${a2} and ${b}`);
  throw new AleoHalt(`Integer ${what} by zero: ${a2} ${what === "division" ? "/" : "%"} ${b}`);
}
function intPowExact(base, exp, t) {
  if (exp === 0n)
    return 1n;
  if (base === 0n || base === 1n)
    return base;
  if (base === -1n)
    return exp % 2n === 0n ? 1n : -1n;
  if (exp >= BigInt(integerBits(t)))
    return void 0;
  return base ** exp;
}
function wrappingPow(base, exp, t) {
  let result = 1n;
  let b = wrap(base, t);
  let e = exp;
  while (e > 0n) {
    if (e & 1n)
      result = wrap(result * b, t);
    b = wrap(b * b, t);
    e >>= 1n;
  }
  return result;
}
var intW = (f2) => (a2) => arith(a2, { int: (x, y, t) => ({ type: t, value: wrap(f2(x, y), t) }) });
var ARITHMETIC = [
  row("abs", 1, same(SIGNED, 1), ([x]) => checked(int(x) < 0n ? -int(x) : int(x), x.type, "absolute value", [x]), ([a2]) => fromInt(a2.type, toInt(a2).absChecked())),
  row("abs.w", 1, same(SIGNED, 1), ([x]) => ({
    type: x.type,
    value: wrap(int(x) < 0n ? -int(x) : int(x), x.type)
  }), ([a2]) => fromInt(a2.type, toInt(a2).absWrapped())),
  row("add", 2, same(["field", "group", ...INTS, "scalar"], 2), (a2) => {
    if (a2[0].type === "group")
      return { type: "group", value: pointAdd(a2[0].value, a2[1].value) };
    return arith(a2, {
      field: (x, y) => (x + y) % P3,
      scalar: (x, y) => (x + y) % S,
      int: (x, y, t) => checked(x + y, t, "addition", a2)
    });
  }, (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cField(a2.f.add(b.f));
    if (a2.type === "group")
      return { type: "group", g: a2.g.add(b.g) };
    if (a2.type === "scalar")
      return { type: "scalar", s: scalarAdd(a2.s, b.s) };
    return intOp((x, y) => x.addChecked(y))(args);
  }),
  row("add.w", 2, same(INTS, 2), intW((x, y) => x + y), intOp((x, y) => x.addWrapped(y))),
  row("sub", 2, same(["field", "group", ...INTS], 2), (a2) => {
    if (a2[0].type === "group")
      return { type: "group", value: pointAdd(a2[0].value, pointNeg(a2[1].value)) };
    return arith(a2, {
      field: (x, y) => mod(x - y, P3),
      int: (x, y, t) => checked(x - y, t, "subtraction", a2)
    });
  }, (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cField(a2.f.sub(b.f));
    if (a2.type === "group")
      return { type: "group", g: a2.g.sub(b.g) };
    return intOp((x, y) => x.subChecked(y))(args);
  }),
  row("sub.w", 2, same(INTS, 2), intW((x, y) => x - y), intOp((x, y) => x.subWrapped(y))),
  row("mul", 2, [...same(["field", ...INTS], 2), [["group", "scalar"], "group"], [["scalar", "group"], "group"]], (a2) => {
    const [x, y] = a2;
    if (x.type === "group")
      return { type: "group", value: pointMul(x.value, y.value) };
    if (y.type === "group")
      return { type: "group", value: pointMul(y.value, x.value) };
    return arith(a2, {
      field: (u, v) => u * v % P3,
      int: (u, v, t) => checked(u * v, t, "multiplication", a2)
    });
  }, (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cField(a2.f.mul(b.f));
    if (a2.type === "group" && b.type === "scalar")
      return { type: "group", g: groupMulScalar(a2.g, b.s) };
    if (a2.type === "scalar" && b.type === "group")
      return { type: "group", g: groupMulScalar(b.g, a2.s) };
    return intOp((x, y) => x.mulChecked(y))(args);
  }),
  row("mul.w", 2, same(INTS, 2), intW((x, y) => x * y), intOp((x, y) => x.mulWrapped(y))),
  row("div", 2, same(["field", ...INTS], 2), (a2) => arith(a2, {
    field: (x, y) => {
      const inv = invMod(y, P3);
      if (inv === void 0)
        throw new AleoHalt(`Field division by zero: ${literalToText(a2[0])} / 0field`);
      return x * inv % P3;
    },
    int: (x, y, t) => y === 0n ? divZero(a2, "division", false) : checked(x / y, t, "division", a2)
  }), (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cField(a2.f.div(b.f));
    return intOp((x, y) => x.divChecked(y))(args);
  }),
  row("div.w", 2, same(INTS, 2), (a2) => arith(a2, {
    int: (x, y, t) => y === 0n ? divZero(a2, "division", true) : { type: t, value: wrap(x / y, t) }
  }), intOp((x, y) => x.divWrapped(y))),
  row("rem", 2, same(INTS, 2), (a2) => arith(a2, {
    int: (x, y, t) => y === 0n ? divZero(a2, "remainder", false) : checked(x / y, t, "remainder", a2) && { type: t, value: x % y }
  }), intOp((x, y) => x.remChecked(y))),
  row("rem.w", 2, same(INTS, 2), (a2) => arith(a2, { int: (x, y, t) => y === 0n ? divZero(a2, "remainder", true) : { type: t, value: x % y } }), intOp((x, y) => x.remWrapped(y))),
  row("mod", 2, same(UNSIGNED, 2), (a2) => arith(a2, { int: (x, y, t) => y === 0n ? divZero(a2, "modulus", true) : { type: t, value: x % y } }), intOp((x, y) => {
    if (x.t.signed)
      throw new CircuitHalt("Attempted to take the modulus of a signed integer.");
    return x.remWrapped(y);
  })),
  row("pow", 2, [[["field", "field"], "field"], ...withMag(INTS)], (a2) => {
    const [x, y] = a2;
    if (x.type === "field")
      return { type: "field", value: powMod(x.value, y.value, P3) };
    const t = x.type;
    const v = intPowExact(int(x), int(y), t);
    if (v === void 0)
      throw new AleoHalt(`Integer power failed on: ${literalToText(x)} and ${literalToText(y)}`);
    return checked(v, t, "power", a2);
  }, (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cField(a2.f.pow(b.f));
    return intOp((x, y) => x.powChecked(y))(args);
  }),
  row("pow.w", 2, withMag(INTS), ([x, y]) => ({
    type: x.type,
    value: wrappingPow(int(x), int(y), x.type)
  }), intOp((x, y) => x.powWrapped(y))),
  row("neg", 1, same(["field", "group", ...SIGNED], 1), ([x]) => {
    if (x.type === "field")
      return { type: "field", value: mod(-x.value, P3) };
    if (x.type === "group")
      return { type: "group", value: pointNeg(x.value) };
    return checked(-int(x), x.type, "negation", [x]);
  }, ([a2]) => {
    if (a2.type === "field")
      return cField(a2.f.neg());
    if (a2.type === "group")
      return { type: "group", g: a2.g.neg() };
    return fromInt(a2.type, toInt(a2).negChecked());
  }),
  row("double", 1, same(["field", "group"], 1), ([x]) => x.type === "field" ? { type: "field", value: 2n * x.value % P3 } : { type: "group", value: pointDouble(x.value) }, ([a2]) => {
    if (a2.type === "field")
      return cField(a2.f.double());
    if (a2.type === "group")
      return { type: "group", g: a2.g.double() };
    return unsupported("double", a2.type);
  }),
  row("square", 1, same(["field"], 1), ([x]) => ({ type: "field", value: x.value ** 2n % P3 }), ([a2]) => a2.type === "field" ? cField(a2.f.square()) : unsupported("square", a2.type)),
  row("sqrt", 1, same(["field"], 1), ([x]) => {
    const r = sqrtLesser(x.value, FR);
    if (r === void 0)
      throw new AleoHalt(`Failed to square root a field element: ${literalToText(x)}`);
    return { type: "field", value: r };
  }, ([a2]) => a2.type === "field" ? cField(a2.f.squareRoot()) : unsupported("sqrt", a2.type)),
  row("inv", 1, same(["field"], 1), ([x]) => {
    const r = invMod(x.value, P3);
    if (r === void 0)
      throw new AleoHalt("Failed to invert a field element: 0field");
    return { type: "field", value: r };
  }, ([a2]) => a2.type === "field" ? cField(a2.f.inverse()) : unsupported("inv", a2.type))
];

// dist/avm/instructions/async.js
function check(c, ins, types, scope, fn) {
  if (scope !== "function")
    c.fail(`'async' is only available in functions`, ins.pos);
  const callee = ins.callee;
  if (callee.program && callee.program !== c.program.id || callee.name !== fn)
    c.fail(`'async' must name its own function '${fn}'`, ins.pos);
  const f2 = c.program.functions.get(fn);
  if (!f2.finalize)
    return c.fail(`function '${fn}' has no finalize block`, ins.pos);
  if (f2.finalize.inputs.length !== types.length)
    c.fail(`'async' passes ${types.length} arguments, finalize '${fn}' expects ${f2.finalize.inputs.length}`, ins.pos);
  f2.finalize.inputs.forEach((inp, i) => {
    const want = inp.type;
    if (!registerTypeEquals(types[i], want))
      c.fail(`'async' argument ${i} is ${registerTypeToString(types[i])}, finalize expects ${registerTypeToString(want)}`, ins.pos);
  });
  return [{ kind: "future", locator: { program: c.program.id, name: fn } }];
}
var ASYNC = [
  {
    name: "async",
    family: "async",
    shape: (ins, fail2) => {
      if (ins.destinations.length !== 1)
        throw fail2(`'async' expects 1 destination register (the future)`);
      if (ins.castType)
        throw fail2(`'async' takes no 'as TYPE'`);
    },
    restrict: functionBodyOnly("async"),
    check,
    evaluate: (frame, _ins, args, fn) => {
      const future = {
        kind: "future",
        program: frame.program.id,
        function: fn,
        arguments: args.map((a2) => {
          if (a2.kind === "record")
            throw new AleoHalt("records cannot be passed to finalize");
          return a2;
        })
      };
      return [future];
    },
    synthesize: (regs, ins) => {
      const args = ins.operands.map((o) => {
        const v = loadOperand(regs, o);
        if (v.kind === "record")
          throw new CircuitHalt("Cannot pass a record into an `async` instruction");
        return v;
      });
      const fn = ins.callee?.name ?? "";
      injectProgramIdConstants(regs.program.id);
      identifierConstants(fn);
      return [{ kind: "future", program: regs.program.id, function: fn, arguments: args }];
    }
  }
];

// dist/avm/instructions/bitwise.js
function bitwise(name) {
  return row(name, 2, same(["boolean", ...INTS], 2), ([x, y]) => {
    if (x.type === "boolean") {
      const p = x.value;
      const q = y.value;
      return { type: "boolean", value: name === "and" ? p && q : name === "or" ? p || q : p !== q };
    }
    const t = x.type;
    const u = int(x);
    const v = int(y);
    return { type: t, value: wrap(name === "and" ? u & v : name === "or" ? u | v : u ^ v, t) };
  }, (args) => {
    const [a2, b] = args;
    if (a2.type === "boolean")
      return cBool(a2.b[name](b.b));
    if (isIntType(a2.type))
      return intOp((x, y) => x.bitwise(y, name))(args);
    return unsupported(name, a2.type);
  });
}
function booleanGate(name, f2) {
  return row(name, 2, same(["boolean"], 2), ([x, y]) => ({ type: "boolean", value: f2(x.value, y.value) }), (args) => {
    const [a2, b] = args;
    return a2.type === "boolean" ? cBool(a2.b[name](b.b)) : unsupported(name, a2.type);
  });
}
var BITWISE = [
  row("not", 1, same(["boolean", ...INTS], 1), ([x]) => x.type === "boolean" ? { type: "boolean", value: !x.value } : { type: x.type, value: wrap(~int(x), x.type) }, ([a2]) => a2.type === "boolean" ? cBool(a2.b.not()) : fromInt(a2.type, toInt(a2).not())),
  bitwise("and"),
  bitwise("or"),
  bitwise("xor"),
  booleanGate("nand", (p, q) => !(p && q)),
  booleanGate("nor", (p, q) => !(p || q)),
  row("shl", 2, withMag(INTS), ([x, y]) => {
    const t = x.type;
    const s = int(y);
    const v = s < BigInt(integerBits(t)) ? int(x) * (1n << s) : void 0;
    if (v === void 0 || v < integerMin(t) || v > integerMax(t))
      throw new AleoHalt(`Failed to shift ${literalToText(x)} left by ${literalToText(y)} bits`);
    return { type: t, value: v };
  }, intOp((x, y) => x.shlChecked(y))),
  row("shl.w", 2, withMag(INTS), ([x, y]) => {
    const t = x.type;
    return { type: t, value: wrap(int(x) << int(y) % BigInt(integerBits(t)), t) };
  }, intOp((x, y) => x.shlWrapped(y))),
  row("shr", 2, withMag(INTS), ([x, y]) => {
    const t = x.type;
    if (int(y) >= BigInt(integerBits(t)))
      throw new AleoHalt(`Failed to shift ${literalToText(x)} right by ${literalToText(y)} bits`);
    return { type: t, value: int(x) >> int(y) };
  }, intOp((x, y) => x.shrChecked(y))),
  row("shr.w", 2, withMag(INTS), ([x, y]) => {
    const t = x.type;
    return { type: t, value: int(x) >> int(y) % BigInt(integerBits(t)) };
  }, intOp((x, y) => x.shrWrapped(y)))
];

// dist/avm/transition/ids.js
var functionIds = /* @__PURE__ */ new Map();
function functionId(program, fn, networkId = 0) {
  const key3 = `${networkId}/${program}/${fn}`;
  let id = functionIds.get(key3);
  if (id === void 0) {
    const [name, network] = program.split(".");
    const bits = [];
    pushUintBits(bits, BigInt(networkId), 16);
    for (const part of [name, network, fn]) {
      const b = identifierBits(part);
      pushUintBits(bits, BigInt(b.length), 8);
      bits.push(...b);
    }
    id = bhpHash("bhp1024", bits);
    functionIds.set(key3, id);
  }
  return id;
}
function futureBits2(f2, out = []) {
  const pid = programIdBits(f2.program);
  pushUintBits(out, BigInt(pid.length), 16);
  out.push(...pid);
  const name = identifierBits(f2.function);
  pushUintBits(out, BigInt(name.length), 16);
  out.push(...name);
  pushUintBits(out, BigInt(f2.arguments.length), 8);
  for (const a2 of f2.arguments) {
    const bits = [];
    if (a2.kind === "future") {
      bits.push(true);
      futureBits2(a2, bits);
    } else {
      bits.push(false);
      plaintextBits(a2, bits);
    }
    pushUintBits(out, BigInt(bits.length), 16);
    out.push(...bits);
  }
  return out;
}
function valueFields2(v) {
  if (v.kind === "record")
    return bitsToFields(recordPlaintextBits(v));
  if (v.kind === "future")
    return bitsToFields(futureBits2(v));
  return plaintextFields(v);
}
function encryptPlaintext(p, key3) {
  const fields = plaintextFields(p);
  const rho = poseidonHashMany(8, [encryptionDomain(), key3], fields.length);
  return fields.map((f2, i) => Fq.add(f2, rho[i]));
}
var privateKey = (fid, tvk, index) => poseidonHash(4, [fid, tvk, BigInt(index)]);
var valueHash = (fid, v, salt, index) => poseidonHash(8, [fid, ...valueFields2(v), salt, BigInt(index)]);

// dist/avm/circuit/function-id.js
function injectFunctionName(program, fn) {
  allocConstants(16);
  injectProgramIdConstants(program);
  identifierConstants(fn);
}
var costs = /* @__PURE__ */ new Map();
function computeFunctionId(program, fn, networkId) {
  const value = functionId(program, fn, networkId);
  const key3 = `${networkId}/${program}/${fn}`;
  const cost = costs.get(key3);
  if (cost !== void 0) {
    allocConstants(cost);
    return Fld.fixed(value);
  }
  const before = current().numConstants;
  const bits = bitsOf(BigInt(networkId), 16).map((b) => Bool.constant(b));
  const dot2 = program.lastIndexOf(".");
  for (const part of [program.slice(0, dot2), program.slice(dot2 + 1), fn]) {
    constBits(bits, 8 * new TextEncoder().encode(part).length, 8);
    identifierBits2(bits, part);
  }
  const id = bhpHash2("bhp1024", bits);
  if (!id.isConstant() || id.value !== value)
    throw new CircuitHalt("the circuit function id differs");
  costs.set(key3, current().numConstants - before);
  return id;
}

// dist/avm/circuit/request.js
function injectRequest(r, values, skTag, networkId) {
  if (!r.signature)
    throw new CircuitHalt("the request has no signature");
  const tcm = Fld.new("public", r.tcm);
  const scm = Fld.new("public", r.scm);
  const inputs2 = r.inputs.map((id, i) => {
    const v = values[i];
    if (v.kind === "record")
      return injectRecord(v);
    return injectValue(id.type === "constant" ? "constant" : "private", v);
  });
  const signer = Grp.new("private", r.signer);
  injectFunctionName(r.program, r.function);
  const inputIds2 = r.inputs.map((id) => {
    if (id.type === "future")
      throw new CircuitHalt("a function input cannot be a future");
    if (id.type === "record") {
      const rec = id.record;
      if (!rec)
        throw new CircuitHalt("the record input has no commitment");
      return {
        type: "record",
        commitment: Fld.new("private", rec.commitment),
        gamma: Grp.new("private", rec.gamma),
        recordViewKey: Fld.new("private", rec.recordViewKey),
        serialNumber: Fld.new("public", id.id),
        tag: Fld.new("public", rec.tag)
      };
    }
    return { type: id.type, hash: Fld.new("public", id.id) };
  });
  const signature = Signature.new("private", r.signature);
  const skTagF = Fld.new("private", skTag);
  const tvk = Fld.new("private", r.tvk);
  return {
    program: r.program,
    function: r.function,
    networkId,
    tcm,
    scm,
    inputs: inputs2,
    signer,
    inputIds: inputIds2,
    signature,
    skTag: skTagF,
    tvk
  };
}
function toTpk(r) {
  const sig = r.signature;
  return groupMulScalar(sig.computeKey.pkSig, sig.challenge).add(gScalarMultiply(sig.response));
}
function checkInputIds(r, types, message) {
  const functionId2 = computeFunctionId(r.program, r.function, r.networkId);
  let acc = Bool.constant(true);
  r.inputIds.forEach((id, index) => {
    const input = r.inputs[index];
    const idx = Fld.constant(BigInt(index));
    let ok;
    if (id.type === "record") {
      if (input.kind !== "record")
        throw new CircuitHalt("Expected a record input");
      const t = types[index];
      identifierConstants(t.name);
      const commitment = recordCommitment2(r.program, t.name, input, id.recordViewKey);
      const sn = serialNumberFromGamma2(id.gamma, commitment.clone());
      const tag = hashPsd(2, [r.skTag.clone(), commitment.clone()]);
      const h = hashToGroupPsd(2, [Fld.fixed(SERIAL_NUMBER_DOMAIN), commitment.clone()]);
      const sig = r.signature;
      if (!sig)
        throw new CircuitHalt("a record input needs the request signature");
      const hr = groupMulScalar(id.gamma, sig.challenge).add(groupMulScalar(h, sig.response));
      message.push(h.x.clone(), hr.x.clone(), id.gamma.x.clone(), tag.clone());
      ok = id.serialNumber.isEqual(sn).and(id.commitment.isEqual(commitment)).and(id.tag.isEqual(tag)).and(input.owner.isEqual(r.signer));
    } else if (id.type === "constant" || id.type === "public") {
      message.push(id.hash);
      const preimage = [functionId2.clone(), ...valueFields(input), r.tcm.clone(), idx];
      ok = id.hash.isEqual(hashPsd(8, preimage));
    } else if (id.type === "private") {
      message.push(id.hash);
      const key3 = hashPsd(4, [functionId2.clone(), r.tvk.clone(), idx]);
      ok = id.hash.isEqual(hashPsd(8, encryptSymmetric(asPlaintext(input), key3)));
    } else {
      throw new CircuitHalt(`${id.type} inputs are not supported in circuits yet (${types.length})`);
    }
    acc = acc.and(ok);
  });
  return acc;
}
function verifyRequest(r, types, tpk, rootTvk, isRoot) {
  const functionId2 = computeFunctionId(r.program, r.function, r.networkId);
  const isRootField = Fld.ternary(isRoot, Fld.one(), Fld.zero());
  const message = [r.tvk.clone(), r.tcm.clone(), functionId2, isRootField];
  const inputChecks = checkInputIds(r, types, message);
  Fld.new("private", r.tvk.value);
  const tcm = hashPsd(2, [r.tvk.clone()]);
  const scm = hashPsd(2, [r.signer.x.clone(), rootTvk]);
  const tpkOk = tpk.isEqual(toTpk(r));
  const tcmOk = tcm.isEqual(r.tcm);
  const tpkChecks = tpkOk.and(tcmOk).and(scm.isEqual(r.scm));
  const ck = r.signature.computeKey;
  const preimage = [tpk.x.clone(), ck.pkSig.x.clone(), ck.prSig.x.clone(), r.signer.x.clone(), ...message];
  const candidate = hashToScalarPsd(8, preimage);
  const candidateAddress = ck.toAddress();
  const challengeOk = r.signature.challenge.isEqual(candidate);
  const signatureChecks = challengeOk.and(r.signer.isEqual(candidateAddress));
  return signatureChecks.and(inputChecks).and(tpkChecks);
}

// dist/avm/circuit/response.js
function outputIds(program, signer, registers, functionId2, numInputs, tvk, tcm, outputs2, types) {
  return outputs2.map((output, index) => {
    const t = types[index];
    const idx = Fld.constant(BigInt(numInputs + index));
    const visibility = t.kind === "plaintext" ? t.visibility : t.kind;
    if (visibility === "constant" || visibility === "public" || visibility === "future") {
      const expected = hashPsd(8, [functionId2.clone(), ...valueFields(output), tcm.clone(), idx]);
      const id = Fld.new("public", expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    if (visibility === "private") {
      const key3 = hashPsd(4, [functionId2.clone(), tvk.clone(), idx]);
      const expected = hashPsd(8, encryptSymmetric(asPlaintext(output), key3));
      const id = Fld.new("public", expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    if (visibility === "record") {
      if (output.kind !== "record")
        throw new CircuitHalt("Expected a record output");
      const register2 = registers[index];
      if (register2 === void 0)
        throw new CircuitHalt("Expected a register to be paired with a record output");
      const randomizer = hashToScalarPsd(2, [tvk.clone(), Fld.constant(BigInt(register2))]);
      identifierConstants(t.name);
      const rvk = outputRecordViewKey(output, randomizer);
      const encrypted = encryptRecord2(output, rvk);
      let commitment = recordCommitment2(program, t.name, output, rvk);
      const ctb = ciphertextBits(encrypted);
      const checksum = bhpHash2("bhp1024", ctb);
      commitment ??= recordCommitment2(program, t.name, output, rvk);
      const sender = senderCiphertext2(signer, rvk);
      const [c, k, s] = [commitment, checksum, sender].map((e) => Fld.new("public", e.value));
      assertEq(c.lc, commitment.lc);
      assertEq(k.lc, checksum.lc);
      assertTrue(s.isEqual(sender).or(s.isZero()).lc);
      return c;
    }
    if (visibility === "external_record") {
      if (output.kind !== "record")
        throw new CircuitHalt("Expected a record output");
      const expected = hashPsd(8, [functionId2.clone(), ...valueFields(output), tvk.clone(), idx]);
      const id = Fld.new("public", expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    throw new CircuitHalt(`${visibility} outputs are not supported in circuits yet`);
  });
}

// dist/avm/circuit/call.js
function eject(v) {
  if (v.kind === "record" || v.kind === "future")
    throw new CircuitHalt(`passing a ${v.kind} to another program's function is not supported in circuits yet`);
  return ejectPlaintext(v);
}
function callFunction(ctx, caller, callee, name, operands) {
  const f2 = callee.ast.functions.get(name);
  if (!f2)
    throw new CircuitHalt(`program '${callee.id}' has no function '${name}'`);
  if (callee.id === "credits.aleo" && (name === "fee_private" || name === "fee_public"))
    throw new CircuitHalt("Cannot perform an external call to 'credits.aleo/fee_private' or 'credits.aleo/fee_public'.");
  if (operands.length !== f2.inputs.length)
    throw new CircuitHalt(`Expected ${f2.inputs.length} inputs, found ${operands.length}`);
  const types = f2.inputs.map((i) => i.type);
  for (const t of types)
    if (t.kind === "record" || t.kind === "external_record")
      throw new CircuitHalt("record inputs of a called function are not supported in circuits yet");
  const values = operands.map(eject);
  const result = runFunction(callee, name, values, {
    signer: ctx.account.address,
    transitions: {
      account: ctx.account,
      next: () => ({ nonce: ctx.nextNonce() }),
      list: [],
      callGraph: /* @__PURE__ */ new Map(),
      networkId: ctx.networkId
    }
  }, programAddress(caller.id), ctx.rootTvk);
  const request = result.transition;
  if (!request)
    throw new CircuitHalt(`the call of '${callee.id}/${name}' produced no request`);
  injectFunctionName(callee.id, name);
  const signer = Grp.new("private", request.signer);
  const skTag = Fld.new("private", ctx.account.skTag);
  const tvk = Fld.new("private", request.tvk);
  const tcm = Fld.new("public", request.tcm);
  assertEq(tcm.lc, hashPsd(2, [tvk.clone()]).lc);
  const inputIds2 = request.inputs.map((id) => {
    if (id.type === "record" || id.type === "external_record" || id.type === "future")
      throw new CircuitHalt(`${id.type} inputs of a called function are not supported in circuits yet`);
    return { type: id.type, hash: Fld.new("public", id.id) };
  });
  assertTrue(checkInputIds({
    program: callee.id,
    function: name,
    networkId: ctx.networkId,
    tcm,
    inputs: [...operands],
    signer,
    inputIds: inputIds2,
    skTag,
    tvk
  }, types, []).lc);
  const fid = computeFunctionId(callee.id, name, ctx.networkId);
  const outputTypes = f2.outputs.map((o) => o.type);
  const outputs2 = result.outputs.map((v, i) => {
    const t = outputTypes[i];
    if (t?.kind === "record" && v.kind === "record") {
      const o = f2.outputs[i]?.operand;
      if (o?.kind !== "register" || o.path.length > 0)
        throw new CircuitHalt("Expected a register to be paired with a record output");
      const output2 = injectRecord(v);
      identifierConstants(t.name);
      const randomizer = hashToScalarPsd(2, [tvk.clone(), Fld.constant(BigInt(o.index))]);
      const rvk = output2.owner.mulBitsBe(randomizer.toBitsBe()).x.clone();
      const commitment = recordCommitment2(callee.id, t.name, output2, rvk);
      const id = Fld.new("public", commitment.value);
      assertEq(id.lc, commitment.lc);
      return output2;
    }
    if (v.kind === "record" || t?.kind === "record" || t?.kind === "external_record")
      throw new CircuitHalt("record outputs of a called function are not supported in circuits yet");
    const constant = t?.kind === "plaintext" && t.visibility === "constant";
    const output = injectValue(constant ? "constant" : "private", v);
    outputIds(callee.id, signer, [void 0], fid, f2.inputs.length + i, tvk, tcm, [output], [t]);
    return output;
  });
  return outputs2;
}

// dist/avm/instructions/call.js
function check2(c, ins, types, scope, fn) {
  if (scope === "finalize")
    c.fail(`'call' is not available in finalize`, ins.pos);
  if (ins.operands.length > LIMITS.maxOperands)
    c.fail(`'call' takes at most ${LIMITS.maxOperands} operands`, ins.pos);
  if (ins.destinations.length > LIMITS.maxOperands)
    c.fail(`'call' has at most ${LIMITS.maxOperands} destinations`, ins.pos);
  const callee = ins.callee;
  if (callee.program === c.program.id)
    c.fail(`Locator '${callee.program}/${callee.name}' does not reference an external program.`, ins.pos);
  const closureCall = (cl) => {
    if (cl.inputs.length !== types.length)
      c.fail(`closure '${cl.name}' takes ${cl.inputs.length} inputs, found ${types.length}`, ins.pos);
    cl.inputs.forEach((inp, i) => {
      if (!registerTypeEquals(inp.type, types[i]))
        c.fail(`argument ${i} of '${cl.name}' is ${registerTypeToString(types[i])}, expected ${registerTypeToString(inp.type)}`, ins.pos);
    });
    if (ins.destinations.length !== cl.outputs.length)
      c.fail(`closure '${cl.name}' returns ${cl.outputs.length} values`, ins.pos);
    return cl.outputs.map((o) => o.type);
  };
  if (callee.program === void 0) {
    if (callee.name === fn)
      c.fail(`Cannot invoke 'call' to self (in '${fn}'): self-recursive call.`, ins.pos);
    if (c.program.functions.has(callee.name))
      c.fail(`cannot call local function '${callee.name}' (only closures)`, ins.pos);
    const cl = c.program.closures.get(callee.name);
    if (!cl)
      return c.fail(`unknown closure '${callee.name}'`, ins.pos);
    return closureCall(cl);
  }
  if (!c.program.imports.includes(callee.program))
    c.fail(`program '${callee.program}' is not imported`, ins.pos);
  const other = c.imported.get(callee.program);
  if (!other)
    return c.fail(`imported program '${callee.program}' is not loaded`, ins.pos);
  const f2 = other.functions.get(callee.name);
  if (!f2) {
    const cl = other.closures.get(callee.name);
    if (!cl)
      return c.fail(`'${callee.program}' has no function '${callee.name}'`, ins.pos);
    return closureCall(cl);
  }
  if (f2.finalize && fn !== void 0 && !c.program.functions.get(fn)?.finalize)
    c.fail(`Function '${c.program.id}/${fn}' must contain a finalize block, since it calls '${callee.program}/${callee.name}'.`, ins.pos);
  if (f2.inputs.length !== types.length)
    c.fail(`'${callee.program}/${callee.name}' takes ${f2.inputs.length} inputs, found ${types.length}`, ins.pos);
  f2.inputs.forEach((inp, i) => {
    const want = valueTypeToRegisterType(inp.type);
    const w = want.kind === "record" ? { kind: "external_record", locator: { program: other.id, name: want.name } } : want;
    if (!registerTypeEquals(w, types[i]))
      c.fail(`argument ${i} of '${callee.program}/${callee.name}' is ${registerTypeToString(types[i])}, expected ${registerTypeToString(w)}`, ins.pos);
  });
  if (ins.destinations.length !== f2.outputs.length)
    c.fail(`'${callee.program}/${callee.name}' returns ${f2.outputs.length} values`, ins.pos);
  return f2.outputs.map((o) => {
    const t = valueTypeToRegisterType(o.type);
    return t.kind === "record" ? { kind: "external_record", locator: { program: other.id, name: t.name } } : t;
  });
}
function evaluate(frame, ins, args) {
  const callee = ins.callee;
  const target = frame.program.resolve(callee.program);
  const closure = target.ast.closures.get(callee.name);
  if (closure)
    return runClosure(frame, target, closure, args);
  const r = runFunction(target, callee.name, args, frame.ctx, programAddress(frame.program.id), frame.rootTvk);
  if (r.transition)
    frame.calls.push(r.transition);
  return r.outputs;
}
function synthesize(regs, ins) {
  const callee = ins.callee;
  if (!callee)
    throw new CircuitHalt("call without a callee");
  const program = regs.program.resolve(callee.program);
  const closure = program.ast.closures.get(callee.name);
  if (!closure) {
    if (program === regs.program)
      throw new CircuitHalt(`Cannot call '${callee.name}'. Use a closure ('closure ${callee.name}:') instead.`);
    if (!regs.call)
      throw new CircuitHalt(`calling '${program.id}/${callee.name}' needs the signer's request`);
    const operands = ins.operands.map((o) => loadOperand(regs, o));
    return callFunction(regs.call, regs.program, program, callee.name, operands);
  }
  const inner = { ...regs, values: /* @__PURE__ */ new Map(), program };
  closure.inputs.forEach((input, i) => {
    inner.values.set(input.register, loadOperand(regs, ins.operands[i]));
  });
  for (const i of closure.instructions)
    executeInstruction(inner, i);
  return closure.outputs.map((o) => loadOperand(inner, o.operand));
}
var CALL = [
  {
    name: "call",
    family: "call",
    shape: (ins, fail2) => {
      if (ins.castType)
        throw fail2(`'call' takes no 'as TYPE'`);
    },
    restrict: functionBodyOnly("call"),
    check: check2,
    evaluate: (frame, ins, args) => [...evaluate(frame, ins, args)],
    synthesize
  }
];

// dist/avm/circuit/keccak.js
var ROUND_CONSTANTS = roundConstants().map((c) => Array.from({ length: 64 }, (_, i) => (c >> BigInt(i) & 1n) === 1n));
var RHO = rhoOffsets();
var xor = (a2, b) => a2.map((bit, i) => bit.xor(b[i]));
var rotl = (a2, n) => a2.map((_, i) => a2[(i - n + 64) % 64]);
function round(a2, rc) {
  const c = [];
  for (let x = 0; x < 5; x++)
    c.push(xor(xor(xor(xor(a2[x], a2[x + 5]), a2[x + 10]), a2[x + 15]), a2[x + 20]));
  const d2 = [];
  for (let x = 0; x < 5; x++)
    d2.push(xor(c[(x + 4) % 5], rotl(c[(x + 1) % 5], 1)));
  const a1 = [];
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++)
      a1.push(xor(a2[x + 5 * y], d2[x]));
  const a22 = a1.slice();
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++)
      a22[y + (2 * x + 3 * y) % 5 * 5] = rotl(a1[x + 5 * y], RHO[x + 5 * y]);
  const a3 = [];
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 5; x++) {
      const b = a22[(x + 1) % 5 + 5 * y];
      const cc = a22[(x + 2) % 5 + 5 * y];
      const chi = b.map((bit, i) => bit.not().and(cc[i]));
      a3.push(xor(a22[x + 5 * y], chi));
    }
  a3[0] = a3[0].map((bit, i) => bit.xor(Bool.constant(rc[i])));
  return a3;
}
function permute3(s) {
  let a2 = [];
  for (let i = 0; i < 25; i++)
    a2.push(s.slice(64 * i, 64 * i + 64));
  for (const rc of ROUND_CONSTANTS)
    a2 = round(a2, rc);
  return a2.flat();
}
function keccakHash(variant, input) {
  const digest = Number(/(\d+)$/.exec(variant)?.[1]);
  const bitrate = 1600 - 2 * digest;
  if (input.length === 0)
    throw new CircuitHalt("The input to the hash function must not be empty");
  const F = Bool.constant(false);
  const T = Bool.constant(true);
  const padded = [...input];
  while (padded.length % 8 !== 0)
    padded.push(F);
  if (variant.startsWith("sha3"))
    padded.push(F, T, T, F);
  else
    padded.push(T);
  while (padded.length % bitrate !== bitrate - 1)
    padded.push(F);
  padded.push(T);
  let s = new Array(1600).fill(F);
  for (let off = 0; off < padded.length; off += bitrate) {
    for (let j = 0; j < bitrate; j++)
      s[j] = s[j].xor(padded[off + j]);
    s = permute3(s);
  }
  const z = s.slice(0, bitrate);
  while (z.length < digest) {
    s = permute3(s);
    z.push(...s.slice(0, bitrate));
  }
  return z.slice(0, digest);
}

// dist/avm/circuit/pedersen.js
var affine = /* @__PURE__ */ new Map();
function bases(variant) {
  let b = affine.get(variant);
  if (!b) {
    const p = pedersenParams(variant);
    b = {
      bases: p.bases.map((e) => Grp.fixed(toAffine(e))),
      randomBase: p.randomBase.map((e) => Grp.fixed(toAffine(e)))
    };
    affine.set(variant, b);
  }
  return b;
}
function pedersenHashToGroup2(variant, input) {
  const { bases: window } = bases(variant);
  if (input.length > window.length)
    throw new CircuitHalt(`The Pedersen hash input cannot exceed ${window.length} bits.`);
  let acc = Grp.zero();
  window.forEach((base, i) => {
    const bit = input[i] ?? Bool.constant(false);
    acc = acc.add(Grp.ternary(bit, base, Grp.zero()));
  });
  return acc;
}
function pedersenCommitToGroup2(variant, input, randomizer) {
  let acc = pedersenHashToGroup2(variant, input);
  const { randomBase } = bases(variant);
  randomizer.toBitsLe().forEach((bit, i) => {
    acc = acc.add(Grp.ternary(bit, randomBase[i], Grp.zero()));
  });
  return acc;
}

// dist/avm/circuit/hash.js
function fromXFlagged(x) {
  const a2 = Fld.constant(-1n);
  const d2 = Fld.constant(3021n);
  const xx = x.mul(x);
  const axx1 = a2.mul(xx).sub(Fld.one());
  const dxx1 = d2.mul(xx).sub(Fld.one());
  const yy = axx1.divUncheckedWitness(dxx1);
  const [y1, y2, notSquare] = yy.squareRootsFlagged();
  const p1 = new Grp(x.clone(), y1.clone());
  const p2 = new Grp(x.clone(), y2.clone());
  const in1 = p1.isInGroup();
  const in2 = p2.isInGroup();
  const y2OrZero = Fld.ternary(in2, y2, Fld.zero());
  const y1OrY2OrZero = Fld.ternary(in1, y1, y2OrZero);
  const y = Fld.ternary(notSquare, Fld.zero(), y1OrY2OrZero);
  const neither = in1.not().and(in2.not());
  return [new Grp(x, y), notSquare.or(neither)];
}
function fieldToGroupLossy2(f2, generator2) {
  const [withX, notInGroup] = fromXFlagged(f2.clone());
  const isZero2 = f2.isZero();
  const isOne = f2.isOne();
  const input = Fld.ternary(isZero2, Fld.one(), f2);
  const ell = elligator2(input);
  const genOrEll = Grp.ternary(isOne, generator2(), ell);
  return Grp.ternary(notInGroup, genOrEll, withX);
}
function castLossyField2(f2, to, generator2) {
  if (to === "field")
    return { type: "field", f: f2.clone() };
  if (to === "scalar")
    return { type: "scalar", s: Scl.fromFieldLossy(f2) };
  if (to === "boolean")
    return { type: "boolean", b: f2.toBitsLe()[0] };
  if (to === "group" || to === "address")
    return { type: to, g: fieldToGroupLossy2(f2, generator2) };
  const w = INT_WIDTH[to];
  if (w !== void 0)
    return { type: to, bits: f2.toBitsLe().slice(0, w) };
  throw new CircuitHalt(`Cannot cast (lossy) a field literal to a ${to} type.`);
}
function castLossyGroup2(g, to, generator2) {
  if (to === "address" || to === "group")
    return { type: to, g };
  return castLossyField2(g.x.clone(), to, generator2);
}
var HASH_BHP = {
  "hash.bhp256": "bhp256",
  "hash.bhp512": "bhp512",
  "hash.bhp768": "bhp768",
  "hash.bhp1024": "bhp1024"
};
var PEDERSEN = {
  "hash.ped64": "ped64",
  "hash.ped128": "ped128",
  "commit.ped64": "ped64",
  "commit.ped128": "ped128"
};
var KECCAK2 = {
  "hash.keccak256": ["keccak256", "bhp256"],
  "hash.keccak384": ["keccak384", "bhp512"],
  "hash.keccak512": ["keccak512", "bhp512"],
  "hash.sha3_256": ["sha3_256", "bhp256"],
  "hash.sha3_384": ["sha3_384", "bhp512"],
  "hash.sha3_512": ["sha3_512", "bhp512"]
};
var HASH_PSD = { "hash.psd2": 2, "hash.psd4": 4, "hash.psd8": 8 };
function hashValue(opcode, input, to, generator2) {
  const bhp = HASH_BHP[opcode];
  if (bhp)
    return castLossyGroup2(bhpHashToGroup2(bhp, valueBits(input)), to, generator2);
  const keccak = KECCAK2[opcode];
  if (keccak) {
    const digest = keccakHash(keccak[0], valueBits(input));
    return castLossyGroup2(bhpHashToGroup2(keccak[1], digest), to, generator2);
  }
  const ped = PEDERSEN[opcode];
  if (ped)
    return castLossyGroup2(pedersenHashToGroup2(ped, valueBits(input)), to, generator2);
  const rate = HASH_PSD[opcode];
  if (rate) {
    if (to === "address" || to === "group")
      return castLossyGroup2(hashToGroupPsd(rate, valueFields(input)), to, generator2);
    return castLossyField2(hashPsd(rate, valueFields(input)), to, generator2);
  }
  throw new CircuitHalt(`'${opcode}' is not supported in circuits yet`);
}
var COMMIT_BHP = {
  "commit.bhp256": "bhp256",
  "commit.bhp512": "bhp512",
  "commit.bhp768": "bhp768",
  "commit.bhp1024": "bhp1024"
};
function commitValue(opcode, input, randomizer, to, generator2) {
  const bhp = COMMIT_BHP[opcode];
  if (bhp)
    return castLossyGroup2(bhpCommitToGroup2(bhp, valueBits(input), randomizer), to, generator2);
  const ped = PEDERSEN[opcode];
  if (ped)
    return castLossyGroup2(pedersenCommitToGroup2(ped, valueBits(input), randomizer), to, generator2);
  throw new CircuitHalt(`'${opcode}' is not supported in circuits yet`);
}

// dist/avm/circuit/cast.js
function boolOf(isZero2, isOne) {
  assertTrue(isZero2().or(isOne).lc);
  return isOne;
}
function intToInt(i, to) {
  const t = intType(to);
  const bits = [...i.bits];
  const from = i.t;
  const make = (b) => {
    if (b.length > t.bits)
      assertBitsAreZero(b.slice(t.bits));
    const out = b.slice(0, t.bits);
    while (out.length < t.bits)
      out.push(Bool.constant(false));
    return new Int(t, out);
  };
  if (!from.signed && !t.signed)
    return make(bits);
  if (!from.signed && t.signed) {
    if (from.bits < t.bits)
      return make(bits);
    assertBitsAreZero(bits.slice(t.bits - 1));
    return make(bits.slice(0, t.bits));
  }
  if (from.signed && !t.signed) {
    if (from.bits <= t.bits) {
      assertTrue(bits[from.bits - 1].not().lc);
      return make(bits);
    }
    assertBitsAreZero(bits.slice(t.bits));
    return make(bits.slice(0, t.bits));
  }
  if (from.bits <= t.bits) {
    while (bits.length < t.bits)
      bits.push(i.msb());
    return make(bits);
  }
  const msb = bits.pop();
  for (const b of bits.slice(t.bits - 1))
    assertEq(msb.lc, b.lc);
  return make([...bits.slice(0, t.bits - 1), msb]);
}
function castField(f2, to) {
  switch (to) {
    case "address":
    case "group":
      return { type: to, g: Grp.fromXCoordinate(f2.clone()) };
    case "boolean": {
      const isOne = f2.isOne();
      return { type: "boolean", b: boolOf(() => f2.isZero(), isOne) };
    }
    case "field":
      return { type: "field", f: f2.clone() };
    case "scalar":
      return { type: "scalar", s: Scl.fromBitsLe(f2.toBitsLe()) };
    default:
      if (isIntType(to))
        return fromInt(to, new Int(intType(to), f2.toLowerBitsLe(intType(to).bits)));
      throw new CircuitHalt(`Cannot cast a field literal to a ${to} type.`);
  }
}
function castLiteral(l, to, lossy, generator2) {
  switch (l.type) {
    case "address":
    case "group":
      if (to === "address" || to === "group")
        return { type: to, g: l.g };
      return lossy ? castLossyGroup2(l.g, to, generator2) : castField(l.g.x.clone(), to);
    case "field":
      return lossy ? castLossyField2(l.f, to, generator2) : castField(l.f, to);
    case "boolean": {
      const b = l.b;
      if (to === "boolean")
        return l;
      if (to === "field")
        return { type: "field", f: Fld.fromBool(b) };
      if (to === "address" || to === "group")
        return { type: to, g: Grp.ternary(b, generator2(), Grp.zero()) };
      if (to === "scalar")
        return { type: "scalar", s: Scl.ternary(b, Scl.constant(1n), Scl.constant(0n)) };
      if (isIntType(to)) {
        const t = intType(to);
        return fromInt(to, Int.ternary(b, Int.one(t), Int.zero(t)));
      }
      break;
    }
    case "scalar": {
      if (to === "scalar")
        return l;
      if (to === "field")
        return { type: "field", f: l.s.field.clone() };
      if (to === "boolean") {
        if (lossy)
          return { type: "boolean", b: l.s.toBitsLe()[0] };
        const isOne = l.s.isEqual(Scl.constant(1n));
        return { type: "boolean", b: boolOf(() => l.s.isEqual(Scl.constant(0n)), isOne) };
      }
      if (to === "address" || to === "group")
        return lossy ? castLossyField2(l.s.field.clone(), to, generator2) : castField(l.s.field.clone(), to);
      if (isIntType(to)) {
        const t = intType(to);
        const bits = l.s.toBitsLe();
        if (lossy)
          return fromInt(to, new Int(t, bits.slice(0, t.bits)));
        if (bits.length > t.bits)
          assertBitsAreZero(bits.slice(t.bits));
        return fromInt(to, new Int(t, bits.slice(0, t.bits)));
      }
      break;
    }
    case "signature":
      break;
    default: {
      const i = toInt(l);
      if (isIntType(to)) {
        if (!lossy)
          return fromInt(to, intToInt(i, to));
        const t = intType(to);
        const bits = [...i.bits];
        while (bits.length < t.bits)
          bits.push(i.t.signed ? i.msb() : Bool.constant(false));
        return fromInt(to, new Int(t, bits.slice(0, t.bits)));
      }
      if (to === "field")
        return { type: "field", f: i.toField() };
      if (to === "boolean") {
        if (lossy)
          return { type: "boolean", b: i.bits[0] };
        const isOne = i.isEqual(Int.one(i.t));
        return { type: "boolean", b: boolOf(() => i.isEqual(Int.zero(i.t)), isOne) };
      }
      if (to === "scalar")
        return { type: "scalar", s: Scl.fromBitsLe(i.bits) };
      if (to === "address" || to === "group")
        return lossy ? castLossyField2(i.toField(), to, generator2) : castField(i.toField(), to);
    }
  }
  throw new CircuitHalt(`Cannot cast a ${l.type} literal to a ${to} type.`);
}

// dist/avm/instructions/cast-literal.js
function halt(from, to) {
  throw new AleoHalt(`Failed to cast ${literalToText(from)} to ${to}`);
}
function bitsValue(l) {
  if (isIntegerType2(l.type))
    return BigInt.asUintN(integerBits(l.type), l.value);
  if (l.type === "boolean")
    return l.value ? 1n : 0n;
  if (l.type === "group" || l.type === "address")
    return l.value.x;
  return l.value;
}
function groupFromField(x, lossy, from, to) {
  const p = x === 0n ? IDENTITY : pointFromX(x);
  if (p)
    return p;
  if (!lossy)
    halt(from, to);
  return fieldToGroupLossy(x);
}
function castLiteral2(from, to, lossy) {
  if (from.type === "signature" || from.type === "string")
    throw new AleoHalt(`Cannot cast a ${from.type} literal to another type.`);
  if (to === "signature" || to === "string")
    throw new AleoHalt(`Cannot cast a ${from.type} literal to a ${to} type.`);
  if (from.type === to)
    return from;
  if (from.type === "boolean") {
    const b = from.value;
    if (to === "group" || to === "address")
      return { type: to, value: b ? GENERATOR : IDENTITY };
    return { type: to, value: b ? 1n : 0n };
  }
  if ((from.type === "group" || from.type === "address") && (to === "group" || to === "address"))
    return { type: to, value: from.value };
  const v = bitsValue(from);
  switch (to) {
    case "boolean":
      if (lossy)
        return { type: "boolean", value: (v & 1n) === 1n };
      if (v === 0n || v === 1n)
        return { type: "boolean", value: v === 1n };
      return halt(from, to);
    case "field":
      return { type: "field", value: v };
    case "scalar":
      if (v < SCALAR_MODULUS)
        return { type: "scalar", value: v };
      if (!lossy)
        return halt(from, to);
      return { type: "scalar", value: BigInt.asUintN(250, v) };
    case "group":
    case "address":
      return { type: to, value: groupFromField(v % FIELD_MODULUS, lossy, from, to) };
    default: {
      if (!isIntegerType2(to))
        return halt(from, to);
      const bits = integerBits(to);
      if (lossy) {
        const src = isIntegerType2(from.type) ? from.value : v;
        return { type: to, value: to[0] === "i" ? BigInt.asIntN(bits, src) : BigInt.asUintN(bits, src) };
      }
      const value = isIntegerType2(from.type) ? from.value : v;
      if (!isIntegerType2(from.type) && v >> BigInt(bits) !== 0n)
        return halt(from, to);
      const asTarget = isIntegerType2(from.type) ? value : to[0] === "i" ? BigInt.asIntN(bits, value) : value;
      if (asTarget < integerMin(to) || asTarget > integerMax(to))
        return halt(from, to);
      return { type: to, value: asTarget };
    }
  }
}
function castGroupCoordinate(from, coordinate) {
  if (from.type !== "group")
    throw new AleoHalt(`Cannot cast a ${from.type} to a group coordinate`);
  return { type: "field", value: coordinate === "group_x" ? from.value.x : from.value.y };
}

// dist/avm/instructions/cast.js
function check3(c, ins, types) {
  const ct = ins.castType;
  const lossy = ins.opcode === "cast.lossy";
  if (ct.kind === "external_record")
    return c.fail("cannot cast to an external record", ins.pos);
  if (ct.kind === "record") {
    if (lossy)
      c.fail(`'cast.lossy' cannot build records`, ins.pos);
    const rec = c.program.records.get(ct.name);
    if (!rec)
      return c.fail(`unknown record '${ct.name}'`, ins.pos);
    if (types.length !== rec.entries.size + 1)
      c.fail(`record '${ct.name}' needs ${rec.entries.size + 1} operands (owner first)`, ins.pos);
    if (!registerTypeEquals(types[0], literalRegisterType("address")))
      c.fail("the record owner must be an address", ins.pos);
    [...rec.entries.values()].forEach((e, i) => {
      if (!registerTypeEquals(types[i + 1], { kind: "plaintext", type: e.type }))
        c.fail(`operand ${i + 1} does not match record entry type`, ins.pos);
    });
    return [{ kind: "record", name: ct.name }];
  }
  if (ct.kind === "group_x" || ct.kind === "group_y") {
    if (lossy)
      c.fail("`cast.lossy` is only supported for casting to a literal type", ins.pos);
    if (types.length !== 1)
      c.fail("Casting to a group coordinate requires exactly 1 operand", ins.pos);
    if (!registerTypeEquals(types[0], literalRegisterType("group")))
      c.fail(`Type mismatch: expected 'group', found '${registerTypeToString(types[0])}'`, ins.pos);
    return [literalRegisterType("field")];
  }
  if (ct.kind !== "plaintext")
    return c.fail("cannot cast to an external record", ins.pos);
  const t = ct.type;
  c.checkPlaintextType(t, ins.pos);
  if (t.kind === "literal") {
    if (types.length !== 1)
      c.fail(`Casting to a literal requires exactly 1 operand`, ins.pos);
    return [{ kind: "plaintext", type: t }];
  }
  if (lossy)
    c.fail(`'cast.lossy' only casts to literal types`, ins.pos);
  const expected = t.kind === "array" ? Array(t.length).fill(t.element) : [...c.structMembers(t.name).values()];
  if (types.length !== expected.length)
    c.fail(`'cast' to ${registerTypeToString({ kind: "plaintext", type: t })} needs ${expected.length} operands, found ${types.length}`, ins.pos);
  types.forEach((ty, i) => {
    if (ty.kind !== "plaintext" || !plaintextTypeEquals(ty.type, expected[i]))
      c.fail(`operand ${i} of 'cast' is ${registerTypeToString(ty)}, expected ${registerTypeToString({ kind: "plaintext", type: expected[i] })}`, ins.pos);
  });
  return [{ kind: "plaintext", type: t }];
}
function evaluate2(frame, ins, args) {
  const program = frame.program;
  const ct = ins.castType;
  if (ct.kind === "group_x" || ct.kind === "group_y")
    return { kind: "literal", literal: castGroupCoordinate(literalOf(args[0], "the operand"), ct.kind) };
  if (ct.kind === "record") {
    const def = program.ast.records.get(ct.name);
    const owner = literalOf(args[0], "the owner").value;
    const data = /* @__PURE__ */ new Map();
    for (const [i, [name, e]] of [...def.entries].entries())
      data.set(name, { visibility: e.visibility, value: plaintextOf(args[i + 1], name) });
    const nonce = frame.tvk === void 0 ? IDENTITY : recordNonce(recordRandomizer(frame.tvk, ins.destinations[0]));
    const record = {
      kind: "record",
      owner: { visibility: def.ownerVisibility, value: owner },
      data,
      nonce,
      version: frame.tvk === void 0 ? 0 : 1
    };
    return record;
  }
  if (ct.kind !== "plaintext")
    throw new AleoHalt("cannot cast to an external record");
  const t = ct.type;
  if (t.kind === "literal")
    return {
      kind: "literal",
      literal: castLiteral2(literalOf(args[0], "the operand"), t.type, ins.opcode === "cast.lossy")
    };
  if (t.kind === "array")
    return { kind: "array", elements: args.map((a2) => plaintextOf(a2, "an element")) };
  const names = [...program.ast.structs.get(t.name).members.keys()];
  return { kind: "struct", members: new Map(names.map((n, i) => [n, plaintextOf(args[i], n)])) };
}
function synthesize2(regs, ins) {
  const t = ins.castType;
  const lossy = ins.opcode === "cast.lossy";
  const inputs2 = ins.operands.map((o) => loadOperand(regs, o));
  if (t?.kind === "group_x" || t?.kind === "group_y") {
    const g = literalOf2(inputs2[0]);
    if (g.type !== "group")
      throw new CircuitHalt("Casting to a group coordinate requires a group element");
    return { kind: "literal", literal: { type: "field", f: (t.kind === "group_x" ? g.g.x : g.g.y).clone() } };
  }
  if (t?.kind === "plaintext" && t.type.kind === "literal")
    return {
      kind: "literal",
      literal: castLiteral(literalOf2(inputs2[0]), t.type.type, lossy, circuitGenerator)
    };
  if (t?.kind === "record") {
    const def = regs.program.ast.records.get(t.name);
    if (!def)
      throw new CircuitHalt(`unknown record '${t.name}'`);
    const owner = literalOf2(inputs2[0]);
    if (owner.type !== "address")
      throw new CircuitHalt("Invalid record 'owner'");
    const data = /* @__PURE__ */ new Map();
    [...def.entries].forEach(([name, e], i) => {
      const v = inputs2[i + 1];
      if (v.kind === "future" || v.kind === "record")
        throw new CircuitHalt("Casting a future into a record entry is illegal");
      identifierConstants(name);
      data.set(name, { visibility: e.visibility, value: v });
    });
    const index = Fld.constant(BigInt(ins.destinations[0]));
    const randomizer = hashToScalarPsd(2, [regs.tvk.clone(), index]);
    const nonce = gScalarMultiply(randomizer);
    const version2 = injectVersion(1);
    const ownerPlaintext = def.ownerVisibility === "private" ? { kind: "literal", literal: owner } : void 0;
    return {
      kind: "record",
      ownerVisibility: def.ownerVisibility,
      owner: owner.g,
      ownerPlaintext,
      data,
      nonce,
      version: version2
    };
  }
  if (t?.kind === "plaintext" && t.type.kind === "struct") {
    const def = regs.program.ast.structs.get(t.type.name);
    if (!def)
      throw new CircuitHalt(`unknown struct '${t.type.name}'`);
    const members2 = /* @__PURE__ */ new Map();
    [...def.members.keys()].forEach((name, i) => {
      identifierConstants(name);
      members2.set(name, inputs2[i]);
    });
    return { kind: "struct", members: members2 };
  }
  if (t?.kind === "plaintext" && t.type.kind === "array")
    return { kind: "array", elements: inputs2 };
  throw new CircuitHalt(`cast to ${t?.kind} is not supported in circuits yet`);
}
var castSpec = (name) => ({
  name,
  family: "cast",
  shape: (ins, fail2) => {
    if (ins.operands.length === 0)
      throw fail2(`'${name}' needs at least one operand`);
    if (ins.destinations.length !== 1)
      throw fail2(`'${name}' expects 1 destination register`);
    if (!ins.castType)
      throw fail2(`'${name}' needs 'as TYPE'`);
  },
  restrict: (ins, scope) => scope === "finalize" && ins.castType?.kind === "record" ? "Illegal operation: Cannot cast to a record in a finalize block." : void 0,
  check: check3,
  evaluate: (frame, ins, args) => [evaluate2(frame, ins, args)],
  synthesize: (regs, ins) => [synthesize2(regs, ins)]
});
var CAST = [castSpec("cast"), castSpec("cast.lossy")];

// dist/avm/instructions/commit.js
var COMMIT_OPCODES = [
  "commit.bhp256",
  "commit.bhp512",
  "commit.bhp768",
  "commit.bhp1024",
  "commit.ped64",
  "commit.ped128"
];
var commitSpec = (name) => ({
  name,
  family: "commit",
  shape: fixedShape(2, 1, true),
  check: (c, ins, types) => {
    if (types[0].kind !== "plaintext")
      c.fail(`'${ins.opcode}' commits to plaintexts only`, ins.pos);
    if (!registerTypeEquals(types[1], literalRegisterType("scalar")))
      c.fail(`'${ins.opcode}' expects a scalar randomizer`, ins.pos);
    const ct = ins.castType;
    if (ct.kind !== "plaintext" || ct.type.kind !== "literal" || !["address", "field", "group"].includes(ct.type.type))
      return c.fail(`invalid destination type for '${ins.opcode}' (address, field or group)`, ins.pos);
    return [{ kind: "plaintext", type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const ct = ins.castType;
    if (ct.kind !== "plaintext" || ct.type.kind !== "literal")
      throw new AleoHalt("invalid commit destination");
    const to = ct.type.type;
    const r = literalOf(args[1], "the randomizer").value;
    const variant = ins.opcode.slice("commit.".length);
    const input = plaintextOf(args[0], "the input");
    return [{ kind: "literal", literal: asHalt(() => commitOp(variant, input, r, to)) }];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]);
    const r = literalOf2(loadOperand(regs, ins.operands[1]));
    if (r.type !== "scalar")
      throw new CircuitHalt("Invalid randomizer type for the commit execution, expected a scalar");
    return [
      {
        kind: "literal",
        literal: commitValue(ins.opcode, input, r.s, literalTarget(ins), circuitGenerator)
      }
    ];
  }
});
var COMMIT = COMMIT_OPCODES.map(commitSpec);

// dist/avm/instructions/compare.js
function compare(name, gadget, f2) {
  return row(name, 2, toBool(["field", ...INTS, "scalar"]), ([x, y]) => ({ type: "boolean", value: f2(x.value, y.value) }), (args) => {
    const [a2, b] = args;
    if (a2.type === "field")
      return cBool(a2.f[gadget](b.f));
    if (a2.type === "address")
      return cBool(a2.g.x[gadget](b.g.x));
    if (a2.type === "scalar")
      return cBool(scalarCompare(gadget, a2.s, b.s));
    if (isIntType(a2.type))
      return cBool(toInt(a2)[gadget](toInt(b)));
    return unsupported(gadget, a2.type);
  });
}
var COMPARE = [
  compare("gt", "isGreaterThan", (u, v) => u > v),
  compare("gte", "isGreaterThanOrEqual", (u, v) => u >= v),
  compare("lt", "isLessThan", (u, v) => u < v),
  compare("lte", "isLessThanOrEqual", (u, v) => u <= v)
];

// dist/avm/equality.js
function literalsEqual(a2, b) {
  if (a2.type !== b.type)
    return false;
  if (a2.type === "address" || a2.type === "group") {
    const bv = b.value;
    return a2.value.x === bv.x && a2.value.y === bv.y;
  }
  if (a2.type === "signature")
    return JSON.stringify(a2.value, (_k, v) => typeof v === "bigint" ? v.toString() : v) === JSON.stringify(b.value, (_k, v) => typeof v === "bigint" ? v.toString() : v);
  return a2.value === b.value;
}
function valuesEqual(a2, b) {
  if (a2.kind !== b.kind)
    return false;
  switch (a2.kind) {
    case "literal":
      return literalsEqual(a2.literal, b.literal);
    case "array": {
      const bb = b;
      return a2.elements.length === bb.elements.length && a2.elements.every((e, i) => valuesEqual(e, bb.elements[i]));
    }
    case "struct": {
      const bb = b;
      if (a2.members.size !== bb.members.size)
        return false;
      for (const [k, v] of a2.members) {
        const w = bb.members.get(k);
        if (!w || !valuesEqual(v, w))
          return false;
      }
      return true;
    }
    case "record": {
      const bb = b;
      if (a2.owner.value.x !== bb.owner.value.x || a2.owner.visibility !== bb.owner.visibility)
        return false;
      if (a2.nonce.x !== bb.nonce.x || a2.data.size !== bb.data.size)
        return false;
      for (const [k, e] of a2.data) {
        const f2 = bb.data.get(k);
        if (!f2 || f2.visibility !== e.visibility || !valuesEqual(e.value, f2.value))
          return false;
      }
      return true;
    }
    case "future": {
      const bb = b;
      return a2.program === bb.program && a2.function === bb.function && a2.arguments.length === bb.arguments.length && a2.arguments.every((x, i) => valuesEqual(x, bb.arguments[i]));
    }
  }
}

// dist/avm/instructions/equality.js
function equality(name, assert, equal) {
  return {
    name,
    family: "equality",
    shape: fixedShape(2, assert ? 0 : 1, false),
    check: (c, ins, types) => {
      if (!registerTypeEquals(types[0], types[1]))
        c.fail(`'${ins.opcode}' operands must have the same type, found ${types.map(registerTypeToString).join(" and ")}`, ins.pos);
      return assert ? [] : [literalRegisterType("boolean")];
    },
    evaluate: (_frame, ins, args) => {
      const eq = valuesEqual(args[0], args[1]);
      if (!assert)
        return [{ kind: "literal", literal: { type: "boolean", value: equal ? eq : !eq } }];
      if (eq !== equal)
        throw new AleoHalt(`'${ins.opcode}' failed: operands are ${eq ? "equal" : "not equal"} (${ins.pos.line}:${ins.pos.column})`);
      return [];
    },
    synthesize: (regs, ins) => {
      const a2 = loadOperand(regs, ins.operands[0]);
      const b = loadOperand(regs, ins.operands[1]);
      const result = equal ? valueIsEqual(a2, b) : valueIsNotEqual(a2, b);
      if (assert) {
        assertTrue(result.lc);
        return [];
      }
      return [{ kind: "literal", literal: { type: "boolean", b: result } }];
    }
  };
}
var EQUALITY = [
  equality("assert.eq", true, true),
  equality("assert.neq", true, false),
  equality("is.eq", false, true),
  equality("is.neq", false, false)
];

// dist/avm/instructions/hash.js
var HASH_OPCODES = [
  "hash.bhp256",
  "hash.bhp512",
  "hash.bhp768",
  "hash.bhp1024",
  "hash.keccak256",
  "hash.keccak384",
  "hash.keccak512",
  "hash.ped64",
  "hash.ped128",
  "hash.psd2",
  "hash.psd4",
  "hash.psd8",
  "hash.sha3_256",
  "hash.sha3_384",
  "hash.sha3_512"
];
var hashSpec = (name) => ({
  name,
  family: "hash",
  shape: fixedShape(1, 1, true),
  check: (c, ins, types) => {
    if (types[0].kind !== "plaintext")
      c.fail(`'${ins.opcode}' hashes plaintexts only`, ins.pos);
    const ct = ins.castType;
    if (ct.kind !== "plaintext" || ct.type.kind !== "literal" || ["boolean", "string"].includes(ct.type.type))
      return c.fail(`invalid destination type for '${ins.opcode}'`, ins.pos);
    return [{ kind: "plaintext", type: ct.type }];
  },
  evaluate: (_frame, ins, args) => {
    const ct = ins.castType;
    if (ct.kind !== "plaintext" || ct.type.kind !== "literal")
      throw new AleoHalt("invalid hash destination");
    const to = ct.type.type;
    const variant = ins.opcode.slice("hash.".length);
    const input = plaintextOf(args[0], "the input");
    return [{ kind: "literal", literal: asHalt(() => hashOp(variant, input, to)) }];
  },
  synthesize: (regs, ins) => {
    const input = loadOperand(regs, ins.operands[0]);
    return [{ kind: "literal", literal: hashValue(ins.opcode, input, literalTarget(ins), circuitGenerator) }];
  }
});
var hashManySpec = (name) => ({
  name,
  family: "hash",
  shape: fixedShape(2, 1, true),
  check: (c, ins) => c.fail(`'${ins.opcode}' is not yet implemented in snarkVM`, ins.pos),
  evaluate: (_frame, ins) => {
    throw new AleoHalt(`'${ins.opcode}' is not yet implemented in snarkVM`);
  }
});
var HASH = [
  ...HASH_OPCODES.map(hashSpec),
  ...["hash_many.psd2", "hash_many.psd4", "hash_many.psd8"].map(hashManySpec)
];

// dist/avm/instructions/sign.js
var SIGN = [
  {
    name: "sign.verify",
    family: "sign",
    shape: fixedShape(3, 1, false),
    check: (c, ins, types) => {
      if (!registerTypeEquals(types[0], literalRegisterType("signature")) || !registerTypeEquals(types[1], literalRegisterType("address")))
        c.fail(`'sign.verify' expects a signature, an address and a message`, ins.pos);
      if (types[2].kind !== "plaintext")
        c.fail(`'sign.verify' message must be a plaintext`, ins.pos);
      return [literalRegisterType("boolean")];
    },
    evaluate: (_frame, _ins, args) => {
      const sig = literalOf(args[0], "the signature").value;
      const address = literalOf(args[1], "the address").value;
      const message = plaintextOf(args[2], "the message");
      const ok = asHalt(() => verifySignature(sig, address, message));
      return [{ kind: "literal", literal: { type: "boolean", value: ok } }];
    },
    synthesize: (regs, ins) => {
      const sig = literalOf2(loadOperand(regs, ins.operands[0]));
      if (sig.type !== "signature")
        throw new CircuitHalt("Expected the first operand to be a signature.");
      const address = literalOf2(loadOperand(regs, ins.operands[1]));
      if (address.type !== "address")
        throw new CircuitHalt("Expected the second operand to be an address.");
      const message = valueFields(loadOperand(regs, ins.operands[2]));
      const signature = sig.sig;
      return [{ kind: "literal", literal: { type: "boolean", b: signature.verify(address.g, message) } }];
    }
  }
];

// dist/avm/curves/domain.js
var TWO_ADICITY = 47;
var GENERATOR2 = 22n;
var TWO_ADIC_ROOT = Fr.pow(GENERATOR2, Fr.p - 1n >> BigInt(TWO_ADICITY));
var Domain = class _Domain {
  size;
  logSize;
  gen;
  genInv;
  sizeFe;
  sizeInv;
  elementsCache;
  constructor(logSize) {
    this.logSize = logSize;
    this.size = 2 ** logSize;
    this.gen = Fr.pow(TWO_ADIC_ROOT, 1n << BigInt(TWO_ADICITY - logSize));
    this.genInv = Fr.inv(this.gen);
    this.sizeFe = BigInt(this.size);
    this.sizeInv = Fr.inv(this.sizeFe);
  }
  /** EvaluationDomain::new: the smallest domain holding `n` points (n = 0 gives size 1). */
  static of(n) {
    let log = 0;
    while (2 ** log < n)
      log++;
    if (log > TWO_ADICITY)
      throw new VarunaInputError(`no FFT domain of size ${n} in BLS12-377 Fr`);
    let d2 = cache4.get(log);
    if (!d2) {
      d2 = new _Domain(log);
      cache4.set(log, d2);
    }
    return d2;
  }
  /** Z(x) = x^n - 1. */
  vanishingAt(x) {
    return Fr.sub(Fr.pow(x, this.sizeFe), 1n);
  }
  /** ω^0 … ω^(n-1). */
  elements() {
    if (!this.elementsCache) {
      const out = new Array(this.size);
      let w = 1n;
      for (let i = 0; i < this.size; i++) {
        out[i] = w;
        w = Fr.mul(w, this.gen);
      }
      this.elementsCache = out;
    }
    return this.elementsCache;
  }
  /** L_i(τ) for every i: (Z(τ)/n)·ωⁱ/(τ - ωⁱ), or the indicator of τ when τ is in the domain. */
  lagrangeAt(tau) {
    const z = this.vanishingAt(tau);
    const els = this.elements();
    if (z === 0n)
      return els.map((w) => w === tau ? 1n : 0n);
    const dens = batchInverse(els.map((w) => Fr.sub(tau, w)));
    const l = Fr.mul(z, this.sizeInv);
    return els.map((w, i) => Fr.mul(Fr.mul(l, w), dens[i]));
  }
  /** Evaluations at ω^0 … ω^(n-1) of the polynomial with `coeffs` (at most n of them). */
  fft(coeffs) {
    return radix2(pad(coeffs, this.size), this.gen);
  }
  /** The coefficients of the polynomial of degree < n with these evaluations on the domain. */
  ifft(evals) {
    const out = radix2(pad(evals, this.size), this.genInv);
    for (let i = 0; i < out.length; i++)
      out[i] = out[i] * this.sizeInv % Fr.p;
    return out;
  }
  /** fft over the coset g·H (g the multiplicative generator 22). */
  cosetFft(coeffs) {
    return radix2(pad(distribute(coeffs, GENERATOR2), this.size), this.gen);
  }
  cosetIfft(evals) {
    return distribute(this.ifft(evals), Fr.inv(GENERATOR2));
  }
};
function pad(xs, n) {
  if (xs.length > n)
    throw new VarunaInputError(`${xs.length} values do not fit a domain of size ${n}`);
  const out = xs.slice();
  while (out.length < n)
    out.push(0n);
  return out;
}
function distribute(coeffs, g) {
  let pow = 1n;
  return coeffs.map((c) => {
    const r = c * pow % Fr.p;
    pow = pow * g % Fr.p;
    return r;
  });
}
function radix2(a2, w) {
  const n = a2.length;
  const p = Fr.p;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1)
      j ^= bit;
    j ^= bit;
    if (i < j)
      [a2[i], a2[j]] = [a2[j], a2[i]];
  }
  const twiddles = new Array(n >> 1);
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    const step2 = Fr.pow(w, BigInt(n / len));
    twiddles[0] = 1n;
    for (let k = 1; k < half; k++)
      twiddles[k] = twiddles[k - 1] * step2 % p;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < half; k++) {
        const u = a2[i + k];
        const v = a2[i + k + half] * twiddles[k] % p;
        const s = u + v;
        a2[i + k] = s >= p ? s - p : s;
        const d2 = u - v;
        a2[i + k + half] = d2 < 0n ? d2 + p : d2;
      }
    }
  }
  return a2;
}
var cache4 = /* @__PURE__ */ new Map();
function batchInverse(xs) {
  const prefix = new Array(xs.length);
  let acc = 1n;
  for (let i = 0; i < xs.length; i++) {
    prefix[i] = acc;
    acc = Fr.mul(acc, xs[i]);
  }
  let inv = Fr.inv(acc);
  const out = new Array(xs.length);
  for (let i = xs.length - 1; i >= 0; i--) {
    out[i] = Fr.mul(inv, prefix[i]);
    inv = Fr.mul(inv, xs[i]);
  }
  return out;
}

// dist/avm/varuna/ahp.js
var witnessLabel = (id, poly, i) => `circuit_${id}_${poly}_${String(i).padStart(8, "0")}`;
var selector = (max, d2, x) => Fr.div(Fr.mul(max.vanishingAt(x), d2.sizeFe), Fr.mul(d2.vanishingAt(x), max.sizeFe));
var Lc = class {
  label;
  terms = [];
  constructor(label) {
    this.label = label;
  }
  add(c, l) {
    this.terms.push([c, l]);
    return this;
  }
  addScaled(c, other) {
    for (const [k, l] of other.terms)
      this.terms.push([Fr.mul(c, k), l]);
    return this;
  }
  scale(c) {
    this.terms = this.terms.map(([k, l]) => [Fr.mul(k, c), l]);
    return this;
  }
};
var lineSum = (s, etaB, etaC) => Fr.add(s.a, Fr.add(Fr.mul(etaB, s.b), Fr.mul(etaC, s.c)));
function linearCombinations(circuits2, max, ch, proof) {
  const { alpha, beta, gamma, etaB, etaC } = ch;
  const out = /* @__PURE__ */ new Map();
  const rowcheck = new Lc("rowcheck_zerocheck");
  circuits2.forEach((c, i) => {
    const comb = ch.first[i];
    const term = new Lc("");
    comb.instances.forEach((ic, j) => {
      const s = proof.thirdSums[i][j];
      term.add(Fr.mul(ic, Fr.sub(Fr.mul(s.a, s.b), s.c)), null);
    });
    term.scale(selector(max.constraint, c.constraint, alpha));
    rowcheck.addScaled(comb.circuit, term);
  });
  rowcheck.add(Fr.neg(max.constraint.vanishingAt(alpha)), "h_0");
  out.set(rowcheck.label, rowcheck);
  let lineSumTotal = 0n;
  circuits2.forEach((_, i) => {
    const comb = ch.third[i];
    let s = 0n;
    comb.instances.forEach((ic, j) => {
      s = Fr.add(s, Fr.mul(ic, lineSum(proof.thirdSums[i][j], etaB, etaC)));
    });
    lineSumTotal = Fr.add(lineSumTotal, Fr.mul(comb.circuit, s));
  });
  lineSumTotal = Fr.mul(lineSumTotal, max.variable.sizeInv);
  const lineval = new Lc("lineval_sumcheck").add(1n, "mask_poly");
  circuits2.forEach((c, i) => {
    const comb = ch.third[i];
    const sums2 = proof.fourthSums[i];
    const [ka, kb, kc] = c.nonZero;
    const sa = Fr.mul(sums2.a, ka.sizeFe);
    const sb = Fr.mul(Fr.mul(sums2.b, kb.sizeFe), etaB);
    const sc = Fr.mul(Fr.mul(sums2.c, kc.sizeFe), etaC);
    const vX = c.input.vanishingAt(beta);
    const lag = c.input.lagrangeAt(beta);
    const term = new Lc("");
    comb.instances.forEach((ic, j) => {
      const x = c.inputs[j].reduce((acc, v, k) => Fr.add(acc, Fr.mul(v, lag[k])), 0n);
      const w = witnessLabel(c.id, "w", j);
      const l = new Lc("");
      for (const s of [sa, sb, sc])
        l.add(Fr.mul(s, x), null).add(Fr.mul(s, vX), w);
      term.addScaled(ic, l);
    });
    term.scale(selector(max.variable, c.variable, beta));
    lineval.addScaled(comb.circuit, term);
  });
  lineval.add(Fr.neg(max.variable.vanishingAt(beta)), "h_1").add(Fr.neg(Fr.mul(beta, proof.evals.g1)), null).add(Fr.neg(lineSumTotal), null);
  out.set("g_1", new Lc("g_1").add(1n, "g_1"));
  out.set(lineval.label, lineval);
  const matrix = new Lc("matrix_sumcheck");
  circuits2.forEach((c, i) => {
    const vRC = Fr.mul(c.constraint.vanishingAt(alpha), c.variable.vanishingAt(beta));
    const rc = Fr.mul(c.constraint.sizeFe, c.variable.sizeFe);
    const sums2 = proof.fourthSums[i];
    ["a", "b", "c"].forEach((m, k) => {
      const gm = witnessLabel(c.id, `g_${m}`, 0);
      const gmAtGamma = [proof.evals.ga, proof.evals.gb, proof.evals.gc][k]?.[i];
      const id = `circuit_${c.id}`;
      const a2 = new Lc("").add(vRC, `${id}_row_col_val_${m}`);
      const b = new Lc("").add(Fr.mul(alpha, beta), null).add(Fr.neg(alpha), `${id}_col_${m}`).add(Fr.neg(beta), `${id}_row_${m}`).add(1n, `${id}_row_col_${m}`).scale(rc);
      b.scale(Fr.add(Fr.mul(gamma, gmAtGamma), sums2[m]));
      const term = a2.addScaled(Fr.neg(1n), b).scale(selector(max.nonZero, c.nonZero[k], gamma));
      matrix.addScaled(ch.delta[k][i], term);
      out.set(gm, new Lc(gm).add(1n, gm));
    });
  });
  matrix.add(Fr.neg(max.nonZero.vanishingAt(gamma)), "h_2");
  out.set(matrix.label, matrix);
  return out;
}
function circuitDomains(info) {
  return {
    input: Domain.of(info.numPublicInputs),
    variable: Domain.of(info.numVariables),
    constraint: Domain.of(info.numConstraints),
    nonZero: [Domain.of(info.nonZeroA), Domain.of(info.nonZeroB), Domain.of(info.nonZeroC)]
  };
}

// dist/avm/varuna/kzg.js
function checkCombinations(srs, lcs, commitments, queries, evaluations, openings, sponge) {
  const evals = new Map(evaluations);
  const combos = /* @__PURE__ */ new Map();
  for (const lc of lcs.values()) {
    const terms = [];
    let bound;
    for (const [coeff, label] of lc.terms) {
      if (label === null) {
        const e = evals.get(lc.label);
        if (e !== void 0)
          evals.set(lc.label, Fr.sub(e, coeff));
        continue;
      }
      const c = commitments.get(label);
      if (!c)
        throw new VarunaInputError(`no commitment for polynomial ${label}`);
      if (c.degreeBound !== void 0) {
        if (lc.terms.length !== 1 || coeff !== 1n)
          throw new VarunaInputError(`equation ${lc.label} has degree bounds`);
        bound = c.degreeBound;
      }
      terms.push([coeff, c.commitment]);
    }
    combos.set(lc.label, { terms, bound });
  }
  const byPoint = /* @__PURE__ */ new Map();
  for (const q of queries) {
    const e = byPoint.get(q.pointName) ?? { point: q.point, labels: [] };
    e.labels.push(q.label);
    byPoint.set(q.pointName, e);
  }
  const points = [...byPoint.keys()].sort();
  if (points.length !== openings.length)
    return false;
  const unbounded = {
    bases: [srs.g, srs.gammaG],
    scalars: [0n, 0n]
  };
  const bounded = /* @__PURE__ */ new Map();
  const witness = { bases: [], scalars: [] };
  let r = 1n;
  points.forEach((name, i) => {
    const { point, labels } = byPoint.get(name);
    const open = openings[i];
    let combined = 0n;
    for (const label of [...labels].sort()) {
      const combo = combos.get(label);
      const v = evals.get(label);
      if (!combo || v === void 0)
        throw new VarunaInputError(`no evaluation of ${label} at ${name}`);
      const c = sponge.squeezeShortFr();
      combined = Fr.add(combined, Fr.mul(v, c));
      const k = Fr.mul(r, c);
      const target = combo.bound === void 0 ? unbounded : bounded.get(combo.bound) ?? bounded.set(combo.bound, { bases: [], scalars: [] }).get(combo.bound);
      for (const [coeff, comm] of combo.terms) {
        target.bases.push(comm);
        target.scalars.push(Fr.mul(k, coeff));
      }
    }
    unbounded.scalars[0] = Fr.sub(unbounded.scalars[0], Fr.mul(r, combined));
    unbounded.scalars[1] = Fr.sub(unbounded.scalars[1], Fr.mul(r, open.randomV ?? 0n));
    unbounded.bases.push(open.w);
    unbounded.scalars.push(Fr.mul(r, point));
    witness.bases.push(open.w);
    witness.scalars.push(r);
    r = sponge.squeezeShortFr();
  });
  const msm2 = (s) => g1Msm(s.bases.map(g1), s.scalars);
  const pairs = [[msm2(unbounded), g2(srs.h)]];
  for (const [bound, s] of bounded) {
    const h = srs.negPowersOfBetaH.get(bound);
    if (!h)
      throw new VarunaInputError(`the SRS has no shift for degree bound ${bound}`);
    pairs.push([msm2(s), g2(h)]);
  }
  pairs.push([g1Neg(msm2(witness)), g2(srs.betaH)]);
  return pairingProductIsOne(pairs);
}

// dist/avm/varuna/sponge.js
var RATE = 2;
var FULL = 8;
var PARTIAL = 31;
var P4 = Fq2.p;
var CAPACITY_BITS = Fq2.bits - 1;
var FR_CHALLENGE_BITS = Fr.bits - 1;
var SHORT_BITS = 168;
var params2;
var parameters = () => {
  params2 ??= poseidonArkMds(Fq2, RATE + 1);
  return params2;
};
function limbParameters(base, target) {
  const surfeit = 10;
  const maxLimb = Math.min(Math.floor((base - 1 - surfeit - 1) / 2) - 1, target);
  let best = { cost: Number.POSITIVE_INFINITY, numLimbs: 0, bitsPerLimb: 0 };
  for (let limb = 1; limb <= maxLimb; limb++) {
    const n = Math.ceil(target / limb);
    const groupSize = Math.floor((base - 1 - surfeit - 1 - 1 - limb + limb - 1) / limb);
    const groups = Math.floor((2 * n - 1 + groupSize - 1) / groupSize);
    const cost = 6 * n * n + target * 4 + target * 4 + n + n * n + 2 * (2 * n - 1) + n + groups + 6 * groups + (groups - 1) * (2 * limb + surfeit) * 4 + 2;
    if (cost < best.cost)
      best = { cost, numLimbs: n, bitsPerLimb: limb };
  }
  return best;
}
var LIMBS = limbParameters(Fq2.bits, Fr.bits);
function overhead(adds) {
  const bits = adds.toString(2).length;
  return (adds & adds - 1n) === 0n ? bits : bits + 1;
}
var LIMB_BITS = LIMBS.bitsPerLimb + overhead(2n);
var VarunaSponge = class {
  s = [0n, 0n, 0n];
  absorbing = true;
  next = 0;
  permute() {
    const { ark, mds } = parameters();
    let [a2, b, c] = this.s;
    for (let r = 0; r < FULL + PARTIAL; r++) {
      const k = ark[r];
      a2 = (a2 + k[0]) % P4;
      b = (b + k[1]) % P4;
      c = (c + k[2]) % P4;
      a2 = pow172(a2);
      if (r < FULL / 2 || r >= FULL / 2 + PARTIAL) {
        b = pow172(b);
        c = pow172(c);
      }
      const m0 = mds[0];
      const m1 = mds[1];
      const m2 = mds[2];
      const na = (m0[0] * a2 + m0[1] * b + m0[2] * c) % P4;
      const nb = (m1[0] * a2 + m1[1] * b + m1[2] * c) % P4;
      c = (m2[0] * a2 + m2[1] * b + m2[2] * c) % P4;
      a2 = na;
      b = nb;
    }
    this.s = [a2, b, c];
  }
  /** Absorbs Fq elements (AlgebraicSponge::absorb_native_field_elements). */
  absorbNative(input) {
    if (input.length === 0)
      return;
    let start = this.next;
    if (!this.absorbing) {
      this.permute();
      start = 0;
    } else if (start === RATE) {
      this.permute();
      start = 0;
    }
    let i = 0;
    for (; ; ) {
      const take = Math.min(RATE - start, input.length - i);
      for (let j = 0; j < take; j++)
        this.s[1 + start + j] = Fq2.add(this.s[1 + start + j], input[i + j]);
      i += take;
      if (i === input.length) {
        this.absorbing = true;
        this.next = start + take;
        return;
      }
      this.permute();
      start = 0;
    }
  }
  squeezeNative(n) {
    const out = [];
    if (n === 0)
      return out;
    let start = this.next;
    if (this.absorbing) {
      this.permute();
      start = 0;
    } else if (start === RATE) {
      this.permute();
      start = 0;
    }
    for (; ; ) {
      const take = Math.min(RATE - start, n - out.length);
      for (let j = 0; j < take; j++)
        out.push(this.s[1 + start + j]);
      if (out.length === n) {
        this.absorbing = false;
        this.next = start + take;
        return out;
      }
      this.permute();
      start = 0;
    }
  }
  /** absorb_bytes: the bytes' bits (MSB first) cut into 376-bit big-endian chunks. */
  absorbBytes(bytes) {
    let bits = "";
    for (const b of bytes)
      bits += b.toString(2).padStart(8, "0");
    const els = [];
    for (let i = 0; i < bits.length; i += CAPACITY_BITS)
      els.push(BigInt(`0b${bits.slice(i, i + CAPACITY_BITS)}`));
    this.absorbNative(els);
  }
  /** absorb_nonnative_field_elements: Fr elements as packed limbs. */
  absorbNonNative(elements) {
    const mask = (1n << BigInt(LIMBS.bitsPerLimb)) - 1n;
    const limbs2 = [];
    for (const e of elements) {
      const own = [];
      let cur = e;
      for (let i = 0; i < LIMBS.numLimbs; i++) {
        own.push(cur & mask);
        cur >>= BigInt(LIMBS.bitsPerLimb);
      }
      limbs2.push(...own.reverse());
    }
    const packed = [];
    const shift = 1n << BigInt(LIMB_BITS);
    for (let i = 0; i < limbs2.length; i++) {
      const first = limbs2[i];
      if (i + 1 < limbs2.length && 2 * LIMB_BITS <= CAPACITY_BITS) {
        packed.push(Fq2.mod(first * shift + limbs2[i + 1]));
        i++;
      } else
        packed.push(first);
    }
    this.absorbNative(packed);
  }
  /** Absorbs G1 commitments as snarkVM's ToConstraintField does: x, y, infinity. */
  absorbCommitments(points) {
    const els = [];
    for (const p of points)
      els.push(p.infinity ? 0n : p.x, p.infinity ? 1n : p.y, p.infinity ? 1n : 0n);
    this.absorbNative(els);
  }
  bits(n) {
    const els = this.squeezeNative(Math.ceil(n / CAPACITY_BITS));
    return els.map((e) => (e & (1n << BigInt(CAPACITY_BITS)) - 1n).toString(2).padStart(CAPACITY_BITS, "0")).join("").slice(0, n);
  }
  challenges(n, width) {
    const bits = this.bits(width * n);
    return Array.from({ length: n }, (_, i) => BigInt(`0b${bits.slice(i * width, (i + 1) * width)}`));
  }
  /** squeeze_nonnative_field_elements: n Fr challenges of 252 bits. */
  squeezeFr(n) {
    return this.challenges(n, FR_CHALLENGE_BITS);
  }
  /** squeeze_short_nonnative_field_element: one 168-bit Fr challenge. */
  squeezeShortFr() {
    return this.challenges(1, SHORT_BITS)[0];
  }
};
function pow172(x) {
  const x2 = x * x % P4;
  const x4 = x2 * x2 % P4;
  const x8 = x4 * x4 % P4;
  const x16 = x8 * x8 % P4;
  return x16 * x % P4;
}

// dist/avm/varuna/verifier.js
var PROTOCOL = new TextEncoder().encode("VARUNA-2023");
var INDEX_POLYS = ["col", "row", "row_col", "row_col_val"].flatMap((p) => ["a", "b", "c"].map((m) => `${p}_${m}`));
var INDEX_LABELS = [...INDEX_POLYS].sort();
var hex = (b) => Buffer.from(b).toString("hex");
var u64le = (n) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n), true);
  return b;
};
function absorbSums(sponge, sums2) {
  for (const s of sums2)
    sponge.absorbNonNative([s.a, s.b, s.c]);
}
function combiners(sponge, batchSizes) {
  return batchSizes.map((b, i) => {
    const els = sponge.squeezeFr(b - 1 + (i === 0 ? 0 : 1));
    return { circuit: i === 0 ? 1n : els[b - 1], instances: [1n, ...els.slice(0, b - 1)] };
  });
}
function prepare(entries, proof) {
  if (entries.length === 0)
    throw new VarunaInputError("empty batch");
  if (proof.batchSizes.length !== entries.length)
    throw new VarunaInputError(`the proof covers ${proof.batchSizes.length} circuits, ${entries.length} keys given`);
  let maxC = 0;
  let maxV = 0;
  let maxK;
  const circuits2 = entries.map((e, i) => {
    if (e.inputs.length !== proof.batchSizes[i])
      throw new VarunaInputError(`circuit ${i}: ${e.inputs.length} instances given, the proof has ${proof.batchSizes[i]}`);
    const d2 = circuitDomains(e.vk.info);
    maxC = Math.max(maxC, e.vk.info.numConstraints);
    maxV = Math.max(maxV, e.vk.info.numVariables);
    for (const k of d2.nonZero)
      if (!maxK || k.size > maxK.size)
        maxK = k;
    const inputs2 = e.inputs.map((x, j) => {
      if (x.length === 0 || x[0] !== 1n)
        throw new VarunaInputError(`circuit ${i} instance ${j}: the public inputs must start with 1`);
      if (x.length > d2.input.size)
        throw new VarunaInputError(`circuit ${i} instance ${j}: ${x.length} public inputs, the key takes ${d2.input.size}`);
      for (const v of x)
        if (v < 0n || v >= Fr.p)
          throw new VarunaInputError(`circuit ${i}: public input ${v} is not in Fr`);
      return [...x, ...new Array(d2.input.size - x.length).fill(0n)];
    });
    return { id: hex(e.vk.id), ...d2, inputs: inputs2 };
  });
  const { constraint, variable } = circuitDomains({
    ...entries[0].vk.info,
    numConstraints: maxC,
    numVariables: maxV
  });
  return { circuits: circuits2, max: { constraint, variable, nonZero: maxK } };
}
function verifyBatch(srs, batch, proof, version2) {
  const entries = [...batch].sort((a2, b) => Buffer.compare(a2.vk.id, b.vk.id));
  const { circuits: circuits2, max } = prepare(entries, proof);
  if (!proof.maskPoly || !proof.pc.some((o) => o.randomV !== void 0))
    return false;
  const sponge = new VarunaSponge();
  sponge.absorbBytes(PROTOCOL);
  circuits2.forEach((c, i) => {
    sponge.absorbBytes(u64le(proof.batchSizes[i]));
    for (const x of c.inputs)
      sponge.absorbNonNative(x);
  });
  for (const e of entries)
    sponge.absorbCommitments(e.vk.commitments);
  const comms = /* @__PURE__ */ new Map();
  const put = (label, c, degreeBound) => comms.set(label, { commitment: c, degreeBound });
  entries.forEach((e, i) => {
    INDEX_LABELS.forEach((l, k) => {
      put(`circuit_${circuits2[i].id}_${l}`, e.vk.commitments[k]);
    });
  });
  let w = 0;
  circuits2.forEach((c, i) => {
    for (let j = 0; j < proof.batchSizes[i]; j++)
      put(witnessLabel(c.id, "w", j), proof.w[w++]);
  });
  put("mask_poly", proof.maskPoly);
  sponge.absorbCommitments([...proof.w, proof.maskPoly]);
  const first = combiners(sponge, proof.batchSizes);
  put("h_0", proof.h0);
  sponge.absorbCommitments([proof.h0]);
  const [alpha, etaB1, etaC1] = sponge.squeezeFr(version2 === 1 ? 3 : 1);
  if (max.constraint.vanishingAt(alpha) === 0n)
    return false;
  const sums3 = proof.thirdSums.flat();
  let third = first;
  let etaB = etaB1;
  let etaC = etaC1;
  if (version2 === 2) {
    absorbSums(sponge, sums3);
    third = combiners(sponge, proof.batchSizes);
    [etaB, etaC] = sponge.squeezeFr(2);
  }
  put("g_1", proof.g1, max.variable.size - 2);
  put("h_1", proof.h1);
  sponge.absorbCommitments([proof.g1, proof.h1]);
  if (version2 === 1)
    absorbSums(sponge, sums3);
  const [beta] = sponge.squeezeFr(1);
  if (max.variable.vanishingAt(beta) === 0n)
    return false;
  const fourth = [];
  circuits2.forEach((c, i) => {
    ["a", "b", "c"].forEach((m, k) => {
      const g = [proof.ga, proof.gb, proof.gc][k]?.[i];
      put(witnessLabel(c.id, `g_${m}`, 0), g, c.nonZero[k].size - 2);
      fourth.push(g);
    });
  });
  sponge.absorbCommitments(fourth);
  absorbSums(sponge, proof.fourthSums);
  const delta = [[1n], [], []];
  const [db, dc] = sponge.squeezeFr(2);
  delta[1].push(db);
  delta[2].push(dc);
  for (let i = 1; i < circuits2.length; i++) {
    const [a2, b, c] = sponge.squeezeFr(3);
    delta[0].push(a2);
    delta[1].push(b);
    delta[2].push(c);
  }
  put("h_2", proof.h2);
  sponge.absorbCommitments([proof.h2]);
  const [gamma] = sponge.squeezeFr(1);
  if (max.nonZero.vanishingAt(gamma) === 0n)
    return false;
  const ev = proof.evals;
  sponge.absorbNonNative([ev.g1, ...ev.ga, ...ev.gb, ...ev.gc]);
  const queries = [];
  const evaluations = /* @__PURE__ */ new Map();
  circuits2.forEach((c, i) => {
    ["a", "b", "c"].forEach((m, k) => {
      const label = witnessLabel(c.id, `g_${m}`, 0);
      queries.push({ label, pointName: "gamma", point: gamma });
      evaluations.set(label, [ev.ga, ev.gb, ev.gc][k]?.[i]);
    });
  });
  queries.push({ label: "g_1", pointName: "beta", point: beta }, { label: "lineval_sumcheck", pointName: "beta", point: beta }, { label: "matrix_sumcheck", pointName: "gamma", point: gamma }, { label: "rowcheck_zerocheck", pointName: "alpha", point: alpha });
  evaluations.set("g_1", ev.g1);
  for (const l of ["lineval_sumcheck", "matrix_sumcheck", "rowcheck_zerocheck"])
    evaluations.set(l, 0n);
  const ch = { alpha, beta, gamma, etaB, etaC, first, third, delta };
  const lcs = linearCombinations(circuits2, max, ch, proof);
  return checkCombinations(srs, lcs, comms, queries, evaluations, proof.pc, sponge);
}

// dist/avm/instructions/snark.js
var MAX_CIRCUITS = 32;
var MAX_INSTANCES = 128;
function arrayDims(t, base) {
  if (t.kind !== "plaintext")
    return void 0;
  const dims = [];
  let p = t.type;
  while (p.kind === "array") {
    dims.push(p.length);
    p = p.element;
  }
  return p.kind === "literal" && p.type === base ? dims : void 0;
}
var typeText = (t) => t.kind === "plaintext" ? plaintextTypeToString(t.type) : t.kind;
function halt2(e) {
  if (e instanceof VarunaDecodeError)
    throw new AleoHalt(e.shortMessage, { cause: e });
  throw e;
}
function arrayOf(v, what) {
  if (v.kind !== "array")
    throw new AleoHalt(`Expected ${what} to be an array.`);
  return v.elements;
}
function bytesOf(v, what) {
  return Uint8Array.from(arrayOf(v, what).map((e) => {
    if (e.kind !== "literal" || e.literal.type !== "u8")
      throw new AleoHalt(`Expected ${what} to be a byte array.`);
    return Number(e.literal.value);
  }));
}
function fieldsOf(v, what) {
  return arrayOf(v, what).map((e) => {
    if (e.kind !== "literal" || e.literal.type !== "field")
      throw new AleoHalt(`Expected ${what} to be a field array.`);
    return e.literal.value;
  });
}
var key = (v) => {
  try {
    return decodeVerifyingKey(bytesOf(v, "the verifying key"), { trailing: true });
  } catch (e) {
    return halt2(e);
  }
};
function trimmed(vk, inputs2) {
  const n = vk.info.numPublicInputs;
  if (inputs2.length < n)
    throw new AleoHalt(`The number of public inputs (${inputs2.length}) is less than the expected number of public inputs (${n}).`);
  if (inputs2.slice(n).some((x) => x !== 0n))
    throw new AleoHalt("Excess public inputs must be zero.");
  return inputs2.slice(0, n);
}
function version(v) {
  if (v.kind !== "literal" || v.literal.type !== "u8")
    throw new AleoHalt("Expected the Varuna version to be a U8 literal.");
  const n = Number(v.literal.value);
  if (n !== 1 && n !== 2)
    throw new AleoHalt(`Invalid Varuna version ${n}`);
  return n;
}
function verdict(batch, proofValue, v) {
  let proof;
  try {
    proof = decodeProof(bytesOf(proofValue, "the proof"), { trailing: true });
  } catch (e) {
    return halt2(e);
  }
  const ids = new Set(batch.map((e) => Buffer.from(e.vk.id).toString("hex")));
  if (ids.size !== batch.length)
    return false;
  try {
    return verifyBatch(loadVerifierSrs(), batch, proof, v);
  } catch (e) {
    if (e instanceof VarunaInputError || e instanceof VarunaDecodeError)
      return false;
    throw e;
  }
}
function snarkSpec(name) {
  const batch = name === "snark.verify.batch";
  return {
    name,
    family: "snark",
    shape: fixedShape(4, 1, false),
    restrict: (ins, scope) => scope === "finalize" ? void 0 : `Forbidden operation: Instruction '${ins.opcode}' cannot invoke command '${name}'.`,
    check: (c, ins, types) => {
      const fail2 = (msg) => c.fail(`Instruction '${name}' ${msg}`, ins.pos);
      const [vks, ver, inputs2, proof] = types;
      const vkDims = arrayDims(vks, "u8");
      if (vkDims?.length !== (batch ? 2 : 1))
        fail2(`expects the first input to be ${batch ? "a 2-dimensional byte array" : "a byte array"}. Found input of type '${typeText(vks)}'`);
      if (ver.kind !== "plaintext" || ver.type.kind !== "literal" || ver.type.type !== "u8")
        fail2(`expects the second input to be a U8 literal. Found input of type '${typeText(ver)}'`);
      const inDims = arrayDims(inputs2, "field");
      if (inDims?.length !== (batch ? 3 : 1))
        fail2(`expects the third input to be ${batch ? "a 3-dimensional array of fields" : "an array of fields"}. Found input of type '${typeText(inputs2)}'`);
      const circuits2 = batch ? inDims[0] : 1;
      const instances = batch ? inDims[1] * circuits2 : 1;
      const keys = batch ? vkDims[0] : 1;
      if (circuits2 !== keys)
        fail2(`expects the number of circuits (${circuits2}) to match the number of verifying keys (${keys}).`);
      if (circuits2 > MAX_CIRCUITS)
        fail2(`supports a maximum of ${MAX_CIRCUITS} batched circuits, found ${circuits2} circuits.`);
      if (instances > MAX_INSTANCES)
        fail2(`supports a maximum of ${MAX_INSTANCES} batched instances, found ${instances} instances.`);
      if (!arrayDims(proof, "u8")?.length)
        fail2(`expects the fourth input to be a byte array. Found input of type '${typeText(proof)}'`);
      return [literalRegisterType("boolean")];
    },
    evaluate: (_frame, _ins, args) => {
      const [vkArg, verArg, inputsArg, proofArg] = args;
      const v = version(verArg);
      const inputs2 = arrayOf(inputsArg, "the inputs");
      let entries;
      if (!batch) {
        const vk = key(vkArg);
        entries = [{ vk, inputs: [trimmed(vk, fieldsOf(inputsArg, "the inputs"))] }];
      } else {
        const vks = arrayOf(vkArg, "the verifying keys").map(key);
        if (vks.length !== inputs2.length)
          throw new AleoHalt(`The number of verifying keys (${vks.length}) does not match the number of input batches (${inputs2.length})`);
        entries = vks.map((vk, i) => ({
          vk,
          inputs: arrayOf(inputs2[i], "an inner array of inputs").map((x) => trimmed(vk, fieldsOf(x, "the inputs")))
        }));
      }
      return [{ kind: "literal", literal: { type: "boolean", value: verdict(entries, proofArg, v) } }];
    }
  };
}
var SNARK = [snarkSpec("snark.verify"), snarkSpec("snark.verify.batch")];
var usesSnarkVerify = (program) => [...program.functions.values()].some((f2) => f2.finalize?.commands.some((c) => c.kind === "instruction" && c.instruction.spec.family === "snark"));

// dist/avm/instructions/ternary.js
var TERNARY = row("ternary", 3, ["address", "boolean", "field", "group", ...INTS, "scalar", "signature"].map((t) => [["boolean", t, t], t]), ([c, x, y]) => c.value ? x : y, ([c, a2, b]) => {
  if (c.type !== "boolean")
    throw new CircuitHalt("ternary condition must be a boolean");
  return ternaryLiteral(c.b, a2, b);
});

// dist/avm/instructions/table.js
var specs = [
  ...ARITHMETIC.map((op) => literalSpec("arithmetic", op)),
  ...BITWISE.map((op) => literalSpec("bitwise", op)),
  ...COMPARE.map((op) => literalSpec("compare", op)),
  literalSpec("ternary", TERNARY),
  ...EQUALITY,
  ...HASH,
  ...COMMIT,
  ...SIGN,
  ...SNARK,
  ...CAST,
  ...CALL,
  ...ASYNC
];
var OPCODES = new Map(specs.map((s) => [s.name, s]));

// dist/avm/parser/program.js
var pos = (t) => ({ line: t.line, column: t.column });
function parseProgram(source) {
  const ts = new TokenStream(tokenize(source), true);
  const imports = [];
  ts.statement();
  while (ts.is("import")) {
    ts.next();
    const id = ts.word("a program id");
    if (!isProgramId(id.text))
      throw ts.error(`invalid program id '${id.text}'`, id);
    if (imports.includes(id.text))
      throw ts.error(`duplicate import '${id.text}'`, id);
    imports.push(id.text);
    ts.expect(";");
    ts.statement();
  }
  ts.expect("program");
  const idTok = ts.word("a program id");
  if (!isProgramId(idTok.text))
    throw ts.error(`invalid program id '${idTok.text}' (expected NAME.aleo)`, idTok);
  if (KEYWORDS.has(idTok.text.slice(0, -".aleo".length)))
    throw ts.error(`Program name is invalid: ${idTok.text.slice(0, -".aleo".length)}`, idTok);
  ts.expect(";");
  const mappings = /* @__PURE__ */ new Map();
  const structs = /* @__PURE__ */ new Map();
  const records = /* @__PURE__ */ new Map();
  const closures = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  let ctor;
  const declare = (t) => {
    checkName(ts, t);
    if (names.has(t.text))
      throw ts.error(`'${t.text}' is already declared`, t);
    names.add(t.text);
  };
  while (!ts.atEnd()) {
    ts.statement();
    const kw = ts.word("'mapping', 'struct', 'record', 'closure', 'function' or 'constructor'");
    if (kw.text === "constructor") {
      if (ctor)
        throw ts.error("duplicate constructor", kw);
      ts.expect(":");
      ctor = finalizeBody(ts, "constructor", pos(kw), false);
      continue;
    }
    const name = ts.word("a name");
    ts.expect(":");
    switch (kw.text) {
      case "mapping": {
        declare(name);
        ts.statement();
        ts.expect("key");
        ts.expect("as");
        const key3 = mappingType(ts);
        ts.expect(";");
        ts.statement();
        ts.expect("value");
        ts.expect("as");
        const value = mappingType(ts);
        ts.expect(";");
        mappings.set(name.text, { name: name.text, key: key3, value, pos: pos(name) });
        break;
      }
      case "struct":
        declare(name);
        structs.set(name.text, { name: name.text, members: structMembers(ts), pos: pos(name) });
        break;
      case "record":
        declare(name);
        records.set(name.text, recordDef(ts, name));
        break;
      case "closure":
        declare(name);
        closures.set(name.text, closureDef(ts, name));
        break;
      case "function":
        declare(name);
        functions.set(name.text, functionDef(ts, name));
        break;
      default:
        throw ts.error(`expected 'mapping', 'struct', 'record', 'closure' or 'function', found '${kw.text}'`, kw);
    }
  }
  return { id: idTok.text, imports, mappings, structs, records, closures, functions, ctor, source };
}
var KEYWORDS = new Set(`const constant public private address boolean field group i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 scalar
signature string true false input output as into record owner transition import function struct closure
program aleo self storage mapping key value async finalize global block return break assert continue let if
else while for switch case default match enum struct union trait impl type future`.split(/\s+/));
function checkName(ts, t) {
  if (!isIdentifier(t.text))
    throw ts.error(`invalid identifier '${t.text}'`, t);
  if (t.text.length > 31)
    throw ts.error(`identifier '${t.text}' is longer than 31 bytes`, t);
  if (KEYWORDS.has(t.text))
    throw ts.error(`'${t.text}' is a reserved keyword.`, t);
  if (OPCODES.has(t.text))
    throw ts.error(`'${t.text}' is a reserved opcode.`, t);
}
function structMembers(ts) {
  const members2 = /* @__PURE__ */ new Map();
  while (ts.peek(1).text === "as" && isIdentifier(ts.peek().text) && !isBlockKeyword(ts)) {
    ts.statement();
    const m = ts.next();
    if (KEYWORDS.has(m.text))
      throw ts.error(`'${m.text}' is a reserved keyword.`, m);
    if (members2.has(m.text))
      throw ts.error(`duplicate member '${m.text}'`, m);
    ts.expect("as");
    members2.set(m.text, plaintextType(ts));
    ts.expect(";");
  }
  if (members2.size === 0)
    throw ts.error("a struct needs at least one member");
  return members2;
}
function isBlockKeyword(ts) {
  return ts.peek(2).text === ":" && ["mapping", "struct", "record", "closure", "function"].includes(ts.peek().text);
}
function recordDef(ts, name) {
  ts.statement();
  ts.expect("owner");
  ts.expect("as");
  const ot = ts.word("address.public or address.private");
  if (ot.text !== "address.public" && ot.text !== "address.private")
    throw ts.error(`the owner must be address.public or address.private, found '${ot.text}'`, ot);
  ts.expect(";");
  const entries = /* @__PURE__ */ new Map();
  while (ts.peek(1).text === "as" && isIdentifier(ts.peek().text) && !isBlockKeyword(ts)) {
    ts.statement();
    const m = ts.next();
    if (m.text === "owner" || entries.has(m.text))
      throw ts.error(`duplicate entry '${m.text}'`, m);
    ts.expect("as");
    const vt = valueType(ts);
    if (vt.kind !== "plaintext")
      throw ts.error("record entries must be plaintexts", m);
    entries.set(m.text, { type: vt.type, visibility: vt.visibility });
    ts.expect(";");
  }
  return {
    name: name.text,
    ownerVisibility: ot.text === "address.public" ? "public" : "private",
    entries,
    pos: pos(name)
  };
}
function register(ts, what = "a register") {
  const t = ts.word(what);
  const m = /^r([0-9]+)$/.exec(t.text);
  if (!m)
    throw ts.error(`expected ${what}, found '${t.text}'`, t);
  return Number(m[1]);
}
function inputs(ts, parse) {
  const out = [];
  while (ts.is("input")) {
    ts.statement();
    const kw = ts.next();
    const r = register(ts);
    ts.expect("as");
    out.push({ register: r, type: parse(ts), pos: pos(kw) });
    ts.expect(";");
  }
  return out;
}
function outputs(ts, parse) {
  const out = [];
  while (ts.is("output")) {
    ts.statement();
    const kw = ts.next();
    const operand = parseOperand(ts);
    ts.expect("as");
    out.push({ operand, type: parse(ts), pos: pos(kw) });
    ts.expect(";");
  }
  return out;
}
function closureDef(ts, name) {
  const ins = inputs(ts, registerType);
  const instructions = [];
  while (!ts.is("output") && !ts.atEnd() && !isBlockKeyword(ts) && !ts.is("constructor"))
    instructions.push(instruction(ts));
  const outs = outputs(ts, registerType);
  return { name: name.text, inputs: ins, instructions, outputs: outs, pos: pos(name) };
}
function functionDef(ts, name) {
  const ins = inputs(ts, valueType);
  const instructions = [];
  while (!ts.is("output") && !ts.atEnd() && !isBlockKeyword(ts) && !ts.is("finalize") && !ts.is("constructor"))
    instructions.push(instruction(ts));
  const outs = outputs(ts, valueType);
  let finalize;
  if (ts.is("finalize")) {
    ts.statement();
    const kw = ts.next();
    const fname = ts.word("the finalize name");
    if (fname.text !== name.text)
      throw ts.error(`finalize '${fname.text}' must be named like its function '${name.text}'`, fname);
    ts.expect(":");
    finalize = finalizeBody(ts, fname.text, pos(kw), true);
  }
  return { name: name.text, inputs: ins, instructions, outputs: outs, finalize, pos: pos(name) };
}
function finalizeBody(ts, name, at, withInputs) {
  const ins = withInputs ? inputs(ts, finalizeType) : [];
  const commands = [];
  const positions = /* @__PURE__ */ new Map();
  while (!ts.atEnd() && !isBlockKeyword(ts) && !ts.is("constructor")) {
    const c = command(ts);
    if (c.kind === "position") {
      if (positions.has(c.label))
        throw ts.error(`duplicate position '${c.label}'`);
      if (positions.size >= 255)
        throw ts.error("Cannot add more than 255 positions");
      positions.set(c.label, commands.length);
    }
    commands.push(c);
  }
  return { name, inputs: ins, commands, positions, pos: at };
}
function parseOperand(ts) {
  const t = ts.peek();
  if (t.kind === "string") {
    ts.next();
    return { kind: "literal", literal: literal(ts, t) };
  }
  const w = ts.word("an operand");
  switch (w.text) {
    case "self.signer":
      return { kind: "signer" };
    case "self.caller":
      return { kind: "caller" };
    case "block.height":
      return { kind: "block_height" };
    case "network.id":
      return { kind: "network_id" };
  }
  if (isProgramId(w.text))
    return { kind: "program_id", id: w.text };
  const m = /^r([0-9]+)((?:\.[A-Za-z][A-Za-z0-9_]*)*)$/.exec(w.text);
  if (m) {
    const path = members(m[2]);
    while (ts.is("[") && adjacent(ts.peek(-1), ts.peek())) {
      const open = ts.next();
      const idx = ts.word("an index");
      const im = /^([0-9][0-9_]*)u32$/.exec(idx.text);
      if (!im || !adjacent(open, idx) || !adjacent(idx, ts.peek()))
        throw ts.error(`expected an index such as [0u32], found '${idx.text}'`, idx);
      ts.expect("]");
      path.push({ kind: "index", index: Number(im[1].replaceAll("_", "")) });
      const next = ts.peek();
      if (next.kind === "word" && next.text.startsWith(".") && /^(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(next.text)) {
        ts.next();
        path.push(...members(next.text));
      }
    }
    if (path.length > 32)
      throw ts.error(`Register 'r${Number(m[1])}' has too many accesses (${path.length})`, w);
    return { kind: "register", index: Number(m[1]), path };
  }
  return { kind: "literal", literal: literal(ts, w) };
}
function members(text) {
  return text.split(".").filter((s) => s !== "").map((name) => ({ kind: "member", name }));
}
function literal(ts, t) {
  try {
    return parseLiteral(t.text);
  } catch (e) {
    if (e instanceof AleoValueError)
      throw ts.error(e.shortMessage, t);
    throw e;
  }
}
function locator(ts) {
  const first = ts.word("a name");
  if (ts.is("/")) {
    const slash = ts.next();
    if (!isProgramId(first.text))
      throw ts.error(`invalid program id '${first.text}'`, first);
    if (!adjacent(first, slash) || slash.column + 1 !== ts.peek().column || slash.line !== ts.peek().line)
      throw ts.error(`no space is allowed around '/' in '${first.text}/\u2026'`, slash);
    const name = ts.word("a name");
    if (!isIdentifier(name.text))
      throw ts.error(`invalid identifier '${name.text}'`, name);
    return { program: first.text, name: name.text };
  }
  if (!isIdentifier(first.text))
    throw ts.error(`invalid identifier '${first.text}'`, first);
  return { name: first.text };
}
function instruction(ts) {
  ts.statement();
  const op = ts.word("an instruction");
  const spec = OPCODES.get(op.text);
  if (!spec)
    throw ts.error(`unknown instruction '${op.text}'`, op);
  let callee;
  if (op.text === "call" || op.text === "async")
    callee = locator(ts);
  const operands = [];
  while (!ts.is("into") && !ts.is(";") && !ts.atEnd())
    operands.push(parseOperand(ts));
  const destinations = [];
  if (ts.accept("into")) {
    while (!ts.is(";") && !ts.is("as") && !ts.atEnd())
      destinations.push(register(ts, "a destination register"));
    if (destinations.length === 0)
      throw ts.error(`'${op.text}' needs a destination register after 'into'`);
  }
  let ct;
  if (ts.accept("as"))
    ct = castType(ts);
  ts.expect(";");
  const ins = {
    opcode: op.text,
    spec,
    operands,
    destinations,
    castType: ct,
    callee,
    pos: pos(op)
  };
  spec.shape(ins, (msg) => ts.error(msg, op));
  return ins;
}
function mappingAccess(ts) {
  const mapping = locator(ts);
  if (!adjacent(ts.peek(-1), ts.peek()))
    throw ts.error(`expected '[' right after the mapping name`);
  ts.expect("[");
  const key3 = parseOperand(ts);
  ts.expect("]");
  return { mapping, key: key3 };
}
function command(ts) {
  ts.statement();
  const t = ts.peek();
  const at = pos(t);
  switch (t.text) {
    case "get":
    case "contains": {
      ts.next();
      const { mapping, key: key3 } = mappingAccess(ts);
      ts.expect("into");
      const destination = register(ts);
      ts.expect(";");
      return { kind: t.text, mapping, key: key3, destination, pos: at };
    }
    case "get.or_use": {
      ts.next();
      const { mapping, key: key3 } = mappingAccess(ts);
      const fallback = parseOperand(ts);
      ts.expect("into");
      const destination = register(ts);
      ts.expect(";");
      return { kind: "get.or_use", mapping, key: key3, fallback, destination, pos: at };
    }
    case "set": {
      ts.next();
      const value = parseOperand(ts);
      ts.expect("into");
      const { mapping, key: key3 } = mappingAccess(ts);
      if (mapping.program)
        throw ts.error("set can only write a mapping of this program", t);
      ts.expect(";");
      return { kind: "set", mapping: mapping.name, key: key3, value, pos: at };
    }
    case "remove": {
      ts.next();
      const { mapping, key: key3 } = mappingAccess(ts);
      if (mapping.program)
        throw ts.error("remove can only change a mapping of this program", t);
      ts.expect(";");
      return { kind: "remove", mapping: mapping.name, key: key3, pos: at };
    }
    case "rand.chacha": {
      ts.next();
      const operands = [];
      while (!ts.is("into") && !ts.atEnd())
        operands.push(parseOperand(ts));
      if (operands.length > 2)
        throw ts.error("rand.chacha takes at most 2 operands", t);
      ts.expect("into");
      const destination = register(ts);
      ts.expect("as");
      const typeTok = ts.peek();
      const type = literalTypeName(ts);
      if (type === "string")
        throw ts.error(`Failed to parse 'rand.chacha': 'string' is invalid`, typeTok);
      ts.expect(";");
      return { kind: "rand.chacha", operands, destination, type, pos: at };
    }
    case "branch.eq":
    case "branch.neq": {
      ts.next();
      const first = parseOperand(ts);
      const second = parseOperand(ts);
      ts.expect("to");
      const label = ts.word("a label");
      if (!isIdentifier(label.text))
        throw ts.error(`invalid label '${label.text}'`, label);
      ts.expect(";");
      return { kind: t.text, first, second, label: label.text, pos: at };
    }
    case "position": {
      ts.next();
      const label = ts.word("a label");
      if (!isIdentifier(label.text))
        throw ts.error(`invalid label '${label.text}'`, label);
      ts.expect(";");
      return { kind: "position", label: label.text, pos: at };
    }
    case "await": {
      ts.next();
      const r = register(ts);
      ts.expect(";");
      return { kind: "await", register: r, pos: at };
    }
    default:
      return { kind: "instruction", instruction: instruction(ts), pos: at };
  }
}

// dist/avm/transition/merkle.js
var TRANSITION_DEPTH = 5;
function hashChildren(l, r) {
  const bits = [true];
  pushUintBits(bits, l, Fq.bits);
  pushUintBits(bits, r, Fq.bits);
  return bhpHash("bhp512", bits);
}
function hashLeaf(index, leaf) {
  const bits = [false];
  pushUintBits(bits, 1n, 8);
  pushUintBits(bits, BigInt(index), 8);
  pushUintBits(bits, BigInt(leaf.variant), 8);
  pushUintBits(bits, leaf.id, Fq.bits);
  return bhpHash("bhp1024", bits);
}
function transitionRoot(leaves) {
  let maxLeaves = 1;
  while (maxLeaves < leaves.length)
    maxLeaves *= 2;
  const numNodes = maxLeaves - 1;
  const treeDepth = Math.log2(maxLeaves);
  const empty = hashChildren(0n, 0n);
  const size = Math.max(1, numNodes + leaves.length + (leaves.length > 1 ? leaves.length % 2 : 0));
  const tree = new Array(size).fill(empty);
  leaves.forEach((l, i) => {
    tree[numNodes + i] = hashLeaf(i, l);
  });
  let start = numNodes;
  while (start > 0) {
    const parentStart = Math.floor((start - 1) / 2);
    const end = 2 * parentStart + 1;
    for (let i = parentStart; i < end; i++) {
      const left = 2 * i + 1;
      tree[i] = left < tree.length ? hashChildren(tree[left], tree[left + 1]) : hashChildren(empty, empty);
    }
    start = parentStart;
  }
  let root = tree[0];
  for (let d2 = treeDepth; d2 < TRANSITION_DEPTH; d2++)
    root = hashChildren(root, empty);
  return root;
}
function transitionId(leaves, tcm) {
  const bits = [];
  pushUintBits(bits, transitionRoot(leaves), Fq.bits);
  pushUintBits(bits, tcm, Fq.bits);
  return bhpHash("bhp512", bits);
}
var transitionIdToString = (id) => bech32mEncode("au", bigintToBytesLe(id, 32));

// dist/avm/transition/request.js
var VARIANT = {
  constant: 0,
  public: 1,
  private: 2,
  record: 3,
  external_record: 4,
  future: 5
};
function inputType(t) {
  return t.kind === "plaintext" ? t.visibility : t.kind;
}
function signRequest(account, program, fn, inputs2, types, randomness2, rootTvk, isRoot, networkId = 0) {
  const signer = account.address;
  let r;
  let tvk;
  if (randomness2.nonce !== void 0) {
    r = poseidonHashToScalar(4, [serialNumberDomain(), account.skSig, randomness2.nonce]);
    tvk = mul(signer, r).x;
  } else if (randomness2.tvk !== void 0)
    tvk = randomness2.tvk;
  else
    throw new AleoHalt("a request needs a nonce or a tvk");
  const tcm = poseidonHash(2, [tvk]);
  const scm = poseidonHash(2, [signer.x, rootTvk ?? tvk]);
  const fid = functionId(program, fn, networkId);
  const message = [tvk, tcm, fid, isRoot ? 1n : 0n];
  let complete = true;
  const ids = inputs2.map((value, index) => {
    const type = inputType(types[index]);
    if (type === "constant" || type === "public") {
      const id = valueHash(fid, value, tcm, index);
      message.push(id);
      return { type, id };
    }
    if (type === "private") {
      if (value.kind !== "literal" && value.kind !== "struct" && value.kind !== "array")
        throw new AleoHalt(`input ${index} must be a plaintext`);
      const ct = encryptPlaintext(value, privateKey(fid, tvk, index));
      const id = poseidonHash(8, ct);
      message.push(id);
      return { type, id, ciphertext: ciphertextToString(ct) };
    }
    if (value.kind !== "record")
      throw new AleoHalt(`input ${index} must be a record`);
    if (type === "external_record") {
      const id = valueHash(fid, value, tvk, index);
      message.push(id);
      return { type, id };
    }
    const rec = recordInput(account, program, types[index].name, value, r);
    if (rec.hr === void 0)
      complete = false;
    message.push(rec.h.x, rec.hr?.x ?? 0n, rec.gamma.x, rec.tag);
    return { type, id: rec.serialNumber, record: rec };
  });
  let signature;
  let tpk;
  if (r !== void 0) {
    tpk = gMul(r);
    const challenge = poseidonHashToScalar(8, [
      tpk.x,
      account.pkSig.x,
      account.prSig.x,
      signer.x,
      ...message
    ]);
    const response = Fs.sub(r, Fs.mul(challenge, account.skSig));
    signature = { challenge, response, pkSig: account.pkSig, prSig: account.prSig };
  }
  return {
    program,
    function: fn,
    signer,
    tvk,
    tcm,
    scm,
    tpk,
    signature,
    inputs: ids,
    inputValues: inputs2,
    message: complete ? message : void 0
  };
}
function recordInput(account, program, name, record, r) {
  if (record.owner.value.x !== account.address.x)
    throw new AleoHalt(`Input record '${program}/${name}' must belong to the signer`);
  const recordViewKey = recordViewKeyFromViewKey(record.nonce, account.viewKey);
  const commitment = recordCommitment(program, name, record, recordViewKey);
  const h = recordH(commitment);
  const gamma = mul(h, account.skSig);
  return {
    commitment,
    gamma,
    recordViewKey,
    h,
    hr: r === void 0 ? void 0 : mul(h, r),
    serialNumber: serialNumberFromGamma(gamma, commitment),
    tag: recordTag(account.skTag, commitment)
  };
}
function buildTransition(request, outputs2, types, registers, networkId = 0) {
  const fid = functionId(request.program, request.function, networkId);
  const n = request.inputs.length;
  const outs = outputs2.map((value, i) => {
    const t = types[i];
    const type = inputType(t);
    const index = n + i;
    if (type === "constant" || type === "public" || type === "future")
      return { type, id: valueHash(fid, value, request.tcm, index) };
    if (type === "private") {
      if (value.kind !== "literal" && value.kind !== "struct" && value.kind !== "array")
        throw new AleoHalt(`output ${i} must be a plaintext`);
      const ct = encryptPlaintext(value, privateKey(fid, request.tvk, index));
      return { type, id: poseidonHash(8, ct), ciphertext: ciphertextToString(ct) };
    }
    if (value.kind !== "record")
      throw new AleoHalt(`output ${i} must be a record`);
    if (type === "external_record")
      return { type, id: valueHash(fid, value, request.tvk, index) };
    const register2 = registers[i];
    if (register2 === void 0)
      throw new AleoHalt("Expected a register to be paired with a record output");
    const rvk = recordViewKeyFromRandomizer(value.owner.value, recordRandomizer(request.tvk, register2));
    const c = encryptRecord(value, rvk);
    return {
      type,
      id: recordCommitment(request.program, t.name, value, rvk),
      ciphertext: recordCiphertextToString(c),
      record: {
        checksum: bhpHash("bhp1024", recordCiphertextBits(c)),
        senderCiphertext: senderCiphertext(request.signer, rvk),
        nonce: value.nonce
      }
    };
  });
  const leaves = [
    ...request.inputs.map((x) => ({ variant: VARIANT[x.type], id: x.id })),
    ...outs.map((x) => ({ variant: VARIANT[x.type], id: x.id }))
  ];
  const idField = transitionId(leaves, request.tcm);
  return { ...request, id: transitionIdToString(idField), idField, outputs: outs, outputValues: outputs2 };
}

// dist/avm/process.js
var AleoProgram = class _AleoProgram {
  ast;
  imports;
  constructor(ast, imports = /* @__PURE__ */ new Map()) {
    this.ast = ast;
    this.imports = imports;
    new Checker(ast, new Map([...imports].map(([k, v]) => [k, v.ast]))).check();
  }
  static parse(source, imports = /* @__PURE__ */ new Map()) {
    return new _AleoProgram(parseProgram(source), imports);
  }
  get id() {
    return this.ast.id;
  }
  /** The program a locator names (this one or an import). */
  resolve(program) {
    if (program === void 0 || program === this.ast.id)
      return this;
    const p = this.imports.get(program);
    if (!p)
      throw new AleoHalt(`program '${program}' is not loaded`);
    return p;
  }
};
var programAddresses = /* @__PURE__ */ new Map();
function programAddress(id) {
  let a2 = programAddresses.get(id);
  if (!a2) {
    const [name, network] = id.split(".");
    a2 = poseidonHashToGroup(4, [identifierField(name), identifierField(network)]);
    programAddresses.set(id, a2);
  }
  return a2;
}
function identifierField(text) {
  let v = 0n;
  const bytes = new TextEncoder().encode(text);
  for (let i = bytes.length - 1; i >= 0; i--)
    v = v << 8n | BigInt(bytes[i]);
  return v;
}
var Frame = class {
  program;
  ctx;
  caller;
  tvk;
  rootTvk;
  regs = [];
  /** The transitions of the functions this frame called, in call order. */
  calls = [];
  constructor(program, ctx, caller, tvk, rootTvk) {
    this.program = program;
    this.ctx = ctx;
    this.caller = caller;
    this.tvk = tvk;
    this.rootTvk = rootTvk;
  }
  load(o) {
    switch (o.kind) {
      case "literal":
        return { kind: "literal", literal: o.literal };
      case "program_id":
        return { kind: "literal", literal: { type: "address", value: programAddress(o.id) } };
      case "signer":
        return { kind: "literal", literal: { type: "address", value: this.ctx.signer } };
      case "caller":
        return { kind: "literal", literal: { type: "address", value: this.caller } };
      case "block_height":
      case "network_id":
        throw new AleoHalt(`${o.kind} is only available in finalize`);
      case "register": {
        let v = this.regs[o.index];
        if (v === void 0)
          throw new AleoHalt(`register r${o.index} is not set`);
        for (const a2 of o.path)
          v = access(v, a2);
        return v;
      }
    }
  }
};
function access(v, a2) {
  if (a2.kind === "member") {
    if (v.kind === "struct") {
      const m = v.members.get(a2.name);
      if (m)
        return m;
    } else if (v.kind === "record") {
      if (a2.name === "owner")
        return { kind: "literal", literal: { type: "address", value: v.owner.value } };
      const e = v.data.get(a2.name);
      if (e)
        return e.value;
    }
    throw new AleoHalt(`no member '${a2.name}'`);
  }
  if (v.kind === "array" && a2.index < v.elements.length)
    return v.elements[a2.index];
  if (v.kind === "future" && a2.index < v.arguments.length)
    return v.arguments[a2.index];
  throw new AleoHalt(`index ${a2.index} out of bounds`);
}
function step(frame, ins, fnName) {
  const args = ins.operands.map((o) => frame.load(o));
  const outs = ins.spec.evaluate(frame, ins, args, fnName);
  ins.destinations.forEach((d2, i) => {
    frame.regs[d2] = outs[i];
  });
}
function runClosure(parent, program, c, args) {
  const frame = new Frame(program, parent.ctx, parent.caller, parent.tvk, parent.rootTvk);
  c.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i];
  });
  for (const ins of c.instructions)
    step(frame, ins);
  return c.outputs.map((o) => frame.load(o.operand));
}
function runFunction(program, name, args, ctx, caller, rootTvk) {
  const f2 = program.ast.functions.get(name);
  if (!f2)
    throw new AleoValueError(`program '${program.id}' has no function '${name}'`);
  if (args.length !== f2.inputs.length)
    throw new AleoValueError(`function '${name}' takes ${f2.inputs.length} inputs, found ${args.length}`);
  const rec = ctx.transitions;
  const request = rec ? signRequest(rec.account, program.id, name, args, f2.inputs.map((i) => i.type), rec.next(), rootTvk, rootTvk === void 0, rec.networkId) : void 0;
  const frame = new Frame(program, ctx, caller, request?.tvk, rootTvk ?? request?.tvk);
  f2.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i];
  });
  for (const ins of f2.instructions)
    step(frame, ins, name);
  const outputs2 = f2.outputs.map((o) => frame.load(o.operand));
  const last = outputs2.at(-1);
  const future = f2.finalize && last?.kind === "future" ? last : void 0;
  if (!rec || !request)
    return { outputs: outputs2, future };
  const registers = f2.outputs.map((o) => o.operand.kind === "register" && o.operand.path.length === 0 ? o.operand.index : void 0);
  const transition = buildTransition(request, outputs2, f2.outputs.map((o) => o.type), registers, rec.networkId);
  rec.list.push(transition);
  rec.callGraph.set(transition.idField, frame.calls.map((t) => t.idField));
  return { outputs: outputs2, future, transition };
}

// dist/avm/circuit/r1cs.js
import { createHash } from "node:crypto";
var nextPow2 = (n) => {
  let p = 1;
  while (p < n)
    p *= 2;
  return p;
};
function row2(lc, padded) {
  const m = /* @__PURE__ */ new Map();
  const put = (col, v) => {
    const s = Fq.add(m.get(col) ?? 0n, v);
    if (s === 0n)
      m.delete(col);
    else
      m.set(col, s);
  };
  for (const [k, v] of lc.terms)
    put((k & 1) === 0 ? k >> 1 : padded + (k >> 1), v);
  if (lc.constant !== 0n)
    put(0, lc.constant);
  return [...m].sort((x, y) => x[0] - y[0]);
}
function toMatrices(r1cs) {
  const numPublic = r1cs.publicValues.length;
  const padded = nextPow2(numPublic);
  return {
    a: r1cs.constraints.map((c) => row2(c.a, padded)),
    b: r1cs.constraints.map((c) => row2(c.b, padded)),
    c: r1cs.constraints.map((c) => row2(c.c, padded)),
    numPublic,
    numPaddedPublic: padded,
    numPrivate: r1cs.privateValues.length
  };
}
var count = (rows) => rows.reduce((n, r) => n + r.length, 0);
function indexed(m) {
  const zk = m.numPaddedPublic + m.numPrivate;
  const a2 = [...m.a, [[zk, 1n]]];
  const b = [...m.b, [[zk + 1, 1n]]];
  const c = [...m.c, [[zk + 2, 1n]]];
  return {
    a: a2,
    b,
    c,
    info: {
      numPublicInputs: m.numPaddedPublic,
      numVariables: m.numPaddedPublic + m.numPrivate + 3,
      numConstraints: a2.length,
      nonZero: { a: count(a2), b: count(b), c: count(c) }
    }
  };
}
var fieldBytes = /* @__PURE__ */ new Map();
var nibble = (c) => c <= 57 ? c - 48 : c - 87;
var Writer2 = class {
  buf = new Uint8Array(1 << 16);
  len = 0;
  ensure(n) {
    if (this.len + n <= this.buf.length)
      return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  u64(v) {
    this.ensure(8);
    const lo = v >>> 0;
    const hi = Math.floor(v / 2 ** 32);
    const b = this.buf;
    let n = this.len;
    b[n++] = lo & 255;
    b[n++] = lo >>> 8 & 255;
    b[n++] = lo >>> 16 & 255;
    b[n++] = lo >>> 24;
    b[n++] = hi & 255;
    b[n++] = hi >>> 8 & 255;
    b[n++] = hi >>> 16 & 255;
    b[n++] = hi >>> 24;
    this.len = n;
  }
  /** A field element, 32 bytes little-endian (coefficients repeat: their bytes are cached). */
  field(v) {
    this.ensure(32);
    let bytes = fieldBytes.get(v);
    if (!bytes) {
      bytes = new Uint8Array(32);
      const hex3 = v.toString(16).padStart(64, "0");
      for (let i = 0; i < 32; i++)
        bytes[i] = nibble(hex3.charCodeAt(62 - 2 * i)) << 4 | nibble(hex3.charCodeAt(63 - 2 * i));
      if (fieldBytes.size < 1 << 16)
        fieldBytes.set(v, bytes);
    }
    this.buf.set(bytes, this.len);
    this.len += 32;
  }
  bytes() {
    return this.buf.subarray(0, this.len);
  }
};
function circuitId(m) {
  const { a: a2, b, c, info } = indexed(m);
  const w = new Writer2();
  for (const v of [
    info.numPublicInputs,
    info.numVariables,
    info.numConstraints,
    info.nonZero.a,
    info.nonZero.b,
    info.nonZero.c
  ])
    w.u64(v);
  for (const mat of [a2, b, c]) {
    w.u64(mat.length);
    for (const r of mat) {
      w.u64(r.length);
      for (const [col, v] of r) {
        w.field(v);
        w.u64(col);
      }
    }
  }
  return { id: createHash("blake2s256").update(w.bytes()).digest("hex"), info };
}
function assignment(r1cs) {
  const padded = nextPow2(r1cs.publicValues.length);
  const z = [...r1cs.publicValues];
  while (z.length < padded)
    z.push(0n);
  return z.concat(r1cs.privateValues);
}
function firstUnsatisfied(m, z) {
  const dot2 = (r) => r.reduce((s, [col, v]) => (s + v * z[col]) % Fq.p, 0n);
  for (let i = 0; i < m.a.length; i++) {
    if (Fq.mul(dot2(m.a[i]), dot2(m.b[i])) !== dot2(m.c[i]))
      return i;
  }
  return -1;
}

// dist/avm/circuit/sample.js
function sampleLiteral(type, signer) {
  switch (type) {
    case "address":
      return { type, value: signer };
    case "boolean":
      return { type, value: true };
    case "group":
      return { type, value: gMul(1n) };
    case "field":
    case "scalar":
      return { type, value: 1n };
    case "signature":
    case "string":
      throw new CircuitHalt(`cannot sample a ${type} input; give the inputs`);
    default:
      if (INT_WIDTH[type] === void 0)
        throw new CircuitHalt(`cannot sample a ${type} input`);
      return { type, value: 1n };
  }
}
function samplePlaintext(program, t, signer) {
  if (t.kind === "literal")
    return { kind: "literal", literal: sampleLiteral(t.type, signer) };
  if (t.kind === "array")
    return {
      kind: "array",
      elements: Array.from({ length: t.length }, () => samplePlaintext(program, t.element, signer))
    };
  const def = program.ast.structs.get(t.name);
  if (!def)
    throw new CircuitHalt(`unknown struct '${t.name}'`);
  const members2 = /* @__PURE__ */ new Map();
  for (const [k, mt] of def.members)
    members2.set(k, samplePlaintext(program, mt, signer));
  return { kind: "struct", members: members2 };
}
function sampleInput(program, t, signer) {
  if (t.kind === "plaintext")
    return samplePlaintext(program, t.type, signer);
  if (t.kind === "future")
    throw new CircuitHalt("a function cannot take a future input");
  const owner = t.kind === "record" ? program : program.resolve(t.locator.program);
  const name = t.kind === "record" ? t.name : t.locator.name;
  const def = owner.ast.records.get(name);
  if (!def)
    throw new CircuitHalt(`unknown record '${name}'`);
  const data = /* @__PURE__ */ new Map();
  for (const [k, e] of def.entries)
    data.set(k, { visibility: e.visibility, value: samplePlaintext(owner, e.type, signer) });
  return {
    kind: "record",
    owner: { visibility: def.ownerVisibility, value: signer },
    data,
    nonce: gMul(1n),
    version: 1
  };
}

// dist/avm/circuit/synthesize.js
function synthesizeFunction(inp) {
  const { program, account } = inp;
  const f2 = program.ast.functions.get(inp.function);
  if (!f2)
    throw new CircuitHalt(`program '${program.id}' has no function '${inp.function}'`);
  const types = f2.inputs.map((i) => i.type);
  const request = signRequest(account, program.id, inp.function, inp.inputs, types, { nonce: inp.nonce }, void 0, true, inp.networkId ?? 0);
  const parts = { request: 0, function: 0, response: 0 };
  const { r1cs } = synthesizeWith(() => {
    const rootTvk = Fld.new("private", request.tvk);
    const tpk = Grp.new("public", request.tpk ?? gMul(0n));
    const req = injectRequest(request, inp.inputs, account.skTag, inp.networkId ?? 0);
    const isRoot = Bool.new("public", true);
    const parent = Grp.new("public", programAddress(program.id));
    const caller = Grp.ternary(isRoot, req.signer, parent);
    assertTrue(verifyRequest(req, types, tpk, rootTvk, isRoot).lc);
    const cs2 = current();
    parts.request = cs2.constraints.length;
    let nonce = inp.nonce;
    const call = {
      account,
      rootTvk: request.tvk,
      networkId: inp.networkId ?? 0,
      nextNonce: () => {
        nonce += 1n;
        return nonce;
      }
    };
    const regs = { values: /* @__PURE__ */ new Map(), signer: req.signer, caller, program, tvk: req.tvk, call };
    f2.inputs.forEach((input, i) => {
      regs.values.set(input.register, cloneValue(req.inputs[i]));
    });
    for (const ins of f2.instructions)
      executeInstruction(regs, ins);
    const outputs2 = f2.outputs.map((o) => loadOperand(regs, o.operand));
    parts.function = cs2.constraints.length - parts.request;
    outputIds(program.id, req.signer, f2.outputs.map((o) => o.operand.kind === "register" && o.operand.path.length === 0 ? o.operand.index : void 0), computeFunctionId(program.id, inp.function, inp.networkId ?? 0), f2.inputs.length, req.tvk, req.tcm, outputs2, f2.outputs.map((o) => o.type));
    parts.response = cs2.constraints.length - parts.request - parts.function;
  }, inp.limits);
  return { r1cs, parts };
}

// dist/avm/circuit/index.js
var DEV_KEY = "APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH";
var nonZeros = (rows) => rows.reduce((n, r) => n + r.length, 0);
function synthesize3(program, fn, opts = {}) {
  const f2 = program.ast.functions.get(fn);
  if (!f2)
    throw new CircuitHalt(`program '${program.id}' has no function '${fn}'`);
  const account = parsePrivateKey(opts.privateKey ?? DEV_KEY);
  const inputs2 = opts.inputs ?? f2.inputs.map((i) => sampleInput(program, i.type, account.address));
  const { r1cs, parts } = synthesizeFunction({
    program,
    function: fn,
    inputs: inputs2,
    account,
    nonce: opts.nonce ?? 1n,
    limits: opts.limits
  });
  const matrices = toMatrices(r1cs);
  const { id } = circuitId(matrices);
  return {
    report: {
      program: program.id,
      function: fn,
      constraints: r1cs.constraints.length,
      publicInputs: r1cs.publicValues.length,
      privateVariables: r1cs.privateValues.length,
      constants: r1cs.numConstants,
      variables: numVariables(r1cs),
      nonZero: { a: nonZeros(matrices.a), b: nonZeros(matrices.b), c: nonZeros(matrices.c) },
      circuitId: id,
      parts
    },
    matrices,
    publicInputs: r1cs.publicValues,
    assignment: assignment(r1cs),
    r1cs
  };
}

// dist/avm/varuna/msm.js
var SCALAR_BITS = 253;
var LIMBS2 = 8;
var MIN_BUCKET_POINTS = 64;
var G1_BYTES = 144;
function windowBits(n) {
  return Math.min(16, Math.max(4, Math.round(Math.log2(n)) - 5));
}
function limbs(scalars, n) {
  const out = new Uint32Array(n * LIMBS2);
  for (let i = 0; i < n; i++) {
    let k = scalars[i];
    if (k < 0n || k >= Fr.p)
      k = (k % Fr.p + Fr.p) % Fr.p;
    for (let j = 0; j < LIMBS2 && k !== 0n; j++) {
      out[i * LIMBS2 + j] = Number(k & 0xffffffffn);
      k >>= 32n;
    }
  }
  return out;
}
function msm(points, scalars) {
  const n = Math.min(points.length, scalars.length);
  if (n < MIN_BUCKET_POINTS)
    return g1Msm(points.slice(0, n), scalars.slice(0, n));
  const mcl2 = mclModule();
  const mod2 = mcl2.mod;
  const result = new mcl2.G1();
  const size = G1_BYTES;
  const words = size / 4;
  const c = windowBits(n);
  const buckets = (1 << c) - 1;
  const k = limbs(scalars, n);
  const bases2 = mod2._malloc(n * size);
  const bucketMem = mod2._malloc(buckets * size);
  const tmp = mod2._malloc(4 * size);
  const acc = tmp;
  const running = tmp + size;
  const sum = tmp + 2 * size;
  try {
    for (let i = 0; i < n; i++)
      points[i].copyToMem(bases2 + i * size);
    mod2._mclBnG1_normalizeVec(bases2, bases2, n);
    let heap = mod2.HEAP32;
    heap.fill(0, acc / 4, acc / 4 + words);
    const mask = (1 << c) - 1;
    for (let start = Math.ceil(SCALAR_BITS / c - 1) * c; start >= 0; start -= c) {
      for (let d2 = 0; d2 < c; d2++)
        mod2._mclBnG1_dbl(acc, acc);
      heap = mod2.HEAP32;
      heap.fill(0, bucketMem / 4, bucketMem / 4 + buckets * words);
      const w = start >>> 5;
      const b = start & 31;
      for (let i = 0; i < n; i++) {
        let v = k[i * LIMBS2 + w];
        v >>>= b;
        if (b + c > 32 && w + 1 < LIMBS2)
          v |= k[i * LIMBS2 + w + 1] << 32 - b;
        v &= mask;
        if (v !== 0) {
          const at = bucketMem + (v - 1) * size;
          mod2._mclBnG1_add(at, at, bases2 + i * size);
        }
      }
      heap = mod2.HEAP32;
      heap.fill(0, running / 4, running / 4 + 2 * words);
      for (let j = buckets - 1; j >= 0; j--) {
        mod2._mclBnG1_add(running, running, bucketMem + j * size);
        mod2._mclBnG1_add(sum, sum, running);
      }
      mod2._mclBnG1_add(acc, acc, sum);
    }
    result.copyFromMem(acc);
    return result;
  } finally {
    mod2._free(tmp);
    mod2._free(bucketMem);
    mod2._free(bases2);
  }
}

// dist/avm/varuna/poly.js
import { randomBytes } from "node:crypto";
var P5 = Fr.p;
function evaluate3(p, x) {
  let acc = 0n;
  for (let i = p.length - 1; i >= 0; i--)
    acc = (acc * x + p[i]) % P5;
  return acc;
}
function addScaled(a2, b, c = 1n) {
  while (a2.length < b.length)
    a2.push(0n);
  for (let i = 0; i < b.length; i++)
    a2[i] = (a2[i] + b[i] * c) % P5;
  return a2;
}
var scale = (a2, c) => a2.map((v) => v * c % P5);
function mul2(a2, b) {
  if (a2.length === 0 || b.length === 0)
    return [];
  const n = a2.length + b.length - 1;
  const d2 = Domain.of(n);
  const ea = d2.fft(a2);
  const eb = d2.fft(b);
  for (let i = 0; i < ea.length; i++)
    ea[i] = ea[i] * eb[i] % P5;
  return d2.ifft(ea).slice(0, n);
}
function divideByVanishing(p, n) {
  const r = p.slice();
  const q = new Array(Math.max(p.length - n, 0)).fill(0n);
  for (let i = r.length - 1; i >= n; i--) {
    const c = r[i];
    q[i - n] = c;
    r[i - n] = (r[i - n] + c) % P5;
    r[i] = 0n;
  }
  return { q, r: r.slice(0, Math.min(n, r.length)) };
}
function mulByVanishing(p, n) {
  const out = new Array(p.length + n).fill(0n);
  for (let i = 0; i < p.length; i++) {
    out[i + n] = p[i];
    out[i] = Fr.sub(out[i], p[i]);
  }
  return out;
}
function divideByLinear(p, z) {
  if (p.length <= 1)
    return [];
  const q = new Array(p.length - 1);
  let acc = 0n;
  for (let i = p.length - 1; i >= 1; i--) {
    acc = (acc * z + p[i]) % P5;
    q[i - 1] = acc;
  }
  return q;
}
function applySelector(p, small, large) {
  if (small.size === large.size)
    return p.slice();
  const ratio = large.size / small.size;
  const c = Fr.mul(small.sizeFe, large.sizeInv);
  const out = new Array(p.length + (ratio - 1) * small.size).fill(0n);
  for (let k = 0; k < ratio; k++) {
    const off = k * small.size;
    for (let i = 0; i < p.length; i++)
      out[i + off] = (out[i + off] + p[i]) % P5;
  }
  return scale(out, c);
}
var randomFr = () => BigInt(`0x${randomBytes(64).toString("hex")}`) % P5;
var randomPoly = (numCoeffs) => Array.from({ length: numCoeffs }, randomFr);
var trim = (p) => {
  let n = p.length;
  while (n > 0 && p[n - 1] === 0n)
    n--;
  return p.slice(0, n);
};

// dist/avm/varuna/commit.js
var HIDING_COEFFS = 3;
function gammaBases(srs, from, n) {
  return Array.from({ length: n }, (_, i) => {
    const p = srs.gammaPowers.get(from + i);
    if (!p)
      throw new VarunaInputError(`the SRS has no \u03B2^${from + i}\xB7\u03B3G`);
    return g1(p);
  });
}
function commit(srs, poly, opts = {}) {
  const p = trim(poly);
  let acc;
  let shift = 0;
  if (opts.bound !== void 0) {
    if (p.length > opts.bound + 1)
      throw new VarunaInputError(`a polynomial of degree ${p.length - 1} exceeds its bound ${opts.bound}`);
    shift = SRS_MAX_DEGREE - 1 - opts.bound;
    acc = msm(srs.shiftedPowers(shift, p.length), p);
  } else
    acc = msm(srs.powers(p.length), p);
  let blinding;
  if (opts.hiding) {
    blinding = randomPoly(HIDING_COEFFS);
    acc = g1Add(acc, msm(gammaBases(srs, shift, HIDING_COEFFS), blinding));
  }
  return { poly: p, bound: opts.bound, blinding, commitment: g1Affine(acc) };
}
function openCombined(srs, parts, z) {
  const p = [];
  let r;
  for (const [c, part] of parts) {
    addScaled(p, part.poly, c);
    if (part.blinding)
      r = addScaled(r ?? [], part.blinding, c);
  }
  const q = trim(divideByLinear(p, z));
  let w = msm(srs.powers(q.length), q);
  if (!r)
    return { w: g1Affine(w), randomV: void 0 };
  const qr = divideByLinear(r, z);
  w = g1Add(w, msm(gammaBases(srs, 0, qr.length), qr));
  return { w: g1Affine(w), randomV: evaluate3(r, z) };
}

// dist/avm/varuna/indexer.js
var MATRICES = ["a", "b", "c"];
function reindex(variable, input, i) {
  if (variable.size <= input.size)
    throw new VarunaInputError("the variable domain must exceed the input domain");
  const period = variable.size / input.size;
  if (i < input.size)
    return i * period;
  const j = i - input.size;
  return j + Math.floor(j / (period - 1)) + 1;
}
function matrixEvals(rows, nonZero, ix) {
  const domain = Domain.of(nonZero);
  const rowsC = ix.constraint.elements();
  const colsV = ix.variable.elements();
  const e = { domain, row: [], col: [], rowCol: [], rowColVal: [] };
  rows.forEach((r, i) => {
    const rowEl = rowsC[i];
    for (const [c, v] of r) {
      const colEl = colsV[reindex(ix.variable, ix.input, c)];
      const rc = Fr.mul(rowEl, colEl);
      e.row.push(rowEl);
      e.col.push(colEl);
      e.rowCol.push(rc);
      e.rowColVal.push(Fr.mul(v, rc));
    }
  });
  for (let k = e.row.length; k < domain.size; k++) {
    e.row.push(1n);
    e.col.push(1n);
    e.rowCol.push(1n);
    e.rowColVal.push(0n);
  }
  return e;
}
function indexCircuit(m) {
  const { a: a2, b, c, info: ci } = indexed(m);
  const info = {
    numPublicInputs: ci.numPublicInputs,
    numVariables: ci.numVariables,
    numConstraints: ci.numConstraints,
    nonZeroA: ci.nonZero.a,
    nonZeroB: ci.nonZero.b,
    nonZeroC: ci.nonZero.c
  };
  const base = {
    matrices: { a: a2, b, c },
    input: Domain.of(info.numPublicInputs),
    variable: Domain.of(info.numVariables),
    constraint: Domain.of(info.numConstraints)
  };
  const evals = {
    a: matrixEvals(a2, info.nonZeroA, base),
    b: matrixEvals(b, info.nonZeroB, base),
    c: matrixEvals(c, info.nonZeroC, base)
  };
  const id = Uint8Array.from(Buffer.from(circuitId(m).id, "hex"));
  return { ...base, info, id, evals };
}
var POLYS = ["col", "row", "row_col", "row_col_val"];
var FIELD = { col: "col", row: "row", row_col: "rowCol", row_col_val: "rowColVal" };
function indexPolynomials(ix) {
  const out = /* @__PURE__ */ new Map();
  const labels = POLYS.flatMap((p) => MATRICES.map((mat) => [p, mat])).sort((x, y) => `${x[0]}_${x[1]}` < `${y[0]}_${y[1]}` ? -1 : 1);
  for (const [p, mat] of labels) {
    const e = ix.evals[mat];
    out.set(`${p}_${mat}`, e.domain.ifft(e[FIELD[p]]));
  }
  return out;
}
function commitPlain(srs, coeffs) {
  return msm(srs.powers(coeffs.length), coeffs);
}
function circuitVerifyingKeyFrom(ix, polys, srs, numVariables2 = BigInt(ix.info.numVariables)) {
  const commitments = [...polys.values()].map((p) => g1Affine(commitPlain(srs, p)));
  return { info: ix.info, commitments, id: ix.id, numVariables: numVariables2 };
}

// dist/avm/varuna/prover.js
function circuitSetup(m, srs, numVariables2) {
  const index = indexCircuit(m);
  const polys = indexPolynomials(index);
  return { index, polys, vk: circuitVerifyingKeyFrom(index, polys, srs, numVariables2) };
}
var hex2 = (b) => Buffer.from(b).toString("hex");
function dot(row3, z) {
  let s = 0n;
  for (const [col, v] of row3)
    s += v * z[col];
  return s % Fr.p;
}
function instance(pk, c, assignment2) {
  const ix = pk.index;
  const nX = ix.info.numPublicInputs;
  const r0 = randomFr();
  const r1 = randomFr();
  const z = [...assignment2, r0, r1, Fr.mul(r0, r1)];
  if (z.length !== ix.info.numVariables)
    throw new VarunaInputError(`the assignment has ${assignment2.length} values, the circuit ${ix.info.numVariables - 3}`);
  const zM = MATRICES.map((m) => c.constraint.ifft(ix.matrices[m].map((row3) => dot(row3, z))));
  const x = c.input.ifft(z.slice(0, nX));
  const xOnV = c.variable.fft(x);
  const evals = new Array(c.variable.size).fill(0n);
  for (let i = nX; i < z.length; i++) {
    const k = reindex(c.variable, c.input, i);
    evals[k] = Fr.sub(z[i], xOnV[k]);
  }
  for (let i = z.length; i < c.variable.size; i++) {
    const k = reindex(c.variable, c.input, i);
    evals[k] = Fr.neg(xOnV[k]);
  }
  const { q: w, r } = divideByVanishing(c.variable.ifft(evals), c.input.size);
  if (r.some((v) => v !== 0n))
    throw new Error("w: (z - x) does not vanish on the input domain");
  const zPoly = addScaled(mulByVanishing(w, c.input.size), x);
  return { x, w, z: zPoly, zM };
}
function linevalPoly(st, alpha, etaB, etaC) {
  const { c } = st;
  const lag = c.constraint.lagrangeAt(alpha);
  const evals = new Array(c.variable.size).fill(0n);
  const colIndex = /* @__PURE__ */ new Map();
  const idx = (col) => {
    let k = colIndex.get(col);
    if (k === void 0)
      colIndex.set(col, k = reindex(c.variable, c.input, col));
    return k;
  };
  MATRICES.forEach((m, mi) => {
    const eta = [1n, etaB, etaC][mi];
    st.pk.index.matrices[m].forEach((row3, r) => {
      const l = Fr.mul(lag[r], eta);
      for (const [col, v] of row3) {
        const k = idx(col);
        evals[k] = (evals[k] + v * l) % Fr.p;
      }
    });
  });
  return c.variable.ifft(evals);
}
function matrixSumcheck(st, k, alpha, beta) {
  const { c } = st;
  const e = st.pk.index.evals[MATRICES[k]];
  const K = e.domain;
  const vRC = Fr.mul(c.constraint.vanishingAt(alpha), c.variable.vanishingAt(beta));
  const rc = Fr.mul(c.constraint.sizeFe, c.variable.sizeFe);
  const ab = Fr.mul(alpha, beta);
  const denoms = e.row.map((r2, i) => Fr.mul(Fr.sub(alpha, r2), Fr.sub(beta, e.col[i])));
  const inv = batchInvert(denoms);
  const cst = Fr.div(vRC, rc);
  const f2 = K.ifft(e.rowColVal.map((v, i) => Fr.mul(Fr.mul(v, cst), inv[i])));
  const a2 = K.ifft(e.rowColVal.map((v) => Fr.mul(v, vRC)));
  const b = K.ifft(e.row.map((r2, i) => {
    const col = e.col[i];
    return Fr.mul(rc, Fr.add(Fr.sub(Fr.sub(ab, Fr.mul(beta, r2)), Fr.mul(alpha, col)), e.rowCol[i]));
  }));
  const num = addScaled(a2.slice(), mul2(b, f2), Fr.p - 1n);
  const { q, r } = divideByVanishing(num, K.size);
  if (r.some((v) => v !== 0n))
    throw new Error("matrix sumcheck: a - b\xB7f does not vanish on K");
  return { sum: f2[0], g: f2.slice(1), h: q, domain: K };
}
function batchInvert(xs) {
  const out = new Array(xs.length);
  let acc = 1n;
  for (let i = 0; i < xs.length; i++) {
    out[i] = acc;
    acc = Fr.mul(acc, xs[i]);
  }
  let inv = Fr.inv(acc);
  for (let i = xs.length - 1; i >= 0; i--) {
    const t = Fr.mul(inv, out[i]);
    inv = Fr.mul(inv, xs[i]);
    out[i] = t;
  }
  return out;
}
function proveBatch(srs, batch, version2 = 2) {
  if (batch.length === 0)
    throw new VarunaInputError("empty batch");
  const entries = [...batch].sort((a2, b) => Buffer.compare(a2.pk.vk.id, b.pk.vk.id));
  const states = entries.map((e) => {
    if (e.assignments.length === 0)
      throw new VarunaInputError("a circuit with no instance");
    const d2 = circuitDomains(e.pk.vk.info);
    const nX = d2.input.size;
    const c = { id: hex2(e.pk.vk.id), ...d2, inputs: e.assignments.map((z) => z.slice(0, nX)) };
    return { pk: e.pk, c, instances: e.assignments.map((z) => instance(e.pk, c, z)) };
  });
  const batchSizes = states.map((s) => s.instances.length);
  const maxOf = (f2) => states.map(f2).reduce((a2, b) => b.size > a2.size ? b : a2);
  const max = {
    constraint: maxOf((s) => s.c.constraint),
    variable: maxOf((s) => s.c.variable),
    nonZero: maxOf((s) => s.c.nonZero.reduce((a2, b) => b.size > a2.size ? b : a2))
  };
  const sponge = new VarunaSponge();
  sponge.absorbBytes(PROTOCOL);
  states.forEach((s, i) => {
    sponge.absorbBytes(u64le(batchSizes[i]));
    for (const x of s.c.inputs)
      sponge.absorbNonNative(x);
  });
  for (const s of states)
    sponge.absorbCommitments(s.pk.vk.commitments);
  const committed = /* @__PURE__ */ new Map();
  states.forEach((s) => {
    INDEX_LABELS.forEach((l, k) => {
      const poly = s.pk.polys.get(l);
      committed.set(`circuit_${s.c.id}_${l}`, {
        poly,
        bound: void 0,
        blinding: void 0,
        commitment: s.pk.vk.commitments[k]
      });
    });
  });
  const put = (label, c) => {
    committed.set(label, c);
    return c.commitment;
  };
  const w = [];
  for (const s of states)
    s.instances.forEach((inst, j) => {
      w.push(put(witnessLabel(s.c.id, "w", j), commit(srs, inst.w, { hiding: true })));
    });
  const maskPoly = put("mask_poly", commit(srs, maskPolynomial(max.variable)));
  sponge.absorbCommitments([...w, maskPoly]);
  const first = combiners(sponge, batchSizes);
  const rowcheck = [];
  states.forEach((s, i) => {
    const comb = first[i];
    const sum = [];
    s.instances.forEach((inst, j) => {
      const [za, zb, zc] = inst.zM;
      const t = addScaled(mul2(za, zb), zc, Fr.p - 1n);
      addScaled(sum, t, comb.instances[j]);
    });
    addScaled(rowcheck, applySelector(sum, s.c.constraint, max.constraint), comb.circuit);
  });
  const h0Div = divideByVanishing(rowcheck, max.constraint.size);
  if (h0Div.r.some((v) => v !== 0n))
    throw new VarunaInputError("the assignment does not satisfy the circuit");
  const h0 = put("h_0", commit(srs, h0Div.q));
  sponge.absorbCommitments([h0]);
  const [alpha, etaB1, etaC1] = sponge.squeezeFr(version2 === 1 ? 3 : 1);
  const thirdSums = states.map((s) => s.instances.map((inst) => ({
    a: evaluate3(inst.zM[0], alpha),
    b: evaluate3(inst.zM[1], alpha),
    c: evaluate3(inst.zM[2], alpha)
  })));
  let third = first;
  let etaB = etaB1;
  let etaC = etaC1;
  if (version2 === 2) {
    absorbSums(sponge, thirdSums.flat());
    third = combiners(sponge, batchSizes);
    [etaB, etaC] = sponge.squeezeFr(2);
  }
  const lineval = committed.get("mask_poly").poly.slice();
  states.forEach((s, i) => {
    const comb = third[i];
    const t = linevalPoly(s, alpha, etaB, etaC);
    const sum = [];
    s.instances.forEach((inst, j) => {
      addScaled(sum, mul2(t, inst.z), comb.instances[j]);
    });
    addScaled(lineval, applySelector(sum, s.c.variable, max.variable), comb.circuit);
  });
  const { q: h1Poly, r: xg1 } = divideByVanishing(lineval, max.variable.size);
  const g12 = put("g_1", commit(srs, xg1.slice(1), { bound: max.variable.size - 2, hiding: true }));
  const h1 = put("h_1", commit(srs, h1Poly));
  sponge.absorbCommitments([g12, h1]);
  if (version2 === 1)
    absorbSums(sponge, thirdSums.flat());
  const [beta] = sponge.squeezeFr(1);
  const fourthSums = [];
  const lhs = [];
  const gComms = [[], [], []];
  const fourth = [];
  for (const s of states) {
    const sums2 = [];
    const hs = [];
    MATRICES.forEach((m, k) => {
      const ms = matrixSumcheck(s, k, alpha, beta);
      sums2.push(ms.sum);
      hs.push(scale(ms.h, Fr.mul(ms.domain.sizeFe, max.nonZero.sizeInv)));
      const g = put(witnessLabel(s.c.id, `g_${m}`, 0), commit(srs, ms.g, { bound: ms.domain.size - 2 }));
      gComms[k].push(g);
      fourth.push(g);
    });
    fourthSums.push({ a: sums2[0], b: sums2[1], c: sums2[2] });
    lhs.push(hs);
  }
  sponge.absorbCommitments(fourth);
  absorbSums(sponge, fourthSums);
  const delta = [[1n], [], []];
  const [db, dc] = sponge.squeezeFr(2);
  delta[1].push(db);
  delta[2].push(dc);
  for (let i = 1; i < states.length; i++) {
    const [a2, b, c] = sponge.squeezeFr(3);
    delta[0].push(a2);
    delta[1].push(b);
    delta[2].push(c);
  }
  const h2Poly = [];
  lhs.forEach((hs, i) => {
    hs.forEach((h, k) => {
      addScaled(h2Poly, h, delta[k][i]);
    });
  });
  const h2 = put("h_2", commit(srs, h2Poly));
  sponge.absorbCommitments([h2]);
  const [gamma] = sponge.squeezeFr(1);
  const at = (label, x) => evaluate3(committed.get(label).poly, x);
  const evals = {
    g1: at("g_1", beta),
    ga: states.map((s) => at(witnessLabel(s.c.id, "g_a", 0), gamma)),
    gb: states.map((s) => at(witnessLabel(s.c.id, "g_b", 0), gamma)),
    gc: states.map((s) => at(witnessLabel(s.c.id, "g_c", 0), gamma))
  };
  sponge.absorbNonNative([evals.g1, ...evals.ga, ...evals.gb, ...evals.gc]);
  const proof = {
    batchSizes,
    w,
    maskPoly,
    h0,
    g1: g12,
    h1,
    ga: gComms[0],
    gb: gComms[1],
    gc: gComms[2],
    h2,
    evals,
    thirdSums,
    fourthSums,
    pc: []
  };
  const lcs = linearCombinations(states.map((s) => s.c), max, { alpha, beta, gamma, etaB, etaC, first, third, delta }, proof);
  const byPoint = [
    [alpha, ["rowcheck_zerocheck"]],
    [beta, ["g_1", "lineval_sumcheck"]],
    [
      gamma,
      [...states.flatMap((s) => MATRICES.map((m) => witnessLabel(s.c.id, `g_${m}`, 0))), "matrix_sumcheck"]
    ]
  ];
  for (const [point, labels] of byPoint) {
    const parts = [];
    for (const label of [...labels].sort()) {
      const lc = lcs.get(label);
      if (!lc)
        throw new Error(`no linear combination ${label}`);
      const ch = sponge.squeezeShortFr();
      for (const [coeff, l] of lc.terms) {
        if (l === null)
          continue;
        parts.push([Fr.mul(ch, coeff), committed.get(l)]);
      }
    }
    proof.pc.push(openCombined(srs, parts, point));
    sponge.squeezeShortFr();
  }
  return proof;
}
function maskPolynomial(v) {
  const m = mulByVanishing(randomPoly(4), v.size);
  const g = randomPoly(6);
  g[0] = 0n;
  return addScaled(m, g);
}

// dist/avm/varuna/execution.js
var field = (text, what) => {
  const m = /^(\d+)field$/.exec(text);
  if (!m)
    throw new VarunaInputError(`${what} '${text}' is not a field literal`);
  return BigInt(m[1]);
};
var inputIds = (t) => t.inputs.flatMap((i, k) => [
  field(i.id, `input ${k} id`),
  ...i.tag !== void 0 ? [field(i.tag, `input ${k} tag`)] : []
]);
var outputIds2 = (t) => t.outputs.flatMap((o, k) => [
  field(o.id, `output ${k} id`),
  ...o.checksum !== void 0 ? [field(o.checksum, `output ${k} checksum`)] : [],
  ...o.sender_ciphertext !== void 0 ? [field(o.sender_ciphertext, `output ${k} sender ciphertext`)] : []
]);
function externalCalls(program, fn) {
  const f2 = program.ast.functions.get(fn);
  if (!f2)
    throw new VarunaInputError(`program ${program.id} has no function ${fn}`);
  const out = [];
  for (const ins of f2.instructions) {
    const c = ins.callee;
    if (ins.opcode !== "call" || !c?.program || c.program === program.id)
      continue;
    const target = program.resolve(c.program);
    if (target.ast.functions.has(c.name))
      out.push({ program: c.program, fn: c.name });
  }
  return out;
}
function callGraph(root, transitions) {
  const children = transitions.map(() => []);
  let next = transitions.length - 1;
  const visit = (program, fn) => {
    const at = next--;
    const t = transitions[at];
    if (!t || t.program !== program.id || t.function !== fn)
      throw new VarunaInputError(`transition ${at} is not ${program.id}/${fn}`);
    const calls = externalCalls(program, fn);
    const mine = [];
    for (let k = calls.length - 1; k >= 0; k--) {
      const c = calls[k];
      mine.unshift(visit(program.resolve(c.program), c.fn));
    }
    children[at] = mine;
    return at;
  };
  visit(root, transitions.at(-1).function);
  if (next !== -1)
    throw new VarunaInputError(`the execution has ${next + 1} transitions that no call makes`);
  return children;
}
function executionVerifierInputs(root, execution) {
  const ts = execution.transitions;
  if (ts.length === 0)
    throw new VarunaInputError("the execution has no transitions");
  const children = callGraph(root, ts);
  const parentOf = /* @__PURE__ */ new Map();
  children.forEach((cs2, p) => {
    for (const c of cs2)
      parentOf.set(c, p);
  });
  return ts.map((t, i) => {
    const tpk = pointFromX(field(t.tpk.replace(/group$/, "field"), "tpk"));
    if (!tpk)
      throw new VarunaInputError(`tpk '${t.tpk}' is not a group element`);
    const parent = parentOf.get(i);
    const caller = programAddress(parent === void 0 ? t.program : ts[parent].program);
    const out = [1n, tpk.x, tpk.y, field(t.tcm, "tcm"), field(t.scm, "scm"), ...inputIds(t)];
    out.push(parent === void 0 ? 1n : 0n, caller.x, caller.y);
    for (const c of children[i]) {
      const ct = ts[c];
      out.push(field(ct.tcm, "tcm"), ...inputIds(ct), ...outputIds2(ct));
    }
    out.push(...outputIds2(t));
    return out;
  });
}

// dist/avm/varuna/execution-proof.js
var BLOCKS_DEPTH = 32;
var emptyRoot;
function emptyLedgerStateRoot() {
  if (emptyRoot)
    return emptyRoot;
  const empty = hashChildren(0n, 0n);
  let root = empty;
  for (let d2 = 0; d2 < BLOCKS_DEPTH; d2++)
    root = hashChildren(root, empty);
  emptyRoot = bech32mEncode("sr", bigintToBytesLe(root, 32));
  return emptyRoot;
}
function provingKey(m, srs, cache5, numVariables2) {
  const index = indexCircuit(m);
  const polys = indexPolynomials(index);
  const bytes = cache5?.get(index.id);
  if (bytes) {
    try {
      const vk2 = decodeVerifyingKey(bytes);
      if (equalBytes(vk2.id, index.id) && JSON.stringify(vk2.info) === JSON.stringify(index.info)) {
        if (vk2.numVariables === numVariables2)
          return { index, polys, vk: vk2 };
        const fixed = { ...vk2, numVariables: numVariables2 };
        cache5?.put(index.id, encodeVerifyingKey(fixed));
        return { index, polys, vk: fixed };
      }
    } catch (e) {
      if (!(e instanceof VarunaDecodeError))
        throw e;
    }
  }
  const vk = circuitVerifyingKeyFrom(index, polys, srs, numVariables2);
  cache5?.put(index.id, encodeVerifyingKey(vk));
  return { index, polys, vk };
}
function assertProvable(program, fn) {
  const what = `cannot prove ${program.id}/${fn} yet`;
  const calls = externalCalls(program, fn);
  if (calls.length > 0)
    throw new VarunaInputError(`${what}: it calls ${calls.map((c) => `${c.program}/${c.fn}`).join(", ")} (only executions of one transition are proven)`);
  const f2 = program.ast.functions.get(fn);
  if (f2?.inputs.some((i) => i.type.kind === "record"))
    throw new VarunaInputError(`${what}: a record input needs an inclusion proof against a ledger, which polyvm does not keep`);
}
var entry2 = (t) => {
  if (!t.tpk)
    throw new VarunaInputError(`transition ${t.id} has no tpk (it was not signed)`);
  return {
    id: t.id,
    program: t.program,
    function: t.function,
    inputs: t.inputs,
    outputs: t.outputs,
    tpk: t.tpk,
    tcm: t.tcm,
    scm: t.scm
  };
};
function proveExecution(x) {
  assertProvable(x.program, x.function);
  if (x.transitions.length !== 1)
    throw new VarunaInputError(`expected the execution's one transition, found ${x.transitions.length}`);
  const execution = {
    transitions: [entry2(x.transitions[0])],
    global_state_root: x.globalStateRoot ?? emptyLedgerStateRoot(),
    proof: ""
  };
  const s = synthesize3(x.program, x.function, { inputs: x.inputs, privateKey: x.privateKey, nonce: x.nonce });
  const expected = executionVerifierInputs(x.program, execution)[0];
  const got = s.publicInputs;
  if (expected.length !== got.length || expected.some((v, i) => v !== got[i]))
    throw new VarunaInputError(`the circuit of ${x.program.id}/${x.function} does not match its transition ${execution.transitions[0]?.id}`);
  const srs = x.srs ?? loadProverSrs();
  const pk = provingKey(s.matrices, srs, x.keyCache, BigInt(s.report.variables));
  execution.proof = proofToString(proveBatch(srs, [{ pk, assignments: [s.assignment] }], x.version ?? 2));
  return execution;
}

// dist/avm/chacha/chacha20.js
var SIGMA = [1634760805, 857760878, 2036477234, 1797285236];
function quarter(s, a2, b, c, d2) {
  s[a2] = s[a2] + s[b] >>> 0;
  s[d2] = rotl2(s[d2] ^ s[a2], 16);
  s[c] = s[c] + s[d2] >>> 0;
  s[b] = rotl2(s[b] ^ s[c], 12);
  s[a2] = s[a2] + s[b] >>> 0;
  s[d2] = rotl2(s[d2] ^ s[a2], 8);
  s[c] = s[c] + s[d2] >>> 0;
  s[b] = rotl2(s[b] ^ s[c], 7);
}
var rotl2 = (x, n) => (x << n | x >>> 32 - n) >>> 0;
function chachaBlock(key3, tail) {
  const init = new Uint32Array(16);
  init.set(SIGMA, 0);
  init.set(key3, 4);
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
  for (let i = 0; i < 16; i++)
    s[i] = s[i] + init[i] >>> 0;
  return s;
}
function keyWords(seed) {
  if (seed.length !== 32)
    throw new RangeError(`a ChaCha20 seed is 32 bytes, got ${seed.length}`);
  const k = new Uint32Array(8);
  for (let i = 0; i < 8; i++)
    k[i] = (seed[4 * i] | seed[4 * i + 1] << 8 | seed[4 * i + 2] << 16 | seed[4 * i + 3] << 24) >>> 0;
  return k;
}
var ChaCha20Rng = class {
  stream;
  key;
  block = 0n;
  buf = new Uint32Array(0);
  index = 0;
  constructor(seed, stream = 0n) {
    this.stream = stream;
    this.key = keyWords(seed);
  }
  nextU32() {
    if (this.index >= this.buf.length) {
      const c = this.block;
      const st = this.stream;
      this.buf = chachaBlock(this.key, [
        Number(c & 0xffffffffn),
        Number(c >> 32n & 0xffffffffn),
        Number(st & 0xffffffffn),
        Number(st >> 32n & 0xffffffffn)
      ]);
      this.block = c + 1n & 0xffffffffffffffffn;
      this.index = 0;
    }
    return this.buf[this.index++];
  }
  nextU64() {
    const lo = BigInt(this.nextU32());
    return BigInt(this.nextU32()) << 32n | lo;
  }
  /** `fill_bytes`: whole words, little-endian; the rest of the last word is dropped. */
  fillBytes(n) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const w = this.nextU32();
      for (let j = 0; j < 4 && i + j < n; j++)
        out[i + j] = w >>> 8 * j & 255;
    }
    return out;
  }
};

// dist/avm/chacha/sample.js
var MASK64 = (1n << 64n) - 1n;
function montgomeryInverse(f2) {
  return f2.inv(f2.mod(1n << 256n));
}
var R_INV = /* @__PURE__ */ new Map();
function sampleField(rng, f2) {
  let rInv = R_INV.get(f2);
  if (rInv === void 0) {
    rInv = montgomeryInverse(f2);
    R_INV.set(f2, rInv);
  }
  const topMask = MASK64 >> BigInt(256 - f2.bits);
  for (; ; ) {
    const limbs2 = [rng.nextU64(), rng.nextU64(), rng.nextU64(), rng.nextU64() & topMask];
    const repr = limbs2[0] | limbs2[1] << 64n | limbs2[2] << 128n | limbs2[3] << 192n;
    if (repr < f2.p)
      return f2.mul(repr, rInv);
  }
}
function sampleGroup(rng) {
  for (; ; ) {
    const x = sampleField(rng, Fq);
    const greatest = rng.nextU32() >= 2147483648;
    const p = fromXUnchecked(x, greatest);
    if (p)
      return mulByCofactor(p);
  }
}
function sampleLiteral2(rng, type) {
  switch (type) {
    case "boolean":
      return { type, value: rng.nextU32() >= 2147483648 };
    case "field":
      return { type, value: sampleField(rng, Fq) };
    case "scalar":
      return { type, value: sampleField(rng, Fs) };
    case "group":
    case "address":
      return { type, value: sampleGroup(rng) };
    case "u8":
    case "u16":
    case "u32":
    case "i8":
    case "i16":
    case "i32": {
      const bits = Number(type.slice(1));
      const w = BigInt(rng.nextU32());
      return { type, value: type[0] === "i" ? BigInt.asIntN(bits, w) : BigInt.asUintN(bits, w) };
    }
    case "u64":
    case "i64": {
      const w = rng.nextU64();
      return { type, value: type === "i64" ? BigInt.asIntN(64, w) : w };
    }
    case "u128":
    case "i128": {
      const lo = rng.nextU64();
      const w = rng.nextU64() << 64n | lo;
      return { type, value: type === "i128" ? BigInt.asIntN(128, w) : w };
    }
  }
}

// dist/avm/chacha/seed.js
var utf84 = new TextEncoder();
function pushIdentifier(out, name) {
  pushBytesBits(out, utf84.encode(name));
}
function finalizeRandomSeed(b) {
  const bits = [];
  pushUintBits(bits, b.round, 64);
  pushUintBits(bits, BigInt(b.height), 32);
  pushUintBits(bits, b.cumulativeWeight, 128);
  pushUintBits(bits, b.cumulativeProofTarget, 128);
  pushUintBits(bits, b.previousBlockHash, Fq.bits);
  return bigintToBytesLe(bhpHash("bhp768", bits), 32);
}
function randChaChaSeed(r) {
  if (r.randomSeed.length !== 32)
    throw new RangeError("the finalize random seed is 32 bytes");
  const bits = [];
  pushBytesBits(bits, r.randomSeed);
  pushUintBits(bits, r.transitionId, Fq.bits);
  const dot2 = r.programId.lastIndexOf(".");
  pushIdentifier(bits, r.programId.slice(0, dot2));
  pushIdentifier(bits, r.programId.slice(dot2 + 1));
  pushIdentifier(bits, r.functionName);
  pushUintBits(bits, BigInt(r.destination), 64);
  pushUintBits(bits, BigInt(LITERAL_TYPES.indexOf(r.type)), 8);
  for (const s of r.seeds)
    plaintextBits(s, bits);
  return bigintToBytesLe(bhpHash("bhp1024", bits), 32);
}

// dist/avm/finalize.js
function mappingKey(program, mapping, key3) {
  return namespacedKey("avm", `${program}/${mapping}/${plaintextToText(key3)}`);
}
function readMapping(state, program, mapping, key3) {
  const bytes = state.get(mappingKey(program, mapping, key3));
  return bytes === void 0 ? void 0 : parsePlaintext(new TextDecoder().decode(bytes));
}
function runFinalize(program, future, env) {
  env.state.atomically(() => finalizeOne(program, future, env, env.transitionId ?? 0n));
}
function finalizeOne(root, future, env, transitionId2) {
  const program = root.resolve(future.program);
  const f2 = program.ast.functions.get(future.function)?.finalize;
  if (!f2)
    throw new AleoHalt(`'${future.program}/${future.function}' has no finalize`);
  runCommands(program, f2, future.arguments, env, transitionId2);
}
var FinalizeFrame = class extends Frame {
  env;
  constructor(program, env) {
    super(program, { signer: { x: 0n, y: 1n } }, { x: 0n, y: 1n });
    this.env = env;
  }
  load(o) {
    if (o.kind === "block_height")
      return { kind: "literal", literal: { type: "u32", value: BigInt(this.env.blockHeight) } };
    if (o.kind === "network_id")
      return { kind: "literal", literal: { type: "u16", value: BigInt(this.env.networkId) } };
    if (o.kind === "signer" || o.kind === "caller")
      throw new AleoHalt(`self.${o.kind} is not available in finalize`);
    return super.load(o);
  }
};
function asPlain(v) {
  if (v.kind === "record" || v.kind === "future")
    throw new AleoHalt("expected a plaintext");
  return v;
}
function typed(program, mapping, part, v) {
  const def = program.ast.mappings.get(mapping);
  if (!def)
    throw new AleoHalt(`mapping '${program.id}/${mapping}' is not declared`);
  const p = asPlain(v);
  const why = conformsTo(program.ast, p, def[part]);
  if (why !== void 0)
    throw new AleoHalt(`the ${part} ${plaintextToText(p)} is not a ${plaintextTypeToString(def[part])} (mapping '${program.id}/${mapping}'): ${why}`);
  return p;
}
function runCommands(program, f2, args, env, transitionId2) {
  const frame = new FinalizeFrame(program, env);
  f2.inputs.forEach((inp, i) => {
    frame.regs[inp.register] = args[i];
  });
  let pc = 0;
  let calls = 0;
  const seen = /* @__PURE__ */ new Set();
  while (pc < f2.commands.length) {
    const c = f2.commands[pc];
    pc++;
    switch (c.kind) {
      case "instruction":
        step(frame, c.instruction);
        break;
      case "get":
      case "get.or_use":
      case "contains": {
        const owner = c.mapping.program ?? program.id;
        const key3 = asPlain(frame.load(c.key));
        const value = readMapping(env.state, owner, c.mapping.name, key3);
        if (c.kind === "contains")
          frame.regs[c.destination] = {
            kind: "literal",
            literal: { type: "boolean", value: value !== void 0 }
          };
        else if (value !== void 0)
          frame.regs[c.destination] = value;
        else if (c.kind === "get.or_use")
          frame.regs[c.destination] = frame.load(c.fallback);
        else
          throw new AleoHalt(`key ${plaintextToText(key3)} is not present in mapping '${owner}/${c.mapping.name}'`);
        break;
      }
      case "set": {
        const key3 = typed(program, c.mapping, "key", frame.load(c.key));
        const value = typed(program, c.mapping, "value", frame.load(c.value));
        env.state.put(mappingKey(program.id, c.mapping, key3), utf8ToBytes(plaintextToText(value)));
        break;
      }
      case "remove":
        env.state.delete(mappingKey(program.id, c.mapping, typed(program, c.mapping, "key", frame.load(c.key))));
        break;
      case "rand.chacha":
        frame.regs[c.destination] = {
          kind: "literal",
          literal: randChaCha(c, frame, env, { program: program.id, fn: f2.name, transitionId: transitionId2 })
        };
        break;
      case "branch.eq":
      case "branch.neq": {
        const eq = valuesEqual(frame.load(c.first), frame.load(c.second));
        if (eq === (c.kind === "branch.eq"))
          pc = f2.positions.get(c.label);
        break;
      }
      case "position":
        break;
      case "await": {
        if (seen.has(c.register))
          throw new AleoHalt(`future r${c.register} is awaited twice`);
        seen.add(c.register);
        const fut = frame.regs[c.register];
        if (fut?.kind !== "future")
          throw new AleoHalt(`r${c.register} is not a future`);
        const child = env.callGraph?.get(transitionId2)?.[calls] ?? 0n;
        calls++;
        finalizeOne(program, fut, env, child);
        break;
      }
    }
  }
  const unawaited = f2.inputs.filter((i) => i.type.kind === "future" && !seen.has(i.register));
  if (unawaited.length > 0)
    throw new AleoHalt(`The following future registers have not been awaited: ${unawaited.map((i) => `r${i.register}`).join(", ")}`);
}
function randChaCha(c, frame, env, at) {
  const seeds = c.operands.map((o) => {
    const v = frame.load(o);
    if (v.kind === "future" || v.kind === "record")
      throw new AleoHalt(`rand.chacha: a ${v.kind} seed is not supported`);
    return v;
  });
  if (c.type === "signature" || c.type === "string")
    throw new AleoHalt(`Cannot 'rand.chacha' into a '${c.type}'`);
  const seed = randChaChaSeed({
    randomSeed: env.randomSeed ?? defaultSeed(env),
    transitionId: at.transitionId,
    programId: at.program,
    functionName: at.fn,
    destination: c.destination,
    type: c.type,
    seeds
  });
  return sampleLiteral2(new ChaCha20Rng(seed), c.type);
}
function defaultSeed(env) {
  return finalizeRandomSeed({
    round: env.blockRound ?? 0n,
    height: env.blockHeight,
    cumulativeWeight: 0n,
    cumulativeProofTarget: 0n,
    previousBlockHash: 0n
  });
}

// dist/avm/boundary.js
function assertProgram(program, label) {
  if (program instanceof AleoProgram)
    return;
  throw new InvalidArgumentError(`${label}: expected an AleoProgram (from checkProgram)`);
}
function assertState(state, label) {
  if (state instanceof JournaledCache)
    return;
  throw new InvalidArgumentError(`${label}: expected a JournaledCache (aleoState(store))`);
}
function assertCall(program, fn, inputs2, label) {
  assertProgram(program, `${label}: program`);
  assertString(fn, `${label}: function`);
  assertArray(inputs2, `${label}: inputs`, assertString);
}
var fieldBigInt = (v, l) => assertBigInt(v, l, 0n);
function assertRunOptions(opts, label) {
  assertObject(opts, label);
  const { signer, privateKey: privateKey2, seed, tvks, nonces, networkId, blockHeight } = opts;
  if (signer !== void 0) {
    assertObject(signer, `${label}.signer`);
    assertBigInt(signer.x, `${label}.signer.x`, 0n);
    assertBigInt(signer.y, `${label}.signer.y`, 0n);
  }
  if (privateKey2 !== void 0)
    assertString(privateKey2, `${label}.privateKey`);
  if (seed !== void 0)
    assertBigInt(seed, `${label}.seed`, 0n);
  if (tvks !== void 0)
    assertArray(tvks, `${label}.tvks`, fieldBigInt);
  if (nonces !== void 0)
    assertArray(nonces, `${label}.nonces`, fieldBigInt);
  if (networkId !== void 0)
    assertSafeInteger(networkId, `${label}.networkId`, 0, 65535);
  if (blockHeight !== void 0)
    assertSafeInteger(blockHeight, `${label}.blockHeight`, 0, 4294967295);
}
function assertPlaintext(p, label) {
  assertObject(p, label);
  if (p.kind !== "literal" && p.kind !== "struct" && p.kind !== "array")
    throw new InvalidArgumentError(`${label}: expected a plaintext (parsePlaintext), got kind ${String(p.kind)}`);
}
function parseProgram2(source) {
  assertString(source, "parseProgram: source");
  return parseProgram(source);
}
function parsePlaintext2(text) {
  assertString(text, "parsePlaintext: text");
  return parsePlaintext(text);
}
function parsePrivateKey2(text) {
  assertString(text, "parsePrivateKey: text");
  return parsePrivateKey(text);
}
function parseViewKey2(text) {
  assertString(text, "parseViewKey: text");
  return parseViewKey(text);
}
function parseRecordCiphertext2(text) {
  assertString(text, "parseRecordCiphertext: text");
  return parseRecordCiphertext(text);
}
function decryptRecord2(ciphertext2, viewKey) {
  assertObject(ciphertext2, "decryptRecord: ciphertext");
  assertBigInt(viewKey, "decryptRecord: viewKey", 0n);
  return decryptRecord(ciphertext2, viewKey);
}
function readMapping2(state, program, mapping, key3) {
  assertObject(state, "readMapping: state");
  assertFunction(state.get, "readMapping: state.get");
  assertString(program, "readMapping: program");
  assertString(mapping, "readMapping: mapping");
  assertPlaintext(key3, "readMapping: key");
  return readMapping(state, program, mapping, key3);
}
function proveExecution2(x) {
  const l = "proveExecution";
  assertObject(x, l);
  assertProgram(x.program, `${l}: program`);
  assertString(x.function, `${l}: function`);
  assertArray(x.inputs, `${l}: inputs`, assertObject);
  assertString(x.privateKey, `${l}: privateKey`);
  fieldBigInt(x.nonce, `${l}: nonce`);
  assertArray(x.transitions, `${l}: transitions`, assertObject);
  if (x.version !== void 0 && x.version !== 1 && x.version !== 2)
    throw new InvalidArgumentError(`${l}: version: expected 1 or 2, got ${String(x.version)}`);
  if (x.globalStateRoot !== void 0)
    assertString(x.globalStateRoot, `${l}: globalStateRoot`);
  return proveExecution(x);
}

// dist/avm/deploy.js
import { sha256 } from "@noble/hashes/sha2.js";
var MAX_DEPLOYMENT_CONSTRAINTS = 1 << 20;
var MAX_DEPLOYMENT_VARIABLES = 1 << 20;
var GENESIS = {
  "credits.aleo": "34435eb9928cbe1b79092c7abebd6da8fd44a2e7f77c238b337df5fee83b5bfa"
};
var utf85 = new TextEncoder();
var key2 = (id) => utf85.encode(`aleo-deploy/${id}`);
function normalizedSource(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ").replace(/\s+/g, " ").trim();
}
function programChecksum(source) {
  return Buffer.from(sha256(utf85.encode(normalizedSource(source)))).toString("hex");
}
function readDeployment(state, id) {
  const v = state.get(key2(id));
  return v ? JSON.parse(new TextDecoder().decode(v)) : void 0;
}
function isDeployed(state, program) {
  const checksum = programChecksum(program.ast.source);
  if (GENESIS[program.id])
    return GENESIS[program.id] === checksum;
  return readDeployment(state, program.id)?.checksum === checksum;
}
function requireDeployed(state, program) {
  for (const p of [...program.imports.values(), program]) {
    if (isDeployed(state, p))
      continue;
    const known = GENESIS[p.id] !== void 0 || readDeployment(state, p.id) !== void 0;
    throw new AleoDeployError(known ? `program '${p.id}' differs from its deployed definition` : `program '${p.id}' is not deployed (deploy it first: polyvm aleo deploy ${p.id})`);
  }
}
var typeText2 = (v) => JSON.stringify(v, (k, x) => k === "pos" || k === "spec" ? void 0 : x instanceof Map ? [...x] : x);
function checkUpgrade(old, next) {
  const fail2 = (why) => {
    throw new AleoDeployError(`Cannot upgrade '${old.id}' because ${why}`);
  };
  if (!next.ast.ctor)
    throw new AleoDeployError("A program cannot be upgraded to a program without a constructor");
  for (const id of old.ast.imports)
    if (!next.ast.imports.includes(id))
      fail2(`it is missing the original import '${id}'`);
  if (typeText2(old.ast.ctor) !== typeText2(next.ast.ctor))
    fail2("the constructor does not match");
  for (const [kind, a2, b] of [
    ["mapping", old.ast.mappings, next.ast.mappings],
    ["struct", old.ast.structs, next.ast.structs],
    ["record", old.ast.records, next.ast.records],
    ["closure", old.ast.closures, next.ast.closures]
  ]) {
    for (const [name, def] of a2) {
      const other = b.get(name);
      if (!other || typeText2(def) !== typeText2(other))
        fail2(`the ${kind} '${name}' does not match`);
    }
  }
  for (const [name, f2] of old.ast.functions) {
    const g = next.ast.functions.get(name);
    if (!g)
      fail2(`the function '${name}' is missing`);
    else {
      if (typeText2(f2.inputs.map((i) => i.type)) !== typeText2(g.inputs.map((i) => i.type)))
        fail2(`the input types to the function '${name}' do not match`);
      if (typeText2(f2.outputs.map((o) => o.type)) !== typeText2(g.outputs.map((o) => o.type)))
        fail2(`the output types of the function '${name}' do not match`);
      if (!!f2.finalize !== !!g.finalize)
        fail2(`the function '${name}' ${f2.finalize ? "should" : "should not"} have a finalize block`);
      if (f2.finalize && g.finalize && typeText2(f2.finalize.inputs.map((i) => i.type)) !== typeText2(g.finalize.inputs.map((i) => i.type)))
        fail2(`the finalize inputs to the function '${name}' do not match`);
    }
  }
}
var LIMITS2 = { constraints: MAX_DEPLOYMENT_CONSTRAINTS, variables: MAX_DEPLOYMENT_VARIABLES };
function circuits(program, limits) {
  const out = {};
  let constraints = 0;
  let variables = 0;
  const over = (what, n, name, limit) => new AleoDeployError(`'${program.id}' ${n === void 0 ? "exceeds" : `has ${n} ${what}, over`} the deployment limit ${name} (${limit} ${what})`);
  for (const name of program.ast.functions.keys()) {
    try {
      const budget = {
        constraints: limits.constraints - constraints - 1,
        variables: limits.variables - variables
      };
      const r = synthesize3(program, name, { limits: budget }).report;
      out[name] = {
        circuitId: r.circuitId,
        constraints: r.constraints,
        variables: r.variables
      };
      constraints += r.constraints + 1;
      variables += r.variables;
    } catch (e) {
      if (!(e instanceof CircuitHalt))
        throw e;
      if (/Surpassed the constraint limit/.test(e.shortMessage))
        throw over("constraints", void 0, "MAX_DEPLOYMENT_CONSTRAINTS", limits.constraints);
      if (/Surpassed the variable limit/.test(e.shortMessage))
        throw over("variables", void 0, "MAX_DEPLOYMENT_VARIABLES", limits.variables);
      out[name] = { unsupported: e.shortMessage };
    }
  }
  if (constraints > limits.constraints)
    throw over("constraints", constraints, "MAX_DEPLOYMENT_CONSTRAINTS", limits.constraints);
  if (variables > limits.variables)
    throw over("variables", variables, "MAX_DEPLOYMENT_VARIABLES", limits.variables);
  return out;
}
function deployProgram(state, program, limits = LIMITS2) {
  for (const p of program.imports.values())
    if (!isDeployed(state, p))
      throw new AleoDeployError(`import '${p.id}' is not deployed (deploy it first)`);
  const checksum = programChecksum(program.ast.source);
  const genesis = GENESIS[program.id];
  if (genesis) {
    if (genesis === checksum)
      throw new AleoDeployError(`Program '${program.id}' already exists`);
    throw new AleoDeployError(`Cannot upgrade '${program.id}'`);
  }
  const old = readDeployment(state, program.id);
  if (old?.checksum === checksum)
    return { status: "unchanged", deployment: old };
  let edition = 0;
  if (old) {
    const previous = AleoProgram.parse(old.source, program.imports);
    if (!previous.ast.ctor)
      throw new AleoDeployError(`Program '${program.id}' already exists with different contents.`);
    checkUpgrade(previous, program);
    edition = old.edition + 1;
  }
  const deployment = {
    program: program.id,
    edition,
    checksum,
    source: program.ast.source,
    functions: circuits(program, limits)
  };
  state.put(key2(program.id), utf85.encode(JSON.stringify(deployment)));
  return { status: old ? "upgraded" : "deployed", deployment };
}

// dist/avm/varuna/index.js
var initVaruna = () => initBls12377();
var VARUNA_V2_HEIGHT = 6135e3;
var varunaVersionAt = (height) => height >= VARUNA_V2_HEIGHT ? 2 : 1;
function verifyExecution(root, execution, keys, proof, opts = {}) {
  const inputs2 = executionVerifierInputs(root, execution);
  const byLocator = /* @__PURE__ */ new Map();
  execution.transitions.forEach((t, i) => {
    const locator2 = `${t.program}/${t.function}`;
    let e = byLocator.get(locator2);
    if (!e) {
      const vk = keys.get(locator2);
      if (!vk)
        throw new VarunaInputError(`no verifying key for ${locator2}`);
      e = { vk, inputs: [] };
      byLocator.set(locator2, e);
    }
    e.inputs.push(inputs2[i]);
  });
  return verifyBatch(opts.srs ?? loadVerifierSrs(), [...byLocator.values()], proof, opts.version ?? 2);
}

// dist/avm/transition/json.js
var f = (v) => `${v}field`;
function transitionToJson(t) {
  const inputs2 = t.inputValues;
  const outputs2 = t.outputValues;
  return {
    id: t.id,
    program: t.program,
    function: t.function,
    signer: addressToString(t.signer),
    tvk: f(t.tvk),
    tcm: f(t.tcm),
    scm: f(t.scm),
    ...t.tpk ? { tpk: `${t.tpk.x}group` } : {},
    ...t.signature ? { signature: signatureToString(t.signature) } : {},
    inputs: t.inputs.map((x, i) => {
      const v = inputs2[i];
      const value = x.type === "constant" || x.type === "public" ? v.kind === "record" || v.kind === "future" ? void 0 : plaintextToText(v) : x.ciphertext;
      return {
        type: x.type,
        id: f(x.id),
        ...value !== void 0 ? { value } : {},
        ...x.record ? { tag: f(x.record.tag) } : {}
      };
    }),
    outputs: t.outputs.map((x, i) => {
      const v = outputs2[i];
      const value = x.type === "constant" || x.type === "public" || x.type === "future" ? valueToText(v) : x.ciphertext;
      return {
        type: x.type,
        id: f(x.id),
        ...value !== void 0 ? { value } : {},
        ...x.record ? { checksum: f(x.record.checksum), sender_ciphertext: f(x.record.senderCiphertext) } : {}
      };
    })
  };
}

// dist/avm/index.js
var DEV_PRIVATE_KEY = "APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH";
function randomness(opts) {
  let i = 0;
  if (opts.nonces) {
    const nonces = opts.nonces;
    return () => {
      const nonce = nonces[i++];
      if (nonce === void 0)
        throw new AleoHalt(`no nonce given for request ${i - 1}`);
      return { nonce };
    };
  }
  if (opts.tvks) {
    const tvks = opts.tvks;
    return () => {
      const tvk = tvks[i++];
      if (tvk === void 0)
        throw new AleoHalt(`no tvk given for request ${i - 1}`);
      return { tvk };
    };
  }
  const seed = opts.seed;
  return () => ({ nonce: requestNonce(seed, i++) });
}
function requestNonce(seed, index = 0) {
  if (seed !== void 0)
    assertBigInt(seed, "requestNonce: seed", 0n);
  assertSafeInteger(index, "requestNonce: index", 0);
  if (seed !== void 0)
    return poseidonHash(2, [domainField("polyvm.request.seed"), Fq.mod(seed), BigInt(index)]);
  const bytes = crypto.getRandomValues(new Uint8Array(48));
  let v = 0n;
  for (const b of bytes)
    v = v << 8n | BigInt(b);
  return Fq.mod(v);
}
function context(opts) {
  const wants = opts.privateKey !== void 0 || opts.seed !== void 0 || opts.tvks !== void 0 || opts.nonces !== void 0;
  if (!wants)
    return { ctx: { signer: opts.signer ?? GENERATOR } };
  const account = parsePrivateKey(opts.privateKey ?? DEV_PRIVATE_KEY);
  const transitions = {
    account,
    next: randomness(opts),
    list: [],
    callGraph: /* @__PURE__ */ new Map(),
    networkId: opts.networkId
  };
  return { ctx: { signer: account.address, transitions }, account };
}
function transitionsJson(ctx) {
  const list = ctx.transitions?.list;
  return list ? { transitions: list.map(transitionToJson) } : {};
}
function executionTransitionId(transitions) {
  return transitions.at(-1)?.idField;
}
function checkProgram(source, imports = /* @__PURE__ */ new Map()) {
  assertString(source, "checkProgram: source");
  if (!(imports instanceof Map))
    throw new InvalidArgumentError("checkProgram: imports: expected a Map");
  for (const [id, p] of imports)
    assertProgram(p, `checkProgram: imports '${id}'`);
  return AleoProgram.parse(source, imports);
}
function evaluate4(program, fn, inputs2, opts, then) {
  const { ctx, account } = context(opts);
  const args = parseInputs(program, fn, inputs2, account?.viewKey);
  try {
    const r = runFunction(program, fn, args, ctx, ctx.signer);
    then?.(r, ctx);
    return {
      status: "success",
      outputs: r.outputs.map(valueToText),
      ...transitionsJson(ctx)
    };
  } catch (e) {
    if (e instanceof AleoHalt)
      return { status: "error", error: e.shortMessage };
    throw e;
  }
}
function run(program, fn, inputs2, opts = {}) {
  assertCall(program, fn, inputs2, "run");
  assertRunOptions(opts, "run: options");
  return evaluate4(program, fn, inputs2, opts);
}
function execute(program, fn, inputs2, state, opts = {}) {
  assertCall(program, fn, inputs2, "execute");
  assertState(state, "execute: state");
  assertRunOptions(opts, "execute: options");
  return evaluate4(program, fn, inputs2, opts, (r, ctx) => {
    state.atomically(() => {
      if (!r.future)
        return;
      const env = {
        state,
        blockHeight: opts.blockHeight ?? 0,
        networkId: opts.networkId ?? 0,
        transitionId: executionTransitionId(ctx.transitions?.list ?? []),
        callGraph: ctx.transitions?.callGraph
      };
      runFinalize(program, r.future, env);
    });
  });
}
var needsVaruna = (program) => [program, ...program.imports.values()].some((p) => usesSnarkVerify(p.ast));
function verifyingKeyCache(store) {
  const key3 = (id) => namespacedKey("avm", `.varuna-vk/${Buffer.from(id).toString("hex")}`);
  return { get: (id) => store.get(key3(id)), put: (id, vk) => store.put(key3(id), vk) };
}
function aleoState(store) {
  if (typeof store !== "object" || store === null || typeof store.get !== "function")
    throw new InvalidArgumentError("aleoState: store: expected a KVStore (MemoryStore, LmdbStore)");
  return new JournaledCache(store);
}

export {
  viewKeyToString,
  AleoParseError,
  AleoCheckError,
  AleoValueError,
  AleoHalt,
  AleoDeployError,
  CircuitHalt,
  addressToText,
  parseVerifyingKey,
  parseProof,
  loadProverSrs,
  isIdentifier,
  isProgramId,
  plaintextToText,
  valueToText,
  parseInputs,
  AleoProgram,
  firstUnsatisfied,
  synthesize3 as synthesize,
  circuitSetup,
  assertProvable,
  parseProgram2 as parseProgram,
  parsePlaintext2 as parsePlaintext,
  parsePrivateKey2 as parsePrivateKey,
  parseViewKey2 as parseViewKey,
  parseRecordCiphertext2 as parseRecordCiphertext,
  decryptRecord2 as decryptRecord,
  readMapping2 as readMapping,
  proveExecution2 as proveExecution,
  requireDeployed,
  deployProgram,
  initVaruna,
  varunaVersionAt,
  verifyExecution,
  DEV_PRIVATE_KEY,
  requestNonce,
  checkProgram,
  run,
  execute,
  needsVaruna,
  verifyingKeyCache,
  aleoState
};
