/** Engine behaviour the JSON suite does not pin: bad scripts, limits, hooks, debugger (neo-vm UT_Debugger). */
import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.js';
import { Debugger } from './debugger.js';
import { ExecutionEngine } from './engine.js';
import type { Instruction } from './instruction.js';
import { OpCode } from './opcodes.js';
import { ScriptBuilder } from './script-builder.js';
import { ByteStringItem } from './types/byte-string.js';

function run(script: Uint8Array | string, engine = new ExecutionEngine()) {
  engine.loadScript(typeof script === 'string' ? assemble(script) : script);
  engine.execute();
  return engine;
}

describe('bad scripts fault with a message', () => {
  it('unknown opcode', () => {
    const e = run(Uint8Array.of(0x11, 0xff));
    expect(e.state).toBe('FAULT');
    expect(e.faultMessage).toBe('Invalid opcode 0xff at position 1.');
  });
  it('truncated operand', () => {
    const e = run(Uint8Array.of(0x0c, 0x05, 0x01));
    expect(e.state).toBe('FAULT');
    expect(e.faultMessage).toMatch(/Instruction out of bounds/);
    expect(run(Uint8Array.of(0x0e, 0xff, 0xff)).faultMessage).toMatch(/Instruction out of bounds/);
  });
  it('jump outside the script', () => {
    expect(run('JMP 100').faultMessage).toBe('Jump out of range for position: 100');
    expect(run('JMP_L -5').faultMessage).toBe('Jump out of range for position: -5');
    expect(run('CALL 100').faultMessage).toBe('Out of script bounds: 100/2');
  });
  it('stack underflow and wrong types', () => {
    expect(run('ADD').state).toBe('FAULT');
    expect(run('PUSH1\nNEWBUFFER\nPUSH1\nADD').faultMessage).toMatch(/Cannot convert Buffer to Integer/);
  });
});

describe('limits', () => {
  it('MaxStackSize is checked after every instruction', () => {
    const e = run('PUSH1\nloop: DUP\nJMP loop');
    expect(e.state).toBe('FAULT');
    expect(e.faultMessage).toBe('MaxStackSize exceed: 2049/2048');
  });
  it('MaxInvocationStackSize bounds recursion', () => {
    const e = run('CALL 0');
    expect(e.faultMessage).toBe('MaxInvocationStackSize exceed: 1024');
  });
  it('integers stay within 32 bytes and shifts within MaxShift', () => {
    expect(run('PUSH1\nPUSHINT16 255\nSHL').faultMessage).toMatch(/exceeds maximum allowed size of 32 bytes/);
    expect(run('PUSH1\nPUSHINT16 257\nSHL').faultMessage).toBe('Invalid shift value: 257/256');
  });
  it('MaxItemSize bounds buffers', () => {
    expect(run('PUSHINT32 131071\nNEWBUFFER').faultMessage).toBe('MaxItemSize exceed: 131071/131070');
    expect(run('PUSHINT32 131070\nNEWBUFFER').state).toBe('HALT');
  });
});

describe('exceptions', () => {
  it('THROW is catchable, ABORT is not', () => {
    const caught = run('TRY 6 0\nPUSH1\nTHROW\nRET\nPUSH2\nRET');
    expect(caught.state).toBe('HALT');
    expect(caught.resultStack.items.map((i) => i.getInteger())).toEqual([1n, 2n]);
    expect(run('TRY 4 0\nABORT\nRET\nRET').faultMessage).toBe('ABORT is executed.');
  });
  it('an uncaught exception names its message', () => {
    expect(run(new ScriptBuilder().emitPush('boom').emit('THROW').toArray()).faultMessage).toBe(
      'An unhandled exception was thrown. boom',
    );
  });
});

describe('host hooks', () => {
  it('calls pre/post hooks and the syscall handler, and can load further scripts', () => {
    const seen: number[] = [];
    let posts = 0;
    const engine = new ExecutionEngine({
      hooks: {
        preExecuteInstruction: (_e, i: Instruction) => seen.push(i.opcode),
        postExecuteInstruction: () => posts++,
        syscall: (e, method) => {
          e.push(new ByteStringItem(Uint8Array.of(method & 0xff)));
          e.loadScript(assemble('PUSH7'));
        },
      },
    });
    run(new ScriptBuilder().emitSysCall(0x01020304).toArray(), engine);
    expect(engine.state).toBe('HALT');
    expect(seen).toEqual([OpCode.SYSCALL, OpCode.PUSH1 + 6, OpCode.RET, OpCode.RET]);
    expect(posts).toBe(4);
    expect(engine.resultStack.items.map((i) => i.getSpan()[0] ?? Number(i.getInteger()))).toEqual([4, 7]);
  });
  it('a throwing pre-hook faults the engine (fees)', () => {
    const engine = new ExecutionEngine({
      hooks: {
        preExecuteInstruction: () => {
          throw new Error('out of gas');
        },
      },
    });
    expect(run('PUSH1', engine).faultMessage).toBe('out of gas');
  });
  it('without a syscall handler SYSCALL faults', () => {
    expect(run(new ScriptBuilder().emitSysCall(7).toArray()).faultMessage).toBe('Syscall not found: 7');
  });
});

describe('debugger (neo-vm UT_Debugger)', () => {
  const nops = () => new ScriptBuilder().emit('NOP').emit('NOP').emit('NOP').emit('NOP').toArray();

  it('stops at breakpoints', () => {
    const engine = new ExecutionEngine();
    engine.loadScript(nops());
    const debug = new Debugger(engine);
    const script = engine.currentContext!.script;
    expect(debug.removeBreakPoint(script, 3)).toBe(false);
    debug.addBreakPoint(script, 2);
    debug.addBreakPoint(script, 3);
    expect(debug.execute()).toBe('BREAK');
    expect(engine.currentContext!.instructionPointer).toBe(2);
    expect(debug.removeBreakPoint(script, 2)).toBe(true);
    expect(debug.removeBreakPoint(script, 2)).toBe(false);
    expect(debug.removeBreakPoint(script, 3)).toBe(true);
    expect(debug.execute()).toBe('HALT');
    expect(engine.currentContext).toBeNull();
  });

  it('steps over a call', () => {
    const engine = new ExecutionEngine();
    engine.loadScript(
      new ScriptBuilder().emitCall(4).emit('NOT').emit('RET').emit('PUSH0').emit('RET').toArray(),
    );
    const debug = new Debugger(engine);
    expect(engine.currentContext!.nextInstruction!.opcode).toBe(OpCode.NOT);
    expect(debug.stepOver()).toBe('BREAK');
    expect(engine.currentContext!.instructionPointer).toBe(2);
    expect(engine.currentContext!.nextInstruction!.opcode).toBe(OpCode.RET);
    expect(debug.execute()).toBe('HALT');
    expect(engine.resultStack.pop().getBoolean()).toBe(true);
    expect(debug.stepOver()).toBe('HALT');
  });

  it('steps into and out of a call', () => {
    const engine = new ExecutionEngine();
    engine.loadScript(
      new ScriptBuilder().emitCall(4).emit('NOT').emit('RET').emit('PUSH0').emit('RET').toArray(),
    );
    const debug = new Debugger(engine);
    const outer = engine.currentContext;
    expect(debug.stepInto()).toBe('BREAK');
    expect(engine.currentContext).not.toBe(outer);
    expect(engine.currentContext!.instructionPointer).toBe(4);
    expect(debug.stepOut()).toBe('BREAK');
    expect(engine.currentContext).toBe(outer);
    expect(engine.currentContext!.instructionPointer).toBe(2);
    expect(debug.execute()).toBe('HALT');
  });
});
