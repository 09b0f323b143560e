/**
 * Hash gadget counts (constants, public, private, constraints) per input size and mode, from the
 * values snarkVM's algorithm tests assert (ProvableHQ/snarkVM at 3d42aa04,
 * circuit/algorithms/src/<file> named per row). Those tests set the hashers up with their own
 * domains ("BHPCircuit0", "PoseidonCircuit0", "PedersenCircuit0"); a domain changes no count (it
 * is a parameter injected before the measured scope), so polyvm's mainnet instances are measured.
 * Inputs are injected outside the measured scope, as those tests do. Not transcribed: BHP's
 * custom 32×48-window instance (bhp/hash.rs, commit.rs), which polyvm does not build, and PRF
 * (poseidon/prf.rs), which no Aleo instruction reaches.
 */
import { describe, expect, it } from 'vitest';
import { bhpHashToGroup } from '../../../src/avm/circuit/bhp.js';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import { elligator2 } from '../../../src/avm/circuit/elligator2.js';
import type { Mode } from '../../../src/avm/circuit/env.js';
import { Fld } from '../../../src/avm/circuit/field.js';
import { keccakHash } from '../../../src/avm/circuit/keccak.js';
import {
  pedersenCommitToGroup,
  pedersenHash,
  pedersenHashToGroup,
} from '../../../src/avm/circuit/pedersen.js';
import { hashMany, hashPsd, hashToGroupPsd, hashToScalarPsd } from '../../../src/avm/circuit/poseidon.js';
import { Scl } from '../../../src/avm/circuit/scalar.js';
import type { BhpVariant } from '../../../src/avm/crypto/bhp.js';
import { Fq, Fs } from '../../../src/avm/crypto/modular.js';
import { type Counts, measure } from './measure.js';

const MODES: Mode[] = ['constant', 'public', 'private'];
const C = (m: Mode) => m === 'constant';
const bits = (m: Mode, n: number, seed = 1) =>
  Array.from({ length: n }, (_, i) => Bool.new(m, (i * 7 + seed) % 5 < 2));
const fields = (m: Mode, n: number) =>
  Array.from({ length: n }, (_, i) => Fld.new(m, Fq.mod(BigInt(i + 3) ** 61n)));

describe("BHP hash_uncompressed counts equal snarkVM's (circuit/algorithms/src/bhp/hash_uncompressed.rs)", () => {
  // [variant, input bits, constant-mode counts, public/private counts]
  const ROWS: [BhpVariant, number, Counts | undefined, Counts][] = [
    ['bhp256', 261, [756, 0, 0, 0], [403, 0, 445, 445]],
    ['bhp512', 522, [1113, 0, 0, 0], [409, 0, 895, 895]],
    ['bhp768', 783, [1488, 0, 0, 0], [429, 0, 1365, 1365]],
    ['bhp1024', 1043, [1815, 0, 0, 0], [413, 0, 1775, 1775]],
    ['bhp1024', 1044, [1815, 0, 0, 0], [413, 0, 1775, 1775]],
    ['bhp1024', 1046, [2413, 0, 0, 0], [418, 0, 2709, 2711]],
    // test_hash_uncompressed_cost_comparison: private inputs only.
    ['bhp256', 512, undefined, [410, 0, 1799, 1801]],
    ['bhp512', 512, undefined, [409, 0, 880, 880]],
    ['bhp768', 512, undefined, [423, 0, 900, 900]],
    ['bhp1024', 512, undefined, [407, 0, 875, 875]],
  ];
  for (const [variant, n, constant, variable] of ROWS)
    it(`${variant}, ${n} bits`, () => {
      for (const m of MODES) {
        const want = C(m) ? constant : variable;
        if (!want || (constant === undefined && m !== 'private')) continue;
        const got = measure(
          () => bits(m, n),
          (input) => bhpHashToGroup(variant, input),
        );
        expect([m, got]).toEqual([m, want]);
      }
    });
});

describe("Poseidon counts equal snarkVM's (RATE 4: PSD4; circuit/algorithms/src/poseidon/*.rs)", () => {
  /** hash.rs and hash_many.rs: the variable-mode cost of absorbing n inputs, by output block. */
  const absorb = (n: number) => [0, 335, 340, 345, 350, 705, 705, 705, 705, 1060, 1060][n] as number;
  it('hash (hash.rs): constants for 0..4 inputs, variables for 0..10', () => {
    for (const m of MODES)
      for (let n = 0; n <= (C(m) ? 4 : 10); n++) {
        const got = measure(
          () => fields(m, n),
          (input) => hashPsd(4, input),
        );
        const v = C(m) ? 0 : absorb(n);
        expect([m, n, got]).toEqual([m, n, [1, 0, v, v]]);
      }
  });
  it('hash_many (hash_many.rs): 0..6 inputs, 0..8 outputs', () => {
    const extra = [0, 690, 695, 700, 705, 1060, 1060];
    for (const m of MODES)
      for (let n = 0; n <= (C(m) ? 4 : 6); n++)
        for (let outs = 0; outs <= (C(m) ? 4 : 8); outs++) {
          if (!C(m) && n > 0 && outs === 0) continue; // not run upstream
          const got = measure(
            () => fields(m, n),
            (input) => hashMany(4, input, outs),
          );
          const v = C(m) || n === 0 ? 0 : outs <= 4 ? absorb(n) : (extra[n] as number);
          expect([m, n, outs, got]).toEqual([m, n, outs, [1, 0, v, v]]);
        }
  });
  it('hash_to_scalar (hash_to_scalar.rs)', () => {
    for (const m of MODES)
      for (let n = 0; n <= (C(m) ? 4 : 10); n++) {
        const got = measure(
          () => fields(m, n),
          (input) => hashToScalarPsd(4, input),
        );
        const want: Counts = C(m) || n === 0 ? [254, 0, 0, 0] : [1, 0, absorb(n) + 505, absorb(n) + 507];
        expect([m, n, got]).toEqual([m, n, want]);
      }
  });
  it('hash_to_group of two fields, PSD2/4/8 (hash_to_group.rs)', () => {
    const variable: Record<2 | 4 | 8, Counts> = {
      2: [529, 0, 2026, 2036],
      4: [529, 0, 2096, 2106],
      8: [529, 0, 2236, 2246],
    };
    for (const rate of [2, 4, 8] as const)
      for (const m of MODES) {
        const got = measure(
          () => fields(m, 2),
          (input) => hashToGroupPsd(rate, input),
        );
        expect([rate, m, got]).toEqual([rate, m, C(m) ? [1059, 0, 0, 0] : variable[rate]]);
      }
  });
});

describe("Elligator2 encode counts equal snarkVM's (circuit/algorithms/src/elligator2/encode.rs)", () => {
  it('constant, public and private inputs', () => {
    for (const m of MODES)
      for (const v of [5n, Fq.p - 123456789n, 1n << 200n]) {
        const got = measure(
          () => Fld.new(m, v),
          (f) => elligator2(f),
        );
        expect([m, v, got]).toEqual([m, v, C(m) ? [527, 0, 0, 0] : [263, 0, 875, 880]]);
      }
  });
});

/**
 * Pedersen (circuit/algorithms/src/pedersen/{hash,hash_uncompressed,commit,commit_uncompressed}.rs):
 * their Metrics tables for the 8..40-bit inputs the tests run. A table depends on the input's
 * modes only: each bit selects its base free (Group::ternary of constants), the selections are
 * summed (group add: ≤ 4 constants for two constants, else 2 constants, 6 private, 6 constraints);
 * a commitment adds the randomizer's bits (251 constants, or 501 private / 503 constraints) and
 * 251 more sums. polyvm's 64-bit instance hashes these shorter inputs (padding bits are constant
 * false and select nothing).
 */
describe("Pedersen counts equal snarkVM's Metrics tables (8 to 40 input bits)", () => {
  const hashCount = (m: Mode, n: number): Counts =>
    C(m) ? [4 * (n - 1), 0, 0, 0] : [2 * (n - 1), 0, 6 * (n - 1), 6 * (n - 1)];
  const commitCount = (m: Mode, n: number): Counts => {
    const [c, p, v, k] = hashCount(m, n);
    return C(m) ? [c + 251 + 4 * 251, 0, 0, 0] : [c + 2 * 251, p, v + 501 + 6 * 251, k + 503 + 6 * 251];
  };
  const GADGETS: [string, (input: Bool[], r: Scl) => unknown, (m: Mode, n: number) => Counts][] = [
    ['hash_uncompressed', (input) => pedersenHashToGroup('ped64', input), hashCount],
    ['hash', (input) => pedersenHash('ped64', input), hashCount],
    ['commit_uncompressed', (input, r) => pedersenCommitToGroup('ped64', input, r), commitCount],
    ['commit', (input, r) => pedersenCommitToGroup('ped64', input, r).x.clone(), commitCount],
  ];
  for (const [name, f, count] of GADGETS)
    it(name, () => {
      for (const m of MODES)
        for (const n of [8, 16, 24, 32, 40]) {
          const got = measure(
            () => [bits(m, n, n), Scl.new(m, Fs.p - BigInt(n) * 1234567n)] as const,
            ([input, r]) => f(input, r),
          );
          const want = count(m, n);
          // The constant rows are `Count::less_than` (group add of two constants is an upper bound).
          if (C(m)) expect([m, n, got[0] <= want[0], got.slice(1)]).toEqual([m, n, true, [0, 0, 0]]);
          else expect([m, n, got]).toEqual([m, n, want]);
        }
    });
});

describe("Keccak-256 counts equal snarkVM's (circuit/algorithms/src/keccak/hash.rs)", () => {
  it('constant inputs cost nothing (1 to 1025 bits)', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 16, 32, 64, 128, 256, 511, 512, 513, 1023, 1024, 1025])
      expect([
        n,
        measure(
          () => bits('constant', n),
          (input) => keccakHash('keccak256', input),
        ),
      ]).toEqual([n, [0, 0, 0, 0]]);
  });
  // Public and private rows are equal upstream; each size is measured once, alternating the mode.
  const ROWS: [number, number][] = [
    [1, 138157],
    [2, 139108],
    [3, 139741],
    [4, 140318],
    [5, 140879],
    [6, 141350],
    [7, 141787],
    [8, 142132],
    [16, 144173],
    [32, 145394],
    [64, 146650],
    [128, 149248],
    [256, 150848],
    [512, 151424],
    [1024, 152448],
  ];
  it('public and private inputs (1 to 1024 bits)', () => {
    ROWS.forEach(([n, k], i) => {
      const m: Mode = i % 2 === 0 ? 'private' : 'public';
      const got = measure(
        () => bits(m, n, i),
        (input) => keccakHash('keccak256', input),
      );
      expect([n, m, got]).toEqual([n, m, [0, 0, k, k]]);
    });
  }, 60_000);
});
