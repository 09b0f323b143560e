/**
 * A state keeps the definition of each program it executed: another definition under the
 * same id is refused (its mappings' types could differ), and every mapping write is checked
 * against the mapping's declared key and value types.
 */
import { describe, expect, it } from 'vitest';
import {
  AleoProgramMismatchError,
  aleoState,
  checkProgram,
  execute,
  parsePlaintext,
  plaintextToText,
  programDefinition,
  readMapping,
  runFinalize,
  storedDefinition,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const counter = (valueType: string, comment = '') => `program counter.aleo;
${comment}mapping count:
    key as u8.public;
    value as ${valueType}.public;
function bump:
    input r0 as u8.public;
    async bump r0 into r1;
    output r1 as counter.aleo/bump.future;
finalize bump:
    input r0 as u8.public;
    get.or_use count[r0] 0${valueType} into r1;
    add r1 1${valueType} into r2;
    set r2 into count[r0];
`;

const value = (state: ReturnType<typeof aleoState>, key: string) => {
  const v = readMapping(state, 'counter.aleo', 'count', parsePlaintext(key));
  return v && plaintextToText(v);
};

describe('program definitions in the state', () => {
  it('the first execute stores the definition; the same program under other comments and layout runs on', () => {
    const state = aleoState(new MemoryStore());
    const p = checkProgram(counter('u64'));
    expect(storedDefinition(state, 'counter.aleo')).toBeUndefined();
    expect(execute(p, 'bump', ['1u8'], state).status).toBe('success');
    expect(storedDefinition(state, 'counter.aleo')).toBe(programDefinition(p));
    expect(programDefinition(p)).toMatch(
      /^program counter\.aleo; mapping count: key as u8\.public; value as u64\.public; function bump:/,
    );
    expect(programDefinition(p)).toContain('get.or_use count[r0] 0u64 into r1;');
    const relaid = checkProgram(counter('u64', '// the counter\n').replaceAll('\n    ', '\n\t  '));
    expect(execute(relaid, 'bump', ['1u8'], state).status).toBe('success');
    expect(value(state, '1u8')).toBe('2u64');
  });

  it('a changed mapping type is refused by name; the mapping keeps its u64 value', () => {
    const state = aleoState(new MemoryStore());
    expect(execute(checkProgram(counter('u64')), 'bump', ['1u8'], state).status).toBe('success');
    const changed = checkProgram(counter('u128'));
    expect(() => execute(changed, 'bump', ['1u8'], state)).toThrow(AleoProgramMismatchError);
    expect(() => execute(changed, 'bump', ['1u8'], state)).toThrow(
      "program 'counter.aleo' differs from the one this state holds (stored by its first execute): it holds 'value as u64.public; function bump:' where this one has 'value as u128.public; function bump:'; give the changed program a new id or use another state",
    );
    expect(value(state, '1u8')).toBe('1u64');
    expect(storedDefinition(state, 'counter.aleo')).toBe(programDefinition(checkProgram(counter('u64'))));
  });

  it('an imported program is checked too; a failed execution stores nothing', () => {
    const lib = (t: string) =>
      checkProgram(`program lib.aleo;
mapping m:
    key as u8.public;
    value as ${t}.public;
function put:
    input r0 as u8.public;
    async put r0 into r1;
    output r1 as lib.aleo/put.future;
finalize put:
    input r0 as u8.public;
    set 1${t} into m[r0];
`);
    const user = (l: ReturnType<typeof lib>) =>
      checkProgram(
        `import lib.aleo;
program user.aleo;
function go:
    input r0 as u8.public;
    call lib.aleo/put r0 into r1;
    assert.neq r0 9u8;
    async go r1 into r2;
    output r2 as user.aleo/go.future;
finalize go:
    input r0 as lib.aleo/put.future;
    await r0;
`,
        new Map([['lib.aleo', l]]),
      );
    const state = aleoState(new MemoryStore());
    expect(execute(user(lib('u8')), 'go', ['9u8'], state).status).toBe('error');
    expect(storedDefinition(state, 'user.aleo')).toBeUndefined();
    expect(storedDefinition(state, 'lib.aleo')).toBeUndefined();
    expect(execute(user(lib('u8')), 'go', ['1u8'], state).status).toBe('success');
    expect(storedDefinition(state, 'lib.aleo')).toBeDefined();
    expect(() => execute(user(lib('u16')), 'go', ['1u8'], state)).toThrow("program 'lib.aleo' differs");
  });
});

describe('mapping writes are typed', () => {
  it('a future whose arguments do not fit the mapping halts and writes nothing', () => {
    const p = checkProgram(counter('u64'));
    const state = aleoState(new MemoryStore());
    const env = { state, blockHeight: 0, networkId: 0 };
    const future = (key: string) => ({
      kind: 'future' as const,
      program: 'counter.aleo',
      function: 'bump',
      arguments: [parsePlaintext(key)],
    });
    runFinalize(p, future('3u8'), env);
    expect(value(state, '3u8')).toBe('1u64');
    expect(() => runFinalize(p, future('3u16'), env)).toThrow(
      "the key 3u16 is not a u8 (mapping 'counter.aleo/count'): found u16",
    );
    expect(state.get(new TextEncoder().encode('aleo/counter.aleo/count/3u16'))).toBeUndefined();
  });
});
