/** ScriptBuilder output against the byte sequences of neo-vm `tests/Neo.VM.Tests/UT_ScriptBuilder.cs`. */
import { describe, expect, it } from 'vitest';
import { OpCode } from './opcodes.js';
import { ScriptBuilder } from './script-builder.js';

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`;
const push = (v: bigint | number) => hex(new ScriptBuilder().emitPush(v).toArray());
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return [...b];
};

describe('ScriptBuilder', () => {
  it('emits opcodes with operands', () => {
    expect([...new ScriptBuilder().emit(OpCode.NOP!).toArray()]).toEqual([0x21]);
    expect([...new ScriptBuilder().emit('NOP', [0x66]).toArray()]).toEqual([0x21, 0x66]);
  });

  it('pushes integers in the shortest form', () => {
    expect([...new ScriptBuilder().emitPush(-100000).toArray()]).toEqual([2, 96, 121, 254, 255]);
    expect([...new ScriptBuilder().emitPush(100000).toArray()]).toEqual([2, 160, 134, 1, 0]);
    for (let i = -1; i <= 16; i++) expect([...new ScriptBuilder().emitPush(i).toArray()]).toEqual([0x10 + i]);
    expect(push(-128)).toBe('0x0080');
    expect(push(127)).toBe('0x007f');
    expect(push(-32768)).toBe('0x010080');
    expect(push(32767)).toBe('0x01ff7f');
    expect(push(-2147483648)).toBe('0x0200000080');
    expect(push(2147483647)).toBe('0x02ffffff7f');
    expect(push(-(2n ** 63n))).toBe('0x030000000000000080');
    expect(push(2n ** 63n - 1n)).toBe('0x03ffffffffffffff7f');
    expect(push(2n ** 64n - 1n)).toBe('0x04ffffffffffffffff0000000000000000');
    expect(push(2n ** 64n)).toBe('0x0400000000000000000100000000000000');
    expect(push(-(2n ** 64n))).toBe('0x040000000000000000ffffffffffffffff');
    expect(push(-(2n ** 255n))).toBe(`0x05${'00'.repeat(31)}80`);
    expect(push(2n ** 255n - 1n)).toBe(`0x05${'ff'.repeat(31)}7f`);
    expect(push(-2)).toBe('0x00fe');
    expect(push(-256)).toBe('0x0100ff');
    expect(() => push(2n ** 256n)).toThrow(/does not fit/);
  });

  it('pushes booleans, bytes and strings', () => {
    expect([...new ScriptBuilder().emitPush(true).toArray()]).toEqual([OpCode.PUSHT]);
    expect([...new ScriptBuilder().emitPush(false).toArray()]).toEqual([OpCode.PUSHF]);
    expect([...new ScriptBuilder().emitPush(new Uint8Array(0)).toArray()]).toEqual([OpCode.PUSHDATA1, 0]);
    expect([...new ScriptBuilder().emitPush(Uint8Array.of(1, 2)).toArray()]).toEqual([
      OpCode.PUSHDATA1,
      2,
      1,
      2,
    ]);
    const d2 = new Uint8Array(0x100).fill(7);
    expect([...new ScriptBuilder().emitPush(d2).toArray()]).toEqual([OpCode.PUSHDATA2, 0, 1, ...d2]);
    const d4 = new Uint8Array(0x10000).fill(9);
    expect([...new ScriptBuilder().emitPush(d4).toArray().subarray(0, 6)]).toEqual([
      OpCode.PUSHDATA4,
      0,
      0,
      1,
      0,
      9,
    ]);
    expect([...new ScriptBuilder().emitPush('hi').toArray()]).toEqual([OpCode.PUSHDATA1, 2, 0x68, 0x69]);
  });

  it('emits syscalls, calls and jumps', () => {
    expect([...new ScriptBuilder().emitSysCall(0xe393c875).toArray()]).toEqual([
      0x41, 0x75, 0xc8, 0x93, 0xe3,
    ]);
    expect([...new ScriptBuilder().emitCall(0).toArray()]).toEqual([OpCode.CALL, 0]);
    expect([...new ScriptBuilder().emitCall(12345).toArray()]).toEqual([OpCode.CALL_L, ...le32(12345)]);
    expect([...new ScriptBuilder().emitCall(-12345).toArray()]).toEqual([OpCode.CALL_L, ...le32(-12345)]);
    for (let op = OpCode.JMP!; op <= OpCode.JMPLE_L!; op++) {
      const bytes = [...new ScriptBuilder().emitJump(op, 127).emitJump(op, 0x7fffffff).toArray()];
      if (op % 2 === 0) expect(bytes).toEqual([op, 127, op + 1, ...le32(0x7fffffff)]);
      else expect(bytes).toEqual([op, ...le32(127), op, ...le32(0x7fffffff)]);
    }
    expect(() => new ScriptBuilder().emitJump('NOP', 1)).toThrow(/not a jump/);
  });
});
