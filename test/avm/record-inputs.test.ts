/**
 * Record inputs come from the ledger (src/avm/ledger/inclusion.ts): snarkVM's inclusion
 * (synthesizer/process/src/trace/inclusion insert_transition and prepare, ledger/store
 * get_state_path_for_commitment) spends a record only when an earlier transition of the same
 * execution made it or a stored block holds its commitment; any other is refused with
 * `Commitment '…field' does not exist` before finalize.
 *
 * Oracle: snarkVM's own test mint_and_split.aleo (synthesizer/tests/tests/vm/execute_and_finalize
 * at ProvableHQ/snarkVM 3d42aa04) and its expectation file, which names the commitment of the
 * record given as text and the owner error of the other key.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AleoLedgerError,
  AleoProgram,
  aleoLedger,
  aleoState,
  checkProgram,
  execute,
  readMapping,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';
import { runCli } from '../cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-aleo-record-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// snarkVM's mint_and_split.aleo, with a mapping the split's finalize writes so that a refused
// execution can be seen to leave the mappings alone.
const mintAndSplit = `program mint_and_split.aleo;

record credits:
    owner as address.private;
    microcredits as u64.private;

mapping splits:
    key as u64.public;
    value as u64.public;

function mint:
    input r0 as address.public;
    input r1 as u64.public;
    cast r0 r1 into r2 as credits.record;
    output r2 as credits.record;

function split:
    input r0 as credits.record;
    input r1 as u64.private;
    sub r0.microcredits r1 into r2;
    cast r0.owner r1 into r3 as credits.record;
    cast r0.owner r2 into r4 as credits.record;
    async split r1 into r5;
    output r3 as credits.record;
    output r4 as credits.record;
    output r5 as mint_and_split.aleo/split.future;

finalize split:
    input r0 as u64.public;
    set r0 into splits[r0];
`;
const KEY_1 = 'APrivateKey1zkpFbGDx4znwxo1zrxfUscfGn1Vy3My3ia5gRHx3XwaLtCR';
const KEY_2 = 'APrivateKey1zkpJhviKDvvm7yu7SZuhSudVR7zjCRG2HznuAHwuGYc1xqN';
const OWNER = 'aleo1j2hfs6yru47h2nvsjdefwtw6nwaj0y4zcl02juyy29txm7nt6y9qln7uhp';
const TEXT_RECORD = `{ owner: ${OWNER}.private, microcredits: 100u64.private, _nonce: 0group.public }`;
// mint_and_split.out: "execute: Commitment '1266…990field' does not exist".
const SNARKVM_COMMITMENT =
  '1266307482263846358970326041806201638141701138269282465033372005968041137990field';

function refusal(f: () => unknown): AleoLedgerError {
  try {
    f();
  } catch (e) {
    if (e instanceof AleoLedgerError) return e;
    throw e;
  }
  throw new Error('expected an AleoLedgerError');
}

describe("record inputs come from the ledger (snarkVM's inclusion)", () => {
  const program = checkProgram(mintAndSplit);

  it("a record no block holds is snarkVM's `Commitment '…' does not exist`; state and ledger unchanged", () => {
    const store = new MemoryStore();
    const state = aleoState(store);
    const ledger = aleoLedger(state);
    const opts = { privateKey: KEY_1, seed: 1n, ledger };
    const e = refusal(() => execute(program, 'split', [TEXT_RECORD, '50u64'], state, opts));
    expect(e.code).toBe('AVM_LEDGER');
    expect(e.shortMessage).toBe(`Commitment '${SNARKVM_COMMITMENT}' does not exist`);
    // Refused before finalize: no mapping written, no block.
    expect(readMapping(state, 'mint_and_split.aleo', 'splits', { kind: 'literal', literal: u64(50n) })).toBe(
      undefined,
    );
    expect(ledger.height()).toBe(0);
    // Another key fails the owner check first, as snarkVM's third case.
    expect(execute(program, 'split', [TEXT_RECORD, '50u64'], state, { ...opts, privateKey: KEY_2 })).toEqual({
      status: 'error',
      error: "Input record 'mint_and_split.aleo/credits' must belong to the signer",
    });
    // Without a ledger the library does not check (as before).
    expect(
      execute(program, 'split', [TEXT_RECORD, '50u64'], aleoState(new MemoryStore()), {
        ...opts,
        ledger: undefined,
      }).status,
    ).toBe('success');
  });

  it('a record an earlier execution made is spendable once its block is stored', () => {
    const state = aleoState(new MemoryStore());
    const ledger = aleoLedger(state);
    const opts = { privateKey: KEY_1, ledger };
    const minted = execute(program, 'mint', [OWNER, '100u64'], state, { ...opts, seed: 2n });
    if (minted.status !== 'success' || !minted.transitions) throw new Error('mint failed');
    const record = minted.outputs[0] as string;
    // Not yet in a block: refused, naming the mint's output commitment.
    const e = refusal(() => execute(program, 'split', [record, '40u64'], state, { ...opts, seed: 3n }));
    expect(e.shortMessage).toBe(`Commitment '${minted.transitions[0]?.outputs[0]?.id}' does not exist`);
    ledger.appendExecution(minted.transitions);
    const split = execute(program, 'split', [record, '40u64'], state, { ...opts, seed: 3n });
    expect(split.status).toBe('success');
    expect(
      readMapping(state, 'mint_and_split.aleo', 'splits', { kind: 'literal', literal: u64(40n) }),
    ).toEqual({
      kind: 'literal',
      literal: u64(40n),
    });
  });

  it('a record made by an earlier transition of the same execution is local: no block needed', () => {
    const xbase = readFileSync(new URL('programs/circuits/c_xbase.aleo', import.meta.url), 'utf8');
    const base = checkProgram(xbase);
    const local = checkProgram(
      `import c_xbase.aleo;
program c_local.aleo;

function mint_spend:
    input r0 as u64.private;
    call c_xbase.aleo/mint r0 into r1;
    call c_xbase.aleo/spend r1 into r2;
    output r2 as u64.public;
`,
      new Map([['c_xbase.aleo', base]]),
    );
    expect(local).toBeInstanceOf(AleoProgram);
    const state = aleoState(new MemoryStore());
    const ledger = aleoLedger(state);
    const r = execute(local, 'mint_spend', ['7u64'], state, { seed: 4n, ledger });
    expect(r).toMatchObject({ status: 'success', outputs: ['7u64'] });
    // mint, spend, then the root: spend's record input is mint's record output.
    const [mint, spend] = r.status === 'success' ? (r.transitions ?? []) : [];
    expect([mint?.function, spend?.function]).toEqual(['mint', 'spend']);
    expect(spend?.inputs[0]?.type).toBe('record');
  });
});

const u64 = (value: bigint) => ({ type: 'u64' as const, value });

describe('polyvm aleo execute --state refuses a record the ledger does not hold', () => {
  const cli = (...argv: string[]) => runCli(dir, argv);
  it('exit 2, AVM_LEDGER, nothing stored; a record of an earlier execution is spent', async () => {
    writeFileSync(join(dir, 'mint_and_split.aleo'), mintAndSplit);
    expect((await cli('aleo', 'deploy', 'mint_and_split.aleo', '--state', 'st')).code).toBe(0);
    const st = ['--state', 'st', '--private-key', KEY_1];
    const ledgerDoc = async () => JSON.parse((await cli('aleo', 'ledger', '--state', 'st', '--json')).out);
    const before = await ledgerDoc();
    const x = await cli(
      'aleo',
      'execute',
      'mint_and_split.aleo',
      'split',
      TEXT_RECORD,
      '50u64',
      ...st,
      '--json',
    );
    expect(x.code).toBe(2);
    expect(JSON.parse(x.out)).toEqual({
      status: 'error',
      code: 'AVM_LEDGER',
      error: `Commitment '${SNARKVM_COMMITMENT}' does not exist`,
    });
    const plain = await cli('aleo', 'execute', 'mint_and_split.aleo', 'split', TEXT_RECORD, '50u64', ...st);
    expect([plain.code, plain.err]).toEqual([
      2,
      `polyvm: error: Commitment '${SNARKVM_COMMITMENT}' does not exist\n`,
    ]);
    expect(await ledgerDoc()).toEqual(before);
    const mapping = () => cli('aleo', 'mapping', 'mint_and_split.aleo', 'splits', '50u64', '--state', 'st');
    expect((await mapping()).out).toBe('null\n');
    // A record this state's ledger holds is spent.
    const m = await cli('aleo', 'execute', 'mint_and_split.aleo', 'mint', OWNER, '100u64', ...st, '--json');
    expect(m.code).toBe(0);
    const rec = JSON.parse(m.out).outputs[0];
    const s = await cli('aleo', 'execute', 'mint_and_split.aleo', 'split', rec, '50u64', ...st, '--json');
    expect(s.code).toBe(0);
    expect((await mapping()).out).toBe('50u64\n');
    expect((await ledgerDoc()).blocks).toBe(before.blocks + 2);
  }, 120_000);
});

describe("the ledger's uniqueness checks (snarkVM VM::check_transaction)", () => {
  const base = checkProgram(readFileSync(new URL('programs/circuits/c_xbase.aleo', import.meta.url), 'utf8'));
  it('the same transaction twice is refused by its id, a stored transition by its id, a record spent twice in one execution by its input id', () => {
    const state = aleoState(new MemoryStore());
    const ledger = aleoLedger(state);
    const minted = execute(base, 'mint', ['5u64'], state, { seed: 7n, ledger });
    if (minted.status !== 'success' || !minted.transitions) throw new Error('mint failed');
    ledger.appendExecution(minted.transitions);
    const root = ledger.stateRoot();
    // The same seed gives the same transition, so the same transaction: refused before its
    // commitment (which would otherwise be indexed twice).
    const e = refusal(() => ledger.appendExecution(minted.transitions ?? []));
    expect(e.shortMessage).toMatch(/^Transaction 'at1[02-9ac-hj-np-z]{58}' already exists in the ledger$/);
    expect([ledger.height(), ledger.stateRoot()]).toEqual([1, root]);
    // A caller passing one record to two calls: both transitions spend it, one serial number.
    const twice = checkProgram(
      `import c_xbase.aleo;
program c_twice.aleo;

function spend_twice:
    input r0 as c_xbase.aleo/token.record;
    call c_xbase.aleo/spend r0 into r1;
    call c_xbase.aleo/spend r0 into r2;
    add r1 r2 into r3;
    output r3 as u64.public;
`,
      new Map([['c_xbase.aleo', base]]),
    );
    const r = execute(twice, 'spend_twice', [minted.outputs[0] as string], state, { seed: 8n, ledger });
    if (r.status !== 'success' || !r.transitions) throw new Error('spend_twice failed');
    expect(r.transitions[0]?.inputs[0]?.id).toBe(r.transitions[1]?.inputs[0]?.id);
    expect(refusal(() => ledger.appendExecution(r.transitions ?? [])).shortMessage).toBe(
      'Found a duplicate input ID in the transaction',
    );
    expect([ledger.height(), ledger.stateRoot()]).toEqual([1, root]);
    // A stored transition in another transaction (the callee's transition of a stored execution
    // alone): a new transaction id, refused by the transition id.
    const callee = checkProgram(
      `import c_xbase.aleo;
program c_mintvia.aleo;

function mint_via:
    input r0 as u64.private;
    call c_xbase.aleo/mint r0 into r1;
    output r1 as c_xbase.aleo/token.record;
`,
      new Map([['c_xbase.aleo', base]]),
    );
    const via = execute(callee, 'mint_via', ['3u64'], state, { seed: 9n, ledger });
    if (via.status !== 'success' || !via.transitions) throw new Error('mint_via failed');
    ledger.appendExecution(via.transitions);
    const inner = via.transitions[0];
    if (!inner) throw new Error('no callee transition');
    expect(refusal(() => ledger.appendExecution([inner])).shortMessage).toBe(
      `The transition ID '${inner.id}' already exists in the ledger`,
    );
    expect(ledger.height()).toBe(2);
  });
});
