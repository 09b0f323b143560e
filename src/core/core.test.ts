import { describe, expect, it } from 'vitest';
import {
  assertArray,
  assertBigInt,
  assertBytes,
  assertObject,
  assertOneOf,
  assertSafeInteger,
  assertString,
  assertUint,
} from './assert.js';
import { base58Decode, base58Encode } from './base58.js';
import {
  bytesToHex,
  bytesToPrefixedHex,
  compareBytes,
  equalBytes,
  hexToBytes,
  isHex,
  strip0x,
} from './bytes.js';
import { InvalidArgumentError, InvalidHexError, PolyvmError, StateStoreError } from './errors.js';

describe('hex and bytes', () => {
  it('parses hex with or without 0x, in either case', () => {
    expect(hexToBytes('0x00ff10')).toEqual(new Uint8Array([0, 255, 16]));
    expect(hexToBytes('ABcd')).toEqual(new Uint8Array([0xab, 0xcd]));
    expect(hexToBytes('0x')).toEqual(new Uint8Array());
    expect(bytesToHex(new Uint8Array([1, 0xfe]))).toBe('01fe');
    expect(bytesToPrefixedHex(new Uint8Array([1]))).toBe('0x01');
    expect(strip0x('0Xab')).toBe('ab');
  });

  it('names the input and the problem in hex errors', () => {
    expect(() => hexToBytes('0xabc', '--code')).toThrow('--code: odd number of hex digits (3)');
    expect(() => hexToBytes('0x12g4', 'transaction.data[0]')).toThrow(
      'transaction.data[0]: invalid hex character "g" at offset 2',
    );
    expect(() => hexToBytes(5 as unknown as string)).toThrow('hex: expected a hex string, got number');
    try {
      hexToBytes('x');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidHexError);
      expect((e as InvalidHexError).code).toBe('INVALID_HEX');
    }
    expect(isHex('0x0a')).toBe(true);
    expect(isHex('0a0')).toBe(false);
  });

  it('compares bytes lexicographically, shorter first on a common prefix', () => {
    const h = (s: string) => hexToBytes(s);
    expect(compareBytes(h('01'), h('02'))).toBeLessThan(0);
    expect(compareBytes(h('0100'), h('01'))).toBeGreaterThan(0);
    expect(compareBytes(h('ff'), h('0100'))).toBeGreaterThan(0);
    expect(compareBytes(h('0102'), h('0102'))).toBe(0);
    expect(equalBytes(h('0102'), h('0102'))).toBe(true);
    expect(equalBytes(h('0102'), h('01'))).toBe(false);
  });
});

describe('errors', () => {
  it('carry a stable code, a short message, details and a cause', () => {
    const cause = new Error('ENOENT');
    const e = new StateStoreError('cannot open store', { details: 'data.mdb: truncated', cause });
    expect(e).toBeInstanceOf(PolyvmError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('STATE_STORE');
    expect(e.name).toBe('StateStoreError');
    expect(e.shortMessage).toBe('cannot open store');
    expect(e.message).toBe('cannot open store\n\nDetails: data.mdb: truncated');
    expect(e.cause).toBe(cause);
  });
});

describe('boundary assertions', () => {
  it('pass valid input and label invalid input', () => {
    assertBytes(new Uint8Array(20), 'address', 20);
    expect(() => assertBytes(new Uint8Array(19), 'address', 20)).toThrow(
      'address: expected 20 bytes, got 19',
    );
    expect(() => assertBytes('0x00', 'code')).toThrow('code: expected Uint8Array, got "0x00"');
    assertSafeInteger(5, 'gas');
    expect(() => assertSafeInteger(1.5, 'gas')).toThrow(InvalidArgumentError);
    expect(() => assertSafeInteger(-1, 'depth', 0, 1024)).toThrow(
      'depth: expected an integer in [0, 1024], got -1',
    );
    assertBigInt(10n, 'value');
    expect(() => assertBigInt(-1n, 'value')).toThrow('value: expected a bigint in [0, ∞], got -1n');
    assertString('x', 'name');
    expect(() => assertString(null, 'name')).toThrow('name: expected a string, got null');
  });
});

describe('boundary assertions for options, unsigned words, choices and lists', () => {
  it('pass valid input and label invalid input', () => {
    assertUint((1n << 160n) - 1n, 'address', 160);
    expect(() => assertUint(1n << 160n, 'address', 160)).toThrow(
      `address: expected a 160-bit unsigned bigint, got ${1n << 160n}n`,
    );
    expect(() => assertUint(-1n, 'gas', 64)).toThrow('gas: expected a 64-bit unsigned bigint, got -1n');
    expect(() => assertUint(5, 'gas', 64)).toThrow('gas: expected a 64-bit unsigned bigint, got 5');
    assertObject({}, 'options');
    for (const bad of [null, [], 'x', new Uint8Array(1)])
      expect(() => assertObject(bad, 'options')).toThrow(/^options: expected an object, got /);
    assertOneOf('b', 'fork', ['a', 'b']);
    expect(() => assertOneOf('c', 'fork', ['a', 'b'])).toThrow('fork: expected one of a, b, got "c"');
    assertArray([1n], 'keys', (v, l) => assertUint(v, l, 8));
    expect(() => assertArray([1n, 256n], 'keys', (v, l) => assertUint(v, l, 8))).toThrow(
      'keys[1]: expected a 8-bit unsigned bigint, got 256n',
    );
    expect(() => assertArray('ab', 'keys', () => {})).toThrow('keys: expected an array, got "ab"');
  });

  it('the hex, bytes and base58 helpers check their arguments', () => {
    // biome-ignore lint/suspicious/noExplicitAny: callers without types.
    const any = (v: unknown) => v as any;
    expect(() => bytesToHex(any('ab'))).toThrow('bytes: expected Uint8Array, got "ab"');
    expect(() => bytesToPrefixedHex(any([1]))).toThrow('bytes: expected Uint8Array, got array');
    expect(() => equalBytes(new Uint8Array(1), any(null))).toThrow('b: expected Uint8Array, got null');
    expect(() => compareBytes(any('a'), new Uint8Array(1))).toThrow('a: expected Uint8Array, got "a"');
    expect(() => strip0x(any(5))).toThrow('hex: expected a string, got 5');
    expect(isHex(any(5))).toBe(false);
    expect(() => base58Encode(any('x'))).toThrow('base58Encode: bytes: expected Uint8Array, got "x"');
    expect(() => base58Decode(any(5))).toThrow(InvalidArgumentError);
  });
});

describe('base58', () => {
  // Vectors from the IETF base58 draft (draft-msporny-base58, section 5).
  it('encodes and decodes the draft vectors', () => {
    const hello = new TextEncoder().encode('Hello World!');
    expect(base58Encode(hello)).toBe('2NEpo7TZRRrLZSi2U');
    expect(base58Decode('2NEpo7TZRRrLZSi2U')).toEqual(hello);
    const zeros = Uint8Array.of(0, 0, 0x28, 0x7f, 0xb4, 0xcd);
    expect(base58Encode(zeros)).toBe('11233QC4');
    expect(base58Decode('11233QC4')).toEqual(zeros);
  });

  it('names a character outside the alphabet', () => {
    expect(() => base58Decode('12O')).toThrow(InvalidArgumentError);
    expect(() => base58Decode('12O')).toThrow("'O' is not a base58 character");
  });
});
