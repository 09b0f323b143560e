import {
  InvalidArgumentError,
  InvalidHexError
} from "./chunk-XXQMZ22L.js";

// dist/core/assert.js
function assertBytes(value, label, length) {
  if (value instanceof Uint8Array && (length === void 0 || value.length === length))
    return;
  if (!(value instanceof Uint8Array)) {
    throw new InvalidArgumentError(`${label}: expected Uint8Array, got ${describe(value)}`);
  }
  throw new InvalidArgumentError(`${label}: expected ${length} bytes, got ${value.length}`);
}
function assertSafeInteger(value, label, min = 0, max = Number.MAX_SAFE_INTEGER) {
  if (Number.isSafeInteger(value) && value >= min && value <= max)
    return;
  throw new InvalidArgumentError(`${label}: expected an integer in [${min}, ${max}], got ${describe(value)}`);
}
function assertBigInt(value, label, min = 0n, max) {
  if (typeof value === "bigint" && value >= min && (max === void 0 || value <= max))
    return;
  throw new InvalidArgumentError(`${label}: expected a bigint in [${min}, ${max ?? "\u221E"}], got ${describe(value)}`);
}
function assertUint(value, label, bits) {
  if (typeof value === "bigint" && value >= 0n && value >> BigInt(bits) === 0n)
    return;
  throw new InvalidArgumentError(`${label}: expected a ${bits}-bit unsigned bigint, got ${describe(value)}`);
}
function assertObject(value, label) {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array))
    return;
  throw new InvalidArgumentError(`${label}: expected an object, got ${describe(value)}`);
}
function assertOneOf(value, label, allowed) {
  if (allowed.includes(value))
    return;
  const shown = allowed.length > 16 ? `${allowed.slice(0, 16).join(", ")}, \u2026` : allowed.join(", ");
  throw new InvalidArgumentError(`${label}: expected one of ${shown}, got ${describe(value)}`);
}
function assertArray(value, label, each) {
  if (!Array.isArray(value))
    throw new InvalidArgumentError(`${label}: expected an array, got ${describe(value)}`);
  for (let i = 0; i < value.length; i++)
    each(value[i], `${label}[${i}]`);
}
function assertString(value, label) {
  if (typeof value === "string")
    return;
  throw new InvalidArgumentError(`${label}: expected a string, got ${describe(value)}`);
}
function assertFunction(value, label) {
  if (typeof value === "function")
    return;
  throw new InvalidArgumentError(`${label}: expected a function, got ${describe(value)}`);
}
function describe(value) {
  if (value === null)
    return "null";
  if (value instanceof Uint8Array)
    return `Uint8Array(${value.length})`;
  if (Array.isArray(value))
    return "array";
  if (typeof value === "bigint")
    return `${value}n`;
  if (typeof value === "number")
    return String(value);
  if (typeof value === "string")
    return value.length > 40 ? "string" : JSON.stringify(value);
  return typeof value;
}

// dist/core/bytes.js
import { bytesToHex as nobleBytesToHex, hexToBytes as nobleHexToBytes } from "@noble/hashes/utils.js";
import { concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
var HEX_RE = /^[0-9a-fA-F]*$/;
function strip0x(hex) {
  assertString(hex, "hex");
  return hex.startsWith("0x") || hex.startsWith("0X") ? hex.slice(2) : hex;
}
function hexToBytes(hex, label = "hex") {
  if (typeof hex !== "string")
    throw new InvalidHexError(`${label}: expected a hex string, got ${typeof hex}`);
  const body = strip0x(hex);
  if (body.length % 2 !== 0) {
    throw new InvalidHexError(`${label}: odd number of hex digits (${body.length})`);
  }
  if (!HEX_RE.test(body)) {
    const at = body.search(/[^0-9a-fA-F]/);
    throw new InvalidHexError(`${label}: invalid hex character ${JSON.stringify(body[at])} at offset ${at}`);
  }
  return nobleHexToBytes(body);
}
function bytesToHex(bytes) {
  assertBytes(bytes, "bytes");
  return nobleBytesToHex(bytes);
}
function bytesToPrefixedHex(bytes) {
  assertBytes(bytes, "bytes");
  return `0x${nobleBytesToHex(bytes)}`;
}
function equalBytes(a, b) {
  assertBytes(a, "a");
  assertBytes(b, "b");
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return false;
  return true;
}
function compareBytes(a, b) {
  assertBytes(a, "a");
  assertBytes(b, "b");
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0)
      return d;
  }
  return a.length - b.length;
}

export {
  assertBytes,
  assertSafeInteger,
  assertBigInt,
  assertUint,
  assertObject,
  assertOneOf,
  assertArray,
  assertString,
  assertFunction,
  hexToBytes,
  bytesToHex,
  bytesToPrefixedHex,
  equalBytes,
  compareBytes,
  concatBytes,
  utf8ToBytes
};
