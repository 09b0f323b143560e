/**
 * EIP-712 typed structured data hashing (eips.ethereum.org/EIPS/eip-712): encodeType with
 * the referenced struct types sorted after the primary one, encodeData field by field
 * (atomic types as one word, `string` and `bytes` as their keccak, arrays as the keccak
 * of their encoded elements, structs as their hashStruct), and the signing digest
 * keccak256(0x1901 || domainSeparator || hashStruct(message)).
 */
import { keccak_256 } from '../core/keccak.js';
import { invalidParams } from './errors.js';

type Field = { name: string; type: string };
type Types = Record<string, Field[]>;

export interface TypedData {
  types: Types;
  primaryType: string;
  domain: Record<string, unknown>;
  message: Record<string, unknown>;
}

const DOMAIN_FIELDS: Field[] = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
  { name: 'salt', type: 'bytes32' },
];

const baseType = (t: string) => t.replace(/(\[\d*\])+$/, '');

function deps(primary: string, types: Types, found = new Set<string>()): Set<string> {
  if (found.has(primary) || !types[primary]) return found;
  found.add(primary);
  for (const f of types[primary]!) deps(baseType(f.type), types, found);
  return found;
}

export function encodeType(primary: string, types: Types): string {
  const [, ...rest] = [...deps(primary, types)];
  return [primary, ...rest.sort()]
    .map((t) => `${t}(${types[t]!.map((f) => `${f.type} ${f.name}`).join(',')})`)
    .join('');
}

const word = (n: bigint) => {
  const b = new Uint8Array(32);
  let x = n;
  for (let i = 31; i >= 0; i--) {
    b[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return b;
};

function bytesOf(v: unknown, what: string): Uint8Array {
  if (typeof v !== 'string' || !/^0x([0-9a-f]{2})*$/i.test(v))
    throw invalidParams(`typed data: ${what}: hex bytes expected`);
  return Uint8Array.from(Buffer.from(v.slice(2), 'hex'));
}

function num(v: unknown, what: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-f]+|-?\d+)$/i.test(v)) return BigInt(v);
  if (typeof v === 'bigint') return v;
  throw invalidParams(`typed data: ${what}: number expected`);
}

function encodeValue(type: string, v: unknown, types: Types, what: string): Uint8Array {
  const arr = /^(.*)\[(\d*)\]$/.exec(type);
  if (arr) {
    if (!Array.isArray(v)) throw invalidParams(`typed data: ${what}: array expected`);
    if (arr[2] !== '' && v.length !== Number(arr[2]))
      throw invalidParams(`typed data: ${what}: ${arr[2]} elements expected`);
    return keccak_256(Buffer.concat(v.map((x, i) => encodeValue(arr[1]!, x, types, `${what}[${i}]`))));
  }
  if (types[type]) return hashStruct(type, v as Record<string, unknown>, types, what);
  if (type === 'string') {
    if (typeof v !== 'string') throw invalidParams(`typed data: ${what}: string expected`);
    return keccak_256(Buffer.from(v, 'utf8'));
  }
  if (type === 'bytes') return keccak_256(bytesOf(v, what));
  if (type === 'bool') return word(v === true || v === 'true' ? 1n : 0n);
  if (type === 'address') return word(num(v, what));
  const bn = /^bytes(\d+)$/.exec(type);
  if (bn) {
    const b = bytesOf(v, what);
    const out = new Uint8Array(32);
    out.set(b.subarray(0, 32));
    return out;
  }
  const int = /^(u?)int(\d*)$/.exec(type);
  if (int) {
    const n = num(v, what);
    return word(n < 0n ? (1n << 256n) + n : n);
  }
  throw invalidParams(`typed data: ${what}: unknown type ${type}`);
}

export function hashStruct(
  type: string,
  value: Record<string, unknown>,
  types: Types,
  what = type,
): Uint8Array {
  if (typeof value !== 'object' || value === null)
    throw invalidParams(`typed data: ${what}: object expected`);
  const parts: Uint8Array[] = [keccak_256(Buffer.from(encodeType(type, types)))];
  for (const f of types[type]!) parts.push(encodeValue(f.type, value[f.name], types, `${what}.${f.name}`));
  return keccak_256(Buffer.concat(parts));
}

export function typedDataDigest(input: unknown): Uint8Array {
  const td = (typeof input === 'string' ? safeParse(input) : input) as TypedData;
  if (
    typeof td !== 'object' ||
    td === null ||
    typeof td.types !== 'object' ||
    typeof td.primaryType !== 'string'
  )
    throw invalidParams('typed data: { types, primaryType, domain, message } expected');
  const domain = td.domain ?? {};
  const types: Types = { ...td.types };
  types.EIP712Domain ??= DOMAIN_FIELDS.filter((f) => domain[f.name] !== undefined);
  if (!types[td.primaryType])
    throw invalidParams(`typed data: primary type ${td.primaryType} is not defined`);
  const sep = hashStruct('EIP712Domain', domain, types, 'domain');
  const msg =
    td.primaryType === 'EIP712Domain'
      ? new Uint8Array(0)
      : hashStruct(td.primaryType, td.message, types, 'message');
  return keccak_256(Buffer.concat([Buffer.from([0x19, 0x01]), sep, msg]));
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    throw invalidParams('typed data: not JSON');
  }
}
