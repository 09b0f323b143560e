import {
  assertBytes,
  assertString
} from "./chunk-IXTBPKQN.js";
import {
  InvalidArgumentError
} from "./chunk-XXQMZ22L.js";

// dist/core/base58.js
var ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
var DIGIT = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));
function base58Encode(bytes) {
  assertBytes(bytes, "base58Encode: bytes");
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0)
    zeros++;
  let n = 0n;
  for (const b of bytes)
    n = n << 8n | BigInt(b);
  let out = "";
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  return "1".repeat(zeros) + out;
}
function base58Decode(text) {
  assertString(text, "base58Decode: text");
  let zeros = 0;
  while (zeros < text.length && text[zeros] === "1")
    zeros++;
  let n = 0n;
  for (const c of text) {
    const d = DIGIT.get(c);
    if (d === void 0)
      throw new InvalidArgumentError(`'${c}' is not a base58 character`);
    n = n * 58n + d;
  }
  const body = [];
  while (n > 0n) {
    body.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return Uint8Array.from([...new Array(zeros).fill(0), ...body]);
}

export {
  base58Encode,
  base58Decode
};
