/**
 * `polyvm aleo execute … --prove --json`: an execution proven by polyvm (synthesis with the
 * execution's own witness, polyvm's indexer and prover) printed as snarkVM's Execution JSON.
 * The oracle is snarkVM (@provablehq/sdk 0.11.10, WASM): its `verifyFunctionExecution` reads the
 * JSON, derives the public inputs itself and checks the proof against the verifying key the SDK
 * synthesized for `varuna_add.aleo/sum` (fixtures/varuna/add.json); an execution of
 * `varuna_call.aleo/twice` (a call: two transitions, two circuits in one batch) against the SDK's
 * keys of both (fixtures/varuna/call_v2.json). Several minutes of proving on a loaded machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyingKeyCache } from '../../src/avm/index.js';
import { parseVerifyingKey, srsAvailable, srsDir } from '../../src/avm/varuna/index.js';
import { runCli } from '../../src/cli/test-io.js';
import { LmdbStore } from '../../src/state/index.js';

const programs = fileURLToPath(new URL('./programs/varuna/', import.meta.url));
const add = join(programs, 'varuna_add.aleo');
const fixture = JSON.parse(readFileSync(new URL('./fixtures/varuna/add.json', import.meta.url), 'utf8'));
const sdkKey: string = fixture.verifyingKey;
/**
 * The CLI in a child process, for the commands that prove: proving runs synchronously for
 * minutes, and in this worker it would starve vitest's RPC (its onTaskUpdate timeout).
 */
const cliProcess = (args: readonly string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const main = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));
    execFile(
      process.execPath,
      ['--no-node-snapshot', '--import', 'tsx', main, ...args],
      { maxBuffer: 1 << 26 },
      (e, stdout, stderr) => done({ code: e ? Number(e.code) : 0, stdout, stderr }),
    );
  });
const callFixture = JSON.parse(
  readFileSync(new URL('./fixtures/varuna/call_v2.json', import.meta.url), 'utf8'),
);

describe.skipIf(!srsAvailable())(
  `aleo execute --prove${srsAvailable() ? '' : ` (skipped: data not found at ${srsDir()})`}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvm-prove-'));
    const state = join(dir, 'state');
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's WASM classes are used untyped
    let sdk: any;
    let json = '';
    let rootBefore: { blocks: number; global_state_root: string } | undefined;
    let execution: { transitions: Record<string, unknown>[]; global_state_root: string; proof: string };
    // The time limits allow for a shared machine (load 20-30 on 2 cores): a key setup and a proof
    // each take minutes there, a tenth of that on an idle one.
    beforeAll(async () => {
      await import('../../../shared/aleo-srs/serve-offline.mjs' as string);
      sdk = await import('@provablehq/sdk/mainnet.js');
      expect((await runCli(['aleo', 'deploy', add, '--state', state])).code).toBe(0);
      // One block in the ledger first: the proof's global state root is the ledger's after it.
      expect((await runCli(['aleo', 'execute', add, 'sum', '1u32', '2u32', '--state', state])).code).toBe(0);
      rootBefore = JSON.parse((await runCli(['aleo', 'ledger', '--state', state, '--json'])).stdout);
      const r = await cliProcess([
        'aleo',
        'execute',
        add,
        'sum',
        '5u32',
        '7u32',
        '--seed',
        '3',
        '--state',
        state,
        '--prove',
        '--json',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      json = r.stdout;
      execution = JSON.parse(json);
    }, 1_200_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const sdkVerifies = (text: string, height = 10_000_000): boolean =>
      sdk.verifyFunctionExecution(
        sdk.FunctionExecution.fromString(text),
        sdk.VerifyingKey.fromString(sdkKey),
        sdk.Program.fromString(readFileSync(add, 'utf8')),
        'sum',
        null,
        null,
        height,
      );

    it("prints snarkVM's Execution JSON for the transition the execution made", async () => {
      expect(Object.keys(execution)).toEqual(['transitions', 'global_state_root', 'proof']);
      const [t] = execution.transitions;
      expect(Object.keys(t ?? {})).toEqual([
        'id',
        'program',
        'function',
        'inputs',
        'outputs',
        'tpk',
        'tcm',
        'scm',
      ]);
      // The ledger's root before the execution's own block (block 1 of 2).
      expect(rootBefore?.blocks).toBe(1);
      expect(execution.global_state_root).toBe(rootBefore?.global_state_root);
      const after = JSON.parse((await runCli(['aleo', 'ledger', '--state', state, '--json'])).stdout);
      expect(after.blocks).toBe(2);
      expect(after.global_state_root).not.toBe(execution.global_state_root);
      expect(execution.proof).toMatch(/^proof1/);
      // The same seed gives `aleo run` the same request, hence the same transition.
      const run = JSON.parse(
        (await runCli(['aleo', 'run', add, 'sum', '5u32', '7u32', '--seed', '3', '--json'])).stdout,
      );
      expect(t?.id).toBe(run.transitions[0].id);
      expect(t?.outputs).toEqual(run.transitions[0].outputs);
    });

    it('snarkVM accepts the proof as V2 and rejects it as V1', () => {
      expect(sdkVerifies(json)).toBe(true);
      expect(sdkVerifies(json, 1)).toBe(false);
    });

    /** snarkVM refuses an execution by returning false or, when it fails to parse, by throwing. */
    const sdkRefuses = (text: string): boolean => {
      try {
        return !sdkVerifies(text);
      } catch {
        return true;
      }
    };

    it('snarkVM refuses it with another output value, and the proof with another transition key', async () => {
      const changed = JSON.parse(json);
      changed.transitions[0].outputs[0].value = '13u32';
      expect(sdkRefuses(JSON.stringify(changed))).toBe(true);
      // tpk is not part of the transition id: the JSON parses, and the proof must fail.
      const other = JSON.parse(
        (await runCli(['aleo', 'run', add, 'sum', '5u32', '7u32', '--seed', '4', '--json'])).stdout,
      );
      const tpk = JSON.parse(json);
      tpk.transitions[0].tpk = other.transitions[0].tpk;
      expect(sdkVerifies(JSON.stringify(tpk))).toBe(false);
    });

    it('polyvm aleo verify accepts it with the SDK key', async () => {
      const file = join(dir, 'exec.json');
      const key = join(dir, 'sum.key');
      writeFileSync(file, json);
      writeFileSync(key, sdkKey);
      const r = await runCli(['aleo', 'verify', file, '--program', add, '--verifying-key', key, '--json']);
      expect(r.stdout.trim()).toBe('{"valid":true}');
      expect(r.code).toBe(0);
    });

    it("keeps the verifying key in the state (the SDK's bytes) and proves again from it", async () => {
      const store = new LmdbStore(state, { readOnly: true });
      const id = parseVerifyingKey(sdkKey).id;
      const cached = verifyingKeyCache(store).get(id);
      await store.close();
      // Byte for byte, the trailing u64 (snarkVM's R1CS::num_variables, constants counted: 16,143) included.
      expect(Buffer.from(cached ?? []).toString('hex')).toBe(fixture.verifyingKeyBytes);
      const again = await cliProcess([
        'aleo',
        'execute',
        add,
        'sum',
        '1u32',
        '2u32',
        '--state',
        state,
        '--prove',
        '--json',
      ]);
      expect(again.code).toBe(0);
      expect(sdkVerifies(again.stdout)).toBe(true);
    }, 900_000);

    it('proves an execution with a call (the callee its own transition) that snarkVM accepts', async () => {
      const call = join(programs, 'varuna_call.aleo');
      expect((await runCli(['aleo', 'deploy', call, '--state', state])).code).toBe(0);
      const args = ['aleo', 'execute', call, 'twice', '9u32', '--seed', '5', '--state', state];
      const r = await cliProcess([...args, '--prove', '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const proven = JSON.parse(r.stdout);
      // The callee's transition first, then the root's: those `aleo run` makes with the same seed.
      const ran = JSON.parse(
        (await runCli(['aleo', 'run', call, 'twice', '9u32', '--seed', '5', '--json'])).stdout,
      );
      expect(proven.transitions.map((t: { id: string }) => t.id)).toEqual(
        ran.transitions.map((t: { id: string }) => t.id),
      );
      expect(proven.transitions.map((t: { function: string }) => t.function)).toEqual(['sum', 'twice']);
      const source = (f: string) => readFileSync(join(programs, f), 'utf8');
      const verifies = (text: string, height = 10_000_000): boolean =>
        sdk.verifyFunctionExecution(
          sdk.FunctionExecution.fromString(text),
          sdk.VerifyingKey.fromString(callFixture.verifyingKey),
          sdk.Program.fromString(source('varuna_call.aleo')),
          'twice',
          { 'varuna_add.aleo': source('varuna_add.aleo') },
          { 'varuna_add.aleo': [['sum', callFixture.importVerifyingKeys['varuna_add.aleo/sum']]] },
          height,
        );
      // The SDK's own keys of both functions (one batch over two circuits), V2 only.
      expect(verifies(r.stdout)).toBe(true);
      expect(verifies(r.stdout, 1)).toBe(false);
      // The callee's transition with another run's tpk: the JSON parses, the proof must fail.
      const other = JSON.parse(
        (await runCli(['aleo', 'run', call, 'twice', '9u32', '--seed', '6', '--json'])).stdout,
      );
      const tpk = JSON.parse(r.stdout);
      tpk.transitions[0].tpk = other.transitions[0].tpk;
      expect(verifies(JSON.stringify(tpk))).toBe(false);
      // The key polyvm cached for twice is the SDK's, byte for byte.
      const store = new LmdbStore(state, { readOnly: true });
      const cached = verifyingKeyCache(store).get(parseVerifyingKey(callFixture.verifyingKey).id);
      await store.close();
      expect(Buffer.from(cached ?? []).toString('hex')).toBe(callFixture.verifyingKeyBytes);
      // polyvm aleo verify, with the SDK's keys.
      const file = join(dir, 'call.json');
      const twiceKey = join(dir, 'twice.key');
      const sumKey = join(dir, 'sum.key');
      writeFileSync(file, r.stdout);
      writeFileSync(twiceKey, callFixture.verifyingKey);
      writeFileSync(sumKey, sdkKey);
      const v = await runCli([
        'aleo',
        'verify',
        file,
        '--program',
        call,
        '--verifying-key',
        twiceKey,
        '--import-key',
        `varuna_add.aleo/sum=${sumKey}`,
        '--json',
      ]);
      expect(v.stdout.trim()).toBe('{"valid":true}');
    }, 1_800_000);

    it('refuses, before executing, a record input or a record spent by a called function', async () => {
      const spend = join(dir, 'spend.aleo');
      writeFileSync(
        spend,
        'program spend.aleo;\nrecord token:\n    owner as address.private;\n    amount as u64.private;\nfunction burn:\n    input r0 as token.record;\n    output r0.amount as u64.public;\n',
      );
      const r = await runCli(['aleo', 'execute', spend, 'burn', 'record1qqqq', '--state', state, '--prove']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'it spends a record, and its inclusion circuit needs SRS powers of degree 2^19',
      );
      writeFileSync(
        join(dir, 'pass.aleo'),
        'import spend.aleo;\nprogram pass.aleo;\nfunction give:\n    input r0 as spend.aleo/token.record;\n    call spend.aleo/burn r0 into r1;\n    output r1 as u64.public;\n',
      );
      const p = await runCli([
        'aleo',
        'execute',
        join(dir, 'pass.aleo'),
        'give',
        'record1qqqq',
        '--state',
        state,
        '--prove',
        '--json',
      ]);
      expect(p.code).toBe(2);
      expect(JSON.parse(p.stdout)).toMatchObject({ code: 'VARUNA_INPUT' });
      expect(JSON.parse(p.stdout).error).toContain(
        'cannot prove pass.aleo/give yet: spend.aleo/burn spends a record, and its inclusion circuit',
      );
    });
  },
);
