/**
 * Text forms of values. Expected strings are snarkVM's own output, taken from
 * @provablehq/sdk (ProgramManager.authorize on a program casting 5u8 into the struct P
 * and passing it to `async`), and from snarkVM's literal parsers.
 */
import { describe, expect, it } from 'vitest';
import { AleoValueError } from '../../src/avm/errors.js';
import { checkProgram, parseLiteral, parsePlaintext, plaintextToText, run } from '../../src/avm/index.js';

const P_TEXT = '{\n  a: 5u8,\n  b: [\n    5u8,\n    5u8\n  ]\n}';
const FUTURE_TEXT =
  '{\n  program_id: t2.aleo,\n  function_name: f,\n  arguments: [\n    5u8,\n    {\n  a: 5u8,\n  b: [\n    5u8,\n    5u8\n  ]\n}\n  ]\n}';

describe('value text forms', () => {
  it('prints structs, arrays and futures as snarkVM does', () => {
    const program = checkProgram(`program t2.aleo;
struct P:
    a as u8;
    b as [u8; 2u32];
mapping m:
    key as u8.public;
    value as u8.public;
function f:
    input r0 as u8.public;
    cast r0 r0 into r1 as [u8; 2u32];
    cast r0 r1 into r2 as P;
    cast true into r3 as group;
    async f r0 r2 into r4;
    output r2 as P.public;
    output r3 as group.public;
    output r4 as t2.aleo/f.future;
finalize f:
    input r0 as u8.public;
    input r1 as P.public;
    set r0 into m[r0];
`);
    expect(run(program, 'f', ['5u8'])).toEqual({
      status: 'success',
      outputs: [
        P_TEXT,
        '1540945439182663264862696551825005342995406165131907382295858612069623286213group',
        FUTURE_TEXT,
      ],
    });
  });

  it('parses what it prints, with any spacing', () => {
    expect(plaintextToText(parsePlaintext('{a:5u8,b:[5u8, 5u8]}'))).toBe(P_TEXT);
    expect(plaintextToText(parsePlaintext(P_TEXT))).toBe(P_TEXT);
  });

  it.each([
    ['-3i16', { type: 'i16', value: -3n }],
    ['1_000u32', { type: 'u32', value: 1000n }],
    [
      '-1field',
      { type: 'field', value: 8444461749428370424248824938781546531375899335154063827935233455917409239040n },
    ],
    // Fp256::from_str reads the digits as a field element, so p reduces to 0 (snarkVM
    // synthesizer/tests/tests/process/execute/add.aleo, add_field with an input above p).
    [
      '8444461749428370424248824938781546531375899335154063827935233455917409239041field',
      { type: 'field', value: 0n },
    ],
    // Integers go through Rust's str::parse: leading zeros are accepted.
    ['007u8', { type: 'u8', value: 7n }],
    ['-0i8', { type: 'i8', value: 0n }],
    ['true', { type: 'boolean', value: true }],
    ['"hi"', { type: 'string', value: 'hi' }],
  ])('parses %s', (text, literal) => {
    expect(parseLiteral(text)).toEqual(literal);
  });

  it.each([
    '256u8',
    '-1u8',
    '128i8',
    '5u7',
    // Fp256::from_str rejects a leading zero; Rust's u8 parse rejects a '-' even on zero.
    '01field',
    '00scalar',
    '-0u8',
    'aleo1qqq',
  ])('rejects %s', (text) => {
    expect(() => parseLiteral(text)).toThrow(AleoValueError);
  });
});

describe('program ids as addresses', () => {
  it('token_x.aleo is the address snarkVM computes (HashToGroupPSD4 of name and network)', () => {
    const src =
      'program token_x.aleo;\nfunction f:\n    input r0 as u8.public;\n    ternary true token_x.aleo token_x.aleo into r1;\n    output r1 as address.public;\n';
    // From @provablehq/sdk (snarkVM WASM), ProgramManager.authorize on this program.
    expect(run(checkProgram(src), 'f', ['1u8'])).toEqual({
      status: 'success',
      outputs: ['aleo1wef3l83f36hf6k8sc5kntq9xk5uzq8cuglrucwjsgan4td6yxyxqltskz3'],
    });
  });
});
