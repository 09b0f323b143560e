/**
 * Stack words held as numbers below 2^53 or as BigInts (src/evm/stack-word.ts): every
 * arithmetic, comparison and bitwise opcode gives the Yellow Paper's result (appendix H,
 * EIP-145 shifts) for operands on both sides of the number range, each pushed as a number
 * (PUSH) and as a BigInt of the same value (PUSH ~x NOT), stored with MSTORE.
 * The reference is the definition on unbounded integers, written here.
 */
import { describe, expect, it } from 'vitest';
import { runCode } from '../../src/evm/run-code.js';

const P = 1n << 256n;
const M = P - 1n;
const signed = (x: bigint) => (x >= 1n << 255n ? x - P : x);
const unsigned = (x: bigint) => ((x % P) + P) % P;

/** Opcode byte and the definition on unbounded integers of each binary opcode (a: top). */
const BINARY: [string, number, (a: bigint, b: bigint) => bigint][] = [
  ['ADD', 0x01, (a, b) => (a + b) % P],
  ['MUL', 0x02, (a, b) => (a * b) % P],
  ['SUB', 0x03, (a, b) => unsigned(a - b)],
  ['DIV', 0x04, (a, b) => (b === 0n ? 0n : a / b)],
  ['SDIV', 0x05, (a, b) => (b === 0n ? 0n : unsigned(signed(a) / signed(b)))],
  ['MOD', 0x06, (a, b) => (b === 0n ? 0n : a % b)],
  ['SMOD', 0x07, (a, b) => (b === 0n ? 0n : unsigned(signed(a) % signed(b)))],
  ['LT', 0x10, (a, b) => (a < b ? 1n : 0n)],
  ['GT', 0x11, (a, b) => (a > b ? 1n : 0n)],
  ['SLT', 0x12, (a, b) => (signed(a) < signed(b) ? 1n : 0n)],
  ['SGT', 0x13, (a, b) => (signed(a) > signed(b) ? 1n : 0n)],
  ['EQ', 0x14, (a, b) => (a === b ? 1n : 0n)],
  ['AND', 0x16, (a, b) => a & b],
  ['OR', 0x17, (a, b) => a | b],
  ['XOR', 0x18, (a, b) => a ^ b],
  ['SHL', 0x1b, (a, b) => (a >= 256n ? 0n : (b << a) & M)],
  ['SHR', 0x1c, (a, b) => (a >= 256n ? 0n : b >> a)],
];

const VALUES = [
  0n,
  1n,
  3n,
  7n,
  31n,
  32n,
  52n,
  53n,
  255n,
  256n,
  0x1f_ffffn,
  0x20_0000n,
  0x7fff_ffffn,
  0xffff_ffffn,
  1n << 32n,
  0x1234_5678_9abcn,
  (1n << 53n) - 1n,
  1n << 53n,
  (1n << 53n) + 1n,
  (1n << 64n) - 1n,
  1n << 64n,
  (1n << 64n) + 12345n,
  1n << 255n,
  M,
  M - 5n,
];

const hex32 = (v: bigint) => v.toString(16).padStart(64, '0');

/** Pushes `v` as PUSH32 (a number word below 2^53) or as PUSH32 ~v NOT (always a BigInt). */
function push(v: bigint, asBig: boolean): string {
  return asBig ? `7f${hex32(M ^ v)}19` : `7f${hex32(v)}`;
}

/** Runs `b a OP`, stores the result at 0 and returns it as a word. */
function exec(op: number, a: bigint, b: bigint, bigA: boolean, bigB: boolean): bigint {
  const code = `${push(b, bigB)}${push(a, bigA)}${op.toString(16).padStart(2, '0')}60005260206000f3`;
  const r = runCode({ code: Buffer.from(code, 'hex'), gas: 1_000_000n, fork: 'Cancun' });
  expect(r.status).toBe('success');
  return BigInt(`0x${Buffer.from(r.output).toString('hex')}`);
}

describe('stack words as numbers and BigInts', () => {
  for (const [name, op, ref] of BINARY)
    it(`${name} agrees with its definition for every operand form`, () => {
      for (const a of VALUES)
        for (const b of VALUES)
          for (const form of [0, 1, 2, 3]) {
            const got = exec(op, a, b, (form & 1) === 1, (form & 2) === 2);
            if (got !== ref(a, b)) expect(`${name}(${a}, ${b}) form ${form}: ${got}`).toBe(`${ref(a, b)}`);
          }
    });

  it('ISZERO and NOT for every operand form', () => {
    for (const v of VALUES)
      for (const asBig of [false, true])
        for (const [op, ref] of [
          ['15', v === 0n ? 1n : 0n],
          ['19', M ^ v],
        ] as const) {
          const code = `${push(v, asBig)}${op}60005260206000f3`;
          const r = runCode({ code: Buffer.from(code, 'hex'), gas: 100_000n, fork: 'Cancun' });
          expect(BigInt(`0x${Buffer.from(r.output).toString('hex')}`)).toBe(ref);
        }
  });
});
