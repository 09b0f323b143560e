/**
 * Neo's encodings, vectors transcribed from tests/Neo.UnitTests/SmartContract/:
 * UT_BinarySerializer.cs, UT_JsonSerializer.cs and UT_NefFile.cs.
 */
import { describe, expect, it } from 'vitest';
import {
  computeNefChecksum,
  deserializeItem,
  jsonDeserialize,
  NefError,
  NeoFormatError,
  nefSize,
  parseNef,
  serializeItem,
  serializeNef,
} from '../../src/neo/index.js';
import { parseJson, stringifyJson } from '../../src/neo/json/neo-json.js';
import {
  ArrayItem,
  BooleanItem,
  ByteStringItem,
  DEFAULT_LIMITS,
  type IntegerItem,
  InteropInterfaceItem,
  integer,
  MapItem,
  type StackItem,
  StructItem,
} from '../../src/neovm/index.js';
import { toHex } from './helpers.js';

const MAX = DEFAULT_LIMITS.maxItemSize;
const ITEMS = DEFAULT_LIMITS.maxStackSize;
const ser = (item: StackItem) => toHex(serializeItem(item, MAX, ITEMS));
const de = (hex: string) => deserializeItem(Uint8Array.from(Buffer.from(hex, 'hex')), MAX, ITEMS);

describe('BinarySerializer (UT_BinarySerializer.cs)', () => {
  const map = () => {
    const m = new MapItem();
    m.set(integer(2n), integer(1n));
    return m;
  };

  it('TestSerialize', () => {
    expect(ser(new ByteStringItem(new Uint8Array(5)))).toBe('28050000000000');
    expect(ser(BooleanItem.TRUE)).toBe('2001');
    expect(ser(integer(1n))).toBe('210101');
    expect(ser(new ArrayItem([integer(1n)]))).toBe('4001210101');
    expect(ser(new StructItem([integer(1n)]))).toBe('4101210101');
    expect(ser(map())).toBe('4801210102210101');
    expect(() => ser(new InteropInterfaceItem({}))).toThrow('Specified method is not supported.');
    const selfMap = new MapItem();
    selfMap.set(integer(1n), selfMap);
    expect(() => ser(selfMap)).toThrow('Specified method is not supported.');
    const selfArray = new ArrayItem();
    selfArray.add(selfArray);
    expect(() => ser(selfArray)).toThrow('Specified method is not supported.');
  });

  it('TestDeserializeStackItem', () => {
    expect(toHex((de('28050000000000') as ByteStringItem).bytes)).toBe('0000000000');
    expect(de('2001')).toBe(BooleanItem.TRUE);
    expect((de('210101') as IntegerItem).value).toBe(1n);
    expect(() => de('400101')).toThrow(NeoFormatError);
    const arr = de('4001210101') as ArrayItem;
    expect(arr).toBeInstanceOf(ArrayItem);
    expect(arr).not.toBeInstanceOf(StructItem);
    expect(arr.items.map((x) => (x as IntegerItem).value)).toEqual([1n]);
    expect(de('4101210101')).toBeInstanceOf(StructItem);
    const m = de('4801210102210101') as MapItem;
    expect(m.entries().map(([k, v]) => [(k as IntegerItem).value, (v as IntegerItem).value])).toEqual([
      [2n, 1n],
    ]);
  });
});

describe('neo JSON text (UT_JsonSerializer.cs)', () => {
  const round = (json: string) => stringifyJson(parseJson(json));
  const bad = (json: string) => expect(() => parseJson(json), json).toThrow(NeoFormatError);

  it('JsonTest_WrongJson', () => {
    for (const j of ['[    ]XXXXXXX', '{   }XXXXXXX', '[,,,,]', 'false,X', 'false@@@']) bad(j);
    bad(`{"length":${'9'.repeat(974)}}`);
  });

  it('JsonTest_Array and JsonTest_Bool', () => {
    expect(round('[    ]')).toBe('[]');
    expect(round('[1,"a==",    -1.3 ,null] ')).toBe('[1,"a==",-1.3,null]');
    expect(round('[  true ,false ]')).toBe('[true,false]');
    bad('[True,FALSE] ');
  });

  it('JsonTest_Numbers', () => {
    expect(round('[  1, -2 , 3.5 ]')).toBe('[1,-2,3.5]');
    expect(round('[200.500000E+005,200.500000e+5,-1.1234e-100,9.05E+28]')).toBe(
      '[20050000,20050000,-1.1234E-100,9.05E+28]',
    );
    for (const j of ['[-]', '[1.]', '[.123]', '[--1.123]', '[+1.123]', '[1.12.3]', '[e--1]', '[e++1]'])
      bad(j);
    for (const j of ['[E- 1]', '[3e--1]', '[2e++1]', '[1E- 1]']) bad(j);
  });

  it('JsonTest_String', () => {
    expect(round(' ["" ,  "\\b\\f\\t\\n\\r\\/\\\\" ]')).toBe('["","\\b\\f\\t\\n\\r/\\\\"]');
    expect(round('["\\uD834\\uDD1E"]')).toBe('["\\uD834\\uDD1E"]');
    expect(round('["\\\\x00"]')).toBe('["\\\\x00"]');
    for (const j of ['["]', '["\\uaaa"]', '["\\uaa"]', '["\\ua"]', '["\\u"]']) bad(j);
  });

  it('JsonTest_Object', () => {
    expect(round(' {"test":   true}')).toBe('{"test":true}');
    expect(round(' {"\\uAAAA":   true}')).toBe('{"\\uAAAA":true}');
    for (const j of ['{"a":}', '{NULL}', '["a":]']) bad(j);
  });
});

describe('JsonSerializer.Deserialize (UT_JsonSerializer.cs)', () => {
  const des = (json: string) => jsonDeserialize(parseJson(json), ITEMS, true);

  it('Deserialize_WrongJson, _EmptyObject, _EmptyArray', () => {
    bad('x');
    expect((des('{}') as MapItem).count).toBe(0);
    expect((des('[]') as ArrayItem).items).toEqual([]);
    function bad(j: string) {
      expect(() => des(j)).toThrow(NeoFormatError);
    }
  });

  it('Deserialize_Map_Test', () => {
    const m = des('{"test1":123,"test2":321}') as MapItem;
    expect(m.entries().map(([k, v]) => [text(k), (v as IntegerItem).value])).toEqual([
      ['test1', 123n],
      ['test2', 321n],
    ]);
  });

  it('Deserialize_Array_Bool_Str_Num', () => {
    const a = (des('[true,"test",123,9.05E+28]') as ArrayItem).items;
    expect(a[0]).toBe(BooleanItem.TRUE);
    expect(text(a[1]!)).toBe('test');
    expect((a[2] as IntegerItem).value).toBe(123n);
    expect((a[3] as IntegerItem).value).toBe(90500000000000000000000000000n);
  });

  it('Deserialize_Array_OfArray', () => {
    const a = (des('[[true,"test1",123],[true,"test2",321]]') as ArrayItem).items as ArrayItem[];
    expect(a.map((x) => [x.items[0], text(x.items[1]!), (x.items[2] as IntegerItem).value])).toEqual([
      [BooleanItem.TRUE, 'test1', 123n],
      [BooleanItem.TRUE, 'test2', 321n],
    ]);
  });
});

describe('NefFile (UT_NefFile.cs)', () => {
  const base = { compiler: ' '.repeat(32), source: '', tokens: [], script: Uint8Array.of(1, 2, 3) };
  const file = { ...base, checksum: computeNefChecksum({ ...base, checksum: 0 }) };

  it('TestDeserialize: wrong magic, wrong checksum and an empty script are rejected', () => {
    const bytes = serializeNef(file);
    bytes.set([0, 0, 0, 0], 0);
    expect(() => parseNef(bytes)).toThrow(NefError);
    expect(() => parseNef(serializeNef({ ...file, checksum: 0 }))).toThrow(NefError);
    const empty = { ...base, script: new Uint8Array(0) };
    expect(() =>
      parseNef(serializeNef({ ...empty, checksum: computeNefChecksum({ ...empty, checksum: 0 }) })),
    ).toThrow(NefError);
    const back = parseNef(serializeNef(file));
    expect(back.compiler).toBe(file.compiler);
    expect(back.checksum).toBe(file.checksum);
    expect(toHex(back.script)).toBe('010203');
  });

  it('TestGetSize', () => {
    expect(nefSize(file)).toBe(4 + 32 + 32 + 2 + 1 + 2 + 4 + 4);
    expect(serializeNef(file).length).toBe(nefSize(file));
  });

  it('LimitTest', () => {
    const big = {
      compiler: ' '.repeat(255),
      source: '',
      tokens: [],
      script: new Uint8Array(1024 * 1024),
      checksum: 0,
    };
    expect(() => serializeNef(big)).toThrow(NeoFormatError);
    const over = { ...big, compiler: '', script: new Uint8Array(1024 * 1024 + 1) };
    expect(() => parseNef(serializeNef(over))).toThrow(NefError);
    const full = { ...big, compiler: '' };
    expect(() => parseNef(serializeNef(full))).toThrow(NefError);
    const small = { ...big, compiler: '', script: new Uint8Array(1024) };
    const data = serializeNef(small);
    expect(computeNefChecksum(small)).not.toBe(small.checksum);
    expect(() => parseNef(data)).toThrow(NefError);
  });
});

function text(item: StackItem): string {
  return Buffer.from((item as ByteStringItem).bytes).toString('utf8');
}
