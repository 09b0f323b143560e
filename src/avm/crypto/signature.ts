/**
 * Aleo Schnorr signatures (snarkVM console/account/src/signature): `sign1…` bech32m over
 * challenge ‖ response (32-byte LE scalars) ‖ pk_sig.x ‖ pr_sig.x; verification recomputes
 * g_r = response·G + challenge·pk_sig with G from hash-to-curve of
 * "AleoAccountEncryptionAndSignatureScheme0", the challenge as Poseidon8 hash-to-scalar of
 * [g_r, pk_sig, pr_sig, address, message…] (x-coordinates), and the address from the compute
 * key: pk_sig + pr_sig + HashToScalarPSD4(pk_sig.x, pr_sig.x)·G.
 */
import type { AffinePoint, Plaintext, Signature } from '../values.js';
import { groupFromBytesLe } from './address.js';
import { bech32mDecode, bech32mEncode } from './bech32m.js';
import { bigintToBytesLe, bytesToBigintLe } from './bits.js';
import { hashToCurve } from './blake2xs.js';
import { extAdd, extMul, toAffine, toExt } from './curve.js';
import { MAX_DATA_SIZE_IN_FIELDS, packFields, plaintextFields } from './encode.js';
import { AleoDecodeError } from './errors.js';
import { Fs } from './modular.js';
import { poseidonHashToScalar } from './poseidon.js';

let accountG: AffinePoint | undefined;
/** The base of N::g_scalar_multiply (MainnetV0 GENERATOR_G[0]). */
export function accountGenerator(): AffinePoint {
  accountG ??= hashToCurve('AleoAccountEncryptionAndSignatureScheme0');
  return accountG;
}

export function signatureToString(s: Signature): string {
  const bytes = new Uint8Array(128);
  bytes.set(bigintToBytesLe(s.challenge, 32), 0);
  bytes.set(bigintToBytesLe(s.response, 32), 32);
  bytes.set(bigintToBytesLe(s.pkSig.x, 32), 64);
  bytes.set(bigintToBytesLe(s.prSig.x, 32), 96);
  return bech32mEncode('sign', bytes);
}

export function parseSignature(text: string): Signature {
  const bytes = bech32mDecode(text.replaceAll('_', ''), 'sign', 'signature');
  if (bytes.length !== 128)
    throw new AleoDecodeError(`Invalid signature '${text}': expected 128 bytes, found ${bytes.length}`);
  const scalar = (at: number, what: string) => {
    const v = bytesToBigintLe(bytes.subarray(at, at + 32));
    if (!Fs.isValid(v)) throw new AleoDecodeError(`Invalid signature '${text}': the ${what} is not a scalar`);
    return v;
  };
  return {
    challenge: scalar(0, 'challenge'),
    response: scalar(32, 'response'),
    pkSig: groupFromBytesLe(bytes.subarray(64, 96), `signature '${text}' (pk_sig)`),
    prSig: groupFromBytesLe(bytes.subarray(96, 128), `signature '${text}' (pr_sig)`),
  };
}

/** The address of the signer's compute key. */
export function signatureAddress(s: Signature): AffinePoint {
  const skPrf = poseidonHashToScalar(4, [s.pkSig.x, s.prSig.x]);
  return toAffine(extAdd(extAdd(extMul(toExt(accountGenerator()), skPrf), toExt(s.pkSig)), toExt(s.prSig)));
}

/** Signature::verify over message field elements. */
export function verifyFields(s: Signature, address: AffinePoint, message: readonly bigint[]): boolean {
  if (message.length > MAX_DATA_SIZE_IN_FIELDS) return false;
  const gr = toAffine(
    extAdd(extMul(toExt(accountGenerator()), s.response), extMul(toExt(s.pkSig), s.challenge)),
  );
  const candidate = poseidonHashToScalar(8, [gr.x, s.pkSig.x, s.prSig.x, address.x, ...message]);
  if (candidate !== s.challenge) return false;
  const a = signatureAddress(s);
  return a.x === address.x && a.y === address.y;
}

/** `sign.verify`: the message is a plaintext value, hashed through its to_fields encoding. */
export function verifySignature(s: Signature, address: AffinePoint, message: Plaintext): boolean {
  return verifyFields(s, address, plaintextFields(message));
}

/** Signature::verify_bits: bits packed into 252-bit fields (no terminator). */
export function verifyBits(s: Signature, address: AffinePoint, bits: readonly boolean[]): boolean {
  return verifyFields(s, address, packFields(bits));
}
