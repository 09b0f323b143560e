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
import { deriveAccounts } from '../../src/evm-node/index.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

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
});
