/**
 * `hash.*` (plain, `.raw`, `.native[.raw]`) and `commit.*` of records and futures against snarkVM
 * itself: the SDK's transitions (test/avm/fixtures/oracle-hash-record.json,
 * `node scripts/avm/gen-oracle-hash-record.mjs`) for test/avm/programs/hash-record, reproduced from
 * the oracle's private key, inputs and tvks (the tvk fixes the record nonces, so the hashed records
 * are the SDK's), and the programs it refuses for a record's or a future's size in bits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProgram, run } from '../../src/avm/index.js';

interface Transition {
  tpk: string;
  [k: string]: unknown;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-hash-record.json', import.meta.url), 'utf8'),
) as {
  account: { privateKey: string };
  cases: { file: string; function: string; inputs: string[]; tvks: string[]; transitions: Transition[] }[];
  refused: { name: string; program: string; error: string | null }[];
};
const dir = new URL('./programs/hash-record/', import.meta.url);
const field = (s: string): bigint => BigInt(s.replace(/field$/, ''));

describe('hash and commit of records and futures equal snarkVM', () => {
  it('has the SDK cases', () => {
    expect(fixture.cases.length).toBe(6);
    expect(fixture.refused.filter((r) => r.error !== null).length).toBe(4);
  });
  for (const c of fixture.cases) {
    it(`${c.file}/${c.function} ${c.inputs.join(' ').slice(0, 50)}`, () => {
      const p = checkProgram(readFileSync(new URL(c.file, dir), 'utf8'));
      const r = run(p, c.function, c.inputs, {
        privateKey: fixture.account.privateKey,
        tvks: c.tvks.map(field),
      });
      if (r.status !== 'success') throw new Error(r.error);
      const ours = r.transitions!.map(({ tvk: _t, signer: _s, ...t }) => t);
      expect(ours).toEqual(c.transitions.map(({ tpk: _p, ...t }) => t));
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
});
