/**
 * Dev account derivation (BIP-39 seed, BIP-32 at m/44'/60'/0'/0/i) against @scure/bip32 and
 * noble's secp256k1, independent implementations of the same specifications.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { HDKey } from '@scure/bip32';
import { generateMnemonic, mnemonicToSeedSync } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { computeAccounts } from '../../src/evm-node/accounts.js';
import { DEFAULT_MNEMONIC, deriveAccounts } from '../../src/evm-node/index.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** m/44'/60'/0'/0/i of `mnemonic` by @scure/bip32 and noble: [key, address] in hex. */
function reference(mnemonic: string, count: number): [string, string][] {
  const root = HDKey.fromMasterSeed(mnemonicToSeedSync(mnemonic));
  return Array.from({ length: count }, (_, i) => {
    const key = root.derive(`m/44'/60'/0'/0/${i}`).privateKey!;
    return [hex(key), hex(keccak_256(secp256k1.getPublicKey(key, false).subarray(1)).subarray(12))];
  });
}

const pairs = (accounts: { key: Uint8Array; address: bigint }[]) =>
  accounts.map((a): [string, string] => [hex(a.key), a.address.toString(16).padStart(40, '0')]);

describe('dev accounts', () => {
  it('equal @scure/bip32 keys and noble addresses for random mnemonics (12 and 24 words)', () => {
    for (const strength of [128, 256, 128, 256]) {
      const mnemonic = generateMnemonic(wordlist, strength);
      const accounts = deriveAccounts(mnemonic, 5);
      const root = HDKey.fromMasterSeed(mnemonicToSeedSync(mnemonic));
      for (let i = 0; i < 5; i++) {
        const key = root.derive(`m/44'/60'/0'/0/${i}`).privateKey!;
        const address = keccak_256(secp256k1.getPublicKey(key, false).subarray(1)).subarray(12);
        expect(hex(accounts[i]!.key)).toBe(hex(key));
        expect(accounts[i]!.address.toString(16).padStart(40, '0')).toBe(hex(address));
      }
    }
  });

  it("the default mnemonic's table (its first ten) and the accounts past it equal @scure/bip32's", () => {
    const expected = reference(DEFAULT_MNEMONIC, 12);
    expect(pairs(deriveAccounts(DEFAULT_MNEMONIC, 10))).toEqual(expected.slice(0, 10));
    expect(pairs(deriveAccounts(DEFAULT_MNEMONIC, 3))).toEqual(expected.slice(0, 3));
    expect(pairs(deriveAccounts(` ${DEFAULT_MNEMONIC}\n`, 10))).toEqual(expected.slice(0, 10));
    // Computed, not from the table: more accounts than it holds, and the table's path itself.
    expect(pairs(deriveAccounts(DEFAULT_MNEMONIC, 12))).toEqual(expected);
    expect(pairs(computeAccounts(DEFAULT_MNEMONIC, 10))).toEqual(expected.slice(0, 10));
  });

  it('a mnemonic that fails its checksum is refused, the table notwithstanding', () => {
    expect(() => deriveAccounts(DEFAULT_MNEMONIC.replace(/junk$/, 'test'), 10)).toThrow(/not a valid BIP-39/);
  });
});
