/** The store layout of state-keys.ts (its header): key bytes and the 72-byte account record. */
import { describe, expect, it } from 'vitest';
import { bytesToHex, utf8ToBytes } from '../core/bytes.js';
import {
  accountKey,
  codeKey,
  decodeAccount,
  encodeAccount,
  storageKey,
  storagePrefixOf,
} from './state-keys.js';

const hex = (b: Uint8Array) => bytesToHex(b);
const ns = (c: string) => hex(utf8ToBytes(`evm/${c}`));
const ADDRESS = 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0bn;

describe('state keys', () => {
  it('evm/a<address 20>', () => {
    expect(hex(accountKey(ADDRESS))).toBe(`${ns('a')}a94f5374fce5edbc8e2a8697c15331677e6ebf0b`);
    expect(hex(accountKey(0x1234n))).toBe(`${ns('a')}${'00'.repeat(18)}1234`);
  });
  it('evm/s<address 20><slot 32>, and the prefix of an account', () => {
    const slot = (1n << 255n) + 0x0102n;
    expect(hex(storageKey(ADDRESS, slot))).toBe(
      `${ns('s')}a94f5374fce5edbc8e2a8697c15331677e6ebf0b80${'00'.repeat(29)}0102`,
    );
    expect(hex(storageKey(1n, 0n))).toBe(`${ns('s')}${'00'.repeat(19)}01${'00'.repeat(32)}`);
    expect(hex(storagePrefixOf(ADDRESS))).toBe(`${ns('s')}a94f5374fce5edbc8e2a8697c15331677e6ebf0b`);
  });
  it('evm/c<code hash 32>', () => {
    expect(hex(codeKey(new Uint8Array(32).fill(0xab)))).toBe(`${ns('c')}${'ab'.repeat(32)}`);
  });
  it('nonce (8) | balance (32) | code hash (32), and back', () => {
    const a = { nonce: (1n << 64n) - 2n, balance: (1n << 256n) - 1n, codeHash: new Uint8Array(32).fill(7) };
    const bytes = encodeAccount(a);
    expect(hex(bytes)).toBe(`fffffffffffffffe${'ff'.repeat(32)}${'07'.repeat(32)}`);
    expect(decodeAccount(bytes)).toEqual(a);
    const small = { nonce: 1n, balance: 0x10000000000000000n, codeHash: new Uint8Array(32) };
    expect(hex(encodeAccount(small))).toBe(
      `0000000000000001${'00'.repeat(23)}01${'00'.repeat(8)}${'00'.repeat(32)}`,
    );
    expect(decodeAccount(encodeAccount(small))).toEqual(small);
  });
});
