/**
 * StdLib (neo `Native/StdLib.cs`), id -2: binary and JSON (de)serialization of stack items,
 * integer text in bases 10 and 16 (.NET two's-complement hex), Base64, Base64Url (Echidna),
 * Base58, Base58Check, hex (Faun), byte comparison and search, string split and length in text
 * elements. Inputs marked [MaxLength] take at most 1024 bytes.
 */

import { base58Encode } from '../../core/base58.js';
import { ArrayItem, ByteStringItem, integer, NULL, type StackItem, VMFault } from '../../neovm/index.js';
import { ParamType } from '../contract/parameter-type.js';
import type { ApplicationEngine } from '../engine/application-engine.js';
import { arg, type Kind, type Param } from '../engine/convert.js';
import { outOfRangeFault } from '../engine/faults.js';
import { NeoFormatError } from '../errors.js';
import { base64Decode, base64Encode, base64UrlDecode, base64UrlEncode } from '../io/base64.js';
import { parseJson } from '../json/neo-json.js';
import { deserializeWithLimits, serializeWithLimits } from '../serialization/binary-serializer.js';
import { jsonDeserialize, jsonSerialize } from '../serialization/json-serializer.js';
import { base58CheckDecode, base58CheckEncode, base58DecodeStrict } from '../uint.js';
import { method, NativeContract } from './native.js';
import { bytes, int, str } from './values.js';

const MAX_INPUT = 1024;
const limited = (name: string, kind: Kind): Param => arg(name, kind, { maxLength: MAX_INPUT });

/** .NET `BigInteger.ToString("x")`: two's complement with the fewest digits that keep the sign. */
export function toHexString(v: bigint): string {
  if (v >= 0n) {
    const h = v.toString(16);
    return Number.parseInt(h[0]!, 16) >= 8 ? `0${h}` : h;
  }
  let n = 1;
  while (v < -(8n * 16n ** BigInt(n - 1))) n++;
  return (16n ** BigInt(n) + v).toString(16).padStart(n, '0');
}

function itoa(value: bigint, base: number): string {
  if (base === 10) return value.toString();
  if (base === 16) return toHexString(value);
  throw outOfRangeFault('base', `Invalid base: ${base}`);
}

function atoi(text: string, base: number): bigint {
  if (base === 10) {
    if (!/^[+-]?[0-9]+$/.test(text)) throw new NeoFormatError(`The value could not be parsed: ${text}`);
    return BigInt(text);
  }
  if (base === 16) {
    if (!/^[0-9a-fA-F]+$/.test(text)) throw new NeoFormatError(`The value could not be parsed: ${text}`);
    const v = BigInt(`0x${text}`);
    return Number.parseInt(text[0]!, 16) >= 8 ? v - 16n ** BigInt(text.length) : v;
  }
  throw outOfRangeFault('base', `Invalid base: ${base}`);
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return Math.sign(a.length - b.length);
}

function indexOf(mem: Uint8Array, value: Uint8Array, from: number, to: number): number {
  for (let i = from; i + value.length <= to; i++) {
    let j = 0;
    while (j < value.length && mem[i + j] === value[j]) j++;
    if (j === value.length) return i;
  }
  return -1;
}

function memorySearch(mem: Uint8Array, value: Uint8Array, start: number, backward: boolean): number {
  if (start < 0 || start > mem.length) {
    throw new VMFault('Specified argument was out of the range of valid values.');
  }
  if (!backward) return indexOf(mem, value, start, mem.length);
  if (value.length === 0) return start;
  for (let i = start - value.length; i >= 0; i--)
    if (indexOf(mem, value, i, i + value.length) === i) return i;
  return -1;
}

/** .NET `string.Split(string separator, options)`: an empty separator does not split. */
function split(s: string, separator: string, removeEmpty: boolean): string[] {
  const parts = separator.length === 0 ? [s] : s.split(separator);
  return removeEmpty ? parts.filter((p) => p.length > 0) : parts;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function hexDecode(s: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) {
    throw new NeoFormatError(
      `Failed to convert hex span to bytes: The input contains invalid hexadecimal characters. Input: '${s}'.`,
    );
  }
  return Uint8Array.from(Buffer.from(s, 'hex'));
}

class StdLib extends NativeContract {
  readonly name = 'StdLib';
  readonly id = -2;

  protected defineMethods() {
    const b = ParamType.ByteArray;
    const s = ParamType.String;
    const i = ParamType.Integer;
    const base = arg('base', 'int32');
    const E: { activeIn: 'HF_Echidna' } = { activeIn: 'HF_Echidna' };
    const F: { activeIn: 'HF_Faun' } = { activeIn: 'HF_Faun' };
    const mem = limited('mem', 'bytes');
    const value = arg('value', 'bytes');
    return [
      method('serialize', [arg('item', 'item')], b, { cpuFee: 1 << 12 }, (e, [x]) =>
        bytes(serializeWithLimits(x as StackItem, e.limits)),
      ),
      method('deserialize', [arg('data', 'bytes')], ParamType.Any, { cpuFee: 1 << 14 }, (e, [d]) =>
        deserializeWithLimits(d as Uint8Array, e.limits),
      ),
      method('jsonSerialize', [arg('item', 'item')], b, { cpuFee: 1 << 12 }, (e, [x]) =>
        bytes(jsonSerialize(x as StackItem, e.limits.maxItemSize)),
      ),
      method('jsonDeserialize', [arg('json', 'bytes')], ParamType.Any, { cpuFee: 1 << 14 }, (e, [j]) =>
        this.fromJson(e, j as Uint8Array),
      ),
      method('itoa', [arg('value', 'bigint')], s, { cpuFee: 1 << 12 }, (_e, [v]) =>
        str(itoa(v as bigint, 10)),
      ),
      method('itoa', [arg('value', 'bigint'), base], s, { cpuFee: 1 << 12 }, (_e, [v, n]) =>
        str(itoa(v as bigint, n as number)),
      ),
      method('atoi', [limited('value', 'string')], i, { cpuFee: 1 << 6 }, (_e, [v]) =>
        integer(atoi(v as string, 10)),
      ),
      method('atoi', [limited('value', 'string'), base], i, { cpuFee: 1 << 6 }, (_e, [v, n]) =>
        integer(atoi(v as string, n as number)),
      ),
      method('base64Encode', [limited('data', 'bytes')], s, { cpuFee: 1 << 5 }, (_e, [d]) =>
        str(base64Encode(d as Uint8Array)),
      ),
      method('base64Decode', [limited('s', 'string')], b, { cpuFee: 1 << 5 }, (_e, [x]) =>
        bytes(base64Decode(x as string)),
      ),
      method('base64UrlEncode', [limited('data', 'string')], s, { cpuFee: 1 << 5, ...E }, (_e, [d]) =>
        str(base64UrlEncode(d as string)),
      ),
      method('base64UrlDecode', [limited('s', 'string')], s, { cpuFee: 1 << 5, ...E }, (_e, [x]) =>
        str(base64UrlDecode(x as string)),
      ),
      method('base58Encode', [limited('data', 'bytes')], s, { cpuFee: 1 << 13 }, (_e, [d]) =>
        str(base58Encode(d as Uint8Array)),
      ),
      method('base58Decode', [limited('s', 'string')], b, { cpuFee: 1 << 10 }, (_e, [x]) =>
        bytes(base58DecodeStrict(x as string)),
      ),
      method('base58CheckEncode', [limited('data', 'bytes')], s, { cpuFee: 1 << 16 }, (_e, [d]) =>
        str(base58CheckEncode(d as Uint8Array)),
      ),
      method('base58CheckDecode', [limited('s', 'string')], b, { cpuFee: 1 << 16 }, (_e, [x]) =>
        bytes(base58CheckDecode(x as string)),
      ),
      method('hexEncode', [limited('bytes', 'bytes')], s, { cpuFee: 1 << 5, ...F }, (_e, [d]) =>
        str(Buffer.from(d as Uint8Array).toString('hex')),
      ),
      method('hexDecode', [limited('str', 'string')], b, { cpuFee: 1 << 5, ...F }, (_e, [x]) =>
        bytes(hexDecode(x as string)),
      ),
      method(
        'memoryCompare',
        [limited('str1', 'bytes'), limited('str2', 'bytes')],
        i,
        { cpuFee: 1 << 5 },
        (_e, [a, c]) => int(compare(a as Uint8Array, c as Uint8Array)),
      ),
      method('memorySearch', [mem, value], i, { cpuFee: 1 << 6 }, (_e, [m, v]) =>
        int(memorySearch(m as Uint8Array, v as Uint8Array, 0, false)),
      ),
      method('memorySearch', [mem, value, arg('start', 'int32')], i, { cpuFee: 1 << 6 }, (_e, [m, v, st]) =>
        int(memorySearch(m as Uint8Array, v as Uint8Array, st as number, false)),
      ),
      method(
        'memorySearch',
        [mem, value, arg('start', 'int32'), arg('backward', 'bool')],
        i,
        { cpuFee: 1 << 6 },
        (_e, [m, v, st, bw]) =>
          int(memorySearch(m as Uint8Array, v as Uint8Array, st as number, bw as boolean)),
      ),
      method(
        'stringSplit',
        [limited('str', 'string'), arg('separator', 'string')],
        ParamType.Array,
        { cpuFee: 1 << 8 },
        (_e, [x, sep]) =>
          new ArrayItem(split(x as string, sep as string, false).map((p) => ByteStringItem.fromString(p))),
      ),
      method(
        'stringSplit',
        [limited('str', 'string'), arg('separator', 'string'), arg('removeEmptyEntries', 'bool')],
        ParamType.Array,
        { cpuFee: 1 << 8 },
        (_e, [x, sep, rm]) =>
          new ArrayItem(
            split(x as string, sep as string, rm as boolean).map((p) => ByteStringItem.fromString(p)),
          ),
      ),
      method('strLen', [limited('str', 'string')], i, { cpuFee: 1 << 8 }, (_e, [x]) =>
        int([...graphemes.segment(x as string)].length),
      ),
    ];
  }

  private fromJson(engine: ApplicationEngine, json: Uint8Array): StackItem {
    const token = parseJson(json, 10);
    if (token === null) return NULL;
    return jsonDeserialize(token, engine.limits.maxStackSize, engine.isHardforkEnabled('HF_Basilisk'));
  }
}

export const stdLib = new StdLib();
