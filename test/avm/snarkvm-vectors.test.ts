/**
 * Small cases written after snarkVM's own test programs and expectations
 * (github.com/ProvableHQ/snarkVM, synthesizer/tests/tests/** with synthesizer/tests/
 * expectations/**, and the limits in console/network/src/lib.rs). Each case names the
 * upstream file whose expectation gives the expected value or the accept/reject outcome.
 */
import { describe, expect, it } from 'vitest';
import { AleoValueError } from '../../src/avm/errors.js';
import {
  AleoCheckError,
  AleoParseError,
  type AleoProgram,
  aleoState,
  checkProgram,
  execute,
  literalToText,
  parseLiteral,
  run,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/memory-store.js';

/** Loads programs in order, each seeing the ones before it as imports. */
function load(...sources: string[]): AleoProgram[] {
  const loaded = new Map<string, AleoProgram>();
  return sources.map((src) => {
    const p = checkProgram(src, loaded);
    loaded.set(p.id, p);
    return p;
  });
}

function rejection(...sources: string[]): string {
  try {
    load(...sources);
  } catch (e) {
    if (e instanceof AleoCheckError || e instanceof AleoParseError) return e.shortMessage;
    throw e;
  }
  throw new Error('expected the program to be rejected');
}

const CHILD = `program child.aleo;
mapping count:
    key as address.public;
    value as field.public;
function foo:
    async foo self.caller into r0;
    output r0 as child.aleo/foo.future;
finalize foo:
    input r0 as address.public;
    get.or_use count[r0] 0field into r1;
    add r1 1field into r2;
    set r2 into count[r0];
`;

describe('literals (process/execute/add.aleo, lossy_casts.aleo)', () => {
  const p = checkProgram(`program add.aleo;
function add_field:
    input r0 as field.private;
    input r1 as field.private;
    add r0 r1 into r2;
    output r2 as field.private;
function add_scalar:
    input r0 as scalar.private;
    input r1 as scalar.private;
    add r0 r1 into r2;
    output r2 as scalar.private;
`);
  it('reads field and scalar digits modulo the modulus', () => {
    expect(
      run(p, 'add_field', [
        '111118444461749428370424248824938781546531375899335154063827935233455917409239040field',
        '10field',
      ]),
    ).toEqual({
      status: 'success',
      outputs: ['6216762770930328158210280451192286687292447377982215856133420494646641937572field'],
    });
    expect(
      run(p, 'add_scalar', [
        '11111scalar',
        '999999992111115437357092606062206234695386632838870926408408195193685246394721360382scalar',
      ]),
    ).toEqual({
      status: 'success',
      outputs: ['174252524165873539512320020181126385831418274900143720915976299090179732105scalar'],
    });
  });
});

describe('cast to group.x / group.y (process/execute/casts.aleo)', () => {
  const p = checkProgram(`program casts.aleo;
function test_cast:
    input r0 as group.private;
    cast r0 into r1 as group.y;
    cast r0 into r2 as group.x;
    cast r0 into r3 as field;
    assert.eq r2 r3;
    output r1 as field.private;
    output r2 as field.private;
`);
  it.each([
    ['0group', ['1field', '0field']],
    [
      '2group',
      ['5553594316923449299484601589326170487897520766531075014687114064346375156608field', '2field'],
    ],
  ])('%s', (input, outputs) => {
    expect(run(p, 'test_cast', [input])).toEqual({ status: 'success', outputs });
  });
  it('takes exactly one group operand', () => {
    expect(
      rejection(
        'program c.aleo;\nfunction f:\n    input r0 as field.private;\n    cast r0 into r1 as group.x;\n    output r1 as field.private;\n',
      ),
    ).toMatch(/expected 'group'/);
  });
});

describe('command syntax (parser/command/command_fail.aleo, parser/program/*)', () => {
  const withFinalize = (cmd: string) => `program m.aleo;
mapping map:
    key as field.public;
    value as field.public;
function f:
    input r0 as field.public;
    async f r0 into r1;
    output r1 as m.aleo/f.future;
finalize f:
    input r0 as field.public;
    ${cmd}
`;
  it.each(['get map [r0] into r1;', 'contains map [r0] into r1;'])('rejects a space before [: %s', (cmd) => {
    expect(rejection(withFinalize(cmd))).toMatch(/'\[' right after the mapping name/);
  });
  it('accepts get map[r0]', () => {
    expect(() => load(withFinalize('get.or_use map[r0] 0field into r1;'))).not.toThrow();
  });
  it('allows 255 positions and rejects the 256th (max_positions / too_many_positions)', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `position p${i};`).join('\n    ');
    expect(() => load(withFinalize(labels(255)))).not.toThrow();
    expect(rejection(withFinalize(labels(256)))).toMatch(/more than 255 positions/);
  });
});

describe('function and finalize rules (vm/execute_and_finalize/*_fail.aleo)', () => {
  it('call_after_async_fail: every call precedes the async', () => {
    const parent = `import child.aleo;
program parent.aleo;
function foo:
    call child.aleo/foo into r0;
    async foo r0 into r1;
    call child.aleo/foo into r2;
    output r1 as parent.aleo/foo.future;
finalize foo:
    input r0 as child.aleo/foo.future;
    await r0;
`;
    expect(rejection(CHILD, parent)).toMatch(/The 'call' can only be invoked before an 'async' instruction/);
  });

  it('future_not_all_passed_to_async_call_fail: the async consumes every future', () => {
    const parent = `import child.aleo;
program parent.aleo;
function foo:
    call child.aleo/foo into r0;
    call child.aleo/foo into r1;
    async foo r0 into r2;
    output r2 as parent.aleo/foo.future;
finalize foo:
    input r0 as child.aleo/foo.future;
    await r0;
`;
    expect(rejection(CHILD, parent)).toMatch(/does not consume all of the ones produced/);
  });

  it('ignore_finalize_fail: calling a function with finalize needs a finalize', () => {
    const parent = `import child.aleo;
program parent.aleo;
function foo:
    input r0 as field.private;
    call child.aleo/foo into r1;
    output r0 as field.private;
`;
    expect(rejection(CHILD, parent)).toMatch(
      /Function 'parent.aleo\/foo' must contain a finalize block, since it calls 'child.aleo\/foo'/,
    );
  });

  it("external_read_with_local_fail: a program's own mapping is not named with its id", () => {
    const relay = `program relay.aleo;
mapping users:
    key as address.public;
    value as boolean.public;
function send:
    input r0 as address.public;
    async send r0 into r1;
    output r1 as relay.aleo/send.future;
finalize send:
    input r0 as address.public;
    get relay.aleo/users[r0] into r1;
`;
    expect(rejection(relay)).toMatch(/Locator 'relay.aleo\/users' does not reference an external mapping/);
  });

  it('closures may not call (RegisterTypes::initialize_closure_types)', () => {
    const src = `program c.aleo;
closure a:
    input r0 as u8;
    add r0 r0 into r1;
    output r1 as u8;
closure b:
    input r0 as u8;
    call a r0 into r1;
    output r1 as u8;
function f:
    input r0 as u8.private;
    output r0 as u8.private;
`;
    expect(rejection(src)).toMatch(/'call' instruction is not allowed in closures/);
  });

  it('sign.verify is allowed in finalize (FinalizeTypes::check_instruction, Opcode::Sign)', () => {
    const src = `program s.aleo;
function f:
    input r0 as signature.public;
    input r1 as address.public;
    async f r0 r1 into r2;
    output r2 as s.aleo/f.future;
finalize f:
    input r0 as signature.public;
    input r1 as address.public;
    sign.verify r0 r1 1field into r2;
`;
    expect(() => load(src)).not.toThrow();
  });

  it('at most 16 set/remove commands in a finalize (N::MAX_WRITES)', () => {
    const sets = (n: number) => Array.from({ length: n }, () => 'set r0 into map[r0];').join('\n    ');
    const src = (n: number) => `program w.aleo;
mapping map:
    key as u8.public;
    value as u8.public;
function f:
    input r0 as u8.public;
    async f r0 into r1;
    output r1 as w.aleo/f.future;
finalize f:
    input r0 as u8.public;
    ${sets(n)}
`;
    expect(() => load(src(16))).not.toThrow();
    expect(rejection(src(17))).toMatch(/Cannot add more than 16 'set' & 'remove' commands/);
  });
});

describe('futures (vm/execute_and_finalize/count_usages, branch_with_future)', () => {
  const child = `program child.aleo;
function foo:
    input r0 as boolean.public;
    input r1 as boolean.public;
    async foo r0 r1 into r2;
    output r2 as child.aleo/foo.future;
finalize foo:
    input r0 as boolean.public;
    input r1 as boolean.public;
    assert.eq r0 r1;
`;
  const parent = `import child.aleo;
program branch_with_future.aleo;
function bar:
    call child.aleo/foo true false into r0;
    assert.eq r0[0u32] true;
    async bar r0 into r1;
    output r1 as branch_with_future.aleo/bar.future;
finalize bar:
    input r0 as child.aleo/foo.future;
    assert.eq r0[1u32] false;
    branch.eq true true to exit;
    await r0;
    position exit;
`;
  it('reads future arguments with r0[i] and prints a trailing future as snarkVM does', () => {
    const [, p] = load(child, parent);
    const r = run(p!, 'bar', []);
    expect(r).toEqual({
      status: 'success',
      outputs: [
        '{\n  program_id: branch_with_future.aleo,\n  function_name: bar,\n  arguments: [\n    {\n      program_id: child.aleo,\n      function_name: foo,\n      arguments: [\n        true,\n        false\n      ]\n    }\n  \n  ]\n}',
      ],
    });
  });
  it('rejects a finalize that skips awaiting a future input', () => {
    const [, p] = load(child, parent);
    const r = execute(p!, 'bar', [], aleoState(new MemoryStore()));
    expect(r.status).toBe('error');
    expect(r.status === 'error' && r.error).toMatch(/have not been awaited: r0/);
  });
});

describe('string literals (console/network/environment/src/traits/parse_string.rs test_parse_string)', () => {
  it.each([
    ['""', ''],
    ['"abc"', 'abc'],
    ['"\r"', '\r'],
    ['"4\u{4141}x\x09"', '4\u{4141}x\x09'],
    ['"a\\u{41}b"', 'aAb'],
    ['"a\\\n   b"', 'ab'],
  ])('parses %j', (text, value) => {
    expect(parseLiteral(text)).toEqual({ type: 'string', value });
  });
  it.each(['"hel\x08lo"', '"hel\x1flo"', '"hel\u{2069}lo"', '"\\x41"', `"${'x'.repeat(256)}"`])(
    'rejects %j',
    (text) => {
      expect(() => parseLiteral(text)).toThrow(AleoValueError);
    },
  );
  it('prints the raw content between quotes (StringType Display)', () => {
    expect(literalToText({ type: 'string', value: 'q"q' })).toBe('"q"q"');
  });
});

describe('integer division edge cases (console/types/integers/src/arithmetic.rs)', () => {
  const prog = (op: string, t: string) =>
    checkProgram(
      `program d.aleo;\nfunction f:\n    input r0 as ${t}.public;\n    input r1 as ${t}.public;\n    ${op} r0 r1 into r2;\n    output r2 as ${t}.public;\n`,
    );
  it.each([
    [
      'div',
      'i8',
      '-128i8',
      '-1i8',
      { status: 'error', error: 'Integer division failed on: -128i8 and -1i8' },
    ],
    ['div', 'u8', '1u8', '0u8', { status: 'error', error: 'Integer division failed on: 1u8 and 0u8' }],
    ['div.w', 'i8', '-128i8', '-1i8', { status: 'success', outputs: ['-128i8'] }],
    ['div.w', 'u8', '1u8', '0u8', { status: 'error', error: 'Integer division by zero: 1u8 / 0u8' }],
    [
      'rem',
      'i8',
      '-128i8',
      '-1i8',
      { status: 'error', error: 'Integer remainder failed on: -128i8 and -1i8' },
    ],
    ['rem.w', 'i8', '-128i8', '-1i8', { status: 'success', outputs: ['0i8'] }],
    ['rem.w', 'u8', '1u8', '0u8', { status: 'error', error: 'Integer remainder by zero: 1u8 % 0u8' }],
    ['mod', 'u8', '1u8', '0u8', { status: 'error', error: 'Integer modulus by zero: 1u8 % 0u8' }],
    ['div', 'i8', '-7i8', '2i8', { status: 'success', outputs: ['-3i8'] }],
  ])('%s %s %s %s', (op, t, a, b, want) => {
    expect(run(prog(op, t), 'f', [a, b])).toEqual(want);
  });
});

describe('program ids (console/program/src/id: lowercase name, network aleo)', () => {
  const fnBody = '\nfunction f:\n    input r0 as u8.public;\n    output r0 as u8.public;\n';
  it.each(['Foo.aleo', 'foo.bar', 'self.aleo'])('rejects program %s', (id) => {
    expect(() => checkProgram(`program ${id};${fnBody}`)).toThrow(AleoParseError);
  });
  it('accepts foo_1.aleo', () => {
    expect(checkProgram(`program foo_1.aleo;${fnBody}`).id).toBe('foo_1.aleo');
  });
});

describe('register syntax (console/program/src/data/register/parse.rs, access/parse.rs)', () => {
  const prog = (body: string) =>
    `program r.aleo;\nfunction f:\n    input r0 as [u8; 1_0u32].public;\n${body}\n    output r1 as u8.public;\n`;
  it('reads r01 as r1, 1_0u32 as 10, and r0[9u32]', () => {
    expect(
      run(checkProgram(prog('    add r0[9u32] r0[0u32] into r01;')), 'f', [`[${'1u8, '.repeat(9)}2u8]`]),
    ).toEqual({
      status: 'success',
      outputs: ['3u8'],
    });
  });
  it('rejects spaces inside or before the index brackets', () => {
    expect(() => checkProgram(prog('    add r0[ 9u32] r0[0u32] into r1;'))).toThrow(AleoParseError);
    expect(() => checkProgram(prog('    add r0 [9u32] r0[0u32] into r1;'))).toThrow();
  });
});

describe('hash destination types (operation/hash.rs is_valid_destination_type)', () => {
  it('accepts `as signature` when checking and halts when it runs', () => {
    const p = checkProgram(
      'program h.aleo;\nfunction f:\n    input r0 as field.public;\n    hash.bhp256 r0 into r1 as signature;\n    output r1 as signature.public;\n',
    );
    expect(run(p, 'f', ['1field']).status).toBe('error');
  });
  it('rejects `as boolean` when checking', () => {
    expect(
      rejection(
        'program h.aleo;\nfunction f:\n    input r0 as field.public;\n    hash.bhp256 r0 into r1 as boolean;\n    output r1 as boolean.public;\n',
      ),
    ).toMatch(/invalid destination type/);
  });
});
