/**
 * hash.* and commit.* in circuit (snarkVM synthesizer/program/src/logic/instruction/operation/
 * {hash,commit}.rs): BHP over the value's bits and Poseidon over its fields give a group
 * (or a field), then cast_lossy to the destination type.
 */
import type { BhpVariant } from '../crypto/bhp.js';
import type { PoseidonRate } from '../crypto/poseidon.js';
import type { LiteralType } from '../values.js';
import { bhpCommitToGroup, bhpHashToGroup } from './bhp.js';
import type { Bool } from './boolean.js';
import { elligator2 } from './elligator2.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import { type KeccakVariant, keccakHash } from './keccak.js';
import { pedersenCommitToGroup, pedersenHashToGroup } from './pedersen.js';
import { hashPsd, hashToGroupPsd } from './poseidon.js';
import type { Scl } from './scalar.js';
import { Scl as Scalar } from './scalar.js';
import {
  bitsToFieldsRaw,
  type CLiteral,
  type CPlaintext,
  type CValue,
  INT_WIDTH,
  plaintextBitsRaw,
  valueBits,
  valueFields,
} from './value.js';

/** Group::from_x_coordinate_flagged: the subgroup point with this x (or zero) and a flag when there is none. */
function fromXFlagged(x: Fld): [Grp, Bool] {
  const a = Fld.constant(-1n);
  const d = Fld.constant(3021n);
  const xx = x.mul(x);
  const axx1 = a.mul(xx).sub(Fld.one());
  const dxx1 = d.mul(xx).sub(Fld.one());
  const yy = axx1.divUncheckedWitness(dxx1);
  const [y1, y2, notSquare] = yy.squareRootsFlagged();
  const p1 = new Grp(x.clone(), y1.clone());
  const p2 = new Grp(x.clone(), y2.clone());
  const in1 = p1.isInGroup();
  const in2 = p2.isInGroup();
  const y2OrZero = Fld.ternary(in2, y2, Fld.zero());
  const y1OrY2OrZero = Fld.ternary(in1, y1, y2OrZero);
  const y = Fld.ternary(notSquare, Fld.zero(), y1OrY2OrZero);
  const neither = in1.not().and(in2.not());
  return [new Grp(x, y), notSquare.or(neither)];
}

/** Field cast_lossy to a group: the point with that x, else the generator for 1, else Elligator 2. */
function fieldToGroupLossy(f: Fld, generator: () => Grp): Grp {
  const [withX, notInGroup] = fromXFlagged(f.clone());
  const isZero = f.isZero();
  const isOne = f.isOne();
  const input = Fld.ternary(isZero, Fld.one(), f);
  const ell = elligator2(input);
  const genOrEll = Grp.ternary(isOne, generator(), ell);
  return Grp.ternary(notInGroup, genOrEll, withX);
}

export function castLossyField(f: Fld, to: LiteralType, generator: () => Grp): CLiteral {
  if (to === 'field') return { type: 'field', f: f.clone() };
  if (to === 'scalar') return { type: 'scalar', s: Scalar.fromFieldLossy(f) };
  if (to === 'boolean') return { type: 'boolean', b: f.toBitsLe()[0] as Bool };
  if (to === 'group' || to === 'address') return { type: to, g: fieldToGroupLossy(f, generator) };
  const w = INT_WIDTH[to];
  if (w !== undefined) return { type: to as 'u8', bits: f.toBitsLe().slice(0, w) };
  throw new CircuitHalt(`Cannot cast (lossy) a field literal to a ${to} type.`);
}

export function castLossyGroup(g: Grp, to: LiteralType, generator: () => Grp): CLiteral {
  if (to === 'address' || to === 'group') return { type: to, g };
  return castLossyField(g.x.clone(), to, generator);
}

const HASH_BHP: Record<string, BhpVariant> = {
  'hash.bhp256': 'bhp256',
  'hash.bhp512': 'bhp512',
  'hash.bhp768': 'bhp768',
  'hash.bhp1024': 'bhp1024',
};
const PEDERSEN: Record<string, 'ped64' | 'ped128'> = {
  'hash.ped64': 'ped64',
  'hash.ped128': 'ped128',
  'commit.ped64': 'ped64',
  'commit.ped128': 'ped128',
};
/** Keccak/SHA-3 digests go through BHP256 (256-bit digests) or BHP512 (384 and 512). */
const KECCAK: Record<string, [KeccakVariant, BhpVariant]> = {
  'hash.keccak256': ['keccak256', 'bhp256'],
  'hash.keccak384': ['keccak384', 'bhp512'],
  'hash.keccak512': ['keccak512', 'bhp512'],
  'hash.sha3_256': ['sha3_256', 'bhp256'],
  'hash.sha3_384': ['sha3_384', 'bhp512'],
  'hash.sha3_512': ['sha3_512', 'bhp512'],
};
const HASH_PSD: Record<string, PoseidonRate> = { 'hash.psd2': 2, 'hash.psd4': 4, 'hash.psd8': 8 };

const isPlaintext = (v: CValue): v is CPlaintext => v.kind !== 'record' && v.kind !== 'future';

/** The hashed bits: to_bits_le, or to_bits_raw_le for the `.raw` forms (Keccak/SHA-3 raw: whole bytes only). */
function inputBits(opcode: string, input: CValue, raw: boolean, bytes: boolean): Bool[] {
  // A record or a future has no raw form: its to_bits_le, never checked for whole bytes here (the
  // console's transition/ids.ts valueInput).
  if (!raw || !isPlaintext(input)) return valueBits(input);
  const bits = plaintextBitsRaw(input);
  if (bytes && bits.length % 8 !== 0)
    throw new CircuitHalt(`The opcode '${opcode}' expects input whose size in bits is a multiple of 8.`);
  return bits;
}

/**
 * hash.* and hash.*.raw (hash.rs `do_hash!`): `opcode` without the `.raw` suffix names the
 * algorithm, `raw` hashes the raw bits (fields) instead.
 */
export function hashValue(
  opcode: string,
  input: CValue,
  to: LiteralType,
  generator: () => Grp,
  raw = false,
): CLiteral {
  const name = raw ? `${opcode}.raw` : opcode;
  const bhp = HASH_BHP[opcode];
  if (bhp) return castLossyGroup(bhpHashToGroup(bhp, inputBits(name, input, raw, false)), to, generator);
  const keccak = KECCAK[opcode];
  if (keccak) {
    const digest = keccakHash(keccak[0], inputBits(name, input, raw, true));
    return castLossyGroup(bhpHashToGroup(keccak[1], digest), to, generator);
  }
  const ped = PEDERSEN[opcode];
  if (ped) return castLossyGroup(pedersenHashToGroup(ped, inputBits(name, input, raw, false)), to, generator);
  const rate = HASH_PSD[opcode];
  if (rate) {
    const fields = raw && isPlaintext(input) ? bitsToFieldsRaw(plaintextBitsRaw(input)) : valueFields(input);
    if (to === 'address' || to === 'group')
      return castLossyGroup(hashToGroupPsd(rate, fields), to, generator);
    return castLossyField(hashPsd(rate, fields), to, generator);
  }
  throw new CircuitHalt(`'${name}' is not supported in circuits yet`);
}

/** hash.<keccak|sha3>.native[.raw]: the digest bits themselves (`opcode` without the suffixes). */
export function hashNativeBits(opcode: string, input: CValue, raw: boolean, length: number): Bool[] {
  const keccak = KECCAK[opcode];
  const name = `${opcode}.native${raw ? '.raw' : ''}`;
  if (!keccak) throw new CircuitHalt(`'${name}' is not an instruction`);
  const digest = keccakHash(keccak[0], inputBits(name, input, raw, true));
  if (digest.length !== length)
    throw new CircuitHalt(`Expected '${length}' bits, got '${digest.length}' bits`);
  return digest;
}

const COMMIT_BHP: Record<string, BhpVariant> = {
  'commit.bhp256': 'bhp256',
  'commit.bhp512': 'bhp512',
  'commit.bhp768': 'bhp768',
  'commit.bhp1024': 'bhp1024',
};

export function commitValue(
  opcode: string,
  input: CValue,
  randomizer: Scl,
  to: LiteralType,
  generator: () => Grp,
): CLiteral {
  const bhp = COMMIT_BHP[opcode];
  if (bhp) return castLossyGroup(bhpCommitToGroup(bhp, valueBits(input), randomizer), to, generator);
  const ped = PEDERSEN[opcode];
  if (ped) return castLossyGroup(pedersenCommitToGroup(ped, valueBits(input), randomizer), to, generator);
  throw new CircuitHalt(`'${opcode}' is not supported in circuits yet`);
}
