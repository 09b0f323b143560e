/** Parse errors carry line:column; the checker rejects ill-typed programs before running. */
import { describe, expect, it } from 'vitest';
import { AleoCheckError, AleoParseError, checkProgram, parseProgram } from '../../src/avm/index.js';

function parseError(src: string): string {
  try {
    parseProgram(src);
  } catch (e) {
    if (e instanceof AleoParseError) return e.shortMessage;
    throw e;
  }
  throw new Error('expected a parse error');
}

function checkError(src: string): string {
  try {
    checkProgram(src);
  } catch (e) {
    if (e instanceof AleoCheckError) return e.shortMessage;
    throw e;
  }
  throw new Error('expected a check error');
}

const fn = (body: string) => `program p.aleo;\n\nfunction f:\n${body}\n`;

describe('parser', () => {
  it('parses every top-level form, comments included', () => {
    const p = parseProgram(`import q.aleo; // a comment
/* block
   comment */
program p.aleo;
mapping m:
    key as field.public;
    value as [u8; 2u32].public;
struct s:
    a as u8;
    b as [s2; 2u32];
struct s2:
    c as boolean;
record r:
    owner as address.private;
    amount as u64.public;
closure c:
    input r0 as u8;
    input r1 as r.record;
    add r0 r1.amount into r2;
    output r2 as u64;
function f:
    input r0 as u8.private;
    input r1 as q.aleo/t.record;
    hash.bhp256 r0 into r2 as field;
    call q.aleo/g r0 into r3 r4;
    async f r0 into r5;
    output r5 as p.aleo/f.future;
finalize f:
    input r0 as u8.public;
    get.or_use q.aleo/m2[r0] 0u8 into r1;
    branch.eq r1 0u8 to end;
    rand.chacha r0 into r2 as field;
    set r1 into m[r2];
    remove m[0field];
    contains m[1field] into r3;
    position end;
`);
    expect(p.id).toBe('p.aleo');
    expect(p.imports).toEqual(['q.aleo']);
    expect([...p.structs.keys()]).toEqual(['s', 's2']);
    expect(p.functions.get('f')!.finalize!.commands.map((c) => c.kind)).toEqual([
      'get.or_use',
      'branch.eq',
      'rand.chacha',
      'set',
      'remove',
      'contains',
      'position',
    ]);
    expect(p.closures.get('c')!.instructions[0]!.operands[1]).toEqual({
      kind: 'register',
      index: 1,
      path: [{ kind: 'member', name: 'amount' }],
    });
  });

  it.each([
    ['program p;\n', "1:9: invalid program id 'p' (expected NAME.aleo)"],
    [fn('    input r0 as u8.public;\n    addd r0 r0 into r1;'), "5:5: unknown instruction 'addd'"],
    [fn('    input r0 as u8.public;\n    add r0 into r1;'), "5:5: 'add' expects 2 operands, found 1"],
    [fn('    input r0 as u8.secret;'), "4:17: invalid visibility '.secret'"],
    [fn('    input r0 as u8.public;\n    add r0 300u8 into r1;'), '5:12: 300u8: out of range for u8'],
    [fn('    input r0 as u8.public\n    add r0 r0 into r1;'), "5:5: expected ';', found 'add'"],
    [
      'program p.aleo;\nfunction f:\n    input r0 as u8.public;\n    cast r0 into r1 as [u8; 2];',
      "4:29: invalid array length '2' (expected e.g. 4u32)",
    ],
    ['program p.aleo; /* never closed', '1:17: unterminated block comment'],
    ['program p.aleo;\nstruct u8:\n    a as u8;', "2:8: 'u8' is a reserved keyword."],
    [
      'program p.aleo;\nmapping add:\n    key as u8.public;\n    value as u8.public;',
      "2:9: 'add' is a reserved opcode.",
    ],
    ['program p.aleo;\nstruct s:\n    owner as u8;', "3:5: 'owner' is a reserved keyword."],
  ])('rejects %j', (src, message) => {
    expect(parseError(src)).toBe(message);
  });
});

describe('checker', () => {
  it.each([
    [
      fn('    input r0 as u8.public;\n    add r0 r5 into r1;'),
      '5:5: register r5 is used before it is defined',
    ],
    [
      fn('    input r0 as u8.public;\n    add r0 1u16 into r1;'),
      "5:5: 'add' does not accept operands of type u8, u16",
    ],
    [
      fn('    input r0 as u8.public;\n    hash.bhp256 r0 into r1 as boolean;'),
      "5:5: invalid destination type for 'hash.bhp256'",
    ],
    [
      fn('    input r0 as u8.public;\n    add r0 r0 into r3;'),
      '5:5: expected register r1, found r3 (registers are assigned in order)',
    ],
    [
      fn('    input r0 as u8.public;\n    output r0 as u16.public;'),
      '5:5: output type u8 does not match the declared u16',
    ],
    [fn('    input r0 as u8.public;\n    neg r0 into r1;'), "5:5: 'neg' does not accept operands of type u8"],
    [
      fn('    input r0 as i8.public;\n    shl r0 1i8 into r1;'),
      "5:5: 'shl' does not accept operands of type i8, i8",
    ],
    [fn('    input r0 as u8.public;\n    cast r0 into r1 as pt;'), "5:5: unknown struct 'pt'"],
    [
      fn('    input r0 as u8.public;\n    commit.bhp256 r0 1field into r1 as field;'),
      "5:5: 'commit.bhp256' expects a scalar randomizer",
    ],
    [
      fn('    input r0 as u8.public;\n    add r0 block.height into r1;'),
      "5:5: 'block.height' is only available in finalize",
    ],
    [fn('    input r0 as u8.public;\n    call g r0 into r1;'), "5:5: unknown closure 'g'"],
    [
      `program p.aleo;\nfunction f:\n    input r0 as u8.public;\n    async f r0 into r1;\n    output r1 as p.aleo/f.future;\nfinalize f:\n    input r0 as u8.public;\n    get m[r0] into r1;`,
      "8:5: unknown mapping 'm'",
    ],
    [
      `program p.aleo;\nfunction f:\n    input r0 as u8.public;\n    async f r0 into r1;\n    output r1 as p.aleo/f.future;\nfinalize f:\n    input r0 as u16.public;`,
      "4:5: 'async' argument 0 is u8, finalize expects u16",
    ],
    // Ternary takes literals only: the SDK's snarkVM refuses a struct too ("Expected literal
    // type, found 'inner'", executeFunctionOffline, 2026-12-04).
    [
      `program p.aleo;\nstruct inner:\n    x as u8;\nfunction f:\n    input r0 as inner.public;\n    ternary true r0 r0 into r1;`,
      "6:5: 'ternary' expects literal operands, found inner",
    ],
    // 2,048 elements since consensus V14: the SDK's snarkVM accepts 2,048 and refuses 2,049
    // (fixtures/oracle-snark-verify.json).
    [
      `program p.aleo;\nfunction f:\n    input r0 as [u8; 2049u32].public;`,
      '3:5: array length 2049 out of range 1..2048',
    ],
  ])('rejects %j', (src, message) => {
    expect(checkError(src)).toBe(message);
  });
});
