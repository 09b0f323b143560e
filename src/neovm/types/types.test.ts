/** Stack item rules the JSON suite exercises only indirectly (neo-vm Types/*.cs, UT_StackItem, UT_Struct). */
import { describe, expect, it } from 'vitest';
import { bigIntFromLE, bigIntToLE, byteCount } from '../bigint.js';
import { DEFAULT_LIMITS } from '../limits.js';
import {
  ArrayItem,
  BooleanItem,
  BufferItem,
  ByteStringItem,
  convertTo,
  deepCopy,
  IntegerItem,
  integer,
  MapItem,
  NULL,
  StackItemType,
  StructItem,
} from './index.js';

describe('integers', () => {
  it('encode as minimal little-endian two\u2019s complement (BigInteger.ToByteArray)', () => {
    const cases: [bigint, number[]][] = [
      [0n, []],
      [1n, [1]],
      [-1n, [0xff]],
      [127n, [0x7f]],
      [128n, [0x80, 0]],
      [-128n, [0x80]],
      [-129n, [0x7f, 0xff]],
      [255n, [0xff, 0]],
      [256n, [0, 1]],
      [2n ** 63n, [0, 0, 0, 0, 0, 0, 0, 0x80, 0]],
    ];
    for (const [v, bytes] of cases) {
      expect([...bigIntToLE(v)], String(v)).toEqual(bytes);
      expect(bigIntFromLE(Uint8Array.from(bytes))).toBe(v);
      expect(byteCount(v)).toBe(bytes.length);
    }
  });
  it('are at most 32 bytes', () => {
    expect(() => new IntegerItem(2n ** 255n)).toThrow(
      'Integer size 33 bytes exceeds maximum allowed size of 32 bytes.',
    );
    expect(new IntegerItem(-(2n ** 255n)).size).toBe(32);
  });
});

describe('conversions', () => {
  it('follow ConvertTo', () => {
    expect(convertTo(integer(256n), StackItemType.ByteString)).toEqual(
      new ByteStringItem(Uint8Array.of(0, 1)),
    );
    expect(convertTo(new ByteStringItem(Uint8Array.of(0xff)), StackItemType.Integer)).toEqual(integer(-1n));
    expect(convertTo(BooleanItem.TRUE, StackItemType.Integer)).toEqual(integer(1n));
    expect(convertTo(new BufferItem(Uint8Array.of(0, 0)), StackItemType.Boolean)).toBe(BooleanItem.TRUE);
    expect(convertTo(NULL, StackItemType.Integer)).toBe(NULL);
    expect(() => convertTo(NULL, StackItemType.Any)).toThrow();
    expect(() => convertTo(new BufferItem(33), StackItemType.Integer)).toThrow();
    const s = convertTo(new ArrayItem([integer(1n)]), StackItemType.Struct);
    expect(s).toBeInstanceOf(StructItem);
    expect(() => convertTo(new MapItem(), StackItemType.Integer)).toThrow('Cannot convert Map to Integer.');
  });
  it('a byte string longer than 32 bytes is neither integer nor boolean', () => {
    const long = new ByteStringItem(new Uint8Array(33));
    expect(() => long.getInteger()).toThrow(/MaxSize of Integer is exceeded: 33\/32/);
    expect(() => long.getBoolean()).toThrow();
  });
});

describe('equality', () => {
  it('structs compare by content, arrays by reference', () => {
    const a = new StructItem([integer(1n), new StructItem([ByteStringItem.fromString('x')])]);
    const b = new StructItem([integer(1n), new StructItem([ByteStringItem.fromString('x')])]);
    expect(a.equalsWithLimits(b, DEFAULT_LIMITS)).toBe(true);
    expect(new ArrayItem().equalsWithLimits(new ArrayItem(), DEFAULT_LIMITS)).toBe(false);
    expect(integer(1n).equals(BooleanItem.TRUE)).toBe(false);
  });
  it('byte strings are compared within MaxComparableSize', () => {
    const big = new ByteStringItem(new Uint8Array(65537));
    expect(() => big.equalsWithLimits(big, DEFAULT_LIMITS)).toThrow(/maximum comparable size, 65537\/65536/);
  });
});

describe('maps, clones and deep copies', () => {
  it('keys are typed and at most 64 bytes; replacing keeps the position', () => {
    const m = new MapItem();
    m.set(integer(1n), integer(10n));
    m.set(ByteStringItem.fromString('\u0001'), integer(20n));
    m.set(BooleanItem.TRUE, integer(30n));
    m.set(integer(1n), integer(11n));
    expect(m.count).toBe(3);
    expect(m.values().map((v) => v.getInteger())).toEqual([11n, 20n, 30n]);
    expect(() => m.set(new ByteStringItem(new Uint8Array(65)), NULL)).toThrow(/Key size 65 bytes exceeds/);
  });
  it('struct clones stop at MaxStackSize items', () => {
    const s = new StructItem(new Array(2047).fill(NULL));
    expect(s.clone(DEFAULT_LIMITS).result.count).toBe(2047);
    s.items.push(NULL);
    expect(() => s.clone(DEFAULT_LIMITS)).toThrow('Beyond struct subitem clone limits!');
  });
  it('deep copies keep shared references and cycles, and can make items immutable', () => {
    const inner = new BufferItem(Uint8Array.of(1));
    const a = new ArrayItem([inner, inner]);
    a.items.push(a);
    const copy = deepCopy(a) as ArrayItem;
    expect(copy).not.toBe(a);
    expect(copy.items[0]).toBe(copy.items[1]);
    expect(copy.items[0]).not.toBe(inner);
    expect(copy.items[2]).toBe(copy);
    const frozen = deepCopy(a, true) as ArrayItem;
    expect(frozen.items[0]).toBeInstanceOf(ByteStringItem);
    expect(() => frozen.add(NULL)).toThrow('The array is readonly, can not add item.');
  });
});
