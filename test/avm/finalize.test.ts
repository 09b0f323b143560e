/** Finalize commands: contains, remove, branch.eq/neq with position, block.height, await of imported futures. */
import { describe, expect, it } from 'vitest';
import {
  aleoState,
  checkProgram,
  execute,
  parsePlaintext,
  plaintextToText,
  readMapping,
} from '../../src/avm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const inner = checkProgram(`program inner.aleo;
mapping seen:
    key as u8.public;
    value as u32.public;
function mark:
    input r0 as u8.public;
    async mark r0 into r1;
    output r1 as inner.aleo/mark.future;
finalize mark:
    input r0 as u8.public;
    set block.height into seen[r0];
`);

const outer = checkProgram(
  `import inner.aleo;
program outer.aleo;
mapping flags:
    key as u8.public;
    value as boolean.public;
function go:
    input r0 as u8.public;
    call inner.aleo/mark r0 into r1;
    async go r0 r1 into r2;
    output r2 as outer.aleo/go.future;
finalize go:
    input r0 as u8.public;
    input r1 as inner.aleo/mark.future;
    await r1;
    contains flags[r0] into r2;
    branch.eq r2 true to clear;
    set true into flags[r0];
    branch.neq r2 true to end;
    position clear;
    remove flags[r0];
    position end;
    assert.neq r0 99u8;
`,
  new Map([['inner.aleo', inner]]),
);

const read = (state: ReturnType<typeof aleoState>, p: string, m: string, k: string) => {
  const v = readMapping(state, p, m, parsePlaintext(k));
  return v && plaintextToText(v);
};

describe('finalize', () => {
  it('toggles a flag with branches and runs the awaited imported finalize', () => {
    const state = aleoState(new MemoryStore());
    expect(execute(outer, 'go', ['3u8'], state, { blockHeight: 17 }).status).toBe('success');
    expect(read(state, 'outer.aleo', 'flags', '3u8')).toBe('true');
    expect(read(state, 'inner.aleo', 'seen', '3u8')).toBe('17u32');
    expect(execute(outer, 'go', ['3u8'], state, { blockHeight: 18 }).status).toBe('success');
    expect(read(state, 'outer.aleo', 'flags', '3u8')).toBeUndefined();
    expect(read(state, 'inner.aleo', 'seen', '3u8')).toBe('18u32');
  });

  it('reverts the awaited finalize too when a later command halts', () => {
    const state = aleoState(new MemoryStore());
    const r = execute(outer, 'go', ['99u8'], state, { blockHeight: 5 });
    expect(r.status).toBe('error');
    expect(read(state, 'inner.aleo', 'seen', '99u8')).toBeUndefined();
    expect(read(state, 'outer.aleo', 'flags', '99u8')).toBeUndefined();
  });
});

describe('finalize checks', () => {
  it('rejects a finalize that never awaits its input future', () => {
    const src = `import inner.aleo;
program lazy.aleo;
function go:
    input r0 as u8.public;
    call inner.aleo/mark r0 into r1;
    async go r1 into r2;
    output r2 as lazy.aleo/go.future;
finalize go:
    input r0 as inner.aleo/mark.future;
`;
    expect(() => checkProgram(src, new Map([['inner.aleo', inner]]))).toThrow(
      "Futures in finalize 'go' are not all awaited.",
    );
  });
});
