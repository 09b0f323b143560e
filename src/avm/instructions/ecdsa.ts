/**
 * `ecdsa.verify.*` (snarkVM synthesizer/program/src/logic/instruction/operation/ecdsa_verify.rs,
 * console/algorithms/src/ecdsa): secp256k1 ECDSA over a 65-byte signature `[u8; 65]` (r ‖ s big-
 * endian, then the recovery byte: 0-3, 27/28 legacy Ethereum, ≥ 35 EIP-155), a public key and a
 * message, into a boolean:
 *
 *   ecdsa.verify.digest[.eth] sig key digest       digest: [u8; 32], verified as the prehash
 *   ecdsa.verify.<h>[.raw|.eth] sig key message    h: keccak256/384/512, sha3_256/384/512 of the
 *                                                  message's bits (raw bits for .raw and .eth)
 *
 * `key` is a 33-byte compressed SEC1 key, or for `.eth` a 20-byte Ethereum address compared with
 * the key recovered from the signature (Keccak-256 of the uncompressed point, last 20 bytes).
 * Verification (k256's verify_prehash: low-S only; digests longer than 32 bytes keep their
 * leftmost 32) failing gives `false`; a signature or key that does not parse halts. snarkVM runs
 * these only in finalize: evaluate and execute bail "currently only supported in finalize", so
 * there is no circuit, and a function or closure using one halts when it runs.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { Instruction } from '../ast.js';
import type { Checker } from '../checker.js';
import { CircuitHalt } from '../circuit/errors.js';
import { bitsToBytes } from '../crypto/bits.js';
import { plaintextBits, plaintextBitsRaw } from '../crypto/encode.js';
import { keccakBits } from '../crypto/ops.js';
import { AleoHalt } from '../errors.js';
import type { PlaintextType, RegisterType, Value } from '../types.js';
import { plaintextTypeToString } from '../types.js';
import { fixedShape, type InstructionSpec } from './spec.js';
import { plaintextTypeBits } from './type-size.js';

const HASHES = ['keccak256', 'keccak384', 'keccak512', 'sha3_256', 'sha3_384', 'sha3_512'] as const;

interface Variant {
  readonly name: string;
  /** The hash of the message, or undefined for a precomputed digest. */
  readonly hash?: (typeof HASHES)[number];
  readonly raw: boolean;
  readonly eth: boolean;
}

/** ECDSAVerifyVariant 0-19, in snarkVM's order. */
const VARIANTS: Variant[] = [
  { name: 'ecdsa.verify.digest', raw: true, eth: false },
  { name: 'ecdsa.verify.digest.eth', raw: true, eth: true },
  ...HASHES.flatMap((h) => [
    { name: `ecdsa.verify.${h}`, hash: h, raw: false, eth: false },
    { name: `ecdsa.verify.${h}.raw`, hash: h, raw: true, eth: false },
    { name: `ecdsa.verify.${h}.eth`, hash: h, raw: true, eth: true },
  ]),
];

const N = secp256k1.Point.Fn.ORDER;

/** `[u8; n]` by its base element and outer length, as output_types checks it. */
function isByteArray(t: RegisterType, n: number): boolean {
  if (t.kind !== 'plaintext' || t.type.kind !== 'array' || t.type.length !== n) return false;
  let base: PlaintextType = t.type;
  while (base.kind === 'array') base = base.element;
  return base.kind === 'literal' && base.type === 'u8';
}

const typeText = (t: RegisterType): string =>
  t.kind === 'plaintext' ? plaintextTypeToString(t.type) : t.kind;

function check(v: Variant) {
  return (c: Checker, ins: Instruction, types: RegisterType[]): RegisterType[] => {
    const [sig, key, msg] = types as [RegisterType, RegisterType, RegisterType];
    if (!isByteArray(sig, 65))
      c.fail(
        `Instruction '${v.name}' expects the first input to be a 65-byte array. Found input of type '${typeText(sig)}'`,
        ins.pos,
      );
    const keyLength = v.eth ? 20 : 33;
    if (!isByteArray(key, keyLength))
      c.fail(
        `Instruction '${v.name}' expects the second input to be a ${keyLength}-byte array. Found '${typeText(key)}'`,
        ins.pos,
      );
    if (!v.hash) {
      if (!isByteArray(msg, 32))
        c.fail(
          `Instruction '${v.name}' expects the third input to be a 32-byte array. Found '${typeText(msg)}'`,
          ins.pos,
        );
    } else if (v.raw && msg.kind === 'plaintext') {
      // requires_byte_alignment: the .raw and .eth forms, on the raw size.
      const bits = plaintextTypeBits(msg.type, (n) => c.structMembers(n), true);
      if (bits % 8 !== 0) c.fail(`Expected a multiple of 8 bits for '${v.name}', found '${bits}'`, ins.pos);
    }
    return [{ kind: 'plaintext', type: { kind: 'literal', type: 'boolean' } }];
  };
}

function rawBytes(value: Value, what: string): Uint8Array {
  if (value.kind === 'record' || value.kind === 'future') throw new AleoHalt(`${what} must be a plaintext`);
  return bitsToBytes(plaintextBitsRaw(value));
}

const bigBe = (b: Uint8Array): bigint => b.reduce((acc, x) => (acc << 8n) | BigInt(x), 0n);

/** ECDSASignature::from_bytes_le: r, s in [1, n), the recovery byte (RecoveryID::read_le). */
function parseSignature(bytes: Uint8Array): { r: bigint; s: bigint; recovery: number } {
  const r = bigBe(bytes.subarray(0, 32));
  const s = bigBe(bytes.subarray(32, 64));
  if (r === 0n || r >= N || s === 0n || s >= N) throw new AleoHalt('signature error');
  const v = bytes[64] as number;
  const recovery = v === 27 || v === 28 ? v - 27 : v >= 35 ? (v - 35) % 2 : v;
  if (recovery > 3) throw new AleoHalt(`Invalid recovery ID byte ${v}`);
  return { r, s, recovery };
}

/** The message digest bytes: the digest itself, or the hash of the message's (raw) bits. */
function digestOf(v: Variant, message: Value): Uint8Array {
  if (!v.hash) return rawBytes(message, 'the digest');
  if (message.kind === 'record' || message.kind === 'future')
    throw new AleoHalt('the message must be a plaintext');
  const bits = v.raw ? plaintextBitsRaw(message) : plaintextBits(message);
  return bitsToBytes(keccakBits(v.hash, bits));
}

export function ecdsaVerify(v: Variant, sigValue: Value, keyValue: Value, message: Value): boolean {
  const sig = parseSignature(rawBytes(sigValue, 'the signature'));
  const keyBytes = rawBytes(keyValue, 'the public key');
  let key: Uint8Array | undefined;
  if (!v.eth) {
    try {
      secp256k1.Point.fromBytes(keyBytes);
    } catch {
      throw new AleoHalt('Failed to parse verifying key');
    }
    key = keyBytes;
  }
  // k256 bits2field: a prehash longer than the field keeps its leftmost 32 bytes.
  const digest = digestOf(v, message).subarray(0, 32);
  // k256 verify_prehash (and recover_from_prehash, which verifies after recovering) refuse high S.
  if (sig.s > N >> 1n) return false;
  const signature = new secp256k1.Signature(sig.r, sig.s, sig.recovery);
  if (key) return secp256k1.verify(signature.toBytes('compact'), digest, key, { prehash: false });
  let recovered: Uint8Array;
  try {
    recovered = signature.recoverPublicKey(digest).toBytes(false);
  } catch {
    return false;
  }
  const address = keccak_256(recovered.subarray(1)).subarray(12);
  return address.length === keyBytes.length && address.every((b, i) => b === keyBytes[i]);
}

const spec = (v: Variant): InstructionSpec => ({
  name: v.name,
  family: 'ecdsa',
  shape: fixedShape(3, 1, false),
  check: check(v),
  evaluate: (frame, _ins, args) => {
    if (!frame.inFinalize)
      throw new AleoHalt(`Instruction '${v.name}' is currently only supported in finalize`);
    const [sig, key, msg] = args as [Value, Value, Value];
    return [{ kind: 'literal', literal: { type: 'boolean', value: ecdsaVerify(v, sig, key, msg) } }];
  },
  synthesize: () => {
    throw new CircuitHalt(`Instruction '${v.name}' is currently only supported in finalize`);
  },
});

export const ECDSA: InstructionSpec[] = VARIANTS.map(spec);
