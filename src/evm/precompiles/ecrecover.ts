/**
 * 0x01 ECRECOVER (Yellow Paper appendix E): input hash, v, r, s (right-padded to 128 bytes);
 * output the signer's address as a 32-byte word. An invalid signature is not a failure:
 * the call succeeds with empty output. Gas 3000.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '../../core/keccak.js';
import { recoverPublicKey } from '../secp256k1/recover.js';
import { bytesToBigInt, fail, ok, type Precompile, readPadded } from './types.js';

const GAS = 3000n;
const N = secp256k1.Point.CURVE().n;
const EMPTY = new Uint8Array(0);

function recover(input: Uint8Array): Uint8Array {
  const data = readPadded(input, 0, 128);
  for (let i = 32; i < 63; i++) if (data[i] !== 0) return EMPTY;
  const v = data[63]!;
  if (v !== 27 && v !== 28) return EMPTY;
  const r = bytesToBigInt(data.subarray(64, 96));
  const s = bytesToBigInt(data.subarray(96, 128));
  if (r === 0n || r >= N || s === 0n || s >= N) return EMPTY;
  const pub = recoverPublicKey(data.subarray(0, 32), v - 27, r, s);
  if (!pub) return EMPTY;
  const out = new Uint8Array(32);
  out.set(keccak_256(pub.subarray(1)).subarray(12), 12);
  return out;
}

export const ecrecover: Precompile = (input, gasLimit) => {
  if (gasLimit < GAS) return fail(gasLimit);
  return ok(GAS, recover(input));
};
