/**
 * RLP: the examples of the Yellow Paper appendix B / ethereum.org RLP page, and strict
 * rejection of non-canonical encodings (cases after ethereum/tests RLPTests/invalidRLPTest.json).
 */
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, utf8ToBytes } from '../core/bytes.js';
import { PolyvmError } from '../core/errors.js';
import { bigIntToMinimalBytes, RLP_MAX_DEPTH, RlpError, type RlpInput, rlpDecode, rlpEncode } from './rlp.js';

const s = utf8ToBytes;
const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipisicing elit';

// [value, encoding] from https://ethereum.org/en/developers/docs/data-structures-and-encoding/rlp/
const EXAMPLES: readonly [RlpInput, string][] = [
  [s('dog'), '83646f67'],
  [[s('cat'), s('dog')], 'c88363617483646f67'],
  [new Uint8Array(0), '80'],
  [[], 'c0'],
  [Uint8Array.of(0), '00'],
  [Uint8Array.of(0x0f), '0f'],
  [Uint8Array.of(0x04, 0x00), '820400'],
  [[[], [[]], [[], [[]]]], 'c7c0c1c0c3c0c1c0'],
  [s(LOREM), `b838${bytesToHex(s(LOREM))}`],
  [Uint8Array.of(0x80), '8180'],
];

describe('rlpEncode / rlpDecode', () => {
  for (const [value, enc] of EXAMPLES) {
    it(`encodes and decodes ${enc.slice(0, 24)}`, () => {
      expect(bytesToHex(rlpEncode(value))).toBe(enc);
      expect(rlpDecode(hexToBytes(enc))).toEqual(value);
    });
  }

  it('uses the long list form from 56 bytes of payload', () => {
    const list = [s(LOREM.slice(0, 54))]; // item 55 bytes -> payload 55 -> short form
    expect(bytesToHex(rlpEncode(list)).slice(0, 4)).toBe('f7b6');
    const longer = [s(LOREM.slice(0, 55))]; // payload 56 -> f838
    expect(bytesToHex(rlpEncode(longer)).slice(0, 6)).toBe('f838b7');
    expect(rlpDecode(rlpEncode(longer))).toEqual(longer);
  });

  it('round-trips a 1024-byte string with a two-byte length', () => {
    const big = new Uint8Array(1024).fill(7);
    const enc = rlpEncode(big);
    expect(bytesToHex(enc.subarray(0, 3))).toBe('b90400');
    expect(rlpDecode(enc)).toEqual(big);
  });
});

describe('rlpDecode rejects non-canonical or malformed input', () => {
  const bad: readonly [string, string, RegExp][] = [
    ['empty input', '', /empty input/],
    ['single byte < 0x80 with a header', '8100', /single byte below 0x80/],
    ['0x7f wrapped', '817f', /single byte below 0x80/],
    ['long string form under 56 bytes', `b801${'00'}`, /long form/],
    ['long list form under 56 bytes', 'f80100', /long form/],
    ['length with a leading zero', `b90037${'00'.repeat(55)}`, /leading zero/],
    ['string past the end', '83646f', /runs past the end/],
    ['list past the end', 'c283', /runs past/],
    ['child past its list', 'c18261', /runs past the end of its container/],
    ['trailing bytes', '8364646400', /trailing bytes/],
    ['two items', '0000', /trailing bytes/],
    ['length field past the end', 'b9', /length field runs past/],
    ['huge declared length', 'bf7fffffffffffffff', /runs past/],
  ];
  for (const [label, enc, msg] of bad) {
    it(label, () => {
      let err: unknown;
      try {
        rlpDecode(hexToBytes(enc));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RlpError);
      expect((err as PolyvmError).code).toBe('RLP_INVALID');
      expect((err as Error).message).toMatch(msg);
    });
  }

  it('rejects nesting deeper than RLP_MAX_DEPTH without overflowing the stack', () => {
    const nest = (depth: number): Uint8Array => {
      let enc = Uint8Array.of(0xc0);
      for (let i = 0; i < depth; i++) {
        const n = enc.length;
        const head =
          n < 56
            ? [0xc0 + n]
            : n < 256
              ? [0xf8, n]
              : n < 65536
                ? [0xf9, n >> 8, n & 255]
                : [0xfa, n >> 16, (n >> 8) & 255, n & 255];
        const next = new Uint8Array(head.length + n);
        next.set(head);
        next.set(enc, head.length);
        enc = next;
      }
      return enc;
    };
    expect(() => rlpDecode(nest(RLP_MAX_DEPTH - 1))).not.toThrow();
    expect(() => rlpDecode(nest(RLP_MAX_DEPTH + 1))).toThrow(/nesting deeper than 1024/);
  });
});

describe('bigIntToMinimalBytes', () => {
  it('gives big-endian bytes without leading zeros', () => {
    expect(bigIntToMinimalBytes(0n)).toEqual(new Uint8Array(0));
    expect(bigIntToMinimalBytes(1n)).toEqual(Uint8Array.of(1));
    expect(bigIntToMinimalBytes(0x400n)).toEqual(Uint8Array.of(4, 0));
    expect(bigIntToMinimalBytes((1n << 256n) - 1n)).toEqual(new Uint8Array(32).fill(0xff));
  });
  it('agrees at the edges of the small-number path (2^48) with the hex digits', () => {
    for (const n of [0xffn, 0x100n, 0xffffffffffffn, 0x1000000000000n, 0x123456789abcden, 0x80n << 40n]) {
      const hex = n.toString(16).padStart(Math.ceil(n.toString(16).length / 2) * 2, '0');
      expect(Buffer.from(bigIntToMinimalBytes(n)).toString('hex')).toBe(hex);
    }
  });
  it('rejects negatives with a typed error', () => {
    expect(() => bigIntToMinimalBytes(-1n)).toThrow(PolyvmError);
  });
});
