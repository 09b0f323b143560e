/**
 * Field, group and boolean gadget counts (constants, public, private, constraints) for every
 * operand mode, from the exact `Metrics::count` tables snarkVM's tests assert with
 * `assert_count!` (ProvableHQ/snarkVM at 3d42aa04, circuit/types/<type>/src/<op>.rs, named per
 * row; the `Count::less_than` cases are left out). Operands are injected outside the measured
 * scope, as those tests do.
 */
import { describe, expect, it } from 'vitest';
import { gMul } from '../../../src/avm/account/keys.js';
import { Signature } from '../../../src/avm/circuit/account.js';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { Grp } from '../../../src/avm/circuit/group.js';
import { Fq } from '../../../src/avm/crypto/modular.js';
import { parseSignature } from '../../../src/avm/crypto/signature.js';
import { type Counts, measure } from './measure.js';

const MODES: Mode[] = ['constant', 'public', 'private'];
const C = (m: Mode) => m === 'constant';

interface Kind<T> {
  name: string;
  make: (m: Mode, i: number) => T;
}
const FIELD: Kind<Fld> = { name: 'field', make: (m, i) => Fld.new(m, [12345n, 7n, 4n][i] as bigint) };
const GROUP: Kind<Grp> = { name: 'group', make: (m, i) => Grp.new(m, gMul(BigInt(3 + i))) };
const BOOL: Kind<Bool> = { name: 'boolean', make: (m, i) => Bool.new(m, i % 2 === 0) };

type Binary = readonly [
  string,
  string,
  Kind<never>,
  (a: never, b: never) => unknown,
  (a: Mode, b: Mode) => Counts | undefined,
];
const binary = <T>(
  name: string,
  file: string,
  kind: Kind<T>,
  f: (a: T, b: T) => unknown,
  count: (a: Mode, b: Mode) => Counts | undefined,
) => [name, file, kind, f, count] as unknown as Binary;

const BINARY: Binary[] = [
  binary(
    'mul',
    'field/src/mul.rs',
    FIELD,
    (a, b) => a.mul(b),
    (a, b) => (C(a) || C(b) ? [0, 0, 0, 0] : [0, 0, 1, 1]),
  ),
  binary(
    'div',
    'field/src/div.rs',
    FIELD,
    (a, b) => a.div(b),
    (a, b) => (C(b) ? [1, 0, 0, 0] : C(a) ? [0, 0, 1, 1] : [0, 0, 2, 2]),
  ),
  binary(
    'is_equal',
    'field/src/equal.rs',
    FIELD,
    (a, b) => a.isEqual(b),
    (a, b) => (C(a) && C(b) ? [1, 0, 0, 0] : [0, 0, 2, 2]),
  ),
  binary(
    'add',
    'group/src/add.rs',
    GROUP,
    (a, b) => a.add(b),
    (a, b) => (C(a) && C(b) ? undefined : C(a) || C(b) ? [2, 0, 3, 3] : [2, 0, 6, 6]),
  ),
  binary(
    'sub',
    'group/src/sub.rs',
    GROUP,
    (a, b) => a.sub(b),
    (a, b) => (C(a) && C(b) ? [4, 0, 0, 0] : C(a) || C(b) ? [2, 0, 3, 3] : [2, 0, 6, 6]),
  ),
  binary(
    'nor',
    'boolean/src/nor.rs',
    BOOL,
    (a, b) => a.nor(b),
    (a, b) => (C(a) || C(b) ? [0, 0, 0, 0] : [0, 0, 1, 1]),
  ),
];

const UNARY: [string, string, (m: Mode) => unknown, (a: Mode) => Counts][] = [
  [
    'field square',
    'field/src/square.rs',
    (m) => FIELD.make(m, 0),
    (a) => (C(a) ? [0, 0, 0, 0] : [0, 0, 1, 1]),
  ],
  [
    'field inverse',
    'field/src/inverse.rs',
    (m) => FIELD.make(m, 0),
    (a) => (C(a) ? [1, 0, 0, 0] : [0, 0, 1, 1]),
  ],
  [
    'field square_root',
    'field/src/square_root.rs',
    (m) => FIELD.make(m, 2),
    (a) => (C(a) ? [2, 0, 0, 0] : [1, 0, 758, 761]),
  ],
  ['boolean not', 'boolean/src/not.rs', (m) => BOOL.make(m, 0), () => [0, 0, 0, 0]],
];
const UNARY_OPS: Record<string, (x: never) => unknown> = {
  'field square': (x: Fld) => x.square(),
  'field inverse': (x: Fld) => x.inverse(),
  'field square_root': (x: Fld) => x.squareRoot(),
  'boolean not': (x: Bool) => x.not(),
};

/** Ternary (condition, first, second): free for a constant condition or two constant branches. */
const TERNARY: [Kind<never>, string, (c: Bool, a: never, b: never) => unknown, number][] = [
  [FIELD as Kind<never>, 'field/src/ternary.rs', (c, a: Fld, b: Fld) => Fld.ternary(c, a, b), 1],
  [GROUP as Kind<never>, 'group/src/ternary.rs', (c, a: Grp, b: Grp) => Grp.ternary(c, a, b), 2],
];

describe("field, group and boolean counts equal snarkVM's Metrics tables (every mode)", () => {
  for (const [name, file, kind, f, count] of BINARY)
    it(`${kind.name} ${name} (circuit/types/${file})`, () => {
      for (const a of MODES)
        for (const b of MODES) {
          const want = count(a, b);
          if (!want) continue;
          const got = measure(
            () => [kind.make(a, 0), kind.make(b, 1)] as const,
            ([x, y]) => f(x, y),
          );
          expect([a, b, got]).toEqual([a, b, want]);
        }
    });
  for (const [name, file, make, count] of UNARY)
    it(`${name} (circuit/types/${file})`, () => {
      for (const a of MODES)
        expect([
          a,
          measure(
            () => make(a),
            (x) => (UNARY_OPS[name] as (x: unknown) => unknown)(x),
          ),
        ]).toEqual([a, count(a)]);
    });
  for (const [kind, file, f, n] of TERNARY)
    it(`${kind.name} ternary (circuit/types/${file})`, () => {
      for (const c of MODES)
        for (const a of MODES)
          for (const b of MODES) {
            const got = measure(
              () => [Bool.new(c, true), kind.make(a, 0), kind.make(b, 1)] as const,
              ([k, x, y]) => f(k, x, y),
            );
            const want: Counts = C(c) || (C(a) && C(b)) ? [0, 0, 0, 0] : [0, 0, n, n];
            expect([c, a, b, got]).toEqual([c, a, b, want]);
          }
    });
});

/** A signature snarkVM produced (test/avm/fixtures/oracle-sign.json). */
const SIGNATURE = parseSignature(
  'sign1nd5vajh9upc24gsfw0p4lgd0r5a8ptsppltq464fprjjqt4n0cp6t9l6fdv0avptyl655eq2pr2cv5cll39qh99k0fkkz3cajl0zsq7kf5az32mw4zpvqgcchd9l3xwms6m7ylad3l5as5qmlqusgfq8pmauekaum9tdguvrcrqfp33m99v9ev4tdjzpjlvpzvudjw5qu9csspedu8u',
);

describe("signature ternary equals snarkVM's Metrics table (circuit/account/src/signature/ternary.rs)", () => {
  it('is free for a constant condition or two constant signatures, else 7 private variables and 7 constraints', () => {
    const sig = SIGNATURE;
    for (const c of MODES)
      for (const a of MODES)
        for (const b of MODES) {
          const got = measure(
            () => [Bool.new(c, false), Signature.new(a, sig), Signature.new(b, sig)] as const,
            ([k, x, y]) => Signature.ternary(k, x, y),
          );
          const want: Counts = C(c) || (C(a) && C(b)) ? [0, 0, 0, 0] : [0, 0, 7, 7];
          expect([c, a, b, got]).toEqual([c, a, b, want]);
        }
  });
});

/**
 * The other field and boolean tables (ProvableHQ/snarkVM at 3d42aa04, circuit/types/<file> per
 * row): `assert_count!` on the Metrics tables of field add, sub, double, neg, from_boolean,
 * div_unchecked, pow, to_bits, to_lower_bits, to_upper_bits; `assert_scope!` literals of field
 * compare (its `<=` bound where one operand is constant) and from_bits, and of boolean new, and,
 * or, xor, nand, is_equal and ternary.
 */
const FIELD_VALUES = [12345n, Fq.p - 424242n, 0n, 1n];
const pairs = () => MODES.flatMap((a) => MODES.map((b) => [a, b] as const));

/** Field::pow by a constant exponent: one square per bit after the leading one, one product per set bit after it. */
function powByConstant(e: bigint): Counts {
  const bits = e.toString(2);
  const n = e === 0n ? 0 : bits.length - 1 + [...bits.slice(1)].filter((b) => b === '1').length;
  return [253, 0, n, n];
}

describe("field and boolean counts equal snarkVM's other tables (every mode)", () => {
  const FIELD_BINARY: [
    string,
    string,
    (a: Fld, b: Fld) => unknown,
    (a: Mode, b: Mode, y: bigint) => Counts,
  ][] = [
    ['add', 'field/src/add.rs', (a, b) => a.add(b), () => [0, 0, 0, 0]],
    ['sub', 'field/src/sub.rs', (a, b) => a.sub(b), () => [0, 0, 0, 0]],
    [
      'div_unchecked',
      'field/src/div_unchecked.rs',
      (a, b) => a.divUnchecked(b),
      (_a, b) => (C(b) ? [1, 0, 0, 0] : [0, 0, 1, 1]),
    ],
    [
      'pow',
      'field/src/pow.rs',
      (a, b) => a.pow(b),
      (a, b, y) =>
        C(b) ? (C(a) ? [253, 0, 0, 0] : powByConstant(y)) : C(a) ? [0, 0, 1009, 1011] : [0, 0, 1262, 1264],
    ],
  ];
  for (const [name, file, f, count] of FIELD_BINARY)
    it(`field ${name} (circuit/types/${file})`, () => {
      for (const [a, b] of pairs())
        for (const x of FIELD_VALUES)
          for (const y of FIELD_VALUES) {
            if (name === 'div_unchecked' && y === 0n) continue;
            const got = measure(
              () => [Fld.new(a, x), Fld.new(b, y)] as const,
              ([p, q]) => f(p, q),
            );
            expect([a, b, x, y, got]).toEqual([a, b, x, y, count(a, b, y)]);
          }
    });

  it('field is_less_than (circuit/types/field/src/compare.rs)', () => {
    for (const [a, b] of pairs())
      for (const [x, y] of [
        [FIELD_VALUES[0], FIELD_VALUES[1]],
        [FIELD_VALUES[1], FIELD_VALUES[0]],
        [FIELD_VALUES[1], FIELD_VALUES[1]],
      ] as [bigint, bigint][]) {
        let lt = false;
        const got = measure(
          () => [Fld.new(a, x), Fld.new(b, y)] as const,
          ([p, q]) => {
            lt = p.isLessThan(q).value;
          },
        );
        if (C(a) && C(b)) expect([a, b, got]).toEqual([a, b, [0, 0, 0, 0]]);
        else if (C(a) || C(b))
          expect([a, b, got.map((g, i) => g <= ([0, 0, 757, 759][i] as number))]).toEqual([
            a,
            b,
            [true, true, true, true],
          ]);
        else expect([a, b, got]).toEqual([a, b, [0, 0, 1516, 1520]]);
        expect(lt).toBe(x < y);
      }
  });

  const FIELD_UNARY: [string, string, (a: Fld) => unknown, (m: Mode) => Counts][] = [
    ['double', 'field/src/double.rs', (a) => a.double(), () => [0, 0, 0, 0]],
    ['neg', 'field/src/neg.rs', (a) => a.neg(), () => [0, 0, 0, 0]],
    [
      'to_bits_le',
      'field/src/helpers/to_bits.rs',
      (a) => a.toBitsLe(),
      (m) => (C(m) ? [253, 0, 0, 0] : [0, 0, 505, 507]),
    ],
    [
      'to_bits_le twice',
      'field/src/helpers/to_bits.rs',
      (a) => [a.toBitsLe(), a.toBitsLe()],
      (m) => (C(m) ? [253, 0, 0, 0] : [0, 0, 505, 507]),
    ],
    [
      'to_bits_be twice',
      'field/src/helpers/to_bits.rs',
      (a) => [a.toBitsBe(), a.toBitsBe()],
      (m) => (C(m) ? [253, 0, 0, 0] : [0, 0, 505, 507]),
    ],
  ];
  for (const [name, file, f, count] of FIELD_UNARY)
    it(`field ${name} (circuit/types/${file})`, () => {
      for (const m of MODES)
        for (const x of FIELD_VALUES)
          expect([
            m,
            x,
            measure(
              () => Fld.new(m, x),
              (p) => f(p),
            ),
          ]).toEqual([m, x, count(m)]);
    });

  it('field from_boolean (circuit/types/field/src/helpers/from_boolean.rs)', () => {
    for (const m of MODES)
      for (const v of [true, false])
        expect([
          m,
          measure(
            () => Bool.new(m, v),
            (b) => Fld.fromBool(b),
          ),
        ]).toEqual([m, [0, 0, 0, 0]]);
  });

  it('field from_bits_le, with excess zero bits, then to_bits free (field/src/helpers/from_bits.rs)', () => {
    for (const m of MODES)
      for (const x of FIELD_VALUES)
        for (const excess of [0, 1, 4]) {
          let back = -1n;
          const got = measure(
            () => [...Fld.new(m, x).toBitsLe(), ...Array.from({ length: excess }, () => Bool.new(m, false))],
            (bits) => {
              const f = Fld.fromBitsLe(bits);
              f.toBitsLe();
              back = f.value;
            },
          );
          const want: Counts = C(m) ? [0, 0, 0, 0] : [0, 0, 252, 253 + (excess > 0 ? 1 : 0)];
          expect([m, x, excess, got, back]).toEqual([m, x, excess, want, x]);
        }
  });

  it('field to_lower_bits_le(k) and to_upper_bits_be(k + 1) for k = 8..128 (helpers/to_{lower,upper}_bits.rs)', () => {
    for (const k of [8, 16, 32, 64, 128])
      for (const m of MODES) {
        const v = (1n << BigInt(k)) - 3n;
        const lower = measure(
          () => Fld.new(m, v),
          (f) => f.toLowerBitsLe(k),
        );
        expect([k, m, lower]).toEqual([k, m, C(m) ? [k, 0, 0, 0] : [0, 0, k, k + 1]]);
        // The value sits just below the field's top bit, as the test places it.
        const upper = measure(
          () => Fld.new(m, v << BigInt(253 - 1 - k)),
          (f) => f.toUpperBitsBe(k + 1),
        );
        expect([k, m, upper]).toEqual([k, m, C(m) ? [k + 1, 0, 0, 0] : [0, 0, k + 1, k + 2]]);
      }
  });

  it('boolean new (circuit/types/boolean/src/lib.rs)', () => {
    const want: Record<Mode, Counts> = {
      constant: [1, 0, 0, 0],
      public: [0, 1, 0, 1],
      private: [0, 0, 1, 1],
    };
    for (const m of MODES)
      for (const v of [true, false])
        expect([
          m,
          measure(
            () => 0,
            () => Bool.new(m, v),
          ),
        ]).toEqual([m, want[m]]);
  });

  const BOOL_BINARY: [string, (a: Bool, b: Bool) => Bool, (a: boolean, b: boolean) => boolean][] = [
    ['and', (a, b) => a.and(b), (a, b) => a && b],
    ['or', (a, b) => a.or(b), (a, b) => a || b],
    ['xor', (a, b) => a.xor(b), (a, b) => a !== b],
    ['nand', (a, b) => a.nand(b), (a, b) => !(a && b)],
    ['equal', (a, b) => a.isEqual(b), (a, b) => a === b],
  ];
  for (const [name, f, truth] of BOOL_BINARY)
    it(`boolean ${name} (circuit/types/boolean/src/${name}.rs)`, () => {
      for (const [a, b] of pairs())
        for (const x of [false, true])
          for (const y of [false, true]) {
            let out = !truth(x, y);
            const got = measure(
              () => [Bool.new(a, x), Bool.new(b, y)] as const,
              ([p, q]) => {
                out = f(p, q).value;
              },
            );
            expect([a, b, x, y, got, out]).toEqual([
              a,
              b,
              x,
              y,
              C(a) || C(b) ? [0, 0, 0, 0] : [0, 0, 1, 1],
              truth(x, y),
            ]);
          }
    });

  it('boolean ternary (circuit/types/boolean/src/ternary.rs)', () => {
    for (const c of MODES)
      for (const [a, b] of pairs())
        for (const flag of [true, false])
          for (const [x, y] of [
            [true, false],
            [false, true],
            [true, true],
            [false, false],
          ] as [boolean, boolean][]) {
            const got = measure(
              () => [Bool.new(c, flag), Bool.new(a, x), Bool.new(b, y)] as const,
              ([k, p, q]) => Bool.ternary(k, p, q),
            );
            const want: Counts = C(c) || (C(a) && C(b)) ? [0, 0, 0, 0] : [0, 0, 1, 1];
            expect([c, a, b, flag, x, y, got]).toEqual([c, a, b, flag, x, y, want]);
          }
  });
});
