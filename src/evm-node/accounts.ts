/**
 * Dev accounts as anvil and Hardhat derive them: the BIP-39 seed of the mnemonic (PBKDF2-
 * HMAC-SHA512, 2048 rounds, salt "mnemonic", no passphrase), BIP-32 keys at
 * m/44'/60'/0'/0/i (BIP-44, coin type 60). The mnemonic must be a valid English BIP-39
 * phrase (checksum included), as anvil requires. Hashing and public keys go through
 * node:crypto (OpenSSL), which costs a process start far less than JavaScript curves.
 * The default mnemonic's first ten accounts, which nearly every start derives, are a table
 * (anvil prints them; the test derives them again): each key is an elliptic-curve
 * multiplication, 11 of them some 10 ms of the node's cold start.
 */
import { createECDH, createHmac, pbkdf2Sync } from 'node:crypto';
import { lazyModule } from '../core/lazy-module.js';
import { privateKeyToAddress } from '../evm/index.js';
import { NodeOptionError } from './errors.js';

/** @scure/bip39 and its English wordlist, loaded to check a mnemonic other than the default. */
const bip39 = lazyModule<typeof import('@scure/bip39')>('@scure/bip39');
const english = lazyModule<typeof import('@scure/bip39/wordlists/english.js')>(
  '@scure/bip39/wordlists/english.js',
);

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

/** m/44'/60'/0'/0/i of DEFAULT_MNEMONIC for i = 0..9: [key, address], as anvil prints them. */
const DEFAULT_ACCOUNTS: readonly (readonly [string, bigint])[] = [
  [
    'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
    0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266n,
  ],
  [
    '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
    0x70997970c51812dc3a010c7d01b50e0d17dc79c8n,
  ],
  [
    '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
    0x3c44cdddb6a900fa2b585dd299e03d12fa4293bcn,
  ],
  [
    '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
    0x90f79bf6eb2c4f870365e785982e1f101e93b906n,
  ],
  [
    '47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
    0x15d34aaf54267db7d7c367839aaf71a00a2c6a65n,
  ],
  [
    '8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
    0x9965507d1a55bcc2695c58ba16fb37d819b0a4dcn,
  ],
  [
    '92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
    0x976ea74026e726554db657fa54763abd0c3a0aa9n,
  ],
  [
    '4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
    0x14dc79964da2c08b23698b3d3cc7ca32193d9955n,
  ],
  [
    'dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
    0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8fn,
  ],
  [
    '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
    0xa0ee7a142d267c1f36714e4a8f75612f20a79720n,
  ],
];

export function deriveAccounts(mnemonic: string, count: number): DevAccount[] {
  const phrase = mnemonic.trim().normalize('NFKD');
  if (phrase === DEFAULT_MNEMONIC && count <= DEFAULT_ACCOUNTS.length)
    return DEFAULT_ACCOUNTS.slice(0, count).map(([key, address]) => ({
      address,
      key: new Uint8Array(Buffer.from(key, 'hex')),
    }));
  return computeAccounts(phrase, count);
}

/** deriveAccounts without the default mnemonic's table (exported for its test). */
export function computeAccounts(mnemonic: string, count: number): DevAccount[] {
  const phrase = mnemonic.trim().normalize('NFKD');
  if (!bip39().validateMnemonic(phrase, english().wordlist))
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
