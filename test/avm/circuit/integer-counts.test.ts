/**
 * Integer gadget counts (constants, public, private, constraints) for every integer type and
 * every operand mode, from the `Metrics::count` tables that snarkVM's integer tests assert with
 * `assert_count!` for each type and mode pair (ProvableHQ/snarkVM at 3d42aa04,
 * circuit/types/integers/src/<op>.rs, the file named per row). Only the exact `Count::is` tables
 * are transcribed here; operands are injected outside the measured scope, as those tests do.
 */
import { describe, expect, it } from 'vitest';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Int, type IntType } from '../../../src/avm/circuit/integer.js';
import { type Counts, measure } from './measure.js';

const MODES: Mode[] = ['constant', 'public', 'private'];
const TYPES: IntType[] = [8, 16, 32, 64, 128].flatMap((bits) => [
  { bits, signed: false },
  { bits, signed: true },
]);
const typeName = (t: IntType) => `${t.signed ? 'i' : 'u'}${t.bits}`;
const C = (m: Mode) => m === 'constant';

/** Integer::new(mode, value): one boolean per bit (a public or private boolean is range-checked). */
function inject(t: IntType, mode: Mode, value: bigint): Int {
  const v = BigInt.asUintN(t.bits, value);
  return new Int(
    t,
    Array.from({ length: t.bits }, (_, i) => Bool.new(mode, ((v >> BigInt(i)) & 1n) === 1n)),
  );
}

/** Binary operations: snarkVM's count for (type, mode of the first operand, mode of the second). */
type Binary = readonly [
  string,
  string,
  (a: Int, b: Int) => unknown,
  (t: IntType, a: Mode, b: Mode) => Counts,
];
const BINARY: readonly Binary[] = [
  [
    'add_checked',
    'add_checked.rs',
    (a, b) => a.addChecked(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return [n, 0, 0, 0];
      if (!signed) return [0, 0, n, n + 1];
      if (C(a)) return [0, 0, n + 2, n + 4];
      if (C(b)) return [0, 0, n + 3, n + 5];
      return [0, 0, n + 4, n + 6];
    },
  ],
  [
    'add_wrapped',
    'add_wrapped.rs',
    (a, b) => a.addWrapped(b),
    ({ bits: n }, a, b) => (C(a) && C(b) ? [n, 0, 0, 0] : [0, 0, n + 1, n + 2]),
  ],
  [
    'sub_checked',
    'sub_checked.rs',
    (a, b) => a.subChecked(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return [n, 0, 0, 0];
      if (!signed) return [0, 0, n + 1, n + 3];
      if (C(a)) return [0, 0, n + 3, n + 5];
      if (C(b)) return [0, 0, n + 2, n + 4];
      return [0, 0, n + 4, n + 6];
    },
  ],
  [
    'sub_wrapped',
    'sub_wrapped.rs',
    (a, b) => a.subWrapped(b),
    ({ bits: n }, a, b) => (C(a) && C(b) ? [n, 0, 0, 0] : [0, 0, n + 1, n + 2]),
  ],
  ...(['and', 'or', 'xor'] as const).map(
    (op) =>
      [
        op,
        `${op}.rs`,
        (a: Int, b: Int) => a.bitwise(b, op),
        ({ bits: n }: IntType, a: Mode, b: Mode): Counts => (C(a) || C(b) ? [0, 0, 0, 0] : [0, 0, n, n]),
      ] as const,
  ),
  [
    'is_equal',
    'equal.rs',
    (a, b) => a.isEqual(b),
    (_t, a, b) => (C(a) && C(b) ? [0, 0, 0, 0] : [0, 0, 2, 2]),
  ],
  ...(
    [
      ['is_less_than', (a: Int, b: Int) => a.isLessThan(b)],
      ['is_greater_than', (a: Int, b: Int) => a.isGreaterThan(b)],
      ['is_less_than_or_equal', (a: Int, b: Int) => a.isLessThanOrEqual(b)],
      ['is_greater_than_or_equal', (a: Int, b: Int) => a.isGreaterThanOrEqual(b)],
    ] as const
  ).map(
    ([name, f]) =>
      [
        name,
        'compare.rs',
        f,
        ({ bits: n, signed }: IntType, a: Mode, b: Mode): Counts => {
          if (C(a) && C(b)) return [1, 0, 0, 0];
          if (!signed) return [n, 0, n + 1, n + 2];
          return C(a) || C(b) ? [n, 0, n + 2, n + 3] : [n, 0, n + 4, n + 5];
        },
      ] as const,
  ),
];

/** Unary operations on a value of the given mode. */
const UNARY: [string, string, (a: Int) => unknown, (t: IntType, a: Mode) => Counts | undefined][] = [
  ['not', 'not.rs', (a) => a.not(), () => [0, 0, 0, 0]],
  [
    'neg',
    'neg.rs',
    (a) => a.negChecked(),
    ({ bits: n, signed }, a) => (!signed ? undefined : C(a) ? [2 * n, 0, 0, 0] : [n, 0, n + 2, n + 4]),
  ],
  [
    'abs_checked',
    'abs_checked.rs',
    (a) => a.absChecked(),
    ({ bits: n, signed }, a) =>
      !signed ? [0, 0, 0, 0] : C(a) ? [2 * n, 0, 0, 0] : [n, 0, 2 * n + 3, 2 * n + 5],
  ],
  [
    'abs_wrapped',
    'abs_wrapped.rs',
    (a) => a.absWrapped(),
    ({ bits: n, signed }, a) =>
      !signed ? [0, 0, 0, 0] : C(a) ? [2 * n, 0, 0, 0] : [n, 0, 2 * n + 1, 2 * n + 2],
  ],
];

/** Integer::ternary: (condition mode, first mode, second mode). */
function ternaryCount({ bits: n }: IntType, c: Mode, a: Mode, b: Mode): Counts {
  return C(c) || (C(a) && C(b)) ? [0, 0, 0, 0] : [0, 0, n, n];
}

describe("integer gadget counts equal snarkVM's Metrics tables (every type and mode)", () => {
  for (const t of TYPES) {
    const [x, y] = t.signed ? [-3n, 2n] : [3n, 2n];
    for (const [name, file, f, count] of BINARY)
      it(`${typeName(t)} ${name} (circuit/types/integers/src/${file})`, () => {
        for (const a of MODES)
          for (const b of MODES)
            expect([
              a,
              b,
              measure(
                () => [inject(t, a, x), inject(t, b, y)],
                ([p, q]) => f(p as Int, q as Int),
              ),
            ]).toEqual([a, b, count(t, a, b)]);
      });
    for (const [name, file, f, count] of UNARY) {
      if (count(t, 'private') === undefined) continue;
      it(`${typeName(t)} ${name} (circuit/types/integers/src/${file})`, () => {
        for (const a of MODES)
          expect([
            a,
            measure(
              () => [inject(t, a, x)],
              ([p]) => f(p as Int),
            ),
          ]).toEqual([a, count(t, a)]);
      });
    }
    it(`${typeName(t)} ternary (circuit/types/integers/src/ternary.rs)`, () => {
      for (const c of MODES)
        for (const a of MODES)
          for (const b of MODES) {
            const got = measure(
              () => [Bool.new(c, true), inject(t, a, x), inject(t, b, y)] as const,
              ([cond, p, q]) => Int.ternary(cond, p, q),
            );
            expect([c, a, b, got]).toEqual([c, a, b, ternaryCount(t, c, a, b)]);
          }
    });
  }
});

/**
 * Multiplication, division and remainder (circuit/types/integers/src/{mul,div,rem}_{checked,wrapped}.rs): their
 * Metrics tables, `Count::is` exact and `Count::less_than` an upper bound on each of the four
 * counts (snarkVM's assert_count! checks `<=` for those). mul_wrapped's case adds whether each
 * operand is zero (a constant zero factor costs no variables). rem_checked is left out: its
 * Metrics table is not asserted upstream (the assert_count! lines in rem_checked.rs are commented
 * out, and its (Constant, Constant) row says 2·BITS constants where the code allocates BITS).
 */
type Bound = { is: Counts } | { lt: Counts };
const FITS = (n: number) => 2 * n < 252; // 2·BITS < size_in_data_bits (and < size_in_bits − 1)
const MULDIV: [
  string,
  string,
  (a: Int, b: Int) => unknown,
  (t: IntType, a: Mode, b: Mode, za: boolean, zb: boolean) => Bound,
][] = [
  [
    'mul_checked',
    'mul_checked.rs',
    (a, b) => a.mulChecked(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
      if (n < 128) {
        if (!signed) return { is: [0, 0, n, n + 1] };
        return C(a) || C(b)
          ? { is: [4 * n, 0, 6 * n + 4, 6 * n + 9] }
          : { is: [3 * n, 0, 8 * n + 6, 8 * n + 12] };
      }
      if (!signed) return C(a) || C(b) ? { lt: [193, 0, 193, 199] } : { is: [0, 0, 196, 199] };
      return C(a) || C(b) ? { lt: [833, 0, 837, 844] } : { is: [3 * n, 0, 1098, 1106] };
    },
  ],
  [
    'mul_wrapped',
    'mul_wrapped.rs',
    (a, b) => a.mulWrapped(b),
    ({ bits: n }, a, b, za, zb) => {
      const h = n + n / 2;
      if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
      if ((C(a) && za) || (C(b) && zb)) return { is: [h + 1, 0, 0, 0] };
      if (C(a) || C(b)) return { is: [0, 0, h + 1, h + 2] };
      return { is: [0, 0, h + 4, h + 5] };
    },
  ],
  [
    'div_checked',
    'div_checked.rs',
    (a, b) => a.divChecked(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
      const fits = FITS(n);
      const c: Counts = signed
        ? fits
          ? [6 * n, 0, 9 * n + 11, 9 * n + 18]
          : [6 * n, 0, 1486, 1497]
        : fits
          ? [n, 0, 3 * n + 2, 3 * n + 5]
          : [n, 0, 709, 716];
      if (!(C(a) || C(b))) return { is: c };
      return { lt: [signed ? 7 * n + 1 : n + 1, 0, c[2], c[3]] };
    },
  ],
  [
    'div_wrapped',
    'div_wrapped.rs',
    (a, b) => a.divWrapped(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
      const fits = FITS(n);
      if (C(a) || C(b)) {
        if (signed) return { lt: fits ? [5 * n + 1, 0, 9 * n + 6, 9 * n + 12] : [6 * n + 1, 0, 1481, 1491] };
        return { lt: fits ? [2 * n + 1, 0, 3 * n + 2, 3 * n + 5] : [2 * n + 1, 0, 839, 839] };
      }
      if (signed) return { is: fits ? [4 * n, 0, 9 * n + 6, 9 * n + 12] : [4 * n, 0, 1481, 1491] };
      return fits ? { is: [n, 0, 3 * n + 2, 3 * n + 5] } : { lt: [2 * n, 0, 839, 839] };
    },
  ],
  [
    'rem_wrapped',
    'rem_wrapped.rs',
    (a, b) => a.remWrapped(b),
    ({ bits: n, signed }, a, b) => {
      if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
      const fits = FITS(n);
      if (C(a) || C(b)) {
        if (signed) return { lt: fits ? [5 * n + 1, 0, 9 * n + 5, 9 * n + 11] : [6 * n + 1, 0, 1480, 1490] };
        return { lt: fits ? [2 * n + 1, 0, 3 * n + 2, 3 * n + 5] : [2 * n + 1, 0, 839, 1039] };
      }
      if (signed) return { is: fits ? [4 * n, 0, 9 * n + 5, 9 * n + 11] : [4 * n, 0, 1480, 1490] };
      return fits ? { is: [n, 0, 3 * n + 2, 3 * n + 5] } : { lt: [2 * n, 0, 839, 1039] };
    },
  ],
];

describe("integer mul/div/rem counts equal snarkVM's Metrics tables (every type and mode)", () => {
  for (const t of TYPES) {
    for (const [name, file, f, count] of MULDIV)
      it(`${typeName(t)} ${name} (circuit/types/integers/src/${file})`, () => {
        const pairs: [bigint, bigint][] = t.signed ? [[-3n, 2n]] : [[3n, 2n]];
        if (name === 'mul_wrapped') pairs.push([0n, 5n], [5n, 0n]);
        for (const [x, y] of pairs)
          for (const a of MODES)
            for (const b of MODES) {
              const got = measure(
                () => [inject(t, a, x), inject(t, b, y)],
                ([p, q]) => f(p as Int, q as Int),
              );
              const want = count(t, a, b, x === 0n, y === 0n);
              if ('is' in want) expect([x, y, a, b, got]).toEqual([x, y, a, b, want.is]);
              else
                expect([x, y, a, b, got.map((g, i) => g <= (want.lt[i] as number))]).toEqual([
                  x,
                  y,
                  a,
                  b,
                  [true, true, true, true],
                ]);
            }
      });
  }
});

/**
 * shr_wrapped (circuit/types/integers/src/shr_wrapped.rs): its Metrics table for each type
 * shifted by each magnitude type (u8, u16, u32), as its tests run it; `Count::less_than` rows
 * as snarkVM's `<=` bound.
 */
function shrWrappedCount({ bits: n, signed }: IntType, a: Mode, b: Mode): Bound {
  const k = [8, 16, 32, 64, 128].indexOf(n);
  const fits = FITS(n);
  if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
  if (C(b)) return { is: [0, 0, 0, 0] };
  if (C(a)) {
    if (signed)
      return { lt: fits ? [2 * n + k + 6, 0, 2 * n + k + 3, 2 * n + k + 4] : [5 * n, 0, 1622, 1633] };
    return { lt: fits ? [2 * n + k + 3, 0, 2 * n + k + 3, 2 * n + k + 4] : [n, 0, 849, 857] };
  }
  if (signed) return { is: fits ? [6 + 2 * k, 0, 2 * n + k + 3, 2 * n + k + 4] : [4 * n, 0, 1622, 1633] };
  return { is: fits ? [3 + k, 0, 2 * n + k + 3, 2 * n + k + 4] : [n, 0, 849, 857] };
}

describe("integer shr_wrapped counts equal snarkVM's Metrics table (every type, magnitude and mode)", () => {
  for (const t of TYPES)
    for (const m of [8, 16, 32])
      it(`${typeName(t)} >> u${m} (circuit/types/integers/src/shr_wrapped.rs)`, () => {
        const x = t.signed ? -3n : 3n;
        for (const a of MODES)
          for (const b of MODES) {
            const run = () =>
              measure(
                () => [inject(t, a, x), inject({ bits: m, signed: false }, b, 2n)],
                ([p, q]) => (p as Int).shrWrapped(q as Int),
              );
            const got = run();
            const want = shrWrappedCount(t, a, b);
            if ('is' in want) expect([a, b, got]).toEqual([a, b, want.is]);
            else
              expect([a, b, got.map((g, i) => g <= (want.lt[i] as number))]).toEqual([
                a,
                b,
                [true, true, true, true],
              ]);
          }
      });
});

/**
 * shl_wrapped (circuit/types/integers/src/shl_wrapped.rs): its Metrics table for each type shifted
 * by each magnitude type, as its tests run it (the only shift or pow table snarkVM asserts:
 * shl_checked, shr_checked, pow_checked and pow_wrapped have their assert_count! commented out).
 * The table does not depend on the sign; `Count::less_than` rows as snarkVM's `<=` bound.
 */
function shlWrappedCount({ bits: n }: IntType, a: Mode, b: Mode): Bound {
  const k = [8, 16, 32, 64, 128].indexOf(n);
  const fits = FITS(n);
  if (C(a) && C(b)) return { is: [n, 0, 0, 0] };
  if (C(b)) return { lt: [2 * n + 3, 0, 0, 0] };
  const big = 2 * n + n / 2 + 2 * k;
  if (C(a))
    return fits ? { lt: [2 * n + k + 3, 0, 2 * n + k + 2, 2 * n + k + 3] } : { is: [0, 0, big + 5, big + 7] };
  return fits ? { is: [3 + k, 0, 2 * n + k + 3, 2 * n + k + 4] } : { is: [0, 0, big + 8, big + 10] };
}

describe("integer shl_wrapped counts equal snarkVM's Metrics table (every type, magnitude and mode)", () => {
  for (const t of TYPES)
    for (const m of [8, 16, 32])
      it(`${typeName(t)} << u${m} (circuit/types/integers/src/shl_wrapped.rs)`, () => {
        for (const x of t.signed ? [-3n, 77n] : [3n, 200n])
          for (const y of [1n, 2n, 13n])
            for (const a of MODES)
              for (const b of MODES) {
                let out = 0n;
                const got = measure(
                  () => [inject(t, a, x), inject({ bits: m, signed: false }, b, y)],
                  ([p, q]) => {
                    const r = (p as Int).shlWrapped(q as Int);
                    out = r.bits.reduce((acc, bit, i) => acc | (bit.value ? 1n << BigInt(i) : 0n), 0n);
                  },
                );
                const shift = y % BigInt(t.bits);
                const want = shlWrappedCount(t, a, b);
                const value = BigInt.asUintN(t.bits, x << shift);
                if ('is' in want) expect([x, y, a, b, got, out]).toEqual([x, y, a, b, want.is, value]);
                else
                  expect([x, y, a, b, got.map((g, i) => g <= (want.lt[i] as number)), out]).toEqual([
                    x,
                    y,
                    a,
                    b,
                    [true, true, true, true],
                    value,
                  ]);
              }
      });
});
