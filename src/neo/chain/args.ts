/**
 * Contract arguments written as neo-express and neo-go write them on the command line:
 * `int:5`, `bool:true`, `string:abc`, `hash160:0x…` or an address, `hash256:0x…`,
 * `bytes:0a0b` (hex) or `bytes:0x0a0b`, `key:03…`, `filebytes:PATH`, `any` for null, `@name`
 * for a wallet account, and untyped values read by their form (an address, 0x + 40 hex digits,
 * other 0x hex, an integer, true/false, else a string). `[a, b]` is an array of such values.
 */
import { readFileSync } from 'node:fs';
import { ArrayItem, BooleanItem, ByteStringItem, integer, NULL, type StackItem } from '../../neovm/index.js';
import { ECPoint } from '../crypto/ecpoint.js';
import { NeoArgumentError } from '../errors.js';
import { addressToScriptHash, parseUInt160, parseUInt256, type UInt160 } from '../uint.js';

export interface ArgContext {
  readonly addressVersion: number;
  /** The script hash of a wallet account by name (for `@name`). */
  readonly account?: (name: string) => UInt160;
  /** Resolves a relative path (for `filebytes:`). */
  readonly path?: (p: string) => string;
}

const bytes = (b: Uint8Array) => new ByteStringItem(b);

function hex(text: string, what: string): Uint8Array {
  const h = text.startsWith('0x') ? text.slice(2) : text;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
    throw new NeoArgumentError(`${what}: expected hex, got ${JSON.stringify(text)}`);
  return Uint8Array.from(Buffer.from(h, 'hex'));
}

function hash160Of(text: string, ctx: ArgContext): UInt160 {
  if (text.startsWith('@')) {
    if (!ctx.account) throw new NeoArgumentError(`${text}: no wallet to resolve the account from`);
    return ctx.account(text.slice(1));
  }
  if (/^(0x)?[0-9a-fA-F]{40}$/.test(text)) return parseUInt160(text);
  try {
    return addressToScriptHash(text, ctx.addressVersion);
  } catch (error) {
    throw new NeoArgumentError(
      `hash160: ${JSON.stringify(text)} is neither a hash nor an address: ${(error as Error).message}`,
    );
  }
}

function splitList(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of body) {
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim().length > 0) out.push(cur.trim());
  return out;
}

export function parseContractArg(text: string, ctx: ArgContext): StackItem {
  if (text.startsWith('[') && text.endsWith(']')) {
    return new ArrayItem(splitList(text.slice(1, -1)).map((x) => parseContractArg(x, ctx)));
  }
  const colon = text.indexOf(':');
  const type = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  const value = colon > 0 ? text.slice(colon + 1) : text;
  switch (type) {
    case 'int':
    case 'integer':
      if (!/^[+-]?\d+$/.test(value))
        throw new NeoArgumentError(`int: expected an integer, got ${JSON.stringify(value)}`);
      return integer(BigInt(value));
    case 'bool':
    case 'boolean':
      if (value !== 'true' && value !== 'false')
        throw new NeoArgumentError(`bool: expected true or false, got ${JSON.stringify(value)}`);
      return BooleanItem.of(value === 'true');
    case 'string':
    case 'str':
      return ByteStringItem.fromString(value);
    case 'hash160':
      return bytes(hash160Of(value, ctx));
    case 'hash256':
      return bytes(parseUInt256(value));
    case 'bytes':
    case 'bytearray':
      return bytes(hex(value, 'bytes'));
    case 'key':
    case 'publickey':
      return bytes(ECPoint.parse(value).encodeCompressed());
    case 'filebytes':
      try {
        return bytes(Uint8Array.from(readFileSync(ctx.path ? ctx.path(value) : value)));
      } catch (error) {
        throw new NeoArgumentError(`filebytes: cannot read ${value}: ${(error as Error).message}`);
      }
    case 'any':
      return NULL;
  }
  if (text === 'any' || text === 'null') return NULL;
  if (text.startsWith('@')) return bytes(hash160Of(text, ctx));
  if (/^0x[0-9a-fA-F]{40}$/.test(text)) return bytes(parseUInt160(text));
  if (/^0x[0-9a-fA-F]{64}$/.test(text)) return bytes(parseUInt256(text));
  if (/^0x([0-9a-fA-F]{2})*$/.test(text)) return bytes(hex(text, 'bytes'));
  if (/^[+-]?\d+$/.test(text)) return integer(BigInt(text));
  if (text === 'true' || text === 'false') return BooleanItem.of(text === 'true');
  if (/^N[1-9A-HJ-NP-Za-km-z]{33}$/.test(text)) {
    try {
      return bytes(addressToScriptHash(text, ctx.addressVersion));
    } catch {
      // not an address of this network: a string
    }
  }
  return ByteStringItem.fromString(text);
}
