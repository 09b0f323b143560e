/**
 * Poseidon in circuit (snarkVM circuit/algorithms/src/poseidon): the duplex sponge of the console
 * hash over Field gadgets; each S-box x^17 is four squarings and one product (5 constraints).
 * hash_to_scalar keeps the low 250 bits; hash_to_group adds two Elligator2 encodings.
 */
import { Fq } from '../crypto/modular.js';
import { FULL_ROUNDS, PARTIAL_ROUNDS, type PoseidonRate, poseidonParams } from '../crypto/poseidon.js';
import { elligator2 } from './elligator2.js';
import { LC } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import type { Grp } from './group.js';
import { Scl } from './scalar.js';

function pow17(x: Fld): Fld {
  if (x.isConstant()) return Fld.fixed(Fq.pow(x.value, 17n));
  const t = x.scale(1n);
  const t16 = t.square().square().square().square();
  return t16.mul(x);
}

function permute(rate: PoseidonRate, state: Fld[]): void {
  const p = poseidonParams(rate);
  const half = FULL_ROUNDS / 2;
  for (let r = 0; r < FULL_ROUNDS + PARTIAL_ROUNDS; r++) {
    const ark = p.ark[r] as bigint[];
    for (let i = 0; i < state.length; i++) state[i] = (state[i] as Fld).add(Fld.fixed(ark[i] as bigint));
    const full = r < half || r >= half + PARTIAL_ROUNDS;
    for (let i = 0; i < (full ? state.length : 1); i++) state[i] = pow17(state[i] as Fld);
    const next: Fld[] = [];
    for (let i = 0; i < state.length; i++) {
      const row = p.mds[i] as bigint[];
      next.push(new Fld(LC.combine(state.map((s, j) => [s.lc, row[j] as bigint] as const))));
    }
    for (let i = 0; i < state.length; i++) state[i] = next[i] as Fld;
  }
}

export function hashMany(rate: PoseidonRate, input: readonly Fld[], numOutputs: number): Fld[] {
  const p = poseidonParams(rate);
  // The domain is the thread-local parameter (no allocation); the length is a fresh Field::constant.
  const preimage: Fld[] = [Fld.fixed(p.domain), Fld.constant(BigInt(input.length))];
  while (preimage.length < rate) preimage.push(Fld.zero());
  preimage.push(...input);
  const state: Fld[] = Array.from({ length: rate + 1 }, () => Fld.zero());
  // Absorb (the sponge starts absorbing at index 0).
  let pos = 0;
  let rest = preimage;
  if (rest.length > 0) {
    for (;;) {
      if (pos + rest.length <= rate) {
        rest.forEach((e, i) => {
          state[1 + pos + i] = (state[1 + pos + i] as Fld).add(e);
        });
        pos += rest.length;
        break;
      }
      const n = rate - pos;
      for (let i = 0; i < n; i++) state[1 + pos + i] = (state[1 + pos + i] as Fld).add(rest[i] as Fld);
      permute(rate, state);
      rest = rest.slice(n);
      pos = 0;
    }
  }
  const out: Fld[] = [];
  if (numOutputs === 0) return out;
  permute(rate, state);
  let sq = 0;
  while (out.length < numOutputs) {
    if (sq === rate) {
      permute(rate, state);
      sq = 0;
    }
    out.push((state[1 + sq] as Fld).clone());
    sq++;
  }
  return out;
}

export function hashPsd(rate: PoseidonRate, input: readonly Fld[]): Fld {
  return hashMany(rate, input, 1)[0] as Fld;
}

export function hashToScalarPsd(rate: PoseidonRate, input: readonly Fld[]): Scl {
  return Scl.fromFieldLossy(hashPsd(rate, input));
}

export function hashToGroupPsd(rate: PoseidonRate, input: readonly Fld[]): Grp {
  if (input.length === 0) throw new CircuitHalt('Input to hash to group cannot be empty');
  const [h0, h1] = hashMany(rate, input, 2) as [Fld, Fld];
  return elligator2(h1).add(elligator2(h0));
}
