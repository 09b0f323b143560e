/**
 * Group gadget counts (constants, public, private, constraints) for every mode, from the values
 * snarkVM's group tests assert (ProvableHQ/snarkVM at 3d42aa04, circuit/types/group/src/<file>
 * named per row; `assert_scope!` literals, mul.rs's constants as its `<=` bound and its
 * constant-scalar rows as the formula over the scalar's bit length that test computes).
 * add, sub and ternary are in mode-counts.test.ts. Inputs are injected outside the measured scope.
 */
import { describe, expect, it } from 'vitest';
import { gMul } from '../../../src/avm/account/keys.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { Grp } from '../../../src/avm/circuit/group.js';
import { Scl } from '../../../src/avm/circuit/scalar.js';
import { Fq, Fs } from '../../../src/avm/crypto/modular.js';
import { type Counts, measure } from './measure.js';

const MODES: Mode[] = ['constant', 'public', 'private'];
const C = (m: Mode) => m === 'constant';
const POINTS = [gMul(12345n), gMul(Fs.p - 77n)];
const SCALARS = [Fs.p - 3n, (1n << 200n) + 12345n, 0b1011n];

const byMode = (c: Counts, v: Counts) => (m: Mode) => (C(m) ? c : v);

describe("group counts equal snarkVM's tests (every mode)", () => {
  const UNARY: [string, string, (g: Grp) => unknown, (m: Mode) => Counts | undefined][] = [
    [
      'Group::new',
      'lib.rs',
      () => undefined,
      (m) => ({ constant: [10, 0, 0, 0], public: [4, 2, 12, 13], private: [4, 0, 14, 13] })[m] as Counts,
    ],
    ['double', 'double.rs', (g) => g.double(), byMode([3, 0, 0, 0], [1, 0, 5, 5])],
    ['neg', 'neg.rs', (g) => g.neg(), () => [0, 0, 0, 0]],
    [
      'mul_by_cofactor',
      'helpers/mul_by_cofactor.rs',
      (g) => g.mulByCofactor(),
      byMode([6, 0, 0, 0], [2, 0, 10, 10]),
    ],
    [
      'times the constant scalar 4',
      'helpers/mul_by_cofactor.rs',
      (g) => g.mulBitsBe(Scl.constant(4n).toBitsBe()),
      (m) => (m === 'private' ? [258, 0, 22, 22] : undefined), // the test runs a private point
    ],
  ];
  for (const [name, file, f, want] of UNARY)
    it(`${name} (circuit/types/group/src/${file})`, () => {
      for (const m of MODES)
        for (const p of POINTS) {
          if (!want(m)) continue;
          // Group::new is measured itself; the other gadgets run on a point made before.
          const got =
            name === 'Group::new'
              ? measure(
                  () => 0,
                  () => Grp.new(m, p),
                )
              : measure(
                  () => Grp.new(m, p),
                  (g) => f(g),
                );
          expect([m, got]).toEqual([m, want(m)]);
        }
    });

  it('neg of zero (circuit/types/group/src/neg.rs)', () => {
    for (const m of MODES)
      expect([
        m,
        measure(
          () => Grp.new(m, { x: 0n, y: 1n }),
          (g) => g.neg(),
        ),
      ]).toEqual([m, [0, 0, 0, 0]]);
  });

  it('is_equal and is_not_equal (circuit/types/group/src/equal.rs, the pairs it runs)', () => {
    const pairs: [Mode, Mode][] = [
      ['constant', 'constant'],
      ['constant', 'public'],
      ['public', 'constant'],
      ['public', 'public'],
      ['private', 'private'],
    ];
    for (const [a, b] of pairs)
      for (const f of [(x: Grp, y: Grp) => x.isEqual(y), (x: Grp, y: Grp) => x.isNotEqual(y)]) {
        const got = measure(
          () => [Grp.new(a, POINTS[0] as never), Grp.new(b, POINTS[1] as never)] as const,
          ([x, y]) => f(x, y),
        );
        expect([a, b, got]).toEqual([a, b, C(a) && C(b) ? [2, 0, 0, 0] : [0, 0, 5, 5]]);
      }
  });

  it('from_x_coordinate and from_bits_le (helpers/from_x_coordinate.rs, helpers/from_bits.rs)', () => {
    for (const m of MODES)
      for (const p of POINTS) {
        let y = 0n;
        const got = measure(
          () => Fld.new(m, p.x),
          (x) => {
            y = Grp.fromXCoordinate(x).y.value;
          },
        );
        expect([m, got, y]).toEqual([m, C(m) ? [9, 0, 0, 0] : [4, 0, 13, 13], p.y]);
        const fromBits = measure(
          () => Grp.new(m, p).x.toBitsLe(),
          (bits) => Grp.fromXCoordinate(Fld.fromBitsLe(bits)),
        );
        expect([m, fromBits]).toEqual([m, C(m) ? [9, 0, 0, 0] : [4, 0, 265, 266]]);
      }
  });

  it('is_in_group (circuit/types/group/src/lib.rs)', () => {
    for (const m of MODES)
      for (const p of POINTS) {
        let inGroup = false;
        const got = measure(
          () => Grp.fromXCoordinate(Fld.new(m, p.x)),
          (g) => {
            inGroup = g.isInGroup().value;
          },
        );
        expect([m, got, inGroup]).toEqual([m, C(m) ? [1752, 0, 0, 0] : [750, 0, 2755, 2755], true]);
      }
    // The four points of order dividing 4, built unchecked from a public coordinate: (0, 1) is in
    // the group, (0, -1) and (±sqrt(-1), 0) are not.
    const sqrtMinusOne = Fq.sqrt(Fq.neg(1n)) as bigint;
    const lowOrder: [() => Grp, boolean][] = [
      [() => new Grp(Fld.zero(), Fld.new('public', 1n)), true],
      [() => new Grp(Fld.zero(), Fld.new('public', Fq.neg(1n))), false],
      [() => new Grp(Fld.new('public', sqrtMinusOne), Fld.zero()), false],
      [() => new Grp(Fld.new('public', Fq.neg(sqrtMinusOne)), Fld.zero()), false],
    ];
    for (const [make, expected] of lowOrder) {
      let inGroup = !expected;
      const got = measure(make, (g) => {
        inGroup = g.isInGroup().value;
      });
      expect([got, inGroup]).toEqual([[750, 0, 2253, 2253], expected]);
    }
  });

  it('mul by a scalar, and again with its bits cached (circuit/types/group/src/mul.rs)', () => {
    for (const a of MODES)
      for (const b of MODES)
        for (const s of SCALARS) {
          const base = POINTS[0] as never;
          const fresh = measure(
            () => [Grp.new(a, base), Scl.new(b, s)] as const,
            ([g, k]) => g.mulBitsBe(k.toBitsBe()),
          );
          const cached = measure(
            () => {
              const k = Scl.new(b, s);
              k.toBitsLe();
              return [Grp.new(a, base), k] as const;
            },
            ([g, k]) => g.mulBitsBe(k.toBitsBe()),
          );
          const n = s.toString(2).length - 1; // bits after the leading one
          let want: [Counts, Counts];
          if (C(b)) {
            const v: Counts = C(a) ? [7 * n + 251, 0, 0, 0] : [3 * n + 251, 0, 11 * n, 11 * n];
            want = [v, v];
          } else if (C(a))
            want = [
              [750, 0, 3001, 3003],
              [750, 0, 2500, 2500],
            ];
          else
            want = [
              [750, 0, 3753, 3755],
              [750, 0, 3252, 3252],
            ];
          // Constants are an upper bound (`<=num_constants`); the rest are exact.
          const check = (got: Counts, w: Counts) => [got[0] <= w[0], got.slice(1)];
          expect([a, b, s, check(fresh, want[0]), check(cached, want[1])]).toEqual([
            a,
            b,
            s,
            [true, want[0].slice(1)],
            [true, want[1].slice(1)],
          ]);
        }
  });
});
