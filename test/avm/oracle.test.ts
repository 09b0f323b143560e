/**
 * Outputs of snarkVM itself (the WASM build in @provablehq/sdk), recorded by
 * scripts/avm/gen-oracle-fixtures.mjs into fixtures/oracle.json: wrapping integer
 * instructions at their boundaries, checked instructions on values that do not overflow,
 * field, group and scalar arithmetic, casts, structs, arrays and closures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AleoProgram, checkProgram, run } from '../../src/avm/index.js';

interface Fixture {
  programs: string[];
  cases: { program: number; function: string; inputs: string[]; outputs: string[] }[];
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle.json', import.meta.url), 'utf8'),
) as Fixture;
const programs: AleoProgram[] = fixture.programs.map((src) => checkProgram(src));

describe('snarkVM oracle vectors', () => {
  it('has vectors', () => {
    expect(fixture.cases.length).toBeGreaterThan(50);
  });
  it.each(fixture.cases.map((c) => [`${c.function}(${c.inputs.join(', ')})`, c] as const))(
    '%s',
    (_name, c) => {
      expect(run(programs[c.program]!, c.function, c.inputs)).toEqual({
        status: 'success',
        outputs: c.outputs,
      });
    },
  );
});
