/**
 * Scalar gadget counts (constants, public, private, constraints) for every operand mode, from the
 * values snarkVM's scalar tests assert (ProvableHQ/snarkVM at 3d42aa04, circuit/types/scalar/src/
 * <file> named per row: `assert_count!` on the `Metrics` table of add.rs, `assert_scope!` literals
 * elsewhere; compare.rs asserts `<=` bounds). Operands are injected outside the measured scope, as
 * those tests do.
 */
import { describe, expect, it } from 'vitest';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { Scl, scalarAdd, scalarCompare } from '../../../src/avm/circuit/scalar.js';
import { Fs } from '../../../src/avm/crypto/modular.js';
import { type Counts, measure } from './measure.js';

const MODES: Mode[] = ['constant', 'public', 'private'];
const C = (m: Mode) => m === 'constant';
// Sample scalars: small, large (above 2^250, so all 251 bits matter) and the largest.
const VALUES = [12345n, Fs.p - 987654321n, Fs.p - 1n];

describe("scalar counts equal snarkVM's tests (every mode)", () => {
  it('Scalar::new (circuit/types/scalar/src/lib.rs)', () => {
    const want: Record<Mode, Counts> = {
      constant: [1, 0, 0, 0],
      public: [0, 1, 0, 0],
      private: [0, 0, 1, 0],
    };
    for (const m of MODES)
      expect([
        m,
        measure(
          () => 0,
          () => Scl.new(m, VALUES[0] as bigint),
        ),
      ]).toEqual([m, want[m]]);
  });

  it('add (circuit/types/scalar/src/add.rs, its Metrics table)', () => {
    for (const a of MODES)
      for (const b of MODES)
        for (const [x, y] of [
          [VALUES[0], VALUES[1]],
          [VALUES[1], VALUES[2]],
        ] as [bigint, bigint][]) {
          let sum = 0n;
          const got = measure(
            () => [Scl.new(a, x), Scl.new(b, y)] as const,
            ([p, q]) => {
              sum = scalarAdd(p, q).value;
            },
          );
          const want: Counts = C(a) && C(b) ? [1, 0, 0, 0] : [1, 0, 755, 757];
          expect([a, b, got, sum]).toEqual([a, b, want, Fs.add(x, y)]);
        }
  });

  it('is_less_than (circuit/types/scalar/src/compare.rs, `<=` bounds)', () => {
    for (const a of MODES)
      for (const b of MODES)
        for (const [x, y] of [
          [VALUES[0], VALUES[1]],
          [VALUES[2], VALUES[1]],
        ] as [bigint, bigint][]) {
          let lt = false;
          const got = measure(
            () => [Scl.new(a, x), Scl.new(b, y)] as const,
            ([p, q]) => {
              lt = scalarCompare('isLessThan', p, q).value;
            },
          );
          const bound: Counts = C(a) && C(b) ? [1, 0, 0, 0] : [0, 0, 505, 507];
          expect([a, b, got.map((g, i) => g <= (bound[i] as number)), lt]).toEqual([
            a,
            b,
            [true, true, true, true],
            x < y,
          ]);
        }
  });

  it('is_equal (circuit/types/scalar/src/equal.rs, the pairs it runs)', () => {
    const pairs: [Mode, Mode][] = [
      ['constant', 'constant'],
      ['constant', 'public'],
      ['public', 'constant'],
      ['public', 'public'],
      ['public', 'private'],
      ['private', 'private'],
    ];
    for (const [a, b] of pairs)
      for (const y of [VALUES[0], VALUES[1]] as bigint[]) {
        const got = measure(
          () => [Scl.new(a, VALUES[0] as bigint), Scl.new(b, y)] as const,
          ([p, q]) => p.isEqual(q),
        );
        const want: Counts = C(a) && C(b) ? [1, 0, 0, 0] : [0, 0, 2, 2];
        expect([a, b, got]).toEqual([a, b, want]);
      }
  });

  it('ternary (circuit/types/scalar/src/ternary.rs)', () => {
    for (const c of MODES)
      for (const a of MODES)
        for (const b of MODES)
          for (const flag of [true, false]) {
            const got = measure(
              () =>
                [
                  Bool.new(c, flag),
                  Scl.new(a, VALUES[0] as bigint),
                  Scl.new(b, VALUES[1] as bigint),
                ] as const,
              ([k, p, q]) => Scl.ternary(k, p, q),
            );
            const want: Counts = C(c) || (C(a) && C(b)) ? [0, 0, 0, 0] : [0, 0, 1, 1];
            expect([c, a, b, got]).toEqual([c, a, b, want]);
          }
  });

  it('to_bits_le, and a second call costs nothing (circuit/types/scalar/src/helpers/to_bits.rs)', () => {
    for (const m of MODES)
      for (const v of VALUES) {
        const want: Counts = C(m) ? [251, 0, 0, 0] : [0, 0, 501, 503];
        const s = () => Scl.new(m, v);
        expect([m, measure(s, (x) => x.toBitsLe())]).toEqual([m, want]);
        expect([m, measure(s, (x) => [x.toBitsLe(), x.toBitsLe()])]).toEqual([m, want]);
        expect([m, measure(s, (x) => x.toBitsBe())]).toEqual([m, want]);
      }
  });

  it('from_bits_le, with excess zero bits (circuit/types/scalar/src/helpers/from_bits.rs)', () => {
    for (const m of MODES)
      for (const v of VALUES)
        for (const excess of [0, 1, 5]) {
          let back = 0n;
          const got = measure(
            () => [...Scl.new(m, v).toBitsLe(), ...Array.from({ length: excess }, () => Bool.new(m, false))],
            (bits) => {
              back = Scl.fromBitsLe(bits).value;
            },
          );
          const want: Counts = C(m) ? [0, 0, 0, 0] : [0, 0, 250, 251 + (excess > 0 ? 1 : 0)];
          expect([m, excess, got, back]).toEqual([m, excess, want, v]);
        }
  });

  it('from_field as the field-to-scalar cast builds it (circuit/types/scalar/src/helpers/from_field.rs)', () => {
    for (const m of MODES)
      for (const v of VALUES) {
        const got = measure(
          () => Fld.new(m, v),
          (f) => Scl.fromBitsLe(f.toBitsLe()),
        );
        expect([m, got]).toEqual([m, C(m) ? [253, 0, 0, 0] : [0, 0, 755, 759]]);
      }
  });

  it('from_field_lossy (circuit/types/scalar/src/helpers/from_field_lossy.rs)', () => {
    for (const m of MODES)
      for (const v of [VALUES[0] as bigint, (1n << 252n) + 77n]) {
        const got = measure(
          () => Fld.new(m, v),
          (f) => Scl.fromFieldLossy(f),
        );
        expect([m, got]).toEqual([m, C(m) ? [253, 0, 0, 0] : [0, 0, 505, 507]]);
      }
  });
});
