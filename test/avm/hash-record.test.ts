/**
 * `hash.*` (plain, `.raw`, `.native[.raw]`) and `commit.*` of records and futures against snarkVM
 * itself: the SDK's transitions (test/avm/fixtures/oracle-hash-record.json,
 * `node scripts/avm/gen-oracle-hash-record.mjs`) for test/avm/programs/hash-record (hx.aleo: an
 * external record, another program's future and a future holding it), reproduced from
 * the oracle's private key, inputs and tvks (the tvk fixes the record nonces, so the hashed records
 * are the SDK's), and the programs it refuses for a record's or a future's size in bits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AleoProgram, checkProgram, run } from '../../src/avm/index.js';

interface Transition {
  tpk: string;
  [k: string]: unknown;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/oracle-hash-record.json', import.meta.url), 'utf8'),
) as {
  account: { privateKey: string };
  cases: {
    file: string;
    function: string;
    inputs: string[];
    imports?: string[];
    tvks: string[];
    transitions: Transition[];
  }[];
  refused: {
    name: string;
    program: string;
    imports: string[];
    error: string | null;
    tvks?: string[];
    transitions?: Transition[];
  }[];
};
const dir = new URL('./programs/hash-record/', import.meta.url);
const field = (s: string): bigint => BigInt(s.replace(/field$/, ''));
const source = (file: string): string => readFileSync(new URL(file, dir), 'utf8');
/** A program checked with the programs it imports (files beside it). */
function load(file: string, imports: string[] = [], text = source(file)): AleoProgram {
  const loaded = new Map<string, AleoProgram>();
  for (const f of imports) loaded.set(f, checkProgram(source(f), loaded));
  return checkProgram(text, loaded);
}

/** polyvm's transitions for the oracle's key, inputs and tvks, against the SDK's (tpk aside). */
function expectTransitions(p: AleoProgram, fn: string, inputs: string[], tvks: string[], sdk: Transition[]) {
  const r = run(p, fn, inputs, { privateKey: fixture.account.privateKey, tvks: tvks.map(field) });
  if (r.status !== 'success') throw new Error(r.error);
  const ours = r.transitions!.map(({ tvk: _t, signer: _s, ...t }) => t);
  expect(ours).toEqual(sdk.map(({ tpk: _p, ...t }) => t));
}

describe('hash and commit of records and futures equal snarkVM', () => {
  it('has the SDK cases', () => {
    expect(fixture.cases.length).toBe(7);
    expect(fixture.refused.filter((r) => r.error !== null).length).toBe(5);
  });
  for (const c of fixture.cases) {
    it(`${c.file}/${c.function} ${c.inputs.join(' ').slice(0, 50)}`, () => {
      expectTransitions(load(c.file, c.imports), c.function, c.inputs, c.tvks, c.transitions);
    });
  }
  for (const c of fixture.refused.filter((r) => r.error !== null)) {
    it(`refuses ${c.name}`, () => {
      let code: string | undefined;
      let message = '';
      try {
        load('', c.imports, c.program);
      } catch (e) {
        code = (e as { code?: string }).code;
        message = String((e as Error).message);
      }
      expect(code).toBe('AVM_CHECK');
      expect(message).toContain(c.error as string);
    });
  }
  it('checks no external record for whole bytes (the SDK runs keccak256.raw of a 687-bit one)', () => {
    const c = fixture.refused.find((r) => r.error === null)!;
    expect(c.name).toBe('keccak256.raw of an external 687-bit record');
    const tok = fixture.cases.find((x) => x.function === 'spent')!.inputs;
    expectTransitions(load('', c.imports, c.program), 'h', tok, c.tvks!, c.transitions!);
  });
});
