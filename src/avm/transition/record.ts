/**
 * Record cryptography (snarkVM console/program/src/data/record/{encrypt,decrypt,
 * to_commitment,serial_number,tag}.rs and the sender ciphertext of ledger/block transition
 * outputs), MainnetV0:
 *   nonce = G·r with r = HashToScalarPSD2([tvk, destination register]) (the `cast` that made it);
 *   record view key rvk = (owner·r).x = (nonce·view_key).x;
 *   randomizers = HashManyPSD8([encryption domain, rvk], n): the private owner is
 *   owner.x + ρ₀, each private entry's fields + the next ρᵢ (public/constant entries stay);
 *   commitment: digest = BHP1024(program_id ‖ record name ‖ record bits without the version),
 *   version 1: BHP512 commit(digest ‖ version u8; HashToScalarPSD2(["AleoCommitment0", rvk]));
 *   sender ciphertext = signer.x + HashPSD4([encryption domain, rvk, 1]);
 *   H = HashToGroupPSD2([sn domain, cm]); gamma = sk_sig·H;
 *   serial number = BHP512 commit(sn domain ‖ cm; HashToScalarPSD2([sn domain, (4·gamma).x]));
 *   tag = HashPSD2([sk_tag, cm]).
 */
import { domainField, gMul } from '../account/keys.js';
import { bhpCommitToGroup, bhpHash } from '../crypto/bhp.js';
import { pushUintBits } from '../crypto/bits.js';
import { fromX, mul, mulByCofactor } from '../crypto/curve.js';
import { plaintextFields } from '../crypto/encode.js';
import { AleoCryptoError } from '../crypto/errors.js';
import { Fq } from '../crypto/modular.js';
import {
  poseidonHash,
  poseidonHashMany,
  poseidonHashToGroup,
  poseidonHashToScalar,
} from '../crypto/poseidon.js';
import type { RecordEntry, RecordValue } from '../types.js';
import type { AffinePoint } from '../values.js';
import { plaintextFromFields } from './plaintext-bits.js';
import { identifierBits, programIdBits, type RecordCiphertext, recordPlaintextBits } from './record-bits.js';

export const encryptionDomain = (): bigint => domainField('AleoSymmetricEncryption0');
export const serialNumberDomain = (): bigint => domainField('AleoSerialNumber0');

/** The randomizer scalar of the record made by `cast … into r<index>` under `tvk`. */
export const recordRandomizer = (tvk: bigint, index: number): bigint =>
  poseidonHashToScalar(2, [tvk, BigInt(index)]);

export const recordNonce = (randomizer: bigint): AffinePoint => gMul(randomizer);

export const recordViewKeyFromRandomizer = (owner: AffinePoint, randomizer: bigint): bigint =>
  mul(owner, randomizer).x;

export const recordViewKeyFromViewKey = (nonce: AffinePoint, viewKey: bigint): bigint =>
  mul(nonce, viewKey).x;

function numRandomizers(r: RecordValue): number {
  let n = r.owner.visibility === 'private' ? 1 : 0;
  for (const e of r.data.values()) if (e.visibility === 'private') n += plaintextFields(e.value).length;
  return n;
}

export function encryptRecord(r: RecordValue, rvk: bigint): RecordCiphertext {
  const rho = poseidonHashMany(8, [encryptionDomain(), rvk], numRandomizers(r));
  let i = 0;
  const owner: RecordCiphertext['owner'] =
    r.owner.visibility === 'private'
      ? { visibility: 'private', value: Fq.add(r.owner.value.x, rho[i++]!) }
      : { visibility: 'public', value: r.owner.value };
  const data = new Map<string, never>() as Map<
    string,
    RecordCiphertext['data'] extends ReadonlyMap<string, infer V> ? V : never
  >;
  for (const [name, e] of r.data) {
    if (e.visibility !== 'private') {
      data.set(name, { visibility: e.visibility, value: e.value });
      continue;
    }
    data.set(name, {
      visibility: 'private',
      value: plaintextFields(e.value).map((f) => Fq.add(f, rho[i++]!)),
    });
  }
  return { owner, data, nonce: r.nonce, version: r.version ?? 0 };
}

/** Record::decrypt_symmetric_unchecked with a record view key. */
export function decryptRecordWithRvk(c: RecordCiphertext, rvk: bigint): RecordValue {
  let n = c.owner.visibility === 'private' ? 1 : 0;
  for (const e of c.data.values()) if (e.visibility === 'private') n += e.value.length;
  const rho = poseidonHashMany(8, [encryptionDomain(), rvk], n);
  let i = 0;
  const owner =
    c.owner.visibility === 'private'
      ? { visibility: 'private' as const, value: fromX(Fq.sub(c.owner.value, rho[i++]!)) }
      : { visibility: 'public' as const, value: c.owner.value };
  const data = new Map<string, RecordEntry>();
  for (const [name, e] of c.data) {
    if (e.visibility !== 'private') data.set(name, e);
    else
      data.set(name, {
        visibility: 'private',
        value: plaintextFromFields(e.value.map((f) => Fq.sub(f, rho[i++]!))),
      });
  }
  return { kind: 'record', owner, data, nonce: c.nonce, version: c.version };
}

/** Record::decrypt: fails when the view key does not own the record. */
export function decryptRecord(c: RecordCiphertext, viewKey: bigint): RecordValue {
  const notOwner = 'Illegal operation: Record::decrypt() view key does not correspond to the record owner.';
  let r: RecordValue;
  try {
    r = decryptRecordWithRvk(c, recordViewKeyFromViewKey(c.nonce, viewKey));
  } catch (cause) {
    // A foreign key yields garbage: an owner that is no address, entries that do not decode.
    throw new AleoCryptoError(notOwner, { cause });
  }
  const me = gMul(viewKey);
  if (r.owner.value.x !== me.x || r.owner.value.y !== me.y) throw new AleoCryptoError(notOwner);
  return r;
}

/**
 * Record::to_commitment(program_id, record_name, record_view_key): the digest
 * BHP1024(program_id ‖ name ‖ record bits without the version byte); version 0 returns it,
 * version 1 commits BHP512(digest ‖ version u8) with HashToScalarPSD2(["AleoCommitment0", rvk]).
 */
export function recordCommitment(program: string, name: string, r: RecordValue, rvk: bigint): bigint {
  const bits = programIdBits(program);
  identifierBits(name, bits);
  recordPlaintextBits(r, bits, false);
  const version = r.version ?? 0;
  const digest = bhpHash('bhp1024', bits);
  if (version === 0) return digest;
  const input: boolean[] = [];
  pushUintBits(input, digest, Fq.bits);
  pushUintBits(input, BigInt(version), 8);
  return bhpCommitToGroup('bhp512', input, poseidonHashToScalar(2, [domainField('AleoCommitment0'), rvk])).x;
}

export const senderCiphertext = (signer: AffinePoint, rvk: bigint): bigint =>
  Fq.add(signer.x, poseidonHash(4, [encryptionDomain(), rvk, 1n]));

export const recordH = (commitment: bigint): AffinePoint =>
  poseidonHashToGroup(2, [serialNumberDomain(), commitment]);

export function serialNumberFromGamma(gamma: AffinePoint, commitment: bigint): bigint {
  const snNonce = poseidonHashToScalar(2, [serialNumberDomain(), mulByCofactor(gamma).x]);
  const bits: boolean[] = [];
  pushUintBits(bits, serialNumberDomain(), Fq.bits);
  pushUintBits(bits, commitment, Fq.bits);
  return bhpCommitToGroup('bhp512', bits, snNonce).x;
}

export const recordTag = (skTag: bigint, commitment: bigint): bigint => poseidonHash(2, [skTag, commitment]);
