/**
 * `call` (snarkVM Call::evaluate): a closure, local or in an imported program, evaluates in
 * place (no request, no transition, same signer); an imported function is a new transition.
 * Checked against snarkVM itself: test/avm/fixtures/oracle-calls.json holds @provablehq/sdk
 * authorizations of the same programs (regenerate with `node scripts/avm/gen-oracle-calls.mjs`);
 * given the oracle's key and tvks polyvm must give its outputs and transition ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

interface Fixture {
  programs: { lib: string; app: string };
  privateKey: string;
  cases: {
    function: string;
    inputs: string[];
    tvks: string[];
    transitions: { program: string; function: string; id: string; outputs: string[] }[];
  }[];
}
const fx: Fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-calls.json', import.meta.url), 'utf8'),
);
const lib = checkProgram(fx.programs.lib);
const app = checkProgram(fx.programs.app, new Map([['lib.aleo', lib]]));

describe('call', () => {
  it('evaluates an imported closure in place (legacy mode, no key)', () => {
    // sum3(4, 5) = (4 + 5 + 3, 4 + 5).
    expect(run(app, 'f', ['4u8', '5u8'])).toEqual({ status: 'success', outputs: ['12u8', '9u8'] });
  });

  it('halts inside an imported closure as in a local one (checked addition)', () => {
    expect(run(app, 'f', ['250u8', '5u8'])).toEqual({
      status: 'error',
      error: 'Integer addition failed on: 255u8 and 3u8',
    });
  });

  for (const c of fx.cases)
    it(`app.aleo/${c.function}: the oracle's outputs and transitions (none for the closure)`, () => {
      const r = run(app, c.function, c.inputs, {
        privateKey: fx.privateKey,
        tvks: c.tvks.map((t) => BigInt(t.replace(/field$/, ''))),
      });
      if (r.status !== 'success') throw new Error(r.error);
      expect(r.outputs).toEqual(c.transitions.at(-1)!.outputs);
      expect(
        r.transitions?.map((t) => ({
          program: t.program,
          function: t.function,
          id: t.id,
          outputs: t.outputs.map((o) => o.value),
        })),
      ).toEqual(c.transitions);
    });

  it('the fixture has a closure-only call and a closure plus a function call', () => {
    expect(fx.cases.map((c) => c.transitions.length)).toEqual([1, 2]);
  });
});
