/** SHA256 (0x02), RIPEMD160 (0x03), IDENTITY (0x04): FIPS 180-2 / RIPEMD-160 reference digests, gas per word. */
import { describe, expect, it } from 'vitest';
import { bytesToHex, utf8ToBytes } from '../../core/bytes.js';
import { identity } from './identity.js';
import { ripemd160 } from './ripemd160.js';
import { sha256 } from './sha256.js';

describe('sha256', () => {
  it('digests "" and "abc" (FIPS 180-2 examples)', () => {
    expect(bytesToHex(sha256(new Uint8Array(0), 60n).output)).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(bytesToHex(sha256(utf8ToBytes('abc'), 72n).output)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('digests one million "a" (FIPS 180-2 long-message example)', () => {
    expect(bytesToHex(sha256(new Uint8Array(1_000_000).fill(0x61), 10n ** 9n).output)).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
  it('charges 60 + 12 per word and fails below it', () => {
    expect(sha256(new Uint8Array(0), 1000n).gasUsed).toBe(60n);
    expect(sha256(new Uint8Array(32), 1000n).gasUsed).toBe(72n);
    expect(sha256(new Uint8Array(33), 1000n).gasUsed).toBe(84n);
    expect(sha256(new Uint8Array(33), 83n)).toEqual({
      success: false,
      gasUsed: 83n,
      output: new Uint8Array(0),
    });
  });
});

describe('ripemd160', () => {
  it('digests "" and "abc" left-padded to 32 bytes (RIPEMD-160 reference vectors)', () => {
    expect(bytesToHex(ripemd160(new Uint8Array(0), 600n).output)).toBe(
      '0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31',
    );
    expect(bytesToHex(ripemd160(utf8ToBytes('abc'), 720n).output)).toBe(
      '0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
    );
  });
  it('digests one million "a" (RIPEMD-160 reference vector)', () => {
    expect(bytesToHex(ripemd160(new Uint8Array(1_000_000).fill(0x61), 10n ** 9n).output)).toBe(
      '00000000000000000000000052783243c1697bdbe16d37f97f68f08325dc1528',
    );
  });
  it('charges 600 + 120 per word and fails below it', () => {
    expect(ripemd160(new Uint8Array(64), 10000n).gasUsed).toBe(840n);
    expect(ripemd160(new Uint8Array(64), 839n).success).toBe(false);
  });
});

describe('identity', () => {
  it('returns a copy of its input for 15 + 3 per word', () => {
    const input = Uint8Array.of(1, 2, 3);
    const r = identity(input, 100n);
    expect(r).toEqual({ success: true, gasUsed: 18n, output: input });
    expect(r.output).not.toBe(input);
    expect(identity(new Uint8Array(0), 15n).gasUsed).toBe(15n);
    expect(identity(new Uint8Array(65), 23n).success).toBe(false);
    expect(identity(new Uint8Array(65), 24n).gasUsed).toBe(24n);
  });
});
