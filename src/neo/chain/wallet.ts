/**
 * Development accounts (neo `Wallets/KeyPair.cs`, `Wallets/Helper.cs`): secp256r1 keys, their
 * standard verification scripts and addresses, WIF import and export, multisig accounts, and
 * the witnesses that sign a transaction or block (invocation: PUSHDATA1 signature per key).
 */
import { p256 } from '@noble/curves/nist.js';
import { ScriptBuilder } from '../../neovm/index.js';
import { multiSigRedeemScript, signatureRedeemScript } from '../contract/redeem.js';
import { ECPoint, sortPoints } from '../crypto/ecpoint.js';
import { hash160, sha256 } from '../crypto/hash.js';
import { NeoArgumentError } from '../errors.js';
import type { Witness } from '../payloads/transaction.js';
import { base58CheckDecode, base58CheckEncode, toAddress, type UInt160 } from '../uint.js';

export interface Account {
  readonly name: string;
  readonly scriptHash: UInt160;
  readonly address: string;
  readonly verificationScript: Uint8Array;
  /** The keys that sign for it: one, or m of a multisig account's. */
  readonly keys: readonly KeyPair[];
  /** Signatures needed (1 for a standard account). */
  readonly m: number;
}

export interface KeyPair {
  readonly privateKey: Uint8Array;
  readonly publicKey: ECPoint;
}

export function keyPair(privateKey: Uint8Array): KeyPair {
  if (privateKey.length !== 32 || !p256.utils.isValidSecretKey(privateKey)) {
    throw new NeoArgumentError('a private key must be 32 bytes in [1, n-1] of secp256r1');
  }
  return { privateKey: privateKey.slice(), publicKey: ECPoint.decode(p256.getPublicKey(privateKey, true)) };
}

export function randomKeyPair(): KeyPair {
  return keyPair(p256.utils.randomSecretKey());
}

/** WIF: Base58Check of 0x80, the key, 0x01 (compressed). */
export function toWif(key: KeyPair): string {
  const data = new Uint8Array(34);
  data[0] = 0x80;
  data.set(key.privateKey, 1);
  data[33] = 0x01;
  return base58CheckEncode(data);
}

export function fromWif(wif: string): KeyPair {
  let data: Uint8Array;
  try {
    data = base58CheckDecode(wif);
  } catch (error) {
    throw new NeoArgumentError(`invalid WIF: ${(error as Error).message}`);
  }
  if (data.length !== 34 || data[0] !== 0x80 || data[33] !== 0x01)
    throw new NeoArgumentError('invalid WIF format');
  return keyPair(data.subarray(1, 33));
}

export function standardAccount(name: string, key: KeyPair, addressVersion: number): Account {
  const script = signatureRedeemScript(key.publicKey);
  const hash = hash160(script);
  return {
    name,
    scriptHash: hash,
    address: toAddress(hash, addressVersion),
    verificationScript: script,
    keys: [key],
    m: 1,
  };
}

export function multiSigAccount(
  name: string,
  m: number,
  keys: readonly KeyPair[],
  addressVersion: number,
): Account {
  const script = multiSigRedeemScript(
    m,
    keys.map((k) => k.publicKey),
  );
  const hash = hash160(script);
  const sorted = sortPoints(keys.map((k) => k.publicKey));
  const ordered = sorted.map((p) => keys.find((k) => k.publicKey.equals(p))!);
  return {
    name,
    scriptHash: hash,
    address: toAddress(hash, addressVersion),
    verificationScript: script,
    keys: ordered,
    m,
  };
}

/** An ECDSA signature (r||s) over SHA-256 of the sign data. */
export function sign(data: Uint8Array, key: KeyPair): Uint8Array {
  return p256.sign(sha256(data), key.privateKey, { prehash: false, lowS: false });
}

/** The account's witness over `data`: its first m keys sign, in key order. */
export function witness(account: Account, data: Uint8Array): Witness {
  const sb = new ScriptBuilder();
  for (const key of account.keys.slice(0, account.m)) sb.emitPush(sign(data, key));
  return { invocationScript: sb.toArray(), verificationScript: account.verificationScript };
}
