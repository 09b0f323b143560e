/**
 * Transaction and authorization signatures over secp256k1: the hash each type signs
 * (EIP-155 for protected legacy transactions, `type || rlp(fields)` for EIP-2718 types,
 * `0x05 || rlp([chainId, address, nonce])` for EIP-7702 authorizations), signing, and
 * sender recovery with geth's checks (r and s in range, EIP-2 low s, the chain id).
 */
import { createECDH } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '../../core/keccak.js';
import type { ForkRules } from '../fork-rules.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import { recoverPublicKey } from '../secp256k1/recover.js';
import { addressToBytes, bytesToBigInt } from '../words.js';
import { InvalidTransactionError, unsignedFields } from './codec.js';
import type { Authorization, SignedTransaction, Transaction } from './types.js';

const N = secp256k1.Point.CURVE().n;
const HALF_N = N >> 1n;

/** The hash a transaction's signature covers. */
export function signingHash(tx: Omit<SignedTransaction, 'v' | 'r' | 's'>): Uint8Array {
  const fields = unsignedFields(tx);
  if (tx.type === 0) {
    if (tx.chainId !== undefined)
      fields.push(bigIntToMinimalBytes(tx.chainId), new Uint8Array(0), new Uint8Array(0));
    return keccak_256(rlpEncode(fields));
  }
  const rlp = rlpEncode(fields);
  const buf = new Uint8Array(rlp.length + 1);
  buf[0] = tx.type;
  buf.set(rlp, 1);
  return keccak_256(buf);
}

/** The address of a public key (keccak of the uncompressed point without its prefix). */
export function publicKeyToAddress(pub: Uint8Array): bigint {
  return bytesToBigInt(keccak_256(pub.subarray(1)).subarray(12));
}

/** The uncompressed (65-byte) or compressed (33-byte) public key of a private key. */
export function publicKeyOf(key: Uint8Array, compressed = false): Uint8Array {
  // node:crypto's secp256k1 (OpenSSL): no precomputed tables to build on the first call,
  // which is what a process start (the dev node's accounts) pays for with noble.
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(key);
  return ecdh.getPublicKey(null, compressed ? 'compressed' : 'uncompressed');
}

/** The address of a private key. */
export function privateKeyToAddress(key: Uint8Array): bigint {
  return publicKeyToAddress(publicKeyOf(key));
}

/** Whether (r, s, recovery) is a valid signature for geth (`crypto.ValidateSignatureValues`). */
export function validSignatureValues(recovery: bigint, r: bigint, s: bigint, lowS: boolean): boolean {
  if (r < 1n || s < 1n || r >= N || s >= N) return false;
  if (lowS && s > HALF_N) return false;
  return recovery === 0n || recovery === 1n;
}

/** The signer of `hash`, or undefined when the signature does not recover. */
export function recoverAddress(hash: Uint8Array, recovery: bigint, r: bigint, s: bigint): bigint | undefined {
  const pub = recoverPublicKey(hash, Number(recovery), r, s);
  return pub && publicKeyToAddress(pub);
}

const invalidSig = (tx: SignedTransaction) =>
  new InvalidTransactionError(`invalid transaction v, r, s values: r: ${tx.r}, s: ${tx.s}, v: ${tx.v}`);

/**
 * geth's signer checks short of the curve arithmetic: the type exists in the fork, the
 * chain id matches, v, r and s are in range (EIP-2 low s). Returns the recovery bit.
 * Throws InvalidTransactionError with geth's message otherwise.
 */
export function checkSignature(tx: SignedTransaction, rules: ForkRules, chainId: bigint): bigint {
  if (tx.type > rules.maxTxType) throw new InvalidTransactionError('transaction type not supported');
  let recovery: bigint;
  if (tx.type === 0) {
    if (tx.v === 27n || tx.v === 28n) recovery = tx.v - 27n;
    else if (rules.replayProtection && tx.v >= 35n) {
      const txChain = (tx.v - 35n) / 2n;
      if (txChain !== chainId)
        throw new InvalidTransactionError(`invalid chain id for signer: have ${txChain} want ${chainId}`);
      recovery = (tx.v - 35n) % 2n;
    } else throw invalidSig(tx);
  } else {
    if (tx.chainId !== chainId)
      throw new InvalidTransactionError(`invalid chain id for signer: have ${tx.chainId} want ${chainId}`);
    recovery = tx.v;
  }
  if (!validSignatureValues(recovery, tx.r, tx.s, rules.lowS)) throw invalidSig(tx);
  return recovery;
}

/** The sender of a signed transaction under `rules` and `chainId` (geth's `types.Sender`). */
export function recoverSender(tx: SignedTransaction, rules: ForkRules, chainId: bigint): bigint {
  const recovery = checkSignature(tx, rules, chainId);
  // A legacy transaction is EIP-155 protected exactly when its v says so.
  const unsigned = tx.type === 0 ? { ...tx, chainId: tx.v >= 35n ? (tx.v - 35n) / 2n : undefined } : tx;
  const sender = recoverAddress(signingHash(unsigned), recovery, tx.r, tx.s);
  if (sender === undefined) throw invalidSig(tx);
  return sender;
}

/** Signs `tx` (EIP-155 for a legacy transaction with a chain id). */
export function signTransaction(
  tx: Omit<SignedTransaction, 'v' | 'r' | 's'>,
  key: Uint8Array,
): SignedTransaction {
  const sig = secp256k1.sign(signingHash(tx), key, { prehash: false, format: 'recovered' });
  const recovery = BigInt(sig[0]!);
  const r = bytesToBigInt(sig.subarray(1, 33));
  const s = bytesToBigInt(sig.subarray(33, 65));
  const v =
    tx.type !== 0 ? recovery : tx.chainId === undefined ? 27n + recovery : tx.chainId * 2n + 35n + recovery;
  return { ...tx, v, r, s };
}

/** A signed transaction as execution wants it, with the sender recovered. */
export function withSender(tx: SignedTransaction, sender: bigint): Transaction {
  const { v: _v, r: _r, s: _s, chainId: _c, ...rest } = tx;
  return { ...rest, sender };
}

/** The hash an EIP-7702 authorization signs: keccak256(0x05 || rlp([chainId, address, nonce])). */
export function authorizationHash(a: Pick<Authorization, 'chainId' | 'address' | 'nonce'>): Uint8Array {
  const rlp = rlpEncode([
    bigIntToMinimalBytes(a.chainId),
    addressToBytes(a.address),
    bigIntToMinimalBytes(a.nonce),
  ]);
  const buf = new Uint8Array(rlp.length + 1);
  buf[0] = 0x05;
  buf.set(rlp, 1);
  return keccak_256(buf);
}

/** Authorities recovered lately: the curve arithmetic is milliseconds, tests repeat lists. */
const authorities = new Map<string, bigint | undefined>();
const MAX_AUTHORITIES = 4096;

/** The authority of an authorization, or undefined when its signature is invalid (EIP-7702). */
export function recoverAuthority(a: Authorization): bigint | undefined {
  if (!validSignatureValues(a.yParity, a.r, a.s, true)) return undefined;
  const key = `${a.chainId}:${a.address}:${a.nonce}:${a.yParity}:${a.r}:${a.s}`;
  if (authorities.has(key)) return authorities.get(key);
  const authority = recoverAddress(authorizationHash(a), a.yParity, a.r, a.s);
  if (authorities.size >= MAX_AUTHORITIES) authorities.clear();
  authorities.set(key, authority);
  return authority;
}

/** Signs an authorization with `key`. */
export function signAuthorization(
  a: Pick<Authorization, 'chainId' | 'address' | 'nonce'>,
  key: Uint8Array,
): Authorization {
  const sig = secp256k1.sign(authorizationHash(a), key, { prehash: false, format: 'recovered' });
  return {
    ...a,
    yParity: BigInt(sig[0]!),
    r: bytesToBigInt(sig.subarray(1, 33)),
    s: bytesToBigInt(sig.subarray(33, 65)),
  };
}
