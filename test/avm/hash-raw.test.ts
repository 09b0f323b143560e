/**
 * The instructions of the SDK's snarkVM that came after the rest: `hash.*.raw`,
 * `hash.<keccak|sha3>.native[.raw]`, `serialize.bits[.raw]`, `deserialize.bits[.raw]`, against
 * snarkVM itself: the SDK's outputs (test/avm/fixtures/oracle-hash-raw.json,
 * `node scripts/avm/gen-oracle-hash-raw.mjs`) for the programs in test/avm/programs/{hash-raw,
 * serialize}, and the programs it refuses (refused here when the program is checked, with
 * snarkVM's message).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProgram, firstUnsatisfied, parseInputs, run, synthesize } from '../../src/avm/index.js';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-hash-raw.json', import.meta.url), 'utf8'),
) as {
  cases: { file: string; function: string; inputs: string[]; outputs: string[] }[];
  refused: { name: string; program: string; input: string; error: string | null }[];
};
const dir = new URL('./programs/', import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('hash.*.raw, .native, serialize and deserialize equal snarkVM', () => {
  it('has the SDK cases', () => {
    expect(fixture.cases.length).toBe(9);
    expect(fixture.refused.length).toBe(8);
  });
  for (const c of fixture.cases) {
    it(`${c.file}/${c.function} ${c.inputs.join(' ').slice(0, 60)}`, () => {
      const p = checkProgram(readFileSync(new URL(c.file, dir), 'utf8'));
      const r = run(p, c.function, c.inputs);
      expect(r.status).toBe('success');
      const outputs = (r as { outputs: string[] }).outputs;
      expect(outputs.map(squash)).toEqual(c.outputs.map(squash));
    });
  }
  for (const c of fixture.refused.filter((r) => r.error !== null)) {
    it(`refuses ${c.name}`, () => {
      let code: string | undefined;
      let message = '';
      try {
        checkProgram(c.program);
      } catch (e) {
        code = (e as { code?: string }).code;
        message = String((e as Error).message);
      }
      expect(code).toBe('AVM_CHECK');
      expect(message).toContain(c.error as string);
    });
  }
  it('halts on a deserialize header naming another type; its circuit is unsatisfied', () => {
    // The SDK's authorize runs the function in circuit mode without checking the constraints, so
    // it gives an output (error null); snarkVM's evaluate bails "Mismatched literal type" and the
    // circuit's assert_eq on the type id fails.
    const c = fixture.refused.find((r) => r.name.startsWith('deserialize.bits of a header'));
    expect(c?.error).toBeNull();
    const p = checkProgram(c!.program);
    const r = run(p, 'h', [c!.input]);
    expect(r.status).toBe('error');
    expect((r as { error: string }).error).toContain("Mismatched literal type. Expected 'u32', found '107'");
    const s = synthesize(p, 'h', { inputs: parseInputs(p, 'h', [c!.input]) });
    expect(firstUnsatisfied(s.matrices, s.assignment)).toBeGreaterThanOrEqual(0);
  });
  it('refuses a native destination that is not a bit array', () => {
    const src =
      'program n.aleo;\n\nfunction h:\n    input r0 as u64.public;\n    hash.keccak256.native r0 into r1 as [u8; 32u32];\n    output r1 as [u8; 32u32].public;\n';
    expect(() => checkProgram(src)).toThrow(/bit array/);
  });
  it('halts when the bit array is not the digest length', () => {
    const src =
      'program n.aleo;\n\nfunction h:\n    input r0 as u64.public;\n    hash.keccak256.native r0 into r1 as [boolean; 255u32];\n    output r1 as [boolean; 255u32].public;\n';
    const r = run(checkProgram(src), 'h', ['1u64']);
    expect(r.status).toBe('error');
    expect((r as { error: string }).error).toContain("Expected '255' bits, got '256' bits");
  });
  it('refuses serialize of a struct and a (TYPE) on other instructions', () => {
    const st =
      'program s.aleo;\n\nstruct p:\n    a as u8;\n\nfunction h:\n    input r0 as p.public;\n    serialize.bits r0 (p) into r1 ([boolean; 50u32]);\n    output r1 as [boolean; 50u32].public;\n';
    expect(() => checkProgram(st)).toThrow(/cannot take type 'p' as input/);
    const add =
      'program s.aleo;\n\nfunction h:\n    input r0 as u8.public;\n    add r0 (u8) r0 into r1;\n    output r1 as u8.public;\n';
    expect(() => checkProgram(add)).toThrow(/takes no '\(TYPE\)'/);
  });
});
