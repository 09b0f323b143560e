/**
 * IOST transaction bytes, hashes and signatures. Expected values: iost.js's cross-check against
 * go-iost (iost-official/iost.js `lib/test_tx.js`, the "standard" printed by go-iost
 * `core/tx/tx_test.go` TestTx_Platform for the same transaction and key), and the ed25519
 * public key of go-iost's test producer key asserted by the Rust IOST SDK's keypair test.
 */
import { describe, expect, test } from 'vitest';
import { base58Decode, base58Encode } from '../../src/core/base58.js';
import { bytesToHex, hexToBytes } from '../../src/core/bytes.js';
import {
  baseHash,
  type IostTx,
  keyPair,
  publishHash,
  sign,
  signatureBytes,
  signContent,
  signTx,
  txBytes,
  verifySignature,
  verifyTxSignatures,
} from '../../src/jsvm/tx.js';

const SECKEY = '1rANSfcRzr4HkhbUFZ7L1Zp69JZZHiDDq5v7dNSbbEqeU4jxy3fszV4HGiaLQEyqVpS1dKT9g7zCVRxBVzuiUzB';
// iost.js src/lib/structs.test.ts (jest): a transaction at Date.now() = 1611134255691 with a
// 300 s expiration; its bytes and base hash.
const STANDARD = {
  tx_bytes_0:
    '165be611c3ece8c0165be6579d51a0c00000000000000064000000000001e208000000000000000000000000000000000000000100000003616263000000010000001500000004636f6e7400000003616269000000025b5d000000010000000f00000004696f737400000003313233',
  tx_base_hash: '92213bdf050185cefea554c9afa4420d24d2f6fe1e7856ac10ea192493a09f8a',
  sig_pubkey: '5731adeb5d1a807ec9c43825389e5edff70412e4643a94629a652af1bfcf2f08',
};
// iost.js lib/test_tx.js: go-iost TestTx_Platform's signature of a base hash and of a publish
// hash (by the same key; those hashes are of the format before the chain id field).
const SIGNED = {
  base_hash: '5b75a2e0a5e7c8c462604d90df60893e9714702bd5c0dd1448dd017ed4aa0bc4',
  sig_bytes:
    '0200000040b41b996ea0a47c0a14dd5d6e473828dea4966bc1d8823205b7af6b6ca19626f46c1e86957a6fa2510bb1bf42125368c4add823bcba9c56eb888b5cd23f544203000000205731adeb5d1a807ec9c43825389e5edff70412e4643a94629a652af1bfcf2f08',
  publish_hash: '1990bf1492c2f9d0ae57c5350a4fe9517ee6889808e534f81f2b28549ebe81fb',
  publish_sign:
    '0200000040c0302c52371cabf010af3b3a537e46ed6ed68cfe8b59dcfd7106d63cebf2c9f9f354ca8c40955ee0ee7373d458cea22a9657b44d2e78451df5833d8148e24807000000205731adeb5d1a807ec9c43825389e5edff70412e4643a94629a652af1bfcf2f08',
};

function platformTx(): IostTx {
  return {
    time: 1611134255691000000n,
    expiration: 1611134555691000000n,
    gasRatio: 100n,
    gasLimit: 123400n,
    delay: 0n,
    chainId: 0,
    signers: ['abc'],
    actions: [{ contract: 'cont', actionName: 'abi', data: '[]' }],
    amountLimit: [{ token: 'iost', value: '123' }],
    signs: [],
    publisher: '',
    publishSigns: [],
  };
}

describe('transactions as go-iost and iost.js encode and sign them', () => {
  const kp = keyPair(SECKEY, 'ed25519');
  test('the ed25519 public key of a go-iost secret key', () => {
    expect(kp.pubkey).toBe('6sNQa7PV2SFzqCBtQUcQYJGGoU7XaB6R4xuCQVXNZe6b');
    expect(bytesToHex(base58Decode(kp.pubkey))).toBe(STANDARD.sig_pubkey);
  });
  test('bytes and base hash (iost.js structs.test.ts)', () => {
    const tx = platformTx();
    expect(bytesToHex(txBytes(tx, 'base'))).toBe(STANDARD.tx_bytes_0);
    expect(bytesToHex(baseHash(tx))).toBe(STANDARD.tx_base_hash);
  });
  test('signatures and their bytes (go-iost TestTx_Platform via iost.js test_tx.js)', () => {
    expect(bytesToHex(signatureBytes(sign(kp, hexToBytes(SIGNED.base_hash))))).toBe(SIGNED.sig_bytes);
    expect(bytesToHex(signatureBytes(sign(kp, hexToBytes(SIGNED.publish_hash))))).toBe(SIGNED.publish_sign);
  });
  test("a signed transaction verifies; the publisher signs over the signers' signatures", () => {
    const tx = platformTx();
    tx.signs.push(signContent(tx, 'abc', kp));
    const signed = signTx(tx, 'def', [kp]);
    expect(verifyTxSignatures(signed)).toBeUndefined();
    expect(verifySignature(signed.publishSigns[0]!, publishHash(tx))).toBe(true);
    expect(verifySignature(signed.publishSigns[0]!, baseHash(tx))).toBe(false);
  });
  test('a signature over other bytes, or a tampered transaction, does not verify', () => {
    const signed = signTx({ ...platformTx(), signs: [signContent(platformTx(), 'abc', kp)] }, 'def', [kp]);
    expect(verifyTxSignatures({ ...signed, gasLimit: 123401n })).toBe('signer error');
    expect(verifyTxSignatures({ ...signed, publisher: 'xyz' })).toBeUndefined(); // the publisher name is outside publishHash
    expect(verifyTxSignatures({ ...signed, publishSigns: [] })).toBe('publisher empty error');
    const other = keyPair(base58Encode(new Uint8Array(32).fill(7)), 'secp256k1');
    expect(
      verifyTxSignatures({ ...signed, publishSigns: [{ ...signed.publishSigns[0]!, pubkey: other.pubkey }] }),
    ).toBe('publisher error');
  });
  test('secp256k1: compact low-S signatures of the 32-byte hash, 33-byte compressed keys', () => {
    const k = keyPair(base58Encode(new Uint8Array(32).fill(1)), 'secp256k1');
    expect(base58Decode(k.pubkey).length).toBe(33);
    const h = baseHash(platformTx());
    const s = signContent(platformTx(), 'abc', k);
    expect(base58Decode(s.sig).length).toBe(64);
    expect(verifySignature(s, h)).toBe(true);
    expect(verifySignature(s, publishHash(platformTx()))).toBe(false);
  });
  test('secret keys are checked as go-iost checks them', () => {
    expect(() => keyPair(base58Encode(new Uint8Array(32)), 'ed25519')).toThrow(
      'seckey length error ed25519 seckey length should not be 32',
    );
    const bad = base58Decode(SECKEY);
    bad[40] = (bad[40]! + 1) & 255;
    expect(() => keyPair(base58Encode(bad), 'ed25519')).toThrow('invalid seckey');
    expect(() => keyPair(SECKEY, 'secp256k1')).toThrow('secp256k1 seckey length should not be 64');
    expect(() => signContent(platformTx(), 'zzz', kp)).toThrow('account not included in signer list');
  });
});
