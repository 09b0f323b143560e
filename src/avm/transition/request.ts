/**
 * A request and its transition (snarkVM console/program/src/request/sign.rs, response/mod.rs,
 * ledger/block/src/transition/mod.rs), MainnetV0:
 *   r = HashToScalarPSD4([sn domain, sk_sig, nonce]) from a random field `nonce`; tpk = G·r;
 *   tvk = (signer·r).x; tcm = HashPSD2([tvk]); scm = HashPSD2([signer.x, root tvk]);
 *   signature challenge = HashToScalarPSD8([tpk, pk_sig, pr_sig, signer, tvk, tcm, function id,
 *   is_root, input message…]), response = r - challenge·sk_sig.
 * A caller may give the tvk instead of the nonce (to reproduce another run): then r, tpk and
 * the signature are unknown and left out.
 */
import type { Account } from '../account/keys.js';
import { gMul } from '../account/keys.js';
import { bhpHash } from '../crypto/bhp.js';
import { mul } from '../crypto/curve.js';
import { Fs } from '../crypto/modular.js';
import { poseidonHash, poseidonHashToScalar } from '../crypto/poseidon.js';
import { AleoHalt } from '../errors.js';
import type { RecordValue, Value, ValueType } from '../types.js';
import type { AffinePoint, Signature } from '../values.js';
import { ciphertextToString, recordCiphertextToString } from './bytes.js';
import { encryptPlaintext, functionId, privateKey, valueHash } from './ids.js';
import { type TransitionLeaf, transitionId, transitionIdToString } from './merkle.js';
import {
  encryptRecord,
  recordCommitment,
  recordH,
  recordRandomizer,
  recordTag,
  recordViewKeyFromRandomizer,
  recordViewKeyFromViewKey,
  senderCiphertext,
  serialNumberDomain,
  serialNumberFromGamma,
} from './record.js';
import { recordCiphertextBits } from './record-bits.js';

export type IdVisibility = 'constant' | 'public' | 'private' | 'record' | 'external_record' | 'future';

export interface TransitionInput {
  readonly type: IdVisibility;
  readonly id: bigint;
  /** Private inputs: the `ciphertext1…` text. */
  readonly ciphertext?: string;
  /** Record inputs: commitment, gamma, record view key, serial number (= id) and tag. */
  readonly record?: { commitment: bigint; gamma: AffinePoint; recordViewKey: bigint; tag: bigint };
}

export interface TransitionOutput {
  readonly type: IdVisibility;
  readonly id: bigint;
  readonly ciphertext?: string;
  /** Record outputs: checksum, sender ciphertext, nonce. */
  readonly record?: { checksum: bigint; senderCiphertext: bigint; nonce: AffinePoint };
}

export interface Request {
  readonly program: string;
  readonly function: string;
  readonly signer: AffinePoint;
  readonly tvk: bigint;
  readonly tcm: bigint;
  readonly scm: bigint;
  readonly tpk?: AffinePoint;
  readonly signature?: Signature;
  readonly inputs: readonly TransitionInput[];
  /** The input values (plaintexts and records as the function received them). */
  readonly inputValues: readonly Value[];
  /**
   * The signed message after [tpk, pk_sig, pr_sig, signer]: [tvk, tcm, function id, is_root,
   * input parts…]; undefined when a record input's r·H is unknown (tvk-only mode).
   */
  readonly message?: readonly bigint[];
}

export interface Transition extends Request {
  readonly id: string;
  readonly idField: bigint;
  readonly outputs: readonly TransitionOutput[];
  readonly outputValues: readonly Value[];
}

export interface RequestRandomness {
  /** The random field snarkVM samples (Request::sign's `nonce`). */
  readonly nonce?: bigint;
  /** Or the transition view key of a run to reproduce. */
  readonly tvk?: bigint;
}

/** The transition leaf variant of each kind of input and output (Input/Output::variant). */
export const VARIANT: Record<IdVisibility, number> = {
  constant: 0,
  public: 1,
  private: 2,
  record: 3,
  external_record: 4,
  future: 5,
};

/** The kind of id a declared input or output type gets. */
export function inputType(t: ValueType): IdVisibility {
  return t.kind === 'plaintext' ? t.visibility : t.kind;
}

export function signRequest(
  account: Account,
  program: string,
  fn: string,
  inputs: readonly Value[],
  types: readonly ValueType[],
  randomness: RequestRandomness,
  rootTvk: bigint | undefined,
  isRoot: boolean,
  networkId = 0,
): Request {
  const signer = account.address;
  let r: bigint | undefined;
  let tvk: bigint;
  if (randomness.nonce !== undefined) {
    r = poseidonHashToScalar(4, [serialNumberDomain(), account.skSig, randomness.nonce]);
    tvk = mul(signer, r).x;
  } else if (randomness.tvk !== undefined) tvk = randomness.tvk;
  else throw new AleoHalt('a request needs a nonce or a tvk');
  const tcm = poseidonHash(2, [tvk]);
  const scm = poseidonHash(2, [signer.x, rootTvk ?? tvk]);
  const fid = functionId(program, fn, networkId);
  const message: bigint[] = [tvk, tcm, fid, isRoot ? 1n : 0n];
  let complete = true;
  const ids: TransitionInput[] = inputs.map((value, index) => {
    const type = inputType(types[index]!);
    if (type === 'constant' || type === 'public') {
      const id = valueHash(fid, value, tcm, index);
      message.push(id);
      return { type, id };
    }
    if (type === 'private') {
      if (value.kind !== 'literal' && value.kind !== 'struct' && value.kind !== 'array')
        throw new AleoHalt(`input ${index} must be a plaintext`);
      const ct = encryptPlaintext(value, privateKey(fid, tvk, index));
      const id = poseidonHash(8, ct);
      message.push(id);
      return { type, id, ciphertext: ciphertextToString(ct) };
    }
    if (value.kind !== 'record') throw new AleoHalt(`input ${index} must be a record`);
    if (type === 'external_record') {
      const id = valueHash(fid, value, tvk, index);
      message.push(id);
      return { type, id };
    }
    const rec = recordInput(account, program, (types[index] as { name: string }).name, value, r);
    if (rec.hr === undefined) complete = false;
    message.push(rec.h.x, rec.hr?.x ?? 0n, rec.gamma.x, rec.tag);
    return { type, id: rec.serialNumber, record: rec };
  });
  let signature: Signature | undefined;
  let tpk: AffinePoint | undefined;
  if (r !== undefined) {
    tpk = gMul(r);
    const challenge = poseidonHashToScalar(8, [
      tpk.x,
      account.pkSig.x,
      account.prSig.x,
      signer.x,
      ...message,
    ]);
    const response = Fs.sub(r, Fs.mul(challenge, account.skSig));
    signature = { challenge, response, pkSig: account.pkSig, prSig: account.prSig };
  }
  return {
    program,
    function: fn,
    signer,
    tvk,
    tcm,
    scm,
    tpk,
    signature,
    inputs: ids,
    inputValues: inputs,
    message: complete ? message : undefined,
  };
}

function recordInput(
  account: Account,
  program: string,
  name: string,
  record: RecordValue,
  r: bigint | undefined,
) {
  // Request::sign (the SDK's snarkVM words it so; older releases said "Input record for
  // '<program>' must belong to the signer"). External records are only hashed, never checked.
  if (record.owner.value.x !== account.address.x)
    throw new AleoHalt(`Input record '${program}/${name}' must belong to the signer`);
  const recordViewKey = recordViewKeyFromViewKey(record.nonce, account.viewKey);
  const commitment = recordCommitment(program, name, record, recordViewKey);
  const h = recordH(commitment);
  const gamma = mul(h, account.skSig);
  return {
    commitment,
    gamma,
    recordViewKey,
    h,
    hr: r === undefined ? undefined : mul(h, r),
    serialNumber: serialNumberFromGamma(gamma, commitment),
    tag: recordTag(account.skTag, commitment),
  };
}

/** Response::new + Transition::new: output ids, record ciphertexts, the transition id. */
export function buildTransition(
  request: Request,
  outputs: readonly Value[],
  types: readonly ValueType[],
  registers: readonly (number | undefined)[],
  networkId = 0,
): Transition {
  const fid = functionId(request.program, request.function, networkId);
  const n = request.inputs.length;
  const outs: TransitionOutput[] = outputs.map((value, i) => {
    const t = types[i]!;
    const type = inputType(t);
    const index = n + i;
    if (type === 'constant' || type === 'public' || type === 'future')
      return { type, id: valueHash(fid, value, request.tcm, index) };
    if (type === 'private') {
      if (value.kind !== 'literal' && value.kind !== 'struct' && value.kind !== 'array')
        throw new AleoHalt(`output ${i} must be a plaintext`);
      const ct = encryptPlaintext(value, privateKey(fid, request.tvk, index));
      return { type, id: poseidonHash(8, ct), ciphertext: ciphertextToString(ct) };
    }
    if (value.kind !== 'record') throw new AleoHalt(`output ${i} must be a record`);
    if (type === 'external_record') return { type, id: valueHash(fid, value, request.tvk, index) };
    const register = registers[i];
    if (register === undefined) throw new AleoHalt('Expected a register to be paired with a record output');
    const rvk = recordViewKeyFromRandomizer(value.owner.value, recordRandomizer(request.tvk, register));
    const c = encryptRecord(value, rvk);
    return {
      type,
      id: recordCommitment(request.program, (t as { name: string }).name, value, rvk),
      ciphertext: recordCiphertextToString(c),
      record: {
        checksum: bhpHash('bhp1024', recordCiphertextBits(c)),
        senderCiphertext: senderCiphertext(request.signer, rvk),
        nonce: value.nonce,
      },
    };
  });
  const leaves: TransitionLeaf[] = [
    ...request.inputs.map((x) => ({ variant: VARIANT[x.type], id: x.id })),
    ...outs.map((x) => ({ variant: VARIANT[x.type], id: x.id })),
  ];
  const idField = transitionId(leaves, request.tcm);
  return { ...request, id: transitionIdToString(idField), idField, outputs: outs, outputValues: outputs };
}
