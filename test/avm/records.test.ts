/** Records: built by `cast`, given as inputs in text form, spent through their entries. */
import { describe, expect, it } from 'vitest';
import { checkProgram, DEV_PRIVATE_KEY, run } from '../../src/avm/index.js';

const program = checkProgram(`program rec.aleo;
record token:
    owner as address.private;
    amount as u64.private;
    memo as [u8; 2u32].public;
function split:
    input r0 as token.record;
    input r1 as u64.private;
    sub r0.amount r1 into r2;
    cast r0.owner r1 r0.memo into r3 as token.record;
    cast r0.owner r2 r0.memo into r4 as token.record;
    output r3 as token.record;
    output r4 as token.record;
    output r0.memo[1u32] as u8.public;
`);

const OWNER = 'aleo1xrcgqsmkywgfmh4rs6yzm6t6hmm369qxvfgzytv6458kr284fyxqm6dxs0';
const record = (amount: string) =>
  `{\n  owner: ${OWNER}.private,\n  amount: ${amount}.private,\n  memo: [\n    1u8.public,\n    2u8.public\n  ],\n  _nonce: 0group.public\n}`;

describe('records', () => {
  it('splits a record into two', () => {
    expect(run(program, 'split', [record('10u64'), '3u64'])).toEqual({
      status: 'success',
      outputs: [record('3u64'), record('7u64'), '2u8'],
    });
  });

  it('halts when the split exceeds the amount', () => {
    expect(run(program, 'split', [record('1u64'), '3u64']).status).toBe('error');
  });

  it('rejects a record whose visibilities do not match the declaration', () => {
    expect(() =>
      run(program, 'split', [record('10u64').replace('10u64.private', '10u64.public'), '1u64']),
    ).toThrow('input is not a token.record: amount must be .private');
  });

  it('with a signer key, outputs get snarkVM nonces (one per destination register) and version 1', () => {
    // The record inputs must belong to the signer: the dev key's address.
    const DEV = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
    const input = record('10u64').replace(OWNER, DEV);
    const r = run(program, 'split', [input, '3u64'], { privateKey: DEV_PRIVATE_KEY, seed: 5n });
    if (r.status !== 'success') throw new Error(r.error);
    const nonces = r.outputs.slice(0, 2).map((o) => /_nonce: (\d+)group/.exec(o)?.[1]);
    expect(nonces[0]).not.toBe('0');
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const o of r.outputs.slice(0, 2)) expect(o).toMatch(/_version: 1u8\.public\n}$/);
    expect(run(program, 'split', [input, '3u64'], { privateKey: DEV_PRIVATE_KEY, seed: 5n })).toEqual(r);
  });

  it("refuses a record input that does not belong to the signer (snarkVM's check)", () => {
    expect(run(program, 'split', [record('10u64'), '3u64'], { seed: 1n })).toEqual({
      status: 'error',
      error: "Input record 'rec.aleo/token' must belong to the signer",
    });
  });
});
