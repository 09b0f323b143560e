/** End to end: a mapping-based token through `execute`, atomic finalize, LMDB restart. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  aleoState,
  checkProgram,
  execute,
  parsePlaintext,
  plaintextToText,
  readMapping,
} from '../../src/avm/index.js';
import { LmdbStore, MemoryStore } from '../../src/state/index.js';

const source = readFileSync(new URL('./programs/token.aleo', import.meta.url), 'utf8');
const program = checkProgram(source);
const ALICE = 'aleo1xrcgqsmkywgfmh4rs6yzm6t6hmm369qxvfgzytv6458kr284fyxqm6dxs0';
// The default signer: the address whose x-coordinate is the group generator.
const SIGNER = 'aleo1c4ymujuysflp8uurmk5n8zrquur9pyqdhz2ty9s82prs96eydqpsfrahgf';

function balance(state: Parameters<typeof readMapping>[0], who: string): string | undefined {
  const v = readMapping(state, 'token.aleo', 'account', parsePlaintext(who));
  return v && plaintextToText(v);
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('token.aleo', () => {
  it('mints, transfers and keeps balances across an LMDB restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvm-avm-'));
    dirs.push(dir);
    let store = new LmdbStore(dir, { create: true });
    let state = aleoState(store);
    expect(execute(program, 'mint_public', [SIGNER, '100u64'], state).status).toBe('success');
    expect(execute(program, 'transfer_public', [ALICE, '30u64'], state).status).toBe('success');
    state.flush();
    await store.close();
    store = new LmdbStore(dir);
    state = aleoState(store);
    expect(balance(state, SIGNER)).toBe('70u64');
    expect(balance(state, ALICE)).toBe('30u64');
    await store.close();
  });

  it('leaves every mapping unchanged when finalize fails (underflow after a write)', () => {
    const state = aleoState(new MemoryStore());
    execute(program, 'mint_public', [SIGNER, '10u64'], state);
    // transfer_public subtracts after reading: 10 - 11 underflows and halts.
    const r = execute(program, 'transfer_public', [ALICE, '11u64'], state);
    expect(r).toEqual({ status: 'error', error: 'Integer subtraction failed on: 10u64 and 11u64' });
    expect(balance(state, SIGNER)).toBe('10u64');
    expect(balance(state, ALICE)).toBeUndefined();
  });

  it('halts when a mapping key is missing for get', () => {
    const state = aleoState(new MemoryStore());
    const r = execute(program, 'transfer_public', [ALICE, '1u64'], state);
    expect(r.status).toBe('error');
    expect(balance(state, ALICE)).toBeUndefined();
  });

  it('overflow of the minted balance fails and keeps the old balance', () => {
    const state = aleoState(new MemoryStore());
    execute(program, 'mint_public', [ALICE, '18446744073709551615u64'], state);
    const r = execute(program, 'mint_public', [ALICE, '1u64'], state);
    expect(r.status).toBe('error');
    expect(balance(state, ALICE)).toBe('18446744073709551615u64');
  });
});
