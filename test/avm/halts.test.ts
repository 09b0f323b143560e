/**
 * Checked instructions halt where snarkVM's console integers halt (console/types/integers/
 * src/arithmetic.rs, bitwise.rs and console/network/environment traits: checked_add/sub/
 * mul/div/rem/pow/abs/neg, checked_shl = 2^n must fit and x*2^n must fit, checked_shr
 * n < bits; division and remainder by zero halt also in the `.w` forms; field inv/div of
 * zero and sqrt of a non-residue halt). The oracle wraps here, so it is not used.
 */
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

function runOp(op: string, type: string, second: string, a: string, b: string, out = type) {
  const src = `program h.aleo;\nfunction f:\n    input r0 as ${type}.public;\n    input r1 as ${second}.public;\n    ${op} r0 r1 into r2;\n    output r2 as ${out}.public;\n`;
  return run(checkProgram(src), 'f', [a, b]);
}

function runUnary(op: string, type: string, a: string) {
  const src = `program h.aleo;\nfunction f:\n    input r0 as ${type}.public;\n    ${op} r0 into r1;\n    output r1 as ${type}.public;\n`;
  return run(checkProgram(src), 'f', [a]);
}

const ok = (v: string) => ({ status: 'success', outputs: [v] });

describe('checked integer arithmetic halts on overflow', () => {
  it.each([
    ['add', 'u8', 'u8', '255u8', '1u8'],
    ['add', 'i8', 'i8', '127i8', '1i8'],
    ['add', 'i128', 'i128', '-170141183460469231731687303715884105728i128', '-1i128'],
    ['sub', 'u32', 'u32', '0u32', '1u32'],
    ['sub', 'i16', 'i16', '-32768i16', '1i16'],
    ['mul', 'u64', 'u64', '4294967296u64', '4294967296u64'],
    ['mul', 'i8', 'i8', '-128i8', '-1i8'],
    ['div', 'i8', 'i8', '-128i8', '-1i8'],
    ['div', 'u8', 'u8', '1u8', '0u8'],
    ['div.w', 'u8', 'u8', '1u8', '0u8'],
    ['rem', 'i32', 'i32', '-2147483648i32', '-1i32'],
    ['rem', 'u16', 'u16', '5u16', '0u16'],
    ['rem.w', 'i16', 'i16', '5i16', '0i16'],
    ['mod', 'u8', 'u8', '5u8', '0u8'],
    ['pow', 'u8', 'u8', '2u8', '8u8'],
    ['pow', 'i8', 'u32', '-2i8', '8u32'],
    ['shl', 'u8', 'u8', '1u8', '8u8'],
    ['shl', 'u8', 'u8', '128u8', '1u8'],
    ['shl', 'i8', 'u8', '64i8', '1u8'],
    ['shr', 'u16', 'u32', '1u16', '16u32'],
  ])('%s %s: %s, %s halts', (op, t, t2, a, b) => {
    expect(runOp(op, t, t2, a, b).status).toBe('error');
  });

  it('names the operands as snarkVM does', () => {
    expect(runOp('add', 'u8', 'u8', '255u8', '1u8')).toEqual({
      status: 'error',
      error: 'Integer addition failed on: 255u8 and 1u8',
    });
  });

  it.each([
    ['pow', 'i8', 'u8', '-2i8', '7u8', '-128i8'],
    ['shl', 'i8', 'u8', '-1i8', '7u8', '-128i8'],
    ['shl', 'u8', 'u8', '1u8', '7u8', '128u8'],
    ['shr', 'i8', 'u8', '-128i8', '7u8', '-1i8'],
    ['div', 'i8', 'i8', '-7i8', '2i8', '-3i8'],
    ['rem', 'i8', 'i8', '-7i8', '2i8', '-1i8'],
    ['div.w', 'i8', 'i8', '-128i8', '-1i8', '-128i8'],
    ['rem.w', 'i8', 'i8', '-128i8', '-1i8', '0i8'],
    ['pow', 'u8', 'u8', '0u8', '0u8', '1u8'],
    ['shl.w', 'u8', 'u8', '1u8', '9u8', '2u8'],
  ])('%s %s: %s, %s = %s at the boundary', (op, t, t2, a, b, want) => {
    expect(runOp(op, t, t2, a, b)).toEqual(ok(want));
  });

  it('abs and neg of the minimum halt; abs.w wraps', () => {
    expect(runUnary('abs', 'i8', '-128i8').status).toBe('error');
    expect(runUnary('neg', 'i64', '-9223372036854775808i64').status).toBe('error');
    expect(runUnary('abs.w', 'i8', '-128i8')).toEqual(ok('-128i8'));
    expect(runUnary('abs', 'i8', '-127i8')).toEqual(ok('127i8'));
  });

  it('field: inverse and division of zero, square root of a non-residue halt', () => {
    expect(runUnary('inv', 'field', '0field').status).toBe('error');
    expect(runOp('div', 'field', 'field', '1field', '0field').status).toBe('error');
    // 11 is a quadratic non-residue mod the BLS12-377 scalar field modulus (Euler's criterion).
    expect(runUnary('sqrt', 'field', '11field').status).toBe('error');
  });

  it('lossless casts halt when the value does not fit', () => {
    const cast = (from: string, to: string, v: string) =>
      run(
        checkProgram(
          `program c.aleo;\nfunction f:\n    input r0 as ${from}.public;\n    cast r0 into r1 as ${to};\n    output r1 as ${to}.public;\n`,
        ),
        'f',
        [v],
      );
    expect(cast('u16', 'u8', '256u16').status).toBe('error');
    expect(cast('i8', 'u8', '-1i8').status).toBe('error');
    expect(cast('u8', 'boolean', '2u8').status).toBe('error');
    expect(cast('field', 'u8', '256field').status).toBe('error');
    expect(cast('u16', 'u8', '255u16')).toEqual(ok('255u8'));
    expect(cast('field', 'i8', '255field')).toEqual(ok('-1i8'));
  });

  it('assert.eq and assert.neq halt when they do not hold', () => {
    const src = (op: string) =>
      `program a.aleo;\nfunction f:\n    input r0 as u8.public;\n    input r1 as u8.public;\n    ${op} r0 r1;\n    output r0 as u8.public;\n`;
    expect(run(checkProgram(src('assert.eq')), 'f', ['1u8', '2u8']).status).toBe('error');
    expect(run(checkProgram(src('assert.eq')), 'f', ['2u8', '2u8'])).toEqual(ok('2u8'));
    expect(run(checkProgram(src('assert.neq')), 'f', ['2u8', '2u8']).status).toBe('error');
  });
});

describe('hash inputs too long for Pedersen halt', () => {
  it('hash.ped64 of a field', () => {
    const src =
      'program p.aleo;\nfunction f:\n    input r0 as field.public;\n    hash.ped64 r0 into r1 as field;\n    output r1 as field.public;\n';
    // snarkVM: "The Pedersen hash input cannot exceed 64 bits."
    expect(run(checkProgram(src), 'f', ['1field']).status).toBe('error');
  });
});
