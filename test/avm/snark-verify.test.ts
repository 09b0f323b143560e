/**
 * `snark.verify` and `snark.verify.batch` in finalize (snarkVM snark_verify.rs, consensus V14),
 * against snarkVM through the SDK: its type-check verdicts (fixtures/oracle-snark-verify.json,
 * scripts/avm/gen-oracle-snark-verify.mjs) and proofs it made (fixtures/varuna/*.json, with its
 * own verdicts on them). Verification reads the universal SRS in ../shared/aleo-srs.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AleoProgram,
  aleoState,
  checkProgram,
  execute,
  initVaruna,
  needsVaruna,
  parsePlaintext,
  plaintextToText,
  readMapping,
} from '../../src/avm/index.js';
import { encodeVerifyingKey, parseVerifyingKey, srsAvailable } from '../../src/avm/varuna/index.js';
import { MemoryStore } from '../../src/state/index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, never>;
const oracle = fixture('oracle-snark-verify.json') as unknown as {
  checks: { name: string; source: string; error: string | null }[];
  batch: { calleeFirst: boolean; callerFirst: boolean; oneKeyTwice: boolean };
};

describe('snark.verify type rules (the SDK adding each program to its process)', () => {
  for (const c of oracle.checks)
    it(`${c.name}: ${c.error === null ? 'accepted' : 'refused'}`, () => {
      const check = () => checkProgram(c.source);
      if (c.error === null) return expect(check).not.toThrow();
      let message = '';
      try {
        check();
      } catch (e) {
        message = (e as Error).message;
      }
      if (c.error.startsWith('Failed to parse')) return expect(message).toMatch(/array length 2049/);
      // snarkVM prints the whole instruction where polyvm names its opcode.
      expect(message).toContain(c.error.replace(/Instruction '[^']*;'/, "Instruction 'snark.verify'"));
    });
});

const bytes = (hex: string) => `[${[...Buffer.from(hex, 'hex')].map((b) => `${b}u8`).join(', ')}]`;
const fields = (xs: readonly string[]) => `[${xs.join(', ')}]`;
/** Inputs padded with zeros to `n` (a key counts its public inputs padded to a power of two). */
const zeros = (xs: readonly string[], n: number) => [...xs, ...Array<string>(n - xs.length).fill('0field')];
const pad = (hex: string, n: number) => hex + '00'.repeat(n);

const SOURCE = `program sv_test.aleo;
mapping result:
    key as u8.public;
    value as boolean.public;
function one:
    input r0 as [u8; 673u32].public;
    input r1 as u8.public;
    input r2 as [field; 17u32].public;
    input r3 as [u8; 960u32].public;
    async one r0 r1 r2 r3 into r4;
    output r4 as sv_test.aleo/one.future;
finalize one:
    input r0 as [u8; 673u32].public;
    input r1 as u8.public;
    input r2 as [field; 17u32].public;
    input r3 as [u8; 960u32].public;
    snark.verify r0 r1 r2 r3 into r4;
    set r4 into result[0u8];
function few:
    input r0 as [u8; 673u32].public;
    input r1 as [field; 10u32].public;
    input r2 as [u8; 957u32].public;
    async few r0 r1 r2 into r3;
    output r3 as sv_test.aleo/few.future;
finalize few:
    input r0 as [u8; 673u32].public;
    input r1 as [field; 10u32].public;
    input r2 as [u8; 957u32].public;
    snark.verify r0 2u8 r1 r2 into r3;
    set r3 into result[1u8];
function batch:
    input r0 as [[u8; 673u32]; 2u32].public;
    input r1 as [[[field; 16u32]; 1u32]; 2u32].public;
    input r2 as [u8; 1445u32].public;
    async batch r0 r1 r2 into r3;
    output r3 as sv_test.aleo/batch.future;
finalize batch:
    input r0 as [[u8; 673u32]; 2u32].public;
    input r1 as [[[field; 16u32]; 1u32]; 2u32].public;
    input r2 as [u8; 1445u32].public;
    snark.verify.batch r0 2u8 r1 r2 into r3;
    set r3 into result[2u8];
`;

describe.skipIf(!srsAvailable())('snark.verify in finalize, on proofs snarkVM made', () => {
  const add = fixture('varuna/add_v2.json') as unknown as {
    verifyingKeyBytes: string;
    proofBytes: string;
    verifierInputs: string[][];
    sdkAccepts: boolean;
    sdkRejectsWrongInput: boolean;
  };
  const addV1 = fixture('varuna/add.json') as unknown as typeof add;
  const call = fixture('varuna/call_v2.json') as unknown as typeof add & {
    importVerifyingKeys: Record<string, string>;
    sdkBatchAccepts: boolean;
  };
  let program: AleoProgram;
  beforeAll(async () => {
    await initVaruna();
    program = checkProgram(SOURCE);
  });
  const run = (fn: string, inputs: string[]) => {
    const state = aleoState(new MemoryStore());
    const r = execute(program, fn, inputs, state);
    const slot = { one: '0u8', few: '1u8', batch: '2u8' }[fn]!;
    const v = readMapping(state, 'sv_test.aleo', 'result', parsePlaintext(slot));
    return { status: r.status, result: v && plaintextToText(v) };
  };
  /** `one` with add's key, proof and inputs; the proof and inputs padded with zeros. */
  const one = (
    f: typeof add,
    version: string,
    inputs = zeros(f.verifierInputs[0]!, 17),
    vk = f.verifyingKeyBytes,
  ) => run('one', [bytes(vk), version, fields(inputs), bytes(pad(f.proofBytes, 3))]);

  it('needs the verifier', () => expect(needsVaruna(program)).toBe(true));

  it('accepts a V2 proof the SDK accepts (zero-padded inputs and proof bytes)', () => {
    expect(add.sdkAccepts).toBe(true);
    expect(one(add, '2u8')).toEqual({ status: 'success', result: 'true' });
  });

  it('accepts a V1 proof as version 1', () => {
    expect(addV1.sdkAccepts).toBe(true);
    expect(one(addV1, '1u8')).toEqual({ status: 'success', result: 'true' });
  });

  it('is false for a changed input the SDK rejects, and for the other version', () => {
    expect(add.sdkRejectsWrongInput).toBe(true);
    const wrong = zeros(add.verifierInputs[0]!, 17);
    wrong[5] = `${BigInt(wrong[5]!.replace('field', '')) + 1n}field`;
    expect(one(add, '2u8', wrong)).toEqual({ status: 'success', result: 'false' });
    expect(one(add, '1u8')).toEqual({ status: 'success', result: 'false' });
  });

  it('halts on a non-zero excess input, fewer inputs than the padded count, version 3 and a malformed key', () => {
    expect(one(add, '2u8', [...zeros(add.verifierInputs[0]!, 16), '1field']).status).toBe('error');
    expect(one(add, '3u8').status).toBe('error');
    expect(one(add, '2u8', undefined, `02${add.verifyingKeyBytes.slice(2)}`).status).toBe('error');
    const ten = add.verifierInputs[0]!.slice(0, 10);
    expect(run('few', [bytes(add.verifyingKeyBytes), fields(ten), bytes(add.proofBytes)]).status).toBe(
      'error',
    );
  });

  it('verifies a two-circuit batch proof in either order, false with one key twice (as the SDK)', () => {
    expect(call.sdkBatchAccepts).toBe(true);
    const main = call.verifyingKeyBytes;
    // The callee's key as the SDK printed it (verifier1…), in bytes.
    const sub = Buffer.from(
      encodeVerifyingKey(parseVerifyingKey(call.importVerifyingKeys['varuna_add.aleo/sum']!)),
    ).toString('hex');
    const [subIn, mainIn] = call.verifierInputs as [string[], string[]];
    const batch = (keys: string[], inputs: string[][]) =>
      run('batch', [
        `[${keys.map(bytes).join(', ')}]`,
        `[${inputs.map((x) => `[${fields(zeros(x, 16))}]`).join(', ')}]`,
        bytes(call.proofBytes),
      ]);
    const verdict = (r: { result?: string }) => r.result === 'true';
    expect(verdict(batch([sub, main], [subIn, mainIn]))).toBe(oracle.batch.calleeFirst);
    expect(verdict(batch([main, sub], [mainIn, subIn]))).toBe(oracle.batch.callerFirst);
    expect(verdict(batch([main, main], [mainIn, mainIn]))).toBe(oracle.batch.oneKeyTwice);
  });
});
