/**
 * Field, group and boolean gadget counts (constants, public, private, constraints) for every
 * operand mode, from the exact `Metrics::count` tables snarkVM's tests assert with
 * `assert_count!` (ProvableHQ/snarkVM at 3d42aa04, circuit/types/<type>/src/<op>.rs, named per
 * row; the `Count::less_than` cases are left out). Operands are injected outside the measured
 * scope, as those tests do.
 */
import { describe, expect, it } from 'vitest';
import { gMul } from '../../../src/avm/account/keys.js';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { Grp } from '../../../src/avm/circuit/group.js';
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
