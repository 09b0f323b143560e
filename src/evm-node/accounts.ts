/**
 * Dev accounts as anvil and Hardhat derive them: the BIP-39 seed of the mnemonic (PBKDF2-
 * HMAC-SHA512, 2048 rounds, salt "mnemonic", no passphrase; node:crypto's, for start-up
 * time), BIP-32 keys at m/44'/60'/0'/0/i (BIP-44, coin type 60). The mnemonic must be a
 * valid English BIP-39 phrase (checksum included), as anvil requires.
 */
import { pbkdf2Sync } from 'node:crypto';
import { HDKey } from '@scure/bip32';
import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { privateKeyToAddress } from '../evm/index.js';
import { NodeOptionError } from './errors.js';

export const DEFAULT_MNEMONIC = 'test test test test test test test test test test test junk';

export interface DevAccount {
  address: bigint;
  key: Uint8Array;
}

export function deriveAccounts(mnemonic: string, count: number): DevAccount[] {
  const phrase = mnemonic.trim().normalize('NFKD');
  if (!validateMnemonic(phrase, wordlist))
    throw new NodeOptionError('--mnemonic: not a valid BIP-39 mnemonic');
  const seed = pbkdf2Sync(phrase, 'mnemonic', 2048, 64, 'sha512');
  // The common parent m/44'/60'/0'/0 once, then each child (each level costs a public key).
  const parent = HDKey.fromMasterSeed(seed).derive("m/44'/60'/0'/0");
  const out: DevAccount[] = [];
  for (let i = 0; i < count; i++) {
    const key = parent.deriveChild(i).privateKey!;
    out.push({ address: privateKeyToAddress(key), key });
  }
  return out;
}
