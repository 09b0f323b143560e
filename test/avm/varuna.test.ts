/**
 * The Varuna verifier against proofs snarkVM made (@provablehq/sdk 0.11.10, WASM; fixtures
 * from `npx tsx scripts/avm/gen-varuna-fixtures.ts`): each accepted under its own version and
 * rejected under the other, after any change to the proof, and with any changed public input.
 * The public inputs are polyvm's (src/avm/varuna/execution.ts); the fixtures record the SDK's
 * own verdict on them (snarkVerify for V2, verifyFunctionExecution for V1).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AleoProgram } from '../../src/avm/process.js';
import {
  decodeProof,
  type ExecutionJson,
  encodeProof,
  executionVerifierInputs,
  initVaruna,
  type Proof,
  parseProof,
  parseVerifyingKey,
  proofToString,
  srsAvailable,
  srsDir,
  type VarunaVersion,
  verifyExecution,
  verifyExecutionProof,
  verifyProof,
} from '../../src/avm/varuna/index.js';
import { runCli } from '../../src/cli/test-io.js';

interface Fixture {
  program: string;
  function: string;
  varunaVersion: VarunaVersion;
  verifyingKey: string;
  verifyingKeyBytes: string;
  execution: ExecutionJson;
  proofBytes: string;
  verifierInputs: string[][];
  sdkAccepts: boolean;
}

const dir = new URL('./fixtures/varuna/', import.meta.url);
const fixture = (name: string): Fixture => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
const program = (name: string) =>
  AleoProgram.parse(readFileSync(new URL(`./programs/varuna/${name}`, import.meta.url), 'utf8'));
const fields = (xs: string[]) => xs.map((s) => BigInt(s.replace(/field$/, '')));
const clone = (p: Proof): Proof => decodeProof(encodeProof(p));

const SINGLE = ['add', 'add_v2', 'transfer_public_v2'];
const credits = () =>
  AleoProgram.parse(readFileSync(new URL('./fixtures/varuna/credits.aleo', import.meta.url), 'utf8'));
const load = (f: Fixture) => (f.program === 'credits.aleo' ? credits() : program(f.program));

beforeAll(() => initVaruna());

describe('Varuna encodings of SDK proofs', () => {
  it.each(SINGLE)('%s: proof1… parses and re-serialises byte for byte (957 bytes)', (name) => {
    const f = fixture(name);
    const p = parseProof(f.execution.proof);
    expect(Buffer.from(encodeProof(p)).toString('hex')).toBe(f.proofBytes);
    expect(f.proofBytes.length / 2).toBe(957);
    expect(proofToString(p)).toBe(f.execution.proof);
    expect(Buffer.from(encodeProof(p)).length).toBe(957);
    expect(parseVerifyingKey(f.verifyingKey).commitments).toHaveLength(12);
  });

  it('computes the transition inputs the SDK accepted', () => {
    for (const name of SINGLE) {
      const f = fixture(name);
      expect(f.sdkAccepts).toBe(true);
      const mine = executionVerifierInputs(load(f), f.execution);
      expect(mine).toEqual(f.verifierInputs.map(fields));
    }
  });

  it('computes the inputs of an execution with a call (callee first, is_root 0) as the SDK accepted them', () => {
    const lib = program('varuna_add.aleo');
    const root = AleoProgram.parse(
      readFileSync(new URL('./programs/varuna/varuna_call.aleo', import.meta.url), 'utf8'),
      new Map([['varuna_add.aleo', lib]]),
    );
    for (const name of ['call', 'call_v2']) {
      const f = fixture(name) as Fixture & { sdkBatchAccepts?: boolean };
      expect(f.sdkAccepts).toBe(true);
      expect(executionVerifierInputs(root, f.execution)).toEqual(f.verifierInputs.map(fields));
    }
    expect((fixture('call_v2') as { sdkBatchAccepts?: boolean }).sdkBatchAccepts).toBe(true);
  });

  it('the SDK-synthesized transfer_public key equals the bundled one but for the trailing variable count', () => {
    const f = fixture('transfer_public_v2');
    const bundled: Record<string, string> = JSON.parse(
      readFileSync(new URL('credits-verifying-keys.json', dir), 'utf8'),
    ).keys;
    const a = parseVerifyingKey(f.verifyingKey);
    const b = parseVerifyingKey(bundled.transferPublicVerifier as string);
    expect({ ...a, numVariables: 0n }).toEqual({ ...b, numVariables: 0n });
    expect([a.numVariables, b.numVariables]).toEqual([17012n, 12337n]);
  });
});

describe.skipIf(!srsAvailable())(
  `Varuna verifier on SDK proofs${srsAvailable() ? '' : ` (skipped: data not found at ${srsDir()})`}`,
  () => {
    it.each(SINGLE)('%s: accepted under its version, rejected under the other', (name) => {
      const f = fixture(name);
      const vk = parseVerifyingKey(f.verifyingKey);
      const proof = parseProof(f.execution.proof);
      const inputs = fields(f.verifierInputs[0] as string[]);
      expect(verifyProof(vk, inputs, proof, { version: f.varunaVersion })).toBe(true);
      expect(verifyProof(vk, inputs, proof, { version: f.varunaVersion === 1 ? 2 : 1 })).toBe(false);
      const keys = new Map([[`${f.program}/${f.function}`, vk]]);
      expect(verifyExecution(load(f), f.execution, keys, proof, { version: f.varunaVersion })).toBe(true);
    });

    it('an execution that spends a record needs the inclusion key, and its batch then holds the inclusion instance', () => {
      const f = fixture(SINGLE[0] as string);
      const vk = parseVerifyingKey(f.verifyingKey);
      const proof = parseProof(f.execution.proof);
      const keys = new Map([[`${f.program}/${f.function}`, vk]]);
      // The same transition with its first input claimed to be a record (serial number and tag).
      const spent = structuredClone(f.execution);
      const input = spent.transitions[0]?.inputs[0] as { type: string; id: string; tag?: string };
      input.type = 'record';
      input.tag = '7field';
      // verify_execution refuses it before the proof: sum declares a public input there.
      expect(() => verifyExecution(load(f), spent, keys, proof, { version: f.varunaVersion })).toThrow(
        "transition 0 (varuna_add.aleo/sum): input 0 is 'record', the function declares 'public'",
      );
      // The proof alone (Trace::verify_execution_proof) takes the ids as given.
      expect(() => verifyExecutionProof(load(f), spent, keys, proof, { version: f.varunaVersion })).toThrow(
        /spends records.*inclusion verifying key is needed/,
      );
      const inclusion = JSON.parse(
        readFileSync(new URL('./fixtures/oracle-inclusion.json', import.meta.url), 'utf8'),
      );
      const inclusionKey = parseVerifyingKey(inclusion.verifyingKey);
      // With it the batch has two circuits (the function's and the inclusion's): a proof made
      // over the function alone is refused for covering one.
      expect(() =>
        verifyExecutionProof(load(f), spent, keys, proof, { version: f.varunaVersion, inclusionKey }),
      ).toThrow('the proof covers 1 circuits, 2 keys given');
      // An execution without record inputs ignores the key.
      expect(
        verifyExecution(load(f), f.execution, keys, proof, { version: f.varunaVersion, inclusionKey }),
      ).toBe(true);
    });

    it.each(['call', 'call_v2'])(
      '%s: a batch proof over two circuits (a call) is accepted, and rejected when changed',
      (name) => {
        const f = fixture(name) as Fixture & { importVerifyingKeys: Record<string, string> };
        const lib = program('varuna_add.aleo');
        const root = AleoProgram.parse(
          readFileSync(new URL('./programs/varuna/varuna_call.aleo', import.meta.url), 'utf8'),
          new Map([['varuna_add.aleo', lib]]),
        );
        const keys = new Map([[`${f.program}/${f.function}`, parseVerifyingKey(f.verifyingKey)]]);
        for (const [k, v] of Object.entries(f.importVerifyingKeys)) keys.set(k, parseVerifyingKey(v));
        const proof = parseProof(f.execution.proof);
        expect(proof.batchSizes).toEqual([1, 1]);
        const version = f.varunaVersion;
        expect(verifyExecution(root, f.execution, keys, proof, { version })).toBe(true);
        expect(verifyExecution(root, f.execution, keys, proof, { version: version === 1 ? 2 : 1 })).toBe(
          false,
        );
        const p = clone(proof);
        p.fourthSums[1]!.b += 1n;
        expect(verifyExecution(root, f.execution, keys, p, { version })).toBe(false);
        const q = clone(proof);
        (q.thirdSums[1] as { c: bigint }[])[0]!.c += 1n;
        expect(verifyExecution(root, f.execution, keys, q, { version })).toBe(false);
      },
    );

    it('rejects every kind of change to the proof', () => {
      const f = fixture('add_v2');
      const vk = parseVerifyingKey(f.verifyingKey);
      const good = parseProof(f.execution.proof);
      const inputs = fields(f.verifierInputs[0] as string[]);
      const mutations: [string, (p: Proof) => void][] = [
        ['g_1 evaluation', (p) => (p.evals.g1 += 1n)],
        ['g_b evaluation', (p) => ((p.evals.gb[0] as bigint) += 1n)],
        ['third-round sum', (p) => ((p.thirdSums[0] as { a: bigint }[])[0]!.a += 1n)],
        ['fourth-round sum', (p) => (p.fourthSums[0]!.c += 1n)],
        ['witness commitment', (p) => (p.w[0] = p.h0)],
        ['h_2 commitment', (p) => (p.h2 = p.h1)],
        ['opening', (p) => (p.pc[0]!.w = p.pc[1]!.w)],
        ['opening randomness', (p) => (p.pc.find((o) => o.randomV !== undefined)!.randomV! += 1n)],
        ['no mask polynomial', (p) => (p.maskPoly = undefined)],
      ];
      for (const [what, mutate] of mutations) {
        const p = clone(good);
        mutate(p);
        expect(verifyProof(vk, inputs, p, { version: 2 }), what).toBe(false);
      }
    });

    it('rejects wrong public inputs', () => {
      const f = fixture('add_v2');
      const vk = parseVerifyingKey(f.verifyingKey);
      const proof = parseProof(f.execution.proof);
      const inputs = fields(f.verifierInputs[0] as string[]);
      // tpk.x, tcm, the public input id, the output id, and one extra zero-valued input past the end.
      for (const k of [1, 3, 5, inputs.length - 1]) {
        const wrong = [...inputs];
        wrong[k] = (wrong[k] as bigint) + 1n;
        expect(verifyProof(vk, wrong, proof, { version: 2 }), `input ${k}`).toBe(false);
      }
      expect(verifyProof(vk, [...inputs, 1n], proof, { version: 2 })).toBe(false);
      expect(verifyProof(vk, inputs.slice(0, -1), proof, { version: 2 })).toBe(false);
      expect(() => verifyProof(vk, [2n, ...inputs.slice(1)], proof)).toThrow(
        'the public inputs must start with 1',
      );
      expect(() => verifyProof(vk, [...inputs, ...new Array(16).fill(0n)], proof)).toThrow(
        'circuit 0 instance 0: 27 public inputs, the key takes 16',
      );
    });

    describe('polyvm aleo verify', () => {
      const work = mkdtempSync(join(tmpdir(), 'polyvm-varuna-'));
      const f = fixture('add_v2');
      const programFile = join(work, 'varuna_add.aleo');
      writeFileSync(programFile, readFileSync(new URL('./programs/varuna/varuna_add.aleo', import.meta.url)));
      writeFileSync(join(work, 'sum.key'), f.verifyingKey);
      writeFileSync(join(work, 'exec.json'), JSON.stringify(f.execution));
      const bad = structuredClone(f.execution);
      (bad.transitions[0] as { outputs: { id: string }[] }).outputs[0]!.id = '1field';
      writeFileSync(join(work, 'bad.json'), JSON.stringify(bad));
      // scm is in no id, so the checks before the proof pass it; the proof (scm is its 5th input) does not.
      const otherSigner = structuredClone(f.execution);
      (otherSigner.transitions[0] as { scm: string }).scm = '7field';
      writeFileSync(join(work, 'scm.json'), JSON.stringify(otherSigner));
      const badOutput =
        'transition 0 (varuna_add.aleo/sum): output 0: its value "12u32" does not hash to its id 1field';
      // An SDK execution with a call (varuna_call.aleo/twice calls varuna_add.aleo/sum), both programs beside each other.
      const callFixture = fixture('call_v2');
      const callFile = join(work, 'varuna_call.aleo');
      writeFileSync(callFile, readFileSync(new URL('./programs/varuna/varuna_call.aleo', import.meta.url)));
      writeFileSync(join(work, 'call.json'), JSON.stringify(callFixture.execution));
      const callBad = structuredClone(callFixture.execution);
      (callBad.transitions[1] as { outputs: { value?: string }[] }).outputs[0]!.value = (
        f.execution.transitions[0] as { inputs: { value?: string }[] }
      ).inputs[1]!.value;
      writeFileSync(join(work, 'call_bad.json'), JSON.stringify(callBad));
      const args = ['--program', programFile, '--verifying-key', join(work, 'sum.key')];
      /** `polyvm aleo verify FILE ARGS --json` in a fresh process: [exit code, stdout]. */
      const verifyProcess = (file: string, more: string[]) =>
        new Promise<[number, string]>((done) => {
          const main = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));
          const argv = [
            '--no-node-snapshot',
            '--import',
            'tsx',
            main,
            'aleo',
            'verify',
            file,
            ...more,
            '--json',
          ];
          execFile(process.execPath, argv, (e, out) => done([e ? Number(e.code) : 0, out]));
        });

      it('accepts the SDK execution (exit 0), rejects a changed output id before the proof and a changed scm by the proof (exit 1)', async () => {
        const ok = await runCli(['aleo', 'verify', join(work, 'exec.json'), ...args, '--json']);
        expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '{"valid":true}\n', '']);
        const no = await runCli(['aleo', 'verify', join(work, 'bad.json'), ...args]);
        expect([no.code, no.stdout]).toEqual([1, `invalid: ${badOutput}\n`]);
        const noJson = await runCli(['aleo', 'verify', join(work, 'bad.json'), ...args, '--json']);
        expect([noJson.code, JSON.parse(noJson.stdout)]).toEqual([1, { valid: false, error: badOutput }]);
        const scm = await runCli(['aleo', 'verify', join(work, 'scm.json'), ...args]);
        expect([scm.code, scm.stdout]).toEqual([1, 'invalid (Varuna V2, 1 transitions)\n']);
        // At a height before consensus V4 the proof is checked as V1, and fails.
        const v1 = await runCli([
          'aleo',
          'verify',
          join(work, 'exec.json'),
          ...args,
          '--height',
          '100',
          '--json',
        ]);
        expect([v1.code, v1.stdout]).toEqual([1, '{"valid":false}\n']);
      });

      // A fresh process has not loaded the curve library when it decodes the key (a bug once).
      it('accepts it with --verifying-key in a fresh process', async () => {
        expect(await verifyProcess(join(work, 'exec.json'), args)).toEqual([0, '{"valid":true}\n']);
      }, 60_000);

      // Key synthesis (setup over the SRS, about 30 s a key here) stands in for --verifying-key
      // and --import-key: the SDK's call execution is accepted with both keys synthesized (the
      // root's from varuna_call.aleo, the callee's from the varuna_add.aleo beside it), which
      // only keys equal to the SDK's can do.
      it('synthesizes the keys of the program and of its imports when none is given', async () => {
        // In a child process: the synchronous setup would block this worker's RPC with vitest.
        const [ok, bad] = await Promise.all([
          verifyProcess(join(work, 'call.json'), ['--program', callFile]),
          verifyProcess(join(work, 'call_bad.json'), ['--program', callFile]),
        ]);
        expect(ok).toEqual([0, '{"valid":true}\n']);
        expect([bad[0], JSON.parse(bad[1]).valid, JSON.parse(bad[1]).error]).toEqual([
          1,
          false,
          expect.stringMatching(
            /^transition 1 \(varuna_call\.aleo\/twice\): output 0: its value "ciphertext1/,
          ),
        ]);
      }, 480_000);

      it('refuses bad input with one line and exit 2', async () => {
        writeFileSync(join(work, 'junk.key'), 'verifier1qqqq');
        const junk = await runCli([
          'aleo',
          'verify',
          join(work, 'exec.json'),
          ...args.slice(0, 2),
          '--verifying-key',
          join(work, 'junk.key'),
        ]);
        expect(junk.code).toBe(2);
        expect(junk.stderr.split('\n')).toHaveLength(2);
        const notExec = await runCli(['aleo', 'verify', join(work, 'sum.key'), ...args]);
        expect(notExec.code).toBe(2);
        rmSync(work, { recursive: true, force: true });
      });
    });
  },
);
