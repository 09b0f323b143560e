import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  DEFAULT_LIMITS,
  ExecutionContext,
  ExecutionEngine,
  HANDLER_GROUPS,
  INTEGER_MAX_SIZE,
  IntegerItem,
  InteropInterfaceItem,
  InvalidCastFault,
  JsonNumber,
  MapItem,
  NULL,
  NullItem,
  OPCODES,
  PointerItem,
  PrimitiveType,
  Script,
  ScriptBuilder,
  StackItemType,
  StructItem,
  VMFault,
  VMUnhandledException,
  assertShift,
  bigIntFromLE,
  bigIntToLE,
  createJumpTable,
  deepCopy,
  integer,
  integerOf,
  parseJson,
  toInt32
} from "./chunk-67AMXDAE.js";
import {
  base58Decode,
  base58Encode
} from "./chunk-CIILX6KK.js";
import {
  keccak_256
} from "./chunk-KZLTWOWN.js";
import {
  MemoryStore
} from "./chunk-VN6NVGIK.js";
import {
  JournaledCache,
  bytesToKey,
  namespacedKey
} from "./chunk-ACMAOO3W.js";
import {
  bytesToHex,
  compareBytes
} from "./chunk-IXTBPKQN.js";
import {
  PolyvmError
} from "./chunk-XXQMZ22L.js";

// dist/neo/crypto/hash.js
import { ripemd160 as nobleRipemd160 } from "@noble/hashes/legacy.js";
import { sha256 as nobleSha256, sha512 as nobleSha512 } from "@noble/hashes/sha2.js";
var sha256 = (data) => nobleSha256(data);
var ripemd160 = (data) => nobleRipemd160(data);
var keccak256 = (data) => keccak_256(data);
var hash160 = (data) => nobleRipemd160(nobleSha256(data));
var hash256 = (data) => nobleSha256(nobleSha256(data));

// dist/neo/errors.js
var NeoFormatError = class extends PolyvmError {
  name = "NeoFormatError";
  constructor(shortMessage, options) {
    super("NEO_FORMAT", shortMessage, options);
  }
};
var NefError = class extends PolyvmError {
  name = "NefError";
  constructor(shortMessage, options) {
    super("NEO_NEF_INVALID", shortMessage, options);
  }
};
var ManifestError = class extends PolyvmError {
  name = "ManifestError";
  constructor(shortMessage, options) {
    super("NEO_MANIFEST_INVALID", shortMessage, options);
  }
};
var ScriptCheckError = class extends PolyvmError {
  name = "ScriptCheckError";
  constructor(shortMessage, options) {
    super("NEO_SCRIPT_INVALID", shortMessage, options);
  }
};
var NeoArgumentError = class extends PolyvmError {
  name = "NeoArgumentError";
  constructor(shortMessage, options) {
    super("NEO_ARGUMENT", shortMessage, options);
  }
};
var NeoTransactionError = class extends PolyvmError {
  name = "NeoTransactionError";
  constructor(shortMessage, options) {
    super("NEO_TRANSACTION_FAILED", shortMessage, options);
  }
};
var FormatError = NeoFormatError;

// dist/neo/uint.js
var UINT160_ZERO = new Uint8Array(20);
var UINT256_ZERO = new Uint8Array(32);
function hashToString(hash2) {
  return `0x${bytesToHex(hash2.slice().reverse())}`;
}
function parseHash(text2, length, what) {
  const body = text2.startsWith("0x") || text2.startsWith("0X") ? text2.slice(2) : text2;
  if (body.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(body)) {
    throw new NeoFormatError(`Invalid ${what}: expected ${length * 2} hex digits, got ${JSON.stringify(text2)}`);
  }
  return Uint8Array.from(Buffer.from(body, "hex")).reverse();
}
var parseUInt160 = (text2) => parseHash(text2, 20, "UInt160");
var parseUInt256 = (text2) => parseHash(text2, 32, "UInt256");
var hashKey = (hash2) => bytesToHex(hash2);
function equalHash(a, b) {
  if (!a || !b || a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return false;
  return true;
}
function base58CheckEncode(data) {
  const checksum = hash256(data).subarray(0, 4);
  const buf = new Uint8Array(data.length + 4);
  buf.set(data);
  buf.set(checksum, data.length);
  return base58Encode(buf);
}
function base58DecodeStrict(text2) {
  for (let i = 0; i < text2.length; i++) {
    if (!/[1-9A-HJ-NP-Za-km-z]/.test(text2[i])) {
      throw new NeoFormatError(`Invalid Base58 character '${text2[i]}' at position ${i}`);
    }
  }
  return base58Decode(text2);
}
function base58CheckDecode(text2) {
  const buf = base58DecodeStrict(text2);
  if (buf.length < 4) {
    throw new NeoFormatError(`Invalid Base58Check format: decoded data length (${buf.length} bytes) is too short.`);
  }
  const body = buf.subarray(0, buf.length - 4);
  const sum = hash256(body);
  for (let i = 0; i < 4; i++) {
    if (sum[i] !== buf[body.length + i])
      throw new NeoFormatError("Invalid Base58Check checksum");
  }
  return body.slice();
}
function toAddress(scriptHash2, version) {
  const data = new Uint8Array(21);
  data[0] = version;
  data.set(scriptHash2, 1);
  return base58CheckEncode(data);
}
function addressToScriptHash(address, version) {
  const data = base58CheckDecode(address);
  if (data.length !== 21) {
    throw new NeoFormatError(`Invalid address format: expected 21 bytes after Base58Check decoding, got ${data.length}`);
  }
  if (data[0] !== version) {
    throw new NeoFormatError(`Invalid address version: expected version ${version}, but got ${data[0]}`);
  }
  return data.subarray(1);
}

// dist/neo/chain/args.js
import { readFileSync } from "node:fs";

// dist/neo/crypto/ecpoint.js
var SECP256R1 = {
  name: "secp256r1",
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
  b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
};
var SECP256K1 = {
  name: "secp256k1",
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn,
  a: 0n,
  b: 7n,
  n: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
};
function modPow(base, exp, mod2) {
  let result = 1n;
  let b = base % mod2;
  let e = exp;
  while (e > 0n) {
    if (e & 1n)
      result = result * b % mod2;
    b = b * b % mod2;
    e >>= 1n;
  }
  return result;
}
var DECOMPRESSED = /* @__PURE__ */ new Map();
function toBytes32(v) {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
function fromBytes(bytes4) {
  let v = 0n;
  for (const b of bytes4)
    v = v << 8n | BigInt(b);
  return v;
}
var ECPoint = class _ECPoint {
  curve;
  x;
  y;
  compressed;
  constructor(curve, x, y) {
    this.curve = curve;
    this.x = x;
    this.y = y;
  }
  /** Neo's `DecodePoint`: 0x02/0x03 + 32 bytes, or 0x04 + 64 bytes. */
  static decode(encoded, curve = SECP256R1) {
    const prefix = encoded[0];
    if (prefix === 2 || prefix === 3) {
      const key3 = `${curve.name}${Buffer.from(encoded.buffer, encoded.byteOffset, encoded.length).toString("latin1")}`;
      const cached = DECOMPRESSED.get(key3);
      if (cached !== void 0)
        return cached;
      const point = _ECPoint.decompress(encoded, curve);
      if (DECOMPRESSED.size >= 1e4)
        DECOMPRESSED.clear();
      DECOMPRESSED.set(key3, point);
      return point;
    }
    return _ECPoint.decodeUncompressed(encoded, curve);
  }
  /** y from x: both curves have p = 3 (mod 4), so the root is alpha^((p+1)/4). */
  static decompress(encoded, curve) {
    if (encoded.length !== 33) {
      throw new FormatError(`Invalid compressed ECPoint encoding length: expected 33 bytes, but got ${encoded.length} bytes.`);
    }
    const x = fromBytes(encoded.subarray(1));
    if (x >= curve.p)
      throw new FormatError("x value too large in field element");
    const alpha = (x * x % curve.p * x + curve.a * x + curve.b) % curve.p;
    let beta = modPow(alpha, (curve.p + 1n) / 4n, curve.p);
    if (beta * beta % curve.p !== alpha) {
      throw new FormatError("Failed to decompress ECPoint: the X coordinate is not on the curve.");
    }
    if (Number(beta & 1n) !== (encoded[0] & 1))
      beta = curve.p - beta;
    const point = new _ECPoint(curve, x, beta);
    point.compressed = encoded.slice();
    return point;
  }
  static decodeUncompressed(encoded, curve) {
    const prefix = encoded[0];
    if (prefix === 4) {
      if (encoded.length !== 65) {
        throw new FormatError(`Invalid uncompressed ECPoint encoding length: expected 65 bytes, but got ${encoded.length} bytes.`);
      }
      const x = fromBytes(encoded.subarray(1, 33));
      const y = fromBytes(encoded.subarray(33));
      if (x >= curve.p || y >= curve.p)
        throw new FormatError("x value too large in field element");
      return new _ECPoint(curve, x, y);
    }
    if (prefix === void 0)
      throw new FormatError("Invalid ECPoint encoding: empty input.");
    throw new FormatError(`Invalid ECPoint encoding format: unknown prefix byte 0x${prefix.toString(16).toUpperCase().padStart(2, "0")}.`);
  }
  /** Parses the hex form (`ECPoint.Parse`). */
  static parse(hex3, curve = SECP256R1) {
    if (!/^(0x)?([0-9a-fA-F]{2})+$/.test(hex3))
      throw new FormatError(`invalid public key hex: ${hex3}`);
    return _ECPoint.decode(Uint8Array.from(Buffer.from(hex3.replace(/^0x/, ""), "hex")), curve);
  }
  /** The 33-byte compressed encoding (neo's `EncodePoint(true)`, `ToArray()`). */
  encodeCompressed() {
    if (this.compressed === void 0) {
      const out = new Uint8Array(33);
      out[0] = this.y & 1n ? 3 : 2;
      out.set(toBytes32(this.x), 1);
      this.compressed = out;
    }
    return this.compressed;
  }
  encodeUncompressed() {
    const out = new Uint8Array(65);
    out[0] = 4;
    out.set(toBytes32(this.x), 1);
    out.set(toBytes32(this.y), 33);
    return out;
  }
  compareTo(other) {
    if (this.x !== other.x)
      return this.x < other.x ? -1 : 1;
    if (this.y !== other.y)
      return this.y < other.y ? -1 : 1;
    return 0;
  }
  equals(other) {
    return this.x === other.x && this.y === other.y && this.curve === other.curve;
  }
  toString() {
    return Buffer.from(this.encodeCompressed()).toString("hex");
  }
};
function sortPoints(points) {
  return [...points].sort((a, b) => a.compareTo(b));
}

// dist/neo/chain/args.js
var bytes = (b) => new ByteStringItem(b);
function hex(text2, what) {
  const h = text2.startsWith("0x") ? text2.slice(2) : text2;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new NeoArgumentError(`${what}: expected hex, got ${JSON.stringify(text2)}`);
  return Uint8Array.from(Buffer.from(h, "hex"));
}
function hash160Of(text2, ctx2) {
  if (text2.startsWith("@")) {
    if (!ctx2.account)
      throw new NeoArgumentError(`${text2}: no wallet to resolve the account from`);
    return ctx2.account(text2.slice(1));
  }
  if (/^(0x)?[0-9a-fA-F]{40}$/.test(text2))
    return parseUInt160(text2);
  try {
    return addressToScriptHash(text2, ctx2.addressVersion);
  } catch (error) {
    throw new NeoArgumentError(`hash160: ${JSON.stringify(text2)} is neither a hash nor an address: ${error.message}`);
  }
}
function splitList(body) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of body) {
    if (c === "[")
      depth++;
    if (c === "]")
      depth--;
    if (c === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else
      cur += c;
  }
  if (cur.trim().length > 0)
    out.push(cur.trim());
  return out;
}
function parseContractArg(text2, ctx2) {
  if (text2.startsWith("[") && text2.endsWith("]")) {
    return new ArrayItem(splitList(text2.slice(1, -1)).map((x) => parseContractArg(x, ctx2)));
  }
  const colon = text2.indexOf(":");
  const type = colon > 0 ? text2.slice(0, colon).toLowerCase() : "";
  const value = colon > 0 ? text2.slice(colon + 1) : text2;
  switch (type) {
    case "int":
    case "integer":
      if (!/^[+-]?\d+$/.test(value))
        throw new NeoArgumentError(`int: expected an integer, got ${JSON.stringify(value)}`);
      return integer(BigInt(value));
    case "bool":
    case "boolean":
      if (value !== "true" && value !== "false")
        throw new NeoArgumentError(`bool: expected true or false, got ${JSON.stringify(value)}`);
      return BooleanItem.of(value === "true");
    case "string":
    case "str":
      return ByteStringItem.fromString(value);
    case "hash160":
      return bytes(hash160Of(value, ctx2));
    case "hash256":
      return bytes(parseUInt256(value));
    case "bytes":
    case "bytearray":
      return bytes(hex(value, "bytes"));
    case "key":
    case "publickey":
      return bytes(ECPoint.parse(value).encodeCompressed());
    case "filebytes":
      try {
        return bytes(Uint8Array.from(readFileSync(ctx2.path ? ctx2.path(value) : value)));
      } catch (error) {
        throw new NeoArgumentError(`filebytes: cannot read ${value}: ${error.message}`);
      }
    case "any":
      return NULL;
  }
  if (text2 === "any" || text2 === "null")
    return NULL;
  if (text2.startsWith("@"))
    return bytes(hash160Of(text2, ctx2));
  if (/^0x[0-9a-fA-F]{40}$/.test(text2))
    return bytes(parseUInt160(text2));
  if (/^0x[0-9a-fA-F]{64}$/.test(text2))
    return bytes(parseUInt256(text2));
  if (/^0x([0-9a-fA-F]{2})*$/.test(text2))
    return bytes(hex(text2, "bytes"));
  if (/^[+-]?\d+$/.test(text2))
    return integer(BigInt(text2));
  if (text2 === "true" || text2 === "false")
    return BooleanItem.of(text2 === "true");
  if (/^N[1-9A-HJ-NP-Za-km-z]{33}$/.test(text2)) {
    try {
      return bytes(addressToScriptHash(text2, ctx2.addressVersion));
    } catch {
    }
  }
  return ByteStringItem.fromString(text2);
}

// dist/neo/io/base64.js
var B64 = /^[A-Za-z0-9+/]*={0,2}$/;
function base64Encode(bytes4) {
  return Buffer.from(bytes4.buffer, bytes4.byteOffset, bytes4.length).toString("base64");
}
function base64Decode(text2) {
  const s = text2.replace(/[ \t\r\n]/g, "");
  if (s.length % 4 !== 0 || !B64.test(s)) {
    throw new NeoFormatError("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
  }
  return Uint8Array.from(Buffer.from(s, "base64"));
}
function base64UrlEncode(text2) {
  return Buffer.from(text2, "utf8").toString("base64url");
}
function base64UrlDecode(text2) {
  const s = text2.replace(/-/g, "+").replace(/_/g, "/");
  const mod2 = s.length % 4;
  if (mod2 === 1)
    throw new NeoFormatError(`Unable to decode: '${text2}' is not a valid base64url string.`);
  const padded = mod2 === 0 ? s : s + "=".repeat(4 - mod2);
  return Buffer.from(base64Decode(padded)).toString("utf8");
}

// dist/neo/json/neo-json.js
var JObject = class {
  properties = /* @__PURE__ */ new Map();
  get(key3) {
    return this.properties.get(key3);
  }
  set(key3, value) {
    this.properties.set(key3, value);
    return this;
  }
};
function hasLoneSurrogate(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343)
        i++;
      else
        return true;
    } else if (c >= 56320 && c <= 57343)
      return true;
  }
  return false;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var Parser = class {
  text;
  maxNest;
  pos = 0;
  depth = 0;
  constructor(text2, maxNest) {
    this.text = text2;
    this.maxNest = maxNest;
  }
  fail(what) {
    throw new NeoFormatError(`${what} at position ${this.pos}`);
  }
  skip() {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13)
        this.pos++;
      else if (c === 47 && t[this.pos + 1] === "/") {
        const end = t.indexOf("\n", this.pos);
        this.pos = end < 0 ? t.length : end + 1;
      } else if (c === 47 && t[this.pos + 1] === "*") {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0)
          this.fail("Unterminated comment");
        this.pos = end + 2;
      } else
        return;
    }
  }
  parseDocument() {
    this.skip();
    if (this.pos >= this.text.length)
      this.fail("Read json token failed");
    const value = this.value();
    this.skip();
    if (this.pos < this.text.length)
      this.fail("Read json token failed");
    return value;
  }
  value() {
    const c = this.text[this.pos];
    if (c === "{")
      return this.object();
    if (c === "[")
      return this.array();
    if (c === '"')
      return this.string();
    if (c === "t" && this.text.startsWith("true", this.pos))
      return this.literal(4, true);
    if (c === "f" && this.text.startsWith("false", this.pos))
      return this.literal(5, false);
    if (c === "n" && this.text.startsWith("null", this.pos))
      return this.literal(4, null);
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9")
      return this.number();
    this.fail(`Unexpected character ${c === void 0 ? "end of input" : JSON.stringify(c)}`);
  }
  literal(n, v) {
    this.pos += n;
    const next = this.text[this.pos];
    if (next !== void 0 && /[A-Za-z0-9_]/.test(next))
      this.fail("Invalid literal");
    return v;
  }
  enter() {
    if (++this.depth > this.maxNest)
      this.fail(`The maximum configured depth of ${this.maxNest} has been exceeded`);
    this.pos++;
  }
  array() {
    this.enter();
    const out = [];
    this.skip();
    if (this.text[this.pos] === "]") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (; ; ) {
      this.skip();
      out.push(this.value());
      this.skip();
      const c = this.text[this.pos++];
      if (c === "]")
        break;
      if (c !== ",")
        this.fail("Expected , or ]");
    }
    this.depth--;
    return out;
  }
  object() {
    this.enter();
    const obj3 = new JObject();
    this.skip();
    if (this.text[this.pos] === "}") {
      this.pos++;
      this.depth--;
      return obj3;
    }
    for (; ; ) {
      this.skip();
      if (this.text[this.pos] !== '"')
        this.fail("Expected property name");
      const key3 = this.string();
      if (obj3.properties.has(key3))
        this.fail(`Duplicate property name: ${key3}`);
      this.skip();
      if (this.text[this.pos++] !== ":")
        this.fail("Expected :");
      this.skip();
      obj3.properties.set(key3, this.value());
      this.skip();
      const c = this.text[this.pos++];
      if (c === "}")
        break;
      if (c !== ",")
        this.fail("Expected , or }");
    }
    this.depth--;
    return obj3;
  }
  string() {
    this.pos++;
    let out = "";
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(this.pos);
      if (Number.isNaN(c))
        this.fail("Unterminated string");
      if (c === 34) {
        this.pos++;
        break;
      }
      if (c < 32)
        this.fail("Invalid control character in string");
      if (c !== 92) {
        out += t[this.pos++];
        continue;
      }
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "/":
          out += "/";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "u": {
          const hex3 = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex3))
            this.fail("Invalid \\u escape");
          out += String.fromCharCode(Number.parseInt(hex3, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail("Invalid escape");
      }
    }
    if (hasLoneSurrogate(out))
      this.fail("Cannot read invalid UTF-16 JSON text as string");
    return out;
  }
  number() {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 2048));
    if (m === null)
      this.fail("Invalid number");
    const next = this.text[this.pos + m[0].length];
    if (next !== void 0 && /[0-9.eE+\-A-Za-z]/.test(next))
      this.fail("Invalid number");
    const v = Number(m[0]);
    if (!Number.isFinite(v))
      this.fail("Number out of range");
    this.pos += m[0].length;
    return v;
  }
};
function parseJson2(input, maxNest = 64) {
  let text2;
  if (typeof input === "string")
    text2 = input;
  else {
    try {
      text2 = decoder.decode(input);
    } catch {
      throw new NeoFormatError("Invalid UTF-8 in JSON");
    }
  }
  return new Parser(text2, maxNest).parseDocument();
}
var SAFE = new Uint8Array(128);
for (let c = 32; c < 127; c++)
  SAFE[c] = 1;
for (const c of "\"&'+<>\\`")
  SAFE[c.charCodeAt(0)] = 0;
var SHORT = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 92: "\\\\" };
function quoteJson(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && SAFE[c] === 1)
      out += s[i];
    else
      out += SHORT[c] ?? `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `${out}"`;
}
function formatNumber(v) {
  if (Number.isNaN(v))
    return "NaN";
  if (!Number.isFinite(v))
    return v > 0 ? "\u221E" : "-\u221E";
  if (v === 0)
    return Object.is(v, -0) ? "-0" : "0";
  const [mant, expText] = Math.abs(v).toExponential().split("e");
  const digits = mant.replace(".", "");
  const exp = Number(expText);
  const sign2 = v < 0 ? "-" : "";
  const scale = exp + 1;
  if (scale > Math.max(digits.length, 15) || scale < -3) {
    const e = Math.abs(exp).toString().padStart(2, "0");
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign2}${m}E${exp < 0 ? "-" : "+"}${e}`;
  }
  if (scale <= 0)
    return `${sign2}0.${"0".repeat(-scale)}${digits}`;
  if (scale >= digits.length)
    return sign2 + digits + "0".repeat(scale - digits.length);
  return `${sign2}${digits.slice(0, scale)}.${digits.slice(scale)}`;
}
function stringifyJson(token) {
  if (token === null)
    return "null";
  if (typeof token === "boolean")
    return token ? "true" : "false";
  if (typeof token === "number")
    return formatNumber(token);
  if (typeof token === "string")
    return quoteJson(token);
  if (Array.isArray(token))
    return `[${token.map(stringifyJson).join(",")}]`;
  const parts = [];
  for (const [k, v] of token.properties)
    parts.push(`${quoteJson(k)}:${stringifyJson(v)}`);
  return `{${parts.join(",")}}`;
}

// dist/neo/contract/parameter-type.js
var ParamType = {
  Any: 0,
  Boolean: 16,
  Integer: 17,
  ByteArray: 18,
  String: 19,
  Hash160: 20,
  Hash256: 21,
  PublicKey: 22,
  Signature: 23,
  Array: 32,
  Map: 34,
  InteropInterface: 48,
  Void: 255
};
var BY_CODE = new Map(Object.entries(ParamType).map(([k, v]) => [v, k]));
function isParamType(code) {
  return BY_CODE.has(code);
}
function parseParamType(text2) {
  const t = text2.trim();
  if (Object.hasOwn(ParamType, t))
    return ParamType[t];
  if (/^[+-]?\d+$/.test(t)) {
    const n = Number(t);
    if (n >= 0 && n <= 255)
      return n;
  }
  return void 0;
}

// dist/neo/contract/manifest.js
var MAX_MANIFEST_LENGTH = 65535;
var WILDCARD = { kind: "wildcard" };
var DEFAULT_PERMISSION = { contract: WILDCARD, methods: "*" };
var bad = (where, what) => {
  throw new ManifestError(`manifest ${where}: ${what}`);
};
function obj(v, where) {
  if (!(v instanceof JObject))
    bad(where, "expected an object");
  return v;
}
function arr(v, where) {
  if (!Array.isArray(v))
    bad(where, "expected an array");
  return v;
}
function optArr(v, where) {
  return v === void 0 || v === null ? [] : arr(v, where);
}
function str(v, where) {
  if (typeof v !== "string")
    bad(where, "expected a string");
  return v;
}
function nonEmpty(v, where) {
  const s = str(v, where);
  if (s.length === 0)
    bad(where, "is empty");
  return s;
}
function unique(items2, key3, where) {
  const seen = /* @__PURE__ */ new Set();
  for (const item of items2) {
    const k = key3(item);
    if (seen.has(k))
      bad(where, `duplicate ${JSON.stringify(k)}`);
    seen.add(k);
  }
}
function paramType(v, where, allowVoid) {
  const t = parseParamType(str(v, where));
  if (t === void 0 || !isParamType(t) || !allowVoid && t === ParamType.Void) {
    bad(where, `type ${JSON.stringify(v)} is not valid`);
  }
  return t;
}
function parameters(v, where) {
  const list2 = arr(v, where).map((p, i) => {
    const o = obj(p, `${where}[${i}]`);
    return {
      name: nonEmpty(o.get("name"), `${where}[${i}].name`),
      type: paramType(o.get("type"), `${where}[${i}].type`, false)
    };
  });
  unique(list2, (p) => p.name, where);
  return list2;
}
function int32(v, where) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31)
    bad(where, "expected a 32-bit integer");
  return v;
}
function descriptor(v, where) {
  const s = str(v, where);
  try {
    if (s.length === 42)
      return { kind: "hash", hash: parseUInt160(s) };
    if (s.length === 66)
      return { kind: "group", group: ECPoint.parse(s) };
  } catch (error) {
    bad(where, error.message);
  }
  if (s === "*")
    return WILDCARD;
  return bad(where, `Invalid ContractPermissionDescriptor(${s})`);
}
function descriptorKey(d) {
  return d.kind === "wildcard" ? "*" : d.kind === "hash" ? hashKey(d.hash) : d.group.toString();
}
function wildcard(v, where, element) {
  if (typeof v === "string") {
    if (v !== "*")
      bad(where, `Invalid wildcard('${v}')`);
    return "*";
  }
  if (!Array.isArray(v))
    return bad(where, 'expected "*" or an array');
  return v.map((e, i) => element(e, `${where}[${i}]`));
}
function manifestFromJson(json) {
  const root = obj(json, "root");
  const name = nonEmpty(root.get("name"), "name");
  const groups = optArr(root.get("groups"), "groups").map((g, i) => {
    const o = obj(g, `groups[${i}]`);
    let pubKey;
    let signature;
    try {
      pubKey = ECPoint.parse(str(o.get("pubkey"), `groups[${i}].pubkey`));
      signature = base64Decode(str(o.get("signature"), `groups[${i}].signature`));
    } catch (error) {
      if (error instanceof ManifestError)
        throw error;
      return bad(`groups[${i}]`, error.message);
    }
    if (signature.length !== 64)
      bad(`groups[${i}].signature`, `Signature length(${signature.length}) is not 64`);
    return { pubKey, signature };
  });
  unique(groups, (g) => g.pubKey.toString(), "groups");
  const features = root.get("features");
  if (!(features instanceof JObject) || features.properties.size !== 0)
    bad("features", "Features field must be empty");
  const supportedStandards = optArr(root.get("supportedstandards"), "supportedstandards").map((s, i) => nonEmpty(s, `supportedstandards[${i}]`));
  unique(supportedStandards, (s) => s, "supportedstandards");
  const abiJson = obj(root.get("abi"), "abi");
  const methods = optArr(abiJson.get("methods"), "abi.methods").map((m, i) => {
    const where = `abi.methods[${i}]`;
    const o = obj(m, where);
    const method2 = {
      name: nonEmpty(o.get("name"), `${where}.name`),
      parameters: parameters(o.get("parameters"), `${where}.parameters`),
      returnType: paramType(o.get("returntype"), `${where}.returntype`, true),
      offset: int32(o.get("offset"), `${where}.offset`),
      safe: o.get("safe")
    };
    if (typeof method2.safe !== "boolean")
      bad(`${where}.safe`, "expected a boolean");
    if (method2.offset < 0)
      bad(`${where}.offset`, `Offset(${method2.offset}) is not valid`);
    return method2;
  });
  if (methods.length === 0)
    bad("abi.methods", "Methods in ContractAbi is empty");
  const events = optArr(abiJson.get("events"), "abi.events").map((e, i) => {
    const o = obj(e, `abi.events[${i}]`);
    return {
      name: nonEmpty(o.get("name"), `abi.events[${i}].name`),
      parameters: parameters(o.get("parameters"), `abi.events[${i}].parameters`)
    };
  });
  const permissions = optArr(root.get("permissions"), "permissions").map((p, i) => {
    const o = obj(p, `permissions[${i}]`);
    const contract = descriptor(o.get("contract") ?? null, `permissions[${i}].contract`);
    const methodsList = wildcard(o.get("methods"), `permissions[${i}].methods`, (e, w) => nonEmpty(e, w));
    if (methodsList !== "*")
      unique(methodsList, (m) => m, `permissions[${i}].methods`);
    return { contract, methods: methodsList };
  });
  unique(permissions, (p) => descriptorKey(p.contract), "permissions");
  const trusts = wildcard(root.get("trusts"), "trusts", descriptor);
  if (trusts !== "*")
    unique(trusts, descriptorKey, "trusts");
  const extra = root.get("extra");
  if (extra !== void 0 && extra !== null && !(extra instanceof JObject))
    bad("extra", "expected an object or null");
  return {
    name,
    groups,
    supportedStandards,
    abi: { methods, events },
    permissions,
    trusts,
    extra: extra ?? null
  };
}
function parseManifest(bytes4) {
  const size = typeof bytes4 === "string" ? Buffer.byteLength(bytes4) : bytes4.length;
  if (size > MAX_MANIFEST_LENGTH) {
    throw new ManifestError(`JSON content length ${size} exceeds maximum allowed size of ${MAX_MANIFEST_LENGTH} bytes`);
  }
  let json;
  try {
    json = parseJson2(bytes4);
  } catch (error) {
    if (error instanceof NeoFormatError)
      throw new ManifestError(`manifest is not valid JSON: ${error.shortMessage}`);
    throw error;
  }
  return manifestFromJson(json);
}
function getMethod(abi, name, pcount) {
  if (pcount < -1 || pcount > 65535)
    throw new RangeError(`\`pcount\` must be between [-1, 65535]`);
  if (pcount === -1)
    return abi.methods.find((m) => m.name === name);
  return abi.methods.find((m) => m.name === name && m.parameters.length === pcount);
}
function permissionAllows(p, target, method2) {
  if (p.contract.kind === "hash") {
    if (hashKey(p.contract.hash) !== hashKey(target.hash))
      return false;
  } else if (p.contract.kind === "group") {
    const g = p.contract.group;
    if (!target.manifest.groups.some((x) => x.pubKey.equals(g)))
      return false;
  }
  return p.methods === "*" || p.methods.includes(method2);
}

// dist/neo/io/binary.js
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var encoder = new TextEncoder();
function strictUtf8(bytes4) {
  try {
    return strict.decode(bytes4);
  } catch {
    throw new NeoFormatError("Invalid UTF-8 sequence");
  }
}
function utf8(text2) {
  return encoder.encode(text2);
}
var BinaryReader = class {
  data;
  position = 0;
  constructor(data) {
    this.data = data;
  }
  get remaining() {
    return this.data.length - this.position;
  }
  ensure(n) {
    if (this.position + n > this.data.length) {
      throw new NeoFormatError(`Position ${this.position} + Wanted ${n} is exceeded boundary(${this.data.length})`);
    }
  }
  readByte() {
    this.ensure(1);
    return this.data[this.position++];
  }
  readBoolean() {
    const v = this.readByte();
    if (v > 1)
      throw new NeoFormatError(`Invalid boolean value: ${v}`);
    return v === 1;
  }
  readUInt16() {
    this.ensure(2);
    const d = this.data;
    const p = this.position;
    this.position += 2;
    return d[p] | d[p + 1] << 8;
  }
  readUInt32() {
    this.ensure(4);
    const d = this.data;
    const p = this.position;
    this.position += 4;
    return (d[p] | d[p + 1] << 8 | d[p + 2] << 16 | d[p + 3] << 24) >>> 0;
  }
  readInt32() {
    return this.readUInt32() | 0;
  }
  readUInt64() {
    const lo = this.readUInt32();
    const hi = this.readUInt32();
    return BigInt(hi) << 32n | BigInt(lo);
  }
  readInt64() {
    return BigInt.asIntN(64, this.readUInt64());
  }
  readVarInt(max = Number.MAX_SAFE_INTEGER) {
    const b = this.readByte();
    let value;
    if (b === 253)
      value = BigInt(this.readUInt16());
    else if (b === 254)
      value = BigInt(this.readUInt32());
    else if (b === 255)
      value = this.readUInt64();
    else
      value = BigInt(b);
    if (value > BigInt(max))
      throw new NeoFormatError(`VarInt value is greater than max: ${value}/${max}`);
    return Number(value);
  }
  readBytes(n) {
    this.ensure(n);
    const out = this.data.subarray(this.position, this.position + n);
    this.position += n;
    return out;
  }
  readVarBytes(max = 16777216) {
    return this.readBytes(this.readVarInt(max));
  }
  readVarString(max = 16777216) {
    return strictUtf8(this.readVarBytes(max));
  }
  /** A string in `length` bytes, zero-padded; the padding must be zeros. */
  readFixedString(length) {
    const bytes4 = this.readBytes(length);
    let end = 0;
    while (end < length && bytes4[end] !== 0)
      end++;
    for (let i = end; i < length; i++) {
      if (bytes4[i] !== 0)
        throw new NeoFormatError(`The padding is not 0 at fixed string offset ${i}`);
    }
    return strictUtf8(bytes4.subarray(0, end));
  }
  /** `count` items read by `read`, the count a var-int of at most `max`. */
  readArray(read, max = 16777216) {
    const n = this.readVarInt(max);
    const out = [];
    for (let i = 0; i < n; i++)
      out.push(read(this));
    return out;
  }
};
var BinaryWriter = class {
  buf = new Uint8Array(256);
  length = 0;
  grow(n) {
    if (this.length + n <= this.buf.length)
      return;
    let size = this.buf.length * 2;
    while (size < this.length + n)
      size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  writeByte(v) {
    this.grow(1);
    this.buf[this.length++] = v & 255;
    return this;
  }
  writeBoolean(v) {
    return this.writeByte(v ? 1 : 0);
  }
  writeUInt16(v) {
    this.grow(2);
    this.buf[this.length++] = v & 255;
    this.buf[this.length++] = v >>> 8 & 255;
    return this;
  }
  writeUInt32(v) {
    this.grow(4);
    for (let i = 0; i < 4; i++)
      this.buf[this.length++] = v >>> 8 * i & 255;
    return this;
  }
  writeUInt64(v) {
    const u = BigInt.asUintN(64, v);
    this.writeUInt32(Number(u & 0xffffffffn));
    return this.writeUInt32(Number(u >> 32n));
  }
  writeVarInt(v) {
    const n = BigInt(v);
    if (n < 0xfdn)
      return this.writeByte(Number(n));
    if (n <= 0xffffn)
      return this.writeByte(253).writeUInt16(Number(n));
    if (n <= 0xffffffffn)
      return this.writeByte(254).writeUInt32(Number(n));
    return this.writeByte(255).writeUInt64(n);
  }
  writeBytes(bytes4) {
    this.grow(bytes4.length);
    this.buf.set(bytes4, this.length);
    this.length += bytes4.length;
    return this;
  }
  writeVarBytes(bytes4) {
    return this.writeVarInt(bytes4.length).writeBytes(bytes4);
  }
  writeVarString(text2) {
    return this.writeVarBytes(utf8(text2));
  }
  /** UTF-8 of `text` zero-padded to `length` bytes (it must fit). */
  writeFixedString(text2, length) {
    const bytes4 = utf8(text2);
    if (bytes4.length > length)
      throw new NeoFormatError(`string longer than ${length} bytes: ${text2}`);
    this.writeBytes(bytes4);
    return this.writeBytes(new Uint8Array(length - bytes4.length));
  }
  writeArray(items2, write) {
    this.writeVarInt(items2.length);
    for (const item of items2)
      write(this, item);
    return this;
  }
  toBytes() {
    return this.buf.slice(0, this.length);
  }
};
function varIntSize(n) {
  return n < 253 ? 1 : n <= 65535 ? 3 : n <= 4294967295 ? 5 : 9;
}

// dist/neo/contract/call-flags.js
var CallFlags = {
  None: 0,
  ReadStates: 1,
  WriteStates: 2,
  AllowCall: 4,
  AllowNotify: 8,
  States: 3,
  ReadOnly: 5,
  All: 15
};
var NAMES = [
  [CallFlags.All, "All"],
  [CallFlags.AllowNotify, "AllowNotify"],
  [CallFlags.ReadOnly, "ReadOnly"],
  [CallFlags.AllowCall, "AllowCall"],
  [CallFlags.States, "States"],
  [CallFlags.WriteStates, "WriteStates"],
  [CallFlags.ReadStates, "ReadStates"]
];
function callFlagsName(flags) {
  if (flags === 0)
    return "None";
  const parts = [];
  let rest = flags;
  for (const [v, name] of NAMES) {
    if ((rest & v) === v) {
      parts.push(name);
      rest -= v;
    }
  }
  if (rest !== 0)
    return String(flags);
  return parts.reverse().join(", ");
}

// dist/neo/contract/nef.js
var NEF_MAGIC = 860243278;
function readToken(r) {
  const hash2 = r.readBytes(20).slice();
  const method2 = r.readVarString(32);
  if (method2.startsWith("_"))
    throw new NefError(`Method('${method2}') cannot start with '_'`);
  const parametersCount = r.readUInt16();
  const hasReturnValue = r.readBoolean();
  const callFlags = r.readByte();
  if ((callFlags & ~CallFlags.All) !== 0)
    throw new NefError(`CallFlags(${callFlags}) is not valid`);
  return { hash: hash2, method: method2, parametersCount, hasReturnValue, callFlags };
}
function writeToken(w, t) {
  w.writeBytes(t.hash).writeVarString(t.method).writeUInt16(t.parametersCount);
  w.writeBoolean(t.hasReturnValue).writeByte(t.callFlags);
}
function parseNef(bytes4, verify3 = true) {
  const r = new BinaryReader(bytes4);
  try {
    if (r.readUInt32() !== NEF_MAGIC)
      throw new NefError("Wrong magic");
    const compiler = r.readFixedString(64);
    const source = r.readVarString(256);
    if (r.readByte() !== 0)
      throw new NefError("Reserved bytes must be 0");
    const tokens = r.readArray(readToken, 128);
    if (r.readUInt16() !== 0)
      throw new NefError("Reserved bytes must be 0");
    const script = r.readVarBytes(DEFAULT_LIMITS.maxItemSize).slice();
    if (script.length === 0)
      throw new NefError("Script cannot be empty.");
    const checksum = r.readUInt32();
    const nef = { compiler, source, tokens, script, checksum };
    if (verify3) {
      if (checksum !== computeNefChecksum(nef))
        throw new NefError("CRC verification fail");
      if (r.position > DEFAULT_LIMITS.maxItemSize)
        throw new NefError("Max vm item size exceed");
    }
    return nef;
  } catch (error) {
    if (error instanceof NeoFormatError)
      throw new NefError(`malformed NEF: ${error.shortMessage}`, { cause: error });
    throw error;
  }
}
function serializeNef(nef) {
  const w = new BinaryWriter();
  w.writeUInt32(NEF_MAGIC).writeFixedString(nef.compiler, 64).writeVarString(nef.source).writeByte(0);
  w.writeArray(nef.tokens, writeToken).writeUInt16(0).writeVarBytes(nef.script).writeUInt32(nef.checksum);
  return w.toBytes();
}
function computeNefChecksum(nef) {
  const bytes4 = serializeNef({ ...nef, checksum: 0 });
  const h = hash256(bytes4.subarray(0, bytes4.length - 4));
  return (h[0] | h[1] << 8 | h[2] << 16 | h[3] << 24) >>> 0;
}
function makeNef(fields2) {
  const nef = { ...fields2, checksum: 0 };
  return { ...nef, checksum: computeNefChecksum(nef) };
}

// dist/neo/payloads/witness-rule.js
var ConditionType = {
  Boolean: 0,
  Not: 1,
  And: 2,
  Or: 3,
  ScriptHash: 24,
  Group: 25,
  CalledByEntry: 32,
  CalledByContract: 40,
  CalledByGroup: 41
};
var MAX_SUBITEMS = 16;
var MAX_NESTING = 3;
var TYPE_NAMES = new Map(Object.entries(ConditionType).map(([k, v]) => [v, k]));
function readCondition(r, depth = MAX_NESTING) {
  if (depth <= 0)
    throw new NeoFormatError(`\`maxNestDepth\`(${depth}) in WitnessCondition is out of range (min:1)`);
  const code = r.readByte();
  const type = TYPE_NAMES.get(code);
  switch (type) {
    case "Boolean":
      return { type, expression: r.readBoolean() };
    case "Not":
      return { type, expression: readCondition(r, depth - 1) };
    case "And":
    case "Or": {
      const expressions = r.readArray((x) => readCondition(x, depth - 1), MAX_SUBITEMS);
      if (expressions.length === 0)
        throw new NeoFormatError(`\`Expressions\` in ${type}Condition is empty`);
      return { type, expressions };
    }
    case "ScriptHash":
    case "CalledByContract":
      return { type, hash: r.readBytes(20).slice() };
    case "Group":
    case "CalledByGroup":
      return { type, group: readPoint(r) };
    case "CalledByEntry":
      return { type };
  }
  throw new NeoFormatError(`Invalid WitnessConditionType(${code})`);
}
function readPoint(r) {
  const prefix = r.data[r.position];
  const size = prefix === 2 || prefix === 3 ? 33 : prefix === 4 ? 65 : 1;
  return ECPoint.decode(r.readBytes(size));
}
function writeCondition(w, c) {
  w.writeByte(ConditionType[c.type]);
  switch (c.type) {
    case "Boolean":
      w.writeBoolean(c.expression);
      break;
    case "Not":
      writeCondition(w, c.expression);
      break;
    case "And":
    case "Or":
      w.writeArray(c.expressions, writeCondition);
      break;
    case "ScriptHash":
    case "CalledByContract":
      w.writeBytes(c.hash);
      break;
    case "Group":
    case "CalledByGroup":
      w.writeBytes(c.group.encodeCompressed());
      break;
  }
}
function readRule(r) {
  const action = r.readByte();
  if (action !== 0 && action !== 1)
    throw new NeoFormatError(`Invalid action: ${action}.`);
  return { action: action === 1 ? "Allow" : "Deny", condition: readCondition(r) };
}
function writeRule(w, rule) {
  w.writeByte(rule.action === "Allow" ? 1 : 0);
  writeCondition(w, rule.condition);
}
function conditionToStackItem(c) {
  const item = new ArrayItem([integerOf(ConditionType[c.type])]);
  let extra;
  if (c.type === "Boolean")
    extra = BooleanItem.of(c.expression);
  else if (c.type === "Not")
    extra = conditionToStackItem(c.expression);
  else if (c.type === "And" || c.type === "Or")
    extra = new ArrayItem(c.expressions.map(conditionToStackItem));
  else if (c.type === "ScriptHash" || c.type === "CalledByContract")
    extra = new ByteStringItem(c.hash);
  else if (c.type === "Group" || c.type === "CalledByGroup")
    extra = new ByteStringItem(c.group.encodeCompressed());
  if (extra !== void 0)
    item.items.push(extra);
  return item;
}
function ruleToStackItem(rule) {
  return new ArrayItem([integerOf(rule.action === "Allow" ? 1 : 0), conditionToStackItem(rule.condition)]);
}

// dist/neo/payloads/signer.js
var WitnessScope = {
  None: 0,
  CalledByEntry: 1,
  CustomContracts: 16,
  CustomGroups: 32,
  WitnessRules: 64,
  Global: 128
};
var MAX_SUBITEMS2 = 16;
var ALL_SCOPES = 1 | 16 | 32 | 64 | 128;
function scopeName(scopes) {
  if (scopes === 0)
    return "None";
  const names = Object.entries(WitnessScope).filter(([, v]) => v !== 0 && (scopes & v) === v).map(([k]) => k);
  return names.join(", ");
}
function parseScopes(text2) {
  let scopes = 0;
  for (const part of text2.split(/[,|]/).map((p) => p.trim())) {
    if (Object.hasOwn(WitnessScope, part))
      scopes |= WitnessScope[part];
    else if (/^\d+$/.test(part))
      scopes |= Number(part);
    else
      throw new NeoFormatError(`unknown witness scope ${JSON.stringify(part)}`);
  }
  checkScopes(scopes);
  return scopes;
}
function checkScopes(scopes) {
  if ((scopes & ~ALL_SCOPES) !== 0 || scopes > 255) {
    throw new NeoFormatError(`\`Scopes\`(${scopes}) in Signer is not valid`);
  }
  if (scopes & WitnessScope.Global && scopes !== WitnessScope.Global) {
    throw new NeoFormatError(`\`Scopes\`(${scopeName(scopes)}) in Signer is not valid: Global stands alone`);
  }
}
function readSigner(r) {
  const account = r.readBytes(20).slice();
  const scopes = r.readByte();
  checkScopes(scopes);
  return {
    account,
    scopes,
    allowedContracts: scopes & WitnessScope.CustomContracts ? r.readArray((x) => x.readBytes(20).slice(), MAX_SUBITEMS2) : [],
    allowedGroups: scopes & WitnessScope.CustomGroups ? r.readArray(readPoint, MAX_SUBITEMS2) : [],
    rules: scopes & WitnessScope.WitnessRules ? r.readArray(readRule, MAX_SUBITEMS2) : []
  };
}
function writeSigner(w, s) {
  w.writeBytes(s.account).writeByte(s.scopes);
  if (s.scopes & WitnessScope.CustomContracts)
    w.writeArray(s.allowedContracts ?? [], (x, h) => x.writeBytes(h));
  if (s.scopes & WitnessScope.CustomGroups) {
    w.writeArray(s.allowedGroups ?? [], (x, g) => x.writeBytes(g.encodeCompressed()));
  }
  if (s.scopes & WitnessScope.WitnessRules)
    w.writeArray(s.rules ?? [], writeRule);
}
function checkSigners(signers) {
  if (signers.length === 0)
    throw new NeoFormatError("Signers in Transaction is empty");
  const seen = /* @__PURE__ */ new Set();
  for (const s of signers) {
    checkScopes(s.scopes);
    const k = hashKey(s.account);
    if (seen.has(k))
      throw new NeoFormatError(`\`${hashToString(s.account)}\` in Transaction is duplicate`);
    seen.add(k);
    for (const list2 of [s.allowedContracts, s.allowedGroups, s.rules]) {
      if ((list2?.length ?? 0) > MAX_SUBITEMS2)
        throw new NeoFormatError(`more than ${MAX_SUBITEMS2} entries in a signer`);
    }
  }
}
function signerRules(s) {
  if (s.scopes === WitnessScope.Global)
    return [{ action: "Allow", condition: { type: "Boolean", expression: true } }];
  const rules = [];
  if (s.scopes & WitnessScope.CalledByEntry)
    rules.push({ action: "Allow", condition: { type: "CalledByEntry" } });
  if (s.scopes & WitnessScope.CustomContracts) {
    for (const hash2 of s.allowedContracts ?? [])
      rules.push({ action: "Allow", condition: { type: "ScriptHash", hash: hash2 } });
  }
  if (s.scopes & WitnessScope.CustomGroups) {
    for (const group2 of s.allowedGroups ?? [])
      rules.push({ action: "Allow", condition: { type: "Group", group: group2 } });
  }
  if (s.scopes & WitnessScope.WitnessRules)
    rules.push(...s.rules ?? []);
  return rules;
}
function signerToStackItem(s) {
  const has = (flag) => (s.scopes & flag) !== 0;
  return new ArrayItem([
    new ByteStringItem(s.account),
    integerOf(s.scopes),
    new ArrayItem(has(WitnessScope.CustomContracts) ? (s.allowedContracts ?? []).map((h) => new ByteStringItem(h)) : []),
    new ArrayItem(has(WitnessScope.CustomGroups) ? (s.allowedGroups ?? []).map((g) => new ByteStringItem(g.encodeCompressed())) : []),
    new ArrayItem(has(WitnessScope.WitnessRules) ? (s.rules ?? []).map(ruleToStackItem) : [])
  ]);
}

// dist/neo/payloads/transaction.js
var AttributeType = {
  HighPriority: 1,
  OracleResponse: 17,
  NotValidBefore: 32,
  Conflicts: 33,
  NotaryAssisted: 34
};
var MAX_TRANSACTION_SIZE = 102400;
var MAX_TRANSACTION_ATTRIBUTES = 16;
function writeWitness(w, x) {
  w.writeVarBytes(x.invocationScript).writeVarBytes(x.verificationScript);
}
function readWitness(r) {
  return { invocationScript: r.readVarBytes(1024).slice(), verificationScript: r.readVarBytes(1024).slice() };
}
function attributeSize(r, type) {
  switch (type) {
    case AttributeType.HighPriority:
      return 0;
    case AttributeType.OracleResponse: {
      const start = r.position;
      r.readBytes(8 + 1);
      r.readVarBytes(65535);
      const n = r.position - start;
      r.position = start;
      return n;
    }
    case AttributeType.NotValidBefore:
      return 4;
    case AttributeType.Conflicts:
      return 32;
    case AttributeType.NotaryAssisted:
      return 1;
  }
  throw new NeoFormatError(`Invalid TransactionAttributeType(${type})`);
}
function readAttribute(r) {
  const type = r.readByte();
  return { type, data: r.readBytes(attributeSize(r, type)).slice() };
}
function writeUnsigned(w, tx) {
  w.writeByte(tx.version).writeUInt32(tx.nonce).writeUInt64(tx.systemFee).writeUInt64(tx.networkFee);
  w.writeUInt32(tx.validUntilBlock).writeArray(tx.signers, writeSigner);
  w.writeArray(tx.attributes, (x, a) => x.writeByte(a.type).writeBytes(a.data)).writeVarBytes(tx.script);
}
function serializeTransaction(tx) {
  const w = new BinaryWriter();
  writeUnsigned(w, tx);
  w.writeArray(tx.witnesses, writeWitness);
  return w.toBytes();
}
function readTransaction(r) {
  const version = r.readByte();
  if (version > 0)
    throw new NeoFormatError(`Invalid version: ${version}.`);
  const nonce = r.readUInt32();
  const systemFee = r.readInt64();
  if (systemFee < 0n)
    throw new NeoFormatError(`Invalid system fee: ${systemFee}.`);
  const networkFee = r.readInt64();
  if (networkFee < 0n)
    throw new NeoFormatError(`Invalid network fee: ${networkFee}.`);
  const validUntilBlock = r.readUInt32();
  const signers = r.readArray(readSigner, MAX_TRANSACTION_ATTRIBUTES);
  checkSigners(signers);
  const attributes = r.readArray(readAttribute, MAX_TRANSACTION_ATTRIBUTES - signers.length);
  const script = r.readVarBytes(65535).slice();
  if (script.length === 0)
    throw new NeoFormatError("Script in Transaction is empty");
  const witnesses = r.readArray(readWitness, signers.length);
  if (witnesses.length !== signers.length) {
    throw new NeoFormatError(`Witnesses.Length(${witnesses.length}) != Signers.Length(${signers.length})`);
  }
  return { version, nonce, systemFee, networkFee, validUntilBlock, signers, attributes, script, witnesses };
}
function deserializeTransaction(bytes4) {
  return readTransaction(new BinaryReader(bytes4));
}
var hashes = /* @__PURE__ */ new WeakMap();
function transactionHash(tx) {
  let h = hashes.get(tx);
  if (h === void 0) {
    const w = new BinaryWriter();
    writeUnsigned(w, tx);
    h = sha256(w.toBytes());
    hashes.set(tx, h);
  }
  return h;
}
function transactionSender(tx) {
  const s = tx.signers[0];
  if (s === void 0)
    throw new NeoFormatError("Sender is not specified in the transaction.");
  return s.account;
}
function transactionSize(tx) {
  return serializeTransaction(tx).length;
}
function transactionToStackItem(tx) {
  return new ArrayItem([
    new ByteStringItem(transactionHash(tx)),
    integerOf(tx.version),
    integer(BigInt(tx.nonce)),
    new ByteStringItem(transactionSender(tx)),
    integer(tx.systemFee),
    integer(tx.networkFee),
    integer(BigInt(tx.validUntilBlock)),
    new ByteStringItem(tx.script)
  ]);
}
function getAttribute(tx, type) {
  return tx.attributes.find((a) => a.type === type);
}
function signData(hash2, network) {
  const out = new Uint8Array(36);
  new DataView(out.buffer).setUint32(0, network >>> 0, true);
  out.set(hash2, 4);
  return out;
}
function oracleResponseId(attr) {
  return new BinaryReader(attr.data).readUInt64();
}

// dist/neo/engine/prices.js
var FEE_FACTOR = 1e4;
var TEST_MODE_GAS = 2000000000n;
var MAX_GAS_INVOKE = 1000000000n;
var DEFAULT_EXEC_FEE_FACTOR = 30;
var DEFAULT_STORAGE_PRICE = 1e5;
var CHECK_SIG_PRICE = 1 << 15;
var OPCODE_PRICES = {
  PUSHINT8: 1,
  PUSHINT16: 1,
  PUSHINT32: 1,
  PUSHINT64: 1,
  PUSHINT128: 1 << 2,
  PUSHINT256: 1 << 2,
  PUSHT: 1,
  PUSHF: 1,
  PUSHA: 1 << 2,
  PUSHNULL: 1,
  PUSHDATA1: 1 << 3,
  PUSHDATA2: 1 << 9,
  PUSHDATA4: 1 << 12,
  PUSHM1: 1,
  PUSH0: 1,
  PUSH1: 1,
  PUSH2: 1,
  PUSH3: 1,
  PUSH4: 1,
  PUSH5: 1,
  PUSH6: 1,
  PUSH7: 1,
  PUSH8: 1,
  PUSH9: 1,
  PUSH10: 1,
  PUSH11: 1,
  PUSH12: 1,
  PUSH13: 1,
  PUSH14: 1,
  PUSH15: 1,
  PUSH16: 1,
  NOP: 1,
  JMP: 1 << 1,
  JMP_L: 1 << 1,
  JMPIF: 1 << 1,
  JMPIF_L: 1 << 1,
  JMPIFNOT: 1 << 1,
  JMPIFNOT_L: 1 << 1,
  JMPEQ: 1 << 1,
  JMPEQ_L: 1 << 1,
  JMPNE: 1 << 1,
  JMPNE_L: 1 << 1,
  JMPGT: 1 << 1,
  JMPGT_L: 1 << 1,
  JMPGE: 1 << 1,
  JMPGE_L: 1 << 1,
  JMPLT: 1 << 1,
  JMPLT_L: 1 << 1,
  JMPLE: 1 << 1,
  JMPLE_L: 1 << 1,
  CALL: 1 << 9,
  CALL_L: 1 << 9,
  CALLA: 1 << 9,
  CALLT: 1 << 15,
  ABORT: 0,
  ABORTMSG: 0,
  ASSERT: 1,
  ASSERTMSG: 1,
  THROW: 1 << 9,
  TRY: 1 << 2,
  TRY_L: 1 << 2,
  ENDTRY: 1 << 2,
  ENDTRY_L: 1 << 2,
  ENDFINALLY: 1 << 2,
  RET: 0,
  SYSCALL: 0,
  DEPTH: 1 << 1,
  DROP: 1 << 1,
  NIP: 1 << 1,
  XDROP: 1 << 4,
  CLEAR: 1 << 4,
  DUP: 1 << 1,
  OVER: 1 << 1,
  PICK: 1 << 1,
  TUCK: 1 << 1,
  SWAP: 1 << 1,
  ROT: 1 << 1,
  ROLL: 1 << 4,
  REVERSE3: 1 << 1,
  REVERSE4: 1 << 1,
  REVERSEN: 1 << 4,
  INITSSLOT: 1 << 4,
  INITSLOT: 1 << 6,
  LDSFLD0: 1 << 1,
  LDSFLD1: 1 << 1,
  LDSFLD2: 1 << 1,
  LDSFLD3: 1 << 1,
  LDSFLD4: 1 << 1,
  LDSFLD5: 1 << 1,
  LDSFLD6: 1 << 1,
  LDSFLD: 1 << 1,
  STSFLD0: 1 << 1,
  STSFLD1: 1 << 1,
  STSFLD2: 1 << 1,
  STSFLD3: 1 << 1,
  STSFLD4: 1 << 1,
  STSFLD5: 1 << 1,
  STSFLD6: 1 << 1,
  STSFLD: 1 << 1,
  LDLOC0: 1 << 1,
  LDLOC1: 1 << 1,
  LDLOC2: 1 << 1,
  LDLOC3: 1 << 1,
  LDLOC4: 1 << 1,
  LDLOC5: 1 << 1,
  LDLOC6: 1 << 1,
  LDLOC: 1 << 1,
  STLOC0: 1 << 1,
  STLOC1: 1 << 1,
  STLOC2: 1 << 1,
  STLOC3: 1 << 1,
  STLOC4: 1 << 1,
  STLOC5: 1 << 1,
  STLOC6: 1 << 1,
  STLOC: 1 << 1,
  LDARG0: 1 << 1,
  LDARG1: 1 << 1,
  LDARG2: 1 << 1,
  LDARG3: 1 << 1,
  LDARG4: 1 << 1,
  LDARG5: 1 << 1,
  LDARG6: 1 << 1,
  LDARG: 1 << 1,
  STARG0: 1 << 1,
  STARG1: 1 << 1,
  STARG2: 1 << 1,
  STARG3: 1 << 1,
  STARG4: 1 << 1,
  STARG5: 1 << 1,
  STARG6: 1 << 1,
  STARG: 1 << 1,
  NEWBUFFER: 1 << 8,
  MEMCPY: 1 << 11,
  CAT: 1 << 11,
  SUBSTR: 1 << 11,
  LEFT: 1 << 11,
  RIGHT: 1 << 11,
  INVERT: 1 << 2,
  AND: 1 << 3,
  OR: 1 << 3,
  XOR: 1 << 3,
  EQUAL: 1 << 5,
  NOTEQUAL: 1 << 5,
  SIGN: 1 << 2,
  ABS: 1 << 2,
  NEGATE: 1 << 2,
  INC: 1 << 2,
  DEC: 1 << 2,
  ADD: 1 << 3,
  SUB: 1 << 3,
  MUL: 1 << 3,
  DIV: 1 << 3,
  MOD: 1 << 3,
  POW: 1 << 6,
  SQRT: 1 << 6,
  MODMUL: 1 << 5,
  MODPOW: 1 << 11,
  SHL: 1 << 3,
  SHR: 1 << 3,
  NOT: 1 << 2,
  BOOLAND: 1 << 3,
  BOOLOR: 1 << 3,
  NZ: 1 << 2,
  NUMEQUAL: 1 << 3,
  NUMNOTEQUAL: 1 << 3,
  LT: 1 << 3,
  LE: 1 << 3,
  GT: 1 << 3,
  GE: 1 << 3,
  MIN: 1 << 3,
  MAX: 1 << 3,
  WITHIN: 1 << 3,
  PACKMAP: 1 << 11,
  PACKSTRUCT: 1 << 11,
  PACK: 1 << 11,
  UNPACK: 1 << 11,
  NEWARRAY0: 1 << 4,
  NEWARRAY: 1 << 9,
  NEWARRAY_T: 1 << 9,
  NEWSTRUCT0: 1 << 4,
  NEWSTRUCT: 1 << 9,
  NEWMAP: 1 << 3,
  SIZE: 1 << 2,
  HASKEY: 1 << 6,
  KEYS: 1 << 4,
  VALUES: 1 << 13,
  PICKITEM: 1 << 6,
  APPEND: 1 << 13,
  SETITEM: 1 << 13,
  REVERSEITEMS: 1 << 13,
  REMOVE: 1 << 4,
  CLEARITEMS: 1 << 4,
  POPITEM: 1 << 4,
  ISNULL: 1 << 1,
  ISTYPE: 1 << 1,
  CONVERT: 1 << 13
};
var OPCODE_PRICE_TABLE = (() => {
  const table = new Array(256).fill(0);
  for (const info of OPCODES) {
    const price2 = OPCODE_PRICES[info.name];
    if (price2 === void 0)
      throw new Error(`opcode ${info.name} has no price`);
    table[info.code] = price2;
  }
  return Object.freeze(table);
})();

// dist/neo/storage/store.js
var PREFIX = namespacedKey("neo", "s/");
var P = PREFIX.length;
function full(key3) {
  const out = new Uint8Array(P + key3.length);
  out.set(PREFIX);
  out.set(key3, P);
  return out;
}
var NeoStore = class {
  cache;
  constructor(cache) {
    this.cache = cache;
  }
  get(key3) {
    return this.cache.get(full(key3));
  }
  has(key3) {
    return this.cache.has(full(key3));
  }
  put(key3, value) {
    this.cache.put(full(key3), value);
  }
  delete(key3) {
    this.cache.delete(full(key3));
  }
  /** Entries whose key starts with `prefix`, ascending, or descending when `backward`. */
  *find(prefix, backward = false) {
    for (const [k, v] of this.cache.range({ prefix: full(prefix), reverse: backward }))
      yield [k.subarray(P), v];
  }
  /**
   * neo's `FindRange(start, end, direction)`: forward, keys in [start, end); backward, keys
   * from start down to (but not including) end.
   */
  *findRange(start, end, backward = false) {
    if (!backward) {
      for (const [k, v] of this.cache.range({ start: full(start), end: full(end) }))
        yield [k.subarray(P), v];
      return;
    }
    const upper = full(start);
    const endKey = new Uint8Array(upper.length + 1);
    endKey.set(upper);
    for (const [k, v] of this.cache.range({ start: full(end), end: endKey, reverse: true })) {
      const key3 = k.subarray(P);
      if (compareBytes(key3, end) <= 0)
        break;
      yield [key3, v];
    }
  }
  checkpoint() {
    this.cache.checkpoint();
  }
  commit() {
    this.cache.commit();
  }
  revert() {
    this.cache.revert();
  }
  get depth() {
    return this.cache.depth;
  }
};
function storageKey(id, key3) {
  const out = new Uint8Array(4 + key3.length);
  new DataView(out.buffer).setInt32(0, id, true);
  out.set(key3, 4);
  return out;
}
function nativeKey(id, prefix, ...parts) {
  let n = 5;
  for (const p of parts)
    n += p.length;
  const out = new Uint8Array(n);
  new DataView(out.buffer).setInt32(0, id, true);
  out[4] = prefix;
  let at = 5;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
function be32(v) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, v >>> 0, false);
  return out;
}
function be32s(v) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, v | 0, false);
  return out;
}
function be64(v) {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, v), false);
  return out;
}

// dist/neo/crypto/signature.js
import { p256 } from "@noble/curves/nist.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
var ecdsa = (curve) => curve === SECP256R1 ? p256 : secp256k1;
function onCurve(p) {
  const c = p.curve;
  return (p.y * p.y - (p.x * p.x * p.x + c.a * p.x + c.b)) % c.p === 0n;
}
function verify(message2, signature, point, hash2) {
  if (!onCurve(point))
    throw new NeoFormatError("The specified key parameters are not valid.");
  const digest = hash2 === "sha256" ? sha256(message2) : keccak256(message2);
  try {
    return ecdsa(point.curve).verify(signature, digest, point.encodeUncompressed(), {
      prehash: false,
      lowS: false
    });
  } catch {
    return false;
  }
}
function verifySignatureV0(message2, signature, pubkey, curve = SECP256R1, hash2 = "sha256") {
  const point = pubkey instanceof ECPoint ? pubkey : ECPoint.decode(pubkey, curve);
  if (signature.length !== 64)
    return false;
  return verify(message2, signature, point, hash2);
}
function verifySignature(message2, signature, pubkey, curve = SECP256R1, hash2 = "sha256") {
  if (signature.length !== 64)
    throw new NeoFormatError("Signature size should be 64 bytes.");
  const point = pubkey instanceof ECPoint ? pubkey : ECPoint.decode(pubkey, curve);
  return verify(message2, signature, point, hash2);
}
function bytesToBig(b) {
  let v = 0n;
  for (const x of b)
    v = v << 8n | BigInt(x);
  return v;
}
function mod(a, n) {
  const r = a % n;
  return r < 0n ? r + n : r;
}
function invert(a, n) {
  let [r0, r1] = [mod(a, n), n];
  let [s0, s1] = [1n, 0n];
  if (r0 === 0n)
    throw new NeoFormatError("not invertible");
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n)
    throw new NeoFormatError("not invertible");
  return mod(s0, n);
}
function ecRecover(signature, messageHash) {
  if (signature.length !== 65 && signature.length !== 64)
    throw new NeoFormatError("Signature must be 65 or 64 bytes");
  if (messageHash.length !== 32)
    throw new NeoFormatError("Message hash must be 32 bytes");
  const r = bytesToBig(signature.subarray(0, 32));
  let s;
  let recId;
  if (signature.length === 65) {
    s = bytesToBig(signature.subarray(32, 64));
    const v = signature[64];
    recId = v >= 27 ? v - 27 : v;
    if (recId < 0 || recId > 3)
      throw new NeoFormatError("Recovery value must be in range [0..3]");
  } else {
    const ys = bytesToBig(signature.subarray(32, 64));
    s = ys & (1n << 255n) - 1n;
    recId = ys >> 255n === 1n ? 1 : 0;
  }
  const n = SECP256K1.n;
  const e = bytesToBig(messageHash);
  const rInv = invert(r, n);
  const srInv = mod(rInv * s, n);
  const eInvrInv = mod(rInv * mod(-e, n), n);
  const x = r + BigInt(recId >> 1) * n;
  if (x >= SECP256K1.p)
    throw new NeoFormatError("X coordinate is out of range for secp256k1 curve");
  const compressed = new Uint8Array(33);
  compressed[0] = recId & 1 ? 3 : 2;
  let t = x;
  for (let i = 32; i >= 1; i--) {
    compressed[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  const Point = secp256k1.Point;
  const R4 = Point.fromBytes(compressed);
  const G = Point.BASE;
  const q = G.multiplyUnsafe(eInvrInv).add(R4.multiplyUnsafe(srInv));
  if (q.is0())
    throw new NeoFormatError("Invalid signature parameters");
  const affine = q.toAffine();
  return new ECPoint(SECP256K1, affine.x, affine.y);
}

// dist/neo/serialization/binary-serializer.js
function serializeItem(item, maxSize, maxItems) {
  const w = new BinaryWriter();
  const seen = /* @__PURE__ */ new Set();
  const pending = [item];
  let left = maxItems;
  while (pending.length > 0) {
    if (--left < 0)
      throw new NeoFormatError("Too many items to serialize");
    const x = pending.pop();
    if (x instanceof NullItem)
      w.writeByte(StackItemType.Any);
    else if (x instanceof BooleanItem)
      w.writeByte(StackItemType.Boolean).writeBoolean(x.value);
    else if (x instanceof IntegerItem)
      w.writeByte(StackItemType.Integer).writeVarBytes(x.memory());
    else if (x instanceof ByteStringItem)
      w.writeByte(StackItemType.ByteString).writeVarBytes(x.bytes);
    else if (x instanceof BufferItem)
      w.writeByte(StackItemType.Buffer).writeVarBytes(x.bytes);
    else if (x instanceof ArrayItem) {
      if (seen.has(x))
        throw new VMFault("Specified method is not supported.");
      seen.add(x);
      w.writeByte(x.type).writeVarInt(x.count);
      for (let i = x.count - 1; i >= 0; i--)
        pending.push(x.items[i]);
    } else if (x instanceof MapItem) {
      if (seen.has(x))
        throw new VMFault("Specified method is not supported.");
      seen.add(x);
      w.writeByte(StackItemType.Map).writeVarInt(x.count);
      const entries = x.entries();
      for (let i = entries.length - 1; i >= 0; i--)
        pending.push(entries[i][1], entries[i][0]);
    } else {
      throw new VMFault("Specified method is not supported.");
    }
    if (w.length > maxSize)
      throw new VMFault("Operation is not valid due to the current state of the object.");
  }
  return w.toBytes();
}
function serializeWithLimits(item, limits) {
  return serializeItem(item, limits.maxItemSize, limits.maxStackSize);
}
var Placeholder = class {
  type;
  count;
  constructor(type, count) {
    this.type = type;
    this.count = count;
  }
};
function deserializeItem(data, maxSize, maxItems) {
  const r = new BinaryReader(data);
  const limit = Math.min(data.length, maxSize);
  const out = [];
  let todo = 1;
  while (todo-- > 0) {
    const type = r.readByte();
    switch (type) {
      case StackItemType.Any:
        out.push(NULL);
        break;
      case StackItemType.Boolean:
        out.push(BooleanItem.of(r.readBoolean()));
        break;
      case StackItemType.Integer:
        out.push(integer(bigIntFromLE(r.readVarBytes(INTEGER_MAX_SIZE))));
        break;
      case StackItemType.ByteString:
        out.push(new ByteStringItem(r.readVarBytes(limit).slice()));
        break;
      case StackItemType.Buffer:
        out.push(new BufferItem(r.readVarBytes(limit)));
        break;
      case StackItemType.Array:
      case StackItemType.Struct: {
        const count = r.readVarInt(maxItems);
        out.push(new Placeholder(type, count));
        todo += count;
        break;
      }
      case StackItemType.Map: {
        const count = r.readVarInt(maxItems);
        out.push(new Placeholder(type, count));
        todo += count * 2;
        break;
      }
      default:
        throw new NeoFormatError(`Invalid StackItemType(${type})`);
    }
    if (out.length > maxItems) {
      throw new NeoFormatError(`Deserialized count(${out.length}) is out of range (max:${maxItems})`);
    }
  }
  const temp = [];
  while (out.length > 0) {
    const x = out.pop();
    if (!(x instanceof Placeholder)) {
      temp.push(x);
      continue;
    }
    let item;
    if (x.type === StackItemType.Map) {
      const map = new MapItem();
      for (let i = 0; i < x.count; i++) {
        const key3 = temp.pop();
        const value = temp.pop();
        if (!(key3 instanceof PrimitiveType))
          throw new VMFault("Specified cast is not valid.");
        map.set(key3, value);
      }
      item = map;
    } else {
      const array = x.type === StackItemType.Struct ? new StructItem() : new ArrayItem();
      for (let i = 0; i < x.count; i++)
        array.items.push(temp.pop());
      item = array;
    }
    temp.push(item);
  }
  return temp[temp.length - 1];
}
function deserializeWithLimits(data, limits) {
  return deserializeItem(data, limits.maxItemSize, limits.maxStackSize);
}

// dist/neo/contract/contract-state.js
var bytes2 = (b) => new ByteStringItem(b);
var str2 = (s) => ByteStringItem.fromString(s);
var s2 = (item) => strictUtf8(item.getSpan());
function paramItem(p) {
  return new StructItem([str2(p.name), integerOf(p.type)]);
}
function eventItem(e) {
  return new StructItem([str2(e.name), new ArrayItem(e.parameters.map(paramItem))]);
}
function methodItem(m) {
  const s = eventItem(m);
  s.items.push(integerOf(m.returnType), integer(BigInt(m.offset)), BooleanItem.of(m.safe));
  return s;
}
function descriptorItem(d) {
  return d.kind === "wildcard" ? NULL : bytes2(d.kind === "hash" ? d.hash : d.group.encodeCompressed());
}
function manifestToStackItem(m) {
  return new StructItem([
    str2(m.name),
    new ArrayItem(m.groups.map((g) => new StructItem([bytes2(g.pubKey.encodeCompressed()), bytes2(g.signature)]))),
    new MapItem(),
    new ArrayItem(m.supportedStandards.map(str2)),
    new StructItem([
      new ArrayItem(m.abi.methods.map(methodItem)),
      new ArrayItem(m.abi.events.map(eventItem))
    ]),
    new ArrayItem(m.permissions.map((p) => new StructItem([
      descriptorItem(p.contract),
      p.methods === "*" ? NULL : new ArrayItem(p.methods.map(str2))
    ]))),
    m.trusts === "*" ? NULL : new ArrayItem(m.trusts.map(descriptorItem)),
    str2(m.extra === null ? "null" : stringifyJson(m.extra))
  ]);
}
var items = (x) => x.items;
function paramFrom(x) {
  const [name, type] = items(x);
  return { name: s2(name), type: Number(type.getInteger()) & 255 };
}
function eventFrom(x) {
  const [name, params] = items(x);
  return { name: s2(name), parameters: items(params).map(paramFrom) };
}
function methodFrom(x) {
  const f = items(x);
  return {
    ...eventFrom(x),
    returnType: Number(f[2].getInteger()) & 255,
    offset: Number(f[3].getInteger()),
    safe: f[4].getBoolean()
  };
}
function descriptorFrom(x) {
  if (x instanceof NullItem)
    return WILDCARD;
  const b = x.getSpan();
  if (b.length === 20)
    return { kind: "hash", hash: b.slice() };
  if (b.length === 33)
    return { kind: "group", group: ECPoint.decode(b) };
  throw new RangeError(`Invalid span length: ${b.length}`);
}
function manifestFromStackItem(x) {
  const f = items(x);
  if (f[2].count !== 0)
    throw new RangeError("Features field must be empty");
  const abiFields = items(f[4]);
  const abi = {
    methods: items(abiFields[0]).map(methodFrom),
    events: items(abiFields[1]).map(eventFrom)
  };
  const permissions = items(f[5]).map((p) => {
    const [contract, methods] = items(p);
    return {
      contract: descriptorFrom(contract),
      methods: methods instanceof NullItem ? "*" : items(methods).map(s2)
    };
  });
  const extra = parseJson2(f[7].getSpan());
  return {
    name: s2(f[0]),
    groups: items(f[1]).map((g) => {
      const [pk, sig] = items(g);
      return { pubKey: ECPoint.decode(pk.getSpan()), signature: sig.getSpan().slice() };
    }),
    supportedStandards: items(f[3]).map(s2),
    abi,
    permissions,
    trusts: f[6] instanceof NullItem ? "*" : items(f[6]).map(descriptorFrom),
    extra: extra instanceof JObject ? extra : null
  };
}
function contractToStackItem(c) {
  return new ArrayItem([
    integer(BigInt(c.id)),
    integerOf(c.updateCounter),
    bytes2(c.hash),
    bytes2(serializeNef(c.nef)),
    manifestToStackItem(c.manifest)
  ]);
}
function contractFromStackItem(x, verify3 = false) {
  const f = items(x);
  return {
    id: Number(f[0].getInteger()),
    updateCounter: Number(f[1].getInteger()) & 65535,
    hash: f[2].getSpan().slice(),
    nef: parseNef(f[3].bytes, verify3),
    manifest: manifestFromStackItem(f[4])
  };
}

// dist/neo/contract/check.js
function checkScript(script, abi, strict2) {
  let s;
  try {
    s = new Script(script, strict2);
  } catch (error) {
    throw new ScriptCheckError(`script fails the strict check: ${error.message}`, {
      cause: error
    });
  }
  for (const m of abi.methods) {
    try {
      s.getInstruction(m.offset);
    } catch (error) {
      throw new ScriptCheckError(`method ${m.name}: offset ${m.offset} is not an instruction: ${error.message}`);
    }
  }
  const methods = /* @__PURE__ */ new Set();
  for (const m of abi.methods) {
    const k = `${m.name}/${m.parameters.length}`;
    if (methods.has(k))
      throw new ManifestError(`abi: method ${m.name} with ${m.parameters.length} parameters is defined twice`);
    methods.add(k);
  }
  const events = /* @__PURE__ */ new Set();
  for (const e of abi.events) {
    if (events.has(e.name))
      throw new ManifestError(`abi: event ${e.name} is defined twice`);
    events.add(e.name);
  }
}
function isValidManifest(m, limits, hash2) {
  try {
    serializeWithLimits(manifestToStackItem(m), limits);
  } catch {
    return false;
  }
  return m.groups.every((g) => {
    try {
      return verifySignature(hash2, g.signature, g.pubKey);
    } catch {
      return false;
    }
  });
}

// dist/neo/engine/convert.js
var RANGES = {
  int8: [-128n, 127n, "SByte"],
  uint8: [0n, 255n, "Byte"],
  int16: [-32768n, 32767n, "Int16"],
  uint16: [0n, 65535n, "UInt16"],
  int32: [-2147483648n, 2147483647n, "Int32"],
  uint32: [0n, 4294967295n, "UInt32"],
  int64: [-(1n << 63n), (1n << 63n) - 1n, "Int64"],
  uint64: [0n, (1n << 64n) - 1n, "UInt64"]
};
function checkedInteger(item, kind) {
  const v = item.getInteger();
  const range2 = RANGES[kind];
  if (range2 && (v < range2[0] || v > range2[1])) {
    throw new VMFault(`Value was either too large or too small for an ${range2[2]}.`);
  }
  return v;
}
function convertOne(item, kind, p) {
  switch (kind) {
    case "item":
      return item;
    case "array":
      if (!(item instanceof ArrayItem))
        throw new InvalidCastFault(`Cannot cast ${item.constructor.name} to Array`);
      return item;
    case "interop":
    case "object":
      if (!(item instanceof InteropInterfaceItem)) {
        throw new InvalidCastFault(`Cannot cast ${item.constructor.name} to InteropInterface`);
      }
      if (kind === "interop")
        return item;
      if (p.iface && !(item.value instanceof p.iface)) {
        throw new VMFault(`Object of type '${item.value.constructor.name}' cannot be converted to type '${p.iface.name}'.`);
      }
      return item.value;
    case "bool":
      return item.getBoolean();
    case "bigint":
      return item.getInteger();
    case "int8":
    case "uint8":
    case "int16":
    case "uint16":
    case "int32":
    case "uint32":
      return Number(checkedInteger(item, kind));
    case "int64":
    case "uint64":
      return checkedInteger(item, kind);
    case "bytes":
      return item.isNull ? null : item.getSpan().slice();
    case "string":
      return item.isNull ? null : strictUtf8(item.getSpan());
    case "hash160":
    case "hash256": {
      if (item.isNull)
        return null;
      const b = item.getSpan();
      const n = kind === "hash160" ? 20 : 32;
      if (b.length !== n)
        throw new NeoFormatError(`Invalid length: ${b.length}, expected ${n}`);
      return b.slice();
    }
    case "ecpoint":
      return item.isNull ? null : ECPoint.decode(item.getSpan());
  }
}
function convertArg(item, p, pop, maxStackSize) {
  if (item.isNull && !p.nullable && p.kind !== "item")
    throw new VMFault(`The argument \`${p.name}\` can't be null.`);
  if (p.maxLength !== void 0 && item.getSpan().length > p.maxLength) {
    throw new VMFault("The input exceeds the maximum length.");
  }
  if (p.elements === void 0)
    return convertOne(item, p.kind, p);
  const out = [];
  const element = (x) => {
    if (x.isNull && !p.elementNullable)
      throw new VMFault(`The element of \`${p.name}\` can't be null.`);
    out.push(convertOne(x, p.elements, p));
  };
  if (item instanceof ArrayItem) {
    for (const x of item.items)
      element(x);
  } else {
    const count = Number(checkedInteger(item, "int32"));
    if (count > maxStackSize)
      throw new VMFault("Operation is not valid due to the current state of the object.");
    if (count < 0)
      throw new VMFault("Non-negative number required.");
    for (let i = 0; i < count; i++)
      element(pop());
  }
  return out;
}
var MANIFEST_TYPES = {
  item: ParamType.Any,
  array: ParamType.Array,
  interop: ParamType.InteropInterface,
  object: ParamType.InteropInterface,
  bool: ParamType.Boolean,
  int8: ParamType.Integer,
  uint8: ParamType.Integer,
  int16: ParamType.Integer,
  uint16: ParamType.Integer,
  int32: ParamType.Integer,
  uint32: ParamType.Integer,
  int64: ParamType.Integer,
  uint64: ParamType.Integer,
  bigint: ParamType.Integer,
  bytes: ParamType.ByteArray,
  string: ParamType.String,
  hash160: ParamType.Hash160,
  hash256: ParamType.Hash256,
  ecpoint: ParamType.PublicKey
};
function manifestType(p) {
  if (p.type !== void 0)
    return p.type;
  if (p.elements !== void 0)
    return ParamType.Array;
  return MANIFEST_TYPES[p.kind];
}
function arg(name, kind, extra = {}) {
  return { name, kind, ...extra };
}

// dist/neo/engine/faults.js
var OUT_OF_RANGE = "Specified argument was out of the range of valid values.";
function argumentFault(message2, param) {
  return new VMFault(`${message2} (Parameter '${param}')`);
}
function outOfRangeFault(param, message2 = OUT_OF_RANGE) {
  return argumentFault(message2, param);
}
function negativeFault(param, value) {
  return new VMFault(`${param} ('${value}') must be a non-negative value. (Parameter '${param}')
Actual value was ${value}.`);
}
function notEqualFault(param, value, other) {
  return new VMFault(`${param} ('${value}') must be equal to '${other}'. (Parameter '${param}')
Actual value was ${value}.`);
}

// dist/neo/settings.js
var HARDFORKS = [
  "HF_Aspidochelone",
  "HF_Basilisk",
  "HF_Cockatrice",
  "HF_Domovoi",
  "HF_Echidna",
  "HF_Faun",
  "HF_Gorgon"
];
var TEST_COMMITTEE = [
  "03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c",
  "02df48f60e8f3e01c48ff40b9b7f1310d7a8b2a193188befe1c2e3df740e895093",
  "03b8d9d5771d8f513aa0869b9cc8d50986403b78c6da36890638c3d46a5adce04a",
  "02ca0e27697b9c248f6f16e085fd0061e26f44da85b58ee835c110caa5ec3ba554",
  "024c7b7fb6c310fccf1ba33b082519d82964ea93868d676662d4a59ad548df0e7d",
  "02aaec38470f6aad0042c6e877cfd8087d2676b0f516fddd362801b9bd3936399e",
  "02486fd15702c4490a26703112a5cc1d0923fd697a33406bd5a1c00e0013b09a70",
  "023a36c72844610b4d34d1968662424011bf783ca9d984efa19a20babf5582f3fe",
  "03708b860c1de5d87f5b151a12c2a99feebd2e8b315ee8e7cf8aa19692a9e18379",
  "03c6aa6e12638b36e88adc1ccdceac4db9929575c3e03576c617c49cce7114a050",
  "03204223f8c86b8cd5c89ef12e4f0dbb314172e9241e30c9ef2293790793537cf0",
  "02a62c915cf19c7f19a50ec217e79fac2439bbaad658493de0c7d8ffa92ab0aa62",
  "03409f31f0d66bdc2f70a9730b66fe186658f84a8018204db01c106edc36553cd0",
  "0288342b141c30dc8ffcde0204929bb46aed5756b41ef4a56778d15ada8f0c6654",
  "020f2887f41474cfeb11fd262e982051c1541418137c02a0f4961af911045de639",
  "0222038884bbd1d8ff109ed3bdef3542e768eef76c1247aea8bc8171f532928c30",
  "03d281b42002647f0113f36c7b8efb30db66078dfaaa9ab3ff76d043a98d512fde",
  "02504acbc1f4b3bdad1d86d6e1a08603771db135a73e61c9d565ae06a1938cd2ad",
  "0226933336f1b75baa42d42b71d9091508b638046d19abd67f4e119bf64a7cfb4d",
  "03cdcea66032b82f5c30450e381e5295cae85c5e6943af716cc6b646352a6067dc",
  "02cd5a5547119e24feaa7c2a0f37b8c9366216bab7054de0065c9be42084003c8a"
];
var ALL_HARDFORKS_AT_GENESIS = new Map(HARDFORKS.map((h) => [h, 0]));
var DEFAULT_SETTINGS = Object.freeze({
  network: 860833102,
  addressVersion: 53,
  standbyCommittee: TEST_COMMITTEE.map((k) => ECPoint.parse(k)),
  validatorsCount: 7,
  millisecondsPerBlock: 15e3,
  maxValidUntilBlockIncrement: 864e5 / 15e3,
  maxTransactionsPerBlock: 512,
  maxTraceableBlocks: 2102400,
  initialGasDistribution: 5200000000000000n,
  hardforks: ALL_HARDFORKS_AT_GENESIS
});
function isHardforkEnabled(settings, hf, index) {
  const h = settings.hardforks.get(hf);
  return h !== void 0 && index >= h;
}
function standbyValidators(settings) {
  return settings.standbyCommittee.slice(0, settings.validatorsCount);
}
function checkHardforks(hardforks) {
  const configured = HARDFORKS.filter((h) => hardforks.has(h));
  for (let i = 0; i + 1 < configured.length; i++) {
    const a = configured[i];
    const b = configured[i + 1];
    if (HARDFORKS.indexOf(b) - HARDFORKS.indexOf(a) > 1) {
      throw new NeoArgumentError(`Hardfork configuration is not continuous: a gap between ${a} and ${b}`);
    }
    if (hardforks.get(a) > hardforks.get(b)) {
      throw new NeoArgumentError(`Invalid hardfork configuration: ${a} activates after ${b}`);
    }
  }
}
function makeSettings(overrides = {}) {
  const s = { ...DEFAULT_SETTINGS, ...overrides };
  checkHardforks(s.hardforks);
  if (s.validatorsCount < 1 || s.validatorsCount > s.standbyCommittee.length) {
    throw new NeoArgumentError(`validatorsCount ${s.validatorsCount} must be between 1 and the committee size ${s.standbyCommittee.length}`);
  }
  return Object.freeze(s);
}

// dist/neo/storage/iterator.js
var StorageContext = class {
  id;
  isReadOnly;
  constructor(id, isReadOnly) {
    this.id = id;
    this.isReadOnly = isReadOnly;
  }
};
var FindOptions = {
  None: 0,
  KeysOnly: 1 << 0,
  RemovePrefix: 1 << 1,
  ValuesOnly: 1 << 2,
  DeserializeValues: 1 << 3,
  PickField0: 1 << 4,
  PickField1: 1 << 5,
  Backwards: 1 << 7,
  All: 191
};
var StorageIterator = class {
  source;
  prefixLength;
  options;
  keyOffset;
  entries;
  index = -1;
  /** `keyOffset` bytes are dropped from keys (the contract id); `prefixLength` more with RemovePrefix. */
  constructor(source, prefixLength, options, keyOffset = 4) {
    this.source = source;
    this.prefixLength = prefixLength;
    this.options = options;
    this.keyOffset = keyOffset;
  }
  next() {
    this.entries ??= [...this.source()];
    if (this.index < this.entries.length)
      this.index++;
    return this.index < this.entries.length;
  }
  value() {
    const entry = this.entries?.[this.index];
    if (entry === void 0)
      throw new VMFault("Enumeration has either not started or has already finished.");
    const o = this.options;
    let key3 = entry[0].subarray(this.keyOffset);
    if (o & FindOptions.RemovePrefix)
      key3 = key3.subarray(this.prefixLength);
    let item = o & FindOptions.DeserializeValues ? deserializeWithLimits(entry[1], DEFAULT_LIMITS) : new ByteStringItem(entry[1]);
    if (o & (FindOptions.PickField0 | FindOptions.PickField1)) {
      if (!(item instanceof ArrayItem))
        throw new VMFault(`Unable to cast ${item.constructor.name} to Array.`);
      const field = item.items[o & FindOptions.PickField0 ? 0 : 1];
      if (field === void 0)
        throw new VMFault("Index was out of range. Must be non-negative and less than the size of the collection.");
      item = field;
    }
    if (o & FindOptions.KeysOnly)
      return new ByteStringItem(key3.slice());
    if (o & FindOptions.ValuesOnly)
      return item;
    return new StructItem([new ByteStringItem(key3.slice()), item]);
  }
};

// dist/neo/engine/context-state.js
var ContextState = class {
  scriptHash = null;
  callingContext = null;
  nativeCallingScriptHash = null;
  contract = null;
  callFlags = CallFlags.All;
  notificationCount = 0;
  isDynamicCall = false;
  whiteListed = false;
  gasDistributions = void 0;
};
var KEY = /* @__PURE__ */ Symbol("neo.ContextState");
var make = () => new ContextState();
function contextState(context) {
  return context.getState(KEY, make);
}

// dist/neo/interop/id.js
function interopId(name) {
  const h = sha256(utf8(name));
  return (h[0] | h[1] << 8 | h[2] << 16 | h[3] << 24) >>> 0;
}

// dist/neo/native/native.js
function isActiveAt(u, hf, height) {
  return (u.activeIn === void 0 || hf(u.activeIn, height)) && (u.deprecatedIn === void 0 || !hf(u.deprecatedIn, height));
}
function method(name, params, returns, opts, handler2) {
  return { name, params, returns, cpuFee: 0, storageFee: 0, flags: CallFlags.None, ...opts, handler: handler2 };
}
function event(order2, name, params, opts = {}) {
  return { order: order2, name, params: params.map(([n, t]) => ({ name: n, type: t })), ...opts };
}
var CALL_NATIVE = interopId("System.Contract.CallNative");
function contractHash(sender, checksum, name) {
  const sb = new ScriptBuilder().emit("ABORT").emitPush(sender).emitPush(BigInt(checksum >>> 0)).emitPush(name);
  return hash160(sb.toArray());
}
var NativeContract = class {
  /** Hardforks at which the contract's state is (re)initialized; the first one activates it. */
  activations = [];
  sortedMethods;
  hashValue;
  defineEvents() {
    return [];
  }
  get hash() {
    this.hashValue ??= contractHash(UINT160_ZERO, 0, this.name);
    return this.hashValue;
  }
  get activeIn() {
    return this.activations[0] ?? null;
  }
  get methods() {
    this.sortedMethods ??= this.defineMethods().sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.params.length - b.params.length);
    return this.sortedMethods;
  }
  get events() {
    return [...this.defineEvents()].sort((a, b) => a.order - b.order);
  }
  /** Every hardfork that changes this contract: method and event bounds and activations. */
  get usedHardforks() {
    const out = /* @__PURE__ */ new Set();
    for (const u of [...this.methods, ...this.events]) {
      if (u.activeIn)
        out.add(u.activeIn);
      if (u.deprecatedIn)
        out.add(u.deprecatedIn);
    }
    for (const a of this.activations)
      if (a)
        out.add(a);
    return out;
  }
  /** neo's `IsActive(settings, height)`: an unconfigured activation fork counts as genesis. */
  isActive(settings, height) {
    const a = this.activeIn;
    if (a === null)
      return true;
    return (settings.hardforks.get(a) ?? 0) <= height;
  }
  /** The hardforks whose height is `index` (initialization block), or null. */
  initializeHardforks(settings, index) {
    const hfs = [...this.usedHardforks].filter((h) => settings.hardforks.get(h) === index);
    if (hfs.length > 0)
      return hfs.sort((a, b) => order(a) - order(b));
    if (index === 0 && this.activeIn === null)
      return [];
    return null;
  }
  allowedMethods(hf, height) {
    const byOffset = /* @__PURE__ */ new Map();
    const descriptors = [];
    const sb = new ScriptBuilder();
    for (const m of this.methods) {
      if (!isActiveAt(m, hf, height))
        continue;
      const offset = sb.length;
      sb.emitPush(0n);
      const descriptor2 = {
        name: m.name,
        parameters: m.params.map((p) => ({ name: p.name, type: manifestType(p) })),
        returnType: m.returns,
        offset,
        safe: (m.flags & ~CallFlags.ReadOnly) === 0
      };
      byOffset.set(sb.length, [m, descriptor2]);
      descriptors.push(descriptor2);
      sb.emitSysCall(CALL_NATIVE).emit("RET");
    }
    return { byOffset, descriptors, script: sb.toArray() };
  }
  supportedStandards(_hf, _height) {
    return [];
  }
  contractState(hf, height) {
    const methods = this.allowedMethods(hf, height);
    const events = this.events.filter((e) => isActiveAt(e, hf, height)).map((e) => ({ name: e.name, parameters: e.params }));
    const manifest = {
      name: this.name,
      groups: [],
      supportedStandards: this.supportedStandards(hf, height),
      abi: { methods: methods.descriptors, events },
      permissions: [DEFAULT_PERMISSION],
      trusts: [],
      extra: null
    };
    const nef = makeNef({ compiler: "neo-core-v3.0", source: "", tokens: [], script: methods.script });
    return { id: this.id, updateCounter: 0, hash: this.hash, nef, manifest };
  }
  initialize(_engine, _hardfork) {
    return void 0;
  }
  onPersist(_engine) {
    return void 0;
  }
  postPersist(_engine) {
    return void 0;
  }
  /** neo's `NativeContract.Invoke`: runs the method at the current SYSCALL (version 0 only). */
  invoke(engine, version) {
    if (version !== 0)
      throw new VMFault(`The native contract of version ${version} is not active.`);
    const context = engine.currentContext;
    const entry = engine.nativeMethods(this).byOffset.get(context.instructionPointer);
    if (entry === void 0)
      throw new VMFault("The given key was not present in the dictionary.");
    const [method2, descriptor2] = entry;
    if (method2.activeIn && !engine.isHardforkEnabled(method2.activeIn)) {
      throw new VMFault(`Cannot call this method before hardfork ${method2.activeIn}.`);
    }
    if (method2.deprecatedIn && engine.isHardforkEnabled(method2.deprecatedIn)) {
      throw new VMFault(`Cannot call this method after hardfork ${method2.deprecatedIn}.`);
    }
    const state = contextState(context);
    if ((state.callFlags & method2.flags) !== method2.flags) {
      throw new VMFault(`Cannot call this method with the flag ${callFlagsName(state.callFlags)}.`);
    }
    if (!engine.isHardforkEnabled("HF_Faun") || engine.whitelistFee(this.hash, descriptor2) === null) {
      engine.addFeeBig(BigInt(method2.cpuFee) * engine.execFeePicoFactor + BigInt(method2.storageFee * engine.storagePrice) * BigInt(FEE_FACTOR));
    }
    const stack = context.evaluationStack;
    const args = method2.params.map((p, i) => convertArg(stack.peek(i), p, () => engine.pop(), engine.limits.maxStackSize));
    const finish2 = (value) => {
      for (let i = 0; i < method2.params.length; i++)
        stack.pop();
      if (method2.returns !== ParamType.Void)
        stack.push(value ?? NULL);
    };
    const result = method2.handler(engine, args);
    if (isTask(result))
      engine.runNativeTask(result, finish2);
    else
      finish2(result);
  }
};
function order(h) {
  return HARDFORKS.indexOf(h);
}
function isTask(x) {
  return typeof x === "object" && x !== null && typeof x.next === "function" && Symbol.iterator in x;
}

// dist/neo/contract/redeem.js
var CHECK_SIG = interopId("System.Crypto.CheckSig");
var CHECK_MULTISIG = interopId("System.Crypto.CheckMultisig");
function signatureRedeemScript(key3) {
  return new ScriptBuilder().emitPush(key3.encodeCompressed()).emitSysCall(CHECK_SIG).toArray();
}
function signatureRedeemScriptHash(key3) {
  return hash160(signatureRedeemScript(key3));
}
function multiSigRedeemScript(m, keys) {
  if (!(m >= 1 && m <= keys.length && keys.length <= 1024)) {
    throw new NeoArgumentError(`Invalid multisig parameters: m=${m}, publicKeys.Count=${keys.length}`);
  }
  const sb = new ScriptBuilder().emitPush(BigInt(m));
  for (const k of sortPoints(keys))
    sb.emitPush(k.encodeCompressed());
  return sb.emitPush(BigInt(keys.length)).emitSysCall(CHECK_MULTISIG).toArray();
}
var multiSigHashes = /* @__PURE__ */ new Map();
function multiSigRedeemScriptHash(m, keys) {
  const id = `${m}:${keys.map((k) => k.toString()).join(",")}`;
  let h = multiSigHashes.get(id);
  if (h === void 0) {
    h = hash160(multiSigRedeemScript(m, keys));
    if (multiSigHashes.size >= 1024)
      multiSigHashes.clear();
    multiSigHashes.set(id, h);
  }
  return h;
}
function bftAddress(keys) {
  return multiSigRedeemScriptHash(keys.length - Math.floor((keys.length - 1) / 3), keys);
}
function committeeAddress(keys) {
  return multiSigRedeemScriptHash(keys.length - Math.floor((keys.length - 1) / 2), keys);
}
function isSignatureContract(script) {
  if (script.length !== 40)
    return false;
  if (script[0] !== 12 || script[1] !== 33 || script[35] !== 65)
    return false;
  return new DataView(script.buffer, script.byteOffset).getUint32(36, true) === CHECK_SIG;
}

// dist/neo/native/values.js
function readInt(store, key3) {
  const v = store.get(key3);
  return v === void 0 ? void 0 : bigIntFromLE(v);
}
function requireInt(store, key3) {
  const v = readInt(store, key3);
  if (v === void 0)
    throw new VMFault("The given key was not present in the dictionary.");
  return v;
}
function writeInt(store, key3, value) {
  store.put(key3, bigIntToLE(value));
}
function readItem(store, key3) {
  const v = store.get(key3);
  return v === void 0 ? void 0 : deserializeWithLimits(v, DEFAULT_LIMITS);
}
function writeItem(store, key3, item) {
  store.put(key3, serializeWithLimits(item, DEFAULT_LIMITS));
}
var bool = (v) => BooleanItem.of(v);
var int = (v) => integer(BigInt(v));
var bytes3 = (b) => new ByteStringItem(b);
var str3 = (s) => new ByteStringItem(utf8(s));
var fields = (item) => item.items;

// dist/neo/native/fungible.js
var PREFIX_TOTAL_SUPPLY = 11;
var PREFIX_ACCOUNT = 20;
var FungibleToken = class extends NativeContract {
  accountKey(account) {
    return nativeKey(this.id, PREFIX_ACCOUNT, account);
  }
  readState(store, account) {
    const item = readItem(store, this.accountKey(account));
    return item === void 0 ? null : this.decode(item);
  }
  writeState(store, account, state) {
    writeItem(store, this.accountKey(account), this.encode(state));
  }
  totalSupply(store) {
    return readInt(store, nativeKey(this.id, PREFIX_TOTAL_SUPPLY)) ?? 0n;
  }
  balanceOf(store, account) {
    return this.readState(store, account)?.balance ?? 0n;
  }
  /** Called before a balance changes by `amount` (NeoToken distributes GAS here). */
  onBalanceChanging(_engine, _account, _state, _amount) {
  }
  *mint(engine, account, amount, callOnPayment) {
    if (amount < 0n)
      throw outOfRangeFault("amount", "cannot be negative");
    if (amount === 0n)
      return;
    const store = engine.store;
    const state = this.readState(store, account) ?? this.newState();
    this.onBalanceChanging(engine, account, state, amount);
    state.balance += amount;
    this.writeState(store, account, state);
    const key3 = nativeKey(this.id, PREFIX_TOTAL_SUPPLY);
    writeInt(store, key3, (readInt(store, key3) ?? 0n) + amount);
    yield* this.postTransfer(engine, null, account, amount, NULL, callOnPayment);
  }
  *burn(engine, account, amount) {
    if (amount < 0n)
      throw outOfRangeFault("amount", "cannot be negative");
    if (amount === 0n)
      return;
    const store = engine.store;
    const state = this.readState(store, account);
    if (state === null)
      throw new VMFault("Object reference not set to an instance of an object.");
    if (state.balance < amount)
      throw new VMFault("Operation is not valid due to the current state of the object.");
    this.onBalanceChanging(engine, account, state, -amount);
    if (state.balance === amount)
      store.delete(this.accountKey(account));
    else {
      state.balance -= amount;
      this.writeState(store, account, state);
    }
    const key3 = nativeKey(this.id, PREFIX_TOTAL_SUPPLY);
    writeInt(store, key3, (readInt(store, key3) ?? 0n) - amount);
    yield* this.postTransfer(engine, account, null, amount, NULL, false);
  }
  *transfer(engine, from, to, amount, data) {
    if (amount < 0n)
      throw outOfRangeFault("amount", "cannot be negative");
    if (!equalHash(from, engine.callingScriptHash) && !engine.checkWitnessInternal(from))
      return false;
    const store = engine.store;
    const stateFrom = this.readState(store, from);
    if (amount === 0n) {
      if (stateFrom !== null) {
        this.onBalanceChanging(engine, from, stateFrom, 0n);
        this.writeState(store, from, stateFrom);
      }
    } else {
      if (stateFrom === null || stateFrom.balance < amount)
        return false;
      if (equalHash(from, to)) {
        this.onBalanceChanging(engine, from, stateFrom, 0n);
        this.writeState(store, from, stateFrom);
      } else {
        this.onBalanceChanging(engine, from, stateFrom, -amount);
        if (stateFrom.balance === amount)
          store.delete(this.accountKey(from));
        else {
          stateFrom.balance -= amount;
          this.writeState(store, from, stateFrom);
        }
        const stateTo = this.readState(store, to) ?? this.newState();
        this.onBalanceChanging(engine, to, stateTo, amount);
        stateTo.balance += amount;
        this.writeState(store, to, stateTo);
      }
    }
    yield* this.postTransfer(engine, from, to, amount, data, true);
    return true;
  }
  *postTransfer(engine, from, to, amount, data, callOnPayment) {
    const item = (h) => h === null ? NULL : new ByteStringItem(h);
    engine.sendNotification(this.hash, "Transfer", new ArrayItem([item(from), item(to), int(amount)]));
    if (!callOnPayment || to === null || !isContract(engine.store, to))
      return;
    yield {
      hash: to,
      method: "onNEP17Payment",
      args: [item(from), int(amount), data],
      hasReturnValue: false,
      callingScriptHash: this.hash
    };
  }
  defineEvents() {
    return [
      event(0, "Transfer", [
        ["from", ParamType.Hash160],
        ["to", ParamType.Hash160],
        ["amount", ParamType.Integer]
      ])
    ];
  }
  tokenMethods() {
    const R4 = CallFlags.ReadStates;
    return [
      method("symbol", [], ParamType.String, {}, () => str3(this.symbol)),
      method("decimals", [], ParamType.Integer, {}, () => int(this.decimals)),
      method("totalSupply", [], ParamType.Integer, { cpuFee: 1 << 15, flags: R4 }, (e) => int(this.totalSupply(e.store))),
      method("balanceOf", [arg("account", "hash160")], ParamType.Integer, { cpuFee: 1 << 15, flags: R4 }, (e, [a]) => int(this.balanceOf(e.store, a))),
      method("transfer", [arg("from", "hash160"), arg("to", "hash160"), arg("amount", "bigint"), arg("data", "item")], ParamType.Boolean, {
        cpuFee: 1 << 17,
        storageFee: 50,
        flags: CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify
      }, (e, [f, t, a, d]) => this.boolTask(this.transfer(e, f, t, a, d)))
    ];
  }
  *boolTask(task) {
    return bool(yield* task);
  }
};

// dist/neo/native/treasury.js
var Treasury = class extends NativeContract {
  name = "Treasury";
  id = -11;
  activations = ["HF_Faun"];
  supportedStandards() {
    return ["NEP-26", "NEP-27", "NEP-30"];
  }
  defineMethods() {
    const none = { cpuFee: 1 << 5, flags: CallFlags.None };
    return [
      method("verify", [], ParamType.Boolean, { cpuFee: 1 << 5, flags: CallFlags.ReadStates }, (e) => bool(checkCommittee(e))),
      method("onNEP17Payment", [arg("from", "hash160"), arg("amount", "bigint"), arg("data", "item")], ParamType.Void, none, () => void 0),
      method("onNEP11Payment", [arg("from", "hash160"), arg("amount", "bigint"), arg("tokenId", "bytes"), arg("data", "item")], ParamType.Void, none, () => void 0)
    ];
  }
};
var treasury = new Treasury();

// dist/neo/native/policy.js
var ID = -7;
var PREFIX_BLOCKED = 15;
var PREFIX_WHITELIST = 16;
var PREFIX_FEE_PER_BYTE = 10;
var PREFIX_EXEC_FEE_FACTOR = 18;
var PREFIX_STORAGE_PRICE = 19;
var PREFIX_ATTRIBUTE_FEE = 20;
var PREFIX_MS_PER_BLOCK = 21;
var PREFIX_MAX_VUB = 22;
var PREFIX_MAX_TRACEABLE = 23;
var DEFAULT_FEE_PER_BYTE = 1e3;
var DEFAULT_NOTARY_ASSISTED_FEE = 1e7;
var MAX_EXEC_FEE_FACTOR = 100;
var MAX_ATTRIBUTE_FEE = 1e9;
var MAX_STORAGE_PRICE = 1e7;
var MAX_MS_PER_BLOCK = 3e4;
var MAX_MAX_VUB = 86400;
var MAX_MAX_TRACEABLE = 2102400;
var RECOVER_DELAY = 365n * 24n * 60n * 60n * 1000n;
var WHITELIST_EVENT = "WhitelistFeeChanged";
var key = (prefix, ...parts) => nativeKey(ID, prefix, ...parts);
var ATTRIBUTE_TYPES = new Set(Object.values(AttributeType));
function execFeeFactorRaw(store) {
  return readInt(store, key(PREFIX_EXEC_FEE_FACTOR)) ?? BigInt(DEFAULT_EXEC_FEE_FACTOR);
}
function policyStoragePrice(store) {
  return Number(readInt(store, key(PREFIX_STORAGE_PRICE)) ?? BigInt(DEFAULT_STORAGE_PRICE));
}
function feePerByte(store) {
  return requireInt(store, key(PREFIX_FEE_PER_BYTE));
}
function isBlocked(store, account) {
  return store.has(key(PREFIX_BLOCKED, account));
}
function attributeFee(store, type, allowNotary = true) {
  if (!ATTRIBUTE_TYPES.has(type) || !allowNotary && type === AttributeType.NotaryAssisted) {
    throw new VMFault(`Attribute type ${type} is not supported.`);
  }
  return Number(readInt(store, key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(type))) ?? 0n);
}
function maxValidUntilBlockIncrement(store) {
  return Number(requireInt(store, key(PREFIX_MAX_VUB)));
}
function maxTraceableBlocks(store) {
  return Number(requireInt(store, key(PREFIX_MAX_TRACEABLE)));
}
function millisecondsPerBlock(store) {
  return Number(requireInt(store, key(PREFIX_MS_PER_BLOCK)));
}
function whitelistFee(store, hash2, method2) {
  if (getContract(store, hash2) === null)
    return null;
  const item = readItem(store, key(PREFIX_WHITELIST, hash2, be32s(method2.offset)));
  return item === void 0 ? null : fields(item)[3].getInteger();
}
function whitelistEvent(engine, hash2, name, argCount, fee) {
  engine.sendNotification(policy.hash, WHITELIST_EVENT, new ArrayItem([new ByteStringItem(hash2), str3(name), int(argCount), fee]));
}
function cleanWhitelist(engine, contract) {
  let count = 0;
  for (const [k, v] of [...engine.store.find(key(PREFIX_WHITELIST, contract.hash))]) {
    engine.store.delete(k);
    count++;
    const f = fields(deserializeWithLimits(v, DEFAULT_LIMITS));
    whitelistEvent(engine, contract.hash, strictUtf8(f[1].getSpan()), f[2].getInteger(), NULL);
  }
  return count;
}
function* blockAccountInternal(engine, account) {
  if (nativeByHash(account) !== void 0)
    throw new VMFault("Cannot block a native contract.");
  const k = key(PREFIX_BLOCKED, account);
  if (engine.store.has(k))
    return false;
  const faun = engine.isHardforkEnabled("HF_Faun");
  if (faun)
    yield* neoToken.voteInternal(engine, account, null);
  if (faun)
    writeInt(engine.store, k, engine.getTime());
  else
    engine.store.put(k, new Uint8Array(0));
  return true;
}
function methodOf(engine, hash2, name, argCount) {
  const contract = getContract(engine.store, hash2);
  if (contract === null)
    throw new VMFault("Is not a valid contract");
  const matches = contract.manifest.abi.methods.filter((m) => m.name === name && m.parameters.length === argCount);
  if (matches.length > 1)
    throw new VMFault("Sequence contains more than one matching element");
  if (matches.length === 0) {
    throw new VMFault(`Method ${name} with ${argCount} args was not found in ${hashToString(hash2)}`);
  }
  return matches[0];
}
function timeLeft(remaining) {
  const days = remaining / 86400000n;
  const hours = remaining % 86400000n / 3600000n;
  const minutes = remaining % 3600000n / 60000n;
  const seconds = remaining % 60000n / 1000n;
  if (days > 0n)
    return `${days}d ${hours}h ${minutes}m`;
  if (hours > 0n)
    return `${hours}h ${minutes}m ${seconds}s`;
  if (minutes > 0n)
    return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}
function* recoverFund(engine, account, token) {
  assertAlmostFullCommittee(engine);
  const entry = readInt(engine.store, key(PREFIX_BLOCKED, account));
  if (entry === void 0)
    throw new VMFault("Request not found.");
  const elapsed = engine.getTime() - entry;
  if (elapsed < RECOVER_DELAY) {
    throw new VMFault(`Request must be signed at least 1 year ago. Remaining time: ${timeLeft(RECOVER_DELAY - elapsed)}.`);
  }
  const contract = getContract(engine.store, token);
  if (contract === null)
    throw new VMFault(`Contract ${hashToString(token)} does not exist.`);
  if (!contract.manifest.supportedStandards.includes("NEP-17")) {
    throw new VMFault(`Contract ${hashToString(token)} does not implement NEP-17 standard.`);
  }
  const acc = new ByteStringItem(account);
  const balance = (yield {
    hash: token,
    method: "balanceOf",
    args: [acc],
    hasReturnValue: true,
    callingScriptHash: account
  }).getInteger();
  if (balance <= 0n)
    return bool(false);
  const ok = (yield {
    hash: token,
    method: "transfer",
    args: [acc, new ByteStringItem(treasury.hash), integer(balance), NULL],
    hasReturnValue: true,
    callingScriptHash: account
  }).getBoolean();
  if (!ok) {
    throw new VMFault(`Transfer of ${balance} from ${hashToString(account)} to ${hashToString(treasury.hash)} failed in contract ${hashToString(token)}.`);
  }
  engine.sendNotification(policy.hash, "RecoveredFund", new ArrayItem([acc]));
  return bool(true);
}
function setter(name, kind, prefix, check, opts = {}) {
  return method(name, [arg("value", kind)], ParamType.Void, { cpuFee: 1 << 15, flags: CallFlags.States, ...opts }, (e, [v]) => {
    const value = BigInt(v);
    check(e, value);
    assertCommittee(e);
    writeInt(e.store, key(prefix), value);
    return void 0;
  });
}
var range = (what, lo, hi, v) => {
  if (v < lo || v > hi)
    throw outOfRangeFault("value", `${what} must be between [${lo}, ${hi}], got ${v}`);
};
var PolicyContract = class extends NativeContract {
  name = "PolicyContract";
  id = ID;
  defineEvents() {
    return [
      event(0, "MillisecondsPerBlockChanged", [
        ["old", ParamType.Integer],
        ["new", ParamType.Integer]
      ], { activeIn: "HF_Echidna" }),
      event(1, WHITELIST_EVENT, [
        ["contract", ParamType.Hash160],
        ["method", ParamType.String],
        ["argCount", ParamType.Integer],
        ["fee", ParamType.Any]
      ], { activeIn: "HF_Faun" }),
      event(2, "RecoveredFund", [["account", ParamType.Hash160]], { activeIn: "HF_Faun" })
    ];
  }
  defineMethods() {
    const R4 = CallFlags.ReadStates;
    const S = CallFlags.States;
    const SN2 = CallFlags.States | CallFlags.AllowNotify;
    const F2 = 1 << 15;
    const account = arg("account", "hash160");
    const type = arg("attributeType", "uint8");
    return [
      method("getFeePerByte", [], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e) => int(feePerByte(e.store))),
      method("getExecFeeFactor", [], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e) => {
        const raw = requireInt(e.store, key(PREFIX_EXEC_FEE_FACTOR));
        return int(e.isHardforkEnabled("HF_Faun") ? raw / BigInt(FEE_FACTOR) : raw);
      }),
      method("getExecPicoFeeFactor", [], ParamType.Integer, { cpuFee: F2, flags: R4, activeIn: "HF_Faun" }, (e) => int(requireInt(e.store, key(PREFIX_EXEC_FEE_FACTOR)))),
      method("getStoragePrice", [], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e) => int(requireInt(e.store, key(PREFIX_STORAGE_PRICE)))),
      method("getMillisecondsPerBlock", [], ParamType.Integer, { cpuFee: F2, flags: R4, activeIn: "HF_Echidna" }, (e) => int(millisecondsPerBlock(e.store))),
      method("getMaxValidUntilBlockIncrement", [], ParamType.Integer, { cpuFee: F2, flags: R4, activeIn: "HF_Echidna" }, (e) => int(maxValidUntilBlockIncrement(e.store))),
      method("getMaxTraceableBlocks", [], ParamType.Integer, { cpuFee: F2, flags: R4, activeIn: "HF_Echidna" }, (e) => int(maxTraceableBlocks(e.store))),
      method("getAttributeFee", [type], ParamType.Integer, { cpuFee: F2, flags: R4, deprecatedIn: "HF_Echidna" }, (e, [t]) => int(attributeFee(e.store, t, false))),
      method("getAttributeFee", [type], ParamType.Integer, { cpuFee: F2, flags: R4, activeIn: "HF_Echidna" }, (e, [t]) => int(attributeFee(e.store, t, true))),
      method("isBlocked", [account], ParamType.Boolean, { cpuFee: F2, flags: R4 }, (e, [a]) => bool(isBlocked(e.store, a))),
      method("removeWhitelistFeeContract", [arg("contractHash", "hash160"), arg("method", "string"), arg("argCount", "int32")], ParamType.Void, { cpuFee: F2, flags: SN2, activeIn: "HF_Faun" }, (e, [h, m, n]) => {
        if (!checkCommittee(e))
          throw new VMFault("Invalid committee signature");
        const md = methodOf(e, h, m, n);
        const k = key(PREFIX_WHITELIST, h, be32s(md.offset));
        if (!e.store.has(k))
          throw new VMFault("Whitelist not found");
        e.store.delete(k);
        whitelistEvent(e, h, m, BigInt(n), NULL);
        return void 0;
      }),
      method("setWhitelistFeeContract", [
        arg("contractHash", "hash160"),
        arg("method", "string"),
        arg("argCount", "int32"),
        arg("fixedFee", "int64")
      ], ParamType.Void, { cpuFee: F2, flags: SN2, activeIn: "HF_Faun" }, (e, [h, m, n, fee]) => {
        if (fee < 0n)
          throw negativeFault("fixedFee", fee);
        if (!checkCommittee(e))
          throw new VMFault("Invalid committee signature");
        const md = methodOf(e, h, m, n);
        const entry = new StructItem([
          new ByteStringItem(h),
          str3(m),
          int(n),
          int(fee)
        ]);
        writeItem(e.store, key(PREFIX_WHITELIST, h, be32s(md.offset)), entry);
        whitelistEvent(e, h, m, BigInt(n), int(fee));
        return void 0;
      }),
      method("setMillisecondsPerBlock", [arg("value", "uint32")], ParamType.Void, { cpuFee: F2, flags: SN2, activeIn: "HF_Echidna" }, (e, [v]) => {
        const value = v;
        if (value === 0 || value > MAX_MS_PER_BLOCK) {
          throw outOfRangeFault("value", `MillisecondsPerBlock must be between [1, ${MAX_MS_PER_BLOCK}], got ${value}`);
        }
        assertCommittee(e);
        const old = millisecondsPerBlock(e.store);
        writeInt(e.store, key(PREFIX_MS_PER_BLOCK), BigInt(value));
        e.sendNotification(this.hash, "MillisecondsPerBlockChanged", new ArrayItem([int(old), int(value)]));
        return void 0;
      }),
      ...[false, true].map((v1) => method("setAttributeFee", [type, arg("value", "uint32")], ParamType.Void, {
        cpuFee: F2,
        flags: S,
        ...v1 ? { activeIn: "HF_Echidna" } : { deprecatedIn: "HF_Echidna" }
      }, (e, [t, v]) => {
        attributeFee(e.store, t, v1);
        if (v > MAX_ATTRIBUTE_FEE)
          throw outOfRangeFault("value", `AttributeFee must be less than ${MAX_ATTRIBUTE_FEE}`);
        assertCommittee(e);
        writeInt(e.store, key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(t)), BigInt(v));
        return void 0;
      })),
      setter("setFeePerByte", "int64", PREFIX_FEE_PER_BYTE, (_e, v) => range("FeePerByte", 0n, 100000000n, v)),
      setter("setExecFeeFactor", "uint64", PREFIX_EXEC_FEE_FACTOR, (e, v) => range("ExecFeeFactor", 1n, BigInt(e.isHardforkEnabled("HF_Faun") ? FEE_FACTOR * MAX_EXEC_FEE_FACTOR : MAX_EXEC_FEE_FACTOR), v)),
      setter("setStoragePrice", "uint32", PREFIX_STORAGE_PRICE, (_e, v) => range("StoragePrice", 1n, BigInt(MAX_STORAGE_PRICE), v)),
      setter("setMaxValidUntilBlockIncrement", "uint32", PREFIX_MAX_VUB, (e, v) => {
        range("MaxValidUntilBlockIncrement", 1n, BigInt(MAX_MAX_VUB), v);
        const mtb = maxTraceableBlocks(e.store);
        if (v >= BigInt(mtb)) {
          throw new VMFault(`MaxValidUntilBlockIncrement must be lower than MaxTraceableBlocks (${v} vs ${mtb})`);
        }
      }, { activeIn: "HF_Echidna" }),
      setter("setMaxTraceableBlocks", "uint32", PREFIX_MAX_TRACEABLE, (e, v) => {
        range("MaxTraceableBlocks", 1n, BigInt(MAX_MAX_TRACEABLE), v);
        const old = maxTraceableBlocks(e.store);
        if (v > BigInt(old))
          throw new VMFault(`MaxTraceableBlocks can not be increased (old ${old}, new ${v})`);
        const vub = maxValidUntilBlockIncrement(e.store);
        if (v <= BigInt(vub)) {
          throw new VMFault(`MaxTraceableBlocks must be larger than MaxValidUntilBlockIncrement (${v} vs ${vub})`);
        }
      }, { activeIn: "HF_Echidna" }),
      method("blockAccount", [account], ParamType.Boolean, { cpuFee: F2, flags: S, deprecatedIn: "HF_Faun" }, (e, [a]) => this.block(e, a)),
      method("blockAccount", [account], ParamType.Boolean, { cpuFee: F2, flags: SN2, activeIn: "HF_Faun" }, (e, [a]) => this.block(e, a)),
      method("unblockAccount", [account], ParamType.Boolean, { cpuFee: F2, flags: S }, (e, [a]) => {
        assertCommittee(e);
        const k = key(PREFIX_BLOCKED, a);
        if (!e.store.has(k))
          return bool(false);
        e.store.delete(k);
        return bool(true);
      }),
      method("getBlockedAccounts", [], ParamType.InteropInterface, { cpuFee: F2, flags: R4, activeIn: "HF_Faun" }, (e) => {
        const store = e.store;
        return new InteropInterfaceItem(new StorageIterator(() => store.find(key(PREFIX_BLOCKED)), 1, 3));
      }),
      method("recoverFund", [account, arg("token", "hash160")], ParamType.Boolean, { cpuFee: F2, flags: CallFlags.All, activeIn: "HF_Faun" }, (e, [a, t]) => recoverFund(e, a, t)),
      method("getWhitelistFeeContracts", [], ParamType.InteropInterface, { cpuFee: F2, flags: R4, activeIn: "HF_Faun" }, (e) => {
        const store = e.store;
        return new InteropInterfaceItem(new StorageIterator(() => store.find(key(PREFIX_WHITELIST)), 1, 14));
      })
    ];
  }
  *block(engine, account) {
    assertCommittee(engine);
    return bool(yield* blockAccountInternal(engine, account));
  }
  initialize(engine, hardfork) {
    const store = engine.store;
    const s = engine.settings;
    if (hardfork === this.activeIn) {
      writeInt(store, key(PREFIX_FEE_PER_BYTE), BigInt(DEFAULT_FEE_PER_BYTE));
      writeInt(store, key(PREFIX_EXEC_FEE_FACTOR), BigInt(DEFAULT_EXEC_FEE_FACTOR));
      writeInt(store, key(PREFIX_STORAGE_PRICE), BigInt(DEFAULT_STORAGE_PRICE));
    }
    if (hardfork === "HF_Echidna") {
      writeInt(store, key(PREFIX_ATTRIBUTE_FEE, Uint8Array.of(AttributeType.NotaryAssisted)), BigInt(DEFAULT_NOTARY_ASSISTED_FEE));
      writeInt(store, key(PREFIX_MS_PER_BLOCK), BigInt(s.millisecondsPerBlock));
      writeInt(store, key(PREFIX_MAX_VUB), BigInt(s.maxValidUntilBlockIncrement));
      writeInt(store, key(PREFIX_MAX_TRACEABLE), BigInt(s.maxTraceableBlocks));
    }
    if (hardfork === "HF_Faun") {
      const factor = readInt(store, key(PREFIX_EXEC_FEE_FACTOR));
      if (factor === void 0)
        throw new VMFault("Policy was not initialized");
      writeInt(store, key(PREFIX_EXEC_FEE_FACTOR), BigInt.asUintN(32, factor * BigInt(FEE_FACTOR)));
      const time = engine.getTime();
      for (const [k] of [...store.find(key(PREFIX_BLOCKED))])
        writeInt(store, k, time);
    }
    return void 0;
  }
};
var policy = new PolicyContract();

// dist/neo/native/gas-token.js
var GasToken = class extends FungibleToken {
  name = "GasToken";
  id = -6;
  symbol = "GAS";
  decimals = 8;
  newState() {
    return { balance: 0n };
  }
  decode(item) {
    return { balance: fields(item)[0].getInteger() };
  }
  encode(state) {
    return new StructItem([int(state.balance)]);
  }
  supportedStandards() {
    return ["NEP-17"];
  }
  defineMethods() {
    return this.tokenMethods();
  }
  initialize(engine, hardfork) {
    if (hardfork !== this.activeIn)
      return void 0;
    const account = bftAddress(standbyValidators(engine.settings));
    return this.mint(engine, account, engine.settings.initialGasDistribution, false);
  }
  *onPersist(engine) {
    let totalNetworkFee = 0n;
    const block = engine.persistingBlock;
    for (const tx of block.transactions) {
      yield* this.burn(engine, transactionSender(tx), tx.systemFee + tx.networkFee);
      totalNetworkFee += tx.networkFee;
      const notary2 = getAttribute(tx, AttributeType.NotaryAssisted);
      if (notary2 !== void 0) {
        totalNetworkFee -= BigInt(notary2.data[0] + 1) * BigInt(attributeFee(engine.store, AttributeType.NotaryAssisted));
      }
    }
    const validators = nextBlockValidators(engine.store, engine.settings.validatorsCount);
    const primary = signatureRedeemScriptHash(validators[block.header.primaryIndex]);
    yield* this.mint(engine, primary, totalNetworkFee, false);
  }
};
var gasToken = new GasToken();

// dist/neo/payloads/block.js
function makeBlock(header, transactions) {
  return { header, transactions, index: header.index };
}
function writeUnsignedHeader(w, h) {
  w.writeUInt32(h.version).writeBytes(h.prevHash).writeBytes(h.merkleRoot).writeUInt64(h.timestamp);
  w.writeUInt64(h.nonce).writeUInt32(h.index).writeByte(h.primaryIndex).writeBytes(h.nextConsensus);
}
var hashes2 = /* @__PURE__ */ new WeakMap();
function headerHash(h) {
  let hash2 = hashes2.get(h);
  if (hash2 === void 0) {
    const w = new BinaryWriter();
    writeUnsignedHeader(w, h);
    hash2 = sha256(w.toBytes());
    hashes2.set(h, hash2);
  }
  return hash2;
}
function writeHeader(w, h) {
  writeUnsignedHeader(w, h);
  w.writeVarInt(1);
  writeWitness(w, h.witness);
}
function readHeader(r) {
  const version = r.readUInt32();
  if (version > 0)
    throw new NeoFormatError(`Invalid version ${version}`);
  const prevHash = r.readBytes(32).slice();
  const merkleRoot2 = r.readBytes(32).slice();
  const timestamp = r.readUInt64();
  const nonce = r.readUInt64();
  const index = r.readUInt32();
  const primaryIndex = r.readByte();
  const nextConsensus = r.readBytes(20).slice();
  if (r.readVarInt(1) !== 1)
    throw new NeoFormatError("Expected 1 witness");
  const witness2 = readWitness(r);
  return { version, prevHash, merkleRoot: merkleRoot2, timestamp, nonce, index, primaryIndex, nextConsensus, witness: witness2 };
}
function serializeTrimmedBlock(b) {
  const w = new BinaryWriter();
  writeHeader(w, b.header);
  w.writeArray(b.hashes, (x, h) => x.writeBytes(h));
  return w.toBytes();
}
function deserializeTrimmedBlock(bytes4) {
  const r = new BinaryReader(bytes4);
  const header = readHeader(r);
  return { header, hashes: r.readArray((x) => x.readBytes(32).slice(), 65535) };
}
function trimBlock(b) {
  return { header: b.header, hashes: b.transactions.map(transactionHash) };
}
function trimmedBlockToStackItem(b) {
  const h = b.header;
  return new ArrayItem([
    new ByteStringItem(headerHash(h)),
    integerOf(h.version),
    new ByteStringItem(h.prevHash),
    new ByteStringItem(h.merkleRoot),
    integer(h.timestamp),
    integer(h.nonce),
    integer(BigInt(h.index)),
    integerOf(h.primaryIndex),
    new ByteStringItem(h.nextConsensus),
    integerOf(b.hashes.length)
  ]);
}
function merkleRoot(hashesIn) {
  if (hashesIn.length === 0)
    return UINT256_ZERO;
  let level = hashesIn.map((h) => h.slice());
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i];
      const b = level[i + 1] ?? a;
      const buf = new Uint8Array(64);
      buf.set(a);
      buf.set(b, 32);
      next.push(hash256(buf));
    }
    level = next;
  }
  return level[0];
}

// dist/neo/native/ledger.js
var ID2 = -4;
var PREFIX_BLOCK_HASH = 9;
var PREFIX_CURRENT_BLOCK = 12;
var PREFIX_BLOCK = 5;
var PREFIX_TRANSACTION = 11;
var VMStateCode = { NONE: 0, HALT: 1, FAULT: 2, BREAK: 4 };
function ledgerCurrentIndex(store) {
  const item = readItem(store, nativeKey(ID2, PREFIX_CURRENT_BLOCK));
  if (item === void 0)
    throw new VMFault("The given key was not present in the dictionary.");
  return Number(fields(item)[1].getInteger());
}
function ledgerCurrentHash(store) {
  const item = readItem(store, nativeKey(ID2, PREFIX_CURRENT_BLOCK));
  if (item === void 0)
    throw new VMFault("The given key was not present in the dictionary.");
  return fields(item)[0].getSpan().slice();
}
function ledgerInitialized(store) {
  return store.has(nativeKey(ID2, PREFIX_CURRENT_BLOCK));
}
function blockHashAt(store, index) {
  return store.get(nativeKey(ID2, PREFIX_BLOCK_HASH, be32(index)))?.slice() ?? null;
}
function trimmedBlock(store, hash2) {
  const v = store.get(nativeKey(ID2, PREFIX_BLOCK, hash2));
  return v === void 0 ? null : deserializeTrimmedBlock(v);
}
function transactionState(store, hash2) {
  const item = readItem(store, nativeKey(ID2, PREFIX_TRANSACTION, hash2));
  if (item === void 0)
    return null;
  const f = fields(item);
  if (f.length === 1)
    return null;
  return {
    blockIndex: Number(f[0].getInteger()),
    transaction: deserializeTransaction(f[1].getSpan()),
    state: Number(f[2].getInteger())
  };
}
function ledgerTransaction(store, hash2) {
  return transactionState(store, hash2)?.transaction ?? null;
}
function setTransactionVMState(store, tx, blockIndex, state) {
  writeItem(store, nativeKey(ID2, PREFIX_TRANSACTION, transactionHash(tx)), new StructItem([int(blockIndex), bytes3(serializeTransaction(tx)), int(state)]));
}
function isTraceable(engine, index) {
  let mtb = engine.settings.maxTraceableBlocks;
  if (engine.isHardforkEnabled("HF_Echidna"))
    mtb = maxTraceableBlocks(engine.store);
  const current = ledgerCurrentIndex(engine.store);
  if (index > current)
    return false;
  return index + mtb > current;
}
function blockHashOf(engine, indexOrHash, what) {
  if (indexOrHash.length < 32) {
    const v = bigIntFromLE(indexOrHash);
    if (v < 0n || v > 0xffffffffn)
      throw new VMFault("Value was either too large or too small for a UInt32.");
    return blockHashAt(engine.store, Number(v));
  }
  if (indexOrHash.length === 32)
    return indexOrHash;
  throw argumentFault(`Invalid ${what} length: ${indexOrHash.length}`, what);
}
function traceableTx(engine, hash2) {
  const s = transactionState(engine.store, hash2);
  return s === null || !isTraceable(engine, s.blockIndex) ? null : s;
}
var LedgerContract = class extends NativeContract {
  name = "LedgerContract";
  id = ID2;
  defineMethods() {
    const R4 = CallFlags.ReadStates;
    const F2 = 1 << 15;
    const hash2 = arg("hash", "hash256");
    return [
      method("currentHash", [], ParamType.Hash256, { cpuFee: F2, flags: R4 }, (e) => bytes3(ledgerCurrentHash(e.store))),
      method("currentIndex", [], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e) => int(ledgerCurrentIndex(e.store))),
      method("getBlock", [arg("indexOrHash", "bytes")], ParamType.Array, { cpuFee: F2, flags: R4 }, (e, [x]) => {
        const h = blockHashOf(e, x, "indexOrHash");
        if (h === null)
          return NULL;
        const block = trimmedBlock(e.store, h);
        return block === null || !isTraceable(e, block.header.index) ? NULL : trimmedBlockToStackItem(block);
      }),
      method("getTransaction", [hash2], ParamType.Array, { cpuFee: F2, flags: R4 }, (e, [h]) => {
        const s = traceableTx(e, h);
        return s === null ? NULL : transactionToStackItem(s.transaction);
      }),
      method("getTransactionSigners", [hash2], ParamType.Array, { cpuFee: F2, flags: R4 }, (e, [h]) => {
        const s = traceableTx(e, h);
        return s === null ? NULL : new ArrayItem(s.transaction.signers.map(signerToStackItem));
      }),
      method("getTransactionVMState", [hash2], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e, [h]) => int(traceableTx(e, h)?.state ?? VMStateCode.NONE)),
      method("getTransactionHeight", [hash2], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e, [h]) => int(traceableTx(e, h)?.blockIndex ?? -1)),
      method("getTransactionFromBlock", [arg("blockIndexOrHash", "bytes"), arg("txIndex", "int32")], ParamType.Array, { cpuFee: 1 << 16, flags: R4 }, (e, [x, i]) => {
        const h = blockHashOf(e, x, "blockIndexOrHash");
        if (h === null)
          return NULL;
        const block = trimmedBlock(e.store, h);
        if (block === null || !isTraceable(e, block.header.index))
          return NULL;
        const index = i;
        if (index < 0 || index >= block.hashes.length) {
          throw new VMFault("Specified argument was out of the range of valid values. (Parameter 'txIndex')");
        }
        const tx = ledgerTransaction(e.store, block.hashes[index]);
        return tx === null ? NULL : transactionToStackItem(tx);
      })
    ];
  }
  onPersist(engine) {
    const block = engine.persistingBlock;
    const store = engine.store;
    const hash2 = headerHash(block.header);
    store.put(nativeKey(ID2, PREFIX_BLOCK_HASH, be32(block.header.index)), hash2);
    store.put(nativeKey(ID2, PREFIX_BLOCK, hash2), serializeTrimmedBlock(trimBlock(block)));
    for (const tx of block.transactions) {
      setTransactionVMState(store, tx, block.header.index, VMStateCode.NONE);
      const conflict = new StructItem([integer(BigInt(block.header.index))]);
      for (const attr of tx.attributes) {
        if (attr.type !== AttributeType.Conflicts)
          continue;
        writeItem(store, nativeKey(ID2, PREFIX_TRANSACTION, attr.data), conflict);
        for (const s of tx.signers)
          writeItem(store, nativeKey(ID2, PREFIX_TRANSACTION, attr.data, s.account), conflict);
      }
    }
    return void 0;
  }
  postPersist(engine) {
    const block = engine.persistingBlock;
    writeItem(engine.store, nativeKey(ID2, PREFIX_CURRENT_BLOCK), new StructItem([bytes3(headerHash(block.header)), int(block.header.index)]));
    return void 0;
  }
};
var ledger = new LedgerContract();

// dist/neo/native/neo-token.js
var ID3 = -5;
var TOTAL_AMOUNT = 100000000n;
var VOTE_FACTOR = 100000000n;
var PREFIX_VOTERS_COUNT = 1;
var PREFIX_CANDIDATE = 33;
var PREFIX_COMMITTEE = 14;
var PREFIX_GAS_PER_BLOCK = 29;
var PREFIX_REGISTER_PRICE = 13;
var PREFIX_VOTER_REWARD = 23;
var GAS_FACTOR = 100000000n;
var candidateKey = (key3) => nativeKey(ID3, PREFIX_CANDIDATE, key3.encodeCompressed());
var rewardKey = (key3) => nativeKey(ID3, PREFIX_VOTER_REWARD, key3.encodeCompressed());
var votersKey = () => nativeKey(ID3, PREFIX_VOTERS_COUNT);
function readCandidate(store, key3) {
  const item = readItem(store, candidateKey(key3));
  if (item === void 0)
    return null;
  const f = fields(item);
  return { registered: f[0].getBoolean(), votes: f[1].getInteger() };
}
function writeCandidate(store, key3, c) {
  writeItem(store, candidateKey(key3), new StructItem([bool(c.registered), int(c.votes)]));
}
function checkCandidate(store, key3, c) {
  if (!c.registered && c.votes === 0n) {
    store.delete(rewardKey(key3));
    store.delete(candidateKey(key3));
    return true;
  }
  return false;
}
function committeeCache(store) {
  const item = readItem(store, nativeKey(ID3, PREFIX_COMMITTEE));
  if (item === void 0)
    throw new VMFault("The given key was not present in the dictionary.");
  return fields(item).map((m) => {
    const [k, v] = fields(m);
    return [ECPoint.decode(k.getSpan()), v.getInteger()];
  });
}
function writeCommittee(store, members) {
  writeItem(store, nativeKey(ID3, PREFIX_COMMITTEE), new ArrayItem(members.map(([k, v]) => new StructItem([new ByteStringItem(k.encodeCompressed()), int(v)]))));
}
function getCommittee(store) {
  return sortPoints(committeeCache(store).map(([k]) => k));
}
function getCommitteeAddress(store) {
  return committeeAddress(getCommittee(store));
}
function nextBlockValidators(store, count) {
  return sortPoints(committeeCache(store).slice(0, count).map(([k]) => k));
}
function checkCommittee(engine) {
  return engine.checkWitnessInternal(getCommitteeAddress(engine.store));
}
function assertCommittee(engine) {
  if (!checkCommittee(engine)) {
    throw new VMFault("Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).");
  }
}
function assertAlmostFullCommittee(engine) {
  const committee = getCommittee(engine.store);
  const n = committee.length;
  const min = Math.max(1, n - Math.floor((n - 1) / 2));
  const address = multiSigRedeemScriptHash(Math.max(min, n - 2), committee);
  if (!engine.checkWitnessInternal(address)) {
    throw new VMFault("Invalid committee signature. It should be a multisig(max(1,len(committee) - 2))).");
  }
  return address;
}
function candidates(store) {
  const out = [];
  for (const [k, v] of store.find(nativeKey(ID3, PREFIX_CANDIDATE))) {
    const key3 = ECPoint.decode(k.subarray(5));
    const c = readCandidate(store, key3);
    if (!c.registered)
      continue;
    if (isBlocked(store, signatureRedeemScriptHash(key3)))
      continue;
    out.push([k, v, key3, c]);
  }
  return out;
}
function computeCommitteeMembers(store, settings) {
  const votersCount = requireInt(store, votersKey());
  const list2 = candidates(store).map(([, , k, c]) => [k, c.votes]);
  const m = settings.standbyCommittee.length;
  if (votersCount * 5n < TOTAL_AMOUNT || list2.length < m) {
    return settings.standbyCommittee.map((p) => [p, list2.find(([k]) => k.equals(p))?.[1] ?? 0n]);
  }
  return list2.sort((a, b) => a[1] === b[1] ? a[0].compareTo(b[0]) : a[1] > b[1] ? -1 : 1).slice(0, m);
}
function sortedGasRecords(store, end) {
  const out = [];
  const start = nativeKey(ID3, PREFIX_GAS_PER_BLOCK, be32(end));
  for (const [k, v] of store.findRange(start, nativeKey(ID3, PREFIX_GAS_PER_BLOCK), true)) {
    const index = new DataView(k.buffer, k.byteOffset).getUint32(k.length - 4, false);
    out.push([index, bigIntFromLE(v)]);
  }
  return out;
}
function gasPerBlock(store) {
  const first = sortedGasRecords(store, ledgerCurrentIndex(store) + 1)[0];
  if (first === void 0)
    throw new VMFault("Sequence contains no elements");
  return first[1];
}
function calculateBonus(store, state, end) {
  if (state.balance === 0n)
    return 0n;
  if (state.balance < 0n)
    throw outOfRangeFault("Balance", "cannot be negative");
  if (state.balanceHeight >= end)
    return 0n;
  const start = state.balanceHeight;
  let sum = 0n;
  let e = end;
  for (const [index, gpb] of sortedGasRecords(store, end - 1)) {
    if (index > start) {
      sum += gpb * BigInt(e - index);
      e = index;
    } else {
      sum += gpb * BigInt(e - start);
      break;
    }
  }
  let voteReward = 0n;
  if (state.voteTo !== null) {
    const latest = readInt(store, rewardKey(state.voteTo)) ?? 0n;
    voteReward = state.balance * (latest - state.lastGasPerVote) / VOTE_FACTOR;
  }
  return state.balance * sum * 10n / 100n / TOTAL_AMOUNT + voteReward;
}
var NeoToken = class extends FungibleToken {
  name = "NeoToken";
  id = ID3;
  symbol = "NEO";
  decimals = 0;
  newState() {
    return { balance: 0n, balanceHeight: 0, voteTo: null, lastGasPerVote: 0n };
  }
  decode(item) {
    const f = fields(item);
    return {
      balance: f[0].getInteger(),
      balanceHeight: Number(f[1].getInteger()),
      voteTo: f[2].isNull ? null : ECPoint.decode(f[2].getSpan()),
      lastGasPerVote: f[3].getInteger()
    };
  }
  encode(s) {
    return new StructItem([
      int(s.balance),
      int(s.balanceHeight),
      s.voteTo === null ? NULL : new ByteStringItem(s.voteTo.encodeCompressed()),
      int(s.lastGasPerVote)
    ]);
  }
  totalSupply() {
    return TOTAL_AMOUNT;
  }
  supportedStandards(hf, height) {
    return hf("HF_Echidna", height) ? ["NEP-17", "NEP-27"] : ["NEP-17"];
  }
  distributeGas(engine, account, state) {
    const block = engine.persistingBlock;
    if (block === null)
      return null;
    const amount = calculateBonus(engine.store, state, block.index);
    state.balanceHeight = block.index;
    if (state.voteTo !== null)
      state.lastGasPerVote = readInt(engine.store, rewardKey(state.voteTo)) ?? 0n;
    return amount === 0n ? null : { account, amount };
  }
  onBalanceChanging(engine, account, state, amount) {
    const distribution = this.distributeGas(engine, account, state);
    if (distribution !== null) {
      const s = contextState(engine.currentContext);
      (s.gasDistributions ??= []).push(distribution);
    }
    if (amount === 0n || state.voteTo === null)
      return;
    const store = engine.store;
    writeInt(store, votersKey(), requireInt(store, votersKey()) + amount);
    const candidate = readCandidate(store, state.voteTo);
    candidate.votes += amount;
    writeCandidate(store, state.voteTo, candidate);
    checkCandidate(store, state.voteTo, candidate);
  }
  *postTransfer(engine, from, to, amount, data, callOnPayment) {
    yield* super.postTransfer(engine, from, to, amount, data, callOnPayment);
    const list2 = contextState(engine.currentContext).gasDistributions ?? [];
    for (const d of list2)
      yield* gasToken.mint(engine, d.account, d.amount, callOnPayment);
  }
  /** The account's bonus up to block `end` (neo's `UnclaimedGas` after its height check). */
  unclaimedGas(store, account, end) {
    const state = this.readState(store, account);
    return state === null ? 0n : calculateBonus(store, state, end);
  }
  registerInternal(engine, key3) {
    if (!engine.checkWitnessInternal(signatureRedeemScriptHash(key3)))
      return false;
    const store = engine.store;
    const state = readCandidate(store, key3) ?? { registered: false, votes: 0n };
    if (state.registered)
      return true;
    state.registered = true;
    writeCandidate(store, key3, state);
    engine.sendNotification(this.hash, "CandidateStateChanged", new ArrayItem([new ByteStringItem(key3.encodeCompressed()), bool(true), int(state.votes)]));
    return true;
  }
  registerCandidate(engine, key3) {
    if (!engine.isHardforkEnabled("HF_Echidna") && !engine.checkWitnessInternal(signatureRedeemScriptHash(key3))) {
      return bool(false);
    }
    engine.addFeeBig(BigInt.asIntN(64, this.registerPrice(engine.store) * BigInt(FEE_FACTOR)));
    return bool(this.registerInternal(engine, key3));
  }
  unregisterCandidate(engine, key3) {
    if (!engine.checkWitnessInternal(signatureRedeemScriptHash(key3)))
      return bool(false);
    const store = engine.store;
    const state = readCandidate(store, key3);
    if (state === null || !state.registered)
      return bool(true);
    state.registered = false;
    writeCandidate(store, key3, state);
    checkCandidate(store, key3, state);
    engine.sendNotification(this.hash, "CandidateStateChanged", new ArrayItem([new ByteStringItem(key3.encodeCompressed()), bool(false), int(state.votes)]));
    return bool(true);
  }
  registerPrice(store) {
    return requireInt(store, nativeKey(ID3, PREFIX_REGISTER_PRICE));
  }
  /** neo's `VoteInternal`: moves the account's votes to `voteTo` (null to stop voting). */
  *voteInternal(engine, account, voteTo) {
    const store = engine.store;
    const state = this.readState(store, account);
    if (state === null || state.balance === 0n)
      return false;
    let validatorNew = null;
    if (voteTo !== null) {
      validatorNew = readCandidate(store, voteTo);
      if (validatorNew === null || !validatorNew.registered)
        return false;
    }
    if (state.voteTo === null !== (voteTo === null)) {
      writeInt(store, votersKey(), requireInt(store, votersKey()) + (state.voteTo === null ? state.balance : -state.balance));
    }
    const distribution = this.distributeGas(engine, account, state);
    const old = state.voteTo;
    if (old !== null) {
      const same = voteTo !== null && old.equals(voteTo);
      const oldState = same ? validatorNew : readCandidate(store, old);
      oldState.votes -= state.balance;
      writeCandidate(store, old, oldState);
      checkCandidate(store, old, oldState);
    }
    if (voteTo !== null && (old === null || !voteTo.equals(old))) {
      state.lastGasPerVote = readInt(store, rewardKey(voteTo)) ?? 0n;
    }
    state.voteTo = voteTo;
    if (validatorNew !== null) {
      validatorNew.votes += state.balance;
      writeCandidate(store, voteTo, validatorNew);
    } else {
      state.lastGasPerVote = 0n;
    }
    this.writeState(store, account, state);
    const key3 = (k) => k === null ? NULL : new ByteStringItem(k.encodeCompressed());
    engine.sendNotification(this.hash, "Vote", new ArrayItem([new ByteStringItem(account), key3(old), key3(voteTo), int(state.balance)]));
    if (distribution !== null)
      yield* gasToken.mint(engine, distribution.account, distribution.amount, true);
    return true;
  }
  defineEvents() {
    return [
      ...super.defineEvents(),
      event(1, "CandidateStateChanged", [
        ["pubkey", ParamType.PublicKey],
        ["registered", ParamType.Boolean],
        ["votes", ParamType.Integer]
      ]),
      event(2, "Vote", [
        ["account", ParamType.Hash160],
        ["from", ParamType.PublicKey],
        ["to", ParamType.PublicKey],
        ["amount", ParamType.Integer]
      ]),
      event(3, "CommitteeChanged", [
        ["old", ParamType.Array],
        ["new", ParamType.Array]
      ], { activeIn: "HF_Cockatrice" })
    ];
  }
  defineMethods() {
    const R4 = CallFlags.ReadStates;
    const S = CallFlags.States;
    const SN2 = CallFlags.States | CallFlags.AllowNotify;
    const pubkey = arg("pubkey", "ecpoint");
    const keys = (list2) => new ArrayItem(list2.map((k) => new ByteStringItem(k.encodeCompressed())));
    return [
      ...this.tokenMethods(),
      method("setGasPerBlock", [arg("gasPerBlock", "bigint")], ParamType.Void, { cpuFee: 1 << 15, flags: S }, (e, [g]) => {
        const v = g;
        if (v < 0n || v > 10n * GAS_FACTOR)
          throw outOfRangeFault("gasPerBlock", `GasPerBlock must be between [0, ${10n * GAS_FACTOR}]`);
        assertCommittee(e);
        writeInt(e.store, nativeKey(ID3, PREFIX_GAS_PER_BLOCK, be32(e.persistingBlock.index + 1)), v);
        return void 0;
      }),
      method("getGasPerBlock", [], ParamType.Integer, { cpuFee: 1 << 15, flags: R4 }, (e) => int(gasPerBlock(e.store))),
      method("setRegisterPrice", [arg("registerPrice", "int64")], ParamType.Void, { cpuFee: 1 << 15, flags: S }, (e, [p]) => {
        if (p <= 0n)
          throw outOfRangeFault("registerPrice", "RegisterPrice must be positive");
        assertCommittee(e);
        writeInt(e.store, nativeKey(ID3, PREFIX_REGISTER_PRICE), p);
        return void 0;
      }),
      method("getRegisterPrice", [], ParamType.Integer, { cpuFee: 1 << 15, flags: R4 }, (e) => int(this.registerPrice(e.store))),
      method("unclaimedGas", [arg("account", "hash160"), arg("end", "uint32")], ParamType.Integer, { cpuFee: 1 << 17, flags: R4 }, (e, [a, end]) => {
        const expect = e.persistingBlock?.index ?? ledgerCurrentIndex(e.store) + 1;
        if (end !== expect)
          throw notEqualFault("end", end, expect);
        return int(this.unclaimedGas(e.store, a, end));
      }),
      method("onNEP17Payment", [arg("from", "hash160"), arg("amount", "bigint"), arg("data", "item")], ParamType.Void, { flags: SN2, activeIn: "HF_Echidna" }, (e, [, amount, data]) => this.onPayment(e, amount, data)),
      method("registerCandidate", [pubkey], ParamType.Boolean, { flags: S, deprecatedIn: "HF_Echidna" }, (e, [k]) => this.registerCandidate(e, k)),
      method("registerCandidate", [pubkey], ParamType.Boolean, { flags: SN2, activeIn: "HF_Echidna" }, (e, [k]) => this.registerCandidate(e, k)),
      method("unregisterCandidate", [pubkey], ParamType.Boolean, { cpuFee: 1 << 16, flags: S, deprecatedIn: "HF_Echidna" }, (e, [k]) => this.unregisterCandidate(e, k)),
      method("unregisterCandidate", [pubkey], ParamType.Boolean, { cpuFee: 1 << 16, flags: SN2, activeIn: "HF_Echidna" }, (e, [k]) => this.unregisterCandidate(e, k)),
      method("vote", [arg("account", "hash160"), arg("voteTo", "ecpoint", { nullable: true })], ParamType.Boolean, { cpuFee: 1 << 16, flags: S, deprecatedIn: "HF_Echidna" }, (e, [a, v]) => this.vote(e, a, v)),
      method("vote", [arg("account", "hash160"), arg("voteTo", "ecpoint", { nullable: true })], ParamType.Boolean, { cpuFee: 1 << 16, flags: SN2, activeIn: "HF_Echidna" }, (e, [a, v]) => this.vote(e, a, v)),
      method("getCandidates", [], ParamType.Array, { cpuFee: 1 << 22, flags: R4 }, (e) => new ArrayItem(candidates(e.store).slice(0, 256).map(([, , k, c]) => new StructItem([new ByteStringItem(k.encodeCompressed()), int(c.votes)])))),
      method("getAllCandidates", [], ParamType.InteropInterface, { cpuFee: 1 << 22, flags: R4 }, (e) => {
        const store = e.store;
        const source = () => candidates(store).map(([k, v]) => [k, v]);
        return new InteropInterfaceItem(new StorageIterator(source, 1, 42));
      }),
      method("getCandidateVote", [arg("pubKey", "ecpoint")], ParamType.Integer, { cpuFee: 1 << 15, flags: R4 }, (e, [k]) => {
        const c = readCandidate(e.store, k);
        return int(c?.registered ? c.votes : -1n);
      }),
      method("getCommittee", [], ParamType.Array, { cpuFee: 1 << 16, flags: R4 }, (e) => keys(getCommittee(e.store))),
      method("getAccountState", [arg("account", "hash160")], ParamType.Array, { cpuFee: 1 << 15, flags: R4 }, (e, [a]) => {
        const s = this.readState(e.store, a);
        return s === null ? NULL : this.encode(s);
      }),
      method("getCommitteeAddress", [], ParamType.Hash160, { cpuFee: 1 << 16, flags: R4, activeIn: "HF_Cockatrice" }, (e) => new ByteStringItem(getCommitteeAddress(e.store))),
      method("getNextBlockValidators", [], ParamType.Array, { cpuFee: 1 << 16, flags: R4 }, (e) => keys(nextBlockValidators(e.store, e.settings.validatorsCount)))
    ];
  }
  *vote(engine, account, voteTo) {
    if (!engine.checkWitnessInternal(account))
      return bool(false);
    return bool(yield* this.voteInternal(engine, account, voteTo));
  }
  *onPayment(engine, amount, data) {
    if (!equalHash(engine.callingScriptHash, gasToken.hash))
      throw new VMFault("Only GAS contract can call this method");
    if (amount < -(1n << 63n) || amount >= 1n << 63n)
      throw new VMFault("Value was either too large or too small for an Int64.");
    const price2 = this.registerPrice(engine.store);
    if (amount !== price2)
      throw new VMFault(`Incorrect GAS amount. Expected ${price2} GAS, but received ${amount} GAS.`);
    const key3 = ECPoint.decode(data.getSpan());
    if (!this.registerInternal(engine, key3))
      throw new VMFault("Failed to register candidate");
    yield* gasToken.burn(engine, this.hash, amount);
    return void 0;
  }
  initialize(engine, hardfork) {
    if (hardfork !== this.activeIn)
      return void 0;
    const store = engine.store;
    writeCommittee(store, engine.settings.standbyCommittee.map((k) => [k, 0n]));
    store.put(votersKey(), new Uint8Array(0));
    writeInt(store, nativeKey(ID3, PREFIX_GAS_PER_BLOCK, be32(0)), 5n * GAS_FACTOR);
    writeInt(store, nativeKey(ID3, PREFIX_REGISTER_PRICE), 1000n * GAS_FACTOR);
    return this.mint(engine, bftAddress(standbyValidators(engine.settings)), TOTAL_AMOUNT, false);
  }
  onPersist(engine) {
    const block = engine.persistingBlock;
    const m = engine.settings.standbyCommittee.length;
    if (block.index % m !== 0)
      return void 0;
    const store = engine.store;
    const prev = committeeCache(store).map(([k]) => k);
    const next = computeCommitteeMembers(store, engine.settings);
    writeCommittee(store, next);
    if (engine.isHardforkEnabled("HF_Cockatrice")) {
      const keys = next.map(([k]) => k);
      const changed = keys.length !== prev.length || keys.some((k, i) => !k.equals(prev[i]));
      if (changed) {
        const list2 = (l) => new ArrayItem(l.map((k) => new ByteStringItem(k.encodeCompressed())));
        engine.sendNotification(this.hash, "CommitteeChanged", new ArrayItem([list2(prev), list2(keys)]));
      }
    }
    return void 0;
  }
  *postPersist(engine) {
    const store = engine.store;
    const block = engine.persistingBlock;
    const m = engine.settings.standbyCommittee.length;
    const n = engine.settings.validatorsCount;
    const gpb = gasPerBlock(store);
    const committee = committeeCache(store);
    const account = signatureRedeemScriptHash(committee[block.index % m][0]);
    yield* gasToken.mint(engine, account, gpb * 10n / 100n, false);
    if (block.index % m !== 0)
      return;
    const perMember = gpb * 80n * VOTE_FACTOR * BigInt(m) / BigInt(m + n) / 100n;
    committee.forEach(([key3, votes], i) => {
      if (votes <= 0n)
        return;
      const perNeo = BigInt(i < n ? 2 : 1) * perMember / votes;
      const k = rewardKey(key3);
      writeInt(store, k, (readInt(store, k) ?? 0n) + perNeo);
    });
  }
};
var neoToken = new NeoToken();

// dist/neo/native/contract-management.js
var ID4 = -1;
var PREFIX_MIN_FEE = 20;
var PREFIX_NEXT_ID = 15;
var PREFIX_CONTRACT = 8;
var PREFIX_HASH = 12;
var byBytes = /* @__PURE__ */ new WeakMap();
var byContent = /* @__PURE__ */ new Map();
function getContract(store, hash2) {
  const value = store.get(nativeKey(ID4, PREFIX_CONTRACT, hash2));
  if (value === void 0)
    return null;
  let c = byBytes.get(value);
  if (c !== void 0)
    return c;
  const k = bytesToKey(value);
  c = byContent.get(k);
  if (c === void 0) {
    c = contractFromStackItem(readItem(store, nativeKey(ID4, PREFIX_CONTRACT, hash2)), false);
    if (byContent.size >= 1024)
      byContent.clear();
    byContent.set(k, c);
  }
  byBytes.set(value, c);
  return c;
}
function isContract(store, hash2) {
  return store.has(nativeKey(ID4, PREFIX_CONTRACT, hash2));
}
function getContractById(store, id) {
  const hash2 = store.get(nativeKey(ID4, PREFIX_HASH, be32s(id)));
  return hash2 === void 0 ? null : getContract(store, hash2);
}
function putContract(store, c) {
  writeItem(store, nativeKey(ID4, PREFIX_CONTRACT, c.hash), contractToStackItem(c));
}
function minimumDeploymentFee(store) {
  return requireInt(store, nativeKey(ID4, PREFIX_MIN_FEE));
}
function requireAllFlags(engine, what) {
  if (!engine.isHardforkEnabled("HF_Aspidochelone"))
    return;
  const flags = engine.currentState.callFlags;
  if ((flags & CallFlags.All) !== CallFlags.All) {
    throw new VMFault(`Cannot call ${what} with the flag ${callFlagsName(flags)}.`);
  }
}
function* onDeploy(engine, c, data, update2) {
  const md = getMethod(c.manifest.abi, "_deploy", 2);
  if (md !== void 0) {
    yield {
      hash: c.hash,
      method: md.name,
      args: [data, BooleanItem.of(update2)],
      hasReturnValue: false,
      callingScriptHash: contractManagement.hash
    };
  }
  engine.sendNotification(contractManagement.hash, update2 ? "Update" : "Deploy", new ArrayItem([bytes3(c.hash)]));
}
function* deploy(engine, nefFile, manifestBytes, data) {
  requireAllFlags(engine, "Deploy");
  const container = engine.container;
  if (container?.kind !== "transaction")
    throw new VMFault("Operation is not valid due to the current state of the object.");
  if (nefFile.length === 0)
    throw new VMFault("NEF file length cannot be zero.");
  if (manifestBytes.length === 0)
    throw new VMFault("Manifest length cannot be zero.");
  const store = engine.store;
  const sizeFee = BigInt(engine.storagePrice) * BigInt(nefFile.length + manifestBytes.length);
  const minFee = minimumDeploymentFee(store);
  engine.addFeeBig((sizeFee > minFee ? sizeFee : minFee) * BigInt(FEE_FACTOR));
  const nef = parseNef(nefFile);
  const manifest = parseManifest(manifestBytes);
  checkScript(nef.script, manifest.abi, engine.isHardforkEnabled("HF_Basilisk"));
  const sender = container.tx.signers[0].account;
  const hash2 = contractHash(sender, nef.checksum, manifest.name);
  if (isBlocked(store, hash2))
    throw new VMFault(`The contract ${hashToString(hash2)} has been blocked.`);
  const key3 = nativeKey(ID4, PREFIX_CONTRACT, hash2);
  if (store.has(key3))
    throw new VMFault(`Contract Already Exists: ${hashToString(hash2)}`);
  const idKey = nativeKey(ID4, PREFIX_NEXT_ID);
  const id = Number(requireInt(store, idKey));
  writeInt(store, idKey, BigInt(id) + 1n);
  const contract = { id, updateCounter: 0, nef, hash: hash2, manifest };
  if (!isValidManifest(manifest, engine.limits, hash2))
    throw new VMFault(`Invalid Manifest: ${hashToString(hash2)}`);
  putContract(store, contract);
  store.put(nativeKey(ID4, PREFIX_HASH, be32s(id)), hash2);
  yield* onDeploy(engine, contract, data, false);
  return contractToStackItem(contract);
}
function* update(engine, nefFile, manifestBytes, data) {
  requireAllFlags(engine, "Update");
  if (nefFile === null && manifestBytes === null)
    throw new VMFault("NEF file and manifest cannot both be null.");
  engine.addFeeBig(BigInt.asIntN(64, BigInt(engine.storagePrice) * BigInt(FEE_FACTOR) * BigInt((nefFile?.length ?? 0) + (manifestBytes?.length ?? 0))));
  const store = engine.store;
  const calling = engine.callingScriptHash;
  let contract = getContract(store, calling);
  if (contract === null)
    throw new VMFault(`Updating Contract Does Not Exist: ${hashToString(calling)}`);
  if (contract.updateCounter === 65535)
    throw new VMFault("The contract reached the maximum number of updates.");
  if (nefFile !== null) {
    if (nefFile.length === 0)
      throw new VMFault("NEF file length cannot be zero.");
    contract = { ...contract, nef: parseNef(nefFile) };
  }
  cleanWhitelist(engine, contract);
  if (manifestBytes !== null) {
    if (manifestBytes.length === 0)
      throw new VMFault("Manifest length cannot be zero.");
    const manifest = parseManifest(manifestBytes);
    if (manifest.name !== contract.manifest.name)
      throw new VMFault("The name of the contract can't be changed.");
    if (!isValidManifest(manifest, engine.limits, contract.hash)) {
      throw new VMFault(`Invalid Manifest: ${hashToString(contract.hash)}`);
    }
    contract = { ...contract, manifest };
  }
  checkScript(contract.nef.script, contract.manifest.abi, engine.isHardforkEnabled("HF_Basilisk"));
  contract = { ...contract, updateCounter: contract.updateCounter + 1 };
  putContract(store, contract);
  yield* onDeploy(engine, contract, data, true);
  return void 0;
}
function* destroy(engine, blockBeforeErase) {
  const store = engine.store;
  const hash2 = engine.callingScriptHash;
  const contract = getContract(store, hash2);
  if (contract === null)
    return void 0;
  if (blockBeforeErase) {
    yield* blockAccountInternal(engine, hash2);
    cleanWhitelist(engine, contract);
  }
  store.delete(nativeKey(ID4, PREFIX_CONTRACT, hash2));
  store.delete(nativeKey(ID4, PREFIX_HASH, be32s(contract.id)));
  for (const [k] of [...store.find(storageKey(contract.id, new Uint8Array(0)))])
    store.delete(k);
  if (!blockBeforeErase) {
    yield* blockAccountInternal(engine, hash2);
    cleanWhitelist(engine, contract);
  }
  engine.sendNotification(contractManagement.hash, "Destroy", new ArrayItem([bytes3(hash2)]));
  return void 0;
}
var R = CallFlags.ReadStates;
var SN = CallFlags.States | CallFlags.AllowNotify;
var hash = arg("hash", "hash160");
var ContractManagement = class extends NativeContract {
  name = "ContractManagement";
  id = ID4;
  defineEvents() {
    return [
      event(0, "Deploy", [["Hash", ParamType.Hash160]]),
      event(1, "Update", [["Hash", ParamType.Hash160]]),
      event(2, "Destroy", [["Hash", ParamType.Hash160]])
    ];
  }
  defineMethods() {
    const nef = arg("nefFile", "bytes");
    const manifest = arg("manifest", "bytes");
    const data = arg("data", "item");
    return [
      method("getMinimumDeploymentFee", [], ParamType.Integer, { cpuFee: 1 << 15, flags: R }, (e) => int(minimumDeploymentFee(e.store))),
      method("setMinimumDeploymentFee", [arg("value", "bigint")], ParamType.Void, { cpuFee: 1 << 15, flags: CallFlags.States }, (e, [v]) => {
        if (v < 0n)
          throw outOfRangeFault("value", "cannot be negative");
        assertCommittee(e);
        writeInt(e.store, nativeKey(ID4, PREFIX_MIN_FEE), v);
        return void 0;
      }),
      method("getContract", [hash], ParamType.Array, { cpuFee: 1 << 15, flags: R }, (e, [h]) => {
        const c = getContract(e.store, h);
        return c === null ? NULL : contractToStackItem(c);
      }),
      method("isContract", [hash], ParamType.Boolean, { cpuFee: 1 << 14, flags: R, activeIn: "HF_Echidna" }, (e, [h]) => bool(isContract(e.store, h))),
      method("getContractById", [arg("id", "int32")], ParamType.Array, { cpuFee: 1 << 15, flags: R }, (e, [id]) => {
        const c = getContractById(e.store, id);
        return c === null ? NULL : contractToStackItem(c);
      }),
      method("getContractHashes", [], ParamType.InteropInterface, { cpuFee: 1 << 15, flags: R }, (e) => {
        const store = e.store;
        const entries = () => [...store.find(nativeKey(ID4, PREFIX_HASH))].filter(([k]) => new DataView(k.buffer, k.byteOffset).getInt32(5, false) >= 0);
        return new InteropInterfaceItem(new StorageIterator(entries, 1, 2));
      }),
      method("hasMethod", [hash, arg("method", "string"), arg("pcount", "int32")], ParamType.Boolean, { cpuFee: 1 << 15, flags: R }, (e, [h, m, p]) => {
        const c = getContract(e.store, h);
        return bool(c !== null && getMethod(c.manifest.abi, m, p) !== void 0);
      }),
      method("deploy", [nef, manifest], ParamType.Array, { flags: SN }, (e, [n, m]) => deploy(e, n, m, NULL)),
      method("deploy", [nef, manifest, data], ParamType.Array, { flags: SN }, (e, [n, m, d]) => deploy(e, n, m, d)),
      method("update", [
        { ...nef, nullable: true },
        { ...manifest, nullable: true }
      ], ParamType.Void, { flags: SN }, (e, [n, m]) => update(e, n, m, NULL)),
      method("update", [{ ...nef, nullable: true }, { ...manifest, nullable: true }, data], ParamType.Void, { flags: SN }, (e, [n, m, d]) => update(e, n, m, d)),
      method("destroy", [], ParamType.Void, { cpuFee: 1 << 15, flags: SN, deprecatedIn: "HF_Gorgon" }, (e) => destroy(e, false)),
      method("destroy", [], ParamType.Void, { cpuFee: 1 << 15, flags: SN, activeIn: "HF_Gorgon" }, (e) => destroy(e, true))
    ];
  }
  initialize(engine, hardfork) {
    if (hardfork === this.activeIn) {
      writeInt(engine.store, nativeKey(ID4, PREFIX_MIN_FEE), 1000000000n);
      writeInt(engine.store, nativeKey(ID4, PREFIX_NEXT_ID), 1n);
    }
    return void 0;
  }
  *onPersist(engine) {
    const index = engine.persistingBlock.index;
    const settings = engine.settings;
    const hf = (h, height) => isHardforkEnabled(settings, h, height);
    for (const native of engine.natives) {
      const hfs = native.initializeHardforks(settings, index);
      if (hfs === null)
        continue;
      const state = native.contractState(hf, index);
      const old = getContract(engine.store, native.hash);
      if (old === null) {
        putContract(engine.store, state);
        engine.store.put(nativeKey(ID4, PREFIX_HASH, be32s(native.id)), native.hash);
        if (native.activeIn === null) {
          const t = native.initialize(engine, null);
          if (t)
            yield* t;
        }
      } else {
        putContract(engine.store, {
          ...old,
          updateCounter: old.updateCounter + 1,
          nef: state.nef,
          manifest: state.manifest
        });
      }
      for (const h of hfs) {
        const t = native.initialize(engine, h);
        if (t)
          yield* t;
      }
      engine.sendNotification(this.hash, old === null ? "Deploy" : "Update", new ArrayItem([bytes3(native.hash)]));
    }
  }
};
var contractManagement = new ContractManagement();

// dist/neo/native/crypto-lib.js
import { ed25519 } from "@noble/curves/ed25519.js";

// dist/neo/crypto/murmur.js
function rotl32(x, r) {
  return (x << r | x >>> 32 - r) >>> 0;
}
function mix32(h, k) {
  k = Math.imul(k, 3432918353);
  k = rotl32(k, 15);
  k = Math.imul(k, 461845907);
  h = (h ^ k) >>> 0;
  h = rotl32(h, 13);
  return Math.imul(h, 5) + 3864292196 >>> 0;
}
function murmur32(data, seed) {
  let h = seed >>> 0;
  const n = data.length;
  const blocks = n & ~3;
  for (let i = 0; i < blocks; i += 4) {
    h = mix32(h, data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
  }
  const rest = n & 3;
  if (rest > 0) {
    let k = 0;
    if (rest === 3)
      k ^= data[blocks + 2] << 16;
    if (rest >= 2)
      k ^= data[blocks + 1] << 8;
    k ^= data[blocks];
    k = Math.imul(k, 3432918353);
    k = rotl32(k, 15);
    k = Math.imul(k, 461845907);
    h = (h ^ k) >>> 0;
  }
  h = (h ^ n) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
var M64 = (1n << 64n) - 1n;
var C1 = 0x87c37b91114253d5n;
var C2 = 0x4cf5ad432745937fn;
var rotl64 = (x, r) => (x << r | x >> 64n - r) & M64;
function fmix64(k) {
  k ^= k >> 33n;
  k = k * 0xff51afd7ed558ccdn & M64;
  k ^= k >> 33n;
  k = k * 0xc4ceb9fe1a85ec53n & M64;
  return k ^ k >> 33n;
}
function readU64(data, at, length) {
  let v = 0n;
  for (let i = length - 1; i >= 0; i--)
    v = v << 8n | BigInt(data[at + i]);
  return v;
}
function murmur128(data, seed) {
  let h1 = BigInt(seed >>> 0);
  let h2 = h1;
  const n = data.length;
  const blocks = n - n % 16;
  for (let i = 0; i < blocks; i += 16) {
    let k1 = readU64(data, i, 8);
    let k2 = readU64(data, i + 8, 8);
    k1 = rotl64(k1 * C1 & M64, 31n) * C2 & M64;
    h1 ^= k1;
    h1 = (rotl64(h1, 27n) + h2 & M64) * 5n + 0x52dce729n & M64;
    k2 = rotl64(k2 * C2 & M64, 33n) * C1 & M64;
    h2 ^= k2;
    h2 = (rotl64(h2, 31n) + h1 & M64) * 5n + 0x38495ab5n & M64;
  }
  const rest = n - blocks;
  if (rest > 8) {
    let k2 = readU64(data, blocks + 8, rest - 8);
    k2 = rotl64(k2 * C2 & M64, 33n) * C1 & M64;
    h2 ^= k2;
  }
  if (rest > 0) {
    let k1 = readU64(data, blocks, Math.min(rest, 8));
    k1 = rotl64(k1 * C1 & M64, 31n) * C2 & M64;
    h1 ^= k1;
  }
  const len = BigInt(n);
  h1 ^= len;
  h2 ^= len;
  h1 = h1 + h2 & M64;
  h2 = h2 + h1 & M64;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = h1 + h2 & M64;
  h2 = h2 + h1 & M64;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[i] = Number(h1 >> BigInt(8 * i) & 0xffn);
    out[8 + i] = Number(h2 >> BigInt(8 * i) & 0xffn);
  }
  return out;
}

// dist/neo/native/bls.js
import { bls12_381 } from "@noble/curves/bls12-381.js";
var Fp12 = bls12_381.fields.Fp12;
var P2 = bls12_381.fields.Fp.ORDER;
var R2 = bls12_381.fields.Fr.ORDER;
var BlsValue = class {
  kind;
  value;
  constructor(kind, value) {
    this.kind = kind;
    this.value = value;
  }
};
var mismatch = () => new VMFault("BLS12-381 type mismatch");
function gtToBytes(e) {
  const c = [e.c0.c0.c0, e.c0.c0.c1, e.c0.c1.c0, e.c0.c1.c1, e.c0.c2.c0, e.c0.c2.c1];
  c.push(e.c1.c0.c0, e.c1.c0.c1, e.c1.c1.c0, e.c1.c1.c1, e.c1.c2.c0, e.c1.c2.c1);
  const out = new Uint8Array(576);
  c.reverse().forEach((x, i) => {
    out.set(Buffer.from(x.toString(16).padStart(96, "0"), "hex"), i * 48);
  });
  return out;
}
function gtFromBytes(b) {
  const c = [];
  for (let i = 0; i < 12; i++) {
    const v = BigInt(`0x${Buffer.from(b.subarray(i * 48, i * 48 + 48)).toString("hex")}`);
    if (v >= P2)
      throw new VMFault("Invalid BLS12-381 Gt encoding");
    c.push(v);
  }
  c.reverse();
  return Fp12.fromBigTwelve(c);
}
function blsSerialize(x) {
  if (x.kind === "Gt")
    return gtToBytes(x.value);
  return x.value.toBytes(true);
}
function blsDeserialize(data) {
  try {
    if (data.length === 48)
      return new BlsValue("G1Affine", bls12_381.G1.Point.fromBytes(data));
    if (data.length === 96)
      return new BlsValue("G2Affine", bls12_381.G2.Point.fromBytes(data));
  } catch (error) {
    throw new VMFault(`Invalid BLS12-381 point: ${error.message}`);
  }
  if (data.length === 576)
    return new BlsValue("Gt", gtFromBytes(data));
  throw new VMFault("Invalid BLS12-381 point length");
}
var group = (k) => k === "Gt" ? "Gt" : k.slice(0, 2);
function blsEqual(x, y) {
  if (x.kind !== y.kind)
    throw mismatch();
  if (x.kind === "Gt")
    return Fp12.eql(x.value, y.value);
  return x.value.equals(y.value);
}
function blsAdd(x, y) {
  const g = group(x.kind);
  if (g !== group(y.kind))
    throw mismatch();
  if (g === "Gt")
    return new BlsValue("Gt", Fp12.mul(x.value, y.value));
  const sum = x.value.add(y.value);
  return new BlsValue(g === "G1" ? "G1Projective" : "G2Projective", sum);
}
function scalar(mul) {
  if (mul.length !== 32)
    throw new VMFault(`The argument \`mul\` should contain 32 bytes.`);
  let v = 0n;
  for (let i = 31; i >= 0; i--)
    v = v << 8n | BigInt(mul[i]);
  if (v >= R2)
    throw new VMFault("The scalar is not canonical.");
  return v;
}
function blsMul(x, mul, neg) {
  let s = scalar(mul);
  if (neg && s !== 0n)
    s = R2 - s;
  if (x.kind === "Gt")
    return new BlsValue("Gt", Fp12.pow(x.value, s));
  const product = x.value.multiplyUnsafe(s);
  return new BlsValue(x.kind.startsWith("G1") ? "G1Projective" : "G2Projective", product);
}
function blsPairing(g1, g2) {
  if (group(g1.kind) !== "G1" || group(g2.kind) !== "G2")
    throw mismatch();
  return new BlsValue("Gt", bls12_381.pairing(g1.value, g2.value));
}

// dist/neo/native/crypto-lib.js
var CURVES = /* @__PURE__ */ new Map([
  [22, [SECP256K1, "sha256"]],
  [23, [SECP256R1, "sha256"]],
  [122, [SECP256K1, "keccak256"]],
  [123, [SECP256R1, "keccak256"]]
]);
function verifyV0(message2, pubkey, signature, curve) {
  if (curve !== 22 && curve !== 23)
    throw new VMFault("Specified argument was out of the range of valid values. (Parameter 'curve')");
  return verifySignatureV0(message2, signature, pubkey, CURVES.get(curve)[0]);
}
function verifyV1(message2, pubkey, signature, curveHash) {
  const ch = CURVES.get(curveHash);
  if (ch === void 0)
    throw new VMFault(`The given key '${curveHash}' was not present in the dictionary.`);
  try {
    return verifySignatureV0(message2, signature, pubkey, ch[0], ch[1]);
  } catch (error) {
    if (ch[1] === "keccak256" && error instanceof NeoFormatError && /key parameters/.test(error.message))
      return false;
    throw error;
  }
}
function verifyV2(message2, pubkey, signature, curveHash) {
  const ch = CURVES.get(curveHash);
  if (ch === void 0)
    throw new VMFault(`Unsupported curve or hash algorithm: ${curveHash}`);
  return verifySignature(message2, signature, pubkey, ch[0], ch[1]);
}
function ed25519V1(message2, pubkey, signature) {
  if (signature.length !== 64)
    throw new VMFault("Signature size should be 64");
  if (pubkey.length !== 32)
    throw new VMFault("Public key size should be 32");
  try {
    ed25519.Point.fromBytes(pubkey, false);
  } catch {
    throw new VMFault("invalid public key");
  }
  try {
    return ed25519.verify(signature, message2, pubkey, { zip215: false });
  } catch {
    return false;
  }
}
function ed25519V0(message2, pubkey, signature) {
  if (signature.length !== 64 || pubkey.length !== 32)
    return false;
  try {
    return ed25519.verify(signature, message2, pubkey, { zip215: false });
  } catch {
    return false;
  }
}
var CryptoLib = class extends NativeContract {
  name = "CryptoLib";
  id = -3;
  defineMethods() {
    const data = arg("data", "bytes");
    const F2 = 1 << 15;
    const ecdsa2 = (curveName) => [
      arg("message", "bytes"),
      arg("pubkey", "bytes"),
      arg("signature", "bytes"),
      arg(curveName, "uint8")
    ];
    const ed = [arg("message", "bytes"), arg("pubkey", "bytes"), arg("signature", "bytes")];
    const g = (name) => arg(name, "object", { iface: BlsValue, type: ParamType.InteropInterface });
    const interop2 = (v) => new InteropInterfaceItem(v);
    return [
      method("recoverSecp256K1", [arg("messageHash", "bytes"), arg("signature", "bytes")], ParamType.ByteArray, { cpuFee: F2, activeIn: "HF_Echidna" }, (_e, [h, s]) => {
        try {
          return bytes3(ecRecover(s, h).encodeCompressed());
        } catch {
          return NULL;
        }
      }),
      method("ripemd160", [data], ParamType.ByteArray, { cpuFee: F2 }, (_e, [d]) => bytes3(ripemd160(d))),
      method("sha256", [data], ParamType.ByteArray, { cpuFee: F2 }, (_e, [d]) => bytes3(sha256(d))),
      method("murmur32", [data, arg("seed", "uint32")], ParamType.ByteArray, { cpuFee: 1 << 13 }, (_e, [d, s]) => {
        const h = murmur32(d, s);
        return bytes3(Uint8Array.of(h & 255, h >>> 8 & 255, h >>> 16 & 255, h >>> 24));
      }),
      method("keccak256", [data], ParamType.ByteArray, { cpuFee: F2, activeIn: "HF_Cockatrice" }, (_e, [d]) => bytes3(keccak256(d))),
      method("verifyWithECDsa", ecdsa2("curveHash"), ParamType.Boolean, { cpuFee: F2, activeIn: "HF_Gorgon" }, (_e, [m, k, s, c]) => bool(verifyV2(m, k, s, c))),
      method("verifyWithECDsa", ecdsa2("curveHash"), ParamType.Boolean, { cpuFee: F2, activeIn: "HF_Cockatrice", deprecatedIn: "HF_Gorgon" }, (_e, [m, k, s, c]) => bool(verifyV1(m, k, s, c))),
      method("verifyWithECDsa", ecdsa2("curve"), ParamType.Boolean, { cpuFee: F2, deprecatedIn: "HF_Cockatrice" }, (_e, [m, k, s, c]) => bool(verifyV0(m, k, s, c))),
      method("verifyWithEd25519", ed, ParamType.Boolean, { cpuFee: F2, activeIn: "HF_Gorgon" }, (_e, [m, k, s]) => bool(ed25519V1(m, k, s))),
      method("verifyWithEd25519", ed, ParamType.Boolean, { cpuFee: F2, activeIn: "HF_Echidna", deprecatedIn: "HF_Gorgon" }, (_e, [m, k, s]) => bool(ed25519V0(m, k, s))),
      method("bls12381Serialize", [g("g")], ParamType.ByteArray, { cpuFee: 1 << 19 }, (_e, [x]) => bytes3(blsSerialize(x))),
      method("bls12381Deserialize", [data], ParamType.InteropInterface, { cpuFee: 1 << 19 }, (_e, [d]) => interop2(blsDeserialize(d))),
      method("bls12381Equal", [g("x"), g("y")], ParamType.Boolean, { cpuFee: 1 << 5 }, (_e, [x, y]) => bool(blsEqual(x, y))),
      method("bls12381Add", [g("x"), g("y")], ParamType.InteropInterface, { cpuFee: 1 << 19 }, (_e, [x, y]) => interop2(blsAdd(x, y))),
      method("bls12381Mul", [g("x"), arg("mul", "bytes"), arg("neg", "bool")], ParamType.InteropInterface, { cpuFee: 1 << 21 }, (_e, [x, m, n]) => interop2(blsMul(x, m, n))),
      method("bls12381Pairing", [g("g1"), g("g2")], ParamType.InteropInterface, { cpuFee: 1 << 23 }, (_e, [a, b]) => interop2(blsPairing(a, b)))
    ];
  }
};
var cryptoLib = new CryptoLib();

// dist/neo/engine/container.js
function containerHash(c) {
  if (c.kind === "transaction")
    return transactionHash(c.tx);
  if (c.kind === "block")
    return headerHash(c.block.header);
  return c.hash;
}
var txContainer = (tx) => ({ kind: "transaction", tx });

// dist/neo/native/role-management.js
var ID5 = -8;
var Role = { StateValidator: 4, Oracle: 8, NeoFSAlphabetNode: 16, P2PNotary: 32 };
var ROLES = new Set(Object.values(Role));
function checkRole(role) {
  if (!ROLES.has(role))
    throw outOfRangeFault("role", `Role ${role} is not valid`);
}
function designatedByRole(store, role, index) {
  checkRole(role);
  const current = ledgerCurrentIndex(store);
  if (current + 1 < index)
    throw outOfRangeFault("index", `Index ${index} exceeds current index + 1 (${current + 1})`);
  const first = store.findRange(nativeKey(ID5, role, be32(index)), nativeKey(ID5, role), true).next();
  if (first.done)
    return [];
  return fields(deserializeWithLimits(first.value[1], DEFAULT_LIMITS)).map((x) => ECPoint.decode(x.getSpan()));
}
var RoleManagement = class extends NativeContract {
  name = "RoleManagement";
  id = ID5;
  defineEvents() {
    return [
      event(0, "Designation", [
        ["Role", ParamType.Integer],
        ["BlockIndex", ParamType.Integer]
      ], { deprecatedIn: "HF_Echidna" }),
      event(0, "Designation", [
        ["Role", ParamType.Integer],
        ["BlockIndex", ParamType.Integer],
        ["Old", ParamType.Array],
        ["New", ParamType.Array]
      ], { activeIn: "HF_Echidna" })
    ];
  }
  defineMethods() {
    const keys = (list2) => new ArrayItem(list2.map((k) => new ByteStringItem(k.encodeCompressed())));
    return [
      method("getDesignatedByRole", [arg("role", "uint8", { type: ParamType.Integer }), arg("index", "uint32")], ParamType.Array, { cpuFee: 1 << 15, flags: CallFlags.ReadStates }, (e, [r, i]) => keys(designatedByRole(e.store, r, i))),
      method("designateAsRole", [arg("role", "uint8", { type: ParamType.Integer }), arg("nodes", "ecpoint", { elements: "ecpoint" })], ParamType.Void, { cpuFee: 1 << 15, flags: CallFlags.States | CallFlags.AllowNotify }, (e, [r, n]) => {
        this.designate(e, r, n);
        return void 0;
      })
    ];
  }
  designate(engine, role, nodes) {
    if (nodes.length === 0 || nodes.length > 32) {
      throw argumentFault(`Nodes count ${nodes.length} must be between 1 and 32`, "nodes");
    }
    checkRole(role);
    assertCommittee(engine);
    const block = engine.persistingBlock;
    if (block === null)
      throw new VMFault("Persisting block is null");
    const index = block.index + 1;
    const key3 = nativeKey(ID5, role, be32(index));
    if (engine.store.has(key3))
      throw new VMFault("Role already designated");
    const distinct = new Set(nodes.map((n) => n.toString()));
    if (distinct.size !== nodes.length)
      throw new VMFault("Duplicate publickeys are not allowed");
    const sorted = sortPoints(nodes);
    writeItem(engine.store, key3, new ArrayItem(sorted.map((k) => new ByteStringItem(k.encodeCompressed()))));
    const list2 = (l) => new ArrayItem(l.map((k) => new ByteStringItem(k.encodeCompressed())));
    const state = engine.isHardforkEnabled("HF_Echidna") ? [int(role), int(block.index), list2(designatedByRole(engine.store, role, index - 1)), list2(nodes)] : [int(role), int(block.index)];
    engine.sendNotification(this.hash, "Designation", new ArrayItem(state));
  }
};
var roleManagement = new RoleManagement();

// dist/neo/native/notary.js
var ID6 = -10;
var PREFIX_DEPOSIT = 1;
var PREFIX_MAX_NVB_DELTA = 10;
var DEFAULT_MAX_NVB_DELTA = 140;
var DEFAULT_DEPOSIT_DELTA_TILL = 5760;
var depositKey = (account) => nativeKey(ID6, PREFIX_DEPOSIT, account);
function getDeposit(store, account) {
  const item = readItem(store, depositKey(account));
  if (item === void 0)
    return null;
  const f = fields(item);
  return { amount: f[0].getInteger(), till: Number(f[1].getInteger()) };
}
function putDeposit(store, account, d) {
  writeItem(store, depositKey(account), new StructItem([int(d.amount), int(d.till)]));
}
function notaryNodes(store) {
  return designatedByRole(store, Role.P2PNotary, ledgerCurrentIndex(store) + 1);
}
function onPayment(engine, from, amount, data) {
  if (!equalHash(engine.callingScriptHash, gasToken.hash)) {
    throw new VMFault(`only GAS can be accepted for deposit, got ${hashToString(engine.callingScriptHash)}`);
  }
  if (!(data instanceof ArrayItem) || data.count !== 2)
    throw new VMFault("`data` parameter should be an array of 2 elements");
  const store = engine.store;
  let to = from;
  if (!data.items[0].isNull) {
    const b = data.items[0].getSpan();
    if (b.length < 20)
      throw new VMFault(`Position 0 + Wanted 20 is exceeded boundary(${b.length})`);
    to = b.slice(0, 20);
  }
  let till = Number(checkedInteger(data.items[1], "uint32"));
  const c = engine.container;
  if (c?.kind !== "transaction")
    throw new VMFault("Unable to cast object to type Transaction.");
  const allowedChangeTill = equalHash(transactionSender(c.tx), to);
  const current = ledgerCurrentIndex(store);
  if (till < current + 2)
    throw new VMFault(`\`till\` shouldn't be less than the chain's height ${current + 1} + 1`);
  let deposit = getDeposit(store, to);
  if (deposit !== null && till < deposit.till) {
    throw new VMFault(`\`till\` shouldn't be less than the previous value ${deposit.till}`);
  }
  if (deposit === null) {
    const feePerKey = BigInt(attributeFee(store, AttributeType.NotaryAssisted));
    if (amount < 2n * feePerKey)
      throw new VMFault(`first deposit can not be less than ${2n * feePerKey}, got ${amount}`);
    deposit = { amount: 0n, till: 0 };
    if (!allowedChangeTill)
      till = current + DEFAULT_DEPOSIT_DELTA_TILL;
  } else if (!allowedChangeTill) {
    till = deposit.till;
  }
  deposit.amount += amount;
  deposit.till = till;
  putDeposit(store, to, deposit);
}
function* withdraw(engine, from, to) {
  if (!engine.checkWitnessInternal(from))
    return bool(false);
  const receive = to ?? from;
  const store = engine.store;
  const deposit = getDeposit(store, from);
  if (deposit === null)
    return bool(false);
  if (ledgerCurrentIndex(store) < deposit.till)
    return bool(false);
  store.delete(depositKey(from));
  const ok = (yield {
    hash: gasToken.hash,
    method: "transfer",
    args: [new ByteStringItem(notary.hash), new ByteStringItem(receive), int(deposit.amount), NULL],
    hasReturnValue: true,
    callingScriptHash: notary.hash
  }).getBoolean();
  if (!ok)
    throw new VMFault(`Transfer to ${hashToString(receive)} has failed`);
  return bool(true);
}
function verify2(engine, signature) {
  if (signature === null || signature.length !== 64)
    return false;
  const c = engine.container;
  if (c?.kind !== "transaction")
    return false;
  const tx = c.tx;
  if (getAttribute(tx, AttributeType.NotaryAssisted) === void 0)
    return false;
  for (const s of tx.signers) {
    if (equalHash(s.account, notary.hash)) {
      if (s.scopes !== WitnessScope.None)
        return false;
      break;
    }
  }
  if (equalHash(transactionSender(tx), notary.hash)) {
    if (tx.signers.length !== 2)
      return false;
    const d = getDeposit(engine.store, tx.signers[1].account);
    if (d === null || d.amount < tx.networkFee + tx.systemFee)
      return false;
  }
  const message2 = signData(containerHash(c), engine.settings.network);
  return notaryNodes(engine.store).some((n) => verifySignature(message2, signature, n));
}
var Notary = class extends NativeContract {
  name = "Notary";
  id = ID6;
  activations = ["HF_Echidna", "HF_Faun"];
  supportedStandards(hf, height) {
    return hf("HF_Faun", height) ? ["NEP-27", "NEP-30"] : ["NEP-27"];
  }
  defineMethods() {
    const R4 = CallFlags.ReadStates;
    const S = CallFlags.States;
    const F2 = 1 << 15;
    return [
      method("verify", [arg("signature", "bytes")], ParamType.Boolean, { cpuFee: F2, flags: R4 }, (e, [s]) => bool(verify2(e, s))),
      method("onNEP17Payment", [arg("from", "hash160"), arg("amount", "bigint"), arg("data", "item")], ParamType.Void, { cpuFee: F2, flags: S }, (e, [f, a, d]) => {
        onPayment(e, f, a, d);
        return void 0;
      }),
      method("lockDepositUntil", [arg("account", "hash160"), arg("till", "uint32")], ParamType.Boolean, { cpuFee: F2, flags: S }, (e, [a, t]) => {
        const account = a;
        if (!e.checkWitnessInternal(account))
          return bool(false);
        if (t < ledgerCurrentIndex(e.store) + 2)
          return bool(false);
        const d = getDeposit(e.store, account);
        if (d === null || t < d.till)
          return bool(false);
        d.till = t;
        putDeposit(e.store, account, d);
        return bool(true);
      }),
      method("expirationOf", [arg("account", "hash160")], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e, [a]) => int(getDeposit(e.store, a)?.till ?? 0)),
      method("balanceOf", [arg("account", "hash160")], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e, [a]) => int(getDeposit(e.store, a)?.amount ?? 0n)),
      method("withdraw", [arg("from", "hash160"), arg("to", "hash160", { nullable: true })], ParamType.Boolean, { cpuFee: F2, flags: CallFlags.All }, (e, [f, t]) => withdraw(e, f, t)),
      method("getMaxNotValidBeforeDelta", [], ParamType.Integer, { cpuFee: F2, flags: R4 }, (e) => int(requireInt(e.store, nativeKey(ID6, PREFIX_MAX_NVB_DELTA)))),
      method("setMaxNotValidBeforeDelta", [arg("value", "uint32")], ParamType.Void, { cpuFee: F2, flags: S }, (e, [v]) => {
        const vub = e.isHardforkEnabled("HF_Echidna") ? maxValidUntilBlockIncrement(e.store) : e.settings.maxValidUntilBlockIncrement;
        const value = v;
        if (value > Math.floor(vub / 2) || value < e.settings.validatorsCount) {
          throw new VMFault(`MaxNotValidBeforeDelta cannot be more than ${Math.floor(vub / 2)} or less than ${e.settings.validatorsCount}`);
        }
        assertCommittee(e);
        writeInt(e.store, nativeKey(ID6, PREFIX_MAX_NVB_DELTA), BigInt(value));
        return void 0;
      })
    ];
  }
  initialize(engine, hardfork) {
    if (hardfork === this.activeIn)
      writeInt(engine.store, nativeKey(ID6, PREFIX_MAX_NVB_DELTA), BigInt(DEFAULT_MAX_NVB_DELTA));
    return void 0;
  }
  *onPersist(engine) {
    let nFees = 0n;
    let notaries = null;
    const store = engine.store;
    for (const tx of engine.persistingBlock.transactions) {
      const attr = getAttribute(tx, AttributeType.NotaryAssisted);
      if (attr === void 0)
        continue;
      notaries ??= notaryNodes(store);
      nFees += BigInt(attr.data[0]) + 1n;
      if (equalHash(transactionSender(tx), notary.hash)) {
        const payer = tx.signers[1].account;
        const d = getDeposit(store, payer);
        if (d !== null) {
          d.amount -= tx.systemFee + tx.networkFee;
          if (d.amount === 0n)
            store.delete(depositKey(payer));
          else
            putDeposit(store, payer, d);
        }
      }
    }
    if (nFees === 0n || notaries === null)
      return;
    if (notaries.length === 0)
      throw new VMFault("Attempted to divide by zero.");
    const reward = nFees * BigInt(attributeFee(store, AttributeType.NotaryAssisted)) / BigInt(notaries.length);
    for (const n of notaries)
      yield* gasToken.mint(engine, signatureRedeemScriptHash(n), reward, false);
  }
};
var notary = new Notary();

// dist/neo/native/oracle.js
var ID7 = -9;
var PREFIX_PRICE = 5;
var PREFIX_REQUEST_ID = 9;
var PREFIX_REQUEST = 7;
var PREFIX_ID_LIST = 6;
function requestFrom(item) {
  const f = fields(item);
  return {
    originalTxid: f[0].getSpan().slice(),
    gasForResponse: f[1].getInteger(),
    url: strictUtf8(f[2].getSpan()),
    filter: f[3].isNull ? null : strictUtf8(f[3].getSpan()),
    callbackContract: f[4].getSpan().slice(),
    callbackMethod: strictUtf8(f[5].getSpan()),
    userData: f[6].getSpan().slice()
  };
}
function requestItem(r) {
  return new ArrayItem([
    new ByteStringItem(r.originalTxid),
    int(r.gasForResponse),
    str3(r.url),
    r.filter === null ? NULL : str3(r.filter),
    new ByteStringItem(r.callbackContract),
    str3(r.callbackMethod),
    new ByteStringItem(r.userData)
  ]);
}
function oracleRequest(store, id) {
  const item = readItem(store, nativeKey(ID7, PREFIX_REQUEST, be64(id)));
  return item === void 0 ? null : requestFrom(item);
}
var urlHash = (url) => hash160(utf8(url));
var idListKey = (url) => nativeKey(ID7, PREFIX_ID_LIST, urlHash(url));
function readIdList(store, url) {
  const item = readItem(store, idListKey(url));
  return item === void 0 ? null : fields(item).map((x) => x.getInteger());
}
function writeIdList(store, url, ids) {
  writeItem(store, idListKey(url), new ArrayItem(ids.map((i) => int(i))));
}
function price(store) {
  return requireInt(store, nativeKey(ID7, PREFIX_PRICE));
}
function originalTxid(engine) {
  const c = engine.container;
  if (c?.kind !== "transaction")
    throw new VMFault("Object reference not set to an instance of an object.");
  const response = getAttribute(c.tx, AttributeType.OracleResponse);
  if (response === void 0)
    return transactionHash(c.tx);
  return oracleRequest(engine.store, oracleResponseId(response)).originalTxid;
}
function* request(engine, url, filter, callback, userData, gasForResponse) {
  const size = (s) => utf8(s).length;
  if (size(url) > 256)
    throw new VMFault(`URL size ${size(url)} bytes exceeds maximum allowed size of 256 bytes.`);
  if (filter !== null && size(filter) > 128) {
    throw new VMFault(`Filter size ${size(filter)} bytes exceeds maximum allowed size of 128 bytes.`);
  }
  if (size(callback) > 32)
    throw new VMFault(`Callback size ${size(callback)} bytes exceeds maximum allowed size of 32 bytes.`);
  if (callback.startsWith("_"))
    throw new VMFault("Callback cannot start with underscore.");
  if (gasForResponse < 10000000n) {
    throw new VMFault(`gasForResponse ${gasForResponse} must be at least 10000000 Datoshi.`);
  }
  const store = engine.store;
  engine.addFeeBig(BigInt.asIntN(64, price(store) * BigInt(FEE_FACTOR)));
  engine.addFeeBig(BigInt.asIntN(64, gasForResponse * BigInt(FEE_FACTOR)));
  yield* gasToken.mint(engine, oracle.hash, gasForResponse, false);
  const idKey = nativeKey(ID7, PREFIX_REQUEST_ID);
  const id = BigInt.asUintN(64, requireInt(store, idKey));
  writeInt(store, idKey, (readInt(store, idKey) ?? 0n) + 1n);
  const calling = engine.callingScriptHash;
  if (!isContract(store, calling))
    throw new VMFault("Only contracts can make Oracle requests");
  const req = {
    originalTxid: originalTxid(engine),
    gasForResponse,
    url,
    filter,
    callbackContract: calling,
    callbackMethod: callback,
    userData: serializeItem(userData, 512, engine.limits.maxStackSize)
  };
  writeItem(store, nativeKey(ID7, PREFIX_REQUEST, be64(id)), requestItem(req));
  const ids = readIdList(store, url) ?? [];
  if (ids.length >= 256)
    throw new VMFault("There are too many pending responses for this url");
  ids.push(id);
  writeIdList(store, url, ids);
  engine.sendNotification(oracle.hash, "OracleRequest", new ArrayItem([int(id), new ByteStringItem(calling), str3(url), filter === null ? NULL : str3(filter)]));
  return void 0;
}
function* finish(engine) {
  if (engine.invocationStack.length !== 2)
    throw new VMFault("Operation is not valid due to the current state of the object.");
  if (engine.getInvocationCounter() !== 1)
    throw new VMFault("Operation is not valid due to the current state of the object.");
  const c = engine.container;
  if (c?.kind !== "transaction")
    throw new VMFault("Unable to cast object to type Transaction.");
  const response = getAttribute(c.tx, AttributeType.OracleResponse);
  if (response === void 0)
    throw new VMFault("Oracle response not found");
  const id = oracleResponseId(response);
  const req = oracleRequest(engine.store, id);
  if (req === null)
    throw new VMFault("Oracle request not found");
  engine.sendNotification(oracle.hash, "OracleResponse", new ArrayItem([int(id), new ByteStringItem(req.originalTxid)]));
  const userData = deserializeWithLimits(req.userData, engine.limits);
  const code = response.data[8];
  const result = response.data.subarray(9 + varIntLength(response.data, 9));
  yield {
    hash: req.callbackContract,
    method: req.callbackMethod,
    args: [str3(req.url), userData, int(code), new ByteStringItem(result.slice())],
    hasReturnValue: false,
    callingScriptHash: oracle.hash
  };
  return void 0;
}
function varIntLength(b, at) {
  const x = b[at];
  return x < 253 ? 1 : x === 253 ? 3 : x === 254 ? 5 : 9;
}
var OracleContract = class extends NativeContract {
  name = "OracleContract";
  id = ID7;
  activations = [null, "HF_Faun"];
  supportedStandards(hf, height) {
    return hf("HF_Faun", height) ? ["NEP-30"] : [];
  }
  defineEvents() {
    return [
      event(0, "OracleRequest", [
        ["Id", ParamType.Integer],
        ["RequestContract", ParamType.Hash160],
        ["Url", ParamType.String],
        ["Filter", ParamType.String]
      ]),
      event(1, "OracleResponse", [
        ["Id", ParamType.Integer],
        ["OriginalTx", ParamType.Hash256]
      ])
    ];
  }
  defineMethods() {
    return [
      method("setPrice", [arg("price", "int64")], ParamType.Void, { cpuFee: 1 << 15, flags: CallFlags.States }, (e, [p]) => {
        if (p <= 0n)
          throw outOfRangeFault("price", "Price must be positive");
        assertCommittee(e);
        writeInt(e.store, nativeKey(ID7, PREFIX_PRICE), p);
        return void 0;
      }),
      method("getPrice", [], ParamType.Integer, { cpuFee: 1 << 15, flags: CallFlags.ReadStates }, (e) => int(price(e.store))),
      method("finish", [], ParamType.Void, { flags: CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify }, (e) => finish(e)),
      method("request", [
        arg("url", "string"),
        arg("filter", "string", { nullable: true }),
        arg("callback", "string"),
        arg("userData", "item"),
        arg("gasForResponse", "int64")
      ], ParamType.Void, { flags: CallFlags.States | CallFlags.AllowNotify }, (e, [u, f, c, d, g]) => request(e, u, f, c, d, g)),
      method("verify", [], ParamType.Boolean, { cpuFee: 1 << 15 }, (e) => bool(e.container?.kind === "transaction" && getAttribute(e.container.tx, AttributeType.OracleResponse) !== void 0))
    ];
  }
  initialize(engine, hardfork) {
    if (hardfork === this.activeIn) {
      writeInt(engine.store, nativeKey(ID7, PREFIX_REQUEST_ID), 0n);
      writeInt(engine.store, nativeKey(ID7, PREFIX_PRICE), 50000000n);
    }
    return void 0;
  }
  *postPersist(engine) {
    let nodes = null;
    const block = engine.persistingBlock;
    const store = engine.store;
    for (const tx of block.transactions) {
      const response = getAttribute(tx, AttributeType.OracleResponse);
      if (response === void 0)
        continue;
      const id = oracleResponseId(response);
      const req = oracleRequest(store, id);
      if (req === null)
        continue;
      store.delete(nativeKey(ID7, PREFIX_REQUEST, be64(id)));
      const ids = readIdList(store, req.url);
      const at = ids.indexOf(id);
      if (at < 0)
        throw new VMFault("Operation is not valid due to the current state of the object.");
      ids.splice(at, 1);
      if (ids.length === 0)
        store.delete(idListKey(req.url));
      else
        writeIdList(store, req.url, ids);
      nodes ??= designatedByRole(store, Role.Oracle, block.index).map((k) => [
        signatureRedeemScriptHash(k),
        0n
      ]);
      if (nodes.length > 0)
        nodes[Number(id % BigInt(nodes.length))][1] += price(store);
    }
    if (nodes === null)
      return;
    for (const [account, gas] of nodes)
      if (gas > 0n)
        yield* gasToken.mint(engine, account, gas, false);
  }
};
var oracle = new OracleContract();

// dist/neo/serialization/json-serializer.js
var MAX_SAFE = 9007199254740991n;
function text(item) {
  return strictUtf8(item.bytes);
}
function jsonSerialize(item, maxSize) {
  let out = "";
  let size = 0;
  const add = (s) => {
    out += s;
    size += Buffer.byteLength(s);
    if (size > maxSize)
      throw new VMFault("Operation is not valid due to the current state of the object.");
  };
  const write = (x, path) => {
    if (x instanceof ArrayItem) {
      add("[");
      x.items.forEach((e, i) => {
        if (i > 0)
          add(",");
        write(e, path);
      });
      add("]");
    } else if (x instanceof ByteStringItem || x instanceof BufferItem) {
      add(quoteJson(text(x)));
    } else if (x instanceof IntegerItem) {
      if (x.value > MAX_SAFE || x.value < -MAX_SAFE) {
        throw new VMFault("Operation is not valid due to the current state of the object.");
      }
      add(formatNumber(Number(x.value)));
    } else if (x instanceof BooleanItem) {
      add(x.value ? "true" : "false");
    } else if (x instanceof MapItem) {
      add("{");
      x.entries().forEach(([k, v], i) => {
        if (!(k instanceof ByteStringItem))
          throw new NeoFormatError("Key is not a ByteString");
        if (i > 0)
          add(",");
        add(`${quoteJson(text(k))}:`);
        write(v, path);
      });
      add("}");
    } else if (x instanceof NullItem) {
      add("null");
    } else {
      throw new VMFault("Invalid StackItemType");
    }
  };
  write(item, /* @__PURE__ */ new Set());
  return utf8(out);
}
function jsonDeserialize(token, maxStackSize, basilisk) {
  let budget = maxStackSize;
  const take = () => {
    if (budget-- === 0)
      throw new NeoFormatError("Max stack size reached");
  };
  const read = (t) => {
    take();
    if (t === null)
      return NULL;
    if (Array.isArray(t))
      return new ArrayItem(t.map(read));
    if (typeof t === "string")
      return ByteStringItem.fromString(t);
    if (typeof t === "boolean")
      return BooleanItem.of(t);
    if (typeof t === "number") {
      if (t % 1 !== 0)
        throw new NeoFormatError("Decimal value is not allowed");
      return integer(basilisk ? exactInteger(t) : truncateDecimal(t));
    }
    const map = new MapItem();
    for (const [k, v] of t.properties) {
      take();
      const key3 = ByteStringItem.fromString(k);
      map.set(key3, read(v));
    }
    return map;
  };
  return read(token);
}
function exactInteger(v) {
  const s = formatNumber(v);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:E([+-]\d+))?$/.exec(s);
  if (m === null)
    throw new NeoFormatError(`bad number ${s}`);
  const digits = m[2] + (m[3] ?? "");
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  const magnitude = exp >= 0 ? BigInt(digits) * 10n ** BigInt(exp) : BigInt(digits) / 10n ** BigInt(-exp);
  return m[1] ? -magnitude : magnitude;
}
function truncateDecimal(v) {
  return BigInt(Math.trunc(v));
}

// dist/neo/native/std-lib.js
var MAX_INPUT = 1024;
var limited = (name, kind) => arg(name, kind, { maxLength: MAX_INPUT });
function toHexString(v) {
  if (v >= 0n) {
    const h = v.toString(16);
    return Number.parseInt(h[0], 16) >= 8 ? `0${h}` : h;
  }
  let n = 1;
  while (v < -(8n * 16n ** BigInt(n - 1)))
    n++;
  return (16n ** BigInt(n) + v).toString(16).padStart(n, "0");
}
function itoa(value, base) {
  if (base === 10)
    return value.toString();
  if (base === 16)
    return toHexString(value);
  throw outOfRangeFault("base", `Invalid base: ${base}`);
}
function atoi(text2, base) {
  if (base === 10) {
    if (!/^[+-]?[0-9]+$/.test(text2))
      throw new NeoFormatError(`The value could not be parsed: ${text2}`);
    return BigInt(text2);
  }
  if (base === 16) {
    if (!/^[0-9a-fA-F]+$/.test(text2))
      throw new NeoFormatError(`The value could not be parsed: ${text2}`);
    const v = BigInt(`0x${text2}`);
    return Number.parseInt(text2[0], 16) >= 8 ? v - 16n ** BigInt(text2.length) : v;
  }
  throw outOfRangeFault("base", `Invalid base: ${base}`);
}
function compare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++)
    if (a[i] !== b[i])
      return a[i] < b[i] ? -1 : 1;
  return Math.sign(a.length - b.length);
}
function indexOf(mem, value, from, to) {
  for (let i = from; i + value.length <= to; i++) {
    let j = 0;
    while (j < value.length && mem[i + j] === value[j])
      j++;
    if (j === value.length)
      return i;
  }
  return -1;
}
function memorySearch(mem, value, start, backward) {
  if (start < 0 || start > mem.length) {
    throw new VMFault("Specified argument was out of the range of valid values.");
  }
  if (!backward)
    return indexOf(mem, value, start, mem.length);
  if (value.length === 0)
    return start;
  for (let i = start - value.length; i >= 0; i--)
    if (indexOf(mem, value, i, i + value.length) === i)
      return i;
  return -1;
}
function split(s, separator, removeEmpty) {
  const parts = separator.length === 0 ? [s] : s.split(separator);
  return removeEmpty ? parts.filter((p) => p.length > 0) : parts;
}
var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
function hexDecode(s) {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) {
    throw new NeoFormatError(`Failed to convert hex span to bytes: The input contains invalid hexadecimal characters. Input: '${s}'.`);
  }
  return Uint8Array.from(Buffer.from(s, "hex"));
}
var StdLib = class extends NativeContract {
  name = "StdLib";
  id = -2;
  defineMethods() {
    const b = ParamType.ByteArray;
    const s = ParamType.String;
    const i = ParamType.Integer;
    const base = arg("base", "int32");
    const E = { activeIn: "HF_Echidna" };
    const F2 = { activeIn: "HF_Faun" };
    const mem = limited("mem", "bytes");
    const value = arg("value", "bytes");
    return [
      method("serialize", [arg("item", "item")], b, { cpuFee: 1 << 12 }, (e, [x]) => bytes3(serializeWithLimits(x, e.limits))),
      method("deserialize", [arg("data", "bytes")], ParamType.Any, { cpuFee: 1 << 14 }, (e, [d]) => deserializeWithLimits(d, e.limits)),
      method("jsonSerialize", [arg("item", "item")], b, { cpuFee: 1 << 12 }, (e, [x]) => bytes3(jsonSerialize(x, e.limits.maxItemSize))),
      method("jsonDeserialize", [arg("json", "bytes")], ParamType.Any, { cpuFee: 1 << 14 }, (e, [j]) => this.fromJson(e, j)),
      method("itoa", [arg("value", "bigint")], s, { cpuFee: 1 << 12 }, (_e, [v]) => str3(itoa(v, 10))),
      method("itoa", [arg("value", "bigint"), base], s, { cpuFee: 1 << 12 }, (_e, [v, n]) => str3(itoa(v, n))),
      method("atoi", [limited("value", "string")], i, { cpuFee: 1 << 6 }, (_e, [v]) => integer(atoi(v, 10))),
      method("atoi", [limited("value", "string"), base], i, { cpuFee: 1 << 6 }, (_e, [v, n]) => integer(atoi(v, n))),
      method("base64Encode", [limited("data", "bytes")], s, { cpuFee: 1 << 5 }, (_e, [d]) => str3(base64Encode(d))),
      method("base64Decode", [limited("s", "string")], b, { cpuFee: 1 << 5 }, (_e, [x]) => bytes3(base64Decode(x))),
      method("base64UrlEncode", [limited("data", "string")], s, { cpuFee: 1 << 5, ...E }, (_e, [d]) => str3(base64UrlEncode(d))),
      method("base64UrlDecode", [limited("s", "string")], s, { cpuFee: 1 << 5, ...E }, (_e, [x]) => str3(base64UrlDecode(x))),
      method("base58Encode", [limited("data", "bytes")], s, { cpuFee: 1 << 13 }, (_e, [d]) => str3(base58Encode(d))),
      method("base58Decode", [limited("s", "string")], b, { cpuFee: 1 << 10 }, (_e, [x]) => bytes3(base58DecodeStrict(x))),
      method("base58CheckEncode", [limited("data", "bytes")], s, { cpuFee: 1 << 16 }, (_e, [d]) => str3(base58CheckEncode(d))),
      method("base58CheckDecode", [limited("s", "string")], b, { cpuFee: 1 << 16 }, (_e, [x]) => bytes3(base58CheckDecode(x))),
      method("hexEncode", [limited("bytes", "bytes")], s, { cpuFee: 1 << 5, ...F2 }, (_e, [d]) => str3(Buffer.from(d).toString("hex"))),
      method("hexDecode", [limited("str", "string")], b, { cpuFee: 1 << 5, ...F2 }, (_e, [x]) => bytes3(hexDecode(x))),
      method("memoryCompare", [limited("str1", "bytes"), limited("str2", "bytes")], i, { cpuFee: 1 << 5 }, (_e, [a, c]) => int(compare(a, c))),
      method("memorySearch", [mem, value], i, { cpuFee: 1 << 6 }, (_e, [m, v]) => int(memorySearch(m, v, 0, false))),
      method("memorySearch", [mem, value, arg("start", "int32")], i, { cpuFee: 1 << 6 }, (_e, [m, v, st]) => int(memorySearch(m, v, st, false))),
      method("memorySearch", [mem, value, arg("start", "int32"), arg("backward", "bool")], i, { cpuFee: 1 << 6 }, (_e, [m, v, st, bw]) => int(memorySearch(m, v, st, bw))),
      method("stringSplit", [limited("str", "string"), arg("separator", "string")], ParamType.Array, { cpuFee: 1 << 8 }, (_e, [x, sep]) => new ArrayItem(split(x, sep, false).map((p) => ByteStringItem.fromString(p)))),
      method("stringSplit", [limited("str", "string"), arg("separator", "string"), arg("removeEmptyEntries", "bool")], ParamType.Array, { cpuFee: 1 << 8 }, (_e, [x, sep, rm]) => new ArrayItem(split(x, sep, rm).map((p) => ByteStringItem.fromString(p)))),
      method("strLen", [limited("str", "string")], i, { cpuFee: 1 << 8 }, (_e, [x]) => int([...graphemes.segment(x)].length))
    ];
  }
  fromJson(engine, json) {
    const token = parseJson2(json, 10);
    if (token === null)
      return NULL;
    return jsonDeserialize(token, engine.limits.maxStackSize, engine.isHardforkEnabled("HF_Basilisk"));
  }
};
var stdLib = new StdLib();

// dist/neo/native/index.js
var list;
var byHash;
function natives() {
  list ??= [
    contractManagement,
    stdLib,
    cryptoLib,
    ledger,
    neoToken,
    gasToken,
    policy,
    roleManagement,
    oracle,
    notary,
    treasury
  ];
  return list;
}
function nativeByHash(hash2) {
  byHash ??= new Map(natives().map((n) => [hashKey(n.hash), n]));
  return byHash.get(hashKey(hash2));
}
function nativeByName(name) {
  const lower = name.toLowerCase();
  return natives().find((n) => n.name.toLowerCase() === lower || n.name.toLowerCase() === `${lower}token`);
}

// dist/neo/engine/fee-meter.js
var F = BigInt(FEE_FACTOR);
var MAX_BUDGET = 2 ** 52;
var FeeMeter = class {
  limit;
  /** picoGAS per price unit (the execution fee factor in picoGAS). */
  factor;
  /** picoGAS before the current run of opcode units. */
  base = 0n;
  units = 0;
  budget = 0;
  constructor(gasDatoshi, factorPico) {
    this.limit = gasDatoshi * F;
    this.factor = factorPico;
    this.rebudget();
  }
  /** Adds an opcode's price units (the hot path: one addition and one comparison). */
  addUnits(units) {
    this.units += units;
    if (this.units > this.budget)
      throw new VMFault("Insufficient GAS.");
  }
  /** Adds picoGAS (syscall prices, storage fees, native method fees). */
  addBig(pico) {
    this.base = this.consumed + pico;
    this.units = 0;
    this.rebudget();
    if (this.base > this.limit)
      throw new VMFault("Insufficient GAS.");
  }
  rebudget() {
    const left = this.limit - this.base;
    if (left < 0n)
      this.budget = -1;
    else if (this.factor <= 0n)
      this.budget = MAX_BUDGET;
    else {
      const b = left / this.factor;
      this.budget = b > BigInt(MAX_BUDGET) ? MAX_BUDGET : Number(b);
    }
  }
  /** picoGAS consumed. */
  get consumed() {
    return this.units === 0 ? this.base : this.base + BigInt(this.units) * this.factor;
  }
  /** Datoshi consumed, rounded up (`FeeConsumed`). */
  get feeConsumed() {
    return divideCeiling(this.consumed, F);
  }
  /** Datoshi left, truncated (`GasLeft`). */
  get gasLeft() {
    return (this.limit - this.consumed) / F;
  }
};
function divideCeiling(a, b) {
  const [n, d] = b > 0n ? [a, b] : [-a, -b];
  const q = n / d;
  return n % d > 0n ? q + 1n : q;
}

// dist/neo/chain/wallet.js
import { p256 as p2562 } from "@noble/curves/nist.js";
function keyPair(privateKey) {
  if (privateKey.length !== 32 || !p2562.utils.isValidSecretKey(privateKey)) {
    throw new NeoArgumentError("a private key must be 32 bytes in [1, n-1] of secp256r1");
  }
  return { privateKey: privateKey.slice(), publicKey: ECPoint.decode(p2562.getPublicKey(privateKey, true)) };
}
function randomKeyPair() {
  return keyPair(p2562.utils.randomSecretKey());
}
function toWif(key3) {
  const data = new Uint8Array(34);
  data[0] = 128;
  data.set(key3.privateKey, 1);
  data[33] = 1;
  return base58CheckEncode(data);
}
function fromWif(wif) {
  let data;
  try {
    data = base58CheckDecode(wif);
  } catch (error) {
    throw new NeoArgumentError(`invalid WIF: ${error.message}`);
  }
  if (data.length !== 34 || data[0] !== 128 || data[33] !== 1)
    throw new NeoArgumentError("invalid WIF format");
  return keyPair(data.subarray(1, 33));
}
function standardAccount(name, key3, addressVersion) {
  const script = signatureRedeemScript(key3.publicKey);
  const hash2 = hash160(script);
  return {
    name,
    scriptHash: hash2,
    address: toAddress(hash2, addressVersion),
    verificationScript: script,
    keys: [key3],
    m: 1
  };
}
function multiSigAccount(name, m, keys, addressVersion) {
  const script = multiSigRedeemScript(m, keys.map((k) => k.publicKey));
  const hash2 = hash160(script);
  const sorted = sortPoints(keys.map((k) => k.publicKey));
  const ordered = sorted.map((p) => keys.find((k) => k.publicKey.equals(p)));
  return {
    name,
    scriptHash: hash2,
    address: toAddress(hash2, addressVersion),
    verificationScript: script,
    keys: ordered,
    m
  };
}
function sign(data, key3) {
  return p2562.sign(sha256(data), key3.privateKey, { prehash: false, lowS: false });
}
function witness(account, data) {
  const sb = new ScriptBuilder();
  for (const key3 of account.keys.slice(0, account.m))
    sb.emitPush(sign(data, key3));
  return { invocationScript: sb.toArray(), verificationScript: account.verificationScript };
}

// dist/neo/chain/chain.js
import { randomBytes } from "node:crypto";

// dist/neo/engine/trigger.js
var TriggerType = {
  OnPersist: 1,
  PostPersist: 2,
  System: 3,
  Verification: 32,
  Application: 64,
  All: 99
};

// dist/neo/interop/syscall.js
function syscall(name, price2, flags, params, handler2, hardfork) {
  return { name, id: interopId(name), price: price2, flags, params, handler: handler2, ...hardfork ? { hardfork } : {} };
}

// dist/neo/interop/contract.js
function callContract(engine, hash2, method2, callFlags, args) {
  if (method2.startsWith("_"))
    throw argumentFault(`Method name '${method2}' cannot start with underscore.`, "method");
  if ((callFlags & ~CallFlags.All) !== 0)
    throw outOfRangeFault("callFlags");
  const contract = getContract(engine.store, hash2);
  if (contract === null)
    throw new VMFault(`Called Contract Does Not Exist: ${hashToString(hash2)}.${method2}`);
  const md = getMethod(contract.manifest.abi, method2, args.count);
  if (md === void 0) {
    throw new VMFault(`Method "${method2}" with ${args.count} parameter(s) doesn't exist in the contract ${hashToString(hash2)}.`);
  }
  const context = engine.callContractInternal(contract, md, callFlags, md.returnType !== ParamType.Void, args.items);
  contextState(context).isDynamicCall = true;
  return void 0;
}
function callNative(engine, version) {
  const native = engine.nativeContract(engine.currentScriptHash);
  if (native === void 0)
    throw new VMFault('It is not allowed to use "System.Contract.CallNative" directly.');
  if (!native.isActive(engine.settings, ledgerCurrentIndex(engine.store))) {
    throw new VMFault(`The native contract ${native.name} is not active.`);
  }
  native.invoke(engine, version);
  return void 0;
}
function persist(engine, trigger, run) {
  if (engine.trigger !== trigger)
    throw new VMFault("Operation is not valid due to the current state of the object.");
  const index = engine.persistingBlock.index;
  const natives2 = engine.natives;
  function* all() {
    for (const native of natives2) {
      if (!native.isActive(engine.settings, index))
        continue;
      const task = native[run](engine);
      if (task)
        yield* task;
    }
  }
  engine.runNativeTask(all(), () => {
  });
  return void 0;
}
var contractSyscalls = [
  /** Pops hash, method, call flags, arguments: calls the contract (a dynamic call, one result). */
  syscall("System.Contract.Call", 1 << 15, CallFlags.ReadStates | CallFlags.AllowCall, [
    arg("contractHash", "hash160"),
    arg("method", "string"),
    arg("callFlags", "uint8"),
    arg("args", "array")
  ], (e, [h, m, f, a]) => callContract(e, h, m, f, a)),
  /** Pops the version; runs the native method whose stub is executing. */
  syscall("System.Contract.CallNative", 0, CallFlags.None, [arg("version", "uint8")], (e, [v]) => callNative(e, v)),
  syscall("System.Contract.GetCallFlags", 1 << 10, CallFlags.None, [], (e) => integerOf(e.currentState.callFlags)),
  /** Pops a public key; pushes its standard account hash. */
  syscall("System.Contract.CreateStandardAccount", 0, CallFlags.None, [arg("pubKey", "ecpoint")], (e, [k]) => {
    const fee = e.isHardforkEnabled("HF_Aspidochelone") ? CHECK_SIG_PRICE : 1 << 8;
    e.addFeeBig(BigInt(fee) * e.execFeePicoFactor);
    return new ByteStringItem(signatureRedeemScriptHash(k));
  }),
  /** Pops m and public keys; pushes the m-of-n multisig account hash. */
  syscall("System.Contract.CreateMultisigAccount", 0, CallFlags.None, [arg("m", "int32"), arg("pubKeys", "ecpoint", { elements: "ecpoint" })], (e, [m, keys]) => {
    const list2 = keys;
    const fee = e.isHardforkEnabled("HF_Aspidochelone") ? CHECK_SIG_PRICE * list2.length : 1 << 8;
    e.addFeeBig(BigInt(fee) * e.execFeePicoFactor);
    return new ByteStringItem(multiSigRedeemScriptHash(m, list2));
  }),
  syscall("System.Contract.NativeOnPersist", 0, CallFlags.States, [], (e) => persist(e, TriggerType.OnPersist, "onPersist")),
  syscall("System.Contract.NativePostPersist", 0, CallFlags.States, [], (e) => persist(e, TriggerType.PostPersist, "postPersist"))
];

// dist/neo/interop/crypto.js
function message(engine) {
  if (engine.container === null)
    throw new VMFault("Object reference not set to an instance of an object.");
  return signData(containerHash(engine.container), engine.settings.network);
}
function verifier(engine) {
  return engine.isHardforkEnabled("HF_Gorgon") ? verifySignature : verifySignatureV0;
}
function checkMultisig(engine, pubkeys, signatures) {
  const msg = message(engine);
  const m = signatures.length;
  const n = pubkeys.length;
  if (n === 0)
    throw new VMFault("pubkeys array cannot be empty.");
  if (m === 0)
    throw new VMFault("signatures array cannot be empty.");
  if (m > n)
    throw new VMFault(`signatures count (${m}) cannot be greater than pubkeys count (${n}).`);
  engine.addFeeBig(BigInt(CHECK_SIG_PRICE * n) * engine.execFeePicoFactor);
  const verify3 = verifier(engine);
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (verify3(msg, signatures[i], pubkeys[j]))
      i++;
    j++;
    if (m - i > n - j)
      return false;
  }
  return true;
}
var cryptoSyscalls = [
  /** Pops public key, signature; pushes whether the signature signs the container. */
  syscall("System.Crypto.CheckSig", CHECK_SIG_PRICE, CallFlags.None, [arg("pubkey", "bytes"), arg("signature", "bytes")], (e, [k, s]) => BooleanItem.of(verifier(e)(message(e), s, k))),
  /** Pops public keys, signatures (arrays, or counts followed by items). */
  syscall("System.Crypto.CheckMultisig", 0, CallFlags.None, [arg("pubkeys", "bytes", { elements: "bytes" }), arg("signatures", "bytes", { elements: "bytes" })], (e, [k, s]) => BooleanItem.of(checkMultisig(e, k, s)))
];

// dist/neo/interop/iterator.js
var iterator = arg("iterator", "object", { iface: StorageIterator });
var iteratorSyscalls = [
  /** Pops an iterator; pushes whether it moved to a next entry. */
  syscall("System.Iterator.Next", 1 << 15, CallFlags.None, [iterator], (_e, [it]) => BooleanItem.of(it.next())),
  /** Pops an iterator; pushes its current entry. */
  syscall("System.Iterator.Value", 1 << 4, CallFlags.None, [iterator], (_e, [it]) => it.value())
];

// dist/neo/interop/runtime.js
var MAX_EVENT_NAME = 32;
var MAX_NOTIFICATION_SIZE = 1024;
var hashItem = (h) => h === null ? NULL : new ByteStringItem(h);
function checkItemType(item, type) {
  const t = item.type;
  const any = item.isNull;
  if (t === 16)
    return false;
  const bytesLike = t === 40 || t === 48;
  switch (type) {
    case ParamType.Any:
      return true;
    case ParamType.Boolean:
      return t === 32;
    case ParamType.Integer:
      return t === 33;
    case ParamType.ByteArray:
      return any || bytesLike;
    case ParamType.String:
      if (!bytesLike)
        return false;
      try {
        strictUtf8(item.getSpan());
        return true;
      } catch {
        return false;
      }
    case ParamType.Hash160:
      return any || bytesLike && item.getSpan().length === 20;
    case ParamType.Hash256:
      return any || bytesLike && item.getSpan().length === 32;
    case ParamType.PublicKey:
      return any || bytesLike && item.getSpan().length === 33;
    case ParamType.Signature:
      return any || bytesLike && item.getSpan().length === 64;
    case ParamType.Array:
      return any || t === 64 || t === 65;
    case ParamType.Map:
      return any || t === 72;
    case ParamType.InteropInterface:
      return any || t === 96;
  }
  return false;
}
function notify(engine, eventName, state) {
  if (eventName.length > MAX_EVENT_NAME) {
    throw argumentFault(`Event name size ${eventName.length} exceeds maximum allowed size of ${MAX_EVENT_NAME} bytes`, "eventName");
  }
  const name = strictUtf8(eventName);
  const contract = engine.currentState.contract;
  if (contract === null)
    throw new VMFault("Notifications are not allowed in dynamic scripts.");
  if (engine.isHardforkEnabled("HF_Basilisk")) {
    const ev = contract.manifest.abi.events.find((e) => e.name === name);
    if (ev === void 0)
      throw new VMFault(`Event \`${name}\` does not exist.`);
    if (ev.parameters.length !== state.count) {
      throw new VMFault("The number of the arguments does not match the formal parameters of the event.");
    }
    ev.parameters.forEach((p, i) => {
      if (!checkItemType(state.items[i], p.type)) {
        throw new VMFault(`The type of the argument \`${p.name}\` does not match the formal parameter.`);
      }
    });
  }
  serializeItem(state, MAX_NOTIFICATION_SIZE, engine.limits.maxStackSize);
  engine.sendNotification(engine.currentScriptHash, name, state);
}
function getRandom(engine) {
  let buffer;
  let price2;
  const network = engine.settings.network >>> 0;
  if (engine.isHardforkEnabled("HF_Aspidochelone")) {
    buffer = murmur128(engine.nonceData, network + engine.randomTimes++ >>> 0);
    price2 = 1 << 13;
  } else {
    buffer = engine.nonceData = murmur128(engine.nonceData, network);
    price2 = 1 << 4;
  }
  engine.addFeeBig(BigInt(price2) * engine.execFeePicoFactor);
  let v = 0n;
  for (let i = buffer.length - 1; i >= 0; i--)
    v = v << 8n | BigInt(buffer[i]);
  return integer(v);
}
function checkWitness(engine, hashOrPubkey) {
  let hash2;
  if (hashOrPubkey.length === 20)
    hash2 = hashOrPubkey;
  else if (hashOrPubkey.length === 33)
    hash2 = signatureRedeemScriptHash(ECPoint.decode(hashOrPubkey));
  else
    throw argumentFault("Invalid hashOrPubkey length", "hashOrPubkey");
  return BooleanItem.of(engine.checkWitnessInternal(hash2));
}
function loadScript(engine, script, callFlags, args) {
  if ((callFlags & ~CallFlags.All) !== 0)
    throw outOfRangeFault("callFlags", `Invalid call flags: ${callFlags}`);
  const state = engine.currentState;
  const calling = engine.currentContext;
  const context = engine.loadScriptWith(engine.strictScript(script), -1, 0, (p) => {
    p.callingContext = calling;
    p.callFlags = callFlags & state.callFlags & CallFlags.ReadOnly;
    p.isDynamicCall = true;
  });
  for (let i = args.count - 1; i >= 0; i--)
    context.evaluationStack.push(args.items[i]);
  return void 0;
}
function getNotifications(engine, hash2) {
  const list2 = engine.notifications.filter((n) => hash2 === null || Buffer.compare(n.scriptHash, hash2) === 0);
  if (list2.length > engine.limits.maxStackSize)
    throw new VMFault("Operation is not valid due to the current state of the object.");
  const domovoi = engine.isHardforkEnabled("HF_Domovoi");
  return new ArrayItem(list2.map((n) => new ArrayItem([
    new ByteStringItem(n.scriptHash),
    ByteStringItem.fromString(n.eventName),
    domovoi ? engine.deepCopyImmutable(n.state) : n.state
  ])));
}
var N = CallFlags.None;
var runtimeSyscalls = [
  syscall("System.Runtime.Platform", 1 << 3, N, [], () => ByteStringItem.fromString("NEO")),
  syscall("System.Runtime.GetNetwork", 1 << 3, N, [], (e) => integer(BigInt(e.settings.network >>> 0))),
  syscall("System.Runtime.GetAddressVersion", 1 << 3, N, [], (e) => integerOf(e.settings.addressVersion)),
  syscall("System.Runtime.GetTrigger", 1 << 3, N, [], (e) => integerOf(e.trigger)),
  syscall("System.Runtime.GetTime", 1 << 3, N, [], (e) => integer(e.getTime())),
  syscall("System.Runtime.GetScriptContainer", 1 << 3, N, [], (e) => {
    if (e.container?.kind !== "transaction")
      throw new VMFault("Operation is not valid due to the current state of the object.");
    return transactionToStackItem(e.container.tx);
  }),
  syscall("System.Runtime.GetExecutingScriptHash", 1 << 4, N, [], (e) => hashItem(e.currentScriptHash)),
  syscall("System.Runtime.GetCallingScriptHash", 1 << 4, N, [], (e) => hashItem(e.callingScriptHash)),
  syscall("System.Runtime.GetEntryScriptHash", 1 << 4, N, [], (e) => hashItem(e.entryScriptHash)),
  /** Pops script, call flags, arguments: runs the script as a dynamic call with read-only flags. */
  syscall("System.Runtime.LoadScript", 1 << 15, CallFlags.AllowCall, [arg("script", "bytes"), arg("callFlags", "uint8"), arg("args", "array")], (e, [s, f, a]) => loadScript(e, s, f, a)),
  /** Pops a script hash or a public key; pushes whether it witnesses this call. */
  syscall("System.Runtime.CheckWitness", 1 << 10, N, [arg("hashOrPubkey", "bytes")], (e, [h]) => checkWitness(e, h)),
  syscall("System.Runtime.GetInvocationCounter", 1 << 4, N, [], (e) => integerOf(e.getInvocationCounter())),
  syscall("System.Runtime.GetRandom", 0, N, [], getRandom),
  /** Pops a UTF-8 message of at most 1024 bytes. */
  syscall("System.Runtime.Log", 1 << 15, CallFlags.AllowNotify, [arg("state", "bytes")], (e, [m]) => {
    const bytes4 = m;
    if (bytes4.length > MAX_NOTIFICATION_SIZE) {
      throw argumentFault(`Notification size ${bytes4.length} exceeds maximum allowed size of ${MAX_NOTIFICATION_SIZE} bytes`, "state");
    }
    let text2;
    try {
      text2 = strictUtf8(bytes4);
    } catch {
      throw argumentFault("Failed to convert byte array to string: Invalid UTF-8 sequence", "state");
    }
    e.log(text2);
    return void 0;
  }),
  /** Pops event name, state array. */
  syscall("System.Runtime.Notify", 1 << 15, CallFlags.AllowNotify, [arg("eventName", "bytes"), arg("state", "array")], (e, [n, s]) => {
    notify(e, n, s);
    return void 0;
  }),
  /** Pops a script hash or Null; pushes the notifications sent so far. */
  syscall("System.Runtime.GetNotifications", 1 << 12, N, [arg("hash", "hash160", { nullable: true })], (e, [h]) => getNotifications(e, h)),
  syscall("System.Runtime.GasLeft", 1 << 4, N, [], (e) => integer(e.gasLeft)),
  /** Pops a positive amount of datoshi and charges it. */
  syscall("System.Runtime.BurnGas", 1 << 4, N, [arg("datoshi", "int64")], (e, [d]) => {
    const datoshi = d;
    if (datoshi <= 0n)
      throw new VMFault("GAS must be positive.");
    e.addFeeBig(BigInt.asIntN(64, datoshi * BigInt(FEE_FACTOR)));
    return void 0;
  }),
  syscall("System.Runtime.CurrentSigners", 1 << 4, N, [], (e) => e.container?.kind === "transaction" ? new ArrayItem(e.container.tx.signers.map(signerToStackItem)) : NULL)
];

// dist/neo/interop/storage.js
var MAX_STORAGE_KEY_SIZE = 64;
var MAX_STORAGE_VALUE_SIZE = 65535;
function contextOf(engine, isReadOnly) {
  const contract = getContract(engine.store, engine.currentScriptHash);
  if (contract === null)
    throw new VMFault("This method can only be called by a deployed contract.");
  return new StorageContext(contract.id, isReadOnly);
}
function get(engine, context, key3) {
  const value = engine.store.get(storageKey(context.id, key3));
  return value === void 0 ? NULL : new ByteStringItem(value);
}
function find(engine, context, prefix, options) {
  const has = (f) => (options & f) !== 0;
  if ((options & ~FindOptions.All) !== 0)
    throw outOfRangeFault("options", `Invalid find options: ${options}`);
  if (has(FindOptions.KeysOnly) && has(FindOptions.ValuesOnly | FindOptions.DeserializeValues | FindOptions.PickField0 | FindOptions.PickField1)) {
    throw argumentFault("KeysOnly cannot be used with ValuesOnly, DeserializeValues, PickField0, or PickField1", "options");
  }
  if (has(FindOptions.ValuesOnly) && has(FindOptions.KeysOnly | FindOptions.RemovePrefix)) {
    throw argumentFault("ValuesOnly cannot be used with KeysOnly or RemovePrefix", "options");
  }
  if (has(FindOptions.PickField0) && has(FindOptions.PickField1)) {
    throw argumentFault("PickField0 and PickField1 cannot be used together", "options");
  }
  if (has(FindOptions.PickField0 | FindOptions.PickField1) && !has(FindOptions.DeserializeValues)) {
    throw argumentFault("PickField0 or PickField1 requires DeserializeValues", "options");
  }
  const search = storageKey(context.id, prefix);
  const backward = has(FindOptions.Backwards);
  const store = engine.store;
  return new InteropInterfaceItem(new StorageIterator(() => store.find(search, backward), prefix.length, options));
}
function put(engine, context, key3, value) {
  if (key3.length > MAX_STORAGE_KEY_SIZE) {
    throw argumentFault(`Key length ${key3.length} exceeds maximum allowed size of ${MAX_STORAGE_KEY_SIZE} bytes.`, "key");
  }
  if (value.length > MAX_STORAGE_VALUE_SIZE) {
    throw argumentFault(`Value length ${value.length} exceeds maximum allowed size of ${MAX_STORAGE_VALUE_SIZE} bytes.`, "value");
  }
  if (context.isReadOnly)
    throw argumentFault("StorageContext is read-only", "context");
  const k = storageKey(context.id, key3);
  const old = engine.store.get(k);
  let size;
  if (old === void 0)
    size = key3.length + value.length;
  else if (value.length === 0)
    size = 0;
  else if (value.length <= old.length)
    size = Math.floor((value.length - 1) / 4) + 1;
  else if (old.length === 0)
    size = value.length;
  else
    size = Math.floor((old.length - 1) / 4) + 1 + value.length - old.length;
  engine.addFeeBig(BigInt(size) * BigInt(engine.storagePrice) * BigInt(FEE_FACTOR));
  engine.store.put(k, value);
}
function del(engine, context, key3) {
  if (context.isReadOnly)
    throw argumentFault("StorageContext is read-only", "context");
  engine.store.delete(storageKey(context.id, key3));
}
var ctx = arg("context", "object", { iface: StorageContext });
var key2 = arg("key", "bytes");
var R3 = CallFlags.ReadStates;
var W = CallFlags.WriteStates;
var interop = (x) => new InteropInterfaceItem(x);
var storageSyscalls = [
  syscall("System.Storage.GetContext", 1 << 4, R3, [], (e) => interop(contextOf(e, false))),
  syscall("System.Storage.GetReadOnlyContext", 1 << 4, R3, [], (e) => interop(contextOf(e, true))),
  /** Pops a context; pushes a read-only one for the same contract. */
  syscall("System.Storage.AsReadOnly", 1 << 4, R3, [ctx], (_e, [c]) => interop(c.isReadOnly ? c : new StorageContext(c.id, true))),
  /** Pops context, key; pushes the value or Null. */
  syscall("System.Storage.Get", 1 << 15, R3, [ctx, key2], (e, [c, k]) => get(e, c, k)),
  /** Pops context, prefix, options; pushes an iterator. */
  syscall("System.Storage.Find", 1 << 15, R3, [ctx, arg("prefix", "bytes"), arg("options", "uint8")], (e, [c, p, o]) => find(e, c, p, o)),
  /** Pops context, key, value. */
  syscall("System.Storage.Put", 1 << 15, W, [ctx, key2, arg("value", "bytes")], (e, [c, k, v]) => {
    put(e, c, k, v);
    return void 0;
  }),
  /** Pops context, key. */
  syscall("System.Storage.Delete", 1 << 15, W, [ctx, key2], (e, [c, k]) => {
    del(e, c, k);
    return void 0;
  }),
  syscall("System.Storage.Local.Get", 1 << 15, R3, [key2], (e, [k]) => get(e, contextOf(e, true), k), "HF_Faun"),
  syscall("System.Storage.Local.Find", 1 << 15, R3, [arg("prefix", "bytes"), arg("options", "uint8")], (e, [p, o]) => find(e, contextOf(e, true), p, o), "HF_Faun"),
  syscall("System.Storage.Local.Put", 1 << 15, W, [key2, arg("value", "bytes")], (e, [k, v]) => {
    put(e, contextOf(e, false), k, v);
    return void 0;
  }, "HF_Faun"),
  syscall("System.Storage.Local.Delete", 1 << 15, W, [key2], (e, [k]) => {
    del(e, contextOf(e, false), k);
    return void 0;
  }, "HF_Faun")
];

// dist/neo/interop/table.js
var SYSCALLS = [
  ...contractSyscalls,
  ...cryptoSyscalls,
  ...iteratorSyscalls,
  ...runtimeSyscalls,
  ...storageSyscalls
];
var BY_ID = /* @__PURE__ */ new Map();
var BY_NAME = /* @__PURE__ */ new Map();
for (const s of SYSCALLS) {
  if (BY_ID.has(s.id))
    throw new Error(`syscall id collision: ${s.name}`);
  BY_ID.set(s.id, s);
  BY_NAME.set(s.name, s);
}
function syscallById(id) {
  return BY_ID.get(id);
}

// dist/neo/engine/jump-tables.js
var handler = (name) => {
  for (const group2 of Object.values(HANDLER_GROUPS))
    if (group2[name])
      return group2[name];
  throw new Error(`no handler for ${name}`);
};
var OVERFLOW = "Arithmetic operation resulted in an overflow.";
function int32Index(key3) {
  const v = key3.getInteger();
  if (v < -2147483648n || v > 2147483647n)
    throw new VMFault(OVERFLOW);
  return Number(v);
}
function indexed(name, indexedTypes) {
  const current = handler(name);
  return (engine, instruction) => {
    const stack = engine.currentContext.evaluationStack;
    const setItem = name === "SETITEM";
    const key3 = stack.peek(setItem ? 1 : 0);
    const x = stack.peek(setItem ? 2 : 1);
    if (key3 instanceof PrimitiveType && indexedTypes(x))
      int32Index(key3);
    current(engine, instruction);
  };
}
var isArray = (x) => x instanceof ArrayItem;
var isIndexable = (x) => x instanceof ArrayItem || x instanceof PrimitiveType || x instanceof BufferItem;
var hasKeyBefore543 = (engine, instruction) => {
  const stack = engine.currentContext.evaluationStack;
  const key3 = stack.peek(0);
  const x = stack.peek(1);
  if (key3 instanceof PrimitiveType && (x instanceof ArrayItem || x instanceof BufferItem || x instanceof ByteStringItem)) {
    const index = int32Index(key3);
    if (index < 0)
      throw new VMFault(`The negative index ${index} is invalid for OpCode HASKEY.`);
    stack.pop();
    stack.pop();
    const size = x instanceof ArrayItem ? x.count : x instanceof BufferItem ? x.size : x.size;
    stack.push(BooleanItem.of(index < size));
    return;
  }
  handler("HASKEY")(engine, instruction);
};
function shiftBefore567(name) {
  const current = handler(name);
  return (engine, instruction) => {
    const shift = toInt32(engine.peek(0).getInteger());
    assertShift(engine.limits, shift);
    if (shift === 0) {
      engine.pop();
      return;
    }
    current(engine, instruction);
  };
}
var vulnerableSubstr = (engine, instruction) => {
  const stack = engine.currentContext.evaluationStack;
  const count = toInt32(stack.peek(0).getInteger());
  const index = toInt32(stack.peek(1).getInteger());
  if (count >= 0 && index >= 0 && (index + count | 0) < 0) {
    throw new VMFault("Specified argument was out of the range of valid values.");
  }
  handler("SUBSTR")(engine, instruction);
};
function composeJumpTables(overrides) {
  const before543 = {
    HASKEY: hasKeyBefore543,
    PICKITEM: indexed("PICKITEM", isIndexable),
    SETITEM: indexed("SETITEM", (x) => x instanceof ArrayItem || x instanceof BufferItem),
    REMOVE: indexed("REMOVE", isArray),
    SHL: shiftBefore567("SHL"),
    SHR: shiftBefore567("SHR")
  };
  return {
    gorgon: createJumpTable(overrides),
    notGorgon: createJumpTable({ ...overrides, ...before543 }),
    notEchidna: createJumpTable({ ...overrides, ...before543, SUBSTR: vulnerableSubstr })
  };
}

// dist/neo/engine/witness.js
function matchCondition(c, engine) {
  switch (c.type) {
    case "Boolean":
      return c.expression;
    case "Not":
      return !matchCondition(c.expression, engine);
    case "And":
      return c.expressions.every((e) => matchCondition(e, engine));
    case "Or":
      return c.expressions.some((e) => matchCondition(e, engine));
    case "ScriptHash":
      return equalHash(engine.currentScriptHash, c.hash);
    case "CalledByContract":
      return equalHash(engine.callingScriptHash, c.hash);
    case "CalledByEntry": {
      const state = engine.currentState;
      if (state.callingContext === null)
        return true;
      return contextState(state.callingContext).callingContext === null;
    }
    case "Group": {
      engine.validateCallFlags(CallFlags.ReadStates);
      const contract = getContract(engine.store, engine.currentScriptHash);
      return contract?.manifest.groups.some((g) => g.pubKey.equals(c.group)) ?? false;
    }
    case "CalledByGroup": {
      engine.validateCallFlags(CallFlags.ReadStates);
      const calling = engine.callingScriptHash;
      if (calling === null)
        return false;
      const contract = getContract(engine.store, calling);
      return contract?.manifest.groups.some((g) => g.pubKey.equals(c.group)) ?? false;
    }
  }
}
function checkWitnessInternal(engine, hash2) {
  if (equalHash(hash2, engine.callingScriptHash))
    return true;
  const container = engine.container;
  if (container?.kind === "transaction") {
    let signers = container.tx.signers;
    const response = getAttribute(container.tx, AttributeType.OracleResponse);
    if (response !== void 0) {
      const request2 = oracleRequest(engine.store, oracleResponseId(response));
      signers = ledgerTransaction(engine.store, request2.originalTxid).signers;
    }
    const signer = signers.find((s) => equalHash(s.account, hash2));
    if (signer === void 0)
      return false;
    for (const rule of signerRules(signer)) {
      if (matchCondition(rule.condition, engine))
        return rule.action === "Allow";
    }
    return false;
  }
  if (container === null)
    return false;
  engine.validateCallFlags(CallFlags.ReadStates);
  if (container.kind === "verifiable")
    return container.scriptHashes.some((h) => equalHash(h, hash2));
  return blockScriptHashes(engine, container.block).some((h) => equalHash(h, hash2));
}
function blockScriptHashes(engine, block) {
  if (equalHash(block.header.prevHash, UINT256_ZERO))
    return [hash160(block.header.witness.verificationScript)];
  const prev = trimmedBlock(engine.store, block.header.prevHash);
  if (prev === null)
    throw new VMFault(`Block ${hashToString(block.header.prevHash)} was not found`);
  return [prev.header.nextConsensus];
}

// dist/neo/engine/application-engine.js
var MAX_NOTIFICATION_COUNT = 512;
var TABLES = composeJumpTables({
  CALLT: (engine, instruction) => engine.onCallT(instruction),
  SYSCALL: (engine, instruction) => engine.onSysCall(instruction.tokenU32)
});
var ApplicationEngine = class _ApplicationEngine extends ExecutionEngine {
  trigger;
  container;
  store;
  persistingBlock;
  settings;
  meter;
  /** The execution fee factor in picoGAS per fee unit. */
  execFeePicoFactor;
  storagePrice;
  notificationList = [];
  logs = [];
  onLog;
  invocationCounter = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  /** Contexts loaded with their own snapshot (a checkpoint of the cache). */
  owners = /* @__PURE__ */ new Set();
  baseDepth;
  whitelisted = false;
  forks;
  nativeCache = /* @__PURE__ */ new Map();
  states = /* @__PURE__ */ new Map();
  nonceData;
  randomTimes = 0;
  finished = false;
  static create(opts) {
    return new _ApplicationEngine(opts);
  }
  constructor(opts) {
    const index = opts.persistingBlock?.index ?? ledgerCurrentIndex(opts.store);
    const s = opts.settings;
    const jumpTable = isHardforkEnabled(s, "HF_Gorgon", index) ? TABLES.gorgon : isHardforkEnabled(s, "HF_Echidna", index) ? TABLES.notGorgon : TABLES.notEchidna;
    const hooks = {};
    super({ jumpTable, hooks, ...opts.limits ? { limits: opts.limits } : {} });
    this.trigger = opts.trigger;
    this.container = opts.container;
    this.store = opts.store;
    this.persistingBlock = opts.persistingBlock;
    this.settings = s;
    this.onLog = opts.onLog;
    this.forks = new Set([...s.hardforks.keys()].filter((h) => opts.persistingBlock === null ? true : isHardforkEnabled(s, h, index)));
    const block = opts.persistingBlock;
    if (block?.index === 0) {
      this.execFeePicoFactor = BigInt(DEFAULT_EXEC_FEE_FACTOR * FEE_FACTOR);
      this.storagePrice = DEFAULT_STORAGE_PRICE;
    } else {
      const persistingIndex = block?.index ?? index;
      const raw = execFeeFactorRaw(opts.store);
      if (!isHardforkEnabled(s, "HF_Faun", persistingIndex))
        this.execFeePicoFactor = raw * BigInt(FEE_FACTOR);
      else {
        let f = raw;
        const faunBlock = opts.trigger === TriggerType.OnPersist && persistingIndex > 0 && !isHardforkEnabled(s, "HF_Faun", persistingIndex - 1);
        if (faunBlock)
          f *= BigInt(FEE_FACTOR);
        this.execFeePicoFactor = f;
      }
      this.storagePrice = policyStoragePrice(opts.store);
    }
    this.meter = new FeeMeter(opts.gas, this.execFeePicoFactor);
    this.nonceData = new Uint8Array(16);
    if (opts.container?.kind === "transaction")
      this.nonceData.set(containerHash(opts.container).subarray(0, 16));
    if (block) {
      const view = new DataView(this.nonceData.buffer);
      view.setBigUint64(0, view.getBigUint64(0, true) ^ BigInt.asUintN(64, block.header.nonce), true);
    }
    const meter = this.meter;
    hooks.preExecuteInstruction = (_e, instruction) => {
      if (!this.whitelisted)
        meter.addUnits(PRICES[instruction.opcode]);
    };
    hooks.onFault = () => {
      this.notificationList = [];
    };
    this.baseDepth = this.store.depth;
    this.store.checkpoint();
  }
  // ---- fees -------------------------------------------------------------------------------
  /** Adds picoGAS; faults with "Insufficient GAS." past the limit. */
  addFeeBig(pico) {
    if (!this.whitelisted)
      this.meter.addBig(pico);
  }
  /** The execution fee factor in datoshi, rounded up (`ExecFeeFactor`). */
  get execFeeFactor() {
    return Math.ceil(Number(this.execFeePicoFactor) / FEE_FACTOR);
  }
  /** Datoshi spent (`FeeConsumed`). */
  get feeConsumed() {
    return this.meter.feeConsumed;
  }
  get gasLeft() {
    return this.meter.gasLeft;
  }
  // ---- state ------------------------------------------------------------------------------
  isHardforkEnabled(hf) {
    return this.forks.has(hf);
  }
  get notifications() {
    return this.notificationList;
  }
  getState(key3, factory) {
    if (!this.states.has(key3))
      this.states.set(key3, factory());
    return this.states.get(key3);
  }
  setState(key3, value) {
    this.states.set(key3, value);
  }
  get currentState() {
    return contextState(this.currentContext);
  }
  get currentScriptHash() {
    return this.currentContext ? contextState(this.currentContext).scriptHash : null;
  }
  get callingScriptHash() {
    if (this.currentContext === null)
      return null;
    const state = contextState(this.currentContext);
    return state.nativeCallingScriptHash ?? (state.callingContext ? contextState(state.callingContext).scriptHash : null);
  }
  get entryScriptHash() {
    return this.entryContext ? contextState(this.entryContext).scriptHash : null;
  }
  /** Commits the execution's writes to the cache below (after HALT). */
  commit() {
    this.closeSnapshots(true);
  }
  /** Discards the execution's writes. */
  discard() {
    this.closeSnapshots(false);
  }
  closeSnapshots(keep) {
    if (this.finished)
      return;
    this.finished = true;
    while (this.store.depth > this.baseDepth + 1)
      this.store.revert();
    if (keep)
      this.store.commit();
    else
      this.store.revert();
  }
  // ---- contexts ---------------------------------------------------------------------------
  loadContext(context) {
    const state = contextState(context);
    state.scriptHash ??= scriptHash(context.script);
    const key3 = hashKey(state.scriptHash);
    if (!this.invocationCounter.has(key3))
      this.invocationCounter.set(key3, 1);
    super.loadContext(context);
    this.whitelisted = state.whiteListed;
  }
  /** neo's `LoadScript`: a new context with its own snapshot; `configure` sets its state. */
  loadScriptWith(script, rvCount = -1, initialPosition = 0, configure) {
    const s = script instanceof Script ? script : new Script(script);
    const context = ExecutionContext.create(s, rvCount, this.referenceCounter, initialPosition);
    configure?.(contextState(context));
    this.loadContext(context);
    this.store.checkpoint();
    this.owners.add(context);
    return context;
  }
  loadScript(script, rvCount = -1, initialPosition = 0) {
    return this.loadScriptWith(script, rvCount, initialPosition);
  }
  /** neo's `LoadContract`: the method's context, then `_initialize` on top of it if any. */
  loadContract(contract, method2, callFlags) {
    const context = this.loadScriptWith(contract.nef.script, method2.returnType === ParamType.Void ? 0 : 1, method2.offset, (p) => {
      p.callFlags = callFlags;
      p.scriptHash = contract.hash;
      p.contract = contract;
    });
    const init = getMethod(contract.manifest.abi, "_initialize", 0);
    if (init)
      this.loadContext(context.clone(init.offset));
    return context;
  }
  contextUnloaded(context) {
    super.contextUnloaded(context);
    if (this.owners.delete(context)) {
      const state = contextState(context);
      if (this.uncaughtException === null) {
        this.store.commit();
        if (this.currentContext !== null) {
          contextState(this.currentContext).notificationCount += state.notificationCount;
          if (state.isDynamicCall) {
            const n = context.evaluationStack.count;
            if (n === 0)
              this.push(NULL);
            else if (n > 1)
              throw new VMFault("Multiple return values are not allowed in cross-contract calls.");
          }
        }
      } else {
        this.store.revert();
        if (state.notificationCount > 0)
          this.notificationList.length -= state.notificationCount;
      }
    }
    this.whitelisted = this.currentContext !== null && contextState(this.currentContext).whiteListed;
    const task = this.pending.get(context);
    if (task !== void 0) {
      this.pending.delete(context);
      if (this.uncaughtException !== null)
        throw new VMUnhandledException(this.uncaughtException);
      this.step(task, task.hasReturnValue ? this.pop() : void 0);
    }
  }
  // ---- calls ------------------------------------------------------------------------------
  /** neo's `CallContractInternal` by hash and method name. */
  callContractByName(hash2, method2, flags, hasReturnValue, args) {
    const contract = getContract(this.store, hash2);
    if (contract === null)
      throw new VMFault(`Called Contract Does Not Exist: ${hashToString(hash2)}`);
    const md = getMethod(contract.manifest.abi, method2, args.length);
    if (md === void 0) {
      throw new VMFault(`Method "${method2}" with ${args.length} parameter(s) doesn't exist in the contract ${hashToString(hash2)}.`);
    }
    return this.callContractInternal(contract, md, flags, hasReturnValue, args);
  }
  callContractInternal(contract, method2, flags, hasReturnValue, args) {
    if (isBlocked(this.store, contract.hash)) {
      throw new VMFault(`The contract ${hashToString(contract.hash)} has been blocked.`);
    }
    const current = this.currentContext;
    const state = contextState(current);
    if (method2.safe)
      flags &= ~(CallFlags.WriteStates | CallFlags.AllowNotify);
    else {
      const executing = this.isHardforkEnabled("HF_Domovoi") ? state.contract : getContract(this.store, this.currentScriptHash);
      if (executing !== null && !executing.manifest.permissions.some((p) => permissionAllows(p, contract, method2.name))) {
        throw new VMFault(`Cannot Call Method ${method2.name} Of Contract ${hashToString(contract.hash)} From Contract ${hashToString(this.currentScriptHash)}`);
      }
    }
    const key3 = hashKey(contract.hash);
    this.invocationCounter.set(key3, (this.invocationCounter.get(key3) ?? 0) + 1);
    if (args.length !== method2.parameters.length) {
      throw new VMFault(`Method ${method2.name} Expects ${method2.parameters.length} Arguments But Receives ${args.length} Arguments`);
    }
    if (hasReturnValue !== (method2.returnType !== ParamType.Void)) {
      throw new VMFault("The return value type does not match.");
    }
    const context = this.loadContract(contract, method2, flags & state.callFlags);
    const next = contextState(context);
    next.callingContext = current;
    if (this.isHardforkEnabled("HF_Faun")) {
      const fixed = whitelistFee(this.store, contract.hash, method2);
      if (fixed !== null) {
        this.addFeeBig(BigInt.asIntN(64, fixed * BigInt(FEE_FACTOR)));
        next.whiteListed = true;
        this.whitelisted = contextState(this.currentContext).whiteListed;
      }
    }
    for (let i = args.length - 1; i >= 0; i--)
      context.evaluationStack.push(args[i]);
    return context;
  }
  /** CALLT: a call through the current contract's NEF method token. */
  onCallT(instruction) {
    this.validateCallFlags(CallFlags.ReadStates | CallFlags.AllowCall);
    const contract = this.currentState.contract;
    const tokenId = instruction.tokenU16;
    if (contract === null || tokenId >= contract.nef.tokens.length) {
      throw new VMFault("Operation is not valid due to the current state of the object.");
    }
    const token = contract.nef.tokens[tokenId];
    if (token.parametersCount > this.currentContext.evaluationStack.count) {
      throw new VMFault("Operation is not valid due to the current state of the object.");
    }
    const args = [];
    for (let i = 0; i < token.parametersCount; i++)
      args.push(this.pop());
    this.callContractByName(token.hash, token.method, token.callFlags, token.hasReturnValue, args);
  }
  validateCallFlags(required) {
    const flags = this.currentState.callFlags;
    if ((flags & required) !== required) {
      throw new VMFault(`Cannot call this SYSCALL with the flag ${callFlagsName(flags)}.`);
    }
  }
  /** SYSCALL: neo's `OnSysCall` (flags, fixed price, arguments, handler, result). */
  onSysCall(id) {
    const syscall2 = syscallById(id);
    if (syscall2 === void 0 || syscall2.hardfork !== void 0 && !this.isHardforkEnabled(syscall2.hardfork)) {
      throw new VMFault(`The given key '${id}' was not present in the dictionary.`);
    }
    this.validateCallFlags(syscall2.flags);
    this.addFeeBig(BigInt(syscall2.price) * this.execFeePicoFactor);
    const args = syscall2.params.map((p) => convertArg(this.pop(), p, () => this.pop(), this.limits.maxStackSize));
    const result = syscall2.handler(this, args);
    if (result !== void 0)
      this.push(result);
  }
  // ---- native contracts -------------------------------------------------------------------
  nativeMethods(native) {
    let m = this.nativeCache.get(native.id);
    if (m === void 0) {
      const index = this.persistingBlock?.index ?? ledgerCurrentIndex(this.store);
      m = native.allowedMethods((hf, h) => isHardforkEnabled(this.settings, hf, h), index);
      this.nativeCache.set(native.id, m);
    }
    return m;
  }
  /** The fixed fee (datoshi) of a whitelisted method, or null (Policy, from Faun). */
  whitelistFee(hash2, method2) {
    return whitelistFee(this.store, hash2, method2);
  }
  /** Runs a native task until it completes or awaits a contract call. */
  runNativeTask(task, done) {
    this.step({ task, hasReturnValue: false, done }, void 0);
  }
  step(p, input) {
    const r = p.task.next(input);
    if (r.done) {
      p.done(r.value);
      return;
    }
    const call = r.value;
    const context = this.callContractByName(call.hash, call.method, CallFlags.All, call.hasReturnValue, [
      ...call.args
    ]);
    contextState(context).nativeCallingScriptHash = call.callingScriptHash;
    this.pending.set(context, { task: p.task, hasReturnValue: call.hasReturnValue, done: p.done });
  }
  nativeContract(hash2) {
    return nativeByHash(hash2);
  }
  get natives() {
    return natives();
  }
  // ---- runtime services -------------------------------------------------------------------
  getInvocationCounter() {
    const key3 = hashKey(this.currentScriptHash);
    let n = this.invocationCounter.get(key3);
    if (n === void 0)
      this.invocationCounter.set(key3, n = 1);
    return n;
  }
  checkWitnessInternal(hash2) {
    return checkWitnessInternal(this, hash2);
  }
  getTime() {
    if (this.persistingBlock === null)
      throw new VMFault("GetTime can only be called with Application trigger.");
    return this.persistingBlock.header.timestamp;
  }
  /** neo's `SendNotification`: at most 512 per Application execution from Echidna. */
  sendNotification(hash2, eventName, state) {
    if (this.isHardforkEnabled("HF_Echidna") && this.trigger === TriggerType.Application && this.notificationList.length >= MAX_NOTIFICATION_COUNT) {
      throw new VMFault(`Maximum number of notifications \`${MAX_NOTIFICATION_COUNT}\` is reached.`);
    }
    this.notificationList.push({ scriptHash: hash2, eventName, state: deepCopy(state, true) });
    this.currentState.notificationCount++;
  }
  /** A script for `System.Runtime.LoadScript`, checked in strict mode. */
  strictScript(bytes4) {
    return new Script(bytes4, true);
  }
  deepCopyImmutable(item) {
    return deepCopy(item, true);
  }
  log(message2) {
    const entry = { scriptHash: this.currentScriptHash, message: message2 };
    this.logs.push(entry);
    this.onLog?.(entry);
  }
};
var PRICES = Int32Array.from(OPCODE_PRICE_TABLE);
var scriptHashes = /* @__PURE__ */ new WeakMap();
function scriptHash(script) {
  let h = scriptHashes.get(script);
  if (h === void 0)
    scriptHashes.set(script, h = hash160(script.bytes));
  return h;
}

// dist/neo/chain/execute.js
function faultMessage(error) {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error && e.message === "Exception has been thrown by the target of an invocation.") {
    e = e.cause;
  }
  return e instanceof Error ? e.message : String(e);
}
function resultOf(engine, script) {
  const halted = engine.state === "HALT";
  return {
    state: halted ? "HALT" : "FAULT",
    gasConsumed: engine.feeConsumed,
    exception: halted ? null : faultMessage(engine.faultException),
    stack: [...engine.resultStack.items],
    notifications: [...engine.notifications],
    logs: [...engine.logs],
    script
  };
}
function runScript(opts) {
  const engine = new ApplicationEngine({
    trigger: opts.trigger ?? TriggerType.Application,
    container: opts.container,
    store: opts.store,
    persistingBlock: opts.persistingBlock,
    settings: opts.settings,
    gas: opts.gas
  });
  try {
    engine.loadScript(opts.script);
    engine.execute();
  } catch (error) {
    engine.discard();
    throw error;
  }
  const result = resultOf(engine, opts.script);
  if (result.state === "HALT" && opts.commit !== false)
    engine.commit();
  else
    engine.discard();
  return result;
}

// dist/neo/chain/fees.js
var SIGNATURE_CONTRACT_COST = OPCODE_PRICES.PUSHDATA1 * 2 + OPCODE_PRICES.SYSCALL + CHECK_SIG_PRICE;
function pushPrice(n) {
  return OPCODE_PRICE_TABLE[new ScriptBuilder().emitPush(BigInt(n)).toArray()[0]];
}
function multiSigContractCost(m, n) {
  return OPCODE_PRICES.PUSHDATA1 * (m + n) + pushPrice(m) + pushPrice(n) + OPCODE_PRICES.SYSCALL + CHECK_SIG_PRICE * n;
}
function multiSigShape(script) {
  let i = 0;
  const readCount = () => {
    const b = script[i];
    if (b >= 17 && b <= 32) {
      i++;
      return b - 16;
    }
    if (b === 0) {
      i += 2;
      return script[i - 1];
    }
    if (b === 1) {
      i += 3;
      return script[i - 2] | script[i - 1] << 8;
    }
    return null;
  };
  if (script.length < 42)
    return null;
  const m = readCount();
  if (m === null)
    return null;
  let n = 0;
  while (script[i] === 12 && script[i + 1] === 33) {
    i += 35;
    n++;
  }
  const n2 = readCount();
  if (n2 !== n || m < 1 || m > n || i + 5 !== script.length || script[i] !== 65)
    return null;
  return [m, n];
}
function calculateNetworkFee(tx, store, settings, scriptOf) {
  const w = new BinaryWriter();
  writeUnsigned(w, tx);
  let size = w.length + varIntSize(tx.signers.length);
  const index = ledgerCurrentIndex(store) + 1;
  const raw = execFeeFactorRaw(store);
  const execFeeFactor = isHardforkEnabled(settings, "HF_Faun", index) ? raw / BigInt(FEE_FACTOR) : raw;
  let fee = 0n;
  let budget = TEST_MODE_GAS;
  for (const signer of tx.signers) {
    const script = scriptOf(signer.account);
    if (script === null || script.length === 0) {
      const contract = getContract(store, signer.account);
      if (contract === null)
        throw new NeoTransactionError(`no key or contract for signer ${hashToString(signer.account)}`);
      const md = getMethod(contract.manifest.abi, "verify", -1);
      if (md === void 0 || md.returnType !== ParamType.Boolean) {
        throw new NeoTransactionError(`contract ${hashToString(contract.hash)} has no boolean verify method`);
      }
      const inv = new ScriptBuilder();
      for (const p of md.parameters) {
        if (p.type === ParamType.Boolean)
          inv.emitPush(true);
        else if (p.type === ParamType.Integer)
          inv.emit("PUSHINT256", new Uint8Array(32));
        else if (p.type === ParamType.Hash160)
          inv.emitPush(new Uint8Array(20));
        else if (p.type === ParamType.Hash256)
          inv.emitPush(new Uint8Array(32));
        else if (p.type === ParamType.PublicKey)
          inv.emitPush(new Uint8Array(33));
        else if (p.type === ParamType.Array)
          inv.emit("NEWARRAY0");
        else
          inv.emitPush(new Uint8Array(64));
      }
      const invocation = inv.toArray();
      size += 1 + varIntSize(invocation.length) + invocation.length;
      const engine = new ApplicationEngine({
        trigger: TriggerType.Verification,
        container: txContainer(tx),
        store,
        persistingBlock: null,
        settings,
        gas: budget
      });
      try {
        engine.loadContract(contract, md, CallFlags.ReadOnly);
        if (md.parameters.length > 0)
          engine.loadScriptWith(invocation, -1, 0, (s) => s.callFlags = CallFlags.None);
        engine.execute();
      } finally {
        engine.discard();
      }
      budget -= engine.feeConsumed;
      if (budget <= 0n)
        throw new NeoTransactionError("Insufficient GAS for the verification of the witnesses.");
      fee += engine.feeConsumed;
    } else if (isSignatureContract(script)) {
      size += 67 + varIntSize(script.length) + script.length;
      fee += execFeeFactor * BigInt(SIGNATURE_CONTRACT_COST);
    } else {
      const shape = multiSigShape(script);
      if (shape === null)
        throw new NeoTransactionError("unsupported verification script");
      const inv = 66 * shape[0];
      size += varIntSize(inv) + inv + varIntSize(script.length) + script.length;
      fee += execFeeFactor * BigInt(multiSigContractCost(shape[0], shape[1]));
    }
  }
  return fee + BigInt(size) * feePerByte(store);
}

// dist/neo/chain/persist.js
var ON_PERSIST = new ScriptBuilder().emitSysCall(interopId("System.Contract.NativeOnPersist")).toArray();
var POST_PERSIST = new ScriptBuilder().emitSysCall(interopId("System.Contract.NativePostPersist")).toArray();
var GENESIS_TIMESTAMP = 1468595301000n;
var GENESIS_NONCE = 2083236893n;
function genesisBlock(settings) {
  const header = {
    version: 0,
    prevHash: UINT256_ZERO,
    merkleRoot: UINT256_ZERO,
    timestamp: GENESIS_TIMESTAMP,
    nonce: GENESIS_NONCE,
    index: 0,
    primaryIndex: 0,
    nextConsensus: bftAddress(standbyValidators(settings)),
    witness: { invocationScript: new Uint8Array(0), verificationScript: Uint8Array.of(17) }
  };
  return makeBlock(header, []);
}
function system(store, settings, block, trigger, script) {
  const r = runScript({ store, settings, script, container: null, persistingBlock: block, gas: 0n, trigger });
  if (r.state !== "HALT") {
    const what = trigger === TriggerType.OnPersist ? "OnPersist" : "PostPersist";
    throw new NeoTransactionError(`block ${block.index}: ${what} failed: ${r.exception}`);
  }
  return r;
}
function persistBlock(store, settings, block) {
  store.checkpoint();
  try {
    const onPersist = system(store, settings, block, TriggerType.OnPersist, ON_PERSIST);
    const transactions = block.transactions.map((tx) => {
      const r = runScript({
        store,
        settings,
        script: tx.script,
        container: txContainer(tx),
        persistingBlock: block,
        gas: tx.systemFee
      });
      setTransactionVMState(store, tx, block.index, r.state === "HALT" ? VMStateCode.HALT : VMStateCode.FAULT);
      return r;
    });
    const postPersist = system(store, settings, block, TriggerType.PostPersist, POST_PERSIST);
    store.commit();
    return { onPersist, transactions, postPersist };
  } catch (error) {
    store.revert();
    throw error;
  }
}

// dist/neo/chain/chain.js
var CONFIG_KEY = namespacedKey("neo", "c/config");
var CONTRACT_CALL = interopId("System.Contract.Call");
var GENESIS_ACCOUNT = "genesis";
var NeoChain = class _NeoChain {
  cache;
  store;
  config;
  settings;
  validatorKeys;
  clock;
  accountList;
  constructor(cache, config, clock) {
    this.cache = cache;
    this.store = new NeoStore(cache);
    this.config = config;
    this.validatorKeys = config.validators.map(fromWif);
    this.clock = clock;
    const hardforks = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(config.hardforks))
      hardforks.set(k, v);
    this.settings = makeSettings({
      network: config.network,
      addressVersion: config.addressVersion,
      standbyCommittee: this.validatorKeys.map((k) => k.publicKey),
      validatorsCount: this.validatorKeys.length,
      millisecondsPerBlock: config.millisecondsPerBlock,
      maxValidUntilBlockIncrement: config.maxValidUntilBlockIncrement,
      maxTraceableBlocks: config.maxTraceableBlocks,
      initialGasDistribution: BigInt(config.initialGasDistribution),
      hardforks
    });
  }
  /** Opens the chain kept in `cache`, creating it (and its genesis block) when there is none. */
  /** Whether `cache` holds a chain (open creates one when it does not). */
  static exists(cache) {
    return cache.get(CONFIG_KEY) !== void 0;
  }
  static open(cache, options = {}) {
    const clock = options.clock ?? (() => BigInt(Date.now()));
    const stored = cache.get(CONFIG_KEY);
    if (stored !== void 0) {
      let config2;
      try {
        config2 = JSON.parse(Buffer.from(stored).toString("utf8"));
      } catch {
        throw new NeoArgumentError("the Neo chain configuration in this store is corrupt");
      }
      return new _NeoChain(cache, config2, clock);
    }
    const s = options.settings ?? {};
    const hardforks = {};
    for (const [k, v] of s.hardforks ?? ALL_HARDFORKS_AT_GENESIS)
      hardforks[k] = v;
    const validators = options.validators ?? [randomKeyPair()];
    if (validators.length === 0)
      throw new NeoArgumentError("a chain needs at least one validator key");
    const config = {
      version: 1,
      network: s.network ?? randomBytes(4).readUInt32LE(0),
      addressVersion: s.addressVersion ?? 53,
      millisecondsPerBlock: s.millisecondsPerBlock ?? 15e3,
      maxValidUntilBlockIncrement: s.maxValidUntilBlockIncrement ?? 5760,
      maxTraceableBlocks: s.maxTraceableBlocks ?? 2102400,
      initialGasDistribution: String(s.initialGasDistribution ?? 5200000000000000n),
      hardforks,
      validators: validators.map(toWif),
      accounts: []
    };
    const chain = new _NeoChain(cache, config, clock);
    chain.saveConfig();
    if (!ledgerInitialized(chain.store))
      persistBlock(chain.store, chain.settings, genesisBlock(chain.settings));
    cache.flush();
    return chain;
  }
  saveConfig() {
    this.cache.put(CONFIG_KEY, utf8(JSON.stringify(this.config)));
  }
  get height() {
    return ledgerCurrentIndex(this.store);
  }
  get currentHash() {
    return ledgerCurrentHash(this.store);
  }
  // ---- accounts -------------------------------------------------------------------------
  /** The committee account (multisig of the validators), holding the genesis NEO and GAS. */
  get genesisAccount() {
    const n = this.validatorKeys.length;
    return multiSigAccount(GENESIS_ACCOUNT, n - Math.floor((n - 1) / 2), this.validatorKeys, this.settings.addressVersion);
  }
  get validators() {
    return this.validatorKeys.map((k, i) => standardAccount(`node${i + 1}`, k, this.settings.addressVersion));
  }
  /** The genesis account, the validators' and the wallet's (decoded once per change). */
  accounts() {
    this.accountList ??= [
      this.genesisAccount,
      ...this.validators,
      ...this.config.accounts.map((a) => standardAccount(a.name, fromWif(a.wif), this.settings.addressVersion))
    ];
    return [...this.accountList];
  }
  createAccount(name, key3 = randomKeyPair()) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
      throw new NeoArgumentError(`account name ${JSON.stringify(name)}: use letters, digits, '_', '.' or '-'`);
    }
    if (this.accounts().some((a) => a.name === name))
      throw new NeoArgumentError(`account ${name} already exists`);
    this.config = { ...this.config, accounts: [...this.config.accounts, { name, wif: toWif(key3) }] };
    this.accountList = void 0;
    this.saveConfig();
    this.cache.flush();
    return standardAccount(name, key3, this.settings.addressVersion);
  }
  /** An account by name, address or script hash (0x...). */
  account(id) {
    const all = this.accounts();
    const byName = all.find((a) => a.name === id);
    if (byName)
      return byName;
    let hash2;
    try {
      hash2 = id.startsWith("0x") ? parseUInt160(id) : addressToScriptHash(id, this.settings.addressVersion);
    } catch {
      hash2 = void 0;
    }
    const found = hash2 && all.find((a) => equalHash(a.scriptHash, hash2));
    if (found)
      return found;
    throw new NeoArgumentError(`unknown account ${JSON.stringify(id)} (not a wallet account name, address or hash)`);
  }
  keyedAccount(hash2) {
    return this.accounts().find((a) => equalHash(a.scriptHash, hash2));
  }
  // ---- contracts ------------------------------------------------------------------------
  getContract(hash2) {
    return getContract(this.store, hash2);
  }
  /** A deployed contract by hash (0x...) or by manifest name (natives by name too). */
  resolveContract(id) {
    if (/^0x[0-9a-fA-F]{40}$/.test(id)) {
      const c = getContract(this.store, parseUInt160(id));
      if (c)
        return c;
    } else {
      const lower = id.toLowerCase();
      for (const [k] of this.store.find(new Uint8Array([255, 255, 255, 255, 8]))) {
        const c = getContract(this.store, k.subarray(5));
        if (c.manifest.name.toLowerCase() === lower || c.manifest.name.toLowerCase() === `${lower}token`)
          return c;
      }
    }
    throw new NeoArgumentError(`no contract ${JSON.stringify(id)} is deployed`);
  }
  // ---- transactions ---------------------------------------------------------------------
  signers(specs) {
    if (specs.length === 0)
      throw new NeoArgumentError("at least one signer is required");
    const seen = /* @__PURE__ */ new Set();
    return specs.map((s) => {
      const account = "scriptHash" in s.account ? s.account.scriptHash : s.account;
      if (seen.has(hashKey(account)))
        throw new NeoArgumentError(`signer ${hashToString(account)} is given twice`);
      seen.add(hashKey(account));
      const scopes = s.scopes ?? WitnessScope.CalledByEntry;
      const lists = [
        [WitnessScope.CustomContracts, "allowedContracts", s.allowedContracts],
        [WitnessScope.CustomGroups, "allowedGroups", s.allowedGroups],
        [WitnessScope.WitnessRules, "rules", s.rules]
      ];
      for (const [flag, name, list2] of lists) {
        if ((list2?.length ?? 0) > 0 && (scopes & flag) === 0)
          throw new NeoArgumentError(`signer ${hashToString(account)}: ${name} given without the ${scopeName(flag)} scope`);
      }
      return {
        account,
        scopes,
        allowedContracts: s.allowedContracts ?? [],
        allowedGroups: s.allowedGroups ?? [],
        rules: s.rules ?? []
      };
    });
  }
  /** The block a test-mode invocation runs in: the next one, never persisted. */
  nextBlockTemplate(transactions = []) {
    const prev = trimmedBlock(this.store, this.currentHash).header;
    let timestamp = this.clock();
    if (timestamp <= prev.timestamp)
      timestamp = prev.timestamp + 1n;
    const header = {
      version: 0,
      prevHash: this.currentHash,
      merkleRoot: merkleRoot(transactions.map(transactionHash)),
      timestamp,
      nonce: randomBytes(8).readBigUInt64LE(0),
      index: prev.index + 1,
      primaryIndex: 0,
      nextConsensus: prev.nextConsensus,
      witness: { invocationScript: new Uint8Array(0), verificationScript: new Uint8Array(0) }
    };
    return makeBlock(header, transactions);
  }
  /** Runs a script in test mode (neo's RPC `invokescript`): nothing is kept. */
  test(script, signers = [], gas = MAX_GAS_INVOKE) {
    const tx = {
      version: 0,
      nonce: randomBytes(4).readUInt32LE(0),
      systemFee: 0n,
      networkFee: 0n,
      validUntilBlock: this.height + this.settings.maxValidUntilBlockIncrement,
      signers: signers.length > 0 ? this.signers(signers) : [],
      attributes: [],
      script,
      witnesses: []
    };
    return runScript({
      store: this.store,
      settings: this.settings,
      script,
      container: signers.length > 0 ? txContainer(tx) : null,
      persistingBlock: this.nextBlockTemplate(),
      gas,
      commit: false
    });
  }
  /** A signed transaction: system fee from a test run, network fee as neo's wallet computes it. */
  makeTransaction(script, signerSpecs, systemFee) {
    const signers = this.signers(signerSpecs);
    const fee = systemFee ?? this.test(script, signerSpecs, 200000000000n).gasConsumed;
    const base = {
      version: 0,
      nonce: randomBytes(4).readUInt32LE(0),
      systemFee: fee,
      networkFee: 0n,
      validUntilBlock: this.height + maxValidUntilBlockIncrement(this.store),
      signers,
      attributes: [],
      script,
      witnesses: []
    };
    const scriptOf = (h) => this.keyedAccount(h)?.verificationScript ?? null;
    const networkFee = calculateNetworkFee(base, this.store, this.settings, scriptOf);
    const unsigned = { ...base, networkFee };
    const data = signData(transactionHash(unsigned), this.settings.network);
    const witnesses = signers.map((s) => {
      const account = this.keyedAccount(s.account);
      return account ? witness(account, data) : { invocationScript: new Uint8Array(0), verificationScript: new Uint8Array(0) };
    });
    return { ...unsigned, witnesses };
  }
  /** Puts the transactions in a new block, persists it and flushes it to the store. */
  persist(transactions) {
    for (const tx of transactions)
      this.checkTransaction(tx);
    const block = this.signBlock(this.nextBlockTemplate(transactions));
    const r = persistBlock(this.store, this.settings, block);
    this.cache.flush();
    return { block, results: [...r.transactions] };
  }
  /** Sends a script as a transaction in its own block. */
  send(script, signers, systemFee) {
    const tx = this.makeTransaction(script, signers, systemFee);
    const { block, results } = this.persist([tx]);
    return { tx, block, result: results[0] };
  }
  checkTransaction(tx) {
    if (transactionSize(tx) > MAX_TRANSACTION_SIZE)
      throw new NeoTransactionError("the transaction is larger than 102,400 bytes");
    const sender = tx.signers[0].account;
    const balance = gasToken.balanceOf(this.store, sender);
    if (balance < tx.systemFee + tx.networkFee) {
      throw new NeoTransactionError(`insufficient GAS: ${hashToString(sender)} holds ${balance} datoshi, the transaction needs ${tx.systemFee + tx.networkFee}`);
    }
    if (tx.validUntilBlock <= this.height)
      throw new NeoTransactionError("the transaction has expired");
  }
  signBlock(block) {
    const nextConsensus = this.bftAccount().scriptHash;
    const header = { ...block.header, nextConsensus };
    const data = signData(headerHash(header), this.settings.network);
    const signed = { ...header, witness: witness(this.bftAccount(), data) };
    return makeBlock(signed, block.transactions);
  }
  bftAccount() {
    const n = this.validatorKeys.length;
    return multiSigAccount("validators", n - Math.floor((n - 1) / 3), this.validatorKeys, this.settings.addressVersion);
  }
  /** Persists `count` empty blocks. */
  advance(count = 1) {
    for (let i = 0; i < count; i++)
      this.persist([]);
  }
  // ---- conveniences ---------------------------------------------------------------------
  /** The script of a dynamic call (neo's `EmitDynamicCall`). */
  static callScript(hash2, method2, args, callFlags = 15) {
    const sb = new ScriptBuilder();
    pushItems(sb, args);
    sb.emitPush(BigInt(callFlags)).emitPush(method2).emitPush(hash2).emitSysCall(CONTRACT_CALL);
    return sb.toArray();
  }
  /** Deploys a NEF and manifest from `signer` (the sender); returns the contract hash. */
  deploy(nef, manifest, signer, data = NULL) {
    const parsed = parseNef(nef);
    const m = parseManifest(manifest);
    const manifestBytes = typeof manifest === "string" ? utf8(manifest) : manifest;
    const sender = "scriptHash" in signer.account ? signer.account.scriptHash : signer.account;
    const hash2 = contractHash(sender, parsed.checksum, m.name);
    if (getContract(this.store, hash2) !== null) {
      throw new NeoTransactionError(`contract ${m.name} (${hashToString(hash2)}) is already deployed by this sender`);
    }
    const script = _NeoChain.callScript(contractManagement.hash, "deploy", [
      bytesItem(nef),
      bytesItem(manifestBytes),
      data
    ]);
    return { ...this.send(script, [signer]), hash: hash2 };
  }
};
function bytesItem(b) {
  return new ByteStringItem(b);
}
function pushItems(sb, items2) {
  if (items2.length === 0) {
    sb.emit("NEWARRAY0");
    return;
  }
  for (let i = items2.length - 1; i >= 0; i--)
    pushItem(sb, items2[i]);
  sb.emitPush(BigInt(items2.length)).emit("PACK");
}
function pushItem(sb, item) {
  if (item instanceof NullItem)
    sb.emit("PUSHNULL");
  else if (item instanceof BooleanItem)
    sb.emitPush(item.value);
  else if (item instanceof IntegerItem)
    sb.emitPush(item.value);
  else if (item instanceof ByteStringItem)
    sb.emitPush(item.bytes);
  else if (item instanceof ArrayItem)
    pushItems(sb, item.items);
  else if (item instanceof MapItem) {
    const entries = item.entries();
    for (let i = entries.length - 1; i >= 0; i--) {
      pushItem(sb, entries[i][1]);
      pushItem(sb, entries[i][0]);
    }
    sb.emitPush(BigInt(entries.length)).emit("PACKMAP");
  } else
    throw new NeoArgumentError(`cannot push an argument of type ${item.constructor.name}`);
}

// dist/neo/testing/runner.js
import { readFileSync as readFileSync2 } from "node:fs";
import { dirname, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

// dist/neo/testing/case-items.js
var obj2 = (v, where) => {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof JsonNumber) {
    throw new NeoArgumentError(`${where}: expected an object`);
  }
  return v;
};
function hex2(v, where) {
  if (v === void 0 || v === null || v === "")
    return new Uint8Array(0);
  if (typeof v !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(v))
    throw new NeoArgumentError(`${where}: expected 0x hex`);
  return Uint8Array.from(Buffer.from(v.slice(2), "hex"));
}
function integerOf2(v, where) {
  const s = v instanceof JsonNumber ? v.raw : v;
  if (typeof s !== "string" || !/^-?\d+$/.test(s))
    throw new NeoArgumentError(`${where}: expected an integer`);
  return BigInt(s);
}
function expectedCanon(v, where) {
  const o = obj2(v, where);
  const type = String(o.type);
  switch (type.toLowerCase()) {
    case "null":
    case "any":
      return { type: "Null" };
    case "boolean":
      if (typeof o.value !== "boolean")
        throw new NeoArgumentError(`${where}: expected a boolean value`);
      return { type: "Boolean", value: o.value };
    case "integer":
      return { type: "Integer", value: integerOf2(o.value, where).toString() };
    case "bytestring":
      return { type: "ByteString", value: Buffer.from(hex2(o.value, where)).toString("hex") };
    case "string":
      return { type: "ByteString", value: Buffer.from(String(o.value ?? ""), "utf8").toString("hex") };
    case "buffer":
      return { type: "Buffer", value: Buffer.from(hex2(o.value, where)).toString("hex") };
    case "hash160":
      return { type: "ByteString", value: Buffer.from(parseUInt160(String(o.value))).toString("hex") };
    case "hash256":
      return { type: "ByteString", value: Buffer.from(parseUInt256(String(o.value))).toString("hex") };
    case "array":
    case "struct": {
      const list2 = o.value;
      if (!Array.isArray(list2))
        throw new NeoArgumentError(`${where}: expected a list`);
      return {
        type: type.toLowerCase() === "array" ? "Array" : "Struct",
        value: list2.map((x, i) => expectedCanon(x, `${where}[${i}]`))
      };
    }
    case "map": {
      const m = obj2(o.value ?? {}, where);
      return {
        type: "Map",
        value: Object.entries(m).map(([k, x]) => [k.toLowerCase(), expectedCanon(x, `${where}.${k}`)])
      };
    }
    case "interop":
    case "interopinterface":
      return { type: "InteropInterface" };
    case "pointer":
      return { type: "Pointer", value: Number(integerOf2(o.value, where)) };
  }
  throw new NeoArgumentError(`${where}: unknown stack item type '${type}'`);
}
function actualCanon(item, seen = /* @__PURE__ */ new Set()) {
  if (item instanceof NullItem)
    return { type: "Null" };
  if (item instanceof BooleanItem)
    return { type: "Boolean", value: item.value };
  if (item instanceof IntegerItem)
    return { type: "Integer", value: item.value.toString() };
  if (item instanceof ByteStringItem)
    return { type: "ByteString", value: Buffer.from(item.bytes).toString("hex") };
  if (item instanceof BufferItem)
    return { type: "Buffer", value: Buffer.from(item.bytes).toString("hex") };
  if (item instanceof InteropInterfaceItem)
    return { type: "InteropInterface" };
  if (item instanceof PointerItem)
    return { type: "Pointer", value: item.position };
  if (item instanceof ArrayItem) {
    if (seen.has(item))
      return { type: "Cycle" };
    seen.add(item);
    const value2 = item.items.map((x) => actualCanon(x, seen));
    seen.delete(item);
    return { type: item instanceof StructItem ? "Struct" : "Array", value: value2 };
  }
  const map = item;
  if (seen.has(map))
    return { type: "Cycle" };
  seen.add(map);
  const value = map.entries().map(([k, v]) => [`0x${Buffer.from(k.memory()).toString("hex")}`, actualCanon(v, seen)]);
  seen.delete(map);
  return { type: "Map", value };
}
function emitArg(sb, v, where) {
  const o = obj2(v, where);
  const type = String(o.type).toLowerCase();
  switch (type) {
    case "null":
    case "any":
      sb.emit("PUSHNULL");
      return;
    case "boolean":
      sb.emitPush(o.value === true);
      return;
    case "integer":
      sb.emitPush(integerOf2(o.value, where));
      return;
    case "string":
      sb.emitPush(Buffer.from(String(o.value ?? ""), "utf8"));
      return;
    case "bytestring":
    case "buffer":
      sb.emitPush(hex2(o.value, where));
      return;
    case "hash160":
      sb.emitPush(parseUInt160(String(o.value)));
      return;
    case "hash256":
      sb.emitPush(parseUInt256(String(o.value)));
      return;
    case "array":
      if (!Array.isArray(o.value))
        throw new NeoArgumentError(`${where}: expected a list`);
      emitArgs(sb, o.value, where);
      return;
  }
  throw new NeoArgumentError(`${where}: cannot push an argument of type '${o.type}'`);
}
function emitArgs(sb, args, where) {
  if (args.length === 0) {
    sb.emit("NEWARRAY0");
    return;
  }
  for (let i = args.length - 1; i >= 0; i--)
    emitArg(sb, args[i], `${where}[${i}]`);
  sb.emitPush(BigInt(args.length)).emit("PACK");
}
function checkResult(item, spec) {
  const o = obj2(spec, "Result");
  const as = String(o.As);
  if (item === void 0)
    return "Result: the result stack is empty";
  const describe = () => JSON.stringify(actualCanon(item));
  const isBytes = item instanceof ByteStringItem;
  switch (as) {
    case "Integer": {
      const want = integerOf2(o.Value, "Result.Value");
      let got;
      if (item instanceof IntegerItem)
        got = item.value;
      else if (item instanceof BooleanItem)
        got = item.value ? 1n : 0n;
      else if (isBytes && item.bytes.length <= 32)
        got = bigIntFromLE(item.bytes);
      return got === want ? null : `Result: expected Integer ${want}, got ${describe()}`;
    }
    case "Boolean": {
      const want = o.Value === true;
      let got;
      if (item instanceof NullItem)
        got = void 0;
      else if (item instanceof IntegerItem)
        got = item.value !== 0n;
      else if (item instanceof BooleanItem)
        got = item.value;
      else if (isBytes)
        got = item.bytes.length <= 32 ? item.bytes.some((b) => b !== 0) : void 0;
      else
        got = true;
      return got === want ? null : `Result: expected Boolean ${want}, got ${describe()}`;
    }
    case "String":
    case "Bytes": {
      const want = as === "String" ? Buffer.from(String(o.Value), "utf8") : Buffer.from(hex2(o.Value, "Result.Value"));
      const ok = item instanceof IntegerItem || item instanceof BooleanItem || isBytes || item instanceof BufferItem ? Buffer.compare(Buffer.from(item.getSpan()), want) === 0 : false;
      return ok ? null : `Result: expected ${as} ${JSON.stringify(o.Value)}, got ${describe()}`;
    }
    case "NotNull":
      return item instanceof NullItem ? "Result: expected a non-null item, got Null" : null;
    case "Array": {
      if (!(item instanceof ArrayItem))
        return `Result: expected an Array, got ${describe()}`;
      if (o.Count !== void 0 && item.count !== Number(integerOf2(o.Count, "Result.Count"))) {
        return `Result: expected ${o.Count} elements, got ${item.count}`;
      }
      if (o.Elements !== void 0) {
        for (const [k, e] of Object.entries(obj2(o.Elements, "Result.Elements"))) {
          const got = item.items[Number(k)];
          const want = JSON.stringify(expectedCanon(e, `Result.Elements.${k}`));
          if (got === void 0 || JSON.stringify(actualCanon(got)) !== want) {
            return `Result: element ${k}: expected ${want}, got ${got ? JSON.stringify(actualCanon(got)) : "nothing"}`;
          }
        }
      }
      return null;
    }
  }
  throw new NeoArgumentError(`Result: unknown "As" ${JSON.stringify(as)}`);
}

// dist/neo/testing/runner.js
var CONTRACT_CALL2 = interopId("System.Contract.Call");
var num = (v, dflt) => v === void 0 || v === null ? dflt : BigInt(v instanceof JsonNumber ? v.raw : String(v));
function loadCaseFile(path) {
  let text2;
  try {
    const raw = readFileSync2(path);
    text2 = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  } catch (error) {
    throw new NeoArgumentError(`${path}: cannot read: ${error.message}`);
  }
  let json;
  try {
    json = parseJson(text2);
  } catch (error) {
    throw new NeoArgumentError(`${path}: not JSON: ${error.message}`);
  }
  if (!Array.isArray(json))
    throw new NeoArgumentError(`${path}: expected a JSON array of fixtures`);
  json.forEach((f, i) => {
    if (f === null || typeof f !== "object" || Array.isArray(f) || typeof f.Name !== "string") {
      throw new NeoArgumentError(`${path}: fixture ${i}: expected an object with a Name`);
    }
    if (!Array.isArray(f.Execute))
      throw new NeoArgumentError(`${path}: fixture ${i}: Execute must be a list`);
  });
  return { path, fixtures: json };
}
function settingsOf(protocol) {
  if (protocol === void 0)
    return makeSettings();
  const hf = protocol.Hardforks;
  const hardforks = /* @__PURE__ */ new Map();
  if (hf === void 0)
    for (const [h, v] of ALL_HARDFORKS_AT_GENESIS)
      hardforks.set(h, v);
  else {
    for (const [k, v] of Object.entries(hf)) {
      if (!HARDFORKS.includes(k))
        throw new NeoArgumentError(`Protocol.Hardforks: unknown ${k}`);
      hardforks.set(k, Number(num(v, 0n)));
    }
  }
  const o = { hardforks };
  const n = (k) => protocol[k] === void 0 ? void 0 : Number(num(protocol[k], 0n));
  const set = (key3, v) => {
    if (v !== void 0)
      o[key3] = v;
  };
  set("network", n("Network"));
  set("addressVersion", n("AddressVersion"));
  set("validatorsCount", n("ValidatorsCount"));
  set("millisecondsPerBlock", n("MillisecondsPerBlock"));
  set("maxValidUntilBlockIncrement", n("MaxValidUntilBlockIncrement"));
  set("maxTraceableBlocks", n("MaxTraceableBlocks"));
  if (protocol.InitialGasDistribution !== void 0)
    o.initialGasDistribution = num(protocol.InitialGasDistribution, 0n);
  if (Array.isArray(protocol.StandbyCommittee)) {
    o.standbyCommittee = protocol.StandbyCommittee.map((k) => ECPoint.parse(String(k)));
  }
  return makeSettings(o);
}
function b64(v, where) {
  if (typeof v !== "string")
    throw new NeoArgumentError(`${where}: expected base64`);
  return Uint8Array.from(Buffer.from(v, "base64"));
}
function putStorage(store, storage) {
  if (storage === void 0 || storage === null)
    return;
  for (const [k, v] of Object.entries(storage))
    store.put(Uint8Array.from(Buffer.from(k, "base64")), b64(v, `Storage.${k}`));
}
var setups = /* @__PURE__ */ new Map();
var SETUP_KEYS = [
  "Protocol",
  "PreExecution",
  "Environment",
  "Signature",
  "Block",
  "Signers",
  "Transaction",
  "GasLimit",
  "Deploy"
];
var geneses = /* @__PURE__ */ new Map();
function genesisState(f) {
  const key3 = stringifyLossless(f.Protocol ?? null);
  let ops = geneses.get(key3);
  if (ops === void 0) {
    const settings = settingsOf(f.Protocol);
    const cache = new JournaledCache(new MemoryStore());
    persistBlock(new NeoStore(cache), settings, genesisBlock(settings));
    ops = cache.changes();
    geneses.set(key3, ops);
  }
  return ops;
}
function setup(f, dir) {
  const key3 = `${dir}|${stringifyLossless(SETUP_KEYS.map((k) => f[k] ?? null))}`;
  const cached = setups.get(key3);
  const memory = new MemoryStore();
  const genesis = cached ? [] : genesisState(f);
  memory.batch(cached ? cached.ops : genesis);
  const fixture = build(f, dir, new JournaledCache(memory), cached === void 0);
  if (cached)
    for (const [k, v] of cached.contracts)
      fixture.contracts.set(k, v);
  else {
    if (setups.size >= 64)
      setups.clear();
    setups.set(key3, {
      ops: [...genesis, ...fixture.store.cache.changes()],
      contracts: new Map(fixture.contracts)
    });
  }
  return fixture;
}
function build(f, dir, cache, fresh) {
  const settings = settingsOf(f.Protocol);
  const store = new NeoStore(cache);
  const genesis = genesisBlock(settings);
  if (fresh)
    putStorage(store, f.PreExecution?.Storage);
  const b = f.Block;
  const header = b ? {
    ...genesis.header,
    index: Number(num(b.Index, 1n)),
    timestamp: num(b.Timestamp, 0n),
    nonce: num(b.Nonce, 0n)
  } : { ...genesis.header, index: 1, timestamp: 0n, nonce: 0n, nextConsensus: new Uint8Array(20) };
  const block = makeBlock(header, []);
  const committee = getCommitteeAddress(store);
  const env = f.Environment;
  if (fresh && env?.Policy)
    applyPolicy(store, settings, block, committee, env.Policy);
  if (fresh)
    putStorage(store, env?.Storage);
  const signersJson = f.Signers;
  const signers = signersJson ? signersJson.map((s, _i) => {
    const o = s;
    return {
      account: parseUInt160(String(o.Account)),
      scopes: parseScopes(String(o.Scopes ?? "CalledByEntry")),
      allowedContracts: [],
      allowedGroups: [],
      rules: []
    };
  }) : null;
  const t = f.Transaction ?? {};
  const signed = f.Signature?.SignedByCommittee === true;
  const container = (script) => {
    if (signers === null) {
      return { kind: "verifiable", hash: new Uint8Array(32), scriptHashes: signed ? [committee] : [] };
    }
    const tx = {
      version: Number(num(t.Version, 0n)),
      nonce: Number(num(t.Nonce, 0x01020304n)),
      systemFee: num(t.SystemFee, 0n),
      networkFee: num(t.NetworkFee, 2000000000n),
      validUntilBlock: Number(num(t.ValidUntilBlock, 0n)),
      signers,
      attributes: [],
      script,
      witnesses: []
    };
    return { kind: "transaction", tx };
  };
  const fixture = {
    settings,
    store,
    block,
    gas: num(f.GasLimit, 2000000000n),
    container,
    sender: signers?.[0]?.account ?? null,
    contracts: /* @__PURE__ */ new Map()
  };
  if (fresh)
    for (const [i, d] of (f.Deploy ?? []).entries())
      deploy2(fixture, d, dir, i);
  return fixture;
}
function applyPolicy(store, settings, block, committee, p) {
  const policy2 = nativeByName("PolicyContract").hash;
  const faun = isHardforkEnabled(settings, "HF_Faun", block.index);
  const exec = num(p.ExecutionFee, 300000n);
  const sb = new ScriptBuilder();
  const call = (method2, value) => {
    sb.emitPush(value).emitPush(1n).emit("PACK").emitPush(15n).emitPush(method2).emitPush(policy2).emitSysCall(CONTRACT_CALL2).emit("DROP");
  };
  call("setFeePerByte", num(p.FeePerByte, 1000n));
  call("setStoragePrice", num(p.StorageFee, 100000n));
  call("setExecFeeFactor", faun ? exec : exec / 10000n);
  const r = runScript({
    store,
    settings,
    script: sb.toArray(),
    container: { kind: "verifiable", hash: new Uint8Array(32), scriptHashes: [committee] },
    persistingBlock: block,
    gas: 2000000000n
  });
  if (r.state !== "HALT")
    throw new NeoArgumentError(`Environment.Policy: the policy script faulted: ${r.exception}`);
}
function readBytesOrPath(v, dir, ext, where) {
  if (typeof v === "string" && v.endsWith(ext)) {
    try {
      return Uint8Array.from(readFileSync2(resolve(dir, v)));
    } catch (error) {
      throw new NeoArgumentError(`${where}: cannot read ${v}: ${error.message}`);
    }
  }
  if (typeof v === "string")
    return b64(v, where);
  return Uint8Array.from(Buffer.from(stringifyLossless(v)));
}
function stringifyLossless(v) {
  if (v instanceof JsonNumber)
    return v.raw;
  if (v === null || typeof v !== "object")
    return JSON.stringify(v);
  if (Array.isArray(v))
    return `[${v.map(stringifyLossless).join(",")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${stringifyLossless(x)}`).join(",")}}`;
}
function deploy2(fx, d, dir, i) {
  const where = `Deploy[${i}]`;
  const nef = readBytesOrPath(d.Nef, dir, ".nef", `${where}.Nef`);
  const manifest = readBytesOrPath(d.Manifest, dir, ".json", `${where}.Manifest`);
  const cm = nativeByName("ContractManagement").hash;
  const sb = new ScriptBuilder();
  if (d.Data === void 0)
    sb.emit("PUSHNULL");
  else
    emitArg(sb, d.Data, `${where}.Data`);
  sb.emitPush(manifest).emitPush(nef).emitPush(3n).emit("PACK").emitPush(15n).emitPush("deploy").emitPush(cm).emitSysCall(CONTRACT_CALL2);
  const r = execute(fx, sb.toArray());
  if (r.state !== "HALT")
    throw new NeoArgumentError(`${where}: deployment faulted: ${r.exception}`);
  if (fx.sender === null)
    throw new NeoArgumentError(`${where}: a deployment needs Signers`);
  const parsed = parseNef(nef);
  const name = JSON.parse(Buffer.from(manifest).toString("utf8")).name;
  fx.contracts.set(String(d.Name), contractHash(fx.sender, parsed.checksum, name));
}
function execute(fx, script) {
  return runScript({
    store: fx.store,
    settings: fx.settings,
    script,
    container: fx.container(script),
    persistingBlock: fx.block,
    gas: fx.gas
  });
}
function resolveContract(fx, name) {
  const deployed = fx.contracts.get(name);
  if (deployed)
    return deployed;
  if (name.startsWith("0x"))
    return parseUInt160(name);
  const native = nativeByName(name);
  if (native)
    return native.hash;
  throw new NeoArgumentError(`unknown contract ${JSON.stringify(name)}`);
}
function stepScript(fx, step, where) {
  if (step.Script !== void 0)
    return b64(step.Script, `${where}.Script`);
  const hash2 = resolveContract(fx, String(step.Contract));
  const sb = new ScriptBuilder();
  emitArgs(sb, step.Args ?? [], `${where}.Args`);
  sb.emitPush(num(step.CallFlags, 15n)).emitPush(String(step.Method)).emitPush(hash2).emitSysCall(CONTRACT_CALL2);
  return sb.toArray();
}
function checkStep(fx, step, r, where) {
  const state = String(step.State ?? "HALT");
  if (r.state !== state)
    return `${where}: expected ${state}, got ${r.state}${r.exception ? ` (${r.exception})` : ""}`;
  if (step.Fee !== void 0 && r.gasConsumed !== num(step.Fee, 0n)) {
    return `${where}: expected fee ${num(step.Fee, 0n)}, got ${r.gasConsumed}`;
  }
  if (step.Exception !== void 0 && !(r.exception ?? "").includes(String(step.Exception))) {
    return `${where}: expected an exception containing ${JSON.stringify(step.Exception)}, got ${JSON.stringify(r.exception)}`;
  }
  const top = [...r.stack].reverse();
  if (step.Stack !== void 0) {
    const want = JSON.stringify(step.Stack.map((x, i) => expectedCanon(x, `${where}.Stack[${i}]`)));
    const got = JSON.stringify(top.map((x) => actualCanon(x)));
    if (want !== got)
      return `${where}: stack: expected ${want}, got ${got}`;
  }
  if (step.Result !== void 0) {
    const e = checkResult(top[0], step.Result);
    if (e)
      return `${where}: ${e}`;
  }
  if (step.Notifications !== void 0) {
    const want = step.Notifications.map((n) => ({
      contract: hashToString(resolveContract(fx, String(n.Contract))),
      event: String(n.EventName),
      state: expectedCanon(n.State, `${where}.Notifications`)
    }));
    const got = r.notifications.map((n) => ({
      contract: hashToString(n.scriptHash),
      event: n.eventName,
      state: actualCanon(n.state)
    }));
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      return `${where}: notifications: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
    }
  }
  if (step.Logs !== void 0) {
    const want = JSON.stringify(step.Logs);
    const got = JSON.stringify(r.logs.map((l) => l.message));
    if (want !== got)
      return `${where}: logs: expected ${want}, got ${got}`;
  }
  return null;
}
function runFixture(file, f) {
  const name = `${file.path} > ${String(f.Name)}`;
  const steps = f.Execute.length;
  let stepsPassed = 0;
  let feesMatched = 0;
  const outcome = (error) => ({
    name,
    pass: error === null,
    error,
    steps,
    stepsPassed,
    feesMatched
  });
  try {
    const fx = setup(f, dirname(file.path));
    for (const [i, s] of f.Execute.entries()) {
      const step = s;
      const where = `step ${i}${step.Line !== void 0 ? ` (line ${step.Line})` : ""}`;
      const r = execute(fx, stepScript(fx, step, where));
      const error = checkStep(fx, step, r, where);
      if (error)
        return outcome(error);
      stepsPassed++;
      if (step.Fee !== void 0)
        feesMatched++;
    }
    return outcome(null);
  } catch (error) {
    return outcome(error instanceof Error ? error.message : String(error));
  }
}
function isCaseFile(path) {
  return (path.endsWith(".json") || path.endsWith(".json.gz")) && !/\.manifest\.json(\.gz)?$/.test(path);
}

// dist/neo/chain/rpc-json.js
import { randomUUID } from "node:crypto";
function stackItemToRpcJson(item, seen = /* @__PURE__ */ new Set()) {
  if (item instanceof NullItem)
    return { type: "Any" };
  if (item instanceof BooleanItem)
    return { type: "Boolean", value: item.value };
  if (item instanceof IntegerItem)
    return { type: "Integer", value: item.value.toString() };
  if (item instanceof ByteStringItem)
    return { type: "ByteString", value: Buffer.from(item.bytes).toString("base64") };
  if (item instanceof BufferItem)
    return { type: "Buffer", value: Buffer.from(item.bytes).toString("base64") };
  if (item instanceof PointerItem)
    return { type: "Pointer", value: item.position };
  if (item instanceof InteropInterfaceItem) {
    return item.value instanceof StorageIterator ? { type: "InteropInterface", interface: "IIterator", id: randomUUID() } : { type: "InteropInterface" };
  }
  if (item instanceof ArrayItem || item instanceof MapItem) {
    if (seen.has(item))
      throw new Error("Circular reference.");
    seen.add(item);
    const value = item instanceof MapItem ? item.entries().map(([k, v]) => ({ key: stackItemToRpcJson(k, seen), value: stackItemToRpcJson(v, seen) })) : item.items.map((x) => stackItemToRpcJson(x, seen));
    seen.delete(item);
    return { type: item instanceof MapItem ? "Map" : item instanceof StructItem ? "Struct" : "Array", value };
  }
  throw new Error(`unknown stack item ${String(item)}`);
}
function invokeResultToJson(r) {
  return {
    script: Buffer.from(r.script).toString("base64"),
    state: r.state,
    gasconsumed: r.gasConsumed.toString(),
    exception: r.exception,
    notifications: r.notifications.map((n) => ({
      eventname: n.eventName,
      contract: hashToString(n.scriptHash),
      state: stackItemToRpcJson(n.state)
    })),
    stack: r.stack.map((x) => {
      try {
        return stackItemToRpcJson(x);
      } catch (error) {
        return `error: ${error.message}`;
      }
    })
  };
}

export {
  ECPoint,
  hashToString,
  parseUInt160,
  parseContractArg,
  parseManifest,
  parseNef,
  WitnessScope,
  serializeTransaction,
  transactionHash,
  FEE_FACTOR,
  MAX_GAS_INVOKE,
  DEFAULT_EXEC_FEE_FACTOR,
  OPCODE_PRICE_TABLE,
  storageKey,
  gasToken,
  neoToken,
  FeeMeter,
  fromWif,
  NeoChain,
  stackItemToRpcJson,
  invokeResultToJson,
  loadCaseFile,
  runFixture,
  isCaseFile
};
