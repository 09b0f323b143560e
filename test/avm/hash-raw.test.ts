/**
 * `hash.*.raw` and `hash.<keccak|sha3>.native[.raw]` against snarkVM itself: the SDK's outputs
 * (test/avm/fixtures/oracle-hash-raw.json, `node scripts/avm/gen-oracle-hash-raw.mjs`) for the
 * programs in test/avm/programs/hash-raw, and the programs it refuses for inputs that are not
 * whole bytes (refused here when the program is checked, with snarkVM's message).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-hash-raw.json', import.meta.url), 'utf8'),
) as {
  cases: { file: string; function: string; inputs: string[]; outputs: string[] }[];
  refused: { name: string; program: string; error: string | null }[];
};
const dir = new URL('./programs/hash-raw/', import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('hash.*.raw and .native equal snarkVM', () => {
  it('has the SDK cases', () => {
    expect(fixture.cases.length).toBe(5);
    expect(fixture.refused.length).toBe(4);
  });
  for (const c of fixture.cases) {
    it(`${c.file}/${c.function} ${c.inputs.join(' ')}`, () => {
      const p = checkProgram(readFileSync(new URL(c.file, dir), 'utf8'));
      const r = run(p, c.function, c.inputs);
      expect(r.status).toBe('success');
      const outputs = (r as { outputs: string[] }).outputs;
      expect(outputs.map(squash)).toEqual(c.outputs.map(squash));
    });
  }
  for (const c of fixture.refused) {
    it(`refuses ${c.name}`, () => {
      expect(c.error).not.toBeNull();
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
});
