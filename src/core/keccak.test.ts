import { keccak_256 as noble } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { keccak_256 } from './keccak.js';
import { roundConstants } from './keccak-wasm.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 7) & 0xff);

describe('keccak256 (WebAssembly Keccak-f[1600])', () => {
  it('hashes the empty input to the value every Ethereum tool knows', () => {
    // keccak256("") = the code hash of an account without code (Yellow Paper, KECCAK_EMPTY)
    expect(hex(keccak_256(new Uint8Array(0)))).toBe(
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
  });
  it('derives the round constants FIPS 202 tabulates (first, second, last)', () => {
    const rc = roundConstants();
    expect(rc[0]).toBe(0x0000000000000001n);
    expect(rc[1]).toBe(0x0000000000008082n);
    expect(rc[23]).toBe(0x8000000080008008n);
  });
  it('equals noble for every length up to three blocks and across chunk boundaries', () => {
    for (let n = 0; n <= 3 * 136 + 1; n++)
      expect(hex(keccak_256(bytes(n, n))), `length ${n}`).toBe(hex(noble(bytes(n, n))));
    for (const n of [65_000, 65_280, 65_416, 200_000, 1 << 20])
      expect(hex(keccak_256(bytes(n, 3))), `length ${n}`).toBe(hex(noble(bytes(n, 3))));
  });
  it('returns a fresh array each time', () => {
    const a = keccak_256(bytes(5, 1));
    a.fill(0);
    expect(hex(keccak_256(bytes(5, 1)))).toBe(hex(noble(bytes(5, 1))));
  });
});
