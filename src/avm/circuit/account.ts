/**
 * Account gadgets (snarkVM circuit/account, circuit/network v0.rs): fixed-base scalar
 * multiplication by G over its 251 precomputed doublings, the compute key
 * (pk_sig, pr_sig, sk_prf = HashToScalarPSD4(pk_sig.x, pr_sig.x)), its address
 * pk_sig + pr_sig + G·sk_prf, and Schnorr signatures (challenge, response, compute key).
 */
import { double } from '../crypto/curve.js';
import { Fs } from '../crypto/modular.js';
import { accountGenerator } from '../crypto/signature.js';
import type { AffinePoint } from '../values.js';
import type { Bool } from './boolean.js';
import type { Mode } from './env.js';
import type { Fld } from './field.js';
import { Grp } from './group.js';
import { hashToScalarPsd } from './poseidon.js';
import { Scl } from './scalar.js';

let gPowers: AffinePoint[] | undefined;
function generatorPowers(): AffinePoint[] {
  if (!gPowers) {
    gPowers = [];
    let g = accountGenerator();
    for (let i = 0; i < Fs.bits; i++) {
      gPowers.push(g);
      g = double(g);
    }
  }
  return gPowers;
}

export function gScalarMultiply(s: Scl): Grp {
  const bases = generatorPowers();
  const bits = s.toBitsLe();
  let out = Grp.zero();
  for (let i = 0; i < bits.length; i++) {
    out = Grp.ternary(bits[i] as Bool, out.add(Grp.fixed(bases[i] as AffinePoint)), out);
  }
  return out;
}

export function groupMulScalar(g: Grp, s: Scl): Grp {
  return g.mulBitsBe(s.toBitsBe());
}

export class ComputeKey {
  constructor(
    readonly pkSig: Grp,
    readonly prSig: Grp,
    readonly skPrf: Scl,
  ) {}
  /** ComputeKey::ternary (circuit/account/src/compute_key/ternary.rs): pk_sig, pr_sig, sk_prf. */
  static ternary(cond: Bool, a: ComputeKey, b: ComputeKey): ComputeKey {
    return new ComputeKey(
      Grp.ternary(cond, a.pkSig, b.pkSig),
      Grp.ternary(cond, a.prSig, b.prSig),
      Scl.ternary(cond, a.skPrf, b.skPrf),
    );
  }
  static fromGroups(pkSig: Grp, prSig: Grp): ComputeKey {
    return new ComputeKey(pkSig, prSig, hashToScalarPsd(4, [pkSig.x.clone(), prSig.x.clone()]));
  }
  static new(mode: Mode, pkSig: AffinePoint, prSig: AffinePoint): ComputeKey {
    const a = Grp.new(mode, pkSig);
    const b = Grp.new(mode, prSig);
    return ComputeKey.fromGroups(a, b);
  }
  toAddress(): Grp {
    const pkPrf = gScalarMultiply(this.skPrf);
    return this.pkSig.add(this.prSig).add(pkPrf);
  }
}

export interface SignatureValue {
  readonly challenge: bigint;
  readonly response: bigint;
  readonly pkSig: AffinePoint;
  readonly prSig: AffinePoint;
}

export class Signature {
  constructor(
    readonly challenge: Scl,
    readonly response: Scl,
    readonly computeKey: ComputeKey,
  ) {}
  /** Signature::ternary (circuit/account/src/signature/ternary.rs): challenge, response, compute key. */
  static ternary(cond: Bool, a: Signature, b: Signature): Signature {
    return new Signature(
      Scl.ternary(cond, a.challenge, b.challenge),
      Scl.ternary(cond, a.response, b.response),
      ComputeKey.ternary(cond, a.computeKey, b.computeKey),
    );
  }
  static new(mode: Mode, v: SignatureValue): Signature {
    const challenge = Scl.new(mode, v.challenge);
    const response = Scl.new(mode, v.response);
    return new Signature(challenge, response, ComputeKey.new(mode, v.pkSig, v.prSig));
  }
  /** Signature::verify: challenge == HashToScalarPSD8(G·response + pk_sig·challenge, pk_sig, pr_sig, address, message). */
  verify(address: Grp, message: readonly Fld[]): Bool {
    const pk = this.computeKey.pkSig;
    const gNonce = gScalarMultiply(this.response).add(groupMulScalar(pk, this.challenge));
    const preimage = [
      gNonce.x.clone(),
      pk.x.clone(),
      this.computeKey.prSig.x.clone(),
      address.x.clone(),
      ...message,
    ];
    const candidate = hashToScalarPsd(8, preimage);
    const candidateAddress = this.computeKey.toAddress();
    return this.challenge.isEqual(candidate).and(address.isEqual(candidateAddress));
  }
}
