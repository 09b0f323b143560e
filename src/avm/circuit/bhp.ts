/**
 * BHP in circuit (snarkVM circuit/algorithms/src/bhp): each 3-bit chunk selects a Montgomery
 * point by a 4-entry lookup (1 constraint for b0·b1, 1 for the sign), chunks of a window are
 * summed in Montgomery form (3 constraints per addition), each window converts to Edwards
 * (2 constraints) and windows are added (6). Blocks chain through the previous digest's
 * x-coordinate bits; commitments add Σ bit_i · random_base_i over the randomizer's bits.
 */
import { type BhpVariant, bhpParams } from '../crypto/bhp.js';
import { toAffine } from '../crypto/curve.js';
import { MONTGOMERY_A, MONTGOMERY_B } from '../crypto/elligator2.js';
import { Fq } from '../crypto/modular.js';
import { Bool } from './boolean.js';
import { enforce, witnessMode } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { Grp } from './group.js';
import type { Scl } from './scalar.js';
import { constBits } from './value.js';

interface Lookup {
  readonly xs: readonly bigint[];
  readonly ys: readonly bigint[];
}

const lookups = new Map<BhpVariant, Lookup[][]>();
function montgomeryBases(variant: BhpVariant): Lookup[][] {
  let l = lookups.get(variant);
  if (!l) {
    const p = bhpParams(variant);
    l = p.lookup.map((window) =>
      window.map((table) => {
        const xs: bigint[] = [];
        const ys: bigint[] = [];
        for (let k = 0; k < 4; k++) {
          const e = toAffine(table[k] as never);
          const x = Fq.div(Fq.add(1n, e.y), Fq.sub(1n, e.y));
          xs.push(x);
          ys.push(Fq.div(x, e.x));
        }
        return { xs, ys };
      }),
    );
    lookups.set(variant, l);
  }
  return l;
}

const HALF = Fq.inv(2n);

function montgomeryAdd(A: Fld, B: Fld, p: [Fld, Fld], q: [Fld, Fld]): [Fld, Fld] {
  const [x1, y1] = p;
  const [x2, y2] = q;
  const mode = witnessMode(x1, y1, x2, y2);
  const lambda = Fld.new(mode, Fq.div(Fq.sub(y2.value, y1.value), Fq.sub(x2.value, x1.value)));
  enforce(x2.sub(x1).lc, lambda.lc, y2.sub(y1).lc);
  const l2 = Fq.square(lambda.value);
  const sumX = Fld.new(
    witnessMode(lambda, x2, x1),
    Fq.sub(Fq.sub(Fq.sub(Fq.mul(MONTGOMERY_B, l2), MONTGOMERY_A), x1.value), x2.value),
  );
  enforce(B.mul(lambda).lc, lambda.lc, A.add(x1).add(x2).add(sumX).lc);
  const sumY = Fld.new(
    witnessMode(lambda, sumX, x1, y1),
    Fq.neg(Fq.add(y1.value, Fq.mul(lambda.value, Fq.sub(sumX.value, x1.value)))),
  );
  enforce(x1.sub(sumX).lc, lambda.lc, y1.add(sumY).lc);
  return [sumX, sumY];
}

function hashBlock(variant: BhpVariant, input: readonly Bool[]): Grp {
  const p = bhpParams(variant);
  const minBits = p.windowSize * 3;
  if (input.length <= minBits)
    throw new CircuitHalt(`Inputs to this BHP must be greater than ${minBits} bits`);
  if (input.length > p.numWindows * minBits)
    throw new CircuitHalt(`Inputs to this BHP cannot exceed ${p.numWindows * minBits} bits`);
  const bits = [...input];
  while (bits.length % 3 !== 0) bits.push(Bool.constant(false));
  const bases = montgomeryBases(variant);
  // hasher/hash_uncompressed.rs allocates these three constants on every call.
  const half = Fld.constant(HALF);
  const A = Fld.constant(MONTGOMERY_A);
  const B = Fld.constant(MONTGOMERY_B);
  let acc = Grp.zero();
  const perWindow = p.windowSize * 3;
  for (let w = 0; w * perWindow < bits.length; w++) {
    const windowBits = bits.slice(w * perWindow, (w + 1) * perWindow);
    let sum: [Fld, Fld] | undefined;
    for (let c = 0; c * 3 < windowBits.length; c++) {
      const [c0, c1, c2] = windowBits.slice(c * 3, c * 3 + 3) as [Bool, Bool, Bool];
      const { xs, ys } = (bases[w] as Lookup[])[c] as Lookup;
      const b0 = Fld.fromBool(c0);
      const b1 = Fld.fromBool(c1);
      const b2 = Fld.fromBool(c2);
      const b01 = Fld.fromBool(c0.and(c1));
      const lookup = (v: readonly bigint[]) => {
        const [v0, v1, v2, v3] = v as [bigint, bigint, bigint, bigint];
        return Fld.fixed(v0)
          .add(b0.scale(Fq.sub(v1, v0)))
          .add(b1.scale(Fq.sub(v2, v0)))
          .add(b01.scale(Fq.add(Fq.sub(Fq.sub(v3, v2), v1), v0)));
      };
      const mx = lookup(xs);
      const y = lookup(ys);
      const my = Fld.new(witnessMode(c0, c1, c2, y), c2.value ? Fq.neg(y.value) : y.value);
      enforce(y.double().neg().lc, b2.sub(half).lc, my.lc);
      sum = sum ? montgomeryAdd(A, B, sum, [mx, my]) : [mx, my];
    }
    if (!sum) throw new CircuitHalt('Invalid iteration of BHP detected, a window was not evaluated');
    const [sx, sy] = sum;
    const ex = sx.divUnchecked(sy);
    const ey = sx.sub(Fld.one()).divUnchecked(sx.add(Fld.one()));
    acc = acc.add(new Grp(ex, ey));
  }
  return acc;
}

export function bhpHashToGroup(variant: BhpVariant, input: readonly Bool[]): Grp {
  const p = bhpParams(variant);
  const perBlock = p.numWindows * p.windowSize * 3 - Fq.dataBits;
  let digest = Grp.zero();
  for (let i = 0; i * perBlock < input.length; i++) {
    const chunk = input.slice(i * perBlock, (i + 1) * perBlock);
    const pre: Bool[] = [];
    if (i === 0) {
      // The domain bits are the thread-local hasher's; the length is a fresh U64::constant.
      for (const b of p.domain) pre.push(Bool.constant(b));
      constBits(pre, input.length, 64);
    } else {
      pre.push(...digest.x.clone().toBitsLe());
      pre.length = Fq.dataBits;
    }
    pre.push(...chunk);
    digest = hashBlock(variant, pre);
  }
  return digest;
}

export function bhpHash(variant: BhpVariant, input: readonly Bool[]): Fld {
  return bhpHashToGroup(variant, input).x.clone();
}

export function bhpCommitToGroup(variant: BhpVariant, input: readonly Bool[], randomizer: Scl): Grp {
  const hash = bhpHashToGroup(variant, input);
  const bases = bhpParams(variant).randomBase;
  const bits = randomizer.toBitsLe();
  let acc = hash;
  bits.forEach((bit, i) => {
    acc = acc.add(Grp.ternary(bit, Grp.fixed(toAffine(bases[i] as never)), Grp.zero()));
  });
  return acc;
}

export function bhpCommit(variant: BhpVariant, input: readonly Bool[], randomizer: Scl): Fld {
  return bhpCommitToGroup(variant, input, randomizer).x.clone();
}
