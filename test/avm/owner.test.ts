/**
 * Record inputs and the signer, against snarkVM itself: test/avm/fixtures/oracle-owner.json
 * holds what @provablehq/sdk's authorize did with a record owned by another address (regenerate
 * with `node scripts/avm/gen-oracle-owner.mjs`). A `record` input must belong to the signer
 * (Request::sign), in the root request and in a called function's; an external record input
 * is only hashed. Accepted cases must give the oracle's transition ids from its tvks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AleoProgram, checkProgram, run } from '../../src/avm/index.js';

interface Case {
  program: 'rec' | 'ext';
  function: string;
  inputs: string[];
  error?: string;
  tvks?: string[];
  transitions?: { program: string; function: string; id: string }[];
}
const fx: { programs: { rec: string; ext: string }; privateKey: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-owner.json', import.meta.url), 'utf8'),
);
const rec = checkProgram(fx.programs.rec);
const programs: Record<string, AleoProgram> = {
  rec,
  ext: checkProgram(fx.programs.ext, new Map([['rec.aleo', rec]])),
};

describe('record inputs must belong to the signer (snarkVM authorize)', () => {
  it('the fixture has refused and accepted cases', () => {
    expect(fx.cases.filter((c) => c.error).length).toBe(2);
    expect(fx.cases.filter((c) => c.transitions).length).toBe(3);
  });

  for (const c of fx.cases) {
    it(`${c.program}.aleo/${c.function} ${c.error ? 'refuses' : 'accepts'} its record input`, () => {
      const program = programs[c.program]!;
      if (c.error) {
        // The SDK wraps Request::sign's message in its call path; the message itself is snarkVM's.
        const want = /Input record '[^']+' must belong to the signer/.exec(c.error)?.[0];
        expect(want).toBeDefined();
        expect(run(program, c.function, c.inputs, { privateKey: fx.privateKey, seed: 1n })).toEqual({
          status: 'error',
          error: want,
        });
        return;
      }
      const r = run(program, c.function, c.inputs, {
        privateKey: fx.privateKey,
        tvks: c.tvks!.map((t) => BigInt(t.replace(/field$/, ''))),
      });
      if (r.status !== 'success') throw new Error(r.error);
      expect(r.transitions?.map((t) => ({ program: t.program, function: t.function, id: t.id }))).toEqual(
        c.transitions,
      );
    });
  }
});
