/**
 * `call` (snarkVM Call::evaluate): a closure, local or in an imported program, evaluates in
 * place (no request, no transition, same signer); an imported function is a new transition.
 */
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

const lib = checkProgram(`program lib.aleo;
closure sum3:
    input r0 as u8;
    input r1 as u8;
    add r0 r1 into r2;
    add r2 3u8 into r3;
    output r3 as u8;
    output r2 as u8;
function twice:
    input r0 as u8.public;
    mul r0 2u8 into r1;
    output r1 as u8.public;
`);

const app = checkProgram(
  `import lib.aleo;
program app.aleo;
function f:
    input r0 as u8.public;
    input r1 as u8.public;
    call lib.aleo/sum3 r0 r1 into r2 r3;
    output r2 as u8.public;
    output r3 as u8.public;
function g:
    input r0 as u8.public;
    call lib.aleo/sum3 r0 r0 into r1 r2;
    call lib.aleo/twice r1 into r3;
    output r3 as u8.public;
`,
  new Map([['lib.aleo', lib]]),
);

describe('call', () => {
  it('evaluates an imported closure in place', () => {
    expect(run(app, 'f', ['4u8', '5u8'])).toEqual({ status: 'success', outputs: ['12u8', '9u8'] });
  });

  it('halts inside an imported closure as in a local one (checked addition)', () => {
    expect(run(app, 'f', ['250u8', '5u8'])).toEqual({
      status: 'error',
      error: 'Integer addition failed on: 255u8 and 3u8',
    });
  });

  it('makes no transition for a closure call, one per function call', () => {
    const r = run(app, 'f', ['1u8', '2u8'], { seed: 3n });
    if (r.status !== 'success') throw new Error(r.error);
    expect(r.outputs).toEqual(['6u8', '3u8']);
    expect(r.transitions?.map((t) => `${t.program}/${t.function}`)).toEqual(['app.aleo/f']);

    const g = run(app, 'g', ['2u8'], { seed: 3n });
    if (g.status !== 'success') throw new Error(g.error);
    expect(g.outputs).toEqual(['14u8']);
    expect(g.transitions?.map((t) => `${t.program}/${t.function}`)).toEqual(['lib.aleo/twice', 'app.aleo/g']);
  });
});
