/**
 * The hashes a request and a transition are built from (snarkVM console/program/src/
 * function_id, request/sign.rs, response/mod.rs, data/future/to_bits.rs, plaintext/encrypt.rs):
 *   function id = BHP1024(network u16 ‖ |name| u8 ‖ name ‖ |network| u8 ‖ "aleo" ‖ |fn| u8 ‖ fn);
 *   constant / public / future id = HashPSD8([function id, value fields…, tcm, index]);
 *   private id = HashPSD8(ciphertext), the plaintext encrypted under HashPSD4([function id, tvk, index]);
 *   external record id = HashPSD8([function id, record fields…, tvk, index]).
 * Indices count inputs first, then outputs.
 */
import { bhpHash } from '../crypto/bhp.js';
import { type Bits, pushUintBits } from '../crypto/bits.js';
import { plaintextBits, plaintextFields } from '../crypto/encode.js';
import { Fq } from '../crypto/modular.js';
import { type HashInput, plaintextInput } from '../crypto/ops.js';
import { poseidonHash, poseidonHashMany } from '../crypto/poseidon.js';
import type { FutureValue, Value } from '../types.js';
import type { Plaintext } from '../values.js';
import { encryptionDomain } from './record.js';
import { bitsToFields, identifierBits, programIdBits, recordPlaintextBits } from './record-bits.js';

const functionIds = new Map<string, bigint>();

export function functionId(program: string, fn: string, networkId = 0): bigint {
  const key = `${networkId}/${program}/${fn}`;
  let id = functionIds.get(key);
  if (id === undefined) {
    const [name, network] = program.split('.') as [string, string];
    const bits: Bits = [];
    pushUintBits(bits, BigInt(networkId), 16);
    for (const part of [name, network, fn]) {
      const b = identifierBits(part);
      pushUintBits(bits, BigInt(b.length), 8);
      bits.push(...b);
    }
    id = bhpHash('bhp1024', bits);
    functionIds.set(key, id);
  }
  return id;
}

export function futureBits(f: FutureValue, out: Bits = []): Bits {
  const pid = programIdBits(f.program);
  pushUintBits(out, BigInt(pid.length), 16);
  out.push(...pid);
  const name = identifierBits(f.function);
  pushUintBits(out, BigInt(name.length), 16);
  out.push(...name);
  pushUintBits(out, BigInt(f.arguments.length), 8);
  for (const a of f.arguments) {
    const bits: Bits = [];
    if (a.kind === 'future') {
      bits.push(true);
      futureBits(a, bits);
    } else {
      bits.push(false);
      plaintextBits(a, bits);
    }
    pushUintBits(out, BigInt(bits.length), 16);
    out.push(...bits);
  }
  return out;
}

/**
 * What `hash.*` and `commit.*` read of a value (ops.ts HashInput). A record or a future has no
 * raw form of its own: its `.raw` hashes read Record/Future::to_bits_le and to_fields, as the
 * SDK's snarkVM does (its size check counts a record's full bits; a future's `hash.psd2.raw`
 * equals its `hash.psd2`).
 */
export function valueInput(v: Value, raw = false): HashInput {
  if (v.kind === 'record') return { bits: () => recordPlaintextBits(v), fields: () => valueFields(v) };
  if (v.kind === 'future') return { bits: () => futureBits(v), fields: () => valueFields(v) };
  return plaintextInput(v, raw);
}

/** Value::to_fields. */
export function valueFields(v: Value): bigint[] {
  if (v.kind === 'record') return bitsToFields(recordPlaintextBits(v));
  if (v.kind === 'future') return bitsToFields(futureBits(v));
  return plaintextFields(v);
}

/** Plaintext::encrypt_symmetric: the fields plus HashManyPSD8([encryption domain, key], n). */
export function encryptPlaintext(p: Plaintext, key: bigint): bigint[] {
  const fields = plaintextFields(p);
  const rho = poseidonHashMany(8, [encryptionDomain(), key], fields.length);
  return fields.map((f, i) => Fq.add(f, rho[i]!));
}

export function decryptFields(fields: readonly bigint[], key: bigint): bigint[] {
  const rho = poseidonHashMany(8, [encryptionDomain(), key], fields.length);
  return fields.map((f, i) => Fq.sub(f, rho[i]!));
}

/** The symmetric key of private input/output `index`: HashPSD4([function id, tvk, index]). */
export const privateKey = (fid: bigint, tvk: bigint, index: number): bigint =>
  poseidonHash(4, [fid, tvk, BigInt(index)]);

/** HashPSD8([function id, value fields…, salt (tcm or tvk), index]). */
export const valueHash = (fid: bigint, v: Value, salt: bigint, index: number): bigint =>
  poseidonHash(8, [fid, ...valueFields(v), salt, BigInt(index)]);
