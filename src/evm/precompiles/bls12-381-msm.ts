/**
 * 0x0c BLS12_G1MSM and 0x0e BLS12_G2MSM (EIP-2537): sum of k (point, 32-byte scalar) pairs,
 * points on the curve and in the subgroup. Gas k * 12000 (G1) or 22500 (G2) times the
 * EIP's discount for k, / 1000; an empty input or a length not a multiple fails.
 */
import { pippenger } from '@noble/curves/abstract/curve.js';
import {
  bls12,
  decodeG1,
  decodeG2,
  encodeG1,
  encodeG2,
  G1_BYTES,
  type G1Point,
  G2_BYTES,
  type G2Point,
  inSubgroup,
  SUBGROUP_ORDER,
} from './bls12-381-points.js';
import { bytesToBigInt, fail, ok, type Precompile } from './types.js';

// EIP-2537 discount tables (per mille) for k = 1..128; larger k use the last entry.
const G1_DISCOUNT = [
  1000, 949, 848, 797, 764, 750, 738, 728, 719, 712, 705, 698, 692, 687, 682, 677, 673, 669, 665, 661, 658,
  654, 651, 648, 645, 642, 640, 637, 635, 632, 630, 627, 625, 623, 621, 619, 617, 615, 613, 611, 609, 608,
  606, 604, 603, 601, 599, 598, 596, 595, 593, 592, 591, 589, 588, 586, 585, 584, 582, 581, 580, 579, 577,
  576, 575, 574, 573, 572, 570, 569, 568, 567, 566, 565, 564, 563, 562, 561, 560, 559, 558, 557, 556, 555,
  554, 553, 552, 551, 550, 549, 548, 547, 547, 546, 545, 544, 543, 542, 541, 540, 540, 539, 538, 537, 536,
  536, 535, 534, 533, 532, 532, 531, 530, 529, 528, 528, 527, 526, 525, 525, 524, 523, 522, 522, 521, 520,
  520, 519,
];
const G2_DISCOUNT = [
  1000, 1000, 923, 884, 855, 832, 812, 796, 782, 770, 759, 749, 740, 732, 724, 717, 711, 704, 699, 693, 688,
  683, 679, 674, 670, 666, 663, 659, 655, 652, 649, 646, 643, 640, 637, 634, 632, 629, 627, 624, 622, 620,
  618, 615, 613, 611, 609, 607, 606, 604, 602, 600, 598, 597, 595, 593, 592, 590, 589, 587, 586, 584, 583,
  582, 580, 579, 578, 576, 575, 574, 573, 571, 570, 569, 568, 567, 566, 565, 563, 562, 561, 560, 559, 558,
  557, 556, 555, 554, 553, 552, 552, 551, 550, 549, 548, 547, 546, 545, 545, 544, 543, 542, 541, 541, 540,
  539, 538, 537, 537, 536, 535, 535, 534, 533, 532, 532, 531, 530, 530, 529, 528, 528, 527, 526, 526, 525,
  524, 524,
];

/** The MSM price for k pairs (0 for k = 0, like geth; the call then fails anyway). */
function price(k: number, mulGas: bigint, discounts: readonly number[]): bigint {
  if (k === 0) return 0n;
  const d = discounts[Math.min(k, discounts.length) - 1]!;
  return (BigInt(k) * mulGas * BigInt(d)) / 1000n;
}

/** The (point, scalar) pairs of an MSM input, or undefined for a bad length or point. */
function pairs<P extends G1Point | G2Point>(
  input: Uint8Array,
  pointBytes: number,
  decode: (d: Uint8Array, o: number) => P | undefined,
): { points: P[]; scalars: bigint[] } | undefined {
  const pair = pointBytes + 32;
  if (input.length === 0 || input.length % pair !== 0) return undefined;
  const points: P[] = [];
  const scalars: bigint[] = [];
  for (let o = 0; o < input.length; o += pair) {
    const p = decode(input, o);
    if (!p || !inSubgroup(p)) return undefined;
    points.push(p);
    // Points are in the order-r subgroup, so the scalar acts modulo r.
    scalars.push(bytesToBigInt(input.subarray(o + pointBytes, o + pair)) % SUBGROUP_ORDER);
  }
  return { points, scalars };
}

export const bls12G1Msm: Precompile = (input, gasLimit) => {
  const gas = price(Math.floor(input.length / (G1_BYTES + 32)), 12000n, G1_DISCOUNT);
  const m = gasLimit < gas ? undefined : pairs(input, G1_BYTES, decodeG1);
  if (!m) return fail(gasLimit);
  const r =
    m.points.length === 1
      ? m.points[0]!.multiplyUnsafe(m.scalars[0]!)
      : pippenger(bls12().G1.Point, m.points, m.scalars);
  return ok(gas, encodeG1(r));
};

export const bls12G2Msm: Precompile = (input, gasLimit) => {
  const gas = price(Math.floor(input.length / (G2_BYTES + 32)), 22500n, G2_DISCOUNT);
  const m = gasLimit < gas ? undefined : pairs(input, G2_BYTES, decodeG2);
  if (!m) return fail(gasLimit);
  const r =
    m.points.length === 1
      ? m.points[0]!.multiplyUnsafe(m.scalars[0]!)
      : pippenger(bls12().G2.Point, m.points, m.scalars);
  return ok(gas, encodeG2(r));
};
