/**
 * IOST transactions as iwallet builds and signs them (go-iost `core/tx/tx.go`, `crypto/`,
 * `common/serialize.go`): the bytes a signer signs (`Base`: the fields, signers, actions and
 * amount limits), the bytes the publisher signs (`Publish`: those and the signers' signatures),
 * SHA3-256 of each, and signatures by ed25519 or secp256k1 keys. Secret keys are as iwallet
 * stores them, base58: ed25519's 64 bytes (seed ‖ public key) or secp256k1's 32; public keys
 * are base58 of their bytes (ed25519's 32, secp256k1's 33 compressed), as `auth.iost` keeps them.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha3_256 } from '@noble/hashes/sha3.js';
import { base58Decode, base58Encode } from '../core/base58.js';
import { concatBytes, utf8ToBytes } from '../core/bytes.js';
import { JsVmRequestError } from './errors.js';
import type { IostReturn } from './types.js';

/** go-iost `crypto.Algorithm`: the byte that names the algorithm in a signature's bytes. */
export const ALGORITHMS = { secp256k1: 1, ed25519: 2 } as const;
export type Algorithm = keyof typeof ALGORITHMS;

export interface TxAction {
  contract: string;
  actionName: string;
  /** The JSON array of arguments, as text. */
  data: string;
}

export interface TxSignature {
  algorithm: Algorithm;
  /** base58 */
  sig: string;
  /** base58 */
  pubkey: string;
}

/** A transaction with go-iost's fields (times in nanoseconds). */
export interface IostTx {
  time: bigint;
  expiration: bigint;
  gasRatio: bigint;
  gasLimit: bigint;
  delay: bigint;
  chainId: number;
  reserved?: Uint8Array;
  /** `account@permission` */
  signers: string[];
  actions: TxAction[];
  amountLimit: { token: string; value: string }[];
  signs: TxSignature[];
  publisher: string;
  publishSigns: TxSignature[];
  referredTx?: Uint8Array;
}

/** go-iost `common.SimpleEncoder`: big-endian integers, length-prefixed bytes and lists. */
class SimpleEncoder {
  private readonly parts: Uint8Array[] = [];
  byte(b: number): this {
    this.parts.push(Uint8Array.of(b));
    return this;
  }
  int64(n: bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, n);
    this.parts.push(b);
    return this;
  }
  int32(n: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, n);
    this.parts.push(b);
    return this;
  }
  bytes(b: Uint8Array): this {
    this.int32(b.length);
    this.parts.push(b);
    return this;
  }
  string(s: string): this {
    return this.bytes(utf8ToBytes(s));
  }
  bytesList(list: Uint8Array[]): this {
    this.int32(list.length);
    for (const b of list) this.bytes(b);
    return this;
  }
  result(): Uint8Array {
    return concatBytes(...this.parts);
  }
}

export function signatureBytes(s: TxSignature): Uint8Array {
  return new SimpleEncoder()
    .byte(ALGORITHMS[s.algorithm])
    .bytes(base58Decode(s.sig))
    .bytes(base58Decode(s.pubkey))
    .result();
}

const LEVELS = { base: 0, publish: 1, full: 2 } as const;

/** go-iost `Tx.ToBytes(level)`. */
export function txBytes(tx: IostTx, level: keyof typeof LEVELS): Uint8Array {
  const l = LEVELS[level];
  const e = new SimpleEncoder()
    .int64(tx.time)
    .int64(tx.expiration)
    .int64(tx.gasRatio)
    .int64(tx.gasLimit)
    .int64(tx.delay)
    .int32(tx.chainId)
    .bytes(tx.reserved ?? new Uint8Array())
    .bytesList(tx.signers.map(utf8ToBytes))
    .bytesList(
      tx.actions.map((a) =>
        new SimpleEncoder().string(a.contract).string(a.actionName).string(a.data).result(),
      ),
    )
    .bytesList(tx.amountLimit.map((a) => new SimpleEncoder().string(a.token).string(a.value).result()));
  if (l > LEVELS.base) e.bytesList(tx.signs.map(signatureBytes));
  if (l > LEVELS.publish)
    e.bytes(tx.referredTx ?? new Uint8Array())
      .string(tx.publisher)
      .bytesList(tx.publishSigns.map(signatureBytes));
  return e.result();
}

/** What signers sign (go-iost `baseHash`). */
export const baseHash = (tx: IostTx): Uint8Array => sha3_256(txBytes(tx, 'base'));
/** What the publisher signs (go-iost `publishHash`). */
export const publishHash = (tx: IostTx): Uint8Array => sha3_256(txBytes(tx, 'publish'));
/** The transaction's hash (go-iost `Tx.Hash`); its base58 is the id iwallet prints. */
export const txHash = (tx: IostTx): Uint8Array => sha3_256(txBytes(tx, 'full'));

export interface KeyPair {
  algorithm: Algorithm;
  /** base58 of the secret key as iwallet keeps it */
  seckey: string;
  /** base58 of the public key */
  pubkey: string;
}

/** go-iost `account.NewKeyPair`: the public key of a base58 secret key, checked as go-iost checks it. */
export function keyPair(seckey: string, algorithm: Algorithm = 'ed25519'): KeyPair {
  let raw: Uint8Array;
  try {
    raw = base58Decode(seckey);
  } catch {
    throw new JsVmRequestError('secret key: not base58');
  }
  let pub: Uint8Array;
  if (algorithm === 'ed25519') {
    if (raw.length !== 64)
      throw new JsVmRequestError(
        `secret key: seckey length error ed25519 seckey length should not be ${raw.length}`,
      );
    pub = ed25519.getPublicKey(raw.subarray(0, 32));
    if (base58Encode(pub) !== base58Encode(raw.subarray(32)))
      throw new JsVmRequestError('secret key: invalid seckey');
  } else if (algorithm === 'secp256k1') {
    if (raw.length !== 32)
      throw new JsVmRequestError(
        `secret key: seckey length error secp256k1 seckey length should not be ${raw.length}`,
      );
    try {
      pub = secp256k1.getPublicKey(raw, true);
    } catch {
      throw new JsVmRequestError('secret key: invalid seckey');
    }
  } else throw new JsVmRequestError(`secret key: unknown algorithm ${JSON.stringify(algorithm)}`);
  return { algorithm, seckey, pubkey: base58Encode(pub) };
}

/** go-iost `crypto.NewSignature`: ed25519 over the message, or compact low-S secp256k1 ECDSA of the 32-byte hash. */
export function sign(kp: KeyPair, message: Uint8Array): TxSignature {
  const raw = base58Decode(kp.seckey);
  const sig =
    kp.algorithm === 'ed25519'
      ? ed25519.sign(message, raw.subarray(0, 32))
      : secp256k1.sign(message, raw, { prehash: false, lowS: true });
  return { algorithm: kp.algorithm, sig: base58Encode(sig), pubkey: kp.pubkey };
}

/** go-iost `Signature.Verify`: false for anything malformed, never an exception. */
export function verifySignature(s: TxSignature, message: Uint8Array): boolean {
  try {
    const sig = base58Decode(s.sig);
    const pub = base58Decode(s.pubkey);
    if (s.algorithm === 'ed25519') return ed25519.verify(sig, message, pub);
    if (s.algorithm === 'secp256k1')
      return (
        sig.length === 64 &&
        message.length === 32 &&
        secp256k1.verify(sig, message, pub, { prehash: false, lowS: true })
      );
    return false;
  } catch {
    return false;
  }
}

/** A signer's signature (go-iost `SignTxContent`): only an account named in `signers` signs. */
export function signContent(tx: IostTx, id: string, kp: KeyPair): TxSignature {
  if (!tx.signers.some((s) => s.startsWith(id)))
    throw new JsVmRequestError('account not included in signer list of this transaction');
  return sign(kp, baseHash(tx));
}

/**
 * A transaction of `actions` with iwallet's defaults (go-iost iwallet/root.go flags): gas ratio 1
 * (100), no delay, chain 1024, expiring 90 s after `time` (ns), no signers, unsigned.
 */
export function unsignedTx(actions: TxAction[], time: bigint, gasLimit: bigint): IostTx {
  return {
    time,
    expiration: time + 90_000_000_000n,
    gasRatio: 100n,
    gasLimit,
    delay: 0n,
    chainId: 1024,
    signers: [],
    actions,
    amountLimit: [],
    signs: [],
    publisher: '',
    publishSigns: [],
  };
}

/** The publisher's signatures (go-iost `SignTx`): sets the publisher and signs with each key. */
export function signTx(tx: IostTx, publisher: string, kps: KeyPair[]): IostTx {
  const t = { ...tx, publisher, publishSigns: [] as TxSignature[] };
  t.publishSigns = kps.map((kp) => sign(kp, publishHash(t)));
  return t;
}

/** go-iost `Tx.VerifySelf` (signatures only): every signer's and the publisher's signatures are valid. */
export function verifyTxSignatures(tx: IostTx): string | undefined {
  const base = baseHash(tx);
  for (const s of tx.signs) if (!verifySignature(s, base)) return 'signer error';
  if (tx.publishSigns.length === 0) return 'publisher empty error';
  const pub = publishHash(tx);
  for (const s of tx.publishSigns) if (!verifySignature(s, pub)) return 'publisher error';
  return undefined;
}

/** Gas per byte of Net: go-iost core/contract/cost.go `ToGas` is 10 × Net + CPU. */
export const NET_GAS = 10;

/**
 * Bytes of Go's `json.Marshal` of a list of strings (go-iost isolator.go runAction's `ret`):
 * JSON.stringify's text, except that Go also escapes `<`, `>`, `&`, U+2028 and U+2029 as
 * `\u00XX`/`\u20XX` (encoding/json's HTML-safe default).
 */
export function goJsonLength(values: readonly IostReturn[]): number {
  const text = JSON.stringify(values);
  let extra = 0;
  for (const c of text) {
    if (c === '<' || c === '>' || c === '&') extra += 5;
    else if (c === '\u2028' || c === '\u2029') extra += 3;
  }
  return utf8ToBytes(text).length + extra;
}
