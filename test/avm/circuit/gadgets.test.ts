/**
 * Per-gadget counts (constants, public, private, constraints) transcribed from snarkVM's own
 * circuit tests (ProvableHQ/snarkVM at 3d42aa04: `Count::is`, `assert_scope!`, `check_*` tuples
 * in the files cited per row), measured on polyvm's gadgets with their operands injected outside
 * the scope, as those tests do. Constants are the variables snarkVM allocates with
 * Mode::Constant (Circuit::num_constants); they never reach the matrices but count in the
 * verifying key's num_variables.
 */
import { describe, expect, it } from 'vitest';
import { accountFromSeed, gMul } from '../../../src/avm/account/keys.js';
import { ComputeKey, Signature } from '../../../src/avm/circuit/account.js';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import { elligator2 } from '../../../src/avm/circuit/elligator2.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { Grp } from '../../../src/avm/circuit/group.js';
import { Int, intType } from '../../../src/avm/circuit/integer.js';
import { keccakHash } from '../../../src/avm/circuit/keccak.js';
import { signatureIsEqual } from '../../../src/avm/circuit/ops.js';
import { hashPsd } from '../../../src/avm/circuit/poseidon.js';
import { Fs } from '../../../src/avm/crypto/modular.js';
import { poseidonHashToScalar } from '../../../src/avm/crypto/poseidon.js';
import { type Counts, measure } from './measure.js';

const F =
  (m: Mode, v = 12345n) =>
  () =>
    Fld.new(m, v);
const G = (m: Mode, k = 3n) => Grp.new(m, gMul(k));
/** n private input bits of a fixed pattern (the counts do not depend on the values). */
const bits = (n: number) => () =>
  Array.from({ length: n }, (_, i) => Bool.new('private', (i * 7 + 3) % 5 < 2));
const acct = accountFromSeed(777n);
const sig = (() => {
  const msg = [5n, 7n];
  const r = 999n;
  const gr = gMul(r);
  const challenge = poseidonHashToScalar(8, [gr.x, acct.pkSig.x, acct.prSig.x, acct.address.x, ...msg]);
  return {
    challenge,
    response: Fs.sub(r, Fs.mul(challenge, acct.skSig)),
    pkSig: acct.pkSig,
    prSig: acct.prSig,
    msg,
  };
})();

const ROWS: [string, string, () => Counts, Counts][] = [
  [
    'field mul (private)',
    'circuit/types/field/src/mul.rs',
    () =>
      measure(
        () => [F('private')(), F('private', 7n)()],
        ([a, b]) => a?.mul(b as Fld),
      ),
    [0, 0, 1, 1],
  ],
  [
    'field inverse',
    'circuit/types/field/src/inverse.rs',
    () => measure(F('private'), (a) => a.inverse()),
    [0, 0, 1, 1],
  ],
  [
    'field is_equal',
    'circuit/types/field/src/equal.rs',
    () =>
      measure(
        () => [F('public')(), F('private', 9n)()],
        ([a, b]) => a?.isEqual(b as Fld),
      ),
    [0, 0, 2, 2],
  ],
  [
    'field to_bits_le',
    'circuit/types/field/src/helpers/to_bits.rs',
    () => measure(F('private'), (a) => a.toBitsLe()),
    [0, 0, 505, 507],
  ],
  [
    'field is_less_than (public, constant)',
    'circuit/types/field/src/compare.rs',
    () =>
      measure(
        () => [F('public')(), F('constant', 99n)()],
        ([a, b]) => a?.isLessThan(b as Fld),
      ),
    [0, 0, 757, 759],
  ],
  [
    'field is_less_than (public, public)',
    'circuit/types/field/src/compare.rs',
    () =>
      measure(
        () => [F('public')(), F('public', 9n)()],
        ([a, b]) => a?.isLessThan(b as Fld),
      ),
    [0, 0, 1516, 1520],
  ],
  [
    'field pow (public, public)',
    'circuit/types/field/src/pow.rs',
    () =>
      measure(
        () => [F('public')(), F('public', 9n)()],
        ([a, b]) => a?.pow(b as Fld),
      ),
    [0, 0, 1262, 1264],
  ],
  [
    'field pow (constant, public)',
    'circuit/types/field/src/pow.rs',
    () =>
      measure(
        () => [F('constant')(), F('public', 9n)()],
        ([a, b]) => a?.pow(b as Fld),
      ),
    [0, 0, 1009, 1011],
  ],
  [
    'field square_roots_flagged',
    'circuit/types/field/src/square_root.rs',
    () => measure(F('private', 4n), (a) => a.squareRootsFlagged()),
    [254, 0, 344, 344],
  ],
  [
    'group new (public)',
    'circuit/types/group/src/lib.rs',
    () =>
      measure(
        () => 0,
        () => G('public'),
      ),
    [4, 2, 12, 13],
  ],
  [
    'group new (private)',
    'circuit/types/group/src/lib.rs',
    () =>
      measure(
        () => 0,
        () => G('private'),
      ),
    [4, 0, 14, 13],
  ],
  [
    'group add (private, constant)',
    'circuit/types/group/src/add.rs',
    () =>
      measure(
        () => [G('private'), G('constant', 5n)],
        ([a, b]) => a?.add(b as Grp),
      ),
    [2, 0, 3, 3],
  ],
  [
    'group add (private, private)',
    'circuit/types/group/src/add.rs',
    () =>
      measure(
        () => [G('private'), G('private', 5n)],
        ([a, b]) => a?.add(b as Grp),
      ),
    [2, 0, 6, 6],
  ],
  [
    'group double',
    'circuit/types/group/src/double.rs',
    () =>
      measure(
        () => G('private'),
        (a) => a.double(),
      ),
    [1, 0, 5, 5],
  ],
  [
    'group is_in_group',
    'circuit/types/group/src/lib.rs',
    () =>
      measure(
        () => G('private'),
        (a) => a.isInGroup(),
      ),
    [750, 0, 2755, 2755],
  ],
  [
    'poseidon4 hash of 1 input',
    'circuit/algorithms/src/poseidon/hash.rs',
    () =>
      measure(
        () => [F('public')()],
        (xs) => hashPsd(4, xs),
      ),
    [1, 0, 335, 335],
  ],
  [
    'poseidon4 hash of 4 inputs',
    'circuit/algorithms/src/poseidon/hash.rs',
    () =>
      measure(
        () => [1n, 2n, 3n, 4n].map((v) => F('public', v)()),
        (xs) => hashPsd(4, xs),
      ),
    [1, 0, 350, 350],
  ],
  [
    'poseidon4 hash of 5 inputs',
    'circuit/algorithms/src/poseidon/hash.rs',
    () =>
      measure(
        () => [1n, 2n, 3n, 4n, 5n].map((v) => F('public', v)()),
        (xs) => hashPsd(4, xs),
      ),
    [1, 0, 705, 705],
  ],
  [
    'elligator2 encode',
    'circuit/algorithms/src/elligator2/encode.rs',
    () => measure(F('private', 5n), (a) => elligator2(a)),
    [263, 0, 875, 880],
  ],
  [
    'u64 add_checked',
    'circuit/types/integers/src/add_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('u64'), 3n, false), Int.witness(intType('u64'), 4n, false)],
        ([a, b]) => a?.addChecked(b as Int),
      ),
    [0, 0, 64, 65],
  ],
  [
    'i32 add_checked',
    'circuit/types/integers/src/add_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('i32'), 3n, false), Int.witness(intType('i32'), -4n, false)],
        ([a, b]) => a?.addChecked(b as Int),
      ),
    [0, 0, 36, 38],
  ],
  [
    'u32 mul_checked',
    'circuit/types/integers/src/mul_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('u32'), 3n, false), Int.witness(intType('u32'), 4n, false)],
        ([a, b]) => a?.mulChecked(b as Int),
      ),
    [0, 0, 32, 33],
  ],
  [
    'i16 mul_checked',
    'circuit/types/integers/src/mul_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('i16'), 3n, false), Int.witness(intType('i16'), -4n, false)],
        ([a, b]) => a?.mulChecked(b as Int),
      ),
    [48, 0, 134, 140],
  ],
  [
    'u128 mul_checked',
    'circuit/types/integers/src/mul_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('u128'), 3n, false), Int.witness(intType('u128'), 4n, false)],
        ([a, b]) => a?.mulChecked(b as Int),
      ),
    [0, 0, 196, 199],
  ],
  [
    'i128 mul_checked',
    'circuit/types/integers/src/mul_checked.rs',
    () =>
      measure(
        () => [Int.witness(intType('i128'), 3n, false), Int.witness(intType('i128'), -4n, false)],
        ([a, b]) => a?.mulChecked(b as Int),
      ),
    [384, 0, 1098, 1106],
  ],
  [
    'compute key new (private)',
    'circuit/account/src/compute_key/mod.rs',
    () =>
      measure(
        () => 0,
        () => ComputeKey.new('private', acct.pkSig, acct.prSig),
      ),
    [9, 0, 873, 873],
  ],
  [
    'compute key new (public)',
    'circuit/account/src/compute_key/mod.rs',
    () =>
      measure(
        () => 0,
        () => ComputeKey.new('public', acct.pkSig, acct.prSig),
      ),
    [9, 4, 869, 873],
  ],
  [
    'keccak256 of 1 private bit',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(1), (b) => keccakHash('keccak256', b)),
    [0, 0, 138157, 138157],
  ],
  [
    'keccak256 of 2 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(2), (b) => keccakHash('keccak256', b)),
    [0, 0, 139108, 139108],
  ],
  [
    'keccak256 of 3 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(3), (b) => keccakHash('keccak256', b)),
    [0, 0, 139741, 139741],
  ],
  [
    'keccak256 of 8 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(8), (b) => keccakHash('keccak256', b)),
    [0, 0, 142132, 142132],
  ],
  [
    'keccak256 of 16 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(16), (b) => keccakHash('keccak256', b)),
    [0, 0, 144173, 144173],
  ],
  [
    'keccak256 of 64 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(64), (b) => keccakHash('keccak256', b)),
    [0, 0, 146650, 146650],
  ],
  [
    'keccak256 of 256 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(256), (b) => keccakHash('keccak256', b)),
    [0, 0, 150848, 150848],
  ],
  [
    'keccak256 of 512 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(512), (b) => keccakHash('keccak256', b)),
    [0, 0, 151424, 151424],
  ],
  [
    'keccak256 of 1024 private bits',
    'circuit/algorithms/src/keccak/hash.rs',
    () => measure(bits(1024), (b) => keccakHash('keccak256', b)),
    [0, 0, 152448, 152448],
  ],
];

describe("gadget counts equal snarkVM's own circuit tests", () => {
  for (const [name, file, run, expected] of ROWS.filter(([n]) => !n.startsWith('signature'))) {
    it(`${name} (${file})`, () => expect(run()).toEqual(expected));
  }
  it('signature verify, private (circuit/account/src/signature/verify.rs: 7783 private, 7789 constraints)', () => {
    const counts = measure(
      () => ({
        s: Signature.new('private', sig),
        a: Grp.new('private', acct.address),
        m: sig.msg.map((v) => Fld.new('private', v)),
      }),
      ({ s, a, m }) => expect(s.verify(a, m).value).toBe(true),
    );
    // snarkVM bounds the constants only (`assert_scope!(<=1757, …)`).
    expect(counts.slice(1)).toEqual([0, 7783, 7789]);
    expect(counts[0]).toBeLessThanOrEqual(1757);
  });
  it('signature is_equal, private (circuit/account/src/signature/equal.rs: 20 private, 20 constraints)', () => {
    const counts = measure(
      () => [Signature.new('private', sig), Signature.new('private', sig)] as const,
      ([a, b]) => expect(signatureIsEqual(a, b).value).toBe(true),
    );
    expect(counts).toEqual([0, 0, 20, 20]);
  });
  it('boolean and/or/xor/ternary cost one variable and one constraint', () => {
    const pair = () => [Bool.new('private', true), Bool.new('private', false)] as const;
    expect(measure(pair, ([a, b]) => a.and(b))).toEqual([0, 0, 1, 1]);
    expect(measure(pair, ([a, b]) => a.or(b))).toEqual([0, 0, 1, 1]);
    expect(measure(pair, ([a, b]) => a.xor(b))).toEqual([0, 0, 1, 1]);
    expect(measure(pair, ([a, b]) => Bool.ternary(a, b, a))).toEqual([0, 0, 1, 1]);
  });
});

describe("constants snarkVM's tests pin where polyvm's gadgets allocate them", () => {
  it('group new (constant): 10 constants (circuit/types/group/src/lib.rs)', () => {
    expect(
      measure(
        () => 0,
        () => G('constant'),
      ),
    ).toEqual([10, 0, 0, 0]);
  });
  it('field to_bits_le of a constant: 253 constants (circuit/types/field/src/helpers/to_bits.rs)', () => {
    expect(measure(F('constant'), (a) => a.toBitsLe())).toEqual([253, 0, 0, 0]);
  });
  it('field inverse and is_equal of constants: one constant (inverse.rs, equal.rs)', () => {
    expect(measure(F('constant'), (a) => a.inverse())).toEqual([1, 0, 0, 0]);
    expect(
      measure(
        () => [F('constant')(), F('constant', 7n)()],
        ([a, b]) => a?.isEqual(b as Fld),
      ),
    ).toEqual([1, 0, 0, 0]);
  });
  it('i8 abs_checked of a private value: 8 constants for Integer::zero (integers/src/abs_checked.rs)', () => {
    expect(
      measure(
        () => Int.witness(intType('i8'), -5n, false),
        (a) => a.absChecked(),
      ),
    ).toEqual([8, 0, 19, 21]);
  });
  it('u32 add_checked of constants: 32 constants (integers/src/add_checked.rs)', () => {
    const pair = () => [Int.witness(intType('u32'), 3n, true), Int.witness(intType('u32'), 4n, true)];
    expect(measure(pair, ([a, b]) => a?.addChecked(b as Int))).toEqual([32, 0, 0, 0]);
  });
});
