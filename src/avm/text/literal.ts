/**
 * Literals in snarkVM's text form (console/types/<type>/parse.rs): `true`, `5u8`, `-3i16`,
 * `1field`, `0group` (the x-coordinate), `7scalar`, `aleo1…` (bech32m of the x-coordinate,
 * 32 bytes little-endian), `"text"`. Underscores are allowed between digits.
 */
import { GENERATOR, IDENTITY, pointFromX, pointNeg } from '../arith/curve.js';
import { FIELD_MODULUS, SCALAR_MODULUS } from '../arith/modular.js';
import { AleoCryptoError, AleoDecodeError, addressToString, parseAddress } from '../crypto/index.js';
import { AleoValueError } from '../errors.js';
import { signatureFromText, signatureToText } from '../instructions/crypto-ops.js';
import { type AffinePoint, INTEGER_TYPES, type IntegerType, type Literal } from '../values.js';

export function integerBits(t: IntegerType): number {
  return Number(t.slice(1));
}

export function isSigned(t: IntegerType): boolean {
  return t[0] === 'i';
}

export function integerMin(t: IntegerType): bigint {
  return isSigned(t) ? -(1n << BigInt(integerBits(t) - 1)) : 0n;
}

export function integerMax(t: IntegerType): bigint {
  const bits = BigInt(integerBits(t));
  return isSigned(t) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
}

export function isIntegerType(t: string): t is IntegerType {
  return (INTEGER_TYPES as readonly string[]).includes(t);
}

const NUMERIC = /^(-?)([0-9][0-9_]*)(u8|u16|u32|u64|u128|i8|i16|i32|i64|i128|field|group|scalar)$/;

export function addressToText(point: AffinePoint): string {
  return addressToString(point);
}

export function addressFromText(text: string): AffinePoint {
  try {
    return parseAddress(text);
  } catch (e) {
    if (e instanceof AleoDecodeError || e instanceof AleoCryptoError)
      throw new AleoValueError(`invalid address ${text}: ${e.shortMessage}`);
    throw e;
  }
}

export function leBytes(v: bigint, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = v;
  for (let i = 0; i < n; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

export function fromLeBytes(bytes: Uint8Array): bigint {
  let x = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(bytes[i]!);
  return x;
}

/** Parses one literal; throws AleoValueError naming the text. */
export function parseLiteral(text: string): Literal {
  if (text === 'true' || text === 'false') return { type: 'boolean', value: text === 'true' };
  if (text.startsWith('aleo1')) return { type: 'address', value: addressFromText(text) };
  if (text.startsWith('sign1')) return { type: 'signature', value: signatureFromText(text) };
  if (text === 'group::GEN') return { type: 'group', value: GENERATOR };
  if (text.startsWith('"')) return { type: 'string', value: parseStringLiteral(text) };
  const m = NUMERIC.exec(text);
  if (!m) throw new AleoValueError(`invalid literal ${JSON.stringify(text)}`);
  const negative = m[1] === '-';
  const digits = m[2]!.replaceAll('_', '');
  const magnitude = BigInt(digits);
  const type = m[3]!;
  if (isIntegerType(type)) {
    // Rust's `str::parse` of the primitive: leading zeros are fine, a '-' on an unsigned is not.
    if (negative && !isSigned(type))
      throw new AleoValueError(`${text}: an unsigned integer cannot be negative`);
    const value = negative ? -magnitude : magnitude;
    if (value < integerMin(type) || value > integerMax(type))
      throw new AleoValueError(`${text}: out of range for ${type}`);
    return { type, value: value === 0n ? 0n : value };
  }
  // snarkVM's Fp256::from_str: no leading zero (except "0" itself); the digits are read as a
  // field element, so a value at or above the modulus is reduced modulo it.
  if (digits.length > 1 && digits[0] === '0')
    throw new AleoValueError(`${text}: leading zeros are not allowed`);
  if (type === 'field' || type === 'scalar') {
    const p = type === 'field' ? FIELD_MODULUS : SCALAR_MODULUS;
    const v = magnitude % p;
    return { type, value: negative && v !== 0n ? p - v : v };
  }
  // group: the x-coordinate (a field element) of a subgroup point; `-` negates the point.
  const x0 = magnitude % FIELD_MODULUS;
  const point = x0 === 0n ? IDENTITY : pointFromX(x0);
  if (!point) throw new AleoValueError(`${text}: not the x-coordinate of a point in the group`);
  return { type: 'group', value: negative ? pointNeg(point) : point };
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '\\': '\\',
  '/': '/',
  '"': '"',
};

/** Code points snarkVM's string parser refuses (controls but \t \n \r, DEL, bidi overrides). */
function unsupportedChar(code: number): boolean {
  if (code > 0x2069) return false;
  if (code < 0x202a) return code <= 31 ? code < 9 || code > 13 || code === 11 || code === 12 : code === 127;
  return code <= 0x202e || code >= 0x2066;
}

/**
 * A string literal as snarkVM's string_parser reads it: escapes \n \r \t \b \f \\ \/ \"
 * and \u{1-6 hex digits}, a backslash before whitespace drops that whitespace, raw newlines
 * are kept; at most 255 UTF-8 bytes (MAX_STRING_BYTES).
 */
function parseStringLiteral(text: string): string {
  if (text.length < 2 || !text.endsWith('"')) throw new AleoValueError(`unterminated string ${text}`);
  const end = text.length - 1;
  let out = '';
  let i = 1;
  while (i < end) {
    const c = text[i]!;
    if (c === '\\') {
      const n = text[i + 1] ?? '';
      const hex = n === 'u' ? /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2)) : null;
      if (hex) {
        const cp = Number.parseInt(hex[1]!, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          throw new AleoValueError(`invalid unicode escape in string ${text}`);
        out += String.fromCodePoint(cp);
        i += 2 + hex[0].length;
      } else if (n in ESCAPES && n !== 'u') {
        out += ESCAPES[n];
        i += 2;
      } else {
        let j = i + 1;
        while (j < end && ' \t\r\n'.includes(text[j]!)) j++;
        if (j === i + 1) throw new AleoValueError(`invalid escape in string ${text}`);
        i = j;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (c === '"' || unsupportedChar(cp)) throw new AleoValueError(`invalid character in string ${text}`);
    out += String.fromCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  const size = new TextEncoder().encode(out).length;
  if (size > 255) throw new AleoValueError(`Attempted to allocate a string of size ${size}`);
  return out;
}

export function literalToText(l: Literal): string {
  switch (l.type) {
    case 'boolean':
      return l.value ? 'true' : 'false';
    case 'address':
      return addressToText(l.value);
    case 'group':
      return `${l.value.x}group`;
    case 'signature':
      return signatureToText(l.value);
    case 'string':
      // snarkVM's StringType Display: the raw content between quotes, nothing escaped.
      return `"${l.value}"`;
    default:
      return `${l.value}${l.type}`;
  }
}

export function negateGroup(p: AffinePoint): AffinePoint {
  return pointNeg(p);
}
