/**
 * Outputs of snarkVM itself (the WASM build in @provablehq/sdk), recorded by
 * scripts/avm/gen-oracle-fixtures.mjs into fixtures/oracle.json: wrapping integer
 * instructions at their boundaries, checked instructions on values that do not overflow,
 * field, group and scalar arithmetic, casts (oracle-casts.json: every integer type, field
 * and scalar into every integer type, field, scalar, boolean), structs, arrays, closures;
 * oracle-hash.json: every hash.* family and commit.* through whole programs;
 * oracle-sign.json: sign.verify on a signature made by snarkVM (true and false cases);
 * oracle-misc.json: boolean logic, gte, abs, ternary on addresses, group/address casts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AleoProgram, checkProgram, run } from '../../src/avm/index.js';

interface Fixture {
  programs: string[];
  cases: { program: number; function: string; inputs: string[]; outputs: string[] }[];
}

function load(name: string) {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Fixture;
  const programs: AleoProgram[] = fixture.programs.map((src) => checkProgram(src));
  return { fixture, programs };
}

describe.each([
  'oracle.json',
  'oracle-casts.json',
  'oracle-hash.json',
  'oracle-sign.json',
  'oracle-misc.json',
])('snarkVM oracle vectors: %s', (name) => {
  const { fixture, programs } = load(name);
  it('has vectors', () => {
    expect(fixture.cases.length).toBeGreaterThan(1);
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
