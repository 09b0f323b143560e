/**
 * Dev accounts as anvil and Hardhat derive them: BIP-39 seed of the mnemonic (no
 * passphrase), BIP-32 keys at m/44'/60'/0'/0/i (BIP-44, coin type 60).
 */
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { privateKeyToAddress } from '../evm/index.js';

export const DEFAULT_MNEMONIC = 'test test test test test test test test test test test junk';

export interface DevAccount {
  address: bigint;
  key: Uint8Array;
}

export function deriveAccounts(mnemonic: string, count: number): DevAccount[] {
  const root = HDKey.fromMasterSeed(mnemonicToSeedSync(mnemonic.trim()));
  const out: DevAccount[] = [];
  for (let i = 0; i < count; i++) {
    const key = root.derive(`m/44'/60'/0'/0/${i}`).privateKey!;
    out.push({ address: privateKeyToAddress(key), key });
  }
  return out;
}
