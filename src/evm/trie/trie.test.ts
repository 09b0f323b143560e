/**
 * Trie roots against ethereum/tests TrieTests vectors (trieanyorder.json, trietest.json,
 * hex_encoded_securetrie_test.json; selections copied below with their root), the empty
 * roots, hex-prefix encoding (Yellow Paper appendix C) and the logs hash.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '../../core/bytes.js';
import { EMPTY_TRIE_ROOT, hexPrefix, KECCAK_EMPTY, logsHash, secureTrieRoot, trieRoot } from './index.js';

/** ethereum/tests convention: "0x..." is hex, anything else is UTF-8; null deletes. */
const val = (s: string | null): Uint8Array =>
  s === null ? new Uint8Array(0) : s.startsWith('0x') ? hexToBytes(s) : utf8ToBytes(s);
const entries = (pairs: readonly (readonly [string, string | null])[]) =>
  pairs.map(([k, v]) => [val(k), val(v)] as const);

// Source: ethereum/tests TrieTests/trieanyorder.json (all cases)
const ANY_ORDER: readonly { name: string; in: Record<string, string>; root: string }[] = [
  {
    name: 'singleItem',
    in: { A: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
    root: 'd23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab',
  },
  {
    name: 'dogs',
    in: { doe: 'reindeer', dog: 'puppy', dogglesworth: 'cat' },
    root: '8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3',
  },
  {
    name: 'puppy',
    in: { do: 'verb', horse: 'stallion', doge: 'coin', dog: 'puppy' },
    root: '5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84',
  },
  {
    name: 'foo',
    in: { foo: 'bar', food: 'bass' },
    root: '17beaa1648bafa633cda809c90c04af50fc8aed3cb40d16efbddee6fdf63c4c3',
  },
  {
    name: 'smallValues',
    in: { be: 'e', dog: 'puppy', bed: 'd' },
    root: '3f67c7a47520f79faa29255d2d3c084a7a6df0453116ed7232ff10277a8be68b',
  },
  {
    name: 'testy',
    in: { test: 'test', te: 'testy' },
    root: '8452568af70d8d140f58d941338542f645fcca50094b20f3c3d8c3df49337928',
  },
  {
    name: 'hex',
    in: { '0x0045': '0x0123456789', '0x4500': '0x9876543210' },
    root: '285505fcabe84badc8aa310e2aae17eddc7d120aabec8a476902c8184b3a3503',
  },
];

// Source: ethereum/tests TrieTests/trietest.json (selection; inserts in order, null deletes)
const IN_ORDER: readonly { name: string; in: readonly (readonly [string, string | null])[]; root: string }[] =
  [
    {
      name: 'emptyValues',
      in: [
        ['do', 'verb'],
        ['ether', 'wookiedoo'],
        ['horse', 'stallion'],
        ['shaman', 'horse'],
        ['doge', 'coin'],
        ['ether', null],
        ['dog', 'puppy'],
        ['shaman', null],
      ],
      root: '5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84',
    },
    {
      name: 'insert-middle-leaf',
      in: [
        ['key1aa', '0123456789012345678901234567890123456789xxx'],
        ['key1', '0123456789012345678901234567890123456789Very_Long'],
        ['key2bb', 'aval3'],
        ['key2', 'short'],
        ['key3cc', 'aval3'],
        ['key3', '1234567890123456789012345678901'],
      ],
      root: 'cb65032e2f76c48b82b5c24b3db8f670ce73982869d38cd39a624f23d62a9e89',
    },
    {
      name: 'branch-value-update',
      in: [
        ['abc', '123'],
        ['abcd', 'abcd'],
        ['abc', 'abc'],
      ],
      root: '7a320748f780ad9ad5b0837302075ce0eeba6c26e3d8562c67ccc0f1b273298a',
    },
    {
      name: 'jeff',
      in: [
        [
          '0x0000000000000000000000000000000000000000000000000000000000000045',
          '0x22b224a1420a802ab51d326e29fa98e34c4f24ea',
        ],
        [
          '0x0000000000000000000000000000000000000000000000000000000000000046',
          '0x67706c2076330000000000000000000000000000000000000000000000000000',
        ],
        [
          '0x0000000000000000000000000000000000000000000000000000001234567890',
          '0x697c7b8c961b56f675d570498424ac8de1a918f6',
        ],
        ['0x000000000000000000000000697c7b8c961b56f675d570498424ac8de1a918f6', '0x1234567890'],
        [
          '0x0000000000000000000000007ef9e639e2733cb34e4dfc576d4b23f72db776b2',
          '0x4655474156000000000000000000000000000000000000000000000000000000',
        ],
        [
          '0x000000000000000000000000ec4f34c97e43fbb2816cfd95e388353c7181dab1',
          '0x4e616d6552656700000000000000000000000000000000000000000000000000',
        ],
        [
          '0x4655474156000000000000000000000000000000000000000000000000000000',
          '0x7ef9e639e2733cb34e4dfc576d4b23f72db776b2',
        ],
        [
          '0x4e616d6552656700000000000000000000000000000000000000000000000000',
          '0xec4f34c97e43fbb2816cfd95e388353c7181dab1',
        ],
        ['0x0000000000000000000000000000000000000000000000000000001234567890', null],
        [
          '0x000000000000000000000000697c7b8c961b56f675d570498424ac8de1a918f6',
          '0x6f6f6f6820736f2067726561742c207265616c6c6c793f000000000000000000',
        ],
        [
          '0x6f6f6f6820736f2067726561742c207265616c6c6c793f000000000000000000',
          '0x697c7b8c961b56f675d570498424ac8de1a918f6',
        ],
      ],
      root: '9f6221ebb8efe7cff60a716ecb886e67dd042014be444669f0159d8e68b42100',
    },
  ];

// Source: ethereum/tests TrieTests/hex_encoded_securetrie_test.json, case test1 (a world state)
const SECURE_TEST1 = {
  in: {
    '0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b':
      '0xf848018405f446a7a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    '0x095e7baea6a6c7c4c2dfeb977efac326af552d87':
      '0xf8440101a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a004bccc5d94f4d1f99aab44369a910179931772f2a5c001c3229f57831c102769',
    '0xd2571607e241ecf590ed94b12d87c94babe36db6':
      '0xf8440180a0ba4b47865c55a341a4a78759bb913cd15c3ee8eaf30a62fa8d1c8863113d84e8a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    '0x62c01474f089b07dae603491675dc5b5748f7049':
      '0xf8448080a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    '0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba':
      '0xf8478083019a59a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
  },
  root: '730a444e08ab4b8dee147c9b232fc52d34a223d600031c1e9d25bfc985cbd797',
};

describe('constants', () => {
  it('EMPTY_TRIE_ROOT and KECCAK_EMPTY are the well-known values', () => {
    expect(bytesToHex(EMPTY_TRIE_ROOT)).toBe(
      '56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421',
    );
    expect(bytesToHex(KECCAK_EMPTY)).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(trieRoot([])).toEqual(EMPTY_TRIE_ROOT);
    expect(secureTrieRoot([])).toEqual(EMPTY_TRIE_ROOT);
  });
});

describe('hexPrefix (Yellow Paper appendix C)', () => {
  const key = hexToBytes('12345f');
  it('encodes even and odd paths with the leaf flag', () => {
    expect(bytesToHex(hexPrefix(key, 0, 6, false))).toBe('0012345f');
    expect(bytesToHex(hexPrefix(key, 1, 6, false))).toBe('12345f');
    expect(bytesToHex(hexPrefix(key, 0, 6, true))).toBe('2012345f');
    expect(bytesToHex(hexPrefix(key, 1, 6, true))).toBe('32345f');
    expect(bytesToHex(hexPrefix(key, 6, 6, true))).toBe('20');
  });
});

describe('trieRoot', () => {
  for (const t of ANY_ORDER) {
    it(`trieanyorder ${t.name}, in any order`, () => {
      const list = entries(Object.entries(t.in));
      expect(bytesToHex(trieRoot(list))).toBe(t.root);
      expect(bytesToHex(trieRoot([...list].reverse()))).toBe(t.root);
    });
  }
  for (const t of IN_ORDER) {
    it(`trietest ${t.name}`, () => {
      expect(bytesToHex(trieRoot(entries(t.in)))).toBe(t.root);
    });
  }
});

describe('secureTrieRoot', () => {
  it('hex_encoded_securetrie_test test1', () => {
    expect(bytesToHex(secureTrieRoot(entries(Object.entries(SECURE_TEST1.in))))).toBe(SECURE_TEST1.root);
  });
});

describe('logsHash', () => {
  it('of no logs is keccak256(rlp([])) = 1dcc4d...9347', () => {
    expect(bytesToHex(logsHash([]))).toBe('1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347');
  });
  it('hashes rlp([[address, [topics], data]]) (encoding written out by hand)', () => {
    const address = new Uint8Array(20).fill(0x11);
    const topic = new Uint8Array(32).fill(0x22);
    // inner payload 21 + 34 + 1 = 56 -> f838; outer payload 58 -> f83a
    const expected = concatBytes(
      hexToBytes('f83af83894'),
      address,
      hexToBytes('e1a0'),
      topic,
      hexToBytes('33'),
    );
    expect(logsHash([{ address, topics: [topic], data: Uint8Array.of(0x33) }])).toEqual(keccak_256(expected));
  });
});
