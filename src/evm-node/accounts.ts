/**
 * Dev accounts as anvil and Hardhat derive them: the BIP-39 seed of the mnemonic (PBKDF2-
 * HMAC-SHA512, 2048 rounds, salt "mnemonic", no passphrase), BIP-32 keys at
 * m/44'/60'/0'/0/i (BIP-44, coin type 60). The mnemonic must be a valid English BIP-39
 * phrase (checksum included), as anvil requires. Hashing and public keys go through
 * node:crypto (OpenSSL), which costs a process start far less than JavaScript curves.
 */
import { createECDH, createHmac, pbkdf2Sync } from 'node:crypto';
import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { privateKeyToAddress } from '../evm/index.js';
import { NodeOptionError } from './errors.js';

export const DEFAULT_MNEMONIC = 'test test test test test test test test test test test junk';

export interface DevAccount {
  address: bigint;
  key: Uint8Array;
}

/** secp256k1's group order. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HARDENED = 0x80000000;

interface ExtendedKey {
  key: Uint8Array;
  chainCode: Uint8Array;
}

function hex32(n: bigint): Uint8Array {
  return Buffer.from(n.toString(16).padStart(64, '0'), 'hex');
}

function compressedPublicKey(key: Uint8Array): Buffer {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(key);
  return ecdh.getPublicKey(null, 'compressed');
}

/**
 * BIP-32 CKDpriv: the child `index` (hardened from 2^31) of a private extended key;
 * `parentPublic`, the parent's compressed public key, when the caller has it.
 */
function child(parent: ExtendedKey, index: number, parentPublic?: Uint8Array): ExtendedKey {
  const data = Buffer.alloc(37);
  if (index >= HARDENED) data.set(parent.key, 1);
  else data.set(parentPublic ?? compressedPublicKey(parent.key));
  data.writeUInt32BE(index, 33);
  const i = createHmac('sha512', parent.chainCode).update(data).digest();
  const tweak = BigInt(`0x${i.subarray(0, 32).toString('hex')}`);
  const key = (tweak + BigInt(`0x${Buffer.from(parent.key).toString('hex')}`)) % N;
  // BIP-32: such an index gives no key (probability below 2^-127).
  if (tweak >= N || key === 0n) throw new NodeOptionError(`BIP-32: index ${index} derives no key`);
  return { key: hex32(key), chainCode: i.subarray(32) };
}

export function deriveAccounts(mnemonic: string, count: number): DevAccount[] {
  const phrase = mnemonic.trim().normalize('NFKD');
  if (!validateMnemonic(phrase, wordlist))
    throw new NodeOptionError('--mnemonic: not a valid BIP-39 mnemonic');
  const seed = pbkdf2Sync(phrase, 'mnemonic', 2048, 64, 'sha512');
  const master = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
  // The common parent m/44'/60'/0'/0 once, then each child.
  let parent: ExtendedKey = { key: master.subarray(0, 32), chainCode: master.subarray(32) };
  for (const index of [44 + HARDENED, 60 + HARDENED, HARDENED, 0]) parent = child(parent, index);
  const parentPublic = compressedPublicKey(parent.key);
  const out: DevAccount[] = [];
  for (let i = 0; i < count; i++) {
    const { key } = child(parent, i, parentPublic);
    out.push({ address: privateKeyToAddress(key), key: new Uint8Array(key) });
  }
  return out;
}
