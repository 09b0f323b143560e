/**
 * Aleo account keys (snarkVM console/account): a private key is a `field` seed; from it
 *   sk_sig = HashToScalarPSD2(["AleoAccountSignatureSecretKey0", seed]),
 *   r_sig  = HashToScalarPSD2(["AleoAccountSignatureRandomizer0.0", seed]),
 * the compute key pk_sig = sk_sig·G, pr_sig = r_sig·G, sk_prf = HashToScalarPSD4([pk_sig.x, pr_sig.x]),
 * the view key sk_sig + r_sig + sk_prf (a scalar), the address view_key·G, and the graph key
 * sk_tag = HashPSD4(["AleoGraphKey0", view_key, 0]). Text forms: base58 of a fixed prefix and
 * the 32-byte little-endian seed / view key (`APrivateKey1…`, `AViewKey1…`).
 */

import { base58Decode, base58Encode } from '../../core/base58.js';
import { PolyvmError } from '../../core/errors.js';
import { bigintToBytesLe, bytesToBigintLe } from '../crypto/bits.js';
import { mul } from '../crypto/curve.js';
import { AleoDecodeError } from '../crypto/errors.js';
import { Fq, Fs } from '../crypto/modular.js';
import { poseidonHash, poseidonHashToScalar } from '../crypto/poseidon.js';
import { accountGenerator } from '../crypto/signature.js';
import type { AffinePoint } from '../values.js';

const PRIVATE_KEY_PREFIX = [127, 134, 189, 116, 210, 221, 210, 137, 145, 18, 253];
const VIEW_KEY_PREFIX = [14, 138, 223, 204, 247, 224, 122];

/** snarkVM's Field::new_domain_separator: the UTF-8 bytes as a little-endian integer mod p. */
export function domainField(text: string): bigint {
  return Fq.mod(bytesToBigintLe(new TextEncoder().encode(text)));
}

/** G·k with snarkVM's account generator (N::g_scalar_multiply). */
export function gMul(k: bigint): AffinePoint {
  return mul(accountGenerator(), k);
}

export interface Account {
  readonly seed: bigint;
  readonly skSig: bigint;
  readonly rSig: bigint;
  readonly pkSig: AffinePoint;
  readonly prSig: AffinePoint;
  readonly skPrf: bigint;
  readonly viewKey: bigint;
  readonly address: AffinePoint;
  readonly skTag: bigint;
}

const accounts = new Map<bigint, Account>();

/** Derives every key of the account with this seed (cached: a derivation costs ~10 ms). */
export function accountFromSeed(seed: bigint): Account {
  let a = accounts.get(seed);
  if (a) return a;
  const skSig = poseidonHashToScalar(2, [domainField('AleoAccountSignatureSecretKey0'), seed]);
  const rSig = poseidonHashToScalar(2, [domainField('AleoAccountSignatureRandomizer0.0'), seed]);
  const pkSig = gMul(skSig);
  const prSig = gMul(rSig);
  const skPrf = poseidonHashToScalar(4, [pkSig.x, prSig.x]);
  const viewKey = Fs.add(Fs.add(skSig, rSig), skPrf);
  const address = gMul(viewKey);
  const skTag = graphKey(viewKey);
  a = { seed, skSig, rSig, pkSig, prSig, skPrf, viewKey, address, skTag };
  accounts.set(seed, a);
  return a;
}

/** sk_tag of a view key. */
export function graphKey(viewKey: bigint): bigint {
  return poseidonHash(4, [domainField('AleoGraphKey0'), viewKey, 0n]);
}

function decodeKey(text: string, prefix: number[], length: number, what: string): bigint {
  let data: Uint8Array;
  try {
    data = base58Decode(text);
  } catch (e) {
    throw new AleoDecodeError(`Invalid ${what}: ${e instanceof PolyvmError ? e.shortMessage : String(e)}`);
  }
  if (data.length !== length)
    throw new AleoDecodeError(`Invalid ${what} length: found ${data.length}, expected ${length}`);
  if (prefix.some((b, i) => data[i] !== b)) throw new AleoDecodeError(`Invalid ${what} prefix in '${text}'`);
  return bytesToBigintLe(data.subarray(prefix.length));
}

function encodeKey(v: bigint, prefix: number[]): string {
  const out = new Uint8Array(prefix.length + 32);
  out.set(prefix);
  out.set(bigintToBytesLe(v, 32), prefix.length);
  return base58Encode(out);
}

/** Parses `APrivateKey1…` into its account. */
export function parsePrivateKey(text: string): Account {
  const seed = decodeKey(text, PRIVATE_KEY_PREFIX, 43, 'account private key');
  if (!Fq.isValid(seed))
    throw new AleoDecodeError(`Invalid account private key '${text}': the seed is not a field`);
  return accountFromSeed(seed);
}

export const privateKeyToString = (a: Account): string => encodeKey(a.seed, PRIVATE_KEY_PREFIX);
export const viewKeyToString = (viewKey: bigint): string => encodeKey(viewKey, VIEW_KEY_PREFIX);

/** Parses `AViewKey1…` into the view-key scalar. */
export function parseViewKey(text: string): bigint {
  const v = decodeKey(text, VIEW_KEY_PREFIX, 39, 'account view key');
  if (!Fs.isValid(v)) throw new AleoDecodeError(`Invalid account view key '${text}': not a scalar`);
  return v;
}
