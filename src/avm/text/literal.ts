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
  const magnitude = BigInt(m[2]!.replaceAll('_', ''));
  const type = m[3]!;
  const value = negative ? -magnitude : magnitude;
  if (isIntegerType(type)) {
    if (value < integerMin(type) || value > integerMax(type))
      throw new AleoValueError(`${text}: out of range for ${type}`);
    return { type, value: value === 0n ? 0n : value };
  }
  if (type === 'field' || type === 'scalar') {
    const p = type === 'field' ? FIELD_MODULUS : SCALAR_MODULUS;
    if (magnitude >= p) throw new AleoValueError(`${text}: not less than the ${type} modulus`);
    return { type, value: negative && magnitude !== 0n ? p - magnitude : magnitude };
  }
  // group: the x-coordinate of a subgroup point.
  if (magnitude >= FIELD_MODULUS) throw new AleoValueError(`${text}: not less than the field modulus`);
  const x = negative && magnitude !== 0n ? FIELD_MODULUS - magnitude : magnitude;
  const point = x === 0n ? IDENTITY : pointFromX(x);
  if (!point) throw new AleoValueError(`${text}: not the x-coordinate of a point in the group`);
  return { type: 'group', value: point };
}

function parseStringLiteral(text: string): string {
  if (text.length < 2 || !text.endsWith('"')) throw new AleoValueError(`unterminated string ${text}`);
  try {
    return JSON.parse(text) as string;
  } catch {
    throw new AleoValueError(`invalid string ${text}`);
  }
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
      return JSON.stringify(l.value);
    default:
      return `${l.value}${l.type}`;
  }
}

export function negateGroup(p: AffinePoint): AffinePoint {
  return pointNeg(p);
}
