/**
 * Keys as iwallet makes, imports and keeps them (go-iost `iwallet/key.go`, `iwallet/account.go`
 * import, `sdk/keystore.go`, `sdk/utils.go` ParsePrivKey):
 *
 * - a secret key is given as base58, or as `0x` + hex (which `account import` reads as
 *   secp256k1, keystore.go NewKeyPairInfo);
 * - `iwallet key` makes a new pair or derives one: secp256k1 takes the first 32 bytes of a
 *   64-byte key, ed25519 a 32-byte seed (NewKeyFromSeed), and prints
 *   `{"Algorithm", "Pubkey", "Seckey"}` in base58 or `0x` hex;
 * - an account file (`iwallet account import NAME KEY`, `--key_file`, `ACCOUNT_DIR/NAME.json`)
 *   is `{"name", "keypairs": {PERM: {"raw_key", "key_type", "public_key"}}}`; one key imported
 *   serves `active` and `owner`, several are given as `perm:key,perm:key`.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base58Decode, base58Encode } from '../core/base58.js';
import { bytesToHex, concatBytes, hexToBytes } from '../core/bytes.js';
import { JsVmRequestError } from './errors.js';
import { ALGORITHMS, type Algorithm, type KeyPair, keyPair } from './tx.js';

export function isAlgorithm(name: string): name is Algorithm {
  return Object.hasOwn(ALGORITHMS, name);
}

/** sdk/utils.go ParsePrivKey: `0x` + hex, else base58 (bytes that do not decode: none). */
export function parsePrivKey(text: string): Uint8Array {
  try {
    return text.startsWith('0x') ? hexToBytes(text.slice(2)) : base58Decode(text);
  } catch {
    return new Uint8Array();
  }
}

/** A fresh secret key (crypto/backend GenSeckey): ed25519 seed ‖ public key, or 32 secp256k1 bytes. */
function genSeckey(algorithm: Algorithm): Uint8Array {
  if (algorithm === 'secp256k1') return secp256k1.utils.randomSecretKey();
  return fromSeed(ed25519.utils.randomSecretKey());
}

function fromSeed(seed: Uint8Array): Uint8Array {
  return concatBytes(seed, ed25519.getPublicKey(seed));
}

/** `iwallet key [--privkey K] [--sign_algo A]`: the pair made or derived (go-iost iwallet/key.go). */
export function iwalletKey(algorithm: Algorithm, privkey = ''): KeyPair {
  let raw: Uint8Array = parsePrivKey(privkey);
  if (raw.length === 0) raw = genSeckey(algorithm);
  else if (algorithm === 'secp256k1' && raw.length === 64) raw = raw.subarray(0, 32);
  else if (algorithm === 'ed25519' && raw.length === 32) raw = fromSeed(raw);
  return keyPair(base58Encode(raw), algorithm);
}

/** What `iwallet key` prints (Go's json.MarshalIndent of its `key` struct, 4 spaces). */
export function iwalletKeyText(kp: KeyPair, encoding: 'base58' | 'hex' = 'base58'): string {
  const show = (b58: string) => (encoding === 'hex' ? `0x${bytesToHex(base58Decode(b58))}` : b58);
  return JSON.stringify(
    { Algorithm: kp.algorithm, Pubkey: show(kp.pubkey), Seckey: show(kp.seckey) },
    null,
    4,
  );
}

/** One permission's key in an account file (sdk KeyPairInfo; encrypted keys have no raw_key). */
export interface KeyPairInfo {
  raw_key?: string;
  key_type: string;
  public_key: string;
  encrypt_method?: string;
  salt?: string;
  encrypted_key?: string;
  mac?: string;
}

/** An iwallet account file (sdk AccountInfo). */
export interface AccountInfo {
  name: string;
  keypairs: Record<string, KeyPairInfo>;
}

/** keystore.go NewKeyPairInfo: `0x` hex is a secp256k1 key kept as base58; the public key derived. */
export function keyPairInfo(rawKey: string, keyType: Algorithm): KeyPairInfo {
  if (rawKey === '') throw new JsVmRequestError('empty key');
  const hex = rawKey.startsWith('0x');
  const algorithm: Algorithm = hex ? 'secp256k1' : keyType;
  const raw = hex ? base58Encode(parsePrivKey(rawKey)) : rawKey;
  return { raw_key: raw, key_type: algorithm, public_key: keyPair(raw, algorithm).pubkey };
}

/** `iwallet account import NAME KEYS` (iwallet/account.go importCmd). */
export function importAccount(name: string, keys: string, algorithm: Algorithm): AccountInfo {
  const parts = keys.split(',');
  const keypairs: Record<string, KeyPairInfo> = {};
  if (parts.length === 1) {
    if (parts[0]!.split(':').length !== 1)
      throw new JsVmRequestError('importing one key need not specifying permission');
    const kp = keyPairInfo(parts[0]!, algorithm);
    keypairs.active = kp;
    keypairs.owner = kp;
  } else
    for (const permAndKey of parts) {
      const split = permAndKey.split(':');
      if (split.length !== 2)
        throw new JsVmRequestError('importing more than one keys need specifying permissions');
      keypairs[split[0]!] = keyPairInfo(split[1]!, algorithm);
    }
  return { name, keypairs };
}

/** The file's text as iwallet writes it (json.MarshalIndent, 2 spaces, map keys sorted). */
export function accountFileText(a: AccountInfo): string {
  const keypairs: Record<string, KeyPairInfo> = {};
  for (const perm of Object.keys(a.keypairs).sort()) {
    const k = a.keypairs[perm]!;
    const ordered: Record<string, string> = {};
    // sdk KeyPairInfo's field order; empty omitempty fields left out
    for (const f of [
      'raw_key',
      'key_type',
      'public_key',
      'encrypt_method',
      'salt',
      'encrypted_key',
      'mac',
    ] as const)
      if (k[f] !== undefined && (k[f] !== '' || f === 'key_type' || f === 'public_key')) ordered[f] = k[f]!;
    keypairs[perm] = ordered as unknown as KeyPairInfo;
  }
  return JSON.stringify({ name: a.name, keypairs }, null, 2);
}

/** sdk LoadAccountFrom: the file's JSON, checked enough that its keys can sign. */
export function parseAccountFile(text: string): AccountInfo {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new JsVmRequestError(`key store should be a json file, ${(e as Error).message}`);
  }
  const a = v as Partial<AccountInfo> | null;
  if (
    a === null ||
    typeof a !== 'object' ||
    typeof a.name !== 'string' ||
    typeof a.keypairs !== 'object' ||
    a.keypairs === null
  )
    throw new JsVmRequestError('key store should be a json file with "name" and "keypairs"');
  return a as AccountInfo;
}

/**
 * The key pair of one permission (sdk AccountInfo.GetKeyPair / KeyPairInfo.ToKeyPair; an
 * unknown key_type is ed25519, as GetSignAlgoByName). Encrypted keys (`iwallet --encrypt`)
 * are refused: polyvm does not read passwords.
 */
export function accountKeyPair(a: AccountInfo, perm: string): KeyPair {
  const k = Object.hasOwn(a.keypairs, perm) ? a.keypairs[perm] : undefined;
  if (k === undefined || k === null || typeof k !== 'object')
    throw new JsVmRequestError(`invalid permission ${perm}`);
  if (typeof k.raw_key !== 'string' || k.raw_key === '' || (k.encrypted_key ?? '') !== '')
    throw new JsVmRequestError(
      `the ${perm} key of ${a.name} is encrypted (iwallet --encrypt): polyvm reads only unencrypted key files`,
    );
  return keyPair(k.raw_key, k.key_type === 'secp256k1' ? 'secp256k1' : 'ed25519');
}
