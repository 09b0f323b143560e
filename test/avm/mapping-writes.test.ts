/**
 * Refused mapping writes (snarkVM FinalizeTypes::check_set at type check; Process::finalize at
 * run time): a `set` whose key or value is not of the mapping's type never type-checks (the
 * SDK's snarkVM, 2026-12-04: "Value type in `set` 'u8' does not match the value type in the
 * mapping 'u64'.", "Key type in `set` 'u8' does not match the key type in the mapping
 * 'address'."), and a future handed to finalize whose arguments do not fit is refused with a
 * typed error, the state unchanged.
 */
import { describe, expect, it } from 'vitest';
import {
  aleoState,
  checkProgram,
  execute,
  parsePlaintext,
  plaintextToText,
  readMapping,
  runFinalize,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const program = (set: string, inputs = '    input r0 as address.public;\n    input r1 as u64.public;') =>
  `program mw.aleo;

mapping bal:
    key as address.public;
    value as u64.public;

function f:
    input r0 as u64.public;
    async f self.caller r0 into r1;
    output r1 as mw.aleo/f.future;
finalize f:
${inputs}
    ${set};
`;

const codeOf = (fn: () => unknown): { code?: string; message: string } => {
  try {
    fn();
  } catch (e) {
    return { code: (e as { code?: string }).code, message: String((e as Error).message) };
  }
  return { message: '' };
};

describe('refused mapping writes', () => {
  it('a set with a value of another type does not type-check', () => {
    const r = codeOf(() => checkProgram(program('set 1u8 into bal[r0]')));
    expect(r.code).toBe('AVM_CHECK');
    expect(r.message).toMatch(/value is u8, expected u64/);
  });
  it('a set with a key of another type does not type-check', () => {
    const r = codeOf(() => checkProgram(program('set r1 into bal[1u8]')));
    expect(r.code).toBe('AVM_CHECK');
    expect(r.message).toMatch(/key is u8, expected address/);
  });
  it('a remove with a key of another type does not type-check', () => {
    const r = codeOf(() => checkProgram(program('remove bal[r1]')));
    expect(r.code).toBe('AVM_CHECK');
    expect(r.message).toMatch(/key is u64, expected address/);
  });
  it('a future with mistyped arguments is refused at finalize, the mapping unchanged', () => {
    const p = checkProgram(program('set r1 into bal[r0]'));
    const state = aleoState(new MemoryStore());
    const ok = execute(p, 'f', ['5u64'], state, {
      privateKey: 'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH',
      seed: 1n,
    });
    expect(ok.status).toBe('success');
    const signer = 'aleo1rhgdu77hgyqd3xjj8ucu3jj9r2krwz6mnzyd80gncr5fxcwlh5rsvzp9px';
    const key = parsePlaintext(signer);
    expect(plaintextToText(readMapping(state, 'mw.aleo', 'bal', key)!)).toBe('5u64');
    // The value argument a u8 where finalize declares (and the mapping holds) a u64.
    const future = {
      kind: 'future' as const,
      program: 'mw.aleo',
      function: 'f',
      arguments: [key, parsePlaintext('7u8')],
    };
    const r = codeOf(() => runFinalize(p, future, { state, blockHeight: 1, networkId: 0 }));
    expect(r.code).toBe('AVM_HALT');
    expect(plaintextToText(readMapping(state, 'mw.aleo', 'bal', key)!)).toBe('5u64');
  });
});
