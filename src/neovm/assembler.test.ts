/** The text form: assembly with labels, round trips, errors with line numbers. */
import { describe, expect, it } from 'vitest';
import { AssemblyError, assemble } from './assembler.js';
import { disassemble } from './disassembler.js';
import { ExecutionEngine } from './engine.js';
import { ScriptBuilder } from './script-builder.js';

describe('assembler', () => {
  it('assembles operands of every kind', () => {
    const bytes = assemble(`
      PUSHINT8 -2          ; 00 fe
      PUSHINT16 0x0100     // 01 00 01
      PUSHDATA1 "hi"
      PUSHDATA1 0xff00
      SYSCALL 0xe393c875
      INITSLOT 1 2
      CONVERT Integer
      0xdead
    `);
    expect(Buffer.from(bytes).toString('hex')).toBe('00fe0100010c0268690c02ff004175c893e3570102db21dead');
  });

  it('resolves labels to relative offsets and runs the result', () => {
    const script = assemble(`
        PUSH0
      loop:
        INC
        DUP
        PUSH5
        JMPLT loop        ; back to INC while the counter < 5
        RET
    `);
    expect([...script]).toEqual([0x10, 0x9c, 0x4a, 0x15, 0x30, -3 & 0xff, 0x40]);
    const engine = new ExecutionEngine();
    engine.loadScript(script);
    expect(engine.execute()).toBe('HALT');
    expect(engine.resultStack.pop().getInteger()).toBe(5n);
  });

  it('round-trips ScriptBuilder output through the disassembler', () => {
    const sb = new ScriptBuilder()
      .emitPush(123456789n)
      .emitPush('hello')
      .emitJump('JMP_L', 6)
      .emitCall(-2)
      .emit('TRY', [3, 0])
      .emitSysCall(0x12345678)
      .emit('NEWARRAY_T', [0x28]);
    const bytes = sb.toArray();
    expect(assemble(disassemble(bytes))).toEqual(bytes);
  });

  it('reports bad lines with their number', () => {
    expect(() => assemble('PUSH1\nFOO')).toThrow(AssemblyError);
    expect(() => assemble('PUSH1\nFOO')).toThrow('assembly:2: unknown opcode');
    expect(() => assemble('PUSHINT8 300')).toThrow('does not fit in 1 byte');
    expect(() => assemble('JMP nowhere')).toThrow('expected an integer');
    expect(() => assemble('ADD 1')).toThrow('ADD takes 0 operand(s), got 1');
    expect(() => assemble('a:\na:')).toThrow("label 'a' defined twice");
  });

  it('shows what does not decode as a raw line', () => {
    expect(disassemble(Uint8Array.of(0x11, 0xff))).toContain('0xff');
    expect(disassemble(Uint8Array.of(0x0c, 0x05, 0x01))).toContain('Instruction out of bounds');
  });
});
