/**
 * StdLib through the engine, vectors transcribed from neo's
 * tests/Neo.UnitTests/SmartContract/Native/UT_StdLib.cs (each test names its method there).
 */
import { describe, expect, it } from 'vitest';
import { stdLib } from '../../src/neo/index.js';
import {
  type ArrayItem,
  ByteStringItem,
  type IntegerItem,
  MapItem,
  NullItem,
  type StackItem,
} from '../../src/neovm/index.js';
import { type Arg, calls, genesisStore, hex, toHex } from './helpers.js';

type Call = readonly [string, ...Arg[]];

/** The result stack of one script of calls, bottom first (neo's tests pop it top first). */
function stack(list: readonly Call[]): StackItem[] {
  const r = calls(genesisStore(), stdLib.hash, list);
  if (r.state !== 'HALT') throw new Error(`FAULT: ${r.exception}`);
  return r.stack.slice();
}

function faults(...list: Call[]): boolean {
  const r = calls(genesisStore(), stdLib.hash, list);
  return r.state === 'FAULT' && r.stack.length === 0;
}

const int = (s: StackItem) => (s as IntegerItem).value;
const text = (s: StackItem) => Buffer.from((s as ByteStringItem).bytes).toString('utf8');
const bytes = (s: StackItem) => toHex((s as ByteStringItem).bytes);

describe('StdLib (UT_StdLib.cs)', () => {
  it('TestBinary: base64 and base58 round trips and vectors', () => {
    const s = stack([
      ['base64Encode', new Uint8Array([1, 2, 3, 4])],
      ['base58Encode', new Uint8Array([1, 2, 3, 4])],
      ['base64Decode', 'A \r Q \t I \n D'],
      ['base64Decode', ''],
      ['base58Decode', ''],
      ['base58Decode', '2VfUX'],
    ]);
    expect(text(s[0]!)).toBe('AQIDBA==');
    expect(text(s[1]!)).toBe('2VfUX');
    expect(bytes(s[2]!)).toBe('010203');
    expect(bytes(s[3]!)).toBe('');
    expect(bytes(s[4]!)).toBe('');
    expect(bytes(s[5]!)).toBe('01020304');
  });

  it('TestItoaAtoi', () => {
    const s = stack([
      ['itoa', 1, 10],
      ['itoa', 1, 16],
      ['itoa', -1, 10],
      ['itoa', -1, 16],
      ['itoa', 1_000_000_000, 16],
      ['atoi', '-1', 10],
      ['atoi', '+1', 10],
      ['atoi', 'ff', 16],
      ['atoi', 'FF', 16],
      ['atoi', '1'],
      ['atoi', '-1'],
    ]);
    expect(s.slice(0, 5).map(text)).toEqual(['1', '1', '-1', 'f', '3b9aca00']);
    expect(s.slice(5).map(int)).toEqual([-1n, 1n, -1n, -1n, 1n, -1n]);
    expect(faults(['atoi', 'a', 10])).toBe(true);
    expect(faults(['atoi', 'g', 16])).toBe(true);
    expect(faults(['atoi', 'a', 11])).toBe(true);
  });

  it('MemoryCompare', () => {
    const s = stack([
      ['memoryCompare', 'abc', 'c'],
      ['memoryCompare', 'abc', 'd'],
      ['memoryCompare', 'abc', 'abc'],
      ['memoryCompare', 'abc', 'abcd'],
    ]);
    expect(s.map(int)).toEqual([-1n, -1n, 0n, -1n]);
  });

  it('CheckDecodeEncode: base58Check', () => {
    const s = stack([
      ['base58CheckEncode', new Uint8Array([1, 2, 3])],
      ['base58CheckDecode', '3DUz7ncyT'],
    ]);
    expect(text(s[0]!)).toBe('3DUz7ncyT');
    expect(bytes(s[1]!)).toBe('010203');
    expect(faults(['base58CheckDecode', 'AA'])).toBe(true);
    expect(faults(['base58CheckDecode', null])).toBe(true);
  });

  it('MemorySearch: forward, explicit forward and backward', () => {
    const five = (backward?: boolean): Call[] =>
      [0, 1, 2, 3].map((start): Call => {
        const c: Call = ['memorySearch', 'abc', 'c', start];
        return backward === undefined ? c : [...c, backward];
      });
    const tail = (backward?: boolean): Call =>
      backward === undefined ? ['memorySearch', 'abc', 'd', 0] : ['memorySearch', 'abc', 'd', 0, backward];
    // neo pops four of the five results: the top is the "d" search, then start 3, 2, 1.
    for (const backward of [undefined, false]) {
      const s = stack([...five(backward), tail(backward)]).map(int);
      expect(s.slice(1).reverse()).toEqual([-1n, -1n, 2n, 2n]);
    }
    const s = stack([...five(true), tail(true)]).map(int);
    expect(s.slice(1).reverse()).toEqual([-1n, 2n, -1n, -1n]);
  });

  it('TestMemorySearch: bytes, from the end and backward from the length', () => {
    const data = new Uint8Array([0, 1, 2, 3]);
    const needle = new Uint8Array([3]);
    const s = stack([
      ['memorySearch', data, needle, 0, false],
      ['memorySearch', data, needle, 3, false],
      ['memorySearch', data, needle, 4, true],
    ]);
    expect(s.map(int)).toEqual([3n, 3n, 3n]);
  });

  it('StringSplit', () => {
    const [arr] = stack([['stringSplit', 'a,b', ',']]);
    expect((arr as ArrayItem).items.map(text)).toEqual(['a', 'b']);
  });

  it('StringElementLength: text elements, not UTF-16 units', () => {
    expect(
      stack([
        ['strLen', '🦆'],
        ['strLen', 'ã'],
        ['strLen', 'a'],
      ]).map(int),
    ).toEqual([1n, 1n, 1n]);
  });

  it('TestInvalidUtf8Sequence: U+00FF counts as one element', () => {
    expect(
      stack([
        ['strLen', 'ÿ'],
        ['strLen', 'ÿab'],
      ]).map(int),
    ).toEqual([1n, 3n]);
  });

  it('Json_Deserialize', () => {
    const s = stack([
      ['jsonDeserialize', '123'],
      ['jsonDeserialize', 'null'],
    ]);
    expect(int(s[0]!)).toBe(123n);
    expect(s[1]).toBeInstanceOf(NullItem);
    expect(faults(['jsonDeserialize', '***'])).toBe(true);
    expect(faults(['jsonDeserialize', '123.45'])).toBe(true);
  });

  it('Json_Serialize', () => {
    const map = new Map([['key', 'value']]);
    const s = stack([
      ['jsonSerialize', 5],
      ['jsonSerialize', true],
      ['jsonSerialize', 'test'],
      ['jsonSerialize', null],
      ['jsonSerialize', mapItem(map)],
    ]);
    expect(s.map(text)).toEqual(['5', 'true', '"test"', 'null', '{"key":"value"}']);
    expect(faults(['jsonSerialize'])).toBe(true);
  });

  it('TestRuntime_Serialize and TestRuntime_Deserialize', () => {
    const s = stack([
      ['serialize', 100],
      ['serialize', 'test'],
      ['deserialize', hex('280474657374')],
      ['deserialize', hex('210164')],
    ]);
    expect(bytes(s[0]!)).toBe('210164');
    expect(bytes(s[1]!)).toBe('280474657374');
    expect(text(s[2]!)).toBe('test');
    expect(int(s[3]!)).toBe(100n);
  });

  it('TestBase64Url', () => {
    const plain = 'Subject=test@example.com&Issuer=https://example.com';
    const encoded = 'U3ViamVjdD10ZXN0QGV4YW1wbGUuY29tJklzc3Vlcj1odHRwczovL2V4YW1wbGUuY29t';
    const s = stack([
      ['base64UrlEncode', plain],
      ['base64UrlDecode', encoded],
      ['base64UrlDecode', 'U 3 \t V \n \riamVjdD10ZXN0QGV4YW1wbGUuY29tJklzc3Vlcj1odHRwczovL2V4YW1wbGUuY29t'],
    ]);
    expect(s.map(text)).toEqual([encoded, plain, plain]);
  });

  it('TestHexEncodeDecode', () => {
    const s = stack([
      ['hexEncode', new Uint8Array([0, 1, 2, 3])],
      ['hexDecode', '00010203'],
    ]);
    expect(text(s[0]!)).toBe('00010203');
    expect(bytes(s[1]!)).toBe('00010203');
  });
});

function mapItem(entries: Map<string, string>): StackItem {
  const m = new MapItem();
  for (const [k, v] of entries) m.set(ByteStringItem.fromString(k), ByteStringItem.fromString(v));
  return m;
}
