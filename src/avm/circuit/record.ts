/**
 * Records in circuit (snarkVM circuit/program/src/data/record, with the SDK's record version 1):
 * injection, the bit encoding (owner flag and x-coordinate, 31-bit data length, hiding bit,
 * entries with visibility bits, nonce x, version byte), the commitment (BHP1024 digest, then
 * BHP512 commit with HashToScalarPSD2([commitment domain, rvk]) for version 1), encryption
 * under the record view key, serial number from gamma and tag.
 */
import { domainField } from '../account/keys.js';
import { Fq } from '../crypto/modular.js';
import type { RecordEntry, RecordValue, Visibility } from '../types.js';
import { gScalarMultiply } from './account.js';
import { bhpCommit, bhpHash } from './bhp.js';
import { Bool } from './boolean.js';
import { allocConstants, assertEq } from './env.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { Int } from './integer.js';
import { hashMany, hashPsd, hashToScalarPsd } from './poseidon.js';
import type { Scl } from './scalar.js';
import {
  bitsToFields,
  type CPlaintext,
  clonePlaintext,
  constBits,
  ejectPlaintext,
  identifierBits,
  identifierConstants,
  injectPlaintext,
  plaintextBits,
  programIdBits,
} from './value.js';

export interface CEntry {
  readonly visibility: Visibility;
  readonly value: CPlaintext;
}

export interface CRecord {
  readonly kind: 'record';
  readonly ownerVisibility: 'public' | 'private';
  readonly owner: Grp;
  /** A private owner's plaintext (it caches its own bits, as snarkVM's Owner::Private does). */
  readonly ownerPlaintext?: CPlaintext;
  readonly data: ReadonlyMap<string, CEntry>;
  readonly nonce: Grp;
  /** The record version, a private u8 (snarkVM injects it as `Mode::Private`, also in `cast`). */
  readonly version: Int;
}

const U8 = { bits: 8, signed: false } as const;

/** The version as snarkVM's `U8::new(Mode::Private, version)`. */
export function injectVersion(version: number): Int {
  return Int.witness(U8, BigInt(version), false);
}

/** Record::is_hiding: `!version.is_zero()` (two constraints each time it is called). */
function isHiding(r: CRecord): Bool {
  return r.version.isEqual(Int.constant(U8, 0n)).not();
}

const VIS_BITS: Record<Visibility, [boolean, boolean]> = {
  constant: [false, false],
  public: [false, true],
  private: [true, false],
};

export const COMMITMENT_DOMAIN = domainField('AleoCommitment0');
export const ENCRYPTION_DOMAIN = domainField('AleoSymmetricEncryption0');
export const SERIAL_NUMBER_DOMAIN = domainField('AleoSerialNumber0');

export function injectRecord(r: RecordValue): CRecord {
  const owner = Grp.new('private', r.owner.value);
  const data = new Map<string, CEntry>();
  for (const [k, e] of r.data) {
    identifierConstants(k); // Record::new injects each entry name (Identifier::new, constant)
    data.set(k, { visibility: e.visibility, value: injectPlaintext('private', e.value) });
  }
  const nonce = Grp.new('private', r.nonce);
  const version = injectVersion(r.version ?? 0);
  const ownerPlaintext: CPlaintext | undefined =
    r.owner.visibility === 'private'
      ? { kind: 'literal', literal: { type: 'address', g: owner } }
      : undefined;
  return {
    kind: 'record',
    ownerVisibility: r.owner.visibility,
    owner,
    ownerPlaintext,
    data,
    nonce,
    version,
  };
}

/** Eject: the console record a circuit record holds (a record operand of another program's `call`). */
export function ejectRecord(r: CRecord): RecordValue {
  const data = new Map<string, RecordEntry>();
  for (const [k, e] of r.data) data.set(k, { visibility: e.visibility, value: ejectPlaintext(e.value) });
  return {
    kind: 'record',
    owner: { visibility: r.ownerVisibility, value: r.owner.value },
    data,
    nonce: r.nonce.value,
    version: Number(r.version.value),
  };
}

/** Record::find(["owner"]): the owner as a plaintext (a fresh one for a public owner, as Owner::to_entry). */
export function recordOwnerEntry(r: CRecord): CPlaintext {
  if (r.ownerVisibility === 'private' && r.ownerPlaintext) return clonePlaintext(r.ownerPlaintext);
  return { kind: 'literal', literal: { type: 'address', g: new Grp(r.owner.x.clone(), r.owner.y.clone()) } };
}

export function cloneRecord(r: CRecord): CRecord {
  const ownerPlaintext = r.ownerPlaintext && clonePlaintext(r.ownerPlaintext);
  const owner =
    ownerPlaintext?.kind === 'literal' && ownerPlaintext.literal.type === 'address'
      ? ownerPlaintext.literal.g
      : new Grp(r.owner.x.clone(), r.owner.y.clone());
  const data = new Map<string, CEntry>();
  for (const [k, e] of r.data) data.set(k, { visibility: e.visibility, value: clonePlaintext(e.value) });
  return { ...r, owner, ownerPlaintext, data, nonce: new Grp(r.nonce.x.clone(), r.nonce.y.clone()) };
}

function entryBits(data: ReadonlyMap<string, CEntry>): Bool[] {
  const out: Bool[] = [];
  for (const [name, e] of data) {
    identifierBits(out, name);
    out.push(...VIS_BITS[e.visibility].map((b) => Bool.constant(b)));
    out.push(...plaintextBits(e.value));
  }
  return out;
}

function layout(
  r: CRecord,
  hidingBit: Bool | undefined,
  ownerBits: readonly Bool[],
  entries: readonly Bool[],
  nonce: Grp,
  withVersion: 'always' | 'hiding' | 'none',
): Bool[] {
  const out: Bool[] = [Bool.constant(r.ownerVisibility === 'private'), ...ownerBits];
  constBits(out, entries.length, 31);
  out.push(hidingBit ?? isHiding(r));
  out.push(...entries);
  out.push(...nonce.x.toBitsLe());
  // The version byte: always in a plaintext record's bits (the SDK's key for a version-0
  // external record, c_xmid.aleo/peek0, has it); in a ciphertext's only from version 1 (the
  // console checksum truncates it for version 0); never in the commitment digest.
  if (withVersion === 'always' || (withVersion === 'hiding' && r.version.value !== 0n))
    out.push(...r.version.bits);
  return out;
}

/**
 * Record<Plaintext>::to_bits_le; `withVersion` false is the form the commitment digests. The full
 * form allocates one constant more than the bits above account for: measured against the SDK's
 * keys (2026-12-03: an external-record input id, c_xmid.aleo/peek, one constant more; relay,
 * two; every record-hash site likewise), not visible in the snarkVM sources read here.
 */
export function recordBits(r: CRecord, withVersion = true): Bool[] {
  const bits = layout(
    r,
    undefined,
    r.owner.x.toBitsLe(),
    entryBits(r.data),
    r.nonce,
    withVersion ? 'always' : 'none',
  );
  if (withVersion) allocConstants(1);
  return bits;
}

/**
 * Record::to_commitment(program_id, record_name, record_view_key): the BHP1024 digest of the
 * record (without its version), the BHP512 commitment of digest ‖ version bits under
 * HashToScalarPSD2([commitment domain, rvk]), then `version == 0` selects the digest (version 0
 * records) or the commitment; the zero test comes after the commitment (the SDK's matrices).
 */
export function recordCommitment(program: string, name: string, r: CRecord, rvk: Fld): Fld {
  const bits: Bool[] = [];
  programIdBits(bits, program);
  identifierBits(bits, name);
  bits.push(...recordBits(r, false));
  const digest = bhpHash('bhp1024', bits);
  const input = [...digest.toBitsLe(), ...r.version.bits];
  const randomizer = hashToScalarPsd(2, [Fld.fixed(COMMITMENT_DOMAIN), rvk]);
  const commit = bhpCommit('bhp512', input, randomizer);
  return Fld.ternary(r.version.isEqual(Int.constant(U8, 0n)), digest, commit);
}

function numFields(p: CPlaintext): number {
  return Math.ceil((plaintextBits(p).length + 1) / Fq.dataBits);
}

/** A record whose private owner and entries are encrypted (field elements), as Record<Ciphertext>. */
export interface CRecordCiphertext {
  readonly record: CRecord;
  readonly owner: Fld;
  /** Private entries as encrypted fields; constant and public ones as the plaintext cloned at encryption. */
  readonly entries: ReadonlyMap<
    string,
    { readonly visibility: Visibility; readonly fields?: Fld[]; readonly plaintext?: CPlaintext }
  >;
  readonly nonce: Grp;
}

/** Record::encrypt_symmetric_unchecked: the randomizers, then owner and private entries as field sums. */
export function encryptRecord(r: CRecord, rvk: Fld): CRecordCiphertext {
  let n = r.ownerVisibility === 'private' ? 1 : 0;
  for (const e of r.data.values()) if (e.visibility === 'private') n += numFields(e.value);
  const rho = hashMany(8, [Fld.fixed(ENCRYPTION_DOMAIN), rvk], n);
  let i = 0;
  // A public owner is cloned into the ciphertext record now (Rust's Clone: the bits it has cached
  // so far, none before the commitment decomposes the original).
  const owner = r.ownerVisibility === 'private' ? r.owner.x.add(rho[i++] as Fld) : r.owner.x.clone();
  const entries = new Map<string, { visibility: Visibility; fields?: Fld[]; plaintext?: CPlaintext }>();
  for (const [name, e] of r.data) {
    // Entry::Constant/Public(plaintext.clone()) (circuit/program/src/data/record/encrypt.rs): the
    // clone keeps only the bits cached so far. The encryption precedes the commitment, so an
    // entry whose bits nothing decomposed before (a constant such as `group::GEN` or `7field`
    // cast into the record) is decomposed again for the checksum: 24 constants for the literal's
    // variant and size, plus 253 for a field or group's bits (measured against the SDK's keys,
    // 2026-12-04: c_rec3.aleo/mintg, c_rec4.aleo/fpub_const, upub_const).
    if (e.visibility !== 'private')
      entries.set(name, { visibility: e.visibility, plaintext: clonePlaintext(e.value) });
    else
      entries.set(name, {
        visibility: e.visibility,
        fields: bitsToFields(plaintextBits(e.value)).map((f) => f.add(rho[i++] as Fld)),
      });
  }
  // Record::encrypt builds a new record with `nonce: self.nonce.clone()` (its bit cache as it is now).
  return { record: r, owner, entries, nonce: new Grp(r.nonce.x.clone(), r.nonce.y.clone()) };
}

/** Record<Ciphertext>::to_bits_le (for the checksum): the owner's bits, then the entries'. */
export function ciphertextBits(c: CRecordCiphertext): Bool[] {
  const ownerBits = c.owner.toBitsLe();
  const entries: Bool[] = [];
  for (const [name, e] of c.entries) {
    identifierBits(entries, name);
    entries.push(...VIS_BITS[e.visibility].map((b) => Bool.constant(b)));
    if (e.fields) for (const f of e.fields) entries.push(...f.toBitsLe());
    else entries.push(...plaintextBits(e.plaintext as CPlaintext));
  }
  return layout(c.record, undefined, ownerBits, entries, c.nonce, 'hiding');
}

/**
 * The randomizer of a record output, HashToScalarPSD2(tvk ‖ register), as Response::from_outputs
 * and process_outputs_from_callback compute it. Both allocate one constant more than the
 * register's Field::constant: measured against the SDK's keys (2026-12-03: c_rec.aleo/mint one
 * record output, e_two two, a record returned by a call one), its source line not visible in the
 * snarkVM sources read here.
 */
export function recordRandomizer(tvk: Fld, register: number): Scl {
  const randomizer = hashToScalarPsd(2, [tvk.clone(), Fld.constant(BigInt(register))]);
  allocConstants(1);
  return randomizer;
}

/** The record view key of a record output: (owner · randomizer).x. */
export function recordViewKeyFromRandomizer(r: CRecord, randomizer: Scl): Fld {
  return r.owner.mulBitsBe(randomizer.toBitsBe()).x.clone();
}

/** The record view key of an output record: (owner · randomizer).x, with nonce = G · randomizer asserted. */
export function outputRecordViewKey(r: CRecord, randomizer: Scl): Fld {
  assertEq(r.nonce.x.lc, gScalarMultiply(randomizer).x.lc);
  return recordViewKeyFromRandomizer(r, randomizer);
}

export function senderCiphertext(signer: Grp, rvk: Fld): Fld {
  return signer.x.add(hashPsd(4, [Fld.fixed(ENCRYPTION_DOMAIN), rvk, Fld.one()]));
}

/** Record::serial_number_from_gamma: BHP512 commit(sn domain ‖ commitment; HashToScalarPSD2([sn domain, (4·gamma).x])). */
export function serialNumberFromGamma(gamma: Grp, commitment: Fld): Fld {
  const snNonce = hashToScalarPsd(2, [Fld.fixed(SERIAL_NUMBER_DOMAIN), gamma.mulByCofactor().x.clone()]);
  const bits = [...Fld.fixed(SERIAL_NUMBER_DOMAIN).toBitsLe(), ...commitment.toBitsLe()];
  return bhpCommit('bhp512', bits, snNonce);
}
